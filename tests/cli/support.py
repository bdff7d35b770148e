"""Helpers of the CLI tests: intake registers (.xlsx/.csv) and a look into a data folder."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import func, select

from mediator.paths import DataDir
from mediator.persistence import orm
from mediator.persistence.services import Services
from mediator.persistence.store import open_database
from tests.helpers.factories import (
    GENERAL_CONTRACTOR_USCC,
    SUBCONTRACTOR_USCC,
    WORKER_NAMES,
    resident_id,
)


@dataclass(frozen=True)
class Result:
    """Exit code and captured output of one in-process ``mediator`` run."""

    code: int
    out: str
    err: str


Run = Callable[..., Result]

HEADER = [
    "案件编号",
    "收案日期",
    "申请方式",
    "来源",
    "争议类型",
    "申请人姓名",
    "性别",
    "证件类型",
    "证件号码",
    "联系电话",
    "农民工",
    "入职日期",
    "离职日期",
    "月工资",
    "被申请人",
    "统一社会信用代码",
    "法定代表人",
    "被申请人地址",
    "被申请人电话",
    "请求事项",
    "请求金额",
    "事实与理由",
]


def person_id(i: int) -> str:
    """A valid resident ID number, different for every ``i``; odd ``i`` is a woman."""
    return resident_id(date(1975 + i % 25, 1 + i % 12, 1 + i % 28), 101 + i, "511621")


def row(i: int = 0, **overrides: Any) -> dict[str, Any]:
    """A valid register row: one worker of a small restaurant claiming unpaid wages."""
    values: dict[str, Any] = {
        "收案日期": "2026-03-05",
        "申请方式": "书面",
        "来源": "窗口",
        "争议类型": "劳动报酬",
        "申请人姓名": WORKER_NAMES[i % len(WORKER_NAMES)],
        "证件号码": person_id(i),
        "联系电话": f"139{i:08d}",
        "农民工": "是",
        "入职日期": "2025/3/1",
        "离职日期": "2026年2月28日",
        "月工资": "6500",
        "被申请人": "城南味道餐饮有限公司",
        "统一社会信用代码": "91350100M000100Y43",
        "法定代表人": "钱多多",
        "被申请人地址": "城南街道兴业路8号",
        "被申请人电话": "0571-87654321",
        "请求事项": "支付拖欠的工资",
        "请求金额": "13000.50",
        "事实与理由": "申请人在被申请人处做服务员，2026年1月至2月工资未发。",
    }
    values.update(overrides)
    return values


def collective_rows(
    number: str = "城南劳调字〔2026〕第88号", workers: int = 12
) -> list[dict[str, Any]]:
    """One collective case: ``workers`` rows, a general contractor and a subcontractor."""
    rows = []
    for i in range(workers):
        values = row(
            i,
            案件编号=number,
            请求事项="支付2025年拖欠的工资",
            请求金额=16000 + i,
            被申请人="",
            统一社会信用代码="",
            法定代表人="",
            被申请人地址="",
            被申请人电话="",
        )
        if i:
            # Later rows of the case may leave the case columns empty.
            for column in ("收案日期", "申请方式", "来源", "争议类型", "事实与理由"):
                values[column] = None
        rows.append(values)
    rows[0].update(
        被申请人="城南建设集团有限公司",
        统一社会信用代码=GENERAL_CONTRACTOR_USCC,
        法定代表人="王建国",
    )
    rows[1].update(
        被申请人="某劳务分包有限公司", 统一社会信用代码=SUBCONTRACTOR_USCC, 法定代表人="赵四"
    )
    rows[0]["事实与理由"] = "申请人等12人在某小区工地务工，工程完工后工资未结清。"
    return rows


def write_xlsx(
    path: Path, rows: list[dict[str, Any]], header: list[str] = HEADER, title: str = ""
) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    if title:
        sheet.append([title])
    sheet.append(header)
    for values in rows:
        sheet.append([values.get(name) for name in header])
    workbook.save(path)
    return path


def write_csv(path: Path, rows: list[dict[str, Any]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for values in rows:
            writer.writerow(["" if values.get(n) is None else values.get(n) for n in HEADER])
    return path


@contextmanager
def services_at(folder: Path) -> Iterator[Services]:
    """The use cases over the database of a data folder (opened and closed around the block)."""
    data_dir = DataDir(folder)
    db = open_database(data_dir.default_db_url(), data_dir=data_dir)
    try:
        yield Services(db)
    finally:
        db.dispose()


def count_cases(folder: Path) -> int:
    with services_at(folder) as services, services.db.read() as session:
        return session.scalar(select(func.count()).select_from(orm.Case)) or 0
