"""The 1-on-1 tab's logic: build a person's agenda and write it as a Markdown file to download."""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any


def agenda_markdown(team: Any, name: str, minutes: int = 30, today: date | None = None) -> str:
    """The agenda for one person in the team, as Markdown."""
    from tools.agenda import agenda_input_from_team, build_agenda

    return build_agenda(agenda_input_from_team(team, name, minutes=int(minutes), today=today)).markdown


def write_agenda_file(markdown: str, name: str, folder: Path | None = None) -> Path:
    """Write the agenda to a fresh temp folder as `1on1-<name>.md` and return its path."""
    safe = re.sub(r"[^A-Za-z0-9_-]+", "-", name).strip("-") or "agenda"
    target_dir = Path(tempfile.mkdtemp(prefix="lead-agenda-", dir=folder))
    path = target_dir / f"1on1-{safe}.md"
    path.write_text(markdown, encoding="utf-8")
    return path
