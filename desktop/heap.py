"""Keep Python's full garbage collection out of the window's first second.

By the time the main window is built the interpreter holds some 170,000 objects that live as
long as the session: every module, class and function imported, SQLAlchemy's tables and mappers,
Qt's wrappers. CPython's cyclic collector now and then walks all of them in one pass (a "full
collection", 100–180 ms on a desk PC) holding the interpreter lock, so neither the window's
thread nor a background search runs meanwhile. One such pass, set off by the allocations of the
register's first page, was the whole of the window's longest freeze when it first showed.

``gc.freeze()`` moves the objects alive at that moment out of the collector's sight: they are
still freed as usual when nothing refers to them any more, only reference cycles among them are
no longer looked for, and later full passes walk only what was made after. When the session
ends (log out, register reopened) the objects are given back to the collector and collected,
so a closed window's cycles do not stay in memory; the window is gone then and nobody waits.
"""

from __future__ import annotations

import gc


def set_aside_long_lived() -> None:
    """Before the main window is built: what is alive now lives for the session."""
    gc.freeze()


def give_back_long_lived() -> None:
    """After the main window has closed: let the collector see and free its cycles again."""
    gc.unfreeze()
    gc.collect()
