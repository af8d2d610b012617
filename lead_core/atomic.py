"""Atomic file writes: write a temporary file beside the target, fsync it, rename it over the target.

A crash at any point leaves either the old file or the new one, never a half-written file, and no
temporary file is left behind when the write fails. Also: private folders (0700) and files (0600) for data.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """Replace `path` with `data` atomically; parent folders are created."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)
    return target


def atomic_write_text(path: str | Path, text: str) -> Path:
    """Replace `path` with UTF-8 `text` atomically."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def private_dir(path: str | Path) -> Path:
    """Make sure a folder exists; the folders this creates (LEAD_HOME among them) are its owner's only (0700)."""
    folder = Path(path)
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        new.mkdir(mode=0o700, exist_ok=True)
        os.chmod(new, 0o700)  # mkdir's mode is masked by the umask
    return Path(path)


def private_file(path: str | Path) -> Path:
    """Make sure a file exists and is readable and writable by its owner only (0600), before anyone writes it."""
    target = Path(path)
    private_dir(target.parent)
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))
    os.chmod(target, 0o600)
    return target
