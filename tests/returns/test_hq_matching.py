"""Matching across stations at HQ: descriptors in the weekly package, pairs across stations,
and the signed possible-match notice HQ sends, refused when tampered, foreign or replayed."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.actor import Actor
from models.clock import FixedClock
from models.db import Database
from models.dto.accounts import NewUser, StationInput
from models.dto.cases import PersonInput
from models.dto.found import FoundInput
from models.dto_codec import from_json
from models.entities import AuditEvent, HqMatchRecord, HqMatchStation, MatchNotice
from models.enums import Activity, Role, Sex
from models.errors import NotFound
from models.packages import package as pkg
from models.packages.keys import KeyStore
from models.packages.match_notice import NoticeBody, NoticeRefused, build_notice
from models.rules.matching import THRESHOLD, MatchProfile
from models.services import Services
from models.services.accounts import AccountService
from models.services.exchange_keys import ExchangeKeyService
from models.services.returns import ReturnService
from tests.conftest import TEST_PASSWORD, _make_db, _Templates
from tests.factories import at, child_case
from tests.returns.conftest import PASSPHRASE, W46, Hq, Station

SION = "MH-MUM-SIO"
SION_PHONE = "022-2409XXXX"


@dataclass
class Sion:
    svc: Services
    returns: ReturnService
    store: KeyStore
    sho: Actor


@pytest.fixture
def sion(
    backend: str, _templates: _Templates, tmp_path: Path, clock: FixedClock, hq: Hq
) -> Iterator[Sion]:
    """A second station, Sion, with its own register and key, trusted by HQ."""
    folder = tmp_path / "sion"
    folder.mkdir()
    for db in _make_db("empty", backend, _templates, folder):
        accounts = AccountService(db, clock)
        accounts.init_station(
            StationInput(
                code=SION,
                name="Sion Police Station",
                district="Mumbai City",
                state="Maharashtra",
                phone=SION_PHONE,
            ),
            NewUser("pi.kadam", "Rahul Kadam", "Police Inspector", Role.SHO),
            TEST_PASSWORD,
            desk="sion-desk",
        )
        sho = accounts.authenticate("pi.kadam", TEST_PASSWORD, desk="sion-desk")
        keys = ExchangeKeyService(db, clock)
        store = KeyStore(folder / "keys")
        keys.init_key(sho, store, PASSPHRASE)
        hq_key = ExchangeKeyService(hq.db, clock).own_public_key(hq.head)
        keys.trust_hq(sho, hq_key.to_file(), source="hq.pub")
        hq.svc.trust_station(hq.head, keys.own_public_key(sho).to_file(), source="sion.pub")
        yield Sion(Services.build(db, clock), ReturnService(db, clock), store, sho)


@dataclass
class World:
    dharavi: Station
    sion: Sion
    hq: Hq
    hq_matching: Services
    case_ref: str
    found_ref: str
    notice_store: KeyStore


def found_girl(**changes: object) -> FoundInput:
    """Priya, found at Sion railway station the morning after she went missing at Dharavi."""
    data = FoundInput(
        person=PersonInput(
            names=("Priya Patil",),
            sex=Sex.FEMALE,
            age_min=13,
            age_max=15,
            languages=child_case().person.languages,
        ),
        found_at=at(4),
        found_place="Sion railway station, platform 1",
        activity=Activity.LOST_WANDERING,
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def export(returns: ReturnService, sho: Actor, store: KeyStore, out: Path) -> Path:
    signer = store.station_signer(PASSPHRASE)
    return returns.export_package(sho, W46, out, signer).path


@pytest.fixture
def world(station_keys: Station, sion: Sion, hq: Hq, tmp_path: Path) -> World:
    """Priya missing at Dharavi, a girl found at Sion; both packages imported at HQ."""
    dharavi = station_keys
    case_ref = dharavi.svc.cases.register_case(dharavi.people.writer, child_case())
    found = sion.svc.found.add_found(sion.sho, found_girl()).value
    opener = hq.store.hq_opener(PASSPHRASE)
    for path in (
        export(dharavi.returns, dharavi.people.sho, dharavi.store, tmp_path / "out-dhr"),
        export(sion.returns, sion.sho, sion.store, tmp_path / "out-sio"),
    ):
        receipts = hq.svc.import_files(hq.clerk, [path], opener)
        assert receipts[0].status == "imported", receipts[0].message
    # HQ's notice-signing key, installed at both stations.
    hq_svc = Services.build(hq.db, dharavi.svc.clock)
    notice_store = KeyStore(tmp_path / "hq-notice-keys")
    public = hq_svc.hq_matching.init_notice_key(hq.head, notice_store, PASSPHRASE)
    dharavi.svc.match_notices.trust_hq_notice_key(
        dharavi.people.sho, public.to_file(), source="hq-notices.pub"
    )
    sion.svc.match_notices.trust_hq_notice_key(sion.sho, public.to_file(), source="n.pub")
    return World(dharavi, sion, hq, hq_svc, case_ref.value.register_no, found.ref_no, notice_store)


def audit_actions(db: Database, action: str) -> list[str]:
    with db.read() as s:
        return [e.outcome for e in s.scalars(select(AuditEvent).where(AuditEvent.action == action))]


# -- the package carries descriptors, and nothing of the complainant -------------------------


def test_descriptors_in_the_package_hold_no_complainant_data(
    station_keys: Station, hq: Hq, tmp_path: Path
) -> None:
    station_keys.svc.cases.register_case(station_keys.people.writer, child_case())
    path = export(
        station_keys.returns, station_keys.people.sho, station_keys.store, tmp_path / "out"
    )
    data = path.read_bytes()
    assert b"Priya" not in data  # sealed like the rest of the package
    with hq.db.read() as s:
        keys = hq.svc._keys(s, "MH-MUM-DHR")
    verified = pkg.verify_package(data, lambda code: keys)
    assert verified.manifest.format_version == pkg.FORMAT_VERSION == 3
    opened = pkg.open_payload(verified, hq.store.hq_opener(PASSPHRASE))
    matching = opened.matching
    assert matching is not None
    assert matching.contacts.phone == "022-2407XXXX"
    [record] = matching.records
    assert record.kind == "case"
    assert set(record.profile) == {f.name for f in fields(MatchProfile)}
    profile = MatchProfile.from_dict(record.profile)
    assert profile.display_name == "Priya Santosh Patil" and profile.sex == "female"
    text = json.dumps(record.profile, ensure_ascii=False).casefold()
    complainant = child_case().complainant
    assert complainant is not None
    for secret in (
        "98XXXXXX10",  # the complainant's mobile
        "Shiv Shakti Chawl",  # the family's address
        "kumbharwada",  # … not even its locality, which the station's own matching reads
        "Ramesh",  # the complainant's own relative
        "1234 5678 9012",  # the child's Aadhaar
        "Municipal Marathi School",  # the school (never on anything that leaves)
        "unknown young man",  # the narrative and the suspects
    ):
        assert secret.casefold() not in text, secret
    assert re.search(r"\b\d{4}/2026\b", text) is None  # no FIR number


def test_two_stations_a_found_child_at_sion_matches_the_missing_child_at_dharavi(
    world: World,
) -> None:
    result = world.hq_matching.hq_matching.matches(world.hq.clerk)
    assert result.stations == 2 and result.found_records == 1 and result.case_records == 1
    [match] = result.matches
    assert match.found.station_code == SION and match.found.ref == world.found_ref
    assert match.case.station_code == "MH-MUM-DHR" and match.case.ref == world.case_ref
    assert match.result.score >= THRESHOLD
    assert any(s.name == "name" for s in match.result.signals)
    # Both stations' contacts come from the station records HQ holds.
    assert match.case.phone == "022-2407XXXX" and match.found.phone == SION_PHONE
    assert match.case.station_name == "Dharavi Police Station"
    assert match.case.name_local == "धारावी पोलीस ठाणे"
    assert audit_actions(world.hq.db, "hq.matches") == ["ok"]


def next_week(world: World, folder: Path) -> None:
    """Dharavi's package for week 47, imported at HQ."""
    dharavi = world.dharavi
    dharavi.svc.clock.advance(timedelta(days=7))  # type: ignore[attr-defined]
    w47 = pkg.Period(W46.kind, W46.start + timedelta(days=7), W46.end + timedelta(days=7))
    signer = dharavi.store.station_signer(PASSPHRASE)
    path = dharavi.returns.export_package(dharavi.people.sho, w47, folder, signer).path
    receipts = world.hq.svc.import_files(
        world.hq.clerk, [path], world.hq.store.hq_opener(PASSPHRASE)
    )
    assert receipts[0].status == "imported", receipts[0].message


def test_a_station_s_own_pairs_are_left_to_the_station(world: World, tmp_path: Path) -> None:
    """A found girl at Dharavi itself is not proposed at HQ: Dharavi sees that pair already."""
    world.dharavi.svc.found.add_found(world.dharavi.people.writer, found_girl())
    next_week(world, tmp_path / "w47")
    result = world.hq_matching.hq_matching.matches(world.hq.clerk)
    assert {(m.found.station_code, m.case.station_code) for m in result.matches} == {
        (SION, "MH-MUM-DHR")
    }


def test_a_newer_package_replaces_the_station_s_descriptors(world: World, tmp_path: Path) -> None:
    """Priya traced at Dharavi: the next week's package takes her case out of HQ's matching."""
    from tests.returns.conftest import traced

    dharavi = world.dharavi
    with world.hq.db.read() as s:
        before = s.scalar(select(func.count()).select_from(HqMatchRecord))
    assert before == 2
    dharavi.svc.cases.record_trace(dharavi.people.sho, world.case_ref, traced(at(2)))
    next_week(world, tmp_path / "w47")
    with world.hq.db.read() as s:
        codes = list(s.scalars(select(HqMatchRecord.station_code)))
        station = s.scalar(
            select(HqMatchStation).where(HqMatchStation.station_code == "MH-MUM-DHR")
        )
        assert station is not None and station.records == 0
    assert codes == [SION]
    assert world.hq_matching.hq_matching.matches(world.hq.clerk).matches == ()


# -- the notice ---------------------------------------------------------------------------------


def send(world: World, tmp_path: Path) -> dict[str, Path]:
    signer = world.notice_store.hq_notice_signer(PASSPHRASE)
    sent = world.hq_matching.hq_matching.send_notice(
        world.hq.clerk, world.found_ref, world.case_ref, signer, tmp_path / "notices"
    )
    return {n.to_station: n.path for n in sent}


def test_the_notice_goes_to_both_stations_and_shows_on_the_case(
    world: World, tmp_path: Path
) -> None:
    files = send(world, tmp_path)
    assert set(files) == {"MH-MUM-DHR", SION}
    dharavi, sion = world.dharavi, world.sion
    got = dharavi.svc.match_notices.import_notice(
        dharavi.people.sho, files["MH-MUM-DHR"].read_bytes(), files["MH-MUM-DHR"].name
    )
    assert got.own_ref == world.case_ref and got.other.ref == world.found_ref
    [shown] = dharavi.svc.match_notices.notices_for_case(dharavi.people.writer, world.case_ref)
    assert shown.other.station_code == SION and shown.other.phone == SION_PHONE
    assert shown.score >= THRESHOLD and shown.signals and shown.imported_by == "pi.shinde"
    at_sion = sion.svc.match_notices.import_notice(sion.sho, files[SION].read_bytes(), "n")
    assert at_sion.own_kind == "found" and at_sion.other.ref == world.case_ref
    assert at_sion.other.phone == "022-2407XXXX"
    assert len(sion.svc.match_notices.notices_for_found(sion.sho, world.found_ref)) == 1
    # Audited on both sides.
    assert audit_actions(world.hq.db, "hq.match_notice") == ["ok", "ok"]
    assert audit_actions(dharavi.svc.db, "match_notice.import") == ["ok"]
    assert audit_actions(sion.svc.db, "match_notice.import") == ["ok"]


def refused(world: World, data: bytes) -> NoticeRefused:
    with pytest.raises(NoticeRefused) as caught:
        world.dharavi.svc.match_notices.import_notice(world.dharavi.people.sho, data, "x")
    return caught.value


def test_a_tampered_foreign_or_replayed_notice_is_refused_with_a_plain_reason(
    world: World, tmp_path: Path
) -> None:
    files = send(world, tmp_path)
    ours = files["MH-MUM-DHR"].read_bytes()
    # Tampered: the score raised after signing.
    envelope = json.loads(ours)
    body = json.loads(envelope["body"])
    body["score"] = 100
    envelope["body"] = json.dumps(body)
    tampered = refused(world, json.dumps(envelope).encode())
    assert tampered.reason == "bad_signature" and "altered" in str(tampered)
    # Another station's notice.
    foreign = refused(world, files[SION].read_bytes())
    assert foreign.reason == "other_station" and SION in str(foreign)
    # Signed by a key that is not the HQ key this station trusts.
    other_store = KeyStore(tmp_path / "impostor")
    other_store.create_hq_notice_key(PASSPHRASE, now=world.dharavi.svc.clock.now(), replace=False)
    genuine_body = from_json(NoticeBody, json.loads(json.loads(ours)["body"]))
    forged = build_notice(genuine_body, other_store.hq_notice_signer(PASSPHRASE))
    assert refused(world, forged).reason == "unknown_key"
    # Replayed: the genuine notice imports once, then is refused.
    world.dharavi.svc.match_notices.import_notice(world.dharavi.people.sho, ours, "n")
    replay = refused(world, ours)
    assert replay.reason == "replay" and "imported on" in str(replay)
    assert refused(world, b"not json").reason == "wrong_format"
    with world.dharavi.svc.db.read() as s:
        assert s.scalar(select(func.count()).select_from(MatchNotice)) == 1
    assert sorted(audit_actions(world.dharavi.svc.db, "match_notice.import")) == [
        "ok",
        *["refused"] * 5,
    ]


def test_hq_refuses_a_notice_about_records_it_does_not_hold(world: World, tmp_path: Path) -> None:
    signer = world.notice_store.hq_notice_signer(PASSPHRASE)
    with pytest.raises(NotFound):
        world.hq_matching.hq_matching.send_notice(
            world.hq.clerk, "FP/2026/9999", world.case_ref, signer, tmp_path
        )


# -- the printout -------------------------------------------------------------------------------


def test_the_printout_names_both_stations_and_how_to_reach_them(
    world: World, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from reports.hq_matches import cross_matches_pdf

    send(world, tmp_path)
    doc = world.hq_matching.hq_matching.matches(world.hq.clerk)
    data = cross_matches_pdf(doc, lang="mr")
    (tmp_path / "matches.pdf").write_bytes(data)
    reader = PdfReader(tmp_path / "matches.pdf")
    page = " ".join((p.extract_text() or "") for p in reader.pages)
    assert "Possible matches across stations" in page
    for needed in (
        "Dharavi Police Station",
        "Sion Police Station",
        "022-2407XXXX",
        SION_PHONE,
        world.case_ref,
        world.found_ref,
        "MH-MUM-DHR, MH-MUM-SIO",  # the notices already sent about the pair
    ):
        assert needed in page, needed
    empty = cross_matches_pdf(replace(doc, matches=()), lang="hi")
    assert b"%PDF" in empty[:8]


# -- the command line ---------------------------------------------------------------------------


def test_the_command_line_from_hq_to_the_station(
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.__main__ import main

    if world.hq.db.target.sqlite_path is None:
        pytest.skip("the command line is run once, on SQLite")
    monkeypatch.delenv("TALASH_DB", raising=False)
    monkeypatch.setenv("TALASH_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("TALASH_KEY_PASSPHRASE", PASSPHRASE)
    monkeypatch.chdir(tmp_path)

    def run(argv: list[str], status: int = 0) -> str:
        code = main(argv)
        out, err = capsys.readouterr()
        assert code == status, out + err
        return out + err

    hq = ["--data-dir", "hqdata", "--db", str(world.hq.db.target.sqlite_path)]
    dhr = ["--data-dir", "dhr", "--db", str(world.dharavi.svc.db.target.sqlite_path)]
    run([*hq, "--as", "dcp.rao", "hq", "notice-key", "--init", "-o", "notices.pub"])
    out = run([*hq, "--as", "clerk.joshi", "hq", "matches", "--pdf", "m.pdf"])
    assert world.case_ref in out and "1 possible matches across 2 stations" in out
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    assert world.found_ref in run([*hq, "--as", "clerk.joshi", "hq", "matches", "--json"])
    out = run(
        [
            *hq,
            "--as",
            "clerk.joshi",
            "hq",
            "send-match",
            world.found_ref,
            world.case_ref,
            "-o",
            "sent",
        ]
    )
    [ours] = (tmp_path / "sent").glob("MH-MUM-DHR_*")
    [theirs] = (tmp_path / "sent").glob(f"{SION}_*")
    # Until the station trusts the new key, the notice is refused.
    out = run([*dhr, "--as", "pi.shinde", "import", "match-notice", str(ours)], status=1)
    assert "not signed with the HQ notice key this station trusts" in out
    run([*dhr, "--as", "pi.shinde", "keys", "trust-hq-notices", "notices.pub"])
    out = run([*dhr, "--as", "pi.shinde", "import", "match-notice", str(ours)])
    assert f"Imported onto {world.case_ref}" in out and SION_PHONE in out
    out = run([*dhr, "--as", "pi.shinde", "import", "match-notice", str(theirs)], status=1)
    assert "not for this station" in out
