"""How long deadline computation takes for a city's decade of cases.

    .venv/bin/python benchmarks/bench_workdays.py

Speed is measured here, not asserted in the tests (timings vary by machine).
"""

from __future__ import annotations

import time
from datetime import date, timedelta

from mediator.domain.workdays import WorkdayCalendar


def main() -> None:
    calendar = WorkdayCalendar()
    starts = [date(2017, 1, 1) + timedelta(days=i % 3650) for i in range(200_000)]
    began = time.perf_counter()
    for start in starts:
        calendar.add_workdays(start, 3)
    print(f"200,000 x add_workdays(d, 3): {time.perf_counter() - began:.3f} s")


if __name__ == "__main__":
    main()
