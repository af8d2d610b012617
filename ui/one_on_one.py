"""The 1-on-1 tab: build a person's agenda from the team file and the manager's notes (the cues noticed in
them, such as a new hire or signs of burnout, shape the agenda) and write it as a Markdown file to download."""

from __future__ import annotations

import logging
import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from lead_core.errors import explain_failure

log = logging.getLogger(__name__)


def detect_cues(notes: str) -> list[str]:
    """The cues the understanding layer finds in the manager's notes (none until it is available)."""
    if not (notes or "").strip():
        return []
    try:
        from agent.understanding import detect_cues as detect
    except ImportError:
        return []
    return list(detect(notes))


def agenda_markdown(team: Any, name: str, minutes: int = 30, today: date | None = None, notes: str = "") -> str:
    """The agenda for one person in the team, as Markdown, shaped by the cues in `notes`."""
    from tools.agenda import AgendaInput, agenda_input_from_team, build_agenda

    inp = agenda_input_from_team(team, name, minutes=int(minutes), today=today)
    extra: dict[str, Any] = {}
    cues = detect_cues(notes)
    if cues and "cues" in AgendaInput.model_fields:
        extra["cues"] = cues
    if (notes or "").strip() and "notes" in AgendaInput.model_fields:
        extra["notes"] = notes.strip()
    if extra:
        inp = AgendaInput.model_validate({**inp.model_dump(), **extra})
    markdown = build_agenda(inp).markdown
    if cues and "cues" not in extra:  # the agenda cannot take them: at least say what was noticed
        markdown = f"*Noticed in your notes: {', '.join(c.replace('_', ' ') for c in cues)}.*\n\n" + markdown
    return markdown


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


    with gr.Tab("1-on-1", id="one-on-one"):
        with gr.Row():
            person = gr.Dropdown(label="Person", choices=[], elem_id="agenda-person")
            minutes = gr.Slider(label="Minutes", minimum=15, maximum=90, step=5, value=30)
            build_btn = gr.Button("Build agenda", variant="primary", elem_id="build-agenda")
        notes = gr.Textbox(label="Your notes for this 1-on-1 (optional)", lines=3, elem_id="agenda-notes",
                           placeholder="e.g. she joined three weeks ago and seems quiet in stand-ups; "
                                       "asked about promotion last time")
        agenda = gr.Markdown(elem_id="agenda")
        download = gr.DownloadButton("Download agenda (.md)", visible=False, elem_id="download-agenda")

    def render(team: Any) -> list[Any]:
        people = [p.name for p in team.people]
        return [gr.Dropdown(choices=people, value=people[0] if people else None)]

    ctx.show_team([person], render)

    def run_agenda(team: Any, name: str, length: float, text: str = ""):
        if not name:
            return "Pick a person first.", gr.DownloadButton(visible=False)
        try:
            md = agenda_markdown(ctx.session_team(team), name, int(length), notes=text or "")
        except Exception as exc:  # boundary: the agenda button's handler
            return f"Could not build the agenda: {explain_failure(exc, log, 'The agenda')}", gr.DownloadButton(visible=False)
        path = write_agenda_file(md, name)
        return md, gr.DownloadButton(f"Download agenda for {name} (.md)", value=str(path), visible=True)

    build_btn.click(run_agenda, [ctx.team_state, person, minutes, notes], [agenda, download], api_name="agenda")
