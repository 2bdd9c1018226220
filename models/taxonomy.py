"""The reason taxonomy (resources/taxonomy/reasons.json): why a person went missing.

Eight categories, each with numbered sub-reasons coded ``Category.Sub`` (``"1.5"``). A case stores
the code of a sub-reason (a leaf), for its suspected and for its confirmed reason. Each reason
carries the default legal sections the FIR screen suggests, whether the disappearance was
involuntary, the kind of exploitation and a few flags that drive rules elsewhere (privacy blocks,
risk grade, HQ tallies). The file is data so HQ can revise it without a code change; this module
refuses a revision that breaks the shape the rest of the program relies on.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from models.enums import Act, ExploitationType
from models.legal_sections import SectionTable, parse_act
from models.localtext import (
    LocalText,
    ReferenceDataError,
    check_keys,
    expect_bool,
    expect_list,
    expect_object,
    expect_text,
    read_json_object,
)
from models.resource_files import resource_path

DEFAULT_REASON = "8.1"
"""Unknown / under investigation: the reason a new case starts with."""

FLAG_SEXUAL_OFFENCE = "sexual_offence"
FLAG_TRAFFICKING = "trafficking"
FLAG_HIGH_RISK = "high_risk"
FLAG_FOUND_WITHOUT_REPORT = "found_without_report"
FLAG_FOUND_DEAD = "found_dead"
FLAG_NO_DISAPPEARANCE = "no_disappearance"

REASON_FLAGS: frozenset[str] = frozenset(
    {
        FLAG_SEXUAL_OFFENCE,
        FLAG_TRAFFICKING,
        FLAG_HIGH_RISK,
        FLAG_FOUND_WITHOUT_REPORT,
        FLAG_FOUND_DEAD,
        FLAG_NO_DISAPPEARANCE,
    }
)
"""The only flags a reason may carry."""

_CATEGORY_CODE = re.compile(r"[1-9][0-9]*")
_REASON_CODE = re.compile(r"([1-9][0-9]*)\.([1-9][0-9]*)")
_TOP_KEYS = ("version", "note", "categories")
_CATEGORY_KEYS = ("code", "label", "reasons")
_REASON_KEYS = (
    "code",
    "label",
    "sections",
    "involuntary",
    "exploitation_type",
    "flags",
    "unverified",
)
_SECTION_REF_KEYS = ("act", "section", "act_only", "unverified")


@dataclass(frozen=True)
class SectionRef:
    """A default section for a reason; ``section == ""`` means the Act as a whole (POCSO, ITPA)."""

    act: Act
    section: str
    unverified: bool = False

    @property
    def act_only(self) -> bool:
        """True when the reference names the whole Act rather than one section."""
        return self.section == ""

    @property
    def citation(self) -> str:
        """``"BNS 137(2)"``, or just ``"POCSO"`` for a whole Act."""
        return self.act.value if self.act_only else f"{self.act.value} {self.section}"


@dataclass(frozen=True)
class Reason:
    """A sub-reason: the leaf code a case stores."""

    code: str
    category_code: str
    label: LocalText
    sections: tuple[SectionRef, ...]
    involuntary: bool | None
    exploitation_type: ExploitationType | None
    flags: frozenset[str]
    unverified: bool = False

    def has_flag(self, flag: str) -> bool:
        """Whether the reason carries ``flag`` (one of :data:`REASON_FLAGS`)."""
        return flag in self.flags

    @property
    def is_sexual_offence(self) -> bool:
        """Sexual-offence reasons block posters and press notes (POCSO s.23, BNS s.72)."""
        return FLAG_SEXUAL_OFFENCE in self.flags

    @property
    def is_trafficking(self) -> bool:
        """Trafficking reasons call for an immediate AHTU transfer."""
        return FLAG_TRAFFICKING in self.flags

    @property
    def is_high_risk(self) -> bool:
        """Reasons that should push the risk grade to High."""
        return FLAG_HIGH_RISK in self.flags


@dataclass(frozen=True)
class ReasonCategory:
    """A top-level category (``"1"`` … ``"8"``) and its sub-reasons."""

    code: str
    label: LocalText
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Taxonomy:
    """The versioned taxonomy, with lookups by code."""

    version: str
    categories: tuple[ReasonCategory, ...]
    _reasons: MappingProxyType[str, Reason] = field(init=False, repr=False, compare=False)
    _categories: MappingProxyType[str, ReasonCategory] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        reasons = {r.code: r for c in self.categories for r in c.reasons}
        categories = {c.code: c for c in self.categories}
        object.__setattr__(self, "_reasons", MappingProxyType(reasons))
        object.__setattr__(self, "_categories", MappingProxyType(categories))

    def reason(self, code: str) -> Reason:
        """The reason with ``code``; raises KeyError for an unknown code."""
        try:
            return self._reasons[code]
        except KeyError:
            raise KeyError(f"no reason {code!r} in taxonomy {self.version}") from None

    def has_reason(self, code: str) -> bool:
        """Whether ``code`` is a reason (leaf) code of this taxonomy."""
        return code in self._reasons

    def category(self, code: str) -> ReasonCategory:
        """The category with ``code``; raises KeyError for an unknown code."""
        try:
            return self._categories[code]
        except KeyError:
            raise KeyError(f"no reason category {code!r} in taxonomy {self.version}") from None

    def all_reasons(self) -> tuple[Reason, ...]:
        """Every reason, in file order."""
        return tuple(self._reasons.values())


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Load and check the taxonomy; the bundled file (``path=None``) is read once."""
    if path is None:
        return _load_default()
    return _parse(path)


@functools.cache
def _load_default() -> Taxonomy:
    return _parse(resource_path("taxonomy", "reasons.json"))


def unknown_section_refs(taxonomy: Taxonomy, table: SectionTable) -> tuple[str, ...]:
    """Describe every section a reason names that ``table`` does not list.

    Whole-Act references only need the Act to exist, which every :class:`Act` member does.
    An empty result means the two files agree.
    """
    problems: list[str] = []
    for reason in taxonomy.all_reasons():
        for ref in reason.sections:
            if not ref.act_only and table.find(ref.act, ref.section) is None:
                problems.append(f"reason {reason.code}: {ref.citation} is not in the section table")
    return tuple(problems)


def _parse(path: Path) -> Taxonomy:
    top = read_json_object(path)
    check_keys(top, _TOP_KEYS, str(path))
    version = expect_text(top, "version", str(path))
    categories: list[ReasonCategory] = []
    seen: set[str] = set()
    reason_codes: set[str] = set()
    for index, raw in enumerate(expect_list(top, "categories", str(path))):
        where = f"{path}, categories[{index}]"
        obj = expect_object(raw, where)
        code = expect_text(obj, "code", where)
        where = f"{path}, category {code}"
        check_keys(obj, _CATEGORY_KEYS, where)
        if not _CATEGORY_CODE.fullmatch(code):
            raise ReferenceDataError(f"{where}: a category code is a number such as '1'")
        if code in seen:
            raise ReferenceDataError(f"{where}: code used twice")
        seen.add(code)
        reasons = tuple(
            _parse_reason(item, path, code, reason_codes, position)
            for position, item in enumerate(expect_list(obj, "reasons", where))
        )
        if not reasons:
            raise ReferenceDataError(
                f"{where}: has no reasons (a case stores a sub-reason code, so every "
                "category needs at least one)"
            )
        label = LocalText.from_json(obj.get("label"), f"{where}, label")
        categories.append(ReasonCategory(code=code, label=label, reasons=reasons))
    if DEFAULT_REASON not in reason_codes:
        raise ReferenceDataError(f"{path}: the default reason {DEFAULT_REASON} is missing")
    return Taxonomy(version=version, categories=tuple(categories))


def _parse_reason(raw: object, path: Path, category: str, seen: set[str], position: int) -> Reason:
    where = f"{path}, category {category}, reasons[{position}]"
    obj = expect_object(raw, where)
    code = expect_text(obj, "code", where)
    where = f"{path}, reason {code}"
    check_keys(obj, _REASON_KEYS, where)
    match = _REASON_CODE.fullmatch(code)
    if match is None or match.group(1) != category:
        raise ReferenceDataError(
            f"{where}: a reason code is 'Category.Sub' under its category ({category}.N)"
        )
    if code in seen:
        raise ReferenceDataError(f"{where}: code used twice")
    seen.add(code)

    flags = expect_list(obj, "flags", where, required=False)
    for flag in flags:
        if not isinstance(flag, str) or flag not in REASON_FLAGS:
            allowed = ", ".join(sorted(REASON_FLAGS))
            raise ReferenceDataError(f"{where}: unknown flag {flag!r} (allowed: {allowed})")

    return Reason(
        code=code,
        category_code=category,
        label=LocalText.from_json(obj.get("label"), f"{where}, label"),
        sections=tuple(
            _parse_section_ref(item, f"{where}, sections[{n}]")
            for n, item in enumerate(expect_list(obj, "sections", where, required=False))
        ),
        involuntary=_optional_bool(obj, "involuntary", where),
        exploitation_type=_exploitation(obj.get("exploitation_type"), where),
        flags=frozenset(str(flag) for flag in flags),
        unverified=expect_bool(obj, "unverified", where, default=False),
    )


def _parse_section_ref(raw: object, where: str) -> SectionRef:
    obj = expect_object(raw, where)
    check_keys(obj, _SECTION_REF_KEYS, where)
    act = parse_act(obj.get("act"), where)
    section = expect_text(obj, "section", where, allow_empty=True).strip()
    act_only = expect_bool(obj, "act_only", where, default=False)
    if act_only and section:
        raise ReferenceDataError(f"{where}: 'act_only' needs an empty 'section'")
    if not act_only and not section:
        raise ReferenceDataError(
            f"{where}: 'section' is empty; for the Act as a whole add \"act_only\": true"
        )
    return SectionRef(
        act=act,
        section=section,
        unverified=expect_bool(obj, "unverified", where, default=False),
    )


def _optional_bool(obj: dict[str, object], key: str, where: str) -> bool | None:
    value = obj.get(key)
    if value is None or isinstance(value, bool):
        return value
    raise ReferenceDataError(f"{where}: {key!r} must be true, false or null, found {value!r}")


def _exploitation(value: object, where: str) -> ExploitationType | None:
    if value is None:
        return None
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return ExploitationType(value)
    except ValueError:
        known = ", ".join(member.value for member in ExploitationType)
        raise ReferenceDataError(
            f"{where}: unknown exploitation_type {value!r} (known: {known}, or null)"
        ) from None
