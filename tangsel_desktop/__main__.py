"""python -m tangsel_desktop: a command runs headless; no command opens the window."""

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    from tangsel_desktop.cli.arguments import ArgumentError, build_parser

    try:
        known, _ = build_parser().parse_known_args(arguments)
    except ArgumentError:
        known = None  # run_cli reports it
    if known is not None and known.command is None:
        # The window: imported only now, so commands never load Qt.
        from tangsel_desktop.app import run_window

        exit_code: int = run_window(arguments)
        return exit_code
    from tangsel_desktop.cli.main import run_cli

    return run_cli(arguments)


if __name__ == "__main__":
    sys.exit(main())
