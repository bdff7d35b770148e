"""Use cases of the arrears ledger: periods, evidence and its files, the chain's liability.

Built like ``PerformanceServices``: one transaction per method, frozen records
back. The ledger is not part of the intake data, so editing it neither checks
nor bumps the case version; every change is in the history through the audit
hook. Importing a roster (``exchange.roster``) adds applicants and so goes
through the case's own save path instead.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediator.domain.arrears import (
    EvidenceKind,
    LiabilityData,
    PeriodData,
    default_basis,
    ledger_claim,
    validate_ledger,
    validate_liabilities,
)
from mediator.domain.enums import ClaimCategory
from mediator.domain.errors import Issue, MediatorError, NotFound, ValidationFailed
from mediator.domain.intake import normalize_case, validate_case
from mediator.domain.model import CaseData, ClaimData
from mediator.persistence import arrears as store
from mediator.persistence import orm
from mediator.persistence.arrears import (
    CaseLedger,
    EvidenceFileInfo,
    EvidenceItem,
    LiabilityInfo,
    WorkerArrears,
)
from mediator.persistence.cases import (
    CaseRef,
    case_data_of,
    load_calendar,
    load_case_row,
    update_case_data,
)
from mediator.persistence.errors import StaleEdit
from mediator.persistence.officesettings import load_settings
from mediator.persistence.usecases import UseCases

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024


def _align_claim(data: CaseData, index: int, periods: Sequence[PeriodData], today: date) -> bool:
    """Set (or add) applicant ``index``'s wage claim from its ledger; True if it changed."""
    wanted = ledger_claim(periods, today)
    if wanted is None:
        return False
    wages = [
        c for c in data.claims if c.applicant_index == index and c.category is ClaimCategory.WAGES
    ]
    if not wages:
        data.claims.append(
            ClaimData(
                index,
                ClaimCategory.WAGES,
                wanted.description,
                wanted.amount,
                wanted.start,
                wanted.end,
            )
        )
        return True
    claim = wages[0]
    if (claim.amount, claim.period_start, claim.period_end) == (
        wanted.amount,
        wanted.start,
        wanted.end,
    ):
        return False
    claim.amount, claim.period_start, claim.period_end = wanted.amount, wanted.start, wanted.end
    claim.description = claim.description or wanted.description
    return True


def _live_case(session: Session, case_id: int) -> orm.Case:
    """The case to change; a voided case keeps its ledger as it was."""
    case = load_case_row(session, case_id)
    if case.voided_on is not None:
        raise MediatorError("该案件已作废，欠薪台账不能再修改。")
    return case


def _refuse_errors(issues: list[Issue]) -> None:
    if any(i.is_error for i in issues):
        raise ValidationFailed(issues)


class ArrearsServices(UseCases):
    """What is owed to each worker, over one open database."""

    # -- the ledger ---------------------------------------------------------------------------

    def ledger(self, case_id: int) -> CaseLedger:
        with self.db.read() as session:
            return store.load_ledger(session, load_case_row(session, case_id))

    def check_periods(self, periods: Sequence[PeriodData]) -> list[Issue]:
        """Errors and warnings of a worker's periods, for the editor to show as the user types."""
        return validate_ledger(periods, self.today())

    def save_periods(
        self, case_id: int, applicant_id: int, periods: Sequence[PeriodData]
    ) -> WorkerArrears:
        """Replace a worker's periods (rows matched by ``id``; those left out are deleted)."""
        _refuse_errors(validate_ledger(periods, self.today()))
        with self.db.write() as session:
            case = self._applicant_case(session, case_id, applicant_id)
            store.replace_periods(session, case_id, applicant_id, periods)
            session.flush()
            return store.load_ledger(session, case).worker(applicant_id)

    def claims_from_ledger(self, case_id: int, expected_version: int) -> tuple[CaseRef, int]:
        """Bring each worker's wage claim (拖欠工资) in line with the ledger.

        A worker's first wage claim gets the ledger's amount and months; a worker
        without one gets a new claim. Other claims are left alone. The case is
        saved as an edit is (version check, claimed total, history); returns the
        new reference and how many claims changed.
        """
        today = self.today()
        with self.db.write() as session:
            case = load_case_row(session, case_id)
            if case.version != expected_version:
                raise StaleEdit(
                    "此案件在您打开之后已被他人修改并保存，请求事项没有更新。请重新打开该案件后再试。"
                )
            data = case_data_of(case)
            ledger = store.load_ledger(session, case)
            changed = sum(
                _align_claim(data, index, ledger.worker(a.id).periods, today)
                for index, a in enumerate(data.applicants)
                if a.id is not None
            )
            if changed:
                data = normalize_case(data, today)
                _refuse_errors(validate_case(data, today))
                update_case_data(
                    session,
                    case,
                    data,
                    settings=load_settings(session),
                    calendar=load_calendar(session),
                    now=self.now(),
                )
            return CaseRef(case.id, case.number, case.version), changed

    # -- evidence -----------------------------------------------------------------------------

    def set_evidence(
        self, case_id: int, applicant_id: int, kind: EvidenceKind, held: bool, note: str = ""
    ) -> WorkerArrears:
        """Tick or untick one kind of evidence on a worker's checklist."""
        with self.db.write() as session:
            case = self._applicant_case(session, case_id, applicant_id)
            row = self._evidence_row(session, applicant_id, kind)
            if not held and row is not None:
                files = session.scalar(
                    select(orm.EvidenceFile.id).where(
                        orm.EvidenceFile.applicant_id == applicant_id,
                        orm.EvidenceFile.kind == kind,
                    )
                )
                if files is not None:
                    raise ValidationFailed(
                        [Issue("evidence", f"已附有{kind.label}的文件，请先删除文件再取消勾选。")]
                    )
                session.delete(row)
            elif held and row is None:
                session.add(
                    orm.ArrearsEvidence(
                        case_id=case_id, applicant_id=applicant_id, kind=kind, note=note.strip()
                    )
                )
            elif held and row is not None and row.note != note.strip():
                row.note = note.strip()
            session.flush()
            return store.load_ledger(session, case).worker(applicant_id)

    def attach_evidence(
        self,
        case_id: int,
        applicant_id: int,
        kind: EvidenceKind,
        filename: str,
        data: bytes,
        mime: str = "",
    ) -> EvidenceFileInfo:
        """Store a file of a worker's evidence (any type: photos, PDFs, chat exports...)."""
        mime = mime or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        if not data:
            raise ValidationFailed([Issue("file", f"文件“{filename}”是空的，未添加。")])
        if len(data) > MAX_EVIDENCE_BYTES:
            raise ValidationFailed(
                [Issue("file", f"文件“{filename}”超过50MB，请压缩或降低分辨率后再添加。")]
            )
        with self.db.write() as session:
            self._applicant_case(session, case_id, applicant_id)
            if self._evidence_row(session, applicant_id, kind) is None:
                session.add(
                    orm.ArrearsEvidence(
                        case_id=case_id, applicant_id=applicant_id, kind=kind, note=""
                    )
                )
            row = orm.EvidenceFile(
                case_id=case_id,
                applicant_id=applicant_id,
                kind=kind,
                filename=filename,
                mime=mime,
                data=data,
                added_at=self.now(),
                operator=self.db.operator.name,
            )
            session.add(row)
            session.flush()
            return EvidenceFileInfo(
                row.id, applicant_id, kind, filename, mime, len(data), row.added_at, row.operator
            )

    def evidence_file(self, file_id: int) -> tuple[str, bytes]:
        """The name and bytes of an evidence file (to open or save it)."""
        with self.db.read() as session:
            row = session.get(orm.EvidenceFile, file_id)
            if row is None:
                raise NotFound("该证据文件不存在或已被删除。")
            return row.filename, row.data

    def remove_evidence_file(self, file_id: int) -> None:
        with self.db.write() as session:
            row = session.get(orm.EvidenceFile, file_id)
            if row is None:
                raise NotFound("该证据文件不存在或已被删除。")
            _live_case(session, row.case_id)
            session.delete(row)

    def evidence(self, case_id: int) -> list[EvidenceItem]:
        """Every worker's evidence: worker, kind, note and file names (for the 证据清单)."""
        return store.evidence_items(self.ledger(case_id))

    # -- the subcontracting chain -------------------------------------------------------------

    def liabilities(self, case_id: int) -> list[LiabilityInfo]:
        with self.db.read() as session:
            return store.load_liabilities(session, case_id)

    def suggested_liabilities(self, case_id: int) -> list[LiabilityData]:
        """One row per respondent with the basis its place in the chain suggests."""
        with self.db.read() as session:
            case = load_case_row(session, case_id)
            bases = store.load_bases(session)
            return [
                LiabilityData(name, role, default_basis(role, bases), respondent_id=rid)
                for rid, name, role in store.respondent_links(case)
            ]

    def liability_bases(self) -> list[str]:
        """The bases of liability offered in the chain table (the office's wording)."""
        with self.db.read() as session:
            return store.load_bases(session)

    def save_liability_bases(self, lines: Sequence[str]) -> list[str]:
        """Reword the suggested bases (one per line; empty restores the built-in list)."""
        with self.db.write() as session:
            return store.save_bases(session, lines)

    def save_liabilities(self, case_id: int, rows: Sequence[LiabilityData]) -> list[LiabilityInfo]:
        _refuse_errors(validate_liabilities(rows))
        with self.db.write() as session:
            case = _live_case(session, case_id)
            known = {r.id for r in case.respondents}
            if any(r.respondent_id is not None and r.respondent_id not in known for r in rows):
                raise ValidationFailed([Issue("liabilities", "责任主体只能关联本案的被申请人。")])
            store.replace_liabilities(session, case_id, rows)
            session.flush()
            return store.load_liabilities(session, case_id)

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _applicant_case(session: Session, case_id: int, applicant_id: int) -> orm.Case:
        case = _live_case(session, case_id)
        if all(a.id != applicant_id for a in case.applicants):
            raise NotFound("该申请人不在本案中，或已被删除。")
        return case

    @staticmethod
    def _evidence_row(
        session: Session, applicant_id: int, kind: EvidenceKind
    ) -> orm.ArrearsEvidence | None:
        return session.scalar(
            select(orm.ArrearsEvidence).where(
                orm.ArrearsEvidence.applicant_id == applicant_id,
                orm.ArrearsEvidence.kind == kind,
            )
        )
