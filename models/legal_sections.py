"""The Acts and sections a missing-person FIR may invoke (resources/legal/sections.json).

The table answers both directions of the 2024 change of codes: a BNS row lists the IPC sections it
replaced (``ipc``), and an IPC row points to its BNS successor(s) (``bns``). BNSS rows note the CrPC
section they replaced (``crpc``). Rows whose text or mapping was not checked against the statute
carry ``unverified`` and must be confirmed by the legal cell before anyone relies on them.

``identity_protected`` (on an Act, for all its sections, or on one section) marks the provisions
whose victims the law keeps out of public view: POCSO s.23, BNS s.72 for the sexual offences, JJ
Act s.74 and the trafficking provisions. A case that invokes any of them is sensitive
(models/rules/sensitivity.py).

Section numbers are compared without spaces and without regard to letter case, so ``"137 (2)"``,
``"137(2)"`` and ``"363a"`` / ``"363A"`` find the same rows.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from models.enums import Act
from models.localtext import (
    LocalText,
    ReferenceDataError,
    check_keys,
    expect_bool,
    expect_list,
    expect_object,
    expect_text,
    expect_text_list,
    read_json_object,
)
from models.resource_files import resource_path

_TOP_KEYS = ("version", "note", "acts", "sections")
_ACT_KEYS = ("code", "title", "sexual_offence", "trafficking", "identity_protected")
_SECTION_KEYS = (
    "act",
    "section",
    "title",
    "ipc",
    "bns",
    "crpc",
    "kidnapping",
    "sexual_offence",
    "trafficking",
    "identity_protected",
    "unverified",
    "source",
)


def section_key(section: str) -> str:
    """The form in which section numbers are compared: no whitespace, case-folded."""
    return "".join(section.split()).casefold()


@dataclass(frozen=True)
class LegalAct:
    """An Act, with the flags that apply to every section of it."""

    code: Act
    title: LocalText
    sexual_offence: bool
    trafficking: bool
    identity_protected: bool = False


@dataclass(frozen=True)
class LegalSection:
    """One section of one Act.

    ``ipc`` (on BNS rows) lists the IPC sections it replaced; ``bns`` (on IPC rows) lists the BNS
    sections that replaced it; ``crpc`` (on BNSS rows) the CrPC sections it replaced. ``source``
    keeps the verification tag and source from the domain reference, e.g. ``"V emunshi"``.
    """

    act: Act
    section: str
    title: LocalText
    ipc: tuple[str, ...]
    bns: tuple[str, ...]
    kidnapping: bool
    sexual_offence: bool
    trafficking: bool
    unverified: bool
    source: str
    crpc: tuple[str, ...] = ()
    identity_protected: bool = False

    @property
    def key(self) -> tuple[Act, str]:
        """The lookup key: Act and normalised section number."""
        return (self.act, section_key(self.section))

    @property
    def citation(self) -> str:
        """The short citation printed on an FIR, e.g. ``"BNS 137(2)"``."""
        return f"{self.act.value} {self.section}"


@dataclass(frozen=True)
class SectionTable:
    """The versioned section table, with lookups in both directions."""

    version: str
    acts: tuple[LegalAct, ...]
    sections: tuple[LegalSection, ...]
    _by_key: MappingProxyType[tuple[Act, str], LegalSection] = field(
        init=False, repr=False, compare=False
    )
    _acts_by_code: MappingProxyType[Act, LegalAct] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_key = {row.key: row for row in self.sections}
        acts = {act.code: act for act in self.acts}
        object.__setattr__(self, "_by_key", MappingProxyType(by_key))
        object.__setattr__(self, "_acts_by_code", MappingProxyType(acts))

    def find(self, act: Act, section: str) -> LegalSection | None:
        """The row for ``act`` and ``section``, or None when the table does not list it."""
        return self._by_key.get((Act(act), section_key(section)))

    def act(self, code: Act) -> LegalAct:
        """The Act entry for ``code`` (every member of :class:`Act` has one)."""
        return self._acts_by_code[Act(code)]

    def bns_for_ipc(self, ipc: str) -> tuple[LegalSection, ...]:
        """The BNS sections that replaced IPC section ``ipc`` (empty when none is known)."""
        wanted = section_key(ipc)
        return tuple(
            row
            for row in self.sections
            if row.act is Act.BNS and any(section_key(old) == wanted for old in row.ipc)
        )

    def ipc_for_bns(self, bns: str) -> tuple[LegalSection, ...]:
        """The IPC sections that BNS section ``bns`` replaced (empty when none is known)."""
        row = self.find(Act.BNS, bns)
        if row is None:
            return ()
        return tuple(found for old in row.ipc if (found := self.find(Act.IPC, old)) is not None)

    def is_identity_protected(self, act: Act, section: str) -> bool:
        """Whether the law keeps the victim's identity out of public view under this section,
        or under every section of its Act (POCSO, ITPA); unknown sections are not."""
        row = self.find(act, section)
        return self.act(act).identity_protected or (row is not None and row.identity_protected)

    def is_kidnapping(self, act: Act, section: str) -> bool:
        """Whether the section is a kidnapping or abduction provision; unknown sections are not."""
        row = self.find(act, section)
        return row is not None and row.kidnapping

    def is_sexual_offence(self, act: Act, section: str) -> bool:
        """Whether the section, or its whole Act (POCSO), concerns a sexual offence."""
        row = self.find(act, section)
        return self.act(act).sexual_offence or (row is not None and row.sexual_offence)

    def is_trafficking(self, act: Act, section: str) -> bool:
        """Whether the section, or its whole Act (ITPA), concerns trafficking."""
        row = self.find(act, section)
        return self.act(act).trafficking or (row is not None and row.trafficking)


def load_sections(path: Path | None = None) -> SectionTable:
    """Load and check the section table; the bundled file (``path=None``) is read once."""
    if path is None:
        return _load_default()
    return _parse(path)


@functools.cache
def _load_default() -> SectionTable:
    return _parse(resource_path("legal", "sections.json"))


def parse_act(value: object, where: str) -> Act:
    """Read an Act code such as ``"BNS"``."""
    if value is None:
        raise ReferenceDataError(f"{where}: missing 'act'")
    if not isinstance(value, str):
        raise ReferenceDataError(f"{where}: an act code is text such as 'BNS', found {value!r}")
    try:
        return Act(value)
    except ValueError:
        known = ", ".join(member.value for member in Act)
        raise ReferenceDataError(f"{where}: unknown act {value!r} (known: {known})") from None


def _parse(path: Path) -> SectionTable:
    top = read_json_object(path)
    check_keys(top, _TOP_KEYS, str(path))
    version = expect_text(top, "version", str(path))

    acts: list[LegalAct] = []
    for index, raw in enumerate(expect_list(top, "acts", str(path))):
        where = f"{path}, acts[{index}]"
        obj = expect_object(raw, where)
        code = parse_act(obj.get("code"), where)
        where = f"{path}, act {code.value}"
        check_keys(obj, _ACT_KEYS, where)
        if any(act.code is code for act in acts):
            raise ReferenceDataError(f"{where}: listed twice")
        acts.append(
            LegalAct(
                code=code,
                title=LocalText.from_json(obj.get("title"), f"{where}, title"),
                sexual_offence=expect_bool(obj, "sexual_offence", where, default=False),
                trafficking=expect_bool(obj, "trafficking", where, default=False),
                identity_protected=expect_bool(obj, "identity_protected", where, default=False),
            )
        )
    missing = [member.value for member in Act if all(act.code is not member for act in acts)]
    if missing:
        raise ReferenceDataError(f"{path}, acts: no entry for {', '.join(missing)}")

    sections: list[LegalSection] = []
    seen: set[tuple[Act, str]] = set()
    for index, raw in enumerate(expect_list(top, "sections", str(path))):
        row = _parse_section(raw, path, index)
        if row.key in seen:
            raise ReferenceDataError(f"{path}, section {row.citation}: listed twice")
        seen.add(row.key)
        sections.append(row)

    # An IPC row's pointer must name a BNS row that lists it back, so both directions agree.
    for row in sections:
        for new in row.bns:
            target = (Act.BNS, section_key(new))
            partner = next((other for other in sections if other.key == target), None)
            where = f"{path}, section {row.citation}"
            if partner is None:
                raise ReferenceDataError(f"{where}: points to BNS {new}, which the table lacks")
            if section_key(row.section) not in {section_key(old) for old in partner.ipc}:
                raise ReferenceDataError(
                    f"{where}: points to BNS {new}, whose 'ipc' list does not name it"
                )
    return SectionTable(version=version, acts=tuple(acts), sections=tuple(sections))


def _parse_section(raw: object, path: Path, index: int) -> LegalSection:
    where = f"{path}, sections[{index}]"
    obj = expect_object(raw, where)
    act = parse_act(obj.get("act"), where)
    number = expect_text(obj, "section", where)
    where = f"{path}, section {act.value} {number}"
    check_keys(obj, _SECTION_KEYS, where)
    ipc = expect_text_list(obj, "ipc", where)
    bns = expect_text_list(obj, "bns", where)
    crpc = expect_text_list(obj, "crpc", where)
    if ipc and act is Act.IPC:
        raise ReferenceDataError(f"{where}: an IPC row points to BNS with 'bns', not 'ipc'")
    if bns and act is not Act.IPC:
        raise ReferenceDataError(f"{where}: only IPC rows may carry 'bns' pointers")
    return LegalSection(
        act=act,
        section=number.strip(),
        title=LocalText.from_json(obj.get("title"), f"{where}, title"),
        ipc=ipc,
        bns=bns,
        kidnapping=expect_bool(obj, "kidnapping", where, default=False),
        sexual_offence=expect_bool(obj, "sexual_offence", where, default=False),
        trafficking=expect_bool(obj, "trafficking", where, default=False),
        unverified=expect_bool(obj, "unverified", where),
        source=expect_text(obj, "source", where),
        crpc=crpc,
        identity_protected=expect_bool(obj, "identity_protected", where, default=False),
    )
