"""Commands contributed by other modules (calc, doc, verify) through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

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
    result = run(
        "calc", "severance", "--start", "2026-03-15", "--end", "2018-07-01", "--wage", "8000"
    )
    assert result.code == 2
    assert "错误" in result.err


def test_doc_and_verify_are_wired(run: Run, tmp_path: Path) -> None:
    assert run("demo", "--cases", "20").code == 0
    out = tmp_path / "x.pdf"
    exported = run("export", "cases", "--format", "json", "--out", str(tmp_path / "c.json"))
    assert exported.code == 0
    number = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["cases"][0]["number"]
    assert run("doc", "application", number, "--out", str(out)).code == 0
    assert run("verify", str(out)).code == 0
    out.write_bytes(out.read_bytes() + b"%edited")
    assert run("verify", str(out)).code == 1


def test_payments_and_locality_are_wired(run: Run) -> None:
    assert (
        run("locality", "set", "湖州市", "2025", "--average", "8000", "--minimum", "2490").code == 0
    )
    listed = run("locality", "list")
    assert listed.code == 0
    assert "湖州市" in listed.out and "2490.00" in listed.out


def test_tally_and_ledger_are_wired(run: Run, tmp_path: Path) -> None:
    assert run("demo", "--cases", "40").code == 0
    out = tmp_path / "tally.json"
    assert run("tally", "--month", "2026-10", "--format", "json", "--out", str(out)).code == 0
    assert {"received", "closed", "success_rate"} <= set(json.loads(out.read_text())["total"])
    assert run("ledger", "--month", "2026-10", "--out", str(tmp_path / "l.xlsx")).code == 0


def test_a_bad_db_url_is_a_chinese_message_for_every_command(run: Run, tmp_path: Path) -> None:
    for args in (
        ("deadlines",),
        ("tally", "--month", "2026-10", "--out", str(tmp_path / "t.json")),
    ):
        result = run("--db-url", "nosuchdb://x", *args)
        assert result.code == 1, args
        assert "--db-url" in result.err, args
