"""What the importers produce and the exporters consume.

A ``CaseRecord`` is a whole case as it travels between offices: the intake
data plus the register number, status, dates and the lead mediator's name
(names, not database ids, so that a record means the same in any database).
A ``Problem`` is one line of an import report, already located in the source
("第7行 [证件号码]") so that staff can find it in their spreadsheet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from mediator.domain.enums import CaseStatus
from mediator.domain.errors import Severity
from mediator.domain.model import CaseData
from mediator.domain.workflow_enums import Consent


@dataclass
class CaseRecord:
    data: CaseData
    number: str = ""
    """Register number; empty means "allocate one on import"."""
    status: CaseStatus = CaseStatus.RECEIVED
    accepted_on: date | None = None
    closed_on: date | None = None
    closure_reason: str = ""
    acceptance_due: date | None = None
    """Computed deadlines: written by exports, recomputed on import."""
    mediation_due: date | None = None
    voided_on: date | None = None
    void_reason: str = ""
    respondent_consent: Consent = Consent.UNKNOWN
    respondent_consent_on: date | None = None
    lead_mediator: str = ""
    """Name of the lead mediator (主办调解员); empty if none."""


@dataclass(frozen=True)
class Problem:
    """One finding of an import: where it is and what is wrong, in Chinese."""

    where: str
    message: str
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        return f"{self.where}：{self.message}" if self.where else self.message


def _nowhere(_field: str) -> str:
    return ""


@dataclass
class SourceCase:
    """A record read from a file, with a way to name the place of a field in that file.

    ``locate`` turns an ``Issue.field`` path of ``validate_case``
    ("applicants.2.id_number") into the place the user must look at.
    """

    record: CaseRecord
    locate: Callable[[str], str] = field(default=_nowhere)
