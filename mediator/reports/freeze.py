"""Reported periods (已报送): their figures kept as sent, later changes shown as corrections.

When a period is marked as reported, its tally is stored exactly as sent in
``reported_periods`` (figures by category and in total, the drill-down ids of
every figure, each case's part of every amount, and the corrections of earlier
reports it carried), as JSON text. From then on:

* the period's tally (also as the "previous" or "a year earlier" column of a
  later report) is the stored one, never recomputed;
* computing a later period recomputes every earlier reported period of the
  same kind and month boundary and lists each figure (by category and in
  total) that differs from what the district last received as a
  :class:`~mediator.reports.tally.Correction`. "Last received" is the sent
  value, or the value of a correction of it carried by a report sent since:
  a correction is reported once, in the next report, not again and again.

Recomputing costs one tally and one drill-down query per figure for each
earlier reported period of the same kind.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediator.domain.enums import Category
from mediator.persistence import orm
from mediator.reports.periods import MonthBoundary, Period, PeriodKind
from mediator.reports.tally import (
    FIGURES,
    MONEY_KEYS,
    ZERO,
    Correction,
    Denominator,
    Figures,
    Tally,
    Value,
    case_amounts,
    compute_tally,
    drill_condition,
)

C = orm.Case
TOTAL = "total"
"""The category key of the total in the stored drill-down ids and corrections."""

Ids = dict[str, dict[str, list[int]]]
"""figure key -> category code (or ``total``) -> case ids."""

Amounts = dict[str, dict[int, Decimal]]
"""money figure key -> case id -> that case's part of the figure."""


@dataclass(frozen=True)
class Reported:
    """A reported period: its tally and corrections exactly as sent."""

    period: Period
    reported_at: datetime
    operator: str
    tally: Tally
    corrections: tuple[Correction, ...]
    ids: Ids
    amounts: Amounts | None = None
    """``None``: reported before the amounts were kept case by case."""


# -- (de)serialising ----------------------------------------------------------------------------


def _value_json(key: str, value: Value) -> Any:
    return f"{Decimal(value):.2f}" if key in MONEY_KEYS else int(value)


def _value(key: str, raw: Any) -> Value:
    return Decimal(str(raw)) if key in MONEY_KEYS else int(raw)


def _figures_json(figures: Figures) -> dict[str, Any]:
    return {key: _value_json(key, value) for key, value in figures.values.items()}


def _figures(raw: dict[str, Any], denominator: Denominator) -> Figures:
    # A figure added after the period was reported (e.g. 移送仲裁, issue 6, or 本期应履行金额
    # and 其中期末前已履行) reads as 0; ``corrections_for`` never lists it as a correction.
    return Figures({f.key: _value(f.key, raw.get(f.key, 0)) for f in FIGURES}, denominator)


def period_json(period: Period) -> dict[str, Any]:
    return {
        "kind": period.kind.value,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "year": period.year,
        "number": period.number,
        "boundary": period.boundary.value,
        "label": period.label,
    }


def _period(raw: dict[str, Any]) -> Period:
    return Period(
        PeriodKind(raw["kind"]),
        date.fromisoformat(raw["start"]),
        date.fromisoformat(raw["end"]),
        int(raw["year"]),
        int(raw["number"]),
        MonthBoundary(raw["boundary"]),
    )


def _category_key(category: Category | None) -> str:
    return TOTAL if category is None else category.value


def _category_of(key: str) -> Category | None:
    return None if key == TOTAL else Category.by_code(key)


def correction_json(correction: Correction) -> dict[str, Any]:
    """A correction as stored (and exported; ``current_ids`` only when stored)."""
    key = correction.figure
    return {
        "period": period_json(correction.period),
        "figure": key,
        "figure_label": correction.figure_label,
        "category": _category_key(correction.category),
        "category_label": correction.category_label,
        "sent": _value_json(key, correction.sent),
        "current": _value_json(key, correction.current),
        "case_ids": list(correction.case_ids),
    }


def _amounts_json(amounts: Mapping[int, Decimal]) -> dict[str, str]:
    return {str(case_id): f"{amount:.2f}" for case_id, amount in amounts.items()}


def _amounts_of(raw: dict[str, str]) -> dict[int, Decimal]:
    return {int(case_id): Decimal(amount) for case_id, amount in raw.items()}


def _stored_correction(correction: Correction) -> dict[str, Any]:
    out = correction_json(correction) | {"current_ids": list(correction.current_ids)}
    if correction.current_amounts is not None:
        out["current_amounts"] = _amounts_json(correction.current_amounts)
    return out


def _correction(raw: dict[str, Any]) -> Correction:
    key = raw["figure"]
    amounts = raw.get("current_amounts")
    return Correction(
        _period(raw["period"]),
        key,
        _category_of(raw["category"]),
        _value(key, raw["sent"]),
        _value(key, raw["current"]),
        tuple(raw["case_ids"]),
        tuple(raw.get("current_ids", ())),
        None if amounts is None else _amounts_of(amounts),
    )


def _reported(row: orm.ReportedPeriod) -> Reported:
    data = json.loads(row.figures)
    denominator = Denominator(data["denominator"])
    period = _period(data["period"])
    tally = Tally(
        period,
        {c: _figures(data["by_category"][c.value], denominator) for c in Category},
        _figures(data["total"], denominator),
        denominator,
    )
    return Reported(
        period,
        row.reported_at,
        row.operator,
        tally,
        tuple(_correction(c) for c in data["corrections"]),
        data["cases"],
        None if "amounts" not in data else {k: _amounts_of(v) for k, v in data["amounts"].items()},
    )


# -- reading and writing -----------------------------------------------------------------------


def _row(session: Session, period: Period) -> orm.ReportedPeriod | None:
    R = orm.ReportedPeriod
    return session.scalar(
        select(R).where(
            R.kind == period.kind.value,
            R.start_on == period.start,
            R.end_on == period.end,
            R.boundary == period.boundary.value,
        )
    )


def reported(session: Session, period: Period) -> Reported | None:
    """The period as it was reported, or ``None`` if it was not."""
    row = _row(session, period)
    return None if row is None else _reported(row)


def drill_ids(session: Session, period: Period) -> Ids:
    """The drill-down of every figure: case ids by category and in total."""
    out: Ids = {}
    for figure in FIGURES:
        rows = session.execute(
            select(C.id, C.category).where(drill_condition(figure.key, period)).order_by(C.id)
        ).all()
        by: dict[str, list[int]] = {TOTAL: []}
        for case_id, category in rows:
            by.setdefault(str(getattr(category, "value", category)), []).append(case_id)
            by[TOTAL].append(case_id)
        out[figure.key] = by
    return out


def drill_amounts(session: Session, period: Period) -> Amounts:
    """Each case's part of every amount of the period (one query per amount)."""
    return {key: case_amounts(session, period, key) for key in MONEY_KEYS}


def store_reported(
    session: Session,
    tally: Tally,
    corrections: tuple[Correction, ...],
    *,
    reported_at: datetime,
    operator: str,
) -> Reported:
    """Keep ``tally`` (and the corrections it carries) as sent; the caller checks it is new."""
    period = tally.period
    data = {
        "period": period_json(period),
        "denominator": tally.denominator.value,
        "total": _figures_json(tally.total),
        "by_category": {c.value: _figures_json(f) for c, f in tally.by_category.items()},
        "cases": drill_ids(session, period),
        "amounts": {
            key: _amounts_json(amounts) for key, amounts in drill_amounts(session, period).items()
        },
        "corrections": [_stored_correction(c) for c in corrections],
    }
    row = orm.ReportedPeriod(
        kind=period.kind.value,
        start_on=period.start,
        end_on=period.end,
        boundary=period.boundary.value,
        reported_at=reported_at,
        operator=operator,
        figures=json.dumps(data, ensure_ascii=False, sort_keys=True),
    )
    session.add(row)
    session.flush()
    return _reported(row)


def _earlier_reports(session: Session, period: Period) -> list[Reported]:
    """Reported periods of the same kind and boundary that ended before ``period``, oldest first."""
    R = orm.ReportedPeriod
    rows = session.scalars(
        select(R)
        .where(
            R.kind == period.kind.value,
            R.boundary == period.boundary.value,
            R.end_on < period.start,
        )
        .order_by(R.end_on, R.id)
    )
    return [_reported(row) for row in rows]


def corrections_for(session: Session, period: Period) -> tuple[Correction, ...]:
    """The corrections to report with ``period``: earlier reported figures that changed since."""
    earlier = _earlier_reports(session, period)
    out: list[Correction] = []
    for sent in earlier:
        baseline = _baseline(sent, earlier)
        now = compute_tally(session, sent.period, sent.tally.denominator)
        ids = drill_ids(session, sent.period)
        amounts = drill_amounts(session, sent.period)
        rows: list[tuple[Category | None, Figures]] = [(None, now.total)]
        rows += [(c, now.by_category[c]) for c in Category]
        for category, figures in rows:
            code = _category_key(category)
            for figure in FIGURES:
                if figure.key not in sent.ids:
                    continue  # not a figure of the form when this period was sent
                was = baseline[(figure.key, code)]
                value = figures[figure.key]
                if value == was.value:
                    continue
                current_ids = ids[figure.key].get(code, [])
                current_amounts = None
                if figure.key in amounts:
                    every = amounts[figure.key]
                    current_amounts = {i: every[i] for i in current_ids if i in every}
                out.append(
                    Correction(
                        sent.period,
                        figure.key,
                        category,
                        was.value,
                        value,
                        _changed(was, current_ids, current_amounts),
                        tuple(current_ids),
                        current_amounts,
                    )
                )
    return tuple(out)


def _changed(
    was: Sent, current_ids: list[int], current_amounts: dict[int, Decimal] | None
) -> tuple[int, ...]:
    """The cases behind a figure's change: those whose amount in it changed (an amount), or
    those that entered or left it (a count)."""
    if was.amounts is not None and current_amounts is not None:
        cases = set(was.amounts) | set(current_amounts)
        before, now = was.amounts, current_amounts
        return tuple(sorted(i for i in cases if before.get(i, ZERO) != now.get(i, ZERO)))
    changed = sorted(set(was.ids) ^ set(current_ids))
    if not changed:
        # The same cases, a different number: a worker or (for a period reported before
        # the amounts were kept case by case) an amount changed; all of them may be it.
        changed = sorted(set(was.ids) | set(current_ids))
    return tuple(changed)


@dataclass(frozen=True)
class Sent:
    """What the district last received for one figure of one category."""

    value: Value
    ids: list[int]
    amounts: dict[int, Decimal] | None
    """Each case's part of an amount; ``None``: a count, or not kept."""


def _baseline(sent: Reported, reports: list[Reported]) -> dict[tuple[str, str], Sent]:
    """(figure, category) -> what the district last received for ``sent``'s period."""
    out: dict[tuple[str, str], Sent] = {}
    rows: list[tuple[str, Figures]] = [(TOTAL, sent.tally.total)]
    rows += [(c.value, sent.tally.by_category[c]) for c in Category]
    for code, figures in rows:
        for figure in FIGURES:
            ids = sent.ids.get(figure.key, {}).get(code, [])
            amounts = None
            if sent.amounts is not None and figure.key in sent.amounts:
                every = sent.amounts[figure.key]
                amounts = {i: every[i] for i in ids if i in every}
            out[(figure.key, code)] = Sent(figures[figure.key], ids, amounts)
    for later in reports:
        if later.period.start <= sent.period.end:
            continue
        for correction in later.corrections:
            if correction.period == sent.period:
                key = (correction.figure, _category_key(correction.category))
                kept = correction.current_amounts
                out[key] = Sent(
                    correction.current,
                    list(correction.current_ids),
                    None if kept is None else dict(kept),
                )
    return out
