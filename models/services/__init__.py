"""Use cases. Each public method is one transaction and returns DTOs, never ORM objects.

``Services`` bundles them for the composition root (desktop/), which builds it once per open
database and hands it to the window or the CLI verbs; nothing looks services up globally.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.clock import Clock
from models.db import Database
from models.services.accounts import AccountService
from models.services.approvals import ApprovalService
from models.services.auditlog import AuditService
from models.services.backups import BackupService
from models.services.cases import CaseService
from models.services.dashboard import DashboardService
from models.services.found import FoundService
from models.services.notices import NoticeService
from models.services.policy import PolicyService
from models.services.register import RegisterService


@dataclass(frozen=True)
class Services:
    db: Database
    clock: Clock
    accounts: AccountService
    cases: CaseService
    register: RegisterService
    found: FoundService
    approvals: ApprovalService
    audit_log: AuditService
    backups: BackupService
    notices: NoticeService
    dashboard: DashboardService
    policy: PolicyService

    @classmethod
    def build(cls, db: Database, clock: Clock) -> Services:
        return cls(
            db=db,
            clock=clock,
            accounts=AccountService(db, clock),
            cases=CaseService(db, clock),
            register=RegisterService(db, clock),
            found=FoundService(db, clock),
            approvals=ApprovalService(db, clock),
            audit_log=AuditService(db, clock),
            backups=BackupService(db, clock),
            notices=NoticeService(db, clock),
            dashboard=DashboardService(db, clock),
            policy=PolicyService(db, clock),
        )
