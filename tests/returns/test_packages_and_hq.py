"""Signed return packages from station to HQ: what HQ accepts, what it refuses and why."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import signal
import subprocess
import sys
import zipfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from models.audit import canonical_json
from models.clock import FixedClock
from models.db import Database
from models.dto.returns import ReturnDocument
from models.entities import HqAnnexRow, HqPackage, HqReturnCell, ReturnExport
from models.enums import Sex
from models.errors import RuleViolation
from models.jobs import Cancelled, Job
from models.packages import package as pkg
from models.packages.keys import KeyProblem, KeyStore, StationSigner
from models.services.hq import ALREADY, IMPORTED, REFUSED
from models.services.returns import PackageResult
from tests.returns.conftest import PASSPHRASE, W46, Hq, Station, child, ist, traced

# -- helpers -----------------------------------------------------------------------------------


def small_register(station: Station) -> None:
    """Two children reported in week 46: one traced, one still missing."""
    cases, writer, sho = station.svc.cases, station.people.writer, station.people.sho
    cases.register_case(writer, child(ist(10, 11), Sex.FEMALE, "2012-05-17"))
    ref = cases.register_case(writer, child(ist(11, 11), Sex.MALE, "2015-01-01")).value.register_no
    cases.record_trace(sho, ref, traced(ist(12, 11)))


def export(station: Station, folder: Path, *, names: bool = False) -> PackageResult:
    signer = station.store.station_signer(PASSPHRASE)
    return station.returns.export_package(
        station.people.sho, W46, folder, signer, include_names=names
    )


def opener(hq: Hq):  # type: ignore[no-untyped-def]
    return hq.store.hq_opener(PASSPHRASE)


def import_bytes(hq: Hq, data: bytes, name: str = "package.talash-return"):  # type: ignore[no-untyped-def]
    return hq.svc.import_package(hq.clerk, data, name, opener(hq))


def rezip(data: bytes, change: Callable[[dict[str, bytes]], dict[str, bytes]]) -> bytes:
    """The package's entries, changed, zipped again (with valid CRCs: only the content lies)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, content in change(entries).items():
            zf.writestr(name, content)
    return buffer.getvalue()


def flip(content: bytes, at: int) -> bytes:
    return content[:at] + bytes([content[at] ^ 0x01]) + content[at + 1 :]


def counts(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(HqPackage)) or 0,
            s.scalar(select(func.count()).select_from(HqReturnCell)) or 0,
            s.scalar(select(func.count()).select_from(HqAnnexRow)) or 0,
        )


def forged(
    station: Station,
    data: bytes,
    signer: StationSigner,
    **identity_changes: object,
) -> bytes:
    """A package re-made from a real one's content with other manifest facts, then signed."""
    manifest, _ = pkg.read_manifest(data)
    hq_key = station.keys.keys_in_force()[1]
    assert hq_key is not None
    identity = pkg.PackageIdentity(
        station_code=manifest.station_code,
        station_name=manifest.station_name,
        district=manifest.district,
        state=manifest.state,
        hq_key_id=manifest.hq_key_id,
        export_id=str(identity_changes.pop("export_id", "00000000-0000-4000-8000-000000000000")),
        seq=manifest.seq,
        period=manifest.period,
        created_utc=manifest.created_utc,
        prev_package_sha256=manifest.prev_package_sha256,
        audit_head=manifest.audit_chain_head,
        signed_by=manifest.signed_by,
        include_names=False,
    )
    identity = dataclasses.replace(identity, **identity_changes)  # type: ignore[arg-type]
    payload = pkg.ReturnPayload(
        manifest.station_code, manifest.period, manifest.created_utc, ("0-17",), "1", ()
    )
    annex = pkg.AnnexPayload(manifest.station_code, manifest.period, False, ())
    return pkg.build_package(
        identity, payload, annex, signer=signer, hq_public_raw=hq_key.public_key
    )


def as_version_2(data: bytes, station: Station, *, after: bytes | None = None) -> bytes:
    """The package as a station on the program before chain links would have made it;
    ``after``: the package it follows, as HQ holds it."""
    signer = station.store.station_signer(PASSPHRASE)

    def change(entries: dict[str, bytes]) -> dict[str, bytes]:
        manifest = json.loads(entries[pkg.MANIFEST])
        manifest.pop("chain_link")
        manifest["format_version"] = 2
        if after is not None:
            manifest["prev_package_sha256"] = pkg.sha256_hex(after)
        body = canonical_json(manifest).encode("utf-8")
        return {**entries, pkg.MANIFEST: body, pkg.SIGNATURE: signer.sign(body)}

    return rezip(data, change)


# -- the happy path ----------------------------------------------------------------------------


def test_a_package_goes_in_and_hq_sees_the_station_s_own_figures(
    station_keys: Station, hq: Hq, tmp_path: Path
) -> None:
    small_register(station_keys)
    result = export(station_keys, tmp_path / "out", names=True)
    assert result.path.name == "MH-MUM-DHR_2026-W46_seq00001.talash-return"
    assert result.seq == 1 and result.document.fingerprint == result.sha256
    data = result.path.read_bytes()
    # The payload is sealed: no child's name, age band or case number can be read in the file.
    assert b"Priya" not in data and b"MP/2026" not in data and b"12-15" not in data
    receipt = import_bytes(hq, data, result.path.name)
    assert receipt.status == IMPORTED, receipt.message
    assert (receipt.station_code, receipt.seq, receipt.period) == ("MH-MUM-DHR", 1, W46)

    station_doc = station_keys.returns.preview(station_keys.people.sho, W46)
    hq_doc = hq.svc.consolidated(hq.clerk, W46)
    for table in station_doc.tables:
        assert hq_doc.table(table.code).rows == table.rows, table.code
    [line] = hq_doc.table("S1").rows
    assert line.key == "station.MH-MUM-DHR" and line.values[:6] == (0, 2, 2, 1, 0, 1)
    # The annex came with the name, because the station head ticked "include names".
    [untraced] = hq_doc.annex
    assert untraced.case_ref.startswith("MH-MUM-DHR MP/2026/") and untraced.name
    # The station logged what it sent.
    with station_keys.svc.db.read() as s:
        [row] = s.scalars(select(ReturnExport)).all()
        assert (row.seq, row.package_sha256, row.prev_sha256) == (1, result.sha256, "0" * 64)


def test_names_stay_out_of_the_annex_unless_asked_for(
    station_keys: Station, hq: Hq, tmp_path: Path
) -> None:
    small_register(station_keys)
    result = export(station_keys, tmp_path)
    assert import_bytes(hq, result.path.read_bytes()).status == IMPORTED
    [untraced] = hq.svc.consolidated(hq.clerk, W46).annex
    assert untraced.name is None and untraced.age_band == "12-15"


def test_importing_the_same_package_twice_is_a_no_op_with_a_receipt(
    station_keys: Station, hq: Hq, tmp_path: Path
) -> None:
    small_register(station_keys)
    data = export(station_keys, tmp_path).path.read_bytes()
    assert import_bytes(hq, data).status == IMPORTED
    before = counts(hq.db)
    again = import_bytes(hq, data)
    assert again.status == ALREADY and again.ok
    assert "Already imported" in again.message and "nothing changed" in again.message
    assert counts(hq.db) == before


def test_a_folder_dropped_in_any_order_goes_in_in_sequence(
    station_keys: Station, hq: Hq, tmp_path: Path
) -> None:
    small_register(station_keys)
    paths = [export(station_keys, tmp_path / "out").path for _ in range(3)]
    receipts = hq.svc.import_files(hq.clerk, list(reversed(paths)), opener(hq))
    assert [(r.status, r.seq) for r in receipts] == [(IMPORTED, 1), (IMPORTED, 2), (IMPORTED, 3)]
    # The newest package for the period is the one HQ counts.
    [line] = hq.svc.consolidated(hq.clerk, W46).table("S1").rows
    assert line.values[-1] == 3


# -- refusals ----------------------------------------------------------------------------------


@pytest.fixture
def package(station_keys: Station, tmp_path: Path) -> bytes:
    small_register(station_keys)
    return export(station_keys, tmp_path / "first").path.read_bytes()


def refused(hq: Hq, data: bytes, reason: str) -> str:
    before = counts(hq.db)
    receipt = import_bytes(hq, data)
    assert receipt.status == REFUSED and receipt.reason == reason, receipt.message
    assert counts(hq.db) == before
    return receipt.message


def test_a_flipped_byte_in_the_payload_is_refused(hq: Hq, package: bytes) -> None:
    sealed = "return.json.sealed"
    message = refused(hq, rezip(package, lambda e: {**e, sealed: flip(e[sealed], 100)}), "tampered")
    assert "altered after signing" in message
    # The same byte flipped in the file as it travelled: the zip's own check catches it.
    offset = package.index(zipfile.ZipFile(io.BytesIO(package)).read(sealed)[:64]) + 100
    refused(hq, flip(package, offset), "damaged")


def test_a_flipped_byte_in_the_manifest_is_refused(hq: Hq, package: bytes) -> None:
    def change(entries: dict[str, bytes]) -> dict[str, bytes]:
        text = entries["manifest.json"]
        return {**entries, "manifest.json": text.replace(b"Dharavi", b"Dharavj")}

    message = refused(hq, rezip(package, change), "bad_signature")
    assert "signature does not match" in message


def test_a_package_signed_with_another_key_is_refused(
    station_keys: Station, hq: Hq, package: bytes
) -> None:
    impostor = StationSigner(Ed25519PrivateKey.generate())
    manifest_bytes = zipfile.ZipFile(io.BytesIO(package)).read("manifest.json")
    resigned = rezip(package, lambda e: {**e, "manifest.sig": impostor.sign(manifest_bytes)})
    refused(hq, resigned, "bad_signature")
    # A key the station made afresh is unknown to HQ until HQ trusts it.
    refused(hq, forged(station_keys, package, impostor, seq=1), "unknown_key")


def test_a_package_from_an_untrusted_station_is_refused(
    station_keys: Station, hq: Hq, package: bytes
) -> None:
    signer = station_keys.store.station_signer(PASSPHRASE)
    message = refused(
        hq, forged(station_keys, package, signer, station_code="MH-THN-KLY"), "unknown_station"
    )
    assert "talash hq trust" in message


def test_a_replayed_package_is_refused(station_keys: Station, hq: Hq, package: bytes) -> None:
    assert import_bytes(hq, package).status == IMPORTED
    # Same sequence number, another export (a register restored from an old backup, or a replay).
    signer = station_keys.store.station_signer(PASSPHRASE)
    message = refused(hq, forged(station_keys, package, signer), "replay")
    assert "already sent package number 1" in message
    # Same export id as an imported package, different bytes.
    manifest, _ = pkg.read_manifest(package)
    refused(hq, forged(station_keys, package, signer, export_id=manifest.export_id), "replay")


def test_an_older_package_and_a_gap_are_refused_with_their_reasons(
    station_keys: Station, hq: Hq, tmp_path: Path
) -> None:
    small_register(station_keys)
    one, two, three = (export(station_keys, tmp_path / "out").path.read_bytes() for _ in range(3))
    assert import_bytes(hq, one).status == IMPORTED
    message = refused(hq, three, "out_of_order")
    assert "package 2 is missing" in message
    assert import_bytes(hq, two).status == IMPORTED
    assert import_bytes(hq, three).status == IMPORTED


def test_an_older_sequence_than_hq_holds_is_refused(
    station_keys: Station, hq: Hq, tmp_path: Path
) -> None:
    small_register(station_keys)
    packages = [export(station_keys, tmp_path / "out").path.read_bytes() for _ in range(3)]
    assert import_bytes(hq, packages[2]).status == IMPORTED  # HQ starts listening at number 3
    message = refused(hq, packages[1], "older")
    assert "older than package 3" in message


def test_a_fork_and_an_audit_rollback_are_refused(
    station_keys: Station, hq: Hq, package: bytes
) -> None:
    assert import_bytes(hq, package).status == IMPORTED
    signer = station_keys.store.station_signer(PASSPHRASE)
    manifest, _ = pkg.read_manifest(package)
    refused(hq, forged(station_keys, package, signer, seq=2), "chain_broken")
    head = manifest.audit_chain_head
    rolled_back = forged(
        station_keys,
        package,
        signer,
        seq=2,
        prev_package_sha256=pkg.sha256_hex(package),
        audit_head=pkg.AuditHeadRef(head.event_id - 3, head.hash),
    )
    # A package of format 2 cannot show how its chain stands: a trail that went backwards is
    # refused, as before. (From format 3 on it is imported with a warning: test_chain_head.)
    assert "went backwards" in refused(hq, as_version_2(rolled_back, station_keys), "rollback")


def test_a_truncated_file_is_refused(hq: Hq, package: bytes) -> None:
    message = refused(hq, package[: len(package) // 2], "damaged")
    assert "truncated or damaged" in message


def test_path_traversal_and_other_unsafe_entries_are_refused(hq: Hq, package: bytes) -> None:
    for bad in ("../manifest.json", "/etc/manifest.json", "sub/return.json.sealed", "C:x"):
        refused(hq, rezip(package, lambda e, b=bad: {**e, b: b"x"}), "unsafe_entry")


def test_an_oversized_archive_is_refused(hq: Hq, package: bytes, tmp_path: Path) -> None:
    bomb = b"\0" * (10 * 1024 * 1024)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        with zipfile.ZipFile(io.BytesIO(package)) as real:
            for name in real.namelist():
                zf.writestr(name, bomb if name == "annex.json.sealed" else real.read(name))
    assert len(buffer.getvalue()) < 1024 * 1024
    assert "zip bomb" in refused(hq, buffer.getvalue(), "too_large")
    big = tmp_path / "big.talash-return"
    with big.open("wb") as fh:
        fh.truncate(33 * 1024 * 1024)
    [receipt] = hq.svc.import_files(hq.clerk, [big], opener(hq))
    assert receipt.reason == "too_large"


def test_a_package_sealed_for_another_hq_is_refused(
    station_keys: Station, hq: Hq, package: bytes, tmp_path: Path, clock: FixedClock
) -> None:
    other = KeyStore(tmp_path / "other-hq")
    other.create_hq_key(PASSPHRASE, now=clock.now(), replace=False)
    receipt = hq.svc.import_package(
        hq.clerk, package, "p.talash-return", other.hq_opener(PASSPHRASE)
    )
    assert receipt.reason == "not_for_this_hq"


# -- crash safety and cancelling ---------------------------------------------------------------

CRASHER = """
import os, signal, sys
from pathlib import Path
from models.clock import FixedClock
from models.db import open_database
from models.jobs import Job
from models.packages.keys import KeyStore
from models.services.accounts import AccountService
from models.services.hq import HqService
from tests.conftest import FIXED_NOW, TEST_PASSWORD

target, keys, package = sys.argv[1:4]
clock = FixedClock(FIXED_NOW)
db = open_database(target)
clerk = AccountService(db, clock).authenticate("clerk.joshi", TEST_PASSWORD, desk="hq")

def progress(done, total, what):
    if "stored" in what:  # every row written, the transaction not yet committed
        print("killing", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

opener = KeyStore(Path(keys)).hq_opener("Key-Passphrase-2026")
HqService(db, clock).import_package(
    clerk, Path(package).read_bytes(), "p", opener, job=Job(1, progress)
)
print("not killed", flush=True)
"""


def test_a_crash_in_the_middle_of_an_import_leaves_nothing_half_imported(
    hq: Hq, package: bytes, tmp_path: Path
) -> None:
    path = tmp_path / "p.talash-return"
    path.write_bytes(package)
    target = hq.db.target.url.render_as_string(hide_password=False)
    if hq.db.target.sqlite_path is not None:
        target = str(hq.db.target.sqlite_path)
    before = counts(hq.db)
    proc = subprocess.run(
        [sys.executable, "-c", CRASHER, target, str(hq.store.folder), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr
    assert "killing" in proc.stdout
    assert counts(hq.db) == before
    # The retry goes through as if nothing had happened.
    assert import_bytes(hq, package).status == IMPORTED
    assert counts(hq.db)[0] == before[0] + 1


def test_cancelling_an_import_saves_nothing(hq: Hq, package: bytes) -> None:
    asked = {"stop": False}

    def progress(done: int, total: int, what: str) -> None:
        asked["stop"] = "stored" in what

    before = counts(hq.db)
    with pytest.raises(Cancelled):
        hq.svc.import_package(
            hq.clerk,
            package,
            "p",
            opener(hq),
            job=Job(2, progress, cancel=lambda: asked["stop"]),
        )
    # The job stops at its next step, inside the transaction: nothing is kept.
    assert counts(hq.db) == before


# -- the station side --------------------------------------------------------------------------


def test_a_return_is_not_sent_before_its_period_is_over(
    station_keys: Station, tmp_path: Path, clock: FixedClock
) -> None:
    signer = station_keys.store.station_signer(PASSPHRASE)
    this_week = station_keys.returns.parse_period("this-week")
    with pytest.raises(RuleViolation, match="not over yet"):
        station_keys.returns.export_package(station_keys.people.sho, this_week, tmp_path, signer)
    assert not list(tmp_path.glob("*.talash-return*"))


def test_the_signing_key_needs_its_passphrase(station_keys: Station) -> None:
    with pytest.raises(KeyProblem, match="passphrase does not unlock"):
        station_keys.store.station_signer("not-the-passphrase")


def test_only_the_station_head_exports(station_keys: Station, tmp_path: Path) -> None:
    from models.errors import PermissionDenied

    signer = station_keys.store.station_signer(PASSPHRASE)
    with pytest.raises(PermissionDenied):
        station_keys.returns.export_package(station_keys.people.io, W46, tmp_path, signer)


# -- many stations -----------------------------------------------------------------------------


def test_hq_adds_up_stations_and_names_the_late_ones(
    station_keys: Station, hq: Hq, tmp_path: Path, clock: FixedClock
) -> None:
    small_register(station_keys)
    ours = export(station_keys, tmp_path).path.read_bytes()
    assert import_bytes(hq, ours).status == IMPORTED
    # A second station: its own key, trusted by HQ, the same figures.
    second_store = KeyStore(tmp_path / "second")
    raw = second_store.create_station_key(PASSPHRASE, now=clock.now(), replace=False)
    from models.packages.keys import SIGNING, PublicKeyInfo

    info = PublicKeyInfo(SIGNING, "MH-MUM-SIO", "Sion Police Station", "Mumbai", raw, clock.now())
    hq.svc.trust_station(hq.head, info.to_file(), source="sion.pub")
    station_doc = station_keys.returns.preview(station_keys.people.sho, W46)
    manifest, _ = pkg.read_manifest(ours)
    hq_key = station_keys.keys.keys_in_force()[1]
    assert hq_key is not None
    sion = pkg.build_package(
        pkg.PackageIdentity(
            "MH-MUM-SIO",
            "Sion Police Station",
            "Mumbai",
            "Maharashtra",
            hq_key.key_id,
            "11111111-1111-4111-8111-111111111111",
            1,
            W46,
            clock.now(),
            pkg.GENESIS,
            pkg.AuditHeadRef(10, "a" * 64),
            manifest.signed_by,
            False,
        ),
        pkg.ReturnPayload(
            "MH-MUM-SIO",
            W46,
            clock.now(),
            ("0-5", "6-11", "12-15", "16-17"),
            "1",
            station_doc.tables,
        ),
        pkg.AnnexPayload("MH-MUM-SIO", W46, False, ()),
        signer=second_store.station_signer(PASSPHRASE),
        hq_public_raw=hq_key.public_key,
    )
    assert import_bytes(hq, sion).status == IMPORTED
    total = hq.svc.consolidated(hq.clerk, W46)
    for table in station_doc.tables:
        for row in table.rows:
            doubled = tuple(None if v is None else 2 * v for v in row.values)
            assert total.table(table.code).row(row.key).values == doubled, (table.code, row.key)
    assert [r.key for r in total.table("S1").rows] == ["station.MH-MUM-DHR", "station.MH-MUM-SIO"]

    # Week 47 is due by 25 November (two days' grace); nobody has sent it.
    clock.advance(timedelta(days=6))
    status = hq.svc.status(hq.clerk)
    assert status.due_week.label == "2026-W47"
    assert [s.station_code for s in status.late] == ["MH-MUM-DHR", "MH-MUM-SIO"]
    assert status.weeks[1].label == "2026-W46"
    assert all(s.received[1] and not s.received[0] for s in status.stations)


def test_publication_suppresses_small_cells(station_keys: Station) -> None:
    small_register(station_keys)
    public: ReturnDocument = station_keys.returns.preview(
        station_keys.people.sho, W46, publish=True
    )
    assert public.suppress_below == 5
    from models.returns.cells import cell

    r1 = public.table("R1")
    row = r1.row("children.total")
    assert [cell(r1, row, i, public.suppress_below) for i in range(len(r1.columns))] == [
        0,
        "<5",
        "<5",
        "<5",
        0,
        "<5",
        0,
        "<5",
        "*",
    ]


def test_every_export_and_import_attempt_is_audited(
    station_keys: Station, hq: Hq, tmp_path: Path
) -> None:
    from models.audit import verify_chain
    from models.entities import AuditEvent

    small_register(station_keys)
    result = export(station_keys, tmp_path)
    data = result.path.read_bytes()
    import_bytes(hq, data)
    import_bytes(hq, data)
    import_bytes(hq, data[:100])
    with station_keys.svc.db.read() as s:
        [event] = s.scalars(select(AuditEvent).where(AuditEvent.action == "return.export")).all()
        assert result.sha256 in event.details and event.username == "pi.shinde"
        assert verify_chain(s).ok
    with hq.db.read() as s:
        outcomes = (
            s.execute(
                select(AuditEvent.outcome)
                .where(AuditEvent.action == "hq.import")
                .order_by(AuditEvent.id)
            )
            .scalars()
            .all()
        )
        assert outcomes == ["ok", "no_change", "refused"]
        assert verify_chain(s).ok


def test_a_week_is_not_late_before_its_grace_days_are_over(hq: Hq, clock: FixedClock) -> None:
    clock.set(ist(23, 11, 9))  # Monday after week 47
    status = hq.svc.status(hq.clerk, weeks=1)
    assert [w.label for w in status.weeks] == ["2026-W47"]
    assert status.due_week.label == "2026-W46"
