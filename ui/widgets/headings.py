"""Column headings that wrap onto lines and are always shown whole.

Qt's heading row keeps the height it was given: a heading that needs one line more than the
others (R4's "Another police station in the city", longer still in Marathi) is cut at the
bottom, and a word longer than its column is cut at the sides. ``keep_headings_whole`` makes
the row as tall as the tallest heading and each column as wide as its longest word, and does it
again whenever a column is resized or the headings change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt, Slot
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

WRAP = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
SPARE = 2  # pixels beyond the measured text, against rounding in the style's own layout


def keep_headings_whole(view: QTableView, *, least_lines: int = 1) -> None:
    """Wrap ``view``'s column headings and keep each one whole (the row at least
    ``least_lines`` lines high, so the tables of one page line up)."""
    view.horizontalHeader().setDefaultAlignment(WRAP)
    _HeadingFitter(view, least_lines).fit()


class _HeadingFitter(QObject):
    """Lives as long as the heading row (its child): a model kept for the next table (the
    annex's) stops calling it when the row is gone."""

    def __init__(self, view: QTableView, least_lines: int) -> None:
        header = view.horizontalHeader()
        super().__init__(header)
        self.header = header
        self.least_lines = least_lines
        self.busy = False
        header.sectionResized.connect(self.fit)
        header.sectionCountChanged.connect(self.fit)
        model = view.model()
        if model is not None:
            model.modelReset.connect(self.fit)
            model.headerDataChanged.connect(self.fit)

    @Slot()
    def fit(self) -> None:
        if self.busy:  # widening a column below resizes a section: one fitting at a time
            return
        self.busy = True
        try:
            _fit(self.header, self.least_lines)
        finally:
            self.busy = False


def _texts(header: QHeaderView) -> dict[int, str]:
    model = header.model()
    if model is None:
        return {}
    texts = {
        section: str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        for section in range(header.count())
        if not header.isSectionHidden(section)
    }
    return {section: text for section, text in texts.items() if text.strip()}


def _fit(header: QHeaderView, least_lines: int) -> None:
    metrics = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    texts = _texts(header)
    for section, text in texts.items():
        # A word is never split: its column widens to it.
        longest = max(metrics.horizontalAdvance(word) for word in text.split())
        if longest + 2 * margin + SPARE > header.sectionSize(section):
            header.resizeSection(section, longest + 2 * margin + SPARE)
    tallest = metrics.height() * least_lines
    for section, text in texts.items():
        room = header.sectionSize(section) - 2 * margin
        needed = metrics.boundingRect(QRect(0, 0, room, 10_000), int(WRAP), text)
        tallest = max(tallest, needed.height())
    height = tallest + 2 * margin + SPARE
    if header.minimumHeight() != height:
        header.setMinimumHeight(height)
