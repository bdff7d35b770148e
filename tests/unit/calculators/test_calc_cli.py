"""``mediator calc …``: run() with a Namespace from a parser the module registered on."""

from __future__ import annotations

import argparse
import json

import pytest

from mediator.cli import calc


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="mediator")
    calc.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["calc", *argv])
    assert args.handler is calc.run
    code = args.handler(args)
    out, err = capsys.readouterr()
    return code, out, err


SEVERANCE_A = ["severance", "--start", "2018-07-01", "--end", "2026-03-15", "--wage", "8000"]


def test_severance_prints_the_working_capitals_and_statutes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _run([*SEVERANCE_A, "--local-average", "10000"], capsys)
    assert (code, err) == (0, "")
    assert "经济补偿 = 8 × 8,000.00 = 64,000.00元" in out
    assert "人民币64,000.00元（大写：陆万肆仟元整）" in out
    assert "《劳动合同法》第四十七条" in out


def test_severance_unlawful(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run([*SEVERANCE_A, "--unlawful"], capsys)
    assert code == 0
    assert out.startswith("违法解除或者终止劳动合同的赔偿金")
    assert "人民币128,000.00元（大写：壹拾贰万捌仟元整）" in out


def test_severance_json_has_n_months_as_a_number_and_amount_as_a_string(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = [
        "severance",
        "--start",
        "2022-11-01",
        "--end",
        "2026-02-28",
        "--wage",
        "6,000",
        "--json",
    ]
    code, out, _ = _run(argv, capsys)
    data = json.loads(out)
    assert code == 0
    assert data["n_months"] == 3.5
    assert data["amount"] == "21000.00"
    assert data["kind"] == "severance"
    assert data["steps"] and data["basis"]


def test_severance_minimum_wage_and_days30_options(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["severance", "--start", "2025-09-01", "--end", "2026-02-27", "--wage", "1800"]
    _, out, _ = _run([*argv, "--minimum-wage", "2490", "--json"], capsys)
    assert json.loads(out)["amount"] == "1245.00"
    _, out, _ = _run(
        [*argv, "--minimum-wage", "2490", "--partial-month", "days30", "--json"], capsys
    )
    assert json.loads(out)["n_months"] == 1


def test_pre_2008_service_warns_in_text(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["severance", "--start", "2005-06-01", "--end", "2026-02-28", "--wage", "6000"]
    code, out, _ = _run(argv, capsys)
    assert code == 0
    assert "注意：本案需人工计算" in out


def test_double_wage(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        ["double-wage", "--start", "2025-03-01", "--wage", "6000", "--json"], capsys
    )
    data = json.loads(out)
    assert (code, data["amount"], data["n_months"]) == (0, "66000.00", 11)
    assert data["deemed_open_ended_from"] == "2026-03-01"
    argv = ["double-wage", "--start", "2025-03-01", "--signed", "2025-09-01", "--wage", "6000"]
    _, out, _ = _run(argv, capsys)
    assert "人民币30,000.00元（大写：叁万元整）" in out


def test_overtime(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["overtime", "--wage", "5220", "--weekday-hours", "20", "--rest-day-hours", "16"]
    code, out, _ = _run([*argv, "--holiday-hours", "8"], capsys)
    assert code == 0
    assert "人民币2,580.00元（大写：贰仟伍佰捌拾元整）" in out


def test_annual_leave(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["annual-leave", "--wage", "8700", "--entitlement", "5"], capsys)
    assert code == 0 and "人民币4,000.00元" in out
    argv = ["annual-leave", "--wage", "8700", "--entitlement", "10", "--leaving", "2026-06-30"]
    _, out, _ = _run([*argv, "--json"], capsys)
    data = json.loads(out)
    assert (data["amount"], data["untaken_days"], data["days_passed"]) == ("3200.00", 4, 181)
    _, out, _ = _run(["annual-leave", "--wage", "8700", "--years", "12", "--json"], capsys)
    assert json.loads(out)["amount"] == "8000.00"


def test_art85(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["art85", "--unpaid", "10000"], capsys)
    assert code == 0
    assert (
        "协商区间：人民币5,000.00元（大写：伍仟元整） 至 人民币10,000.00元（大写：壹万元整）" in out
    )
    assert "责令" in out


def test_end_before_start_exits_2_with_a_chinese_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["severance", "--start", "2026-03-15", "--end", "2026-03-01", "--wage", "8000"]
    code, out, err = _run(argv, capsys)
    assert (code, out) == (2, "")
    assert err.startswith("错误：最后工作日2026年3月1日早于入职日期2026年3月15日")


def test_every_bad_option_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["severance", "--start", "2026/03/15", "--end", "2026-03-01", "--wage", "-8000"]
    code, _, err = _run([*argv, "--local-average", "abc"], capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("错误：") for line in lines)
    assert "入职日期“2026/03/15”无效" in err
    assert "月平均工资：" in err and "负数" in err


def test_implausible_hours_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["overtime", "--wage", "5220", "--weekday-hours", "2000"], capsys)
    assert code == 2
    assert "工作日延长工作时间2000小时超过" in err
    code, _, err = _run(["overtime", "--wage", "5220", "--rest-day-hours", "x"], capsys)
    assert code == 2 and "休息日工作时间“x”无效" in err
    code, _, err = _run(["overtime", "--wage", "5220", "--months", "1.5"], capsys)
    assert code == 2 and "月数应为整数" in err


def test_annual_leave_bad_input_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["annual-leave", "--wage", "8700", "--entitlement", "30", "--pay-days", "0"]
    code, _, err = _run(argv, capsys)
    assert code == 2
    assert "月计薪天数应在1至31之间" in err


def test_missing_subcommand_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert calc.run(argparse.Namespace()) == 2
    assert "请选择计算项目" in capsys.readouterr().err


def test_annual_leave_needs_years_or_entitlement_but_not_both(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = _run(["annual-leave", "--wage", "8700"], capsys)
    assert code == 2 and "二选一" in err
    code, _, err = _run(
        ["annual-leave", "--wage", "8700", "--years", "3", "--entitlement", "5"], capsys
    )
    assert code == 2 and "二选一" in err
