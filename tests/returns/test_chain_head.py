"""The weekly package carries the station's audit-chain head and the link HQ checks it by: HQ
flags (imports with a warning, lists and audits) a station whose chain no longer extends the head
HQ holds from its previous package. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from models import audit
from models.audit import canonical_json
from models.db import Database
from models.entities import AuditEvent, HqPackage
from models.packages import package as pkg
from models.services.hq import (
    CHAIN_EXTENDS,
    CHAIN_FIRST,
    CHAIN_REWRITTEN,
    CHAIN_UNCHECKED,
    IMPORTED,
    REFUSED,
)
from tests.conftest import TEST_PASSWORD
from tests.factories import child_case
from tests.returns.conftest import PASSPHRASE, Hq, Station
from tests.returns.test_packages_and_hq import (
    as_version_2,
    export,
    forged,
    import_bytes,
    rezip,
    small_register,
)


def rewrite_history(db: Database, event_id: int) -> None:
    """What someone with the file or the server does to hide an act: change one event, then
    recompute every later link and the head, so that the chain alone verifies again."""
    with db.read() as s:
        events = list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        s.expunge_all()
    prev = audit.GENESIS_HASH
    rows = []
    for event in events:
        if event.id == event_id:
            event.desk = "another-desk"
        event.prev_hash = prev
        event.hash = audit.link_hash(prev, event)
        prev = event.hash
        rows.append({"i": event.id, "d": event.desk, "p": event.prev_hash, "h": event.hash})
    update = "UPDATE audit_event SET desk = :d, prev_hash = :p, hash = :h WHERE id = :i"
    head = "UPDATE audit_head SET last_hash = :h WHERE id = 1"
    if db.is_sqlite:
        db.dispose()
        assert db.target.sqlite_path is not None
        conn = sqlite3.connect(db.target.sqlite_path)
        conn.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        conn.executemany(update, rows)
        conn.execute(head, {"h": prev})
        conn.commit()
        conn.close()
    else:
        with db.engine.connect() as pg, pg.begin():
            pg.exec_driver_sql("ALTER TABLE audit_event DISABLE TRIGGER USER")
            pg.execute(text(update), rows)
            pg.execute(text(head), {"h": prev})
            pg.exec_driver_sql("ALTER TABLE audit_event ENABLE TRIGGER USER")
    with db.read() as s:
        assert audit.verify_chain(s).ok  # the chain alone no longer shows it


def more_work(station: Station) -> None:
    station.svc.cases.register_case(station.people.writer, child_case())


def chain_of(hq: Hq, seq: int) -> tuple[str | None, str | None]:
    with hq.db.read() as s:
        row = s.scalars(select(HqPackage).where(HqPackage.seq == seq)).one()
        return row.chain_check, row.chain_warning


def flagged_events(hq: Hq) -> list[dict[str, object]]:
    with hq.db.read() as s:
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "hq.chain_rewritten")
        ).all()
        assert all(e.outcome == "flagged" for e in events)
        return [json.loads(e.details) for e in events]


def test_the_package_carries_the_previous_head_as_the_chain_has_it_now(
    station_keys: Station, hq: Hq, tmp_path: Path
) -> None:
    small_register(station_keys)
    first = export(station_keys, tmp_path / "out").path.read_bytes()
    one, _ = pkg.read_manifest(first)
    assert one.format_version == 3 and one.chain_link is None  # nothing sent before it
    more_work(station_keys)
    second = export(station_keys, tmp_path / "out").path.read_bytes()
    two, _ = pkg.read_manifest(second)
    assert two.chain_link == one.audit_chain_head
    assert two.audit_chain_head.event_id > one.audit_chain_head.event_id

    assert import_bytes(hq, first).warning is None
    receipt = import_bytes(hq, second)
    assert receipt.status == IMPORTED and receipt.warning is None, receipt.warning
    assert chain_of(hq, 1) == (CHAIN_FIRST, None)
    assert chain_of(hq, 2) == (CHAIN_EXTENDS, None)
    assert hq.svc.status(hq.clerk).rewritten == ()
    assert flagged_events(hq) == []


def test_a_rewritten_history_is_imported_flagged_listed_and_audited_once(
    station_keys: Station, hq: Hq, tmp_path: Path
) -> None:
    small_register(station_keys)
    first = export(station_keys, tmp_path / "out").path.read_bytes()
    held = pkg.read_manifest(first)[0].audit_chain_head
    assert import_bytes(hq, first).status == IMPORTED
    rewrite_history(station_keys.svc.db, 3)  # an event before the head HQ holds
    more_work(station_keys)
    second = export(station_keys, tmp_path / "out").path.read_bytes()
    link = pkg.read_manifest(second)[0].chain_link
    assert link is not None and link.event_id == held.event_id and link.hash != held.hash

    receipt = import_bytes(hq, second)
    assert receipt.status == IMPORTED  # the week's figures go in, with the warning
    assert receipt.warning is not None and receipt.warning.startswith("History rewritten")
    assert f"package 1, which ended at event {held.event_id}" in receipt.warning
    assert f"event {held.event_id} has another hash now" in receipt.warning
    assert chain_of(hq, 2) == (CHAIN_REWRITTEN, receipt.warning)
    [station] = hq.svc.status(hq.clerk).rewritten
    assert (station.station_code, station.rewritten) == ("MH-MUM-DHR", (2,))
    [details] = flagged_events(hq)
    assert details["seq"] == 2 and details["chain_link"] == held.event_id
    # Importing the same file again changes nothing and still says so.
    again = import_bytes(hq, second)
    assert again.status != REFUSED and again.warning == receipt.warning

    # The next package is checked against the head HQ now holds: no new flag for old news.
    more_work(station_keys)
    third = export(station_keys, tmp_path / "out").path.read_bytes()
    assert import_bytes(hq, third).warning is None
    assert chain_of(hq, 3) == (CHAIN_EXTENDS, None)
    assert len(flagged_events(hq)) == 1
    [station] = hq.svc.status(hq.clerk).stations
    assert station.rewritten == (2,)  # the listing keeps the flag on package 2


def test_a_package_that_does_not_show_the_held_event_is_flagged(
    station_keys: Station, hq: Hq, tmp_path: Path
) -> None:
    small_register(station_keys)
    first = export(station_keys, tmp_path / "out").path.read_bytes()
    held = pkg.read_manifest(first)[0].audit_chain_head
    assert import_bytes(hq, first).status == IMPORTED
    signer = station_keys.store.station_signer(PASSPHRASE)
    common = {"seq": 2, "prev_package_sha256": pkg.sha256_hex(first)}
    no_link = forged(
        station_keys,
        first,
        signer,
        audit_head=pkg.AuditHeadRef(held.event_id + 5, "a" * 64),
        **common,
    )
    receipt = import_bytes(hq, no_link)
    assert receipt.status == IMPORTED and receipt.warning is not None
    assert f"it does not show event {held.event_id} as it was" in receipt.warning


def test_a_shorter_trail_is_flagged(station_keys: Station, hq: Hq, tmp_path: Path) -> None:
    small_register(station_keys)
    first = export(station_keys, tmp_path / "out").path.read_bytes()
    held = pkg.read_manifest(first)[0].audit_chain_head
    assert import_bytes(hq, first).status == IMPORTED
    signer = station_keys.store.station_signer(PASSPHRASE)
    shorter = forged(
        station_keys,
        first,
        signer,
        seq=2,
        prev_package_sha256=pkg.sha256_hex(first),
        audit_head=pkg.AuditHeadRef(held.event_id - 3, held.hash),
        chain_link=held,
    )
    receipt = import_bytes(hq, shorter)
    assert receipt.status == IMPORTED and receipt.warning is not None
    assert f"ends at event {held.event_id - 3}, before event {held.event_id}" in receipt.warning


def test_packages_without_a_chain_link_are_taken_as_before(
    station_keys: Station, hq: Hq, tmp_path: Path
) -> None:
    small_register(station_keys)
    first = as_version_2(export(station_keys, tmp_path / "out").path.read_bytes(), station_keys)
    assert import_bytes(hq, first).status == IMPORTED
    rewrite_history(station_keys.svc.db, 3)
    more_work(station_keys)
    second = export(station_keys, tmp_path / "out").path.read_bytes()
    receipt = import_bytes(hq, as_version_2(second, station_keys, after=first))
    # It cannot show its link: accepted as before, marked as not checked, no warning.
    assert receipt.status == IMPORTED and receipt.warning is None
    assert chain_of(hq, 2) == (CHAIN_UNCHECKED, None)


def test_a_version_2_manifest_with_a_chain_link_is_refused(
    station_keys: Station, hq: Hq, tmp_path: Path
) -> None:
    small_register(station_keys)
    data = export(station_keys, tmp_path / "out").path.read_bytes()
    signer = station_keys.store.station_signer(PASSPHRASE)

    def change(entries: dict[str, bytes]) -> dict[str, bytes]:
        manifest = json.loads(entries["manifest.json"])
        manifest["format_version"] = 2
        body = canonical_json(manifest).encode("utf-8")
        return {**entries, "manifest.json": body, "manifest.sig": signer.sign(body)}

    receipt = import_bytes(hq, rezip(data, change))
    assert receipt.status == REFUSED and receipt.reason == "tampered"


def test_the_command_line_warns_on_import_and_lists_the_flag(
    station_keys: Station,
    hq: Hq,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.__main__ import main

    if hq.db.target.sqlite_path is None:
        pytest.skip("the command line is run once, on SQLite")
    small_register(station_keys)
    assert import_bytes(hq, export(station_keys, tmp_path / "out").path.read_bytes()).ok
    rewrite_history(station_keys.svc.db, 3)
    more_work(station_keys)
    second = export(station_keys, tmp_path / "out").path
    monkeypatch.delenv("TALASH_DB", raising=False)
    monkeypatch.setenv("TALASH_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("TALASH_KEY_PASSPHRASE", PASSPHRASE)
    hq.db.dispose()
    clerk = ["--data-dir", str(tmp_path / "hq"), "--db", str(hq.db.target.sqlite_path)]
    clerk += ["--as", "clerk.joshi", "hq"]

    assert main([*clerk, "import", str(second)]) == 0  # taken: the flag is not a refusal
    out = capsys.readouterr().out
    assert f"IMPORTED  {second.name}" in out
    assert f"WARNING   {second.name}: History rewritten: the audit trail of MH-MUM-DHR" in out
    assert main([*clerk, "status"]) == 0
    out = capsys.readouterr().out
    assert "HISTORY REWRITTEN (package 2)" in out
    assert "Audit trail rewritten since an earlier package" in out
    assert "MH-MUM-DHR (package 2)" in out
