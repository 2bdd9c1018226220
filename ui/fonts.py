"""The bundled Noto Sans Devanagari for every widget, so Marathi and Hindi never show as boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from models.resource_files import resource_path

FONT_FILES = ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf")
_loaded: list[str] = []


def load_bundled_fonts() -> list[str]:
    """Add the fonts to Qt's database (once) and return their family names."""
    if _loaded:
        return list(_loaded)
    for filename in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", filename)))
        if font_id < 0:
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _loaded:
                _loaded.append(family)
    return list(_loaded)


def apply_app_font(app: QApplication, point_size: int = 10) -> None:
    families = load_bundled_fonts()
    if families:
        font = QFont(families[0], point_size)
        app.setFont(font)
