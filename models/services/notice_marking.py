"""Taking notices down when their subject is found: one rule for cases and found persons."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import Notice
from models.enums import NoticeStatus


def mark_for_withdrawal(
    s: Session,
    now: datetime,
    why: str,
    *,
    case_id: int | None = None,
    found_person_id: int | None = None,
) -> list[str]:
    """Issued notices become "withdrawal due"; requested or approved ones are dropped.

    Returns the numbers of the notices that are out and must now be taken down.
    """
    query = select(Notice)
    if case_id is not None:
        query = query.where(Notice.case_id == case_id)
    elif found_person_id is not None:
        query = query.where(Notice.found_person_id == found_person_id)
    else:
        raise ValueError("mark_for_withdrawal needs a case or a found person")
    marked: list[str] = []
    for notice in s.scalars(query):
        if notice.status == NoticeStatus.ISSUED.value:
            notice.status = NoticeStatus.WITHDRAWAL_DUE.value
            notice.withdrawal_due_at = now
            marked.append(notice.notice_no or f"#{notice.id}")
        elif notice.status in (NoticeStatus.REQUESTED.value, NoticeStatus.APPROVED.value):
            notice.status = NoticeStatus.REFUSED.value
            notice.refused_reason = f"{why}: no longer to be issued"
    return marked
