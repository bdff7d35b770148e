"""Rosters (名册) as a foreman brings them: real .xlsx files written with openpyxl."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from tests.helpers.factories import resident_id

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "建国伟强磊军洋勇杰涛明超华平刚"


def roster_worker(i: int) -> dict[str, Any]:
    """Worker ``i`` of a roster: a distinct name and ID, a period and an amount."""
    start = 3 + i % 4
    return {
        "姓名": SURNAMES[i % len(SURNAMES)] + GIVEN[i % len(GIVEN)] + ("" if i < 20 else "二"),
        "身份证号": resident_id(date(1970 + i % 30, 1 + i % 12, 1 + i % 27), 101 + 2 * i, "511321"),
        "电话": f"137{i:08d}",
        "工作期间": f"2026-{start:02d}至2026-{start + 4:02d}",
        "欠薪金额": Decimal("12000") + Decimal(i * 137) + Decimal("0.50"),
    }


def write_roster(
    path: Path,
    workers: list[dict[str, Any]],
    header: list[str] | None = None,
    title: str | None = "某小区二期工地钢筋班组农民工工资表",
    total: Decimal | None = None,
) -> Path:
    header = header or ["序号", "姓名", "身份证号", "电话", "工作期间", "欠薪金额（元）"]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    if title:
        sheet.append([title])
    sheet.append(header)
    for n, worker in enumerate(workers, start=1):
        row: list[Any] = []
        for column in header:
            key = "欠薪金额" if column.startswith("欠薪") else column
            value = n if column == "序号" else worker.get(key, "")
            row.append(float(value) if isinstance(value, Decimal) else value)
        sheet.append(row)
    if total is not None:
        sheet.append(["", "合计", "", "", "", float(total)])
    book.save(path)
    return path


def data_row(index: int, titled: bool = True) -> int:
    """The Excel row number of worker ``index`` (0-based) in a roster written above."""
    return index + (3 if titled else 2)
