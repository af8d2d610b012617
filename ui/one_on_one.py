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


def build(ctx: Any) -> None:
    """Lay out the 1-on-1 tab and wire its events."""
    import gradio as gr

    from ui.context import one_line

    with gr.Tab("1-on-1", id="one-on-one"):
        with gr.Row():
            person = gr.Dropdown(label="Person", choices=[], elem_id="agenda-person")
            minutes = gr.Slider(label="Minutes", minimum=15, maximum=90, step=5, value=30)
            build_btn = gr.Button("Build agenda", variant="primary", elem_id="build-agenda")
        agenda = gr.Markdown(elem_id="agenda")
        download = gr.DownloadButton("Download agenda (.md)", visible=False, elem_id="download-agenda")

    def render(team: Any) -> list[Any]:
        people = [p.name for p in team.people]
        return [gr.Dropdown(choices=people, value=people[0] if people else None)]

    ctx.show_team([person], render)

    def run_agenda(team: Any, name: str, length: float):
        if not name:
            return "Pick a person first.", gr.DownloadButton(visible=False)
        try:
            md = agenda_markdown(ctx.session_team(team), name, int(length))
        except Exception as exc:  # noqa: BLE001
            return f"Could not build the agenda: {one_line(exc)}", gr.DownloadButton(visible=False)
        path = write_agenda_file(md, name)
        return md, gr.DownloadButton(f"Download agenda for {name} (.md)", value=str(path), visible=True)

    build_btn.click(run_agenda, [ctx.team_state, person, minutes], [agenda, download], api_name="agenda")
