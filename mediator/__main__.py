"""``mediator``: no subcommand opens the window, a subcommand runs the command line.

The dispatch looks only at the words given, so the command line never imports
Qt and the window never imports the command line.
"""

from __future__ import annotations

import sys

# Options of the window and of both front ends that take a value: the word
# after them is that value, not a command.
OPTIONS_WITH_VALUE = frozenset({"--data-dir", "--db-url", "--lang", "--operator"})
CLI_FLAGS = frozenset({"-h", "--help", "--version"})


def wants_cli(argv: list[str]) -> bool:
    """True when the words name a command (any command word, even a mistyped one).

    A misspelt ``mediator improt x.xlsx`` must reach the command line and get
    its "unknown command" message rather than open the window, and a data
    folder called ``demo`` (``--data-dir demo``) is a value, not a command.
    """
    words = iter(argv)
    for word in words:
        if word in CLI_FLAGS:
            return True
        if word in OPTIONS_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if wants_cli(argv):
        from mediator.cli.main import main as cli_main

        return cli_main(argv)
    return gui_main(argv)


def gui_main(argv: list[str] | None = None) -> int:
    from mediator.gui.app import main as app_main

    return app_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
