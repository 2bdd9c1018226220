"""``talash``: the desktop window, or a headless verb (``talash --help`` lists them)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop.cli import may_be_served, run


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # The bundled program may start helper processes; elsewhere freeze_support() does
        # nothing, and importing multiprocessing would cost every verb about 10 ms.
        import multiprocessing

        multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    if argv is None and may_be_served(args):
        # A process of its own, whose standard streams are a terminal's or a pipe's: a running
        # `talash serve` can take the verb over (desktop/serve_client.py).
        from desktop.serve_client import forward

        status = forward(args)
        if status is not None:
            return status
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
