"""Every cell of R1–R8 for week 46 of 2026, against the hand count in docs/returns.md."""

from __future__ import annotations

import pytest

from models.dto.returns import ReturnDocument, ReturnTable
from models.returns.cells import cell
from tests.returns.conftest import W46, KnownStation

SEX = ("male", "female", "transgender", "unknown", "total")


@pytest.fixture
def doc(known: KnownStation) -> ReturnDocument:
    return known.svc_returns.preview(known.people.sho, W46)


def grid(table: ReturnTable) -> dict[str, list[object]]:
    return {row.key: [cell(table, row, i) for i in range(len(table.columns))] for row in table.rows}


def test_r1_flow(doc: ReturnDocument) -> None:
    r1 = doc.table("R1")
    assert [c.key for c in r1.columns] == [
        "opening",
        "reported",
        "total",
        "traced_current",
        "traced_earlier",
        "traced",
        "transferred",
        "closing",
        "pct_traced",
    ]
    expected = {
        "children.male": [1, 3, 4, 1, 0, 1, 0, 3, 25.0],
        "children.female": [2, 2, 4, 2, 1, 3, 0, 1, 75.0],
        "children.transgender": [0, 1, 1, 0, 0, 0, 0, 1, 0.0],
        "children.unknown": [0, 0, 0, 0, 0, 0, 0, 0, None],
        "children.total": [3, 6, 9, 3, 1, 4, 0, 5, 44.4],
        "adults.male": [2, 0, 2, 0, 1, 1, 1, 0, 50.0],
        "adults.female": [0, 1, 1, 1, 0, 1, 0, 0, 100.0],
        "adults.transgender": [0, 0, 0, 0, 0, 0, 0, 0, None],
        "adults.unknown": [0, 1, 1, 0, 0, 0, 0, 1, 0.0],
        "adults.total": [2, 2, 4, 1, 1, 2, 1, 1, 50.0],
        "all.male": [3, 3, 6, 1, 1, 2, 1, 3, 33.3],
        "all.female": [2, 3, 5, 3, 1, 4, 0, 1, 80.0],
        "all.transgender": [0, 1, 1, 0, 0, 0, 0, 1, 0.0],
        "all.unknown": [0, 1, 1, 0, 0, 0, 0, 1, 0.0],
        "all.total": [5, 8, 13, 4, 2, 6, 1, 6, 46.2],
    }
    assert grid(r1) == expected
    for row in r1.rows:  # the identity the return promises
        o, r, _, _, _, t, x, c, _ = row.values
        assert c == o + r - t - x  # type: ignore[operator]


def test_r2_age_bands(doc: ReturnDocument) -> None:
    r2 = doc.table("R2")
    zero = [0] * 5
    #          M  F  TG NK T
    expected = {
        "0-5": zero + zero + zero,
        "6-11": [1, 0, 1, 0, 2] + [1, 0, 0, 0, 1] + [1, 0, 1, 0, 2],
        "12-15": [1, 2, 0, 0, 3] + [0, 2, 0, 0, 2] + [1, 1, 0, 0, 2],
        "16-17": [1, 0, 0, 0, 1] + [0, 1, 0, 0, 1] + [1, 0, 0, 0, 1],
        "total": [3, 2, 1, 0, 6] + [1, 3, 0, 0, 4] + [3, 1, 1, 0, 5],
    }
    assert grid(r2) == expected
    assert [c.key for c in r2.columns][:5] == [f"reported.{s}" for s in SEX]


def test_r3_legal_compliance(doc: ReturnDocument) -> None:
    assert grid(doc.table("R3")) == {
        "child_reported": [6],
        "child_without_fir": [1],
        "ahtu_early": [1],
        "ahtu_rule": [1],
        "ahtu_pending": [2],
        "cwc_on_time": [1],
        "cwc_late": [1],
        "cwc_not_produced": [1],
        "portal.trackchild.24h": [1],
        "portal.trackchild.later": [1],
        "portal.trackchild.none": [4],
        "portal.zipnet.24h": [0],
        "portal.zipnet.later": [1],
        "portal.zipnet.none": [5],
        "portal.cctns.24h": [0],
        "portal.cctns.later": [0],
        "portal.cctns.none": [6],
        "fir.BNS.137(2)": [5],
        "fir.BNS.143": [1],
    }


def test_r4_how_and_where(doc: ReturnDocument) -> None:
    g = grid(doc.table("R4"))
    #               same  city  dist  state abroad total
    assert g["police_team"] == [1, 0, 1, 0, 0, 2]
    assert g["grp_rpf"] == [0, 0, 0, 1, 0, 1]
    assert g["citizen_tip"] == [0, 1, 0, 0, 0, 1]
    assert g["returned_on_own"] == [1, 0, 0, 0, 0, 1]
    assert g["drive"] == [1, 0, 0, 0, 0, 1]
    assert g["total"] == [3, 1, 1, 1, 0, 6]
    others = set(g) - {"police_team", "grp_rpf", "citizen_tip", "returned_on_own", "drive", "total"}
    assert all(g[k] == [0] * 6 for k in others) and len(others) == 6


def test_r5_disposal(doc: ReturnDocument) -> None:
    assert grid(doc.table("R5")) == {
        "restore_to_family": [0, 1, 0, 0, 1],
        "cci_placement": [0, 1, 0, 0, 1],
        "fit_person": [0, 0, 0, 0, 0],
        "repatriation": [0, 0, 0, 0, 0],
        "social_investigation": [0, 0, 0, 0, 0],
        "handed_over": [0, 0, 0, 0, 0],
        "deceased": [0, 1, 0, 0, 1],
        "pending": [1, 0, 0, 0, 1],
        "total": [1, 3, 0, 0, 4],
    }


def test_r6_reasons(doc: ReturnDocument) -> None:
    r6 = doc.table("R6")
    assert [c.key for c in r6.columns] == [
        "male",
        "female",
        "transgender",
        "unknown",
        "band.0-5",
        "band.6-11",
        "band.12-15",
        "band.16-17",
        "band.other",
        "children",
        "adults",
        "total",
    ]
    zero = [0] * 12
    assert grid(r6) == {
        "category.1": zero,
        "category.2": [0, 2, 0, 0, 0, 0, 1, 1, 0, 2, 0, 2],
        "category.3": [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1],
        "category.4": zero,
        "category.5": zero,
        "category.6": [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1],
        "category.7": [0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1],
        "category.8": zero,
        "category.none": [1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1],
        "total": [2, 4, 0, 0, 0, 1, 2, 1, 0, 4, 2, 6],
    }


def test_r7_drives(doc: ReturnDocument) -> None:
    r7 = doc.table("R7")
    assert [c.key for c in r7.columns] == [
        "rescued",
        "on_record",
        "not_on_record",
        "girls",
        "boys",
        "begging",
        "labour",
        "rag_picking",
        "street",
        "cci",
        "reunited",
        "cwc",
        "cci_placed",
        "other_state",
        "firs",
        "arrests",
    ]
    [drive, total] = r7.rows
    assert drive.label == "Operation Muskaan XII (10-11-2026 to 15-11-2026)"
    expected = [5, 4, 1, 3, 2, 1, 1, 0, 1, 0, 1, 3, 1, 1, 1, 2]
    assert list(drive.values) == expected and list(total.values) == expected


def test_r8_found_persons(doc: ReturnDocument) -> None:
    assert grid(doc.table("R8")) == {
        "children": [3, 1, 1, 2, 1, 1],
        "adults": [1, 0, 0, 0, 0, 1],
        "bodies": [0, 0, 0, 0, 0, 0],
        "total": [4, 1, 1, 2, 1, 2],
    }


def test_the_annex_lists_the_untraced_children_oldest_first(known: KnownStation) -> None:
    from models.returns import station_tables
    from models.services.common import station_context

    svc = known.svc_returns
    with known.svc.db.read() as s:
        scope = svc._scope(station_context(s), W46)
        rows = station_tables.untraced_children(s, scope, with_names=True)
    refs = {v: k for k, v in known.refs.items()}
    assert [refs[r.case_ref] for r in rows] == ["A2", "A1", "B2", "B7", "B3"]
    assert [(r.age_band, r.sex.value, r.reason_code) for r in rows] == [
        ("6-11", "male", "1.1"),
        ("12-15", "female", "1.1"),
        ("16-17", "male", "1.5"),
        ("12-15", "male", "1.6"),
        ("6-11", "transgender", "1.1"),
    ]
    assert rows[0].name == "Priya Santosh Patil"
    with known.svc.db.read() as s:
        anonymous = station_tables.untraced_children(s, scope, with_names=False)
    assert all(r.name is None for r in anonymous)
