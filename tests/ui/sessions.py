"""Drive the assembled Blocks app in process, one gradio SessionState per simulated browser session; each
session also has its own simulated localStorage (the app's gr.BrowserState) and optionally a logged-in user."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import gradio as gr
from gradio.state_holder import SessionState

from lead_core.settings import load_settings
from tests.ui.fakes import FakeCopilot
from ui import team_tab
from ui.team_form import PERSON_FIELDS


def _df(rows: list, columns: list[str]) -> dict:
    return {"headers": columns, "data": rows, "metadata": None}


class Sessions:
    """The app (with a FakeCopilot) whose event functions run through gradio's own per-session state handling."""

    def __init__(self, home: Path, *, copilot: FakeCopilot | None = None):
        from ui.app import build_app

        self.copilot = copilot or FakeCopilot()
        self.settings = load_settings(home=home)
        self.demo = build_app(copilot=self.copilot, settings=self.settings)
        self.fn = {f.name: i for i, f in reversed(list(self.demo.fns.items()))}  # first registration wins
        self.states: dict[str, SessionState] = {}
        self.storage: dict[str, object] = {}  # session -> the owner id its browser keeps in localStorage
        self.users: dict[str, str] = {}  # session -> logged-in username (LEAD_UI_AUTH)

    def call(self, session: str, name: str, inputs: list) -> list:
        """Run one event for one session to completion; returns its last output values.

        Missing trailing inputs (the gr.State ones) are padded with None; `on_load` with no inputs reads the session's simulated localStorage and stores what the app writes back."""
        state = self.states.setdefault(session, SessionState(self.demo))
        loading = name == "on_load" and not inputs
        if loading:
            inputs = [self.storage.get(session)]
        needed = len(self.demo.fns[self.fn[name]].inputs)
        inputs = list(inputs) + [None] * (needed - len(inputs))  # gr.State inputs come from the session anyway
        request = gr.Request(username=self.users.get(session), session_hash=session)

        async def run() -> list:
            iterator = None
            while True:
                out = await self.demo.process_api(self.fn[name], inputs, state=state, session_hash=session,
                                                  iterator=iterator, request=request)
                iterator = out.get("iterator")
                if iterator is None or not out.get("is_generating"):
                    return out["data"]

        data = asyncio.run(run())
        if loading:
            self.storage[session] = data[-2]
        return data

    def conversations(self, session: str) -> list[str]:
        """Labels of the Conversations dropdown that the session's page load shows."""
        return [label for label, _ in self.call(session, "on_load", [])[2]["choices"]]

    def tables(self, team_name: str | None = None, role: str | None = None) -> tuple[list, dict[str, Any]]:
        """The file's team as the Team tab's inputs (optionally renamed, first person's role changed) and raw rows."""
        team = team_tab.load_session_team(self.settings)
        t, data = team_tab.team_to_tables(team), team_tab.team_to_draft(team)
        form = team_tab.person_form(data, 0)
        if role is not None:
            form[[f.key for f in PERSON_FIELDS].index("role")] = role
        inputs = [data, 0, *form, team_name or t["team"], t["manager"], t["budget"],
                  _df(t["projects"], team_tab.PROJECT_LABELS), _df(t["tasks"], team_tab.TASK_LABELS),
                  _df(t["inbox"], team_tab.INBOX_LABELS)]
        return inputs, t

    def edited_tables(self, team_name: str, role: str) -> list:
        """The file's team as the Team tab's inputs, renamed and with the first person's role changed."""
        return self.tables(team_name, role)[0]
