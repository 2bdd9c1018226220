"""HQ reads a dropped file up to the package cap and no further: a link to a device that never
ends (/dev/zero), named like a return package, is refused as too large, not read for ever."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from models.packages.keys import HqOpener
from tests.returns.conftest import PASSPHRASE, Hq


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this system")
def test_a_device_named_as_a_package_is_refused_without_reading_it_whole(
    hq: Hq, tmp_path: Path
) -> None:
    endless = tmp_path / "MH-MUM-DHR-2026-W46-0001.talash-return"
    endless.symlink_to("/dev/zero")
    opener: HqOpener = hq.store.hq_opener(PASSPHRASE)
    [receipt] = hq.svc.import_files(hq.clerk, [endless], opener)
    assert not receipt.ok and "too large" in receipt.message
