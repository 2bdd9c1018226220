"""Use cases. Each public method is one transaction and returns DTOs, never ORM objects.

``Services`` bundles them for the composition root (desktop/), which builds it once per open
database and hands it to the window or the CLI verbs; nothing looks services up globally.
Importing this package loads no service module: ``Services.build`` does, when it is called.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.clock import Clock
from models.db import Database

if TYPE_CHECKING:
    from models.services.accounts import AccountService
    from models.services.approvals import ApprovalService
    from models.services.auditlog import AuditService
    from models.services.backups import BackupService
    from models.services.cases import CaseService
    from models.services.dashboard import DashboardService
    from models.services.destruction import DestructionService
    from models.services.drives import DriveService
    from models.services.duplicates import DuplicateService
    from models.services.exchange_keys import ExchangeKeyService
    from models.services.found import FoundService
    from models.services.hq import HqService
    from models.services.hq_matching import HqMatchingService
    from models.services.hq_rollup import HqRollupService
    from models.services.interchange import InterchangeService
    from models.services.legacy_import import LegacyImportService
    from models.services.match_notices import MatchNoticeService
    from models.services.matching import MatchingService
    from models.services.notices import NoticeService
    from models.services.policy import PolicyService
    from models.services.register import RegisterService
    from models.services.register_keys import RegisterKeyService
    from models.services.retention import RetentionService
    from models.services.returns import ReturnService
    from models.services.search import SearchService


@dataclass(frozen=True)
class Services:
    db: Database
    clock: Clock
    accounts: AccountService
    cases: CaseService
    register: RegisterService
    search: SearchService
    found: FoundService
    matching: MatchingService
    approvals: ApprovalService
    audit_log: AuditService
    backups: BackupService
    notices: NoticeService
    dashboard: DashboardService
    policy: PolicyService
    returns: ReturnService
    hq: HqService
    hq_rollup: HqRollupService
    hq_matching: HqMatchingService
    match_notices: MatchNoticeService
    drives: DriveService
    exchange_keys: ExchangeKeyService
    legacy_import: LegacyImportService
    interchange: InterchangeService
    register_keys: RegisterKeyService
    destruction: DestructionService
    retention: RetentionService
    duplicates: DuplicateService

    @classmethod
    def build(cls, db: Database, clock: Clock) -> Services:
        # Imported here, not at the top: a process that needs one service (the logon box
        # needs only the accounts) does not pay for loading all of them.
        from models.services.accounts import AccountService
        from models.services.approvals import ApprovalService
        from models.services.auditlog import AuditService
        from models.services.backups import BackupService
        from models.services.cases import CaseService
        from models.services.dashboard import DashboardService
        from models.services.destruction import DestructionService
        from models.services.drives import DriveService
        from models.services.duplicates import DuplicateService
        from models.services.exchange_keys import ExchangeKeyService
        from models.services.found import FoundService
        from models.services.hq import HqService
        from models.services.hq_matching import HqMatchingService
        from models.services.hq_rollup import HqRollupService
        from models.services.interchange import InterchangeService
        from models.services.legacy_import import LegacyImportService
        from models.services.match_notices import MatchNoticeService
        from models.services.matching import MatchingService
        from models.services.notices import NoticeService
        from models.services.policy import PolicyService
        from models.services.register import RegisterService
        from models.services.register_keys import RegisterKeyService
        from models.services.retention import RetentionService
        from models.services.returns import ReturnService
        from models.services.search import SearchService

        register = RegisterService(db, clock)
        return cls(
            db=db,
            clock=clock,
            accounts=AccountService(db, clock),
            cases=CaseService(db, clock),
            register=register,
            search=SearchService(db, clock, register.filtered),
            found=FoundService(db, clock),
            matching=MatchingService(db, clock),
            approvals=ApprovalService(db, clock),
            audit_log=AuditService(db, clock),
            backups=BackupService(db, clock),
            notices=NoticeService(db, clock),
            dashboard=DashboardService(db, clock),
            policy=PolicyService(db, clock),
            returns=ReturnService(db, clock),
            hq=HqService(db, clock),
            hq_rollup=HqRollupService(db, clock),
            hq_matching=HqMatchingService(db, clock),
            match_notices=MatchNoticeService(db, clock),
            drives=DriveService(db, clock),
            exchange_keys=ExchangeKeyService(db, clock),
            legacy_import=LegacyImportService(db, clock),
            interchange=InterchangeService(db, clock),
            register_keys=RegisterKeyService(db, clock),
            destruction=DestructionService(db, clock),
            retention=RetentionService(db, clock),
            duplicates=DuplicateService(db, clock),
        )
