"""The name index: which stored names may fit a query, found through an index, never a scan.

Each query word of three or more letters in its phonetic key must occur inside the stored name's
phonetic key (any order; other words such as a middle name may sit between). On SQLite that is an
FTS5 trigram MATCH; on PostgreSQL ``LIKE '%key%'`` served by the pg_trgm GIN index: the same
substring rule either way. When the phonetic keys find fewer names than asked for, the skeleton
keys (consonants only) widen the net. Words shorter than three letters (initials, "Om") cannot
use a trigram index; they only order the candidates (and score them afterwards).

Candidates come back ordered by how many query words they hold whole, then how many initials they
start with, then by length (a shorter stored name holds less that was not asked for), so the
slower exact scoring (``models.rules.name_similarity``) sees the likeliest ones first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select, text
from sqlalchemy.orm import Session

from models.entities import NameKey
from models.rules.name_similarity import Word, split_name
from models.text import like_pattern

MIN_INDEXED = 3  # the trigram index cannot look up anything shorter
POOL = 2000  # stored names scored per tier at most (the newest); see Tier


@dataclass(frozen=True)
class NameQuery:
    """A query's words and the keys the index is asked for, tier by tier."""

    words: tuple[Word, ...]
    phonetic: tuple[str, ...]  # keys of ≥ 3 letters
    skeleton: tuple[tuple[str, str], ...]  # (column, key): a skeleton, or a short word's phonetic
    initials: tuple[str, ...]


def parse_query(text_: str) -> NameQuery:
    found = split_name(text_)
    phonetic = tuple(dict.fromkeys(w.phonetic for w in found if len(w.phonetic) >= MIN_INDEXED))
    skeleton = tuple(
        dict.fromkeys(
            ("skeleton", w.skeleton) if len(w.skeleton) >= MIN_INDEXED else ("phonetic", w.phonetic)
            for w in found
            if len(w.phonetic) >= MIN_INDEXED
        )
    )
    initials = tuple(w.latin for w in found if len(w.latin) < MIN_INDEXED)
    return NameQuery(found, phonetic, skeleton, initials)


def _fts_ids(terms: Sequence[tuple[str, str]], pool: int | None) -> Select[Any]:
    # Keys are a–z and 0–9 only (models.names), so quoting them is enough for FTS5's syntax.
    expr = " AND ".join(f'{column} : "{key}"' for column, key in terms)
    query = (
        select(text("rowid"))
        .select_from(text("name_key_fts"))
        .where(text("name_key_fts MATCH :fts").bindparams(fts=expr))
    )
    # FTS5 hands back rowids in order without sorting; the newest names are the highest.
    return query.order_by(text("rowid DESC")).limit(pool) if pool else query


def _matching(
    s: Session, terms: Sequence[tuple[str, str]], pool: int | None
) -> ColumnElement[bool]:
    """Every (column, key) term's key occurs in that column of the name; with ``pool``, only
    the newest ``pool`` such names."""
    if s.get_bind().dialect.name == "sqlite":
        return NameKey.id.in_(_fts_ids(terms, pool))
    fits = and_(
        *(getattr(NameKey, column).like(like_pattern(key), escape="\\") for column, key in terms)
    )
    if not pool:
        return fits
    return NameKey.id.in_(select(NameKey.id).where(fits).order_by(NameKey.id.desc()).limit(pool))


def _order(q: NameQuery, then: Sequence[Any] = ()) -> list[Any]:
    whole = [
        case(((literal(" ") + NameKey.phonetic + " ").like(f"% {k} %"), 1), else_=0)
        for k in q.phonetic
    ]
    starts = [
        case((or_(NameKey.latin.like(f"{i}%"), NameKey.latin.like(f"% {i}%")), 1), else_=0)
        for i in q.initials
        if i.isalnum()
    ]
    order: list[Any] = []
    if whole:
        order.append(sum(whole[1:], whole[0]).desc())
    if starts:
        order.append(sum(starts[1:], starts[0]).desc())
    order += [*then, func.length(NameKey.phonetic), NameKey.id.desc()]
    return order


@dataclass(frozen=True)
class Tier:
    """One index condition: ``every`` name that fits (for the count), and the ``pool`` of the
    newest ones that are scored. A common name or a fragment ("सुनी") fits tens of thousands of
    names in a million; sorting them all for each keystroke would cost more than the rest of
    the search, and the count still says how many there are."""

    every: ColumnElement[bool]
    pool: ColumnElement[bool]


def tiers(s: Session, q: NameQuery) -> list[Tier]:
    """The index conditions to try, strictest first."""
    terms: list[list[tuple[str, str]]] = []
    phonetic = [("phonetic", key) for key in q.phonetic]
    if phonetic:
        terms.append(phonetic)
    if q.skeleton and list(q.skeleton) != phonetic:
        terms.append(list(q.skeleton))
    out = [Tier(_matching(s, t, None), _matching(s, t, POOL)) for t in terms]
    if not out and q.words:
        # Nothing the trigram index can take: a short name ("Ram", राम = "rm"; "Om") or initials.
        # The B-tree indexes serve the beginning of the phonetic key, or of the folded name.
        key = " ".join(w.phonetic for w in q.words)
        folded = " ".join(w.latin for w in q.words)
        prefix = or_(
            and_(NameKey.phonetic >= key, NameKey.phonetic < key + "\uffff"),
            and_(NameKey.folded >= folded, NameKey.folded < folded + "\uffff"),
        )
        out.append(Tier(prefix, prefix))
    return out


def order_candidates(q: NameQuery, then: Sequence[Any] = ()) -> list[Any]:
    """Whole words held, initials held, then ``then`` (the caller's own preference), then the
    shorter stored name."""
    return _order(q, then)
