"""The bad-input catalogue (reliability-reference §6): one test per row, inputs in
tests/data/bad_inputs.json, binary fixtures made here at run time."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import sqlite3
import struct
import zipfile
import zlib
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from openpyxl import Workbook
from PIL import Image

from desktop.cli_support import read_photos
from models.db import Database, open_database, parse_target
from models.dto.cases import CaseFilter, CaseInput, PhotoInput
from models.dto_codec import from_json, to_json
from models.errors import DatabaseFileError, StaleEdit, ValidationFailed
from models.packages.archive import ArchiveRefused, Limits, read_archive
from models.partial_date import DateProblem, PartialDate
from models.photos import PhotoRejected, normalise_photo
from models.services import Services
from models.text import search_key
from reports.spreadsheet_safe import safe_csv_cell, xlsx_cell
from reports.text import para
from tests.conftest import FIXED_NOW, People
from tests.factories import adult_case, at, child_case, child_person
from tests.security.conftest import audit_count, case_count

DATA = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "bad_inputs.json").read_text("utf-8")
)
IST = ZoneInfo("Asia/Kolkata")


def _problem_fields(err: ValidationFailed) -> set[str]:
    return {p.field for p in err.problems if p.is_error}


# -- row: impossible, ambiguous and two-digit dates ----------------------------------------------


def test_dates_only_in_explicit_forms_never_guessed(svc: Services, people: People) -> None:
    for text in DATA["dates"]["desk_form_refused"]:
        with pytest.raises(DateProblem):
            PartialDate.parse_indian(text)
    for text, iso in DATA["dates"]["desk_form_read_day_first"].items():
        assert PartialDate.parse_indian(text).iso() == iso  # DD-MM, never MM-DD
    case_json = to_json(child_case(), zone=IST)
    for text in DATA["dates"]["iso_json_refused"]:
        case_json["person"]["date_of_birth"] = text
        with pytest.raises(ValidationFailed) as err:
            svc.cases.register_case(people.writer, from_json(CaseInput, case_json, zone=IST))
        assert "person.date_of_birth" in _problem_fields(err.value), text


# -- row: future dates, reported before missing ------------------------------------------------


def test_future_dates_and_report_before_disappearance_are_refused(
    svc: Services, people: People
) -> None:
    rules = DATA["future_and_order"]
    tomorrow = (FIXED_NOW + timedelta(days=rules["date_of_birth_days_ahead"])).date().isoformat()
    base = child_case()
    bad = [
        (
            dataclasses.replace(base, person=child_person(date_of_birth=tomorrow)),
            "person.date_of_birth",
        ),
        (
            dataclasses.replace(
                base,
                circumstances=dataclasses.replace(
                    base.circumstances, last_seen_at=at(-rules["last_seen_hours_ahead"])
                ),
            ),
            "circumstances.last_seen_at",
        ),
        (
            dataclasses.replace(
                base,
                circumstances=dataclasses.replace(
                    base.circumstances,
                    last_seen_at=base.report.reported_at
                    + timedelta(hours=rules["last_seen_hours_after_report"]),
                ),
            ),
            "circumstances.last_seen_at",
        ),
    ]
    audits = audit_count(svc.db)
    for data, field in bad:
        with pytest.raises(ValidationFailed) as err:
            svc.cases.register_case(people.writer, data)
        assert field in _problem_fields(err.value)
    assert audit_count(svc.db) == audits and case_count(svc.db) == 0


# -- row: age against date of birth, unknown date of birth --------------------------------------


def test_age_mismatch_warns_and_no_date_of_birth_is_ever_invented(
    svc: Services, people: People
) -> None:
    ages = DATA["ages"]
    mismatch = child_case(
        person=child_person(
            date_of_birth=ages["date_of_birth"],
            age_min=ages["stated_age_not_matching"],
            age_max=ages["stated_age_not_matching"],
        )
    )
    saved = svc.cases.register_case(people.writer, mismatch)
    assert any(w.field == "person.age_min" for w in saved.warnings)
    assert saved.value.person.date_of_birth == ages["date_of_birth"]
    low, high = ages["age_range_without_date_of_birth"]
    unknown = child_case(person=child_person(date_of_birth=None, age_min=low, age_max=high))
    stored = svc.cases.register_case(people.writer, unknown).value
    assert stored.person.date_of_birth is None  # the range is kept, never a made-up date
    assert (stored.person.age_min, stored.person.age_max) == (low, high)
    assert stored.is_child  # 16–19 may be under 18: the child rules apply


# -- row: Unicode names -------------------------------------------------------------------------


def _name_saved(svc: Services, people: People, name: str) -> str:
    data = adult_case(person=dataclasses.replace(adult_case().person, names=(name,)))
    return svc.cases.register_case(people.writer, data).value.person.names[0]


def test_names_are_normalised_and_hidden_direction_controls_refused(
    svc: Services, people: People
) -> None:
    names = DATA["unicode_names"]
    for name in names["refused_bidi"]:
        with pytest.raises(ValidationFailed, match="direction"):
            _name_saved(svc, people, name)
    for group in ("zero_width_space_removed", "joiner_dropped_elsewhere", "stray_spaces"):
        for typed, stored in names[group].items():
            assert _name_saved(svc, people, typed) == stored, group
    for typed, stored in names["nfd_becomes_nfc"].items():
        assert _name_saved(svc, people, typed) == stored
    conjunct = names["joiner_kept_between_indic_letters"]
    assert _name_saved(svc, people, conjunct) == conjunct  # the joiner shapes the conjunct
    plain, joined = names["duplicates_by_search_key"]
    assert search_key(plain) == search_key(joined)
    _name_saved(svc, people, joined)
    found = svc.register.page_cases(people.sho, CaseFilter(text=plain)).rows
    assert any(joined in r.name for r in found)


# -- row: photos --------------------------------------------------------------------------------


def _gps_jpeg() -> bytes:
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    lat = DATA["photos"]["gps_latitude"]
    exif[0x8825] = {1: "N", 2: tuple(float(v) for v in lat), 3: "E", 4: (72.0, 51.0, 0.0)}
    exif[0x010F] = "PhoneMaker"
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def _bomb_png() -> bytes:
    """A tiny file claiming an enormous picture (Pillow would allocate gigabytes)."""
    width, height = DATA["photos"]["bomb_png_pixels"]

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_photos_capped_sniffed_bomb_refused_and_exif_stripped(
    svc: Services, people: People, tmp_path: Path
) -> None:
    photos = DATA["photos"]
    big = tmp_path / "big.jpg"
    with big.open("wb") as fh:
        fh.write(b"\xff\xd8\xff\xe0")
        fh.truncate(photos["oversized_megabytes"] * 1024 * 1024)
    with pytest.raises(Exception, match="MB"):  # refused by size before a byte is read
        read_photos((PhotoInput(file=big.name),), tmp_path)
    with pytest.raises(PhotoRejected, match="MB"):
        normalise_photo(b"\xff\xd8\xff" + bytes(photos["oversized_megabytes"] * 1024 * 1024))
    exe = bytes.fromhex(photos["renamed_executable_head_hex"]) + os.urandom(2048)
    with pytest.raises(PhotoRejected, match="not a JPEG"):
        normalise_photo(exe, name="photo.jpg")
    with pytest.raises(PhotoRejected, match="exhaust memory|too large"):
        normalise_photo(_bomb_png())
    tagged = _gps_jpeg()
    assert b"PhoneMaker" in tagged
    clean = normalise_photo(tagged)
    with Image.open(io.BytesIO(clean.jpeg)) as stored:
        assert not stored.getexif() and 0x8825 not in stored.getexif()
    assert b"PhoneMaker" not in clean.jpeg and b"Exif" not in clean.jpeg
    # Through the service, a bad photo refuses the whole save and writes nothing.
    audits = audit_count(svc.db)
    with pytest.raises(ValidationFailed):
        svc.cases.register_case(people.writer, child_case(photos=(PhotoInput(data=exe),)))
    assert audit_count(svc.db) == audits


# -- row: spreadsheet formula cells -------------------------------------------------------------


def test_spreadsheet_cells_never_become_formulas(tmp_path: Path) -> None:
    cells = DATA["spreadsheet_formula_cells"]
    for value in cells:
        assert str(safe_csv_cell(value)).startswith("'")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row, value in enumerate(cells, start=1):
        xlsx_cell(sheet.cell(row=row, column=1), value)
    path = tmp_path / "out.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in xml and "<f " not in xml


# -- row: markup in PDF text --------------------------------------------------------------------


def test_pdf_text_is_escaped_before_reportlab_sees_it() -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    for text in DATA["pdf_markup"]:
        markup = para(text)
        assert "<" not in markup.replace("<br/>", "")
        flowable = Paragraph(markup, getSampleStyleSheet()["Normal"])
        flowable.wrap(400, 400)  # parses the markup; an <img> would try to load the file
        assert text.replace("\n", "") in flowable.getPlainText()


# -- row: archives ------------------------------------------------------------------------------


def _zip(entries: list[tuple[str, bytes]], *, symlink: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in entries:
            z.writestr(name, body)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (0o120777 << 16) | 0
            z.writestr(info, "/etc/passwd")
    return out.getvalue()


def test_archives_with_paths_links_many_entries_or_bombs_are_refused() -> None:
    a = DATA["archives"]
    allowed = {"manifest.json", "payload.bin", "link"}
    hostile = {
        "zip_slip": _zip([(a["zip_slip"], b"x")]),
        "absolute": _zip([(a["absolute"], b"x")]),
        "drive": _zip([(a["drive"], b"x")]),
        "backslash": _zip([(a["backslash"], b"x")]),
        "symlink": _zip([], symlink="link"),
        "many": _zip([(f"f{i}.txt", b"") for i in range(a["too_many_entries"])]),
        "ratio": _zip([("payload.bin", bytes(a["ratio_bytes"]))]),
    }
    limits = Limits(max_entry_bytes=64 * 1024 * 1024, max_total_bytes=64 * 1024 * 1024)
    for kind, data in hostile.items():
        with pytest.raises(ArchiveRefused):
            read_archive(data, allowed, limits)
        assert not Path("outside.txt").exists(), kind
    assert read_archive(_zip([("manifest.json", b"{}")]), allowed) == {"manifest.json": b"{}"}


# -- row: search strings ------------------------------------------------------------------------


def test_search_strings_are_literal(svc: Services, people: People) -> None:
    for name in ("Asha 100% Kale", "Ravi a_b More", "Sunil Jadhav"):
        svc.cases.register_case(
            people.writer,
            adult_case(person=dataclasses.replace(adult_case().person, names=(name,))),
        )
    # Names are found by their letters: a wildcard, a quote or SQL is text that fits no name,
    # never every name, and is never run.
    for text in DATA["search_strings"]:
        rows = svc.register.page_cases(people.sho, CaseFilter(text=text)).rows
        assert rows == (), text
    assert [r.name for r in svc.register.page_cases(people.sho, CaseFilter(text="Asha")).rows] == [
        "Asha 100% Kale"
    ]
    assert case_count(svc.db) == 3  # nothing was dropped


# -- row: garbage, truncated, locked or shared database files -----------------------------------


def test_unusable_database_files_are_refused_in_plain_words(
    sqlite_db: Database, tmp_path: Path
) -> None:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(os.urandom(16384))
    with pytest.raises(DatabaseFileError, match="not a Talash database"):
        open_database(garbage)
    assert sqlite_db.target.sqlite_path is not None
    sqlite_db.dispose()
    whole = sqlite_db.target.sqlite_path.read_bytes()
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(DatabaseFileError):
        open_database(truncated)
    for share in DATA["database_files"][3:]:
        with pytest.raises(DatabaseFileError, match="network share"):
            parse_target(share)
    locked = sqlite3.connect(sqlite_db.target.sqlite_path)
    locked.execute("PRAGMA locking_mode = EXCLUSIVE")
    locked.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseFileError, match="in use|locked"):
            _quick_open(sqlite_db.target.sqlite_path)
    finally:
        locked.rollback()
        locked.close()


def _quick_open(path: Path) -> Any:
    from models import db as dbmod

    old = dbmod.BUSY_TIMEOUT_MS
    dbmod.BUSY_TIMEOUT_MS = 100
    try:
        return open_database(path)
    finally:
        dbmod.BUSY_TIMEOUT_MS = old


# -- row: two desks, one case -------------------------------------------------------------------


def test_two_desks_editing_one_case(svc: Services, people: People) -> None:
    case = svc.cases.register_case(people.writer, child_case()).value
    start = svc.cases.case_detail(people.io, case.register_no)
    first = dataclasses.replace(
        start.as_input(),
        circumstances=dataclasses.replace(start.circumstances, last_seen_place="Dadar TT"),
    )
    svc.cases.update_case(people.sho, case.register_no, first, start.version)
    second = dataclasses.replace(
        start.as_input(),
        circumstances=dataclasses.replace(start.circumstances, last_seen_place="Sion"),
    )
    with pytest.raises(StaleEdit) as err:
        svc.cases.update_case(people.io, case.register_no, second, start.version)
    assert err.value.changed_by
    kept = svc.cases.case_detail(people.sho, case.register_no)
    assert kept.circumstances.last_seen_place == "Dadar TT"


# -- hostile inputs at the command line: a plain refusal (exit 1), never an internal error -------


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def _case_text(**circumstances: Any) -> str:
    data = to_json(child_case(), zone=IST)
    data["circumstances"].update(circumstances)
    return json.dumps(data, ensure_ascii=False)


def _with_key_twice() -> str:
    text = _case_text()
    # The same key again at the top of the object: json.loads would keep the last one.
    return text.replace('{"report"', '{"report": {}, "report"', 1)


def _hostile_xlsx(kind: str) -> bytes:
    """A workbook whose sheet declares entities: nine levels of ten (a billion laughs), or one
    that names a file of the computer (an external entity)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date of report", "Name of missing person"])
    sheet.append(["05-03-2024", "Sunita Kamble"])
    plain = io.BytesIO()
    book.save(plain)
    levels = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    dtd = {
        "billion_laughs": f'<!DOCTYPE w [<!ENTITY l0 "lol">{levels}]>',
        "external_entity": '<!DOCTYPE w [<!ENTITY l9 SYSTEM "file:///etc/passwd">]>',
    }[kind]
    out = io.BytesIO()
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = f'<?xml version="1.0"?>{dtd}'.encode() + body.replace(
                    b"<is><t>", b"<is><t>&l9;", 1
                )
            dst.writestr(info.filename, body)
    return out.getvalue()


def _big_csv_cell() -> bytes:
    header = "Date of report,Name of missing person\n"
    return (header + "05-03-2024," + "A" * (129 * 1024) + "\n").encode()


MAPPING = {
    "format": "talash-register-mapping",
    "version": 1,
    "columns": {"reported_on": "Date of report", "name": "Name of missing person"},
}


def _hostile_rows(folder: Path) -> list[tuple[str, list[str]]]:
    """(what, the verb and its arguments); each file it names is written into ``folder``."""
    files: dict[str, bytes | str] = {
        "deep.json": _nested(100_000),
        "huge-number.json": _case_text(previous_episodes="§"),
        "key-twice.json": _with_key_twice(),
        "photo-is-a-device.json": json.dumps(
            {**json.loads(_case_text()), "photos": [{"file": "/dev/zero"}]}
        ),
        "mapping.json": json.dumps(MAPPING),
        "deep-mapping.json": _nested(50_000),
        "laughs.xlsx": _hostile_xlsx("billion_laughs"),
        "external.xlsx": _hostile_xlsx("external_entity"),
        "big-cell.csv": _big_csv_cell(),
    }
    for name, body in files.items():
        path = folder / name
        if isinstance(body, str):
            # 10^30 written as digits: no JSON library call on our side can make it.
            path.write_text(body.replace('"§"', "1" + "0" * 30), encoding="utf-8")
        else:
            path.write_bytes(body)
    f = str(folder)
    return [
        ("JSON nested 100,000 deep", ["case", "add", f"{f}/deep.json"]),
        ("previous_episodes: 10^30", ["case", "add", f"{f}/huge-number.json"]),
        ("a key given twice", ["case", "add", f"{f}/key-twice.json"]),
        ("/dev/zero as a case file", ["case", "add", "/dev/zero"]),
        ("/dev/zero as a photo", ["case", "add", f"{f}/photo-is-a-device.json"]),
        (
            "/dev/zero as an import",
            ["import", "register", "/dev/zero.csv", "--mapping", f"{f}/mapping.json"],
        ),
        (
            "/dev/zero as a mapping",
            ["import", "register", f"{f}/big-cell.csv", "--mapping", "/dev/zero"],
        ),
        (
            "XLSX billion laughs",
            ["import", "register", f"{f}/laughs.xlsx", "--mapping", f"{f}/mapping.json"],
        ),
        (
            "XLSX external entity",
            ["import", "register", f"{f}/external.xlsx", "--mapping", f"{f}/mapping.json"],
        ),
        (
            "a mapping nested 50,000 deep",
            ["import", "register", f"{f}/big-cell.csv", "--mapping", f"{f}/deep-mapping.json"],
        ),
        (
            "a CSV cell over 128 KB",
            ["import", "register", f"{f}/big-cell.csv", "--mapping", f"{f}/mapping.json"],
        ),
        ("a 100,000-character search", ["case", "list", "--search", "Priya" * 20_000]),
        ("a 100,000-character search verb", ["search", "Priya" * 20_000]),
        (
            "a policy value nested 50,000 deep",
            ["policy", "set", f"cwc_production_hours={_nested(50_000)}"],
        ),
        ("a policy number beyond any", ["policy", "set", "cwc_production_hours=1e999"]),
        ("a negative audit limit", ["audit", "list", "--limit", "-5"]),
        ("a negative case limit", ["case", "list", "--limit", "-1"]),
        ("a negative search limit", ["search", "Priya", "--limit", "-1"]),
    ]


def test_hostile_inputs_at_the_command_line_end_in_plain_refusals(
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.cli import run
    from tests.security.test_cli_security import station

    register = station(sqlite_db, tmp_path, monkeypatch)
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    folder = tmp_path / "hostile"
    folder.mkdir()
    rows = _hostile_rows(folder)
    target = open_database(register)
    try:
        cases_before, audits_before = case_count(target), audit_count(target)
    finally:
        target.dispose()
    # /dev/zero.csv does not exist; the import names the device through a link instead.
    (folder / "zero.csv").symlink_to("/dev/zero")
    outcomes = {}
    for what, argv in rows:
        argv = [a.replace("/dev/zero.csv", str(folder / "zero.csv")) for a in argv]
        code = run(["--as", "pi.shinde", *argv])
        err = capsys.readouterr().err
        outcomes[what] = (code, err.strip().splitlines()[-1:] if err else [])
    bad = {what: got for what, got in outcomes.items() if got[0] != 1 or "internal" in str(got)}
    assert bad == {}
    target = open_database(register)
    try:
        assert case_count(target) == cases_before  # nothing stored
        # Only logons (and the refused imports' own audit, if any) were added: no case event.
        with target.read() as s:
            from sqlalchemy import select

            from models.entities import AuditEvent

            actions = s.scalars(
                select(AuditEvent.action).where(AuditEvent.id > audits_before)
            ).all()
        assert not [a for a in actions if a.startswith("case.")], actions
    finally:
        target.dispose()


def test_files_read_before_their_signature_are_parsed_within_bounds() -> None:
    """A package's manifest, a public-key file and a match notice are read before any signature
    is checked: nested 50,000 deep or with a key twice, each is refused as what it is."""
    from models.packages.keys import KeyProblem, PublicKeyInfo
    from models.packages.match_notice import NoticeRefused, read_notice
    from models.packages.package import PackageRefused, read_manifest

    deep = _nested(50_000).encode()
    twice = b'{"format": "talash-public-key", "format": "talash-public-key"}'
    for body in (deep, twice):
        with pytest.raises(KeyProblem):
            PublicKeyInfo.from_file(body, expected_kind="station-signing")
        with pytest.raises(NoticeRefused):
            read_notice(body, trusted_key_id="k", trusted_public=b"\0" * 32)
        package = io.BytesIO()
        with zipfile.ZipFile(package, "w") as z:
            z.writestr("manifest.json", body)
            z.writestr("manifest.sig", b"x")
        with pytest.raises(PackageRefused):
            read_manifest(package.getvalue())
