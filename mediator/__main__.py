"""``mediator``: no subcommand opens the window, a subcommand runs the command line.

The dispatch looks only at the words given, so the command line never imports
Qt and the window never imports the command line.
"""

from __future__ import annotations

import sys

CLI_COMMANDS = frozenset(
    {
        "init",
        "demo",
        "backup",
        "restore",
        "import",
        "export",
        "deadlines",
        "calc",
        "doc",
        "verify",
        "-h",
        "--help",
        "--version",
    }
)


def wants_cli(argv: list[str]) -> bool:
    return any(arg in CLI_COMMANDS for arg in argv)


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
