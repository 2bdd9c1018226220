"""What the station decided about a possible match, and the possible matches not yet decided.

A decision is remembered per pair (found person, case): "not a match" keeps the pair from being
proposed again; "linked" records a link made against a contradiction, with its reason. A
suggestion is a pair that scored at or above the threshold when either record was last saved
(models.services.match_store), so counting what awaits review never scores anything.
Both go with the records they name (ON DELETE CASCADE), as destruction requires.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime
from models.entities.case import Case
from models.entities.found import FoundPerson


class MatchDecision(Base):
    __tablename__ = "match_decision"
    __table_args__ = (UniqueConstraint("found_person_id", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    found_person_id: Mapped[int] = mapped_column(ForeignKey("found_person.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("mp_case.id", ondelete="CASCADE"), index=True)
    decision: Mapped[str] = mapped_column(String(16))  # "not_a_match" or "linked"
    score: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))


class MatchSuggestion(Base):
    __tablename__ = "match_suggestion"
    __table_args__ = (Index("ix_match_suggestion_case", "case_id"),)

    found_person_id: Mapped[int] = mapped_column(
        ForeignKey("found_person.id", ondelete="CASCADE"), primary_key=True
    )
    case_id: Mapped[int] = mapped_column(
        ForeignKey("mp_case.id", ondelete="CASCADE"), primary_key=True
    )
    score: Mapped[int] = mapped_column(Integer)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime())


# The candidates of a found person are the open cases of the station of a compatible sex, last
# seen before it was found; of a case, the found persons in care likewise. Declared here, with the
# matching, rather than in the tables' own modules.
Index(
    "ix_mp_case_match",
    Case.station_id,
    Case.status,
    Case.sex,
    Case.last_seen_at,
)
Index(
    "ix_found_person_match",
    FoundPerson.station_id,
    FoundPerson.status,
    FoundPerson.sex,
    FoundPerson.found_at,
)
