"""Name keys: one name in any script and spelling, reduced to forms that compare.

A name is kept as typed (NFC). For finding it again, each name, alias and relative's name also
gets:

- ``folded``: NFKC, case-folded, zero-width characters gone (``models.text.search_key``);
- ``latin``: Devanagari (and the other Indian scripts: Gujarati, Bengali, Gurmukhi …)
  transliterated to one plain Latin form (IAST through ``indic_transliteration``, diacritics
  dropped, the final inherent vowel dropped as Hindi and Marathi speakers do), Latin letters
  kept: श्रीवास्तव → "shrivastav";
- ``devanagari``: for a name typed in Latin letters, a Devanagari spelling (the first of the
  candidates ``devanagari_candidates`` gives), shown beside search results;
- ``phonetic``: per word, a key that forgives the spellings Indian names are written in: long and
  short vowels (aa/a, ee/i/y, oo/u), ai/ay/e, au/ou/o, v/w/b, sh/s, ksh/x, aspirates (th/t,
  dh/d, ph/f, kh/k, gh/g, bh/b, ch/chh), doubled letters, and the inherent "a" that one writer
  spells out and another drops (Kulkarni, कुलकर्णी = kulakarni): every "a" after a word's first
  letter goes. Shrivastav, Srivastava and श्रीवास्तव all give "srivstv".
- ``skeleton``: the phonetic key's consonants with its first letter: the wider net used when the
  phonetic key finds too little (Mohammed, Mohammad, Muhammad → "mhmd").

The keys are computed here only; the services store them with the name in the same transaction
(``models.services.person_store``), and the search and the matching read them back.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from models.text import search_key

_DEVANAGARI = re.compile(r"[\u0900-\u097f\ua8e0-\ua8ff]+")
# Runs of any Indian script (Devanagari to Malayalam), each transliterated by its own scheme.
_INDIC = re.compile(r"[\u0900-\u0d7f\ua8e0-\ua8ff]+")
_SCRIPT_BLOCKS = (
    (0x0900, "devanagari"),
    (0x0980, "bengali"),
    (0x0A00, "gurmukhi"),
    (0x0A80, "gujarati"),
    (0x0B00, "oriya"),
    (0x0B80, "tamil"),
    (0x0C00, "telugu"),
    (0x0C80, "kannada"),
    (0x0D00, "malayalam"),
)
_WORD = re.compile(r"[a-z0-9]+")
# IAST letters whose plain form would lose a sound a Latin speller writes (before diacritics go).
_IAST_FIXES = (
    ("jñ", "gy"),  # ज्ञ: Gyan, Dnyaneshwar are both heard; "gy" is the commoner spelling
    ("ṛ", "ri"),  # कृष्ण: Krishna
    ("ṝ", "ri"),
    ("ṃh", "ngh"),  # सिंह = Singh
    ("ṃp", "mp"),  # anusvara before a labial is heard as m: कांबळे = Kamble
    ("ṃb", "mb"),
    ("ṃm", "mm"),
    ("ṃ", "n"),  # elsewhere as n: संजय = Sanjay
    ("m̐", "n"),  # candrabindu
    ("ś", "sh"),
    ("ṣ", "sh"),
    ("k͟h", "kh"),  # nukta letters
    ("g͟h", "gh"),
    ("ch", "chh"),  # IAST ch is छ; plain c is च, which Latin writes "ch"
    ("c", "ch"),
)
# Phonetic rewrites, in order; each applies to the whole word.
_PHONETIC_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"^dny|(?<=[aeiou])dny", "gy"),  # Marathi spelling of ज्ञ: Dnyaneshwar
        (r"ksh|x", "ks"),
        (r"chh|ch|c(?=[eiy])", "c"),
        (r"sh|zh", "s"),
        (r"z", "j"),
        (r"q|ck", "k"),
        (r"ph|f", "f"),
        (r"([kgjtdpbvwlmnr])h", r"\1"),  # aspirates (kh, dh, bh …) and Marathi vh (चव्हाण)
        (r"aya(?=[^aeiou])", "ai"),  # गायकवाड, gāyakavāḍa = Gaikwad
        (r"au|ou|ow(?=[^aeiou]|$)|aw(?=[^aeiou]|$)", "o"),
        (r"ai|ay(?=[^aeiou]|$)|ae|ei|ey(?=[^aeiou]|$)", "e"),
        (r"[wb]", "v"),
        (r"ee|ii|ie", "i"),
        (r"oo|uu", "u"),
        (r"(?<=[^aeiou])y$", "i"),  # Chaudhary / Chaudhari
        (r"(.)\1+", r"\1"),  # doubled letters
    )
)
_VOWELS = frozenset("aeiou")
_LATIN_TO_OPTITRANS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"ee", "I"),
        (r"oo", "U"),
        (r"aa", "A"),
        (r"ou|ow(?=[^aeiou]|$)", "au"),
        (r"w", "v"),
        (r"ey\b", "e"),
        (r"(?<=[^aeiou])y\b", "I"),
        (r"^dny|(?<=[aeiou])dny", "j~n"),
    )
)


@dataclass(frozen=True)
class NameKeys:
    """The searchable forms of one name (see the module's doc)."""

    folded: str
    latin: str
    devanagari: str
    phonetic: str
    skeleton: str


def has_devanagari(text: str) -> bool:
    return _DEVANAGARI.search(text) is not None


def _script_of(word: str) -> str:
    point = ord(word[0])
    if point >= 0xA8E0:
        return "devanagari"  # Devanagari Extended
    return next(name for start, name in reversed(_SCRIPT_BLOCKS) if point >= start)


@lru_cache(maxsize=4096)
def _indic_word_to_latin(word: str) -> str:
    from indic_transliteration import sanscript  # imported on first use: the CLI starts faster

    iast = sanscript.transliterate(word, _script_of(word), sanscript.IAST).lower()
    # A word ending in a consonant letter carries an inherent "a" that is not spoken (रमेश).
    if len(iast) > 2 and iast.endswith("a") and not iast.endswith(("ā", "aa")):
        last = word[-1]
        if unicodedata.category(last) == "Lo":  # a consonant letter, no vowel sign after it
            iast = iast[:-1]
    for before, after in _IAST_FIXES:
        iast = iast.replace(before, after)
    plain = unicodedata.normalize("NFD", iast)
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def to_latin(text: str) -> str:
    """One plain lower-case Latin form of ``text``: Indian scripts transliterated, Latin kept."""
    folded = search_key(text)
    if _INDIC.search(folded) is None:
        return _ascii_fold(folded)
    latin = _INDIC.sub(lambda m: _indic_word_to_latin(m.group(0)), folded)
    return _ascii_fold(latin.replace("।", " ").replace("॥", " "))


def _ascii_fold(text: str) -> str:
    """Accents off Latin letters (Zoë → zoe), Devanagari digits to 0–9, punctuation to spaces."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            continue
        if ch.isdigit():
            out.append(str(unicodedata.digit(ch, 0)))
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch.isalpha():
            out.append(ch)  # a letter no rule knows: kept so the name still compares to itself
        else:
            out.append(" ")
    return " ".join("".join(out).split())


def phonetic_word(word: str) -> str:
    """The phonetic key of one Latin word (lower case, a–z and digits)."""
    if not word:
        return ""
    key = word
    for pattern, repl in _PHONETIC_RULES:
        key = pattern.sub(repl, key)
    # The inherent "a": spelt out by one writer, dropped by another (kulakarni / kulkarni).
    return key[0] + key[1:].replace("a", "")


def skeleton_word(phonetic: str) -> str:
    """The first letter and the consonants of a phonetic key."""
    if not phonetic:
        return ""
    return phonetic[0] + "".join(ch for ch in phonetic[1:] if ch not in _VOWELS)


def words(latin: str) -> list[str]:
    return _WORD.findall(latin)


def phonetic(text: str) -> str:
    """The phonetic key of a whole name: one key per word, separated by spaces."""
    return " ".join(phonetic_word(w) for w in words(to_latin(text)))


def devanagari_candidates(text: str, limit: int = 3) -> tuple[str, ...]:
    """Devanagari spellings a Latin-typed name may have been written in, likeliest first.

    Latin spelling does not say whether a vowel is long, so the candidates vary the final vowel
    (Sunita → सुनित, सुनिता) and the long ee/oo the writer may have meant. Devanagari input is
    returned as it is.
    """
    folded = search_key(text)
    if has_devanagari(folded) or not folded:
        return (folded,) if folded else ()
    from indic_transliteration import sanscript

    latin = _ascii_fold(folded)
    # Latin spellings OPTITRANS would read wrongly: long vowels doubled, ou for औ, w for व.
    for pattern, repl in _LATIN_TO_OPTITRANS:
        latin = pattern.sub(repl, latin)
    variants: list[str] = []
    for form in (
        latin,
        re.sub(r"a\b", "A", latin),  # Sunita → sunitA (सुनिता)
        re.sub(r"i\b", "I", re.sub(r"a\b", "A", latin)),  # final ī as in Laxmi → लक्ष्मी
    ):
        deva = sanscript.transliterate(form, sanscript.OPTITRANS, sanscript.DEVANAGARI)
        # A Latin word ending in a consonant ends in a virama in OPTITRANS; Devanagari writers
        # leave the inherent vowel unwritten instead (Sanjay → संजय, not सञ्जय्).
        deva = re.sub("\u094d(?=\\s|$)", "", deva).replace("ञ्ज", "ंज").replace("ङ्ग", "ंग")
        if deva not in variants:
            variants.append(deva)
    return tuple(variants[:limit])


def name_keys(text: str) -> NameKeys:
    latin = to_latin(text)
    phon = [phonetic_word(w) for w in words(latin)]
    candidates = devanagari_candidates(text, limit=1)
    return NameKeys(
        folded=search_key(text),
        latin=latin,
        devanagari=candidates[0] if candidates else "",
        phonetic=" ".join(phon),
        skeleton=" ".join(skeleton_word(p) for p in phon),
    )
