"""What the app's tabs share while the page is assembled: settings, the copilot, the chat handlers, the
session states (team, owner, thread), and the components that show the team (people and project pickers),
so any tab that changes the team refreshes them all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gradio as gr

from lead_core.settings import Settings
from tools.team import Team, TeamFileError
from ui.chat import ChatHandlers
from ui.threads import ThreadOwners, api_session_owner, owner_for

TeamView = tuple[list[Any], Callable[[Team], list[Any]]]


@dataclass
class AppContext:
    """Shared by the tab builders; the gr.State and shared components are set inside gr.Blocks."""

    settings: Settings
    copilot: Any
    owners: ThreadOwners
    chat: ChatHandlers
    team_file: Path
    team_state: Any = None
    owner_state: Any = None
    thread_state: Any = None
    threads: Any = None
    team_status: Any = None
    _team_views: list[TeamView] = field(default_factory=list)
    _deferred: list[Callable[[], None]] = field(default_factory=list)

    def later(self, wire: Callable[[], None]) -> None:
        """Run `wire` once every tab is built (events whose outputs include the team views of later tabs)."""
        self._deferred.append(wire)

    def finish(self) -> None:
        """Run the wiring deferred with `later`."""
        for wire in self._deferred:
            wire()
        self._deferred.clear()

    def session_team(self, team: Team | None) -> Team:
        """The session's team: its own edited copy, else the team file (parsed once per change)."""
        from ui.team_tab import load_session_team

        return team if team is not None else load_session_team(self.settings)

    def team_or_none(self, team: Team | None) -> Team | None:
        """The session's team, or None when the team file cannot be read (the chat works without one)."""
        try:
            return self.session_team(team)
        except TeamFileError:
            return None

    def show_team(self, components: list[Any], render: Callable[[Team], list[Any]]) -> None:
        """Register components that show part of the team; `render(team)` returns one update per component."""
        self._team_views.append((list(components), render))

    @property
    def team_components(self) -> list[Any]:
        """Every component registered with show_team, in order."""
        return [c for components, _ in self._team_views for c in components]

    def team_updates(self, team: Team) -> list[Any]:
        """The updates that show `team` in every registered component."""
        return [u for _, render in self._team_views for u in render(team)]

    def no_team_updates(self) -> list[Any]:
        """Leave every registered component as it is."""
        return [gr.update() for _ in self.team_components]

    def current_owner(self, owner: str | None, request: gr.Request | None) -> str | None:
        """The owner of this event; turns the page sent before its owner was known are handed over to it."""
        resolved = owner_for(owner, request)
        session = api_session_owner(request)
        if resolved and session and resolved != session:
            self.owners.adopt(session, resolved)
        return resolved
