"""mediator init, the Chinese argparse front and unusable databases."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from mediator.cli.main import main
from tests.cli.support import Run, services_at

REPO = Path(__file__).resolve().parents[2]


def test_init_creates_the_database_and_says_where(run: Run, data_path: Path) -> None:
    result = run("init")
    assert result.code == 0, result.err
    assert "已新建数据库" in result.out
    assert str(data_path / "mediator.db") in result.out
    assert (data_path / "mediator.db").is_file()

    again = run("init")
    assert again.code == 0
    assert "已存在" in again.out


def test_init_saves_office_settings_and_adds_an_operator(run: Run, data_path: Path) -> None:
    result = run(
        "init",
        "--office-name",
        "城北街道劳动人事争议调解委员会",
        "--short-name",
        "城北",
        "--operator",
        "李调解",
    )
    assert result.code == 0, result.err
    assert "已添加操作人员：李调解" in result.out
    assert run("init", "--operator", "李调解").out.count("已存在") == 2
    with services_at(data_path) as services:
        settings = services.settings()
        assert (settings.office_name, settings.short_name) == (
            "城北街道劳动人事争议调解委员会",
            "城北",
        )
        assert [u.name for u in services.users()] == ["李调解"]


def test_an_invalid_setting_is_refused_and_nothing_is_saved(run: Run, data_path: Path) -> None:
    result = run("init", "--office-name", "城北街道调委会", "--short-name", " ")
    assert result.code == 1
    assert result.err.startswith("错误：")
    assert "机构简称" in result.err
    with services_at(data_path) as services:
        assert services.settings().office_name != "城北街道调委会"


def test_a_text_file_given_as_database_is_refused_and_left_alone(run: Run, tmp_path: Path) -> None:
    fake = tmp_path / "notes.db"
    fake.write_text("这不是数据库\n", encoding="utf-8")
    result = run("--db-url", f"sqlite:///{fake}", "init")
    assert result.code == 1
    assert result.err.startswith("错误：")
    assert "不是本软件的数据库" in result.err
    assert "Traceback" not in result.err
    assert fake.read_text(encoding="utf-8") == "这不是数据库\n"


def test_a_database_in_a_missing_folder_or_a_bad_url_is_a_chinese_error(
    run: Run, tmp_path: Path
) -> None:
    missing = run("--db-url", f"sqlite:///{tmp_path / 'nowhere' / 'x.db'}", "init")
    assert missing.code == 1
    assert "不存在" in missing.err
    bad = run("--db-url", "nonsense://host/db", "init")
    assert bad.code == 1
    assert "数据库地址" in bad.err


def test_usage_errors_are_explained_in_chinese(run: Run) -> None:
    result = run("export", "cases")
    assert result.code == 2
    assert "缺少必需的参数" in result.err
    result = run("frobnicate")
    assert result.code == 2
    assert "无效" in result.err
    assert main(["--version"]) == 0


def test_help_is_chinese(capsys: object) -> None:
    assert main(["-h"]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "用法：" in out and "命令" in out and "demo" in out


def test_python_m_mediator_init_runs_without_qt(tmp_path: Path) -> None:
    data = tmp_path / "sub"
    done = subprocess.run(
        [sys.executable, "-m", "mediator", "--data-dir", str(data), "init"],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "已新建数据库" in done.stdout
    code = (
        "import sys\n"
        "from mediator.cli.main import main\n"
        f"data = {str(data)!r}\n"
        "assert main(['--data-dir', data, 'init']) == 0\n"
        "assert main(['--data-dir', data + '2', 'demo', '--cases', '30']) == 0\n"
        "assert main(['--data-dir', data + '2', 'export', 'cases', '--out', data + '.json']) == 0\n"
        "assert main(['--data-dir', data, 'import', data + '.json']) == 0\n"
        "assert main(['--data-dir', data, 'backup']) == 0\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not qt, qt\n"
    )
    checked = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert checked.returncode == 0, checked.stderr


def test_subcommand_usage_is_not_doubled(run: Run) -> None:
    result = run("demo", "--cases", "x")
    assert result.code == 2
    assert result.err.startswith("用法：mediator demo")
    assert "用法：用法：" not in result.err
    assert "参数 --cases 的值 'x' 无效" in result.err
