"""The monthly report on a city-sized store: the tally, its charts, a drill-down, the PDF.

    .venv/bin/mediator --data-dir /tmp/big demo --cases 200000
    .venv/bin/python benchmarks/bench_reports.py /tmp/big/mediator.db [2026-10]

Prints the median of three runs of each step, for calendar months and for
21st-20th months (what the 统计 tab computes on its worker thread).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mediator.persistence.store import open_database
from mediator.reports.pdf import write_pdf
from mediator.reports.periods import MonthBoundary, parse_period
from mediator.reports.services import ReportServices


def timed(label: str, action: Callable[[], Any], repeat: int = 3) -> Any:
    times, result = [], None
    for _ in range(repeat):
        began = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - began)
    print(f"{label:<52} {statistics.median(times) * 1000:9.1f} ms")
    return result


def main(path: str, month: str) -> None:
    reports = ReportServices(open_database(f"sqlite:///{path}"))
    out = Path(tempfile.mkdtemp()) / "tally.pdf"
    for boundary in MonthBoundary:
        period = parse_period(month, boundary)
        name = f"{period.label} ({boundary.value})"
        report = timed(f"report with comparisons, {name}", lambda p=period: reports.report(p))
        charts = timed(f"charts, {name}", lambda r=report, b=boundary: reports.charts(r.current, b))
        timed(f"drill-down of 结案合计, {name}", lambda p=period: reports.case_ids(p, "closed"))
        timed(f"PDF with charts, {name}", lambda r=report, c=charts: write_pdf(out, r, c))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "2026-10")
