"""Errors the knowledge layer raises for problems a user can fix (missing model, bad index, bad path), and the
translation of storage failures (permission denied, read-only, disk full) into their real cause."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lead_core.errors import LeadError

PERMISSION, READ_ONLY, DISK_FULL = "permission", "read-only", "disk full"
_ERRNO_CAUSES = {errno.EACCES: PERMISSION, errno.EPERM: PERMISSION, errno.EROFS: READ_ONLY, errno.ENOSPC: DISK_FULL,
                 errno.EDQUOT: DISK_FULL}
_TEXT_CAUSES = (("permission denied", PERMISSION), ("readonly database", READ_ONLY), ("read-only", READ_ONLY),
                ("database or disk is full", DISK_FULL), ("no space left", DISK_FULL), ("disk quota", DISK_FULL))


class KnowledgeError(LeadError):
    """A problem with the index, the model files or an ingested document, explained in one sentence."""


class StorageError(KnowledgeError):
    """The index's storage refused an operation (permission, read-only, full disk); the index is not damaged."""


def storage_cause(exc: BaseException) -> str | None:
    """PERMISSION, READ_ONLY or DISK_FULL when an exception (or one it was raised from) says so, else None."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in _ERRNO_CAUSES:
            return _ERRNO_CAUSES[current.errno]
        text = str(current).lower()
        for needle, cause in _TEXT_CAUSES:
            if needle in text:
                return cause
        current = current.__cause__ or current.__context__
    return None


def _access_cause(where: str | Path) -> str | None:
    """PERMISSION when the local folder (or the nearest existing parent) is not readable and writable by us."""
    if "://" in str(where):
        return None
    path = Path(where)
    while not path.exists() and path != path.parent:
        path = path.parent
    needed = os.R_OK | os.W_OK | (os.X_OK if path.is_dir() else 0)
    return None if os.access(path, needed) else PERMISSION


def storage_error(exc: BaseException, where: str | Path) -> StorageError | None:
    """The one-sentence error for a storage failure at `where`, or None when it is something else."""
    cause = storage_cause(exc) or _access_cause(where)
    if cause == PERMISSION:
        return StorageError(
            f"Lead Copilot may not read or write {where} (permission denied); give your user access to it "
            f"(see `ls -ld {where}`) and retry. The index is not damaged, so do not rebuild it."
        )
    if cause == READ_ONLY:
        return StorageError(
            f"{where} is read-only (a read-only file or file system); make it writable or point LEAD_HOME at a "
            "writable folder. The index is not damaged, so do not rebuild it."
        )
    if cause == DISK_FULL:
        return StorageError(
            f"The disk is full (writing {where}); free some space and run the command again. "
            "Nothing already in the index was lost."
        )
    return None


@contextmanager
def storage_errors(where: str | Path) -> Iterator[None]:
    """Turn storage failures inside the block into their one-sentence StorageError."""
    try:
        yield
    except KnowledgeError:
        raise
    except Exception as exc:
        error = storage_error(exc, where)
        if error is None:
            raise
        raise error from exc
