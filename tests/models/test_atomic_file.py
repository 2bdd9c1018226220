"""One way to write a file: whole or absent after an error, no temporary file, folder fsynced."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from models import atomic_file
from models.atomic_file import atomic_copy, atomic_write, move_into_place, stage


def _entries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _record_fsyncs(monkeypatch: pytest.MonkeyPatch) -> list[os.stat_result]:
    """Replace os.fsync by one that notes what was synced (file or folder) and then syncs."""
    seen: list[os.stat_result] = []
    real = os.fsync

    def recording(fd: int) -> None:
        seen.append(os.fstat(fd))
        real(fd)

    monkeypatch.setattr(atomic_file.os, "fsync", recording)
    return seen


def _same(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def test_a_new_file_is_written_whole_and_nothing_else_is_left(tmp_path: Path) -> None:
    target = tmp_path / "return.csv"
    assert atomic_write(target, "नाम,age\nप्रिया,9\n") == target
    assert target.read_text(encoding="utf-8") == "नाम,age\nप्रिया,9\n"
    atomic_write(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert _entries(tmp_path) == ["return.csv"]


@pytest.mark.skipif(os.name != "posix", reason="folder fsync exists on POSIX only")
def test_the_file_and_then_its_folder_are_fsynced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _record_fsyncs(monkeypatch)
    target = tmp_path / "notice.pdf"
    atomic_write(target, b"%PDF-1.4")
    assert len(seen) == 2
    assert stat.S_ISREG(seen[0].st_mode)  # the temporary file, before its rename
    assert _same(seen[0], target.stat())  # ... which is the file now under the final name
    assert stat.S_ISDIR(seen[1].st_mode) and _same(seen[1], tmp_path.stat())


def _failing_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic_file.os, "fsync", broken)


def _failing_replace(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "replace", broken)


@pytest.mark.parametrize("breakage", [_failing_fsync, _failing_replace])
def test_after_an_error_the_old_file_stays_and_no_temporary_file_is_left(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    breakage: Callable[[pytest.MonkeyPatch], None],
) -> None:
    target = tmp_path / "settings.ini"
    target.write_text("old", encoding="utf-8")
    breakage(monkeypatch)
    with pytest.raises(OSError):
        atomic_write(target, "new " * 10_000)
    assert target.read_text(encoding="utf-8") == "old"
    assert _entries(tmp_path) == ["settings.ini"]


def test_after_an_error_a_new_file_is_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _failing_fsync(monkeypatch)
    with pytest.raises(OSError):
        atomic_write(tmp_path / "draft.json", "{}")
    assert _entries(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_write_that_fails_half_way_leaves_the_old_file_whole(tmp_path: Path) -> None:
    # A real failing write, not a patched one: the file-size limit stops the child after 64 KiB
    # of a 1 MiB file (EFBIG, as a full disk stops it), in a child so the limit binds only there.
    target = tmp_path / "package.talash"
    target.write_bytes(b"old package")
    child = textwrap.dedent(
        f"""
        import resource, signal, sys
        from pathlib import Path
        from models.atomic_file import atomic_write
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
        try:
            atomic_write(Path({str(target)!r}), b"x" * 1048576)
        except OSError as exc:
            print(exc.errno)
            sys.exit(0)
        sys.exit("the write did not fail")
        """
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", child], cwd=root, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == 27  # EFBIG
    assert target.read_bytes() == b"old package"
    assert _entries(tmp_path) == ["package.talash"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_private_files_are_readable_by_the_owner_only(tmp_path: Path) -> None:
    key = tmp_path / "station.key"
    key.write_text("old")
    key.chmod(0o644)
    atomic_write(key, "secret", private=True)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    shared = atomic_write(tmp_path / "notice.pdf", b"%PDF")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o666 & ~umask


def test_a_staged_file_appears_only_when_published(tmp_path: Path) -> None:
    target = tmp_path / "MH-001-2026-W47.talash"
    with stage(target, b"package") as staged:
        assert not target.exists()
        assert staged.temp.parent == tmp_path and staged.temp.read_bytes() == b"package"
        staged.publish()
    assert target.read_bytes() == b"package"
    assert _entries(tmp_path) == [target.name]


def test_a_staged_file_not_published_is_removed(tmp_path: Path) -> None:
    target = tmp_path / "notice.json"
    with pytest.raises(RuntimeError), stage(target, b"{}"):
        raise RuntimeError("the transaction failed")
    assert _entries(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="folder fsync exists on POSIX only")
def test_a_file_made_by_another_writer_is_synced_before_and_after_its_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = tmp_path / "backup.sqlite.partial"
    written.write_bytes(b"SQLite format 3\x00")
    seen = _record_fsyncs(monkeypatch)
    final = move_into_place(written, tmp_path / "backup.sqlite")
    assert final.read_bytes() == b"SQLite format 3\x00"
    assert stat.S_ISREG(seen[0].st_mode) and _same(seen[0], final.stat())
    assert stat.S_ISDIR(seen[1].st_mode) and _same(seen[1], tmp_path.stat())


def test_a_copy_is_whole_or_absent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "register.sqlite"
    source.write_bytes(os.urandom(300_000))
    dest = tmp_path / "kept" / "register-before-restore.sqlite"
    dest.parent.mkdir()
    assert atomic_copy(source, dest, private=True).read_bytes() == source.read_bytes()
    _failing_fsync(monkeypatch)
    with pytest.raises(OSError):
        atomic_copy(tmp_path / "register.sqlite", dest.with_name("second.sqlite"))
    assert _entries(dest.parent) == [dest.name]
