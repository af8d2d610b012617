"""Helpers shared by CLI commands: checking output paths, JSON output, reading a line from stdin."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

from lead_core.errors import UserError


def check_output_path(path: str | Path, *, force: bool) -> Path:
    """Check an output file before any work is done: its folder must be writable, and an existing file, a
    read-only file or a symlink is replaced only with --force (the link itself, never what it points to)."""
    p = Path(path)
    if p.is_symlink():
        if not force:
            raise UserError(f"{p} is a symlink; pass --force to replace the link itself with a new file.")
    elif p.is_dir():
        raise UserError(f"{p} is a folder; give a file name to write.")
    elif p.exists() and not force:
        read_only = " and is read-only" if not os.stat(p).st_mode & stat.S_IWUSR else ""
        raise UserError(f"{p} already exists{read_only}; pass --force to replace it.")
    folder = p.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise UserError(f"Cannot write {p}: {folder} is a file, not a folder.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(f"Cannot write {p}: no permission to write in {folder}.")
    return p


def print_json(obj: Any) -> None:
    """Print an object (pydantic models included) as indented JSON on stdout."""
    if hasattr(obj, "model_dump"):
        obj = obj.model_dump(mode="json")
    sys.stdout.write(json.dumps(obj, indent=2, ensure_ascii=False, default=str) + "\n")


def read_stdin_line() -> str | None:
    """One line typed or piped on stdin, stripped (None at end of input); UserError when it is not UTF-8."""
    import sys

    raw = sys.stdin.buffer.readline()
    if not raw:
        return None
    try:
        return raw.decode("utf-8").strip()
    except UnicodeDecodeError as exc:
        raise UserError("stdin is not UTF-8 text; type or pipe UTF-8 text.") from exc
