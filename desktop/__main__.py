"""``talash``: the desktop window, or a headless verb (``talash --help`` lists them)."""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Sequence

from desktop.cli import run


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # the frozen program may start helper processes
    return run(list(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    sys.exit(main())
