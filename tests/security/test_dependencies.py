"""Dependency hygiene (reliability-reference §8 item 34): an offline advisory floor.

CI has no guaranteed route to an advisory database, so tests/data/advisory_floor.json records,
for each package with published advisories, the lowest version that closes them. The suite
fails when an installed version is below its floor, or when pyproject.toml would let a fresh
install pick one (a lower bound below the floor, or none at all).
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.version import Version

REPO = Path(__file__).resolve().parents[2]
FLOOR_FILE = REPO / "tests" / "data" / "advisory_floor.json"
ADVISORY_ID = re.compile(r"CVE-\d{4}-\d{4,}|GHSA(-[0-9a-z]{4}){3}")


@dataclass(frozen=True)
class Floor:
    package: str
    minimum: Version
    advisories: tuple[str, ...]


def canonical(name: str) -> str:
    """PEP 503 names: ``Pillow`` and ``pillow``, ``PySide6_Pdf`` and ``pyside6-pdf`` are equal."""
    return re.sub(r"[-_.]+", "-", name).lower()


def load_floor(path: Path = FLOOR_FILE) -> dict[str, Floor]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        canonical(name): Floor(
            canonical(name), Version(entry["minimum"]), tuple(entry["advisories"])
        )
        for name, entry in data["packages"].items()
    }


def _below(floor: Floor, found: Version, what: str) -> str:
    return (
        f"{floor.package} {what} {found} is below {floor.minimum}, "
        f"which closes {', '.join(floor.advisories)}"
    )


def installed_violations(installed: Mapping[str, str], floor: Mapping[str, Floor]) -> list[str]:
    """Installed packages below their floor (``installed``: name → version string)."""
    out = []
    for name, found in installed.items():
        entry = floor.get(canonical(name))
        if entry is not None and Version(found) < entry.minimum:
            out.append(_below(entry, Version(found), "installed"))
    return sorted(out)


def lowest_allowed(specifier: SpecifierSet) -> Version | None:
    """The lowest version a specifier admits by its own bounds (None: no lower bound)."""
    lows = [Version(s.version) for s in specifier if s.operator in {">=", "==", "~=", "==="}]
    lows += [Version(s.version) for s in specifier if s.operator == ">"]
    return max(lows) if lows else None


def declared_violations(requirements: Iterable[str], floor: Mapping[str, Floor]) -> list[str]:
    """Declared requirements that would let an install pick a version below its floor."""
    out = []
    for text in requirements:
        req = Requirement(text)
        entry = floor.get(canonical(req.name))
        if entry is None:
            continue
        low = lowest_allowed(req.specifier)
        if low is None:
            out.append(f"{entry.package} has no lower bound; it must be >= {entry.minimum}")
        elif low < entry.minimum:
            out.append(_below(entry, low, "may be installed as"))
    return sorted(out)


def pyproject_requirements(path: Path = REPO / "pyproject.toml") -> list[str]:
    project = tomllib.loads(path.read_text(encoding="utf-8"))["project"]
    out = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        out += extra
    return out


def installed_versions(names: Iterable[str]) -> dict[str, str]:
    out = {}
    for name in names:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            continue  # not installed here (e.g. the postgres extra): nothing to check
    return out


# -- the checks -------------------------------------------------------------------------------


def test_every_installed_package_meets_the_advisory_floor() -> None:
    floor = load_floor()
    installed = installed_versions(floor)
    assert "reportlab" in installed and "cryptography" in installed  # the check sees something
    assert installed_violations(installed, floor) == []


def test_pyproject_lower_bounds_meet_the_advisory_floor() -> None:
    """A fresh install, resolving anywhere inside pyproject's ranges, gets no vulnerable version."""
    floor = load_floor()
    requirements = pyproject_requirements()
    declared = {canonical(Requirement(r).name) for r in requirements}
    assert {"reportlab", "pillow", "cryptography", "sqlalchemy", "openpyxl"} <= declared
    assert declared_violations(requirements, floor) == []


def test_the_floor_file_cites_an_advisory_for_every_entry() -> None:
    for entry in load_floor().values():
        assert entry.advisories, entry.package
        assert all(ADVISORY_ID.fullmatch(a) for a in entry.advisories), entry.package


def test_reportlab_3_6_12_fails_the_check() -> None:
    """The reference's own example: ReportLab 3.6.12 evaluates code hidden in markup."""
    floor = load_floor()
    problems = installed_violations({"reportlab": "3.6.12", "Pillow": "13.0.0"}, floor)
    assert problems == ["reportlab installed 3.6.12 is below 3.6.13, which closes CVE-2023-33733"]
    assert installed_violations({"reportlab": "3.6.13"}, floor) == []
    assert declared_violations(["reportlab[shaping]>=3.6,<5"], floor) == [
        "reportlab may be installed as 3.6 is below 3.6.13, which closes CVE-2023-33733"
    ]
    assert declared_violations(["reportlab"], floor) == [
        "reportlab has no lower bound; it must be >= 3.6.13"
    ]
    assert declared_violations(["reportlab==3.6.13", "ReportLab>=5.1,<5.2"], floor) == []


def test_names_are_compared_the_way_installers_compare_them() -> None:
    floor = load_floor()
    assert installed_violations({"PILLOW": "10.2.0"}, floor)
    assert declared_violations(["SQLAlchemy>=1.2,<3"], floor)
    assert declared_violations(["psycopg[binary]>=3.3,<3.4"], floor) == []  # no advisory listed
