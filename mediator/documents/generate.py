"""Making a document: context, wording, glyph check, layout, record.

``generate`` is what the command line and the window call: it builds the
context of one document of one case, renders the template, refuses to print
any character no font has (``MissingGlyphs``, naming the field), lays the
pages out and records the PDF with its verification code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from mediator.documents.context import (
    DocContext,
    DocumentOptions,
    RouteRequest,
    Sources,
    build_context,
    labelled_strings,
)
from mediator.documents.fonts import FontSet, MissingGlyphs, load_fonts
from mediator.documents.kinds import DocumentKind
from mediator.documents.layout import PageInfo, Rendered, block_texts, build_pdf
from mediator.documents.templates import Block, render_blocks
from mediator.documents.verification import keywords_for, printed
from mediator.persistence.document_services import DocumentInfo

_SNIPPET = 24


@dataclass(frozen=True)
class GeneratedPdf:
    kind: DocumentKind
    title: str
    case_id: int
    case_number: str
    pdf: bytes
    pages: int
    code: str
    copies: int
    """How many copies to print (parties + 1 for an agreement)."""
    document: DocumentInfo | None = None


@dataclass(frozen=True)
class PacketPlace:
    """Where a document sits in a packet: its first page, the packet's pages, the head line."""

    first_page: int
    packet_pages: int
    mark: str


def context_problems(values: dict[str, Any], fonts: FontSet) -> list[tuple[str, str]]:
    """(character, where) for every undrawable character of the case data."""
    problems: dict[tuple[str, str], None] = {}
    for label, text in labelled_strings(values):
        for ch in fonts.missing(text):
            problems.setdefault((ch, f"{label}「{text[:_SNIPPET]}」"), None)
    return list(problems)


def block_problems(blocks: Sequence[Block], fonts: FontSet) -> list[tuple[str, str]]:
    """Undrawable characters of the wording itself (an office's edited template)."""
    problems: dict[tuple[str, str], None] = {}
    for text in block_texts(blocks):
        for ch in fonts.missing(text):
            at = text.index(ch)
            snippet = text[max(0, at - 8) : at + 8]
            problems.setdefault((ch, f"文书文字「{snippet}」"), None)
    return list(problems)


def render(
    context: DocContext,
    code: str,
    options: DocumentOptions | None = None,
    place: PacketPlace | None = None,
) -> Rendered:
    """The PDF of a document context; raises ``MissingGlyphs`` instead of printing blanks."""
    options = options or DocumentOptions()
    fonts = load_fonts(options.fonts)
    problems = context_problems(context.values, fonts)
    if problems:
        raise MissingGlyphs(problems)
    values = context.values | {"code": printed(code)}
    blocks = render_blocks(context.template, values, options.template_dir)
    problems = block_problems(blocks, fonts)
    if problems:
        raise MissingGlyphs(problems)
    case = context.values["case"]
    info = PageInfo(
        number=case["number"],
        code=printed(code),
        title=f"{context.title}（{case['number']}）",
        author=context.values["office"]["name"],
        keywords=keywords_for(code),
    )
    if place is not None:
        info = replace(
            info,
            first_page=place.first_page,
            packet_pages=place.packet_pages,
            mark=place.mark,
        )
    return build_pdf(blocks, fonts, info)


def _copies(context: DocContext) -> int:
    parties = len(context.values["applicants"]) + len(context.values["respondents"])
    if context.kind is DocumentKind.AGREEMENT:
        return int(context.values["agreement"]["copies"])
    if context.kind is DocumentKind.TERMINATION:
        return parties + 1
    return 1


def generate(
    sources: Sources,
    kind: DocumentKind,
    case_id: int,
    options: DocumentOptions | None = None,
    *,
    session_seq: int | None = None,
    served_kind: DocumentKind | None = None,
    route: RouteRequest | None = None,
    record: bool = True,
    place: PacketPlace | None = None,
    code: str | None = None,
) -> GeneratedPdf:
    """Make one document of one case and (by default) record it with its code.

    Without ``options`` the office's settings decide (signature strips, roster, dates, fonts).
    ``route`` carries what referral documents need; ``place`` and ``code`` are for the parts
    of a packet, which are laid out more than once before they are recorded.
    """
    options = options or DocumentOptions.from_settings(sources.services.settings())
    context = build_context(
        sources,
        kind,
        case_id,
        options,
        session_seq=session_seq,
        served_kind=served_kind,
        route=route,
    )
    code = code or sources.documents.unused_code()
    rendered = render(context, code, options, place)
    document = None
    if record:
        document = sources.documents.record_generated(
            case_id, kind.value, context.title, rendered.pdf, code, rendered.pages
        )
    return GeneratedPdf(
        kind=kind,
        title=context.title,
        case_id=case_id,
        case_number=context.values["case"]["number"],
        pdf=rendered.pdf,
        pages=rendered.pages,
        code=code,
        copies=_copies(context),
        document=document,
    )
