"""``talash``: the desktop window, or a headless verb (``talash --help`` lists them)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop.cli import run


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # The bundled program may start helper processes; elsewhere freeze_support() does
        # nothing, and importing multiprocessing would cost every verb about 10 ms.
        import multiprocessing

        multiprocessing.freeze_support()
    return run(list(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    sys.exit(main())
