"""Running ``mediator`` in-process against a data folder in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediator.cli.main import main
from tests.cli.support import Result, Run


@pytest.fixture
def data_path(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def run(data_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    """``run("init")`` runs ``mediator --data-dir <tmp>/data init``; ``data=`` picks another folder."""

    def invoke(*args: str, data: Path | None = None) -> Result:
        code = main(["--data-dir", str(data or data_path), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke
