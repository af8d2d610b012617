"""`lead rehearse`: rehearse a hard conversation with a VP, CTO, CFO, head of product, peer lead or report,
then get a scorecard; `lead rehearse export ID FILE` writes a saved session as Markdown."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from agent.commands.common import read_stdin_line
from lead_core.errors import UserError

HELP = """Rehearse a hard conversation. The copilot plays the counterpart, pushing back on what your last
reply lacked (numbers, options, acknowledgement, an over-promise) using your team's numbers, then scores
your replies with your own words quoted and a better line for each criterion.

Type one reply per line; /end closes the session with the scorecard. Sessions are saved; export one
with `lead rehearse export ID FILE`, list them with `lead rehearse list`.

examples:
  lead rehearse --with vp "Victor wants Priya moved to the summarizer on Monday" --team examples/team.yaml
  lead rehearse --with report --difficulty tough "Moving Priya to the summarizer" --team examples/team.yaml
  lead rehearse --with vp "Victor wants Priya moved" --team examples/team.yaml --script replies.txt --json
  lead rehearse export rh-1a2b3c4d rehearsal.md
"""
ROLE_HELP = "vp, cto, cfo, head_of_product, peer_lead or report"


def register(sub: Any) -> None:
    """Register `rehearse`."""
    from agent.rehearse.models import DIFFICULTIES, ROLES

    p = sub.add_parser("rehearse", help="rehearse a hard conversation and get a scorecard", description=HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("words", nargs="*", metavar="SITUATION",
                   help='the situation, e.g. "Victor wants Priya moved to the summarizer on Monday" (or: export ID FILE, list)')
    p.add_argument("--with", dest="role", choices=ROLES, metavar="ROLE", help=f"who the copilot plays: {ROLE_HELP}")
    p.add_argument("--name", help="the counterpart's name (default: from the team file, or the role's default)")
    p.add_argument("--difficulty", choices=DIFFICULTIES, default="realistic", help="easy, realistic (default) or tough")
    p.add_argument("--script", metavar="FILE", help="your replies, one per line: runs without prompting")
    p.add_argument("--team", metavar="FILE", help="team file (YAML); default: LEAD_TEAM")
    p.add_argument("--brain", choices=["offline", "openai"], help="force the offline counterpart or the model")
    p.add_argument("--markdown", metavar="FILE", help="also write the session as Markdown")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="the date deadlines are counted from (default: today)")
    p.add_argument("--json", action="store_true", help="print {transcript, scorecard, ...} as JSON at the end")
    p.set_defaults(func=run_rehearse)


def run_rehearse(args: argparse.Namespace) -> int:
    """Handle `lead rehearse`."""
    if args.words and args.words[0] in ("export", "list") and not args.role:
        return _export(args.words[1:]) if args.words[0] == "export" else _list()
    if not args.role:
        raise UserError(f"Say who to rehearse with: --with ROLE ({ROLE_HELP}).")
    situation = " ".join(args.words).strip()
    if not situation:
        raise UserError('Describe the situation, e.g. lead rehearse --with vp "Victor wants Priya moved to the summarizer on Monday".')
    replies = _script(args.script) if args.script else None
    from agent.rehearse.counterpart import counterpart_for
    from agent.rehearse.session import Rehearsal
    from lead_core.settings import load_settings

    settings = load_settings()
    if args.brain == "openai" and not settings.llm_configured:
        raise UserError("--brain openai needs OPENAI_BASE_URL or OPENAI_API_KEY; set one or use --brain offline.")
    team = _team(args.team or settings.team)
    rehearsal = Rehearsal(team=team, today=_today(args.today), counterpart=counterpart_for(settings, team, brain=args.brain),
                          store=_store(settings))
    live = sys.stderr if args.json else sys.stdout
    session = rehearsal.start(args.role, situation, name=args.name, difficulty=args.difficulty)
    _intro(session, live, scripted=replies is not None)
    _say(session, session.transcript[-1], live)
    if replies is not None:
        for reply in replies:
            if reply in ("/end", "/exit", "/quit"):
                break
            print(f"You: {reply}", file=live)
            _say(session, rehearsal.reply(session, reply), live)
    else:
        _interactive(rehearsal, session, live)
    rehearsal.end(session)
    if args.markdown:
        from agent.rehearse.export import session_markdown

        _write(args.markdown, session_markdown(session))
    if args.json:
        from agent.commands.common import print_json

        print_json(session.to_json())
    else:
        print(format_scorecard(session), flush=True)
    return 0


def _interactive(rehearsal: Any, session: Any, live: TextIO) -> None:
    from agent.errors import AgentError

    tty = sys.stdin.isatty()
    while True:
        if tty:
            print("you> ", end="", file=live, flush=True)
        line = read_stdin_line()
        if line is None:
            break
        if not line:
            continue
        if line in ("/end", "/exit", "/quit"):
            break
        try:
            _say(session, rehearsal.reply(session, line), live)
        except AgentError as exc:
            print(f"error: {exc}", file=sys.stderr)


def _intro(session: Any, live: TextIO, *, scripted: bool) -> None:
    from agent.rehearse.library import pct
    from agent.rehearse.persona import persona_for

    persona = persona_for(session.role)
    case = session.case
    print(f"Rehearsing with {session.name} ({persona.title}, {session.difficulty}). Session {session.id}.", file=live)
    if case.has_whatif:
        best = case.figures(case.recommendation)
        print(f"Numbers in play: {case.person} on {case.project}, {case.remaining_weeks[1]:g} weeks left; "
              f"the what-if recommends {best.label} ({pct(best.deadline_probability)} chance of the new deadline, "
              f"{best.lost_days:g} working days lost).", file=live)
    for assumption in case.assumptions:
        print(f"Assumed: {assumption}", file=live)
    if not scripted:
        print("Reply one line at a time; /end for the scorecard.", file=live)
    print("", file=live)


def _say(session: Any, line: Any, live: TextIO) -> None:
    print(f"{session.name}: {line.text}", file=live, flush=True)
    if line.move == "concede":
        print("(They are satisfied: /end for the scorecard, or keep going.)", file=live)


def format_scorecard(session: Any) -> str:
    """The scorecard as readable text (a better line where the score is below 100; JSON and Markdown have all)."""
    card = session.scorecard
    lines = ["", f"Scorecard: {card.overall}/100"]
    for c in card.criteria:
        lines.append(f"  {c.score:>3}  {c.title}")
        lines.append(f"       you said: \u201c{c.evidence}\u201d" if c.evidence else "       you said nothing on this")
        if c.score < 100:
            lines.append(f"       better:   \u201c{c.better}\u201d")
    lines += ["", "Practise next:"] + [f"  - {item}" for item in card.practise_next]
    lines += [f"Note: {n}" for n in session.notices]
    lines += ["", f"Saved as {session.id} (lead rehearse export {session.id} FILE)."]
    return "\n".join(lines)


def _export(rest: list[str]) -> int:
    if len(rest) != 2:
        raise UserError("Usage: lead rehearse export ID FILE (list saved sessions with: lead rehearse list).")
    from agent.rehearse.export import session_markdown
    from lead_core.settings import load_settings

    session_id, target = rest
    session = _store(load_settings()).load(session_id)
    if session is None:
        raise UserError(f"No saved rehearsal {session_id!r}; list them with: lead rehearse list.")
    text = session_markdown(session)
    if target == "-":
        sys.stdout.write(text)
    else:
        _write(target, text)
        print(f"Wrote {target}.")
    return 0


def _list() -> int:
    from lead_core.settings import load_settings

    rows = _store(load_settings()).recent()
    if not rows:
        print("No saved rehearsals yet.")
    for session_id, role, situation, updated in rows:
        print(f"{session_id}  {updated}  {role:<15}  {situation[:70]}")
    return 0


def _store(settings: Any) -> Any:
    from agent.rehearse.store import RehearsalStore

    return RehearsalStore(settings.conversations_db)


def _team(path: Any) -> Any:
    if not path:
        return None
    from tools.team import load_team

    return load_team(path)


def _today(value: str | None) -> date:
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"--today must be a date like 2026-11-23 (got {value!r}).") from None


def _script(path: str) -> list[str]:
    p = Path(path)
    if not p.is_file():
        raise UserError(f"Script not found: {p}; pass a text file with one reply per line.")
    try:
        text = p.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(f"{p} is not UTF-8 text; save it as UTF-8.") from exc
    except OSError as exc:
        raise UserError(f"Cannot read {p}: {exc.strerror}.") from exc
    replies = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if not replies:
        raise UserError(f"{p} has no replies; write one reply per line.")
    return replies


def _write(target: str, text: str) -> None:
    from lead_core.atomic import atomic_write_text

    out = Path(target)
    if out.is_dir():
        raise UserError(f"{out} is a folder; pass a file name such as rehearsal.md.")
    try:
        atomic_write_text(out, text)
    except OSError as exc:
        raise UserError(f"Cannot write {out}: {exc.strerror or exc}.") from exc
