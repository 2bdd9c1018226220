"""A protected victim's name stays out of the package to HQ, even when names are sent."""

from __future__ import annotations

from pathlib import Path

from models.enums import Act, Sex
from models.services.hq import IMPORTED
from tests.returns.conftest import PASSPHRASE, W46, Hq, Station, child, ist


def test_the_hq_annex_names_the_child_but_not_the_protected_victim(
    station_keys: Station, hq: Hq, tmp_path: Path
) -> None:
    cases, writer = station_keys.svc.cases, station_keys.people.writer
    plain = cases.register_case(writer, child(ist(10, 11), Sex.FEMALE, "2012-05-17")).value
    protected = cases.register_case(
        writer,
        child(
            ist(11, 11),
            Sex.FEMALE,
            "2011-02-01",
            sections=((Act.BNS, "137(2)"), (Act.BNS, "96")),
            name="Meena Jadhav",
        ),
    ).value
    assert protected.sensitive and not plain.sensitive
    signer = station_keys.store.station_signer(PASSPHRASE)
    result = station_keys.returns.export_package(
        station_keys.people.sho, W46, tmp_path, signer, include_names=True
    )
    opener = hq.store.hq_opener(PASSPHRASE)
    receipt = hq.svc.import_package(hq.clerk, result.path.read_bytes(), result.path.name, opener)
    assert receipt.status == IMPORTED, receipt.message
    names = {
        row.case_ref.split(" ", 1)[1]: row.name for row in hq.svc.consolidated(hq.clerk, W46).annex
    }
    assert names[plain.register_no] == "Priya Santosh Patil"
    assert names[protected.register_no] is None  # the row is there, the name is not
