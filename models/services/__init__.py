"""Use cases. Each public method is one transaction and returns DTOs, never ORM objects.

``Services`` bundles them for the composition root (desktop/), which builds it once per open
database and hands it to the window or the CLI verbs; nothing looks services up globally.
Importing this package loads no service module, and neither does ``Services.build``: each
service's module is imported, and the service made, the first time it is asked for. A process
that needs one service (the logon box needs the accounts, ``talash case show`` the cases) does
not pay for loading the other twenty-odd modules and their dependencies.
"""

from __future__ import annotations

from functools import cached_property
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


class Services:
    """The services of one open database, each made on first use and kept."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    @classmethod
    def build(cls, db: Database, clock: Clock) -> Services:
        return cls(db, clock)

    @cached_property
    def accounts(self) -> AccountService:
        from models.services.accounts import AccountService

        return AccountService(self.db, self.clock)

    @cached_property
    def cases(self) -> CaseService:
        from models.services.cases import CaseService

        return CaseService(self.db, self.clock)

    @cached_property
    def register(self) -> RegisterService:
        from models.services.register import RegisterService

        return RegisterService(self.db, self.clock)

    @cached_property
    def search(self) -> SearchService:
        from models.services.search import SearchService

        return SearchService(self.db, self.clock, self.register.filtered)

    @cached_property
    def found(self) -> FoundService:
        from models.services.found import FoundService

        return FoundService(self.db, self.clock)

    @cached_property
    def matching(self) -> MatchingService:
        from models.services.matching import MatchingService

        return MatchingService(self.db, self.clock)

    @cached_property
    def approvals(self) -> ApprovalService:
        from models.services.approvals import ApprovalService

        return ApprovalService(self.db, self.clock)

    @cached_property
    def audit_log(self) -> AuditService:
        from models.services.auditlog import AuditService

        return AuditService(self.db, self.clock)

    @cached_property
    def backups(self) -> BackupService:
        from models.services.backups import BackupService

        return BackupService(self.db, self.clock)

    @cached_property
    def notices(self) -> NoticeService:
        from models.services.notices import NoticeService

        return NoticeService(self.db, self.clock)

    @cached_property
    def dashboard(self) -> DashboardService:
        from models.services.dashboard import DashboardService

        return DashboardService(self.db, self.clock)

    @cached_property
    def policy(self) -> PolicyService:
        from models.services.policy import PolicyService

        return PolicyService(self.db, self.clock)

    @cached_property
    def returns(self) -> ReturnService:
        from models.services.returns import ReturnService

        return ReturnService(self.db, self.clock)

    @cached_property
    def hq(self) -> HqService:
        from models.services.hq import HqService

        return HqService(self.db, self.clock)

    @cached_property
    def hq_rollup(self) -> HqRollupService:
        from models.services.hq_rollup import HqRollupService

        return HqRollupService(self.db, self.clock)

    @cached_property
    def hq_matching(self) -> HqMatchingService:
        from models.services.hq_matching import HqMatchingService

        return HqMatchingService(self.db, self.clock)

    @cached_property
    def match_notices(self) -> MatchNoticeService:
        from models.services.match_notices import MatchNoticeService

        return MatchNoticeService(self.db, self.clock)

    @cached_property
    def drives(self) -> DriveService:
        from models.services.drives import DriveService

        return DriveService(self.db, self.clock)

    @cached_property
    def exchange_keys(self) -> ExchangeKeyService:
        from models.services.exchange_keys import ExchangeKeyService

        return ExchangeKeyService(self.db, self.clock)

    @cached_property
    def legacy_import(self) -> LegacyImportService:
        from models.services.legacy_import import LegacyImportService

        return LegacyImportService(self.db, self.clock)

    @cached_property
    def interchange(self) -> InterchangeService:
        from models.services.interchange import InterchangeService

        return InterchangeService(self.db, self.clock)

    @cached_property
    def register_keys(self) -> RegisterKeyService:
        from models.services.register_keys import RegisterKeyService

        return RegisterKeyService(self.db, self.clock)

    @cached_property
    def destruction(self) -> DestructionService:
        from models.services.destruction import DestructionService

        return DestructionService(self.db, self.clock)

    @cached_property
    def retention(self) -> RetentionService:
        from models.services.retention import RetentionService

        return RetentionService(self.db, self.clock)

    @cached_property
    def duplicates(self) -> DuplicateService:
        from models.services.duplicates import DuplicateService

        return DuplicateService(self.db, self.clock)
