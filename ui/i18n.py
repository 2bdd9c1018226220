"""The window's language: Qt's own translation mechanism over the catalogues in
resources/translations (``talash_mr.qm``, ``talash_hi.qm``, compiled from the ``.ts`` sources by
``make translations``).

Strings are marked in the code with ``self.tr("…")`` in QObject subclasses and
``QCoreApplication.translate("Context", "…")`` elsewhere; sentences with a value take named
placeholders (``tr("{count} cases").format(count=n)``), never pieces glued together, so a
translation may put the value where its grammar wants it.

English is the source language: it needs no catalogue. One translator is installed at a time;
installing another language replaces it. Widgets read their texts when they are built, so a new
language shows in the windows built after it is installed (the main window after the next logon).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from models.messages import LOCAL, Text
from models.resource_files import resource_path

# The choice as each language calls itself, so a person who reads only one of them finds it.
LANGUAGES: dict[str, str] = {"en": "English", "mr": "मराठी", "hi": "हिंदी"}
TRANSLATED = ("mr", "hi")

_installed: list[QTranslator] = []


def catalogue_path(code: str) -> str:
    return str(resource_path("translations", f"talash_{code}.qm"))


def language_or_default(code: str | None, default: str) -> str:
    """``code`` when it is a language the window speaks, else ``default`` (else English)."""
    if code in LANGUAGES:
        return str(code)
    return default if default in LANGUAGES else "en"


def install_language(code: str) -> bool:
    """Make ``code`` the language of the widgets built from now on. False (and English) when
    its catalogue is missing or unreadable; English itself always succeeds."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if code not in TRANSLATED:
        return code == "en"
    translator = QTranslator(app)
    if not translator.load(catalogue_path(code)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def translated(value: object) -> str:
    """A message from models/ in the installed language: a ``Text`` (models/messages.py) is
    looked up by its English template in its context and its values filled in, each translated
    in turn; anything else is shown as it is. A translation that lost a placeholder (the
    catalogue test catches it) falls back to the English rather than failing."""
    if not isinstance(value, Text):
        return str(value)
    if value.context == LOCAL:
        return str(value.params.get(installed_language(), value))
    own = QCoreApplication.translate(value.context, value.template)
    if own == value.template and not value.params:
        return str(value)  # untranslated (English): the text as models/ wrote it
    if not value.params:
        return own
    values = {name: translated(given) for name, given in value.params.items()}
    try:
        return own.format(**values)
    except (KeyError, IndexError, ValueError):
        return value.template.format(**values)


def installed_language() -> str:
    """The language installed by ``install_language`` ("en" when none)."""
    if not _installed:
        return "en"
    return _installed[0].language().split("_")[0] or "en"


# Qt's own buttons (message boxes, dialog button boxes) ask the installed translator under
# Qt's context for them; Qt ships no Marathi or Hindi catalogue, so ours carries these.
QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
)
