"""The HQ pages, driven as the HQ clerk drives them: a folder of packages dropped on the import
page (a good one and a tampered one: one receipt each), who sent what, the consolidated return
and its files; trusting a station's key file; the HQ head, who may not import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from models.packages.keys import KeyStore
from models.returns.period import week
from models.services.hq import ALREADY, IMPORTED, REFUSED
from tests.returns.conftest import PASSPHRASE
from tests.ui import returns_support as support
from tests.ui.conftest import Dialogs
from tests.ui.returns_support import Answers, HqSide
from ui.desk import Desk
from ui.hq.import_page import HqImportPage
from ui.main_window import MainWindow

# The fixtures these pages need (pytest finds them by their names in this module).
answers = support.answers
hq_side = support.hq_side
known = support.known
opened_folders = support.opened_folders
station_desk = support.station_desk

pytestmark = pytest.mark.gui
TIMEOUT = 20_000


@pytest.fixture
def station_key_file(station_desk: Callable[[str], Desk], hq_side: HqSide, tmp_path: Path) -> Path:
    """The station's key made, HQ's key installed there; the station's public key file."""
    head = station_desk("pi.shinde")
    assert head.keys_dir is not None
    keys = head.services.exchange_keys
    keys.init_key(head.actor, KeyStore(head.keys_dir), PASSPHRASE)
    hq_key = hq_side.services.exchange_keys.own_public_key(hq_side.head().actor)
    keys.trust_hq(head.actor, hq_key.to_file(), source="hq.json")
    path = tmp_path / "MH-MUM-DHR-public-key.json"
    path.write_bytes(keys.own_public_key(head.actor).to_file())
    return path


@pytest.fixture
def inbox(station_desk: Callable[[str], Desk], station_key_file: Path, tmp_path: Path) -> Path:
    """A folder as HQ receives it: week 46's package, and a copy altered on the way."""
    head = station_desk("pi.shinde")
    assert head.keys_dir is not None
    folder = tmp_path / "inbox"
    signer = KeyStore(head.keys_dir).station_signer(PASSPHRASE)
    result = head.services.returns.export_package(head.actor, week(2026, 46), folder, signer)
    data = bytearray(result.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    (folder / "altered-copy.talash-return").write_bytes(bytes(data))
    (folder / "notes.txt").write_text("not a package")
    return folder


def _window(qtbot: QtBot, desk: Desk) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _drop(target: HqImportPage, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.drop.dropEvent(event)


def _nav_titles(window: MainWindow) -> list[str]:
    return [
        window.nav.item(i).text()
        for i in range(window.nav.count())
        if not window.nav.item(i).isHidden()
    ]


def test_the_clerk_trusts_imports_and_consolidates(
    qtbot: QtBot,
    hq_side: HqSide,
    inbox: Path,
    station_key_file: Path,
    answers: Answers,
    opened_folders: list[str],
    dialogs: Dialogs,
    tmp_path: Path,
) -> None:
    # The head trusts the station (after the fingerprint was read out on the telephone).
    head_window = _window(qtbot, hq_side.head())
    assert head_window.hq
    head_window.show_page("hq-stations")
    stations = head_window.hq_stations
    answers.open_file = station_key_file
    QTest.mouseClick(stations.keys.other_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][0] == "Station trusted"
    assert stations.trusted_model.column_texts(0) == ["MH-MUM-DHR"]
    # The head may not import: the service's words are shown.
    _drop(head_window.hq_import, inbox)
    assert "import returns at headquarters" in dialogs.texts()[-1]
    head_window.close()

    window = _window(qtbot, hq_side.desk("clerk.joshi"))
    assert _nav_titles(window)[:3] == ["Import returns", "Stations", "Consolidated return"]
    page = window.hq_import
    assert window.pages.currentWidget() is page
    _drop(page, inbox)
    qtbot.waitUntil(lambda: len(page.receipts) == 2, timeout=TIMEOUT)
    by_file = {r.file_name: r for r in page.receipts}
    good = by_file["MH-MUM-DHR_2026-W46_seq00001.talash-return"]
    bad = by_file["altered-copy.talash-return"]
    assert good.status == IMPORTED and bad.status == REFUSED
    assert bad.reason in ("damaged", "tampered") and bad.message
    shown = {page.model.text_at(r, 0): page.model.text_at(r, 1) for r in range(2)}
    assert shown == {good.file_name: "Imported", bad.file_name: "Refused"}
    assert bad.message in page.model.column_texts(5)
    assert "1 imported, 0 already imported, 1 refused" in page.summary.text()

    _drop(page, inbox)  # the same folder again: nothing changes, each file says so
    qtbot.waitUntil(lambda: any(r.status == ALREADY for r in page.receipts), timeout=TIMEOUT)
    assert sorted(r.status for r in page.receipts) == [ALREADY, REFUSED]

    window.show_page("hq-stations")
    status = window.hq_stations
    row = status.status_model.column_texts(0).index("MH-MUM-DHR")
    headers = status.status_model.headers
    assert status.status_model.text_at(row, headers.index("W46")) == "✓"
    assert status.status_model.text_at(row, len(headers) - 1) == ""  # not late
    assert "Every station has sent the return for Week 46" in status.status_note.text()

    window.show_page("hq-return")
    consolidated = window.hq_return
    qtbot.waitUntil(lambda: consolidated.view.document is not None, timeout=TIMEOUT)
    view = consolidated.view
    assert view.table_codes()[:2] == ["S1", "R1"]
    s1 = view.models["S1"]
    assert s1.shown("station.MH-MUM-DHR", "closing") == "6"
    assert s1.shown("station.MH-MUM-DHR", "seq") == "1"
    assert view.models["R1"].shown("all.total", "reported") == "8"
    answers.folder = tmp_path / "consolidated"
    answers.folder.mkdir()
    QTest.mouseClick(consolidated.files.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(consolidated.files.paths), timeout=TIMEOUT)
    assert {p.name for p in consolidated.files.paths} >= {
        "consolidated-MH-MUM-CP-2026-W46.xlsx",
        "consolidated-MH-MUM-CP-2026-W46.pdf",
    }
    QTest.mouseClick(consolidated.files.open_button, Qt.MouseButton.LeftButton)
    assert opened_folders == [str(answers.folder)]


def test_a_station_register_shows_no_hq_pages(
    qtbot: QtBot, station_desk: Callable[[str], Desk]
) -> None:
    window = _window(qtbot, station_desk("pi.shinde"))
    assert not window.hq
    assert "Import returns" not in _nav_titles(window)
    assert "Returns" in _nav_titles(window)


def test_the_receipts_model_passes_the_model_tester(
    qtmodeltester,  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    hq_side: HqSide,
    inbox: Path,
    station_key_file: Path,
) -> None:
    head = hq_side.head()
    hq_side.services.hq.trust_station(head.actor, station_key_file.read_bytes(), source="k")
    opener = KeyStore(hq_side.keys_dir).hq_opener(PASSPHRASE)
    clerk = hq_side.desk()
    receipts = hq_side.services.hq.import_files(clerk.actor, sorted(inbox.iterdir()), opener)
    page = HqImportPage(clerk)
    qtbot.addWidget(page)
    page.show_receipts(receipts)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 3  # the text file is refused too, when named by hand


def test_a_rewritten_history_is_shown_on_import_and_on_the_stations_page(
    hq_side: HqSide,
) -> None:
    from datetime import UTC, datetime

    from models.services.hq import HqStatus, ImportReceipt, StationStatus
    from ui.hq.import_page import receipt_cells
    from ui.hq.stations_page import status_rows
    from ui.widgets.table import as_cell

    w46 = week(2026, 46)
    warning = "History rewritten: the audit trail of MH-MUM-DHR does not extend …"
    flagged = ImportReceipt(
        "b.talash-return",
        IMPORTED,
        "Imported.",
        "ab" * 32,
        "",
        "MH-MUM-DHR",
        2,
        w46,
        warning=warning,
    )
    plain = ImportReceipt("a.talash-return", IMPORTED, "Imported.", "cd" * 32, seq=1)
    outcome, message = (as_cell(c) for c in receipt_cells(flagged)[1::4])
    assert outcome.text == "Imported, history rewritten" and outcome.colour is not None
    assert message.text.startswith(warning)
    assert as_cell(receipt_cells(plain)[1]).text == "Imported"

    when = datetime(2026, 11, 20, tzinfo=UTC)
    stations = (
        StationStatus("MH-MUM-DHR", "Dharavi", (True,), 2, w46, when, False, rewritten=(2,)),
        StationStatus("MH-MUM-SIO", "Sion", (True,), 5, w46, when, False),
    )
    headers, rows = status_rows(HqStatus(when, (w46,), stations, w46), hq_side.desk())
    assert headers[-1] == "Audit trail"
    assert as_cell(rows[0][-1]).text == "REWRITTEN (package 2)"
    assert as_cell(rows[1][-1]).text == ""
