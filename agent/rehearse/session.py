"""One rehearsal from start to scorecard: build the case from the situation and the team file, open with
the counterpart's first line, answer each manager reply with the policy's next line (spoken offline or by
the model), score on end, and save every step in the rehearsal store when one is given.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone

from agent.brains.base import BrainUnavailable
from agent.errors import AgentError
from agent.rehearse.case import build_case
from agent.rehearse.counterpart import Counterpart, ScriptedCounterpart, fallback_notice
from agent.rehearse.models import ROLES, Difficulty, Line, Scorecard, Session
from agent.rehearse.persona import counterpart_name
from agent.rehearse.policy import next_line
from agent.rehearse.scorecard import score_session
from agent.rehearse.signals import MAX_REPLY_CHARS
from agent.rehearse.store import RehearsalStore
from tools.team import Team

MAX_SITUATION_CHARS = 2000
END_COMMANDS = ("/end", "/exit", "/quit")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Rehearsal:
    """Runs rehearsal sessions against one team file, counterpart and (optional) store."""

    def __init__(self, *, team: Team | None, today: date | None = None, counterpart: Counterpart | None = None,
                 store: RehearsalStore | None = None) -> None:
        self.team = team
        self.today = today or date.today()
        self.counterpart = counterpart or ScriptedCounterpart()
        self.store = store

    def start(self, role: str, situation: str, *, name: str | None = None, difficulty: Difficulty = "realistic",
              session_id: str | None = None) -> Session:
        """A new session with the counterpart's opening line."""
        if role not in ROLES:
            raise AgentError(f"Unknown role {role!r}; choose one of: {', '.join(ROLES)}.")
        situation = " ".join(situation.split())
        if not situation:
            raise AgentError("Describe the situation to rehearse, e.g. \"Victor wants Priya moved to the summarizer on Monday\".")
        if len(situation) > MAX_SITUATION_CHARS:
            raise AgentError(f"The situation is {len(situation)} characters; keep it under {MAX_SITUATION_CHARS}.")
        case = build_case(situation, self.team, self.today)
        session = Session(
            id=session_id or f"rh-{uuid.uuid4().hex[:8]}",
            role=role,  # type: ignore[arg-type]
            name=counterpart_name(role, case, name),  # type: ignore[arg-type]
            difficulty=difficulty,
            situation=situation,
            case=case,
            created_at=_now(),
        )
        self._speak(session)
        return session

    def reply(self, session: Session, text: str) -> Line:
        """Add the manager's reply and return the counterpart's answer."""
        if session.scorecard is not None:
            raise AgentError("This rehearsal has ended; start a new one.")
        text = " ".join(text.split())
        if not text:
            raise AgentError("Type a reply (or /end for the scorecard).")
        session.transcript.append(Line(speaker="manager", text=text[:MAX_REPLY_CHARS]))
        return self._speak(session)

    def end(self, session: Session) -> Scorecard:
        """Score the session (idempotent) and save it."""
        if session.scorecard is None:
            session.scorecard = score_session(session)
        self._save(session)
        return session.scorecard

    def run_script(self, session: Session, replies: list[str]) -> Scorecard:
        """Play a list of manager replies (an end command stops early), then end the session."""
        for reply in replies:
            if reply.strip() in END_COMMANDS:
                break
            if reply.strip():
                self.reply(session, reply)
        return self.end(session)

    def _speak(self, session: Session) -> Line:
        planned = next_line(session)
        text = planned.text
        try:
            text = self.counterpart.speak(session, planned) or planned.text
        except BrainUnavailable as exc:
            notice = fallback_notice(str(exc))
            if notice not in session.notices:
                session.notices.append(notice)
        line = Line(speaker="counterpart", text=text, move=planned.move)
        session.transcript.append(line)
        self._save(session)
        return line

    def _save(self, session: Session) -> None:
        if self.store is not None:
            self.store.save(session, _now())
