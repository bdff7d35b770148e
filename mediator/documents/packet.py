"""The arbitration packet (移送仲裁材料, issue 6, domain.md 2.6): one PDF in a fixed order.

Order: 移送函; 仲裁申请书 (one per applicant, or the collective one); 调解终止书
(mediation ended), or the 不予受理通知书, and/or the signed 调解协议书 (not
performed); 证据清单; the
调解笔录 of every finished session. Every page carries the packet's
``第 x 页 共 y 页`` in its footer and, at its head, which part it belongs to
and its place in that part. The 移送函 lists each enclosure with its page
range and the 证据清单 points at the pages of the mediation records; both
depend on page counts, so the parts are laid out until the counts settle,
then each part is recorded with its verification code, and the merged PDF
(with a bookmark per part) is recorded too, so ``mediator verify`` knows it.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from pypdf import PdfReader, PdfWriter

from mediator.documents.context import (
    Addressee,
    DocumentNotAvailable,
    DocumentOptions,
    RouteRequest,
    Sources,
)
from mediator.documents.generate import GeneratedPdf, PacketPlace, generate
from mediator.documents.kinds import PACKET_KIND, PACKET_TITLE, DocumentKind
from mediator.documents.route_context import ENDED, arbitration_committee
from mediator.documents.templates import render_text
from mediator.documents.verification import keywords_for
from mediator.domain.enums import COLLECTIVE_THRESHOLD, CaseStatus
from mediator.domain.routes import RouteKind
from mediator.persistence.document_services import DocumentInfo

_MAX_ROUNDS = 4

Progress = Callable[[int, int, str], None]
"""(step, steps, what): called before each part is laid out for the last time."""


class NoCommittee(DocumentNotAvailable):
    """No arbitration committee is known for the case."""


@dataclass
class _Part:
    key: str
    kind: DocumentKind
    session_seq: int | None = None
    applicant: int | None = None
    code: str = ""
    pages: int = 1
    document: GeneratedPdf | None = None


@dataclass(frozen=True)
class PacketPart:
    key: str
    title: str
    first_page: int
    last_page: int
    document: GeneratedPdf

    @property
    def pages(self) -> str:
        """ "3-5" or "6" (the range printed in the 移送函)."""
        return (
            str(self.first_page)
            if self.first_page == self.last_page
            else f"{self.first_page}-{self.last_page}"
        )


@dataclass(frozen=True)
class Packet:
    case_id: int
    case_number: str
    committee: Addressee
    parts: tuple[PacketPart, ...]
    pdf: bytes
    pages: int
    code: str
    document: DocumentInfo | None = field(default=None, compare=False)

    def enclosure_lines(self) -> tuple[str, ...]:
        """What was sent, one line per part, e.g. for the referral's record of enclosures."""
        return tuple(f"{p.title}（第{p.pages}页）" for p in self.parts[1:])


# -- which parts -----------------------------------------------------------------------------


def _parts(sources: Sources, case_id: int) -> list[_Part]:
    detail = sources.services.get_case(case_id)
    agreement = sources.workflow.agreement_of(case_id)
    signed = agreement is not None and agreement.signed_on is not None
    parts = [_Part("letter", DocumentKind.REFERRAL_LETTER)]
    chosen = referred_applicants(sources, case_id) or tuple(range(len(detail.data.applicants)))
    if len(chosen) >= COLLECTIVE_THRESHOLD:
        parts.append(_Part("application", DocumentKind.ARBITRATION_APPLICATION))
    else:
        parts += [
            _Part(f"application{i + 1}", DocumentKind.ARBITRATION_APPLICATION, applicant=i)
            for i in chosen
        ]
    if detail.status in ENDED:
        parts.append(_Part("termination", DocumentKind.TERMINATION))
    if detail.status is CaseStatus.NOT_ACCEPTED:
        parts.append(_Part("non_acceptance", DocumentKind.NON_ACCEPTANCE))
    if signed:
        parts.append(_Part("agreement", DocumentKind.AGREEMENT))
    parts.append(_Part("evidence", DocumentKind.EVIDENCE_LIST))
    parts += [
        _Part(f"session{s.seq}", DocumentKind.SESSION_RECORD, session_seq=s.seq)
        for s in sources.workflow.sessions_of(case_id)
        if not s.draft
    ]
    return parts


def referred_applicants(sources: Sources, case_id: int) -> tuple[int, ...]:
    """The applicants (positions) the case's latest arbitration referral names; () for all."""
    ids = next(
        (
            r.applicant_ids
            for r in reversed(sources.referrals.referrals(case_id))
            if r.route is RouteKind.ARBITRATION
        ),
        (),
    )
    applicants = sources.services.get_case(case_id).data.applicants
    return tuple(i for i, a in enumerate(applicants) if a.id in ids)


def _ranges(parts: list[_Part]) -> dict[str, tuple[int, int]]:
    ranges: dict[str, tuple[int, int]] = {}
    page = 1
    for part in parts:
        ranges[part.key] = (page, page + part.pages - 1)
        page += part.pages
    return ranges


def _range_text(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}-{last}"


# -- laying the parts out ------------------------------------------------------------------


@dataclass
class _Builder:
    sources: Sources
    case_id: int
    committee: Addressee
    options: DocumentOptions
    parts: list[_Part]
    applicants: tuple[int, ...]

    def titles(self) -> dict[str, str]:
        return {p.key: p.document.title if p.document else p.kind.label for p in self.parts}

    def request(self, part: _Part) -> RouteRequest:
        ranges = _ranges(self.parts)
        titles = self.titles()
        enclosures = tuple(
            {
                "n": n,
                "title": titles[p.key],
                "copies": 1,
                "count": p.pages,
                "range": _range_text(*ranges[p.key]),
            }
            for n, p in enumerate(self.parts[1:], start=1)
        )
        return RouteRequest(
            addressee=self.committee,
            applicant=part.applicant,
            applicants=self.applicants,
            enclosures=enclosures if part.kind is DocumentKind.REFERRAL_LETTER else (),
            letter_pages=self.parts[0].pages,
            packet_pages={key: f"{_range_text(*r)}" for key, r in ranges.items()},
        )

    def mark(self, n: int, title: str) -> str:
        return render_text(
            "_packet_mark.j2", {"n": n, "title": title}, self.options.template_dir
        ).strip()

    def lay_out(self, part: _Part, n: int) -> GeneratedPdf:
        ranges = _ranges(self.parts)
        total = sum(p.pages for p in self.parts)
        title = part.document.title if part.document else part.kind.label
        place = PacketPlace(ranges[part.key][0], total, self.mark(n, title))
        part.code = part.code or self.sources.documents.unused_code()
        document = generate(
            self.sources,
            part.kind,
            self.case_id,
            self.options,
            session_seq=part.session_seq,
            route=self.request(part),
            record=False,
            place=place,
            code=part.code,
        )
        part.document = document
        return document

    def settle(self, progress: Progress | None) -> None:
        """Lay out every part until no page count changes (the letter and list cite them).

        In the last round every part was laid out with the final page counts, so those
        PDFs are the ones recorded.
        """
        for round_ in range(_MAX_ROUNDS):
            # The first round also learns the parts' titles ("仲裁申请书（吉𠮷）") that the
            # letter and the page heads print, so at least two rounds are laid out.
            changed = round_ == 0
            for n, part in enumerate(self.parts):
                if progress:
                    progress(n, len(self.parts) + 1, part.kind.label)
                pages = self.lay_out(part, n).pages
                changed |= pages != part.pages
                part.pages = pages
            if not changed:
                return

    def record(self) -> list[PacketPart]:
        found: list[PacketPart] = []
        for part in self.parts:
            laid_out = part.document
            assert laid_out is not None
            info = self.sources.documents.record_generated(
                self.case_id,
                part.kind.value,
                laid_out.title,
                laid_out.pdf,
                laid_out.code,
                laid_out.pages,
            )
            document = replace(laid_out, document=info)
            first = _ranges(self.parts)[part.key][0]
            found.append(
                PacketPart(part.key, document.title, first, first + document.pages - 1, document)
            )
        return found


def _merge(parts: list[PacketPart], title: str, author: str, code: str) -> bytes:
    writer = PdfWriter()
    for part in parts:
        start = len(writer.pages)
        writer.append(PdfReader(io.BytesIO(part.document.pdf)), import_outline=False)
        writer.add_outline_item(title=part.title, page_number=start)
    writer.add_metadata(
        {
            "/Title": title,
            "/Author": author,
            "/Subject": title,
            "/Keywords": keywords_for(code),
            "/Creator": "mediator",
        }
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def committee_for(sources: Sources, case_id: int, name: str | None = None) -> Addressee:
    """The committee the packet goes to, or a ``NoCommittee`` error saying what to do."""
    found = arbitration_committee(sources, case_id, name)
    if found is None:
        raise NoCommittee(
            "不知道应向哪个劳动人事争议仲裁委员会移送：本案没有移送仲裁的记录，"
            "设置中的仲裁委员会也没有与本案劳动合同履行地或用人单位所在地相符的。"
            "请在设置中维护仲裁委员会及其管辖地域，或指定仲裁委员会（命令行：--committee 名称）。"
        )
    return found


def build_packet(
    sources: Sources,
    case_id: int,
    committee: str | None = None,
    options: DocumentOptions | None = None,
    progress: Progress | None = None,
) -> Packet:
    """Lay out, record and merge the arbitration packet of a case."""
    options = options or DocumentOptions.from_settings(sources.services.settings())
    addressee = committee_for(sources, case_id, committee)
    builder = _Builder(
        sources,
        case_id,
        addressee,
        options,
        _parts(sources, case_id),
        referred_applicants(sources, case_id),
    )
    builder.settle(progress)
    parts = builder.record()
    if progress:
        progress(len(parts), len(parts) + 1, PACKET_TITLE)
    case_number = parts[0].document.case_number
    title = f"{PACKET_TITLE}（{case_number}）"
    code = sources.documents.unused_code()
    author = str(sources.services.settings().office_name)
    pdf = _merge(parts, title, author, code)
    pages = parts[-1].last_page
    document = sources.documents.record_generated(
        case_id, PACKET_KIND, PACKET_TITLE, pdf, code, pages
    )
    return Packet(case_id, case_number, addressee, tuple(parts), pdf, pages, code, document)


def part_file_name(n: int, part: PacketPart) -> str:
    """ "01_移送函.pdf": the separate files sort in the packet's order."""
    return f"{n:02d}_{part.title}.pdf"
