"""Messages from models/ that the window shows in the user's language.

models/ speaks English and cannot use Qt (the layers forbid it), so a refusal, a validation
problem or a field label is made with ``msg("Closure needs {what}", what=…)``: a ``Text``, which
*is* the English sentence (``str``), so the command line, the audit log, the tests and every
caller that joins or compares strings go on as before, and which also carries what a
translation needs: the catalogue context, the English template and the values of its
placeholders. The window (ui/i18n.py ``translated``) looks the template up in the Marathi or
Hindi catalogue and fills in the values, themselves translated when they are ``Text``.

Templates are literal strings with plain ``{name}`` placeholders (no format specs, no pieces
glued together), so ``make translations`` finds them in the source and a translation may put a
value where its grammar wants it. Values that need a format (a date, a count with commas) are
formatted before they are passed.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from models.localtext import LocalText
from models.vocabulary import load_vocabulary

# The catalogue contexts: models' sentences, and the words of field labels (models/field_labels).
MODELS = "models"
FIELDS = "Fields"
# Not a catalogue context: text that resources/ already hold in each language (a code's label
# in resources/vocabulary.json, a taxonomy label: models/localtext.py); its values are the
# Marathi and Hindi.
LOCAL = "local"


class Text(str):
    """English text that the window can translate (see the module's note)."""

    context: str
    template: str
    params: Mapping[str, object]

    def __new__(
        cls, english: str, template: str, params: Mapping[str, object], context: str
    ) -> Text:
        made = super().__new__(cls, english)
        made.context = context
        made.template = template
        made.params = dict(params)
        return made

    def __reduce__(self) -> tuple[object, ...]:
        # A str subclass pickles by its class; keep the parts too (a worker process sends these).
        return (Text, (str(self), self.template, self.params, self.context))


def msg(template: str, /, **params: object) -> Text:
    """``template`` with its ``{placeholders}`` filled in, translatable in the window."""
    english = template.format(**params) if params else template
    return Text(english, template, params, MODELS)


def field_words(words: str, *, shown: str | None = None) -> Text:
    """A field's label (``words`` as declared), translatable in the ``Fields`` context; ``shown``
    is the English form when it differs in its case only ("number" after "FIR, ")."""
    return Text(words if shown is None else shown, words, {}, FIELDS)


def vocabulary_word(value: StrEnum, english: str | None = None) -> Text:
    """A code's label (English from the vocabulary unless ``english`` is given), shown in the
    window by its label in the window's language."""
    words = load_vocabulary().text(value)
    return local_words(LocalText(words.en if english is None else english, words.mr, words.hi))


def stored_words(english: str) -> Text:
    """English that a station's program stored (a return package's headings and row names):
    shown in the window's language when it is one of the program's own messages."""
    return Text(english, english, {}, MODELS)


def local_words(text: LocalText) -> Text:
    """Text kept in resources/ in each language, shown in the window's language."""
    return Text(text.en, text.en, {"mr": text.mr, "hi": text.hi}, LOCAL)


def said(exc: BaseException) -> str:
    """What an exception says, still translatable when its message was made with ``msg``
    (``str(exc)`` would give a plain copy of the English)."""
    message = getattr(exc, "message", None)
    if isinstance(message, Text):
        return message
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Text) else str(exc)
