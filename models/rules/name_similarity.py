"""How well a name that was looked for fits a name in the register, from 0 to 1.

Words are compared one to one, in any order, each query word to the register word that fits it
best: the same word (1), the same phonetic key (0.95: Shrivastav / श्रीवास्तव), the same skeleton
(0.9: Mohammed / Muhammad), the beginning of a word while it is being typed (0.85), a near
spelling (up to 0.85, from the edit distance of the phonetic keys), an initial (0.7: "V." for
Vaishali). A register word nobody asked for costs a little (a middle name skipped is still a good
match); a query word that fits nothing costs its whole share, so an unrelated name that shares
only the surname stays below every name that shares the given name too.

rapidfuzz compares phonetic keys only (a–z): its default processor would strip Devanagari vowel
signs, so raw Devanagari never reaches it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from models.names import phonetic_word, skeleton_word, to_latin, words

EXACT, PHONETIC, SKELETON, PREFIX, NEAR, INITIAL = 1.0, 0.95, 0.9, 0.85, 0.85, 0.7
UNASKED_WORD_COST = 0.03
NEAR_FLOOR = 0.75  # below this normalised similarity two words are different names


@dataclass(frozen=True)
class Word:
    latin: str
    phonetic: str
    skeleton: str


def split_name(text: str) -> tuple[Word, ...]:
    """The words of a name in any script, with their keys."""
    out = []
    for latin in words(to_latin(text)):
        phon = phonetic_word(latin)
        out.append(Word(latin, phon, skeleton_word(phon)))
    return tuple(out)


def words_from_keys(latin: str) -> tuple[Word, ...]:
    """The words of a stored name, from its stored Latin form."""
    out = []
    for word in words(latin):
        phon = phonetic_word(word)
        out.append(Word(word, phon, skeleton_word(phon)))
    return tuple(out)


def word_fit(asked: Word, stored: Word) -> float:
    if len(asked.latin) == 1:
        return INITIAL if stored.latin.startswith(asked.latin) else 0.0
    if asked.latin == stored.latin:
        return EXACT
    if asked.phonetic == stored.phonetic:
        return PHONETIC
    if len(asked.skeleton) >= 2 and asked.skeleton == stored.skeleton:
        return SKELETON
    if len(asked.latin) >= 3 and stored.latin.startswith(asked.latin):
        return PREFIX
    if len(asked.phonetic) >= 3 and stored.phonetic.startswith(asked.phonetic):
        return PREFIX * 0.95
    near = Levenshtein.normalized_similarity(asked.phonetic, stored.phonetic)
    return NEAR * near if near >= NEAR_FLOOR else 0.0


def name_fit(asked: tuple[Word, ...], stored: tuple[Word, ...]) -> float:
    """0–1: how well the asked words fit the stored name (see the module's doc)."""
    if not asked or not stored:
        return 0.0
    pairs = sorted(
        ((word_fit(a, s), i, j) for i, a in enumerate(asked) for j, s in enumerate(stored)),
        reverse=True,
    )
    used_asked: set[int] = set()
    used_stored: set[int] = set()
    total = 0.0
    for fit, i, j in pairs:
        if fit <= 0 or i in used_asked or j in used_stored:
            continue
        used_asked.add(i)
        used_stored.add(j)
        total += fit
    unasked = len(stored) - len(used_stored)
    return max(0.0, total / len(asked) - UNASKED_WORD_COST * unasked)
