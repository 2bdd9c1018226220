"""Cases whose possible matches are due to be worked out again.

A save of a case does not score it against the found persons in care: that took most of a save
in a large register. The save records here, in its own transaction, that the case's matches
are due, and ``models.services.match_due`` refreshes them in a transaction of their own after
the commit. A program stopped between the two loses nothing: the row stays until the refresh
is done, and the next refresh (after the next save, at logon, before counting what awaits
review) does it. The row goes with its case (ON DELETE CASCADE), as destruction requires.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime


class MatchDue(Base):
    __tablename__ = "match_due"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("mp_case.id", ondelete="CASCADE"), primary_key=True
    )
    due_since: Mapped[datetime] = mapped_column(UTCDateTime())
