"""The house rules that code review alone would let slip: layers, and which files are ours."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import models
import reports
import ui

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is part of the dev extra"
    done = subprocess.run([lint_imports], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "broken" not in done.stdout.lower().replace("0 broken", "")


def test_generic_package_names_resolve_to_this_repository() -> None:
    # models/, ui/ and reports/ are common names; make sure no installed package shadows ours.
    for package in (models, reports, ui):
        assert Path(package.__file__ or "").resolve().is_relative_to(ROOT)
