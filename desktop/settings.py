"""This desk's own settings (an INI file in the data folder).

Station-wide rules (clock durations, age bands, suppression threshold) live in the database so
every desk agrees; this file holds only what belongs to one computer: which database it opens,
its desk name, the language each person chose for the screens, and the window's size and layout.

The language is chosen per person (their username's entry under ``[languages]``); whoever has not
chosen sees the station's language. ``ui_language`` is the desk-wide choice of older versions,
still read and kept for them but no longer used for anyone's window.
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
    # Each person's chosen language of the screens: username -> "en", "mr" or "hi".
    user_languages: tuple[tuple[str, str], ...] = ()
    # Why the desk name in the file was not used (shown as a warning), or "".
    desk_name_problem: str = ""

    def with_changes(self, **changes: str) -> DeskSettings:
        return replace(self, **changes)  # type: ignore[arg-type]  # the str fields only

    def language_of(self, username: str) -> str | None:
        """The language this person chose on this desk; None when they have not chosen."""
        return dict(self.user_languages).get(username)

    def with_language(self, username: str, code: str) -> DeskSettings:
        chosen = dict(self.user_languages)
        chosen[username] = code
        return replace(self, user_languages=tuple(sorted(chosen.items())))


def _parser() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # usernames keep their case
    return parser


def load_settings(path: Path) -> DeskSettings:
    parser = _parser()
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
    languages = parser["languages"] if parser.has_section("languages") else {}
    user_languages = tuple(
        sorted((user, code) for user, code in languages.items() if code in UI_LANGUAGES)
    )
    return DeskSettings(
        user_languages=user_languages,
        database=section.get("database", defaults.database),
        desk_name=desk_name,
        desk_name_problem=problem,
        ui_language=ui_language if ui_language in UI_LANGUAGES else "en",
        window_geometry=section.get("window_geometry", ""),
        window_state=section.get("window_state", ""),
    )


def save_settings(path: Path, settings: DeskSettings) -> None:
    parser = _parser()
    parser["talash"] = {
        "version": str(SETTINGS_VERSION),
        "database": settings.database,
        "desk_name": settings.desk_name,
        "ui_language": settings.ui_language,
        "window_geometry": settings.window_geometry,
        "window_state": settings.window_state,
    }
    parser["languages"] = dict(settings.user_languages)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = io.StringIO()
    parser.write(text)
    atomic_write(path, text.getvalue())
