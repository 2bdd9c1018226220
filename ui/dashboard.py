"""This week and this year at a glance: reported, traced, still missing, by sex and age band,
and children found begging or working, as figures and bar charts. The figures are counted off the
window's thread ("Loading…" meanwhile): over a large register they take seconds."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
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
from ui.widgets.dialogs import error_label

# Keyed by the series' code, not the name shown (which is in the window's language).
SERIES_COLOURS = {"reported": "#1e6ba8", "traced": "#2e7d32", "untraced": "#c62828"}
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


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    title_font = QFont()
    title_font.setPointSize(12)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return chart, view


def _fill(chart: QChart, categories: list[str], sets: list[tuple[str, str, list[int]]]) -> None:
    """``sets``: (code, name shown, values) of each series."""
    chart.removeAllSeries()
    for axis in list(chart.axes()):
        chart.removeAxis(axis)
    series = QBarSeries()
    top = 0
    for code, name, values in sets:
        bar = QBarSet(name)
        bar.append([float(v) for v in values])
        bar.setColor(QColor(SERIES_COLOURS.get(code, "#1e6ba8")))
        bar.setLabelColor(QColor("#263238"))
        series.append(bar)
        top = max([top, *values])
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(categories)
    small = QFont()
    small.setPointSize(9)
    x.setLabelsFont(small)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x)
    y = QValueAxis()
    y.setRange(0, max(4, int(top * 1.2) + 1))
    y.setLabelFormat("%d")
    y.setTickCount(5)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y)
    chart.legend().setVisible(len(sets) > 1)


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

        self.sex_chart, sex_view = _chart(self.tr("By sex"))
        self.band_chart, band_view = _chart(self.tr("By age band (children's bands, then adults)"))
        self.work_chart, work_view = _chart(self.tr("Children begging or working"))
        charts = QGridLayout()
        charts.addWidget(sex_view, 0, 0)
        charts.addWidget(band_view, 0, 1)
        charts.addWidget(work_view, 0, 2)

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
        _fill(
            self.sex_chart,
            [enum_label(s, lang) for s in SEXES],
            [(code, name, [b.sex(s) for s in SEXES]) for code, name, b in rows],
        )
        bands = list(self.figures.bands)
        _fill(
            self.band_chart,
            [b if b != "unknown" else self.tr("age not known") for b in bands],
            [(code, name, [b.band(x) for x in bands]) for code, name, b in rows],
        )
        _fill(
            self.work_chart,
            [enum_label(a, lang) for a, _n in data.children_working],
            [("children", self.tr("Children"), [n for _a, n in data.children_working])],
        )
        # Each title whole for each period, so a translation words the period its own way.
        if period == "week":
            self.sex_chart.setTitle(self.tr("By sex, this week"))
            self.band_chart.setTitle(self.tr("By age band, this week"))
            self.work_chart.setTitle(self.tr("Children begging or working, this week"))
        else:
            self.sex_chart.setTitle(self.tr("By sex, this year"))
            self.band_chart.setTitle(self.tr("By age band, this year"))
            self.work_chart.setTitle(self.tr("Children begging or working, this year"))
