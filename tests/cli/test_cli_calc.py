"""``mediator calc`` through the real entry point."""

from __future__ import annotations

import json

from tests.cli.support import Run


def test_severance_json_through_the_main_parser(run: Run) -> None:
    result = run(
        "calc", "severance", "--start", "2018-07-01", "--end", "2026-03-15", "--wage", "8000",
        "--local-average", "10000", "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["n_months"] == 8
    assert data["amount"] == "64000.00"


def test_bad_input_is_a_chinese_message_and_exit_2(run: Run) -> None:
    result = run("calc", "severance", "--start", "2026-03-15", "--end", "2018-07-01", "--wage", "8000")
    assert result.code == 2
    assert "错误" in result.err
