"""Helpers shared by CLI commands: reading input files, one-line error messages, JSON output."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path
from typing import Any


class UserError(Exception):
    """A problem the user can fix; the CLI prints the message as one line and exits 2."""


def _short_repr(value: Any, limit: int = 60) -> str:
    """repr() of a value cut to `limit` characters, so echoing bad input never floods the terminal."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe_validation_error(exc: Exception, source: str | None = None) -> str:
    """Turn a pydantic ValidationError into one sentence naming the field and the rule."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    parts = []
    for err in errors()[:3]:
        loc = ".".join(str(p) for p in err.get("loc", ()) if p != "__root__") or "input"
        msg = str(err.get("msg", "is invalid")).removeprefix("Value error, ")
        value = err.get("input")
        shown = "" if isinstance(value, (dict, list)) or value is None else f" (got {_short_repr(value)})"
        parts.append(f"{loc}: {msg}{shown}")
    more = len(errors()) - 3
    suffix = f"; and {more} more problem(s)" if more > 0 else ""
    where = f" in {source}" if source else ""
    return f"Invalid input{where}: " + "; ".join(parts) + suffix + "."


def load_data_file(path: str | Path) -> Any:
    """Load a YAML or JSON file, raising UserError with the file name and line on failure."""
    import yaml

    p = Path(path)
    if not p.exists():
        raise UserError(f"File not found: {p}; check the path and try again.")
    if p.is_dir():
        raise UserError(f"{p} is a folder; pass a YAML or JSON file.")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {p}: {exc.strerror}.") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(f"{p} is not UTF-8 text; save it as UTF-8 YAML or JSON.") from exc
    if p.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise UserError(f"{p} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}.") from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise UserError(f"{p} is not valid YAML: {problem}{where}.") from exc


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
