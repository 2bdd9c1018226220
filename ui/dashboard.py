"""This week and this year at a glance: reported, traced, still missing, by sex and age band,
and children found begging or working, as figures and bar charts. The figures are counted off the
window's thread ("Loading…" meanwhile): over a large register they take seconds."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import Sex
from models.errors import UserError
from models.services.dashboard import DashboardFigures, PeriodFigures
from ui.desk import Desk
from ui.formats import format_instant
from ui.i18n import translated
from ui.labels import enum_label
from ui.review_link import ReviewLink
from ui.tasks import default_error, run_in_background
from ui.widgets.bar_chart import BarChart
from ui.widgets.dialogs import error_label

# Keyed by the series' code, not the name shown (which is in the window's language).
SERIES_COLOURS = {"reported": "#1e6ba8", "traced": "#2e7d32", "untraced": "#c62828"}
CHILDREN_COLOUR = "#1e6ba8"
SEXES = (Sex.MALE, Sex.FEMALE, Sex.TRANSGENDER, Sex.UNKNOWN)


class Tile(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.number = QLabel("–", self)
        self.number.setProperty("role", "big-number")
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set(self, value: int) -> None:
        self.number.setText(f"{value:,}")


class DashboardView(QWidget):
    review_matches = Signal()  # the possible matches to review were clicked

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.review = ReviewLink(desk, self)
        self.review.review.connect(self.review_matches)
        self.figures: DashboardFigures | None = None
        self.period = "week"
        self.loading = False
        self._again = False
        title = QLabel(self.tr("Dashboard"), self)
        title.setProperty("role", "page-title")
        self.as_of = QLabel(self)
        self.as_of.setProperty("role", "hint")
        self.week_button = QPushButton(self.tr("This week"), self)
        self.year_button = QPushButton(self.tr("This year"), self)
        group = QButtonGroup(self)
        for button in (self.week_button, self.year_button):
            button.setCheckable(True)
            button.setAutoDefault(False)
            group.addButton(button)
        self.week_button.setChecked(True)
        self.week_button.clicked.connect(lambda: self.show_period("week"))
        self.year_button.clicked.connect(lambda: self.show_period("year"))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.as_of)
        top.addStretch(1)
        top.addWidget(self.review)
        top.addWidget(self.week_button)
        top.addWidget(self.year_button)

        tiles = QGridLayout()
        tiles.setHorizontalSpacing(10)
        tiles.setVerticalSpacing(10)
        self.tiles: dict[tuple[str, str], Tile] = {}
        captions = (
            ("reported", self.tr("reported")),
            ("traced", self.tr("traced")),
            ("untraced", self.tr("reported and still missing")),
            ("working", self.tr("children found begging or working")),
        )
        periods = (("week", self.tr("This week")), ("year", self.tr("This year")))
        for r, (period, label) in enumerate(periods):
            heading = QLabel(f"<b>{label}</b>", self)
            tiles.addWidget(heading, r, 0)
            for c, (key, caption) in enumerate(captions, start=1):
                tile = Tile(caption, self)
                tile.setObjectName(f"tile-{period}-{key}")
                self.tiles[(period, key)] = tile
                tiles.addWidget(tile, r, c)
        self.missing_tile = Tile(self.tr("missing now (all years)"), self)
        self.missing_tile.setObjectName("tile-missing-now")
        tiles.addWidget(self.missing_tile, 0, 5, 2, 1)

        self.sex_view = BarChart(self.tr("By sex"), self)
        self.band_view = BarChart(self.tr("By age band (children's bands, then adults)"), self)
        self.work_view = BarChart(self.tr("Children begging or working"), self)
        self.sex_chart = self.sex_view.chart()
        self.band_chart = self.band_view.chart()
        self.work_chart = self.work_view.chart()
        charts = QGridLayout()
        for column, view in enumerate((self.sex_view, self.band_view, self.work_view)):
            charts.addWidget(view, 0, column)
            charts.setColumnStretch(column, 1)  # three equal charts, whatever their texts

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addLayout(charts, 1)
        self.error = error_label(self)
        layout.addWidget(self.error)

    def refresh(self) -> None:
        """Count again off the window's thread; the figures shown stay until the new ones come."""
        self.review.refresh()
        if self.loading:
            self._again = True
            return
        self.loading = True
        self._again = False
        self.as_of.setText(self.tr("Loading…"))
        desk = self.desk
        run_in_background(
            lambda: desk.services.dashboard.figures(desk.actor),
            self._fill,
            self._failed,
            owner=self,
        )

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.as_of.setText("")
        if isinstance(exc, UserError):
            self.error.setText(translated(exc.message))
        else:
            default_error(self)(exc)

    def _fill(self, figures: DashboardFigures) -> None:
        self.loading = False
        self.figures = figures
        self.error.setText("")
        self.as_of.setText(
            self.tr("as of {moment}").format(moment=format_instant(figures.at, self.desk.zone))
        )
        for period, data in (("week", figures.week), ("year", figures.year)):
            self.tiles[(period, "reported")].set(data.reported.total)
            self.tiles[(period, "traced")].set(data.traced.total)
            self.tiles[(period, "untraced")].set(data.untraced.total)
            self.tiles[(period, "working")].set(data.children_working_total)
        self.missing_tile.set(figures.missing_now)
        self.show_period(self.period)
        if self._again:
            self.refresh()

    def show_period(self, period: str) -> None:
        self.period = period
        (self.week_button if period == "week" else self.year_button).setChecked(True)
        if self.figures is None:
            return
        data: PeriodFigures = self.figures.week if period == "week" else self.figures.year
        lang = self.desk.lang
        rows = [
            ("reported", self.tr("Reported"), data.reported),
            ("traced", self.tr("Traced"), data.traced),
            ("untraced", self.tr("Still missing"), data.untraced),
        ]
        self.sex_view.show_bars(
            [enum_label(s, lang) for s in SEXES],
            [(name, SERIES_COLOURS[code], [b.sex(s) for s in SEXES]) for code, name, b in rows],
        )
        bands = list(self.figures.bands)
        self.band_view.show_bars(
            [b if b != "unknown" else self.tr("age not known") for b in bands],
            [(name, SERIES_COLOURS[code], [b.band(x) for x in bands]) for code, name, b in rows],
        )
        self.work_view.show_bars(
            [enum_label(a, lang) for a, _n in data.children_working],
            [(self.tr("Children"), CHILDREN_COLOUR, [n for _a, n in data.children_working])],
        )
        # Each title whole for each period, so a translation words the period its own way.
        if period == "week":
            self.sex_view.set_title(self.tr("By sex, this week"))
            self.band_view.set_title(self.tr("By age band, this week"))
            self.work_view.set_title(self.tr("Children begging or working, this week"))
        else:
            self.sex_view.set_title(self.tr("By sex, this year"))
            self.band_view.set_title(self.tr("By age band, this year"))
            self.work_view.set_title(self.tr("Children begging or working, this year"))
