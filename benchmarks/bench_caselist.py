"""The case list on a city-sized store: how long each step takes.

    .venv/bin/mediator --data-dir /tmp/big demo --cases 200000
    .venv/bin/python benchmarks/bench_caselist.py /tmp/big/mediator.db

Prints the median of several runs for: opening the store, the id list
(unfiltered and with each filter), a batch of visible rows, and search as
you type (every prefix of a name, an ID number and a credit code).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from mediator.domain.enums import CaseStatus, Category
from mediator.persistence.caselist import CaseFilter
from mediator.persistence.services import Services
from mediator.persistence.store import open_database


def timed(label: str, action: Callable[[], Any], repeat: int = 5) -> Any:
    times, result = [], None
    for _ in range(repeat):
        began = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - began)
    size = f" -> {len(result)} ids" if isinstance(result, list) else ""
    print(f"{label:<48} {statistics.median(times) * 1000:8.1f} ms{size}")
    return result


def main(path: str) -> None:
    began = time.perf_counter()
    db = open_database(f"sqlite:///{path}")
    print(f"{'open the store':<48} {(time.perf_counter() - began) * 1000:8.1f} ms")
    services = Services(db)
    today = date.today()
    ids = timed("all ids, newest first", lambda: services.case_ids(CaseFilter()))
    timed("first 200 rows", lambda: services.case_rows(ids[:200]))
    timed("200 rows deep in the list", lambda: services.case_rows(ids[100_000:100_200]))
    filters = {
        "status 调解中": CaseFilter(statuses=frozenset({CaseStatus.MEDIATING})),
        "category 劳动报酬": CaseFilter(categories=frozenset({Category.PAY})),
        "received in the last 90 days": CaseFilter(received_from=today - timedelta(days=90)),
        "overdue": CaseFilter(overdue_only=True),
        "collective": CaseFilter(collective_only=True),
        "mediator id 1": CaseFilter(mediator_id=1),
    }
    for label, flt in filters.items():
        timed(f"filter: {label}", lambda flt=flt: services.case_ids(flt))
    sample = services.get_case(ids[len(ids) // 2]).data
    person, firm = sample.applicants[0], sample.respondents[0]
    for what, value in (
        ("name", person.name),
        ("ID number", person.id_number),
        ("USCC", firm.uscc),
    ):
        for end in range(1, len(value) + 1, max(1, len(value) // 4)):
            prefix = value[:end]
            timed(
                f"search {what} '{prefix}'",
                lambda p=prefix: services.case_ids(CaseFilter(text=p)),
                3,
            )
    db.dispose()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/big/mediator.db")
