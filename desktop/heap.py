"""Python's garbage collector kept off the program's start-up and the window's first second.

CPython's cyclic collector now and then walks every object the program holds, all at once and
with the interpreter lock held. Once the modules are loaded that is some 170,000 objects
(every module, class and function, SQLAlchemy's tables and mappers, Qt's wrappers), which live
as long as the process and are never garbage:

- while the modules load the heap only grows, and the collector walked it again and again for
  nothing: 0.09–0.13 s of the 1 s a small verb such as ``talash case show`` took;
- one full pass (100–180 ms on a desk PC), set off by the allocations of the register's first
  page, was the whole of the window's longest freeze when it first showed: neither the window's
  thread nor the background search ran meanwhile.

``gc.freeze()`` moves the objects alive at that moment out of the collector's sight: they are
still freed as usual when nothing refers to them any more, only reference cycles among them are
no longer looked for, and later passes walk only what was made after. A verb's own work and the
window's are collected as usual.
"""

from __future__ import annotations

import gc


class StartUp:
    """A run of the program (a verb or the window): the collector paused while it loads its
    modules, and what they made set aside once they are loaded. ``close`` gives everything back
    to the collector, so a process that runs the program more than once (the tests) is left as
    it was."""

    def __init__(self) -> None:
        self._was_on = gc.isenabled()
        gc.disable()

    def loaded(self) -> None:
        gc.freeze()
        if self._was_on:
            gc.enable()

    def close(self) -> None:
        gc.unfreeze()
        if self._was_on:
            gc.enable()


def set_aside_long_lived() -> None:
    """Before the main window is built: what is alive now lives for the session."""
    gc.freeze()


def give_back_long_lived() -> None:
    """After the main window has closed (log out, register reopened): let the collector see
    and free its cycles again; the window is gone then and nobody waits."""
    gc.unfreeze()
    gc.collect()
