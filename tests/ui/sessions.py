"""Drive the assembled Blocks app in process, one gradio SessionState per simulated browser session."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from gradio.state_holder import SessionState

from agent.settings import load_settings
from tests.ui.fakes import FakeCopilot
from ui import team_tab


def _df(rows: list, columns: list[str]) -> dict:
    return {"headers": columns, "data": rows, "metadata": None}


class Sessions:
    """The app (with a FakeCopilot) whose event functions run through gradio's own per-session state handling."""

    def __init__(self, home: Path):
        from ui.app import build_app

        self.copilot = FakeCopilot()
        self.settings = load_settings(home=home)
        self.demo = build_app(copilot=self.copilot, settings=self.settings)
        self.fn = {f.name: i for i, f in reversed(list(self.demo.fns.items()))}  # first registration wins
        self.states: dict[str, SessionState] = {}

    def call(self, session: str, name: str, inputs: list) -> list:
        """Run one event for one session to completion; returns its last output values."""
        state = self.states.setdefault(session, SessionState(self.demo))

        async def run() -> list:
            iterator = None
            while True:
                out = await self.demo.process_api(self.fn[name], inputs, state=state, session_hash=session,
                                                  iterator=iterator)
                iterator = out.get("iterator")
                if iterator is None or not out.get("is_generating"):
                    return out["data"]

        return asyncio.run(run())

    def tables(self, team_name: str | None = None, role: str | None = None) -> tuple[list, dict[str, Any]]:
        """The file's team as the Team tab's inputs (optionally renamed, first person's role changed) and raw rows."""
        t = team_tab.team_to_tables(team_tab.load_session_team(self.settings))
        if role is not None:
            t["people"][0][team_tab.PEOPLE_COLUMNS.index("role")] = role
        inputs = [team_name or t["team"], t["manager"], t["budget"], _df(t["people"], team_tab.PEOPLE_COLUMNS),
                  _df(t["projects"], team_tab.PROJECT_COLUMNS), _df(t["tasks"], team_tab.TASK_COLUMNS),
                  _df(t["inbox"], team_tab.INBOX_COLUMNS)]
        return inputs, t

    def edited_tables(self, team_name: str, role: str) -> list:
        """The file's team as the Team tab's inputs, renamed and with the first person's role changed."""
        return self.tables(team_name, role)[0]
