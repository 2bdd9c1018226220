"""A bar chart whose words are never cut: the title and the category names wrap onto more lines
as the chart narrows, where Qt Charts would shorten them to "Transg..." or "भीक मा...".

The bars lie across, one group per category, so the names stand on the left with up to
``NAMES_SHARE`` of the chart's width (Qt Charts' own limit for an axis) instead of under bars a
few words wide; the first category is at the top (Qt draws it at the bottom: the categories
and their values are given to it upside down).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QResizeEvent
from PySide6.QtWidgets import QWidget

NAMES_SHARE = 0.4  # Qt Charts gives an axis at most 40% of the chart's width
# What Qt Charts keeps around a text: the chart's margins and frame for the title, the labels'
# padding and the tick for a name (measured with Qt 6.12; generous rather than exact).
TITLE_SPARE = 48
NAME_SPARE = 18


def wrap_words(text: str, font: QFont, width: float) -> list[str]:
    """``text`` in lines no wider than ``width`` where the words allow (a longer word keeps a
    line of its own: it is never split)."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    for word in text.split():
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(word)
    return lines or [text]


def fitted(text: str, font: QFont, width: float, *, centred: bool = False) -> str:
    """``text`` as Qt Charts should show it in ``width``: as it is when it fits on one line,
    otherwise its lines joined by <br> (Qt Charts reads a text with a tag as HTML)."""
    lines = wrap_words(text, font, width)
    if len(lines) == 1:
        return text
    html = "<br>".join(escape(line) for line in lines)
    return f'<div align="center">{html}</div>' if centred else html


class BarChart(QChartView):
    """Bars of one or more series (a colour each) across the categories, with their counts."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        title_font = QFont()
        title_font.setPointSize(12)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.series = QHorizontalBarSeries()
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(self.series)
        self.names_axis = QBarCategoryAxis()
        small = QFont()
        small.setPointSize(9)
        self.names_axis.setLabelsFont(small)
        chart.addAxis(self.names_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.names_axis)
        self.counts_axis = QValueAxis()
        self.counts_axis.setLabelFormat("%d")
        self.counts_axis.setTickCount(5)
        chart.addAxis(self.counts_axis, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.counts_axis)
        self.whole_title = title
        self.names: list[str] = []
        self._fit_texts()

    def set_title(self, title: str) -> None:
        self.whole_title = title
        self._fit_texts()

    def show_bars(
        self, categories: Sequence[str], sets: Sequence[tuple[str, str, Sequence[int]]]
    ) -> None:
        """``sets``: (name shown, colour, one value per category) of each series."""
        self.series.clear()
        top = 0
        for name, colour, values in sets:
            bar = QBarSet(name)
            bar.append([float(v) for v in reversed(values)])
            bar.setColor(QColor(colour))
            bar.setLabelColor(QColor("#263238"))
            self.series.append(bar)
            top = max([top, *values])
        # Room past the longest bar for its count.
        self.counts_axis.setRange(0, max(4, int(top * 1.2) + 1))
        self.chart().legend().setVisible(len(sets) > 1)
        self.names = list(categories)
        self._fit_texts()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_texts()

    def _fit_texts(self) -> None:
        chart = self.chart()
        width = max(self.width(), self.minimumWidth(), 120)
        chart.setTitle(
            fitted(self.whole_title, chart.titleFont(), width - TITLE_SPARE, centred=True)
        )
        room = width * NAMES_SHARE - NAME_SPARE
        font = self.names_axis.labelsFont()
        self.names_axis.setCategories([fitted(name, font, room) for name in reversed(self.names)])
