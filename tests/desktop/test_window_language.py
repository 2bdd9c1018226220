"""Each person's language of the window is kept in the desk's settings, apart from the others'."""

from __future__ import annotations

from pathlib import Path

from desktop.settings import DeskSettings, load_settings, save_settings


def test_each_person_keeps_their_own_language(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = DeskSettings(desk_name="desk-1").with_language("hc.pawar", "mr")
    settings = settings.with_language("PSI.More", "hi").with_language("hc.pawar", "en")
    save_settings(path, settings)
    loaded = load_settings(path)
    assert loaded.language_of("hc.pawar") == "en"
    assert loaded.language_of("PSI.More") == "hi"  # usernames keep their case
    assert loaded.language_of("pi.shinde") is None  # not chosen: the station's language


def test_a_language_the_window_does_not_speak_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[talash]\ndesk_name = desk-1\n[languages]\nhc.pawar = fr\n", encoding="utf-8")
    assert load_settings(path).language_of("hc.pawar") is None
