"""This desk's own settings (an INI file in the data folder).

Station-wide rules (clock durations, age bands, suppression threshold) live in the database so
every desk agrees; this file holds only what belongs to one computer: which database it opens,
its desk name, the language of the screens, and the window's size and layout.
"""

from __future__ import annotations

import configparser
import io
import socket
from dataclasses import dataclass, field, replace
from pathlib import Path

from models.atomic_file import atomic_write
from models.text import TextProblem, check_desk_name, desk_name_from_host

SETTINGS_VERSION = 1
UI_LANGUAGES = ("en", "mr", "hi")


@dataclass(frozen=True)
class DeskSettings:
    database: str = ""  # empty: the station database in the data folder
    # Goes into every audit event this desk writes: always a valid desk name (models/text.py).
    desk_name: str = field(default_factory=lambda: desk_name_from_host(socket.gethostname()))
    ui_language: str = "en"
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    # Why the desk name in the file was not used (shown as a warning), or "".
    desk_name_problem: str = ""

    def with_changes(self, **changes: str) -> DeskSettings:
        return replace(self, **changes)


def load_settings(path: Path) -> DeskSettings:
    parser = configparser.ConfigParser(interpolation=None)
    if path.exists():
        try:
            parser.read(path, encoding="utf-8")
        except configparser.Error:
            # A damaged settings file must not stop the desk: fall back to defaults, keep a copy.
            path.replace(path.with_suffix(".ini.damaged"))
            return DeskSettings()
    section = parser["talash"] if parser.has_section("talash") else {}
    defaults = DeskSettings()
    ui_language = section.get("ui_language", defaults.ui_language)
    desk_name, problem = defaults.desk_name, ""
    typed = section.get("desk_name", "")
    if typed:
        try:
            desk_name = check_desk_name(typed)
        except TextProblem as exc:
            problem = (
                f"the desk name in {path} cannot be used ({exc}); this desk is recorded as "
                f"'{desk_name}' until it is corrected"
            )
    return DeskSettings(
        database=section.get("database", defaults.database),
        desk_name=desk_name,
        desk_name_problem=problem,
        ui_language=ui_language if ui_language in UI_LANGUAGES else "en",
        window_geometry=section.get("window_geometry", ""),
        window_state=section.get("window_state", ""),
    )


def save_settings(path: Path, settings: DeskSettings) -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser["talash"] = {
        "version": str(SETTINGS_VERSION),
        "database": settings.database,
        "desk_name": settings.desk_name,
        "ui_language": settings.ui_language,
        "window_geometry": settings.window_geometry,
        "window_state": settings.window_state,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    text = io.StringIO()
    parser.write(text)
    atomic_write(path, text.getvalue())
