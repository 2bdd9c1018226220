"""The window shows each clock as the clock says: overdue only once its due instant passed."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from models.dto.cases import ClockInfo, ClockState
from models.policy import Policy
from models.rules.clocks import CWC_PRODUCTION, clock_label, clock_state
from models.services.overdue import OverdueItem
from ui.overdue_view import OverdueModel
from ui.style import OVERDUE_COLOUR

IST = ZoneInfo("Asia/Kolkata")
DUE = datetime(2026, 11, 20, 10, 0, tzinfo=IST)


def item(now: datetime, policy: Policy) -> OverdueItem:
    state = clock_state(DUE, None, now)
    clock = ClockInfo(
        kind=CWC_PRODUCTION,
        label=clock_label(CWC_PRODUCTION, policy),
        due_at=DUE,
        done_at=None,
        overdue=state is ClockState.OVERDUE,
        state=state,
    )
    return OverdueItem(clock, "case", "MP/2026/0001", "u-1", "Priya", True, None)


def test_the_overdue_page_colours_a_row_only_once_its_clock_says_overdue(qtbot: object) -> None:
    model = OverdueModel(IST)
    policy = Policy(cwc_production_hours=12)
    for now, red in ((DUE, False), (DUE + timedelta(minutes=1), True)):
        model.set_items([item(now, policy)], now)
        colour = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
        assert (colour is not None and colour.name() == OVERDUE_COLOUR.lower()) is red
        label = model.data(model.index(0, 2), Qt.ItemDataRole.DisplayRole)
        assert label == "Production before the CWC (12 h)"
