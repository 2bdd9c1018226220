"""Locating the files under resources/.

resources/ sits beside the packages, in the source tree and in the PyInstaller bundle alike
(build.spec copies it next to the frozen modules, whose ``__file__`` points into the bundle),
so one relative lookup serves both.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource, e.g. ``resource_path("fonts", "OFL.txt")``."""
    return RESOURCES_DIR.joinpath(*parts)
