"""Child for the write-failure test: the file-size limit makes the next write fail (EFBIG).

``python -m tests.security.fsize_child REGISTER.sqlite`` logs on, sets RLIMIT_FSIZE just above
the files' present sizes, tries to register a case with a photo, and prints one JSON line with
what happened.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import resource
import signal
import sys

from PIL import Image

from models.clock import SystemClock
from models.db import open_database
from models.dto.cases import PhotoInput
from models.errors import StorageError
from models.services import Services
from tests.conftest import DESK, TEST_PASSWORD
from tests.factories import child_case
from tests.security.conftest import audit_count, case_count


def noisy_jpeg(size: int = 900) -> bytes:
    """A photo that does not compress: its JPEG needs many pages of the register."""
    image = Image.frombytes("RGB", (size, size), os.urandom(size * size * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95)
    return out.getvalue()


def main(path: str) -> None:
    db = open_database(path)
    svc = Services.build(db, SystemClock())
    writer = svc.accounts.authenticate("hc.pawar", TEST_PASSWORD, desk=DESK)
    before = (audit_count(db), case_count(db))
    data = dataclasses.replace(child_case(), photos=(PhotoInput(data=noisy_jpeg()),))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write() instead of a killed process
    files = [path + suffix for suffix in ("", "-wal") if os.path.exists(path + suffix)]
    largest = max(os.path.getsize(p) for p in files)
    resource.setrlimit(resource.RLIMIT_FSIZE, (largest + 64 * 1024, resource.RLIM_INFINITY))
    result: dict[str, object] = {}
    try:
        svc.cases.register_case(writer, data)
        result["outcome"] = "saved"
    except StorageError as exc:
        result["outcome"] = "StorageError"
        result["message"] = str(exc)
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    result["before"] = before
    result["after"] = (audit_count(db), case_count(db))
    db.dispose()
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
