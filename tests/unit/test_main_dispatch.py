"""``mediator`` decides between the window and the command line by the words given."""

from __future__ import annotations

import pytest

from mediator.__main__ import wants_cli


@pytest.mark.parametrize(
    ("argv", "cli"),
    [
        ([], False),
        (["--data-dir", "D:/调解"], False),
        (["--lang", "en", "--operator", "张三"], False),
        (["--data-dir", "demo"], False),  # a folder called demo is a value
        (["--data-dir=demo"], False),
        (["demo", "--cases", "10"], True),
        (["--data-dir", "x", "import", "a.xlsx"], True),
        (["improt", "a.xlsx"], True),  # a typo gets the CLI's message, not the window
        (["--help"], True),
        (["--version"], True),
    ],
)
def test_dispatch(argv: list[str], cli: bool) -> None:
    assert wants_cli(argv) is cli
