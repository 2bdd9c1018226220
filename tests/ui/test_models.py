"""Every Qt model passes qtmodeltester; the register pages through 100,000 cases."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.clock import FixedClock
from models.db import Database, open_database
from models.dto.cases import CaseFilter, CaseSort, PersonInput
from models.dto.found import FoundInput
from models.enums import Activity, CaseStatus, Sex
from models.services import Services
from tests.conftest import FIXED_NOW, IST
from tests.factories import adult_case, child_case
from tests.ui import big_register
from ui.desk import Desk
from ui.found.model import FoundModel
from ui.labels import enum_label
from ui.overdue_view import OverdueModel
from ui.register.model import COLUMN_INDEX, RegisterModel
from ui.register.view import RegisterView
from ui.style import status_colours

pytestmark = pytest.mark.gui

BIG = 100_000
BIG_PAGE = 500


def _fill(desk: Desk, count: int) -> None:
    cases = desk.services.cases
    for i in range(count):
        cases.register_case(desk.actor, child_case() if i % 2 else adult_case())


def _register_model(desk: Desk, page_size: int) -> RegisterModel:
    def fetch(filters: CaseFilter, sort: str, cursor: str | None, limit: int):  # type: ignore[no-untyped-def]
        return desk.services.register.page_cases(
            desk.actor, filters, sort=sort, cursor=cursor, limit=limit
        )

    return RegisterModel(fetch, lang="mr", zone=IST, page_size=page_size)


def test_register_model_passes_the_model_tester(qtmodeltester, writer_desk: Desk) -> None:  # type: ignore[no-untyped-def]
    _fill(writer_desk, 7)
    model = _register_model(writer_desk, page_size=3)
    model.load(CaseFilter())
    assert model.rowCount() == 3 and model.canFetchMore()
    qtmodeltester.check(model)
    # The tester fetched the rest page by page (3 + 3 + 1), never the whole register at once.
    assert model.rowCount() == 7
    assert max(model.fetches) <= 3


def test_register_sorts_in_the_service_not_over_loaded_rows(writer_desk: Desk) -> None:
    _fill(writer_desk, 5)
    model = _register_model(writer_desk, page_size=2)
    model.load(CaseFilter())
    model.sort(COLUMN_INDEX["register_no"], Qt.SortOrder.AscendingOrder)
    assert model.sort_order == CaseSort.REGISTER_ASC
    assert model.row_at(0).register_no == "MP/2026/0001"
    model.sort(COLUMN_INDEX["register_no"], Qt.SortOrder.DescendingOrder)
    # Descending starts from the newest number although only two rows were ever loaded.
    assert model.row_at(0).register_no == "MP/2026/0005" and model.rowCount() == 2
    model.sort(COLUMN_INDEX["name"], Qt.SortOrder.AscendingOrder)  # not sortable: unchanged
    assert model.sort_order == CaseSort.REGISTER_DESC


def test_status_is_shown_by_colour_and_text(writer_desk: Desk) -> None:
    _fill(writer_desk, 1)
    model = _register_model(writer_desk, page_size=5)
    model.load(CaseFilter())
    index = model.index(0, COLUMN_INDEX["status"])
    assert model.data(index) == enum_label(CaseStatus.REGISTERED, "mr")  # in the desk's language
    background, text = status_colours(CaseStatus.REGISTERED.value)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) == background
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) == text


def test_overdue_and_found_models_pass_the_model_tester(qtmodeltester, writer_desk: Desk) -> None:  # type: ignore[no-untyped-def]
    _fill(writer_desk, 3)
    services = writer_desk.services
    services.found.add_found(
        writer_desk.actor,
        FoundInput(
            person=PersonInput(names=("Raju",), sex=Sex.MALE, age_min=9, age_max=10),
            found_at=FIXED_NOW,
            found_place="Sion signal",
            activity=Activity.BEGGING,
        ),
    )
    overdue = OverdueModel(IST)
    overdue.set_items(services.register.overdue(writer_desk.actor), services.clock.now())
    assert overdue.rowCount() >= 2
    qtmodeltester.check(overdue)
    found = FoundModel("en", IST)
    found.set_records(services.found.list_found(writer_desk.actor))
    assert found.rowCount() == 1
    qtmodeltester.check(found)


@pytest.fixture(scope="session")
def big_register_file(request: pytest.FixtureRequest) -> Path:
    cache = Path(request.config.cache.mkdir("talash-big-register"))
    return big_register.cached(cache, FixedClock(FIXED_NOW), BIG)


@pytest.fixture
def big_desk(big_register_file: Path, tmp_path: Path) -> Iterator[Desk]:
    path = tmp_path / "big.sqlite"
    shutil.copyfile(big_register_file, path)
    db: Database = open_database(path)
    services = Services.build(db, FixedClock(FIXED_NOW))
    actor = services.accounts.authenticate("psi.more", "Demo-Station-2026", desk="desk-1")
    yield Desk(services=services, actor=actor, station=services.accounts.station())
    db.dispose()


@pytest.mark.slow
def test_a_register_of_100000_cases_opens_and_scrolls_to_the_end_a_page_at_a_time(
    qtbot: QtBot, big_desk: Desk
) -> None:
    view = RegisterView(big_desk, page_size=BIG_PAGE)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading, timeout=30_000)
    model = view.model
    # Opening loads one page, not the register.
    assert model.fetches == [BIG_PAGE]
    assert view.count_label.text().startswith(f"{BIG_PAGE} of 100,000")
    # Scroll to the end the way the scroll bar does; each step may load one more page.
    table = view.table
    steps = 0
    while model.canFetchMore():
        table.scrollToBottom()
        QApplication.processEvents()
        steps += 1
        assert steps <= BIG // BIG_PAGE + 5
    assert model.rowCount() == BIG
    assert max(model.fetches) == BIG_PAGE
    assert len(model.fetches) == BIG // BIG_PAGE
    ids = [row.id for row in model.rows()]
    assert len(set(ids)) == BIG  # no row twice, none skipped, across shared report times
    table.scrollToBottom()
    QApplication.processEvents()
    bar = table.verticalScrollBar()
    assert bar.value() == bar.maximum()
    assert not model.canFetchMore()
