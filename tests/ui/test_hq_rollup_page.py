"""The consolidated-return page adds up a month from the stations' weekly returns, and names the
station whose week is missing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from models.packages.keys import KeyStore
from models.returns.period import week
from models.services.hq import IMPORTED
from tests.returns.conftest import PASSPHRASE
from tests.ui import returns_support as support
from tests.ui.returns_support import HqSide
from ui.desk import Desk
from ui.hq.consolidated_page import HqConsolidatedPage

hq_side = support.hq_side
known = support.known
station_desk = support.station_desk

pytestmark = pytest.mark.gui
TIMEOUT = 20_000


def test_a_month_from_weekly_returns_names_the_missing_week(
    qtbot: QtBot, hq_side: HqSide, known: object, station_desk: Callable[[str], Desk]
) -> None:
    # The station sends week 46 only; on 20 November week 45 is over and missing.
    head = station_desk("pi.shinde")
    assert head.keys_dir is not None
    keys = head.services.exchange_keys
    keys.init_key(head.actor, KeyStore(head.keys_dir), PASSPHRASE)
    hq_head = hq_side.head()
    hq_key = hq_side.services.exchange_keys.own_public_key(hq_head.actor)
    keys.trust_hq(head.actor, hq_key.to_file(), source="hq.json")
    own = keys.own_public_key(head.actor).to_file()
    hq_side.services.hq.trust_station(hq_head.actor, own, source="station.json")
    signer = KeyStore(head.keys_dir).station_signer(PASSPHRASE)
    folder = Path(str(head.keys_dir)).parent / "out"
    result = head.services.returns.export_package(head.actor, week(2026, 46), folder, signer)
    clerk = hq_side.desk("clerk.joshi")
    assert hq_head.keys_dir is not None
    receipt = clerk.services.hq.import_package(
        clerk.actor,
        result.path.read_bytes(),
        result.path.name,
        KeyStore(hq_head.keys_dir).hq_opener(PASSPHRASE),
    )
    assert receipt.status == IMPORTED, receipt.message

    page = HqConsolidatedPage(clerk)
    qtbot.addWidget(page)
    page.show()
    assert not page.weekly.isEnabled()  # a week is consolidated as sent
    page.chooser.choose("month", "2026-11")
    assert page.weekly.isEnabled()
    page.weekly.setChecked(True)
    QTest.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view.document is not None, timeout=TIMEOUT)
    doc = page.view.document
    assert doc is not None and "consolidated monthly return, November 2026" in doc.title
    assert "MH-MUM-DHR: week 2026-W45 missing" in page.missing.text()
    assert page.missing.isVisibleTo(page)
    s1 = page.view.models["S1"]
    assert s1.shown("station.MH-MUM-DHR", "seq") == "1"
    assert page.view.models["R1"].shown("all.total", "reported") == "8"
