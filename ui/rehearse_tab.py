"""The Rehearse tab: pick who the copilot plays and the situation, talk it through in a chat, end with the
scorecard and download the session as Markdown. Self-contained: `build_rehearse_tab` lays out the tab and
wires it; `RehearseHandlers` holds the logic (testable without a browser). Sessions are saved in the
rehearsal store of the conversation database, like `lead rehearse`."""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path
from collections.abc import Callable
from typing import Any

import gradio as gr

from agent.errors import AgentError
from agent.rehearse.counterpart import counterpart_for
from agent.rehearse.export import scorecard_markdown, session_markdown
from agent.rehearse.library import pct
from agent.rehearse.models import DIFFICULTIES, ROLES, Session
from agent.rehearse.persona import persona_for
from agent.rehearse.session import Rehearsal
from agent.rehearse.store import RehearsalStore
from lead_core.settings import Settings

EXAMPLE_SITUATION = "Victor wants Priya moved to the summarizer on Monday"
ROLE_CHOICES = [(f"{persona_for(r).title} ({r})", r) for r in ROLES]


class RehearseHandlers:
    """Start, reply and end handlers over a session kept in the browser session's state (as JSON)."""

    def __init__(self, settings: Settings, store: RehearsalStore | None = None, *, today: date | None = None,
                 counterpart: Any = None) -> None:
        self.settings = settings
        self.store = store if store is not None else RehearsalStore(settings.conversations_db)
        self.today = today
        self.counterpart = counterpart

    def _rehearsal(self, team: Any) -> Rehearsal:
        counterpart = self.counterpart or counterpart_for(self.settings, team)
        return Rehearsal(team=team, today=self.today or date.today(), counterpart=counterpart, store=self.store)

    def start(self, role: str, name: str, difficulty: str, situation: str, team: Any) -> tuple[list[dict[str, str]], Any, str]:
        """(chat messages, session state, status) for a new session."""
        try:
            session = self._rehearsal(team).start(role or "vp", situation or "", name=name or None,
                                                  difficulty=difficulty if difficulty in DIFFICULTIES else "realistic")
        except AgentError as exc:
            return [], None, f"Could not start: {exc}"
        return messages(session), session.model_dump(mode="json"), status(session)

    def reply(self, text: str, state: Any, team: Any) -> tuple[list[dict[str, str]], Any, str, str]:
        """(chat messages, session state, cleared reply box, status) after the manager's reply."""
        session = _session(state)
        if session is None:
            return [], None, text, "Start a rehearsal first."
        if (text or "").strip() in ("/end", "/exit"):
            return messages(session), state, "", "Press **End and score** for the scorecard."
        try:
            self._rehearsal(team).reply(session, text or "")
        except AgentError as exc:
            return messages(session), state, text, str(exc)
        return messages(session), session.model_dump(mode="json"), "", status(session)

    def end(self, state: Any, team: Any) -> tuple[Any, str, Any]:
        """(session state, scorecard Markdown, path of the Markdown export or None)."""
        session = _session(state)
        if session is None:
            return None, "Start a rehearsal first.", None
        self._rehearsal(team).end(session)
        return session.model_dump(mode="json"), scorecard_markdown(session), write_export(session)


def _session(state: Any) -> Session | None:
    return Session.model_validate(state) if state else None


def messages(session: Session) -> list[dict[str, str]]:
    """The transcript as chat messages: the counterpart on the left, the manager on the right."""
    return [{"role": "assistant" if line.speaker == "counterpart" else "user", "content": line.text}
            for line in session.transcript]


def status(session: Session) -> str:
    """One line on who is playing, the numbers in play and what to do next."""
    persona = persona_for(session.role)
    parts = [f"Rehearsing with **{session.name}** ({persona.title}, {session.difficulty})."]
    case = session.case
    best = case.figures(case.recommendation or "")
    if best is not None and case.remaining_weeks:
        parts.append(f"Numbers in play: {case.person} on {case.project}, {case.remaining_weeks[1]:g} weeks left; "
                     f"the what-if recommends {best.label} ({pct(best.deadline_probability)} chance of the new deadline, "
                     f"{best.lost_days:g} working days lost).")
    elif not case.has_whatif:
        parts.append("No what-if: name a team member with current work for numbers.")
    for notice in session.notices:
        parts.append(f"_{notice}_")
    if session.scorecard is None and session.transcript and session.transcript[-1].move == "concede":
        parts.append("They are satisfied: **End and score**, or keep going.")
    return " ".join(parts)


def write_export(session: Session, folder: Path | None = None) -> Path:
    """The session as `rehearsal-<id>.md` in a fresh temp folder, for download."""
    safe = re.sub(r"[^A-Za-z0-9_-]+", "-", session.id).strip("-") or "session"
    path = Path(tempfile.mkdtemp(prefix="lead-rehearsal-", dir=folder)) / f"rehearsal-{safe}.md"
    path.write_text(session_markdown(session), encoding="utf-8")
    return path


def build(ctx: Any) -> None:
    """The app's hook: the Rehearse tab with the session's team (None when the team file cannot be read)."""
    build_rehearse_tab(ctx.settings, ctx.team_state, resolve_team=ctx.team_or_none)


def build_rehearse_tab(settings: Settings, team_state: gr.State, *, resolve_team: Callable[[Any], Any] | None = None,
                       handlers: RehearseHandlers | None = None) -> RehearseHandlers:
    """Lay out and wire the Rehearse tab inside the current gr.Tabs; `team_state` holds the session's team and
    `resolve_team` turns it into a Team (or None: a rehearsal works without a team, only without numbers)."""
    handlers = handlers or RehearseHandlers(settings)

    def team_of(team: Any) -> Any:
        return resolve_team(team) if resolve_team is not None else team

    with gr.Tab("Rehearse", id="rehearse"):
        gr.Markdown("### Rehearse a hard conversation\nThe copilot plays the other side, pushing back on what your "
                    "last reply lacked, using your team's numbers. End it for a scorecard with your own words quoted.")
        with gr.Row():
            role = gr.Dropdown(label="Rehearse with", choices=ROLE_CHOICES, value="vp", elem_id="rehearse-role")
            name = gr.Textbox(label="Their name (optional)", elem_id="rehearse-name")
            difficulty = gr.Radio(label="Difficulty", choices=list(DIFFICULTIES), value="realistic")
        situation = gr.Textbox(label="Situation", value=EXAMPLE_SITUATION, lines=2, elem_id="rehearse-situation")
        start_btn = gr.Button("Start rehearsal", variant="primary", elem_id="rehearse-start")
        note = gr.Markdown(elem_id="rehearse-status")
        chat = gr.Chatbot(label="Rehearsal", height=480, elem_id="rehearse-chat")
        with gr.Row():
            box = gr.Textbox(placeholder="Your reply…", show_label=False, scale=6, elem_id="rehearse-reply")
            send = gr.Button("Reply", scale=1, elem_id="rehearse-send")
            end_btn = gr.Button("End and score", scale=1, variant="secondary", elem_id="rehearse-end")
        card = gr.Markdown(elem_id="rehearse-scorecard")
        download = gr.DownloadButton("Download session (.md)", visible=False, elem_id="rehearse-download")
        session_state = gr.State(None)

        def on_start(role_v: str, name_v: str, difficulty_v: str, situation_v: str, team: Any):
            chat_v, state, text = handlers.start(role_v, name_v, difficulty_v, situation_v, team_of(team))
            return chat_v, state, text, "", gr.DownloadButton(visible=False)

        def on_reply(text: str, state: Any, team: Any):
            return handlers.reply(text, state, team_of(team))

        def on_end(state: Any, team: Any):
            state, markdown, path = handlers.end(state, team_of(team))
            button = gr.DownloadButton(value=str(path), visible=True) if path else gr.DownloadButton(visible=False)
            return state, markdown, button

        start_btn.click(on_start, [role, name, difficulty, situation, team_state], [chat, session_state, note, card, download],
                        api_name=False)
        reply_io = dict(inputs=[box, session_state, team_state], outputs=[chat, session_state, box, note], api_name=False)
        box.submit(on_reply, **reply_io)
        send.click(on_reply, **reply_io)
        end_btn.click(on_end, [session_state, team_state], [session_state, card, download], api_name=False)
    return handlers
