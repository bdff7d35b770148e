"""The intake form's data: raw cell text <-> ``CaseData``, pasted rows, drafts.

The form keeps what the user typed as text (dates, amounts) until it is
saved, so a half-typed "2024-13" or "8千" is never thrown away: it is shown
back with a message, written into the crash-recovery draft, and only turned
into dates and ``Decimal`` by ``case_from_state``, which reports anything it
cannot read as an ``Issue`` on the same dotted field path the domain uses
("applicants.2.employment_start").

A *form state* is a JSON-ready dict: ``{"fields": {...}, "applicants": [row,
...], "respondents": [...], "agents": [...], "claims": [...]}`` where each
row maps a field key to text, a bool, an int or an enum code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from mediator.domain.enums import (
    AgentSide,
    ApplicationForm,
    Category,
    ChainRole,
    Channel,
    ClaimCategory,
    IdType,
    LabelledEnum,
    Sex,
)
from mediator.domain.errors import Issue
from mediator.domain.identifiers import check_resident_id
from mediator.domain.model import (
    AgentData,
    ApplicantData,
    CaseData,
    ClaimData,
    RespondentData,
)
from mediator.domain.money import format_amount
from mediator.exchange.values import parse_bool, parse_choice, parse_date, parse_money
from mediator.gui.i18n import translate

Row = dict[str, Any]
TABLES = ("applicants", "respondents", "agents", "claims")


class Kind(Enum):
    TEXT = "text"
    DATE = "date"
    MONEY = "money"
    BOOL = "bool"
    CHOICE = "choice"


@dataclass(frozen=True)
class FieldSpec:
    """One column of an intake table."""

    key: str
    header: str
    kind: Kind = Kind.TEXT
    width: int = 100
    enum: type[LabelledEnum] | None = None
    """For CHOICE columns over an enum (others choose an index)."""
    blank_choice: bool = False
    """A CHOICE column that may be left empty (shown as a blank entry)."""


def applicant_fields() -> list[FieldSpec]:
    # The first nine columns are in the order of the Excel paste (PASTE_COLUMNS).
    return [
        FieldSpec("name", translate("IntakeData", "Name"), width=90),
        FieldSpec("sex", translate("IntakeData", "Sex"), Kind.CHOICE, 50, Sex, blank_choice=True),
        FieldSpec("id_number", translate("IntakeData", "ID number"), width=170),
        FieldSpec("phone", translate("IntakeData", "Phone"), width=110),
        FieldSpec("is_migrant", translate("IntakeData", "Migrant worker"), Kind.BOOL, 70),
        FieldSpec("employment_start", translate("IntakeData", "Joined"), Kind.DATE, 95),
        FieldSpec("employment_end", translate("IntakeData", "Left"), Kind.DATE, 95),
        FieldSpec("job", translate("IntakeData", "Job"), width=80),
        FieldSpec("monthly_wage", translate("IntakeData", "Monthly wage"), Kind.MONEY, 90),
        FieldSpec("id_type", translate("IntakeData", "ID type"), Kind.CHOICE, 110, IdType),
        FieldSpec("address", translate("IntakeData", "Address"), width=160),
        FieldSpec("mailing_address", translate("IntakeData", "Mailing address"), width=160),
        FieldSpec("is_representative", translate("IntakeData", "Representative"), Kind.BOOL, 70),
    ]


def respondent_fields() -> list[FieldSpec]:
    return [
        FieldSpec("name", translate("IntakeData", "Company or name"), width=200),
        FieldSpec("uscc", translate("IntakeData", "Unified social credit code"), width=170),
        FieldSpec("legal_rep", translate("IntakeData", "Legal representative"), width=90),
        FieldSpec("legal_rep_title", translate("IntakeData", "Representative's title"), width=100),
        FieldSpec("address", translate("IntakeData", "Address"), width=180),
        FieldSpec("mailing_address", translate("IntakeData", "Mailing address"), width=180),
        FieldSpec("phone", translate("IntakeData", "Phone"), width=110),
        FieldSpec("industry", translate("IntakeData", "Industry"), width=80),
        FieldSpec(
            "chain_role", translate("IntakeData", "Role in the chain"), Kind.CHOICE, 100, ChainRole
        ),
    ]


def agent_fields() -> list[FieldSpec]:
    return [
        FieldSpec("side", translate("IntakeData", "Acts for"), Kind.CHOICE, 80, AgentSide),
        FieldSpec(
            "principal_index",
            translate("IntakeData", "Principal"),
            Kind.CHOICE,
            120,
            blank_choice=True,
        ),
        FieldSpec("name", translate("IntakeData", "Name"), width=90),
        FieldSpec("relation", translate("IntakeData", "Relation"), width=100),
        FieldSpec("phone", translate("IntakeData", "Phone"), width=110),
        FieldSpec("id_number", translate("IntakeData", "ID number"), width=170),
    ]


def claim_fields() -> list[FieldSpec]:
    return [
        FieldSpec("applicant_index", translate("IntakeData", "Applicant"), Kind.CHOICE, 120),
        FieldSpec(
            "category", translate("IntakeData", "Claim type"), Kind.CHOICE, 120, ClaimCategory
        ),
        FieldSpec("description", translate("IntakeData", "Description"), width=240),
        FieldSpec("amount", translate("IntakeData", "Amount (yuan)"), Kind.MONEY, 100),
        FieldSpec("period_start", translate("IntakeData", "Period from"), Kind.DATE, 95),
        FieldSpec("period_end", translate("IntakeData", "Period to"), Kind.DATE, 95),
    ]


def blank_row(specs: list[FieldSpec]) -> Row:
    """A new row: empty text, unticked boxes, the first choice of required enum columns."""
    row: Row = {"id": None}
    for spec in specs:
        if spec.kind is Kind.BOOL:
            row[spec.key] = False
        elif spec.kind is Kind.CHOICE:
            row[spec.key] = None if spec.blank_choice or spec.enum is None else list(spec.enum)[0]
        else:
            row[spec.key] = ""
    if "applicant_index" in row:
        row["applicant_index"] = 0
    return row


# -- reading typed text -----------------------------------------------------------------------


def _pasted_bool(text: str) -> bool:
    """是/否 from a pasted cell; anything unreadable counts as 否 (shown, and editable)."""
    try:
        return parse_bool(text)
    except ValueError:
        return False


def _pasted_sex(text: str) -> Sex | None:
    try:
        return parse_choice(Sex, text)
    except ValueError:
        return None  # filled in from the ID number where possible


def money_text(amount: Decimal | None) -> str:
    return "" if amount is None else format_amount(amount)


def date_text(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def totals_text(total: Decimal, per_applicant: list[tuple[str, Decimal]]) -> str:
    """ "Total claimed: 3,000.50 yuan (赵堃 1,000.50; 王喆 2,000.00)"."""
    text = translate("IntakeData", "Total claimed: {total} yuan").format(total=format_amount(total))
    if not per_applicant:
        return text
    separator = translate("IntakeData", "; ")
    parts = separator.join(f"{name} {format_amount(amount)}" for name, amount in per_applicant)
    return text + translate("IntakeData", " ({parts})").format(parts=parts)


# -- pasting rows from a spreadsheet ------------------------------------------------------

PASTE_COLUMNS = (
    "name",
    "sex",
    "id_number",
    "phone",
    "is_migrant",
    "employment_start",
    "employment_end",
    "job",
    "monthly_wage",
)
_HEADER_WORDS = frozenset({"姓名", "名字", "name"})


def split_clipboard(text: str) -> list[list[str]]:
    """Rows of cells from spreadsheet clipboard text (tab-separated lines).

    Excel quotes a cell that contains a line break or a quote; such cells
    are unquoted here so a two-line address stays in one cell.
    """
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    quoted = False
    i = 0
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    while i < len(text):
        char = text[i]
        if quoted:
            if char == '"' and text[i + 1 : i + 2] == '"':
                cell.append('"')
                i += 1
            elif char == '"':
                quoted = False
            else:
                cell.append(char)
        elif char == '"' and not cell:
            quoted = True
        elif char == "\t":
            row.append("".join(cell))
            cell = []
        elif char == "\n":
            row.append("".join(cell))
            rows.append(row)
            row, cell = [], []
        else:
            cell.append(char)
        i += 1
    if cell or row:
        row.append("".join(cell))
        rows.append(row)
    return [r for r in rows if any(c.strip() for c in r)]


def pasted_applicants(text: str, today: date) -> list[Row]:
    """Applicant rows from pasted cells: 姓名, 性别, 证件号码, 联系电话, 农民工,
    入职日期, 离职日期, 岗位, 月工资 (a header row, if present, is skipped)."""
    cells = split_clipboard(text)
    if cells and cells[0][0].strip().lower() in _HEADER_WORDS:
        cells = cells[1:]
    rows = []
    specs = applicant_fields()
    for line in cells:
        row = blank_row(specs)
        for key, value in zip(PASTE_COLUMNS, line, strict=False):
            if key == "sex":
                row[key] = _pasted_sex(value)
            elif key == "is_migrant":
                row[key] = _pasted_bool(value)
            else:
                row[key] = value.strip()
        fill_sex_from_id(row, today)
        rows.append(row)
    return rows


def fill_sex_from_id(row: Row, today: date) -> None:
    """Fill an empty sex from a resident ID number (its 17th digit says it)."""
    if row.get("sex") is None and row.get("id_type", IdType.RESIDENT_ID) is IdType.RESIDENT_ID:
        check = check_resident_id(str(row.get("id_number", "")), today)
        if check.sex is not None:
            row["sex"] = check.sex


# -- form state <-> CaseData ----------------------------------------------------------------


def _row_label(kind: str, index: int, name: str) -> str:
    labels = {
        "applicants": translate("IntakeData", "Applicant {n}"),
        "respondents": translate("IntakeData", "Respondent {n}"),
        "agents": translate("IntakeData", "Agent {n}"),
        "claims": translate("IntakeData", "Claim {n}"),
    }
    label = labels[kind].format(n=index + 1)
    return label + (
        translate("IntakeData", " ({name})").format(name=name.strip()) if name.strip() else ""
    )


class _Reader:
    """Turns one row's text into values, collecting an Issue for each bad cell."""

    def __init__(self, table: str, index: int, row: Row, specs: list[FieldSpec]) -> None:
        self.row = row
        self.path = f"{table}.{index}"
        self.label = _row_label(table, index, str(row.get("name", "")))
        self.headers = {s.key: s.header for s in specs}
        self.issues: list[Issue] = []

    def text(self, key: str) -> str:
        return str(self.row.get(key) or "")

    def date(self, key: str) -> date | None:
        return self._parsed(key, parse_date)

    def money(self, key: str) -> Decimal | None:
        return self._parsed(key, parse_money)

    def _parsed(self, key: str, parse: Callable[[str], Any]) -> Any:
        """The cell read by ``parse`` (the importer's readers), or None and an Issue."""
        try:
            return parse(self.text(key))
        except ValueError as exc:
            self._problem(
                key,
                translate("IntakeData", "{row}: {what}: {problem}").format(
                    row=self.label, what=self.headers[key], problem=exc
                ),
            )
            return None

    def _problem(self, key: str, message: str) -> None:
        self.issues.append(Issue(f"{self.path}.{key}", message))


def _applicant(reader: _Reader) -> ApplicantData:
    row = reader.row
    return ApplicantData(
        name=reader.text("name"),
        id_number=reader.text("id_number"),
        id_type=row.get("id_type") or IdType.RESIDENT_ID,
        sex=row.get("sex"),
        phone=reader.text("phone"),
        is_migrant=bool(row.get("is_migrant")),
        employment_start=reader.date("employment_start"),
        employment_end=reader.date("employment_end"),
        job=reader.text("job"),
        monthly_wage=reader.money("monthly_wage"),
        address=reader.text("address"),
        mailing_address=reader.text("mailing_address"),
        is_representative=bool(row.get("is_representative")),
        id=row.get("id"),
    )


def _respondent(reader: _Reader) -> RespondentData:
    row = reader.row
    return RespondentData(
        name=reader.text("name"),
        uscc=reader.text("uscc"),
        legal_rep=reader.text("legal_rep"),
        legal_rep_title=reader.text("legal_rep_title"),
        address=reader.text("address"),
        mailing_address=reader.text("mailing_address"),
        phone=reader.text("phone"),
        industry=reader.text("industry"),
        chain_role=row.get("chain_role") or ChainRole.EMPLOYER,
        id=row.get("id"),
    )


def _agent(reader: _Reader) -> AgentData:
    row = reader.row
    return AgentData(
        side=row.get("side") or AgentSide.APPLICANT,
        name=reader.text("name"),
        relation=reader.text("relation"),
        phone=reader.text("phone"),
        id_number=reader.text("id_number"),
        principal_index=row.get("principal_index"),
        id=row.get("id"),
    )


def _claim(reader: _Reader) -> ClaimData:
    row = reader.row
    index = row.get("applicant_index")
    return ClaimData(
        # -1 lets the domain say "the applicant of claim n does not exist".
        applicant_index=-1 if index is None else int(index),
        category=row.get("category") or ClaimCategory.OTHER,
        description=reader.text("description"),
        amount=reader.money("amount"),
        period_start=reader.date("period_start"),
        period_end=reader.date("period_end"),
        id=row.get("id"),
    )


_BUILDERS: dict[str, tuple[Callable[[], list[FieldSpec]], Callable[[_Reader], Any]]] = {
    "applicants": (applicant_fields, _applicant),
    "respondents": (respondent_fields, _respondent),
    "agents": (agent_fields, _agent),
    "claims": (claim_fields, _claim),
}


def case_from_state(state: dict[str, Any]) -> tuple[CaseData, list[Issue]]:
    """The ``CaseData`` the form describes, and the cells that could not be read."""
    fields = state["fields"]
    issues: list[Issue] = []
    built: dict[str, list[Any]] = {}
    for table, (specs_of, build) in _BUILDERS.items():
        specs = specs_of()
        built[table] = []
        for index, row in enumerate(state.get(table, [])):
            reader = _Reader(table, index, row, specs)
            built[table].append(build(reader))
            issues += reader.issues
    received = None
    try:
        received = parse_date(str(fields.get("received_on") or ""))
    except ValueError:
        issues.append(
            Issue("received_on", translate("IntakeData", "The date received is not a valid date"))
        )
    data = CaseData(
        received_on=received,  # type: ignore[arg-type]  # None is reported by validate_case
        category=fields.get("category"),
        application_form=fields.get("application_form") or ApplicationForm.WRITTEN,
        channel=fields.get("channel") or Channel.WALK_IN,
        facts=str(fields.get("facts") or ""),
        external_ref=str(fields.get("external_ref") or ""),
        lead_mediator_id=fields.get("lead_mediator_id"),
        applicants=built["applicants"],
        respondents=built["respondents"],
        agents=built["agents"],
        claims=built["claims"],
    )
    return data, issues


def state_from_case(data: CaseData) -> dict[str, Any]:
    """The form state showing ``data`` (editing a saved case)."""
    return {
        "fields": {
            "received_on": date_text(data.received_on),
            "category": data.category,
            "application_form": data.application_form,
            "channel": data.channel,
            "facts": data.facts,
            "external_ref": data.external_ref,
            "lead_mediator_id": data.lead_mediator_id,
        },
        "applicants": [
            {
                "id": a.id,
                "name": a.name,
                "sex": a.sex,
                "id_number": a.id_number,
                "phone": a.phone,
                "is_migrant": a.is_migrant,
                "employment_start": date_text(a.employment_start),
                "employment_end": date_text(a.employment_end),
                "job": a.job,
                "monthly_wage": money_text(a.monthly_wage),
                "id_type": a.id_type,
                "address": a.address,
                "mailing_address": a.mailing_address,
                "is_representative": a.is_representative,
            }
            for a in data.applicants
        ],
        "respondents": [
            {
                "id": r.id,
                "name": r.name,
                "uscc": r.uscc,
                "legal_rep": r.legal_rep,
                "legal_rep_title": r.legal_rep_title,
                "address": r.address,
                "mailing_address": r.mailing_address,
                "phone": r.phone,
                "industry": r.industry,
                "chain_role": r.chain_role,
            }
            for r in data.respondents
        ],
        "agents": [
            {
                "id": g.id,
                "side": g.side,
                "principal_index": g.principal_index,
                "name": g.name,
                "relation": g.relation,
                "phone": g.phone,
                "id_number": g.id_number,
            }
            for g in data.agents
        ],
        "claims": [
            {
                "id": c.id,
                "applicant_index": c.applicant_index,
                "category": c.category,
                "description": c.description,
                "amount": money_text(c.amount),
                "period_start": date_text(c.period_start),
                "period_end": date_text(c.period_end),
            }
            for c in data.claims
        ],
    }


# -- JSON (drafts) ----------------------------------------------------------------------------

_FIELD_ENUMS: dict[str, type[LabelledEnum]] = {
    "category": Category,
    "application_form": ApplicationForm,
    "channel": Channel,
}


def _decode_enum(enum: type[LabelledEnum], value: Any) -> LabelledEnum | None:
    try:
        return None if value is None else enum.by_code(value)
    except ValueError:
        return None


def decode_state(raw: dict[str, Any]) -> dict[str, Any]:
    """A form state read back from JSON: enum codes become enum members again.

    (Enums are ``StrEnum``s, so ``json.dumps`` already writes them as codes.)
    """
    fields = dict(raw.get("fields", {}))
    for key, enum in _FIELD_ENUMS.items():
        fields[key] = _decode_enum(enum, fields.get(key))
    state: dict[str, Any] = {"fields": fields}
    for table, (specs_of, _build) in _BUILDERS.items():
        enums = {s.key: s.enum for s in specs_of() if s.enum is not None}
        rows = []
        for stored in raw.get(table, []):
            row = dict(stored)
            for key, enum in enums.items():
                row[key] = _decode_enum(enum, row.get(key))
            rows.append(row)
        state[table] = rows
    return state
