"""The Returns page, driven as the station head drives it: last week's return on screen, the
publication and the annex, the files, the signed package (keys made on the way), the log of
packages sent, and drives. The package made here is imported at a test HQ."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from models.dto.returns import ReturnDocument
from models.packages.keys import KeyStore
from models.services.hq import IMPORTED
from tests.conftest import FIXED_NOW
from tests.returns.conftest import PASSPHRASE
from tests.ui import returns_support as support
from tests.ui.conftest import Dialogs
from tests.ui.returns_support import Answers, HqSide, hq_public_key_file
from ui.desk import Desk
from ui.returns.drives_tab import AddDriveDialog
from ui.returns.period_chooser import month_choices, week_choices
from ui.returns.table_models import AnnexModel, ReturnTableModel
from ui.returns_page import ReturnsPage
from ui.widgets.table import TextTableModel

# The fixtures these pages need (pytest finds them by their names in this module).
answers = support.answers
hq_side = support.hq_side
known = support.known
opened_folders = support.opened_folders
station_desk = support.station_desk

pytestmark = pytest.mark.gui
TIMEOUT = 20_000


def _page(qtbot: QtBot, desk: Desk) -> ReturnsPage:
    page = ReturnsPage(desk)
    qtbot.addWidget(page)
    page.resize(1150, 700)
    page.show()
    return page


def _shown(qtbot: QtBot, page: ReturnsPage, check: Callable[[ReturnDocument], bool]) -> None:
    qtbot.waitUntil(
        lambda: page.return_tab.view.document is not None and check(page.return_tab.view.document),
        timeout=TIMEOUT,
    )


def test_the_period_offered_first_is_last_week() -> None:
    today = FIXED_NOW.date()  # Friday of week 47
    weeks = week_choices(today)
    assert weeks[0][0] == "2026-W47" and "this week" in weeks[0][1]
    assert weeks[1][0] == "2026-W46" and "09-11 to 15-11" in weeks[1][1]
    assert month_choices(today)[1][0] == "2026-10"


def test_the_station_head_checks_last_week_and_writes_the_files(
    qtbot: QtBot,
    station_desk: Callable[[str], Desk],
    answers: Answers,
    opened_folders: list[str],
    tmp_path: Path,
) -> None:
    page = _page(qtbot, station_desk("pi.shinde"))
    tab = page.return_tab
    page.refresh()  # the first visit shows last week's return at once
    _shown(qtbot, page, lambda d: d.period.label == "2026-W46")
    view = tab.view
    assert view.table_codes() == ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"]
    r1 = view.models["R1"]
    # The worked example of docs/returns.md, counted by hand.
    assert r1.shown("all.total", "opening") == "5"
    assert r1.shown("all.total", "traced") == "6"
    assert r1.shown("all.total", "closing") == "6"
    assert r1.shown("all.total", "pct_traced") == "46.2"
    assert r1.shown("children.male", "traced") == "1"
    assert "Week 46 of 2026" in view.heading.text()

    QTest.mouseClick(tab.publish, Qt.MouseButton.LeftButton)
    _shown(qtbot, page, lambda d: d.suppress_below == 5)
    r1 = view.models["R1"]
    # One boy is not to be picked out, and this week's R1 is too small to publish any of its
    # figures without a child being worked out from the totals: it is withheld whole.
    assert r1.shown("children.male", "traced") == "x"
    assert r1.shown("all.total", "traced") == "x"
    assert r1.shown("all.total", "pct_traced") == "*"
    assert "shown as <5" in view.heading.text()

    QTest.mouseClick(tab.annex, Qt.MouseButton.LeftButton)  # the annex is never published
    _shown(qtbot, page, lambda d: bool(d.annex) and d.suppress_below is None)
    assert not tab.publish.isChecked()
    assert view.table_codes()[-1] == "Annex (5)"
    assert view.annex_model.headers[-1] == "Reason"  # no names unless asked for
    QTest.mouseClick(tab.names, Qt.MouseButton.LeftButton)
    _shown(qtbot, page, lambda d: any(a.name for a in d.annex))
    assert view.annex_model.headers[-1] == "Name"
    assert '=HYPERLINK("x")' in view.annex_model.column_texts(5)  # shown as typed, inert

    answers.folder = tmp_path / "files"
    answers.folder.mkdir()
    QTest.mouseClick(tab.files.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(tab.files.paths), timeout=TIMEOUT)
    names = sorted(p.name for p in answers.folder.iterdir())
    assert names == [
        "return-MH-MUM-DHR-2026-W46-annex.csv",
        "return-MH-MUM-DHR-2026-W46.csv",
        "return-MH-MUM-DHR-2026-W46.pdf",
        "return-MH-MUM-DHR-2026-W46.xlsx",
    ]
    QTest.mouseClick(tab.files.open_button, Qt.MouseButton.LeftButton)
    assert opened_folders == [str(answers.folder)]


def test_a_period_the_service_refuses_is_said_beside_the_period(
    qtbot: QtBot, station_desk: Callable[[str], Desk]
) -> None:
    page = _page(qtbot, station_desk("pi.shinde"))
    tab = page.return_tab
    tab.chooser.set_days(FIXED_NOW.date(), FIXED_NOW.date().replace(day=1))
    QTest.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    assert tab.error.isVisible()
    assert "ends before it starts" in tab.error.text()
    tab.chooser.choose("month", "2026-10")
    QTest.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    _shown(qtbot, page, lambda d: d.period.label == "2026-10")
    assert not tab.error.isVisible()


def test_the_package_is_signed_after_making_the_keys_and_imports_at_hq(
    qtbot: QtBot,
    station_desk: Callable[[str], Desk],
    hq_side: HqSide,
    answers: Answers,
    dialogs: Dialogs,
    tmp_path: Path,
) -> None:
    desk = station_desk("pi.shinde")
    page = _page(qtbot, desk)
    tab = page.return_tab
    answers.open_file = hq_public_key_file(hq_side, tmp_path)
    answers.folder = tmp_path / "to-hq"
    answers.folder.mkdir()
    # No key yet: the page says so, offers to make it (yes), then to install HQ's key (yes).
    QTest.mouseClick(tab.package_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.last_export is not None, timeout=TIMEOUT)
    titles = [title for title, _ in dialogs.shown]
    assert titles[:2] == ["No station key yet", "Key made"]
    assert "HQ's key is not installed" in titles and "Sign and export" in titles
    assert answers.asked.count("new-passphrase") == 1 and "passphrase" in answers.asked
    export = tab.last_export
    assert export is not None
    package = export.package
    assert package.path.exists() and package.seq == 1
    assert package.path.name == "MH-MUM-DHR_2026-W46_seq00001.talash-return"
    assert {p.suffix for p in export.files} == {".xlsx", ".csv", ".pdf"}
    assert all(p.exists() for p in export.files)
    assert package.sha256 in tab.package_status.text()
    assert package.sha256 in tab.view.heading.text()  # the PDF to sign carries it too

    # The packages sent, with their numbers and fingerprints.
    page.tabs.setCurrentWidget(page.packages)
    log: TextTableModel = page.packages.model
    assert log.rowCount() == 1
    assert log.text_at(0, 0) == "1" and log.text_at(0, 5) == package.sha256

    # HQ trusts the station's key and takes the package.
    own = desk.services.exchange_keys.own_public_key(desk.actor)
    clerk = hq_side.desk()
    hq_side.services.hq.trust_station(hq_side.head().actor, own.to_file(), source="dhr.json")
    opener = KeyStore(hq_side.keys_dir).hq_opener(PASSPHRASE)
    [receipt] = hq_side.services.hq.import_files(clerk.actor, [package.path], opener)
    assert receipt.status == IMPORTED, receipt.message
    assert receipt.station_code == "MH-MUM-DHR" and receipt.seq == 1


def test_a_wrong_passphrase_and_a_writer_are_refused_in_plain_words(
    qtbot: QtBot,
    station_desk: Callable[[str], Desk],
    hq_side: HqSide,
    answers: Answers,
    dialogs: Dialogs,
    tmp_path: Path,
) -> None:
    head = station_desk("pi.shinde")
    keys = head.services.exchange_keys
    assert head.keys_dir is not None
    keys.init_key(head.actor, KeyStore(head.keys_dir), PASSPHRASE)
    hq_key = hq_side.services.exchange_keys.own_public_key(hq_side.head().actor)
    keys.trust_hq(head.actor, hq_key.to_file(), source="hq.json")
    page = _page(qtbot, head)
    answers.folder = tmp_path / "out"
    answers.passphrase = "not the passphrase"
    page.return_tab.export_package()
    qtbot.waitUntil(lambda: any("does not unlock" in t for t in dialogs.texts()), timeout=TIMEOUT)
    assert page.return_tab.last_export is None
    assert not any(answers.folder.glob("*.talash-return"))

    writer = _page(qtbot, station_desk("hc.pawar"))
    tab = writer.return_tab
    tab.export_package()
    assert "cannot approve and sign the return" in dialogs.texts()[-1]
    QTest.mouseClick(tab.annex, Qt.MouseButton.LeftButton)
    QTest.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.error.isVisible(), timeout=TIMEOUT)
    assert "cannot approve and sign the return" in tab.error.text()


def test_drives_are_added_and_reported(
    qtbot: QtBot, station_desk: Callable[[str], Desk], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, station_desk("pi.shinde"))
    page.tabs.setCurrentWidget(page.drives)
    drives = page.drives
    assert drives.model.column_texts(0) == ["Operation Muskaan XII"]

    def fill(dialog: AddDriveDialog) -> int:
        dialog.name.setText("Operation Smile")
        dialog.last.setDate(dialog.first.date().addDays(-3))  # ends before it starts
        dialog.accept()
        assert "ends before it starts" in dialog.error.text()
        dialog.last.setDate(dialog.first.date().addDays(30))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(AddDriveDialog, "exec", fill)
    assert QDialog.DialogCode.Accepted.value == 1
    QTest.mouseClick(drives.add_button, Qt.MouseButton.LeftButton)
    assert sorted(drives.model.column_texts(0)) == ["Operation Muskaan XII", "Operation Smile"]
    drives.select("Operation Muskaan XII")
    QTest.mouseClick(drives.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: drives.view.document is not None, timeout=TIMEOUT)
    assert drives.view.table_codes() == ["D1", "D2", "D3"]
    who = drives.view.models["D1"]
    assert who.shown("total", who.table.columns[-1].key) == "6"  # type: ignore[union-attr]


def test_the_return_models_pass_the_model_tester(
    qtmodeltester,  # type: ignore[no-untyped-def]
    known,  # type: ignore[no-untyped-def]
) -> None:
    doc = known.svc.returns.preview(
        known.people.sho, known.svc.returns.parse_period("2026-W46"), annex=True
    )
    for table in doc.tables:
        model = ReturnTableModel()
        model.set_table(table, 5)
        qtmodeltester.check(model)
    annex = AnnexModel("mr")
    annex.set_annex(doc.annex)
    qtmodeltester.check(annex)
    empty = ReturnTableModel()
    empty.set_table(None)
    qtmodeltester.check(empty)
