"""Reading a user's YAML or JSON file, with the file name and line in the one-sentence error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lead_core.errors import UserError


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
