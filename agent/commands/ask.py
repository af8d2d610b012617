"""`lead ask` (one question) and `lead chat` (an interactive, resumable conversation)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from agent.commands.common import read_stdin_line
from lead_core.errors import UserError

ASK_HELP = """Ask Lead Copilot one question; prints the answer, its sources and the tools it used.

examples:
  lead ask "My VP wants Priya off the fraud model on Monday. How should I respond?" --team examples/team.yaml
  lead ask "Prepare my 1-on-1 with Marco" --team examples/team.yaml --json
  echo "Which requests should reach my team?" | lead ask - --team examples/team.yaml
"""
CHAT_HELP = """Talk a problem through with Lead Copilot. Type a message per line; /new starts a new
conversation, /exit (or Ctrl-D) quits. Resume a saved conversation with --thread NAME.
"""


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--team", metavar="FILE", help="team file (YAML); default: LEAD_TEAM")
    parser.add_argument("--thread", metavar="NAME", help="conversation to continue or start (saved across runs)")
    parser.add_argument("--brain", choices=["offline", "openai"], help="force a brain (default: openai when configured)")


def register(sub: Any) -> None:
    """Register `ask` and `chat`."""
    ask = sub.add_parser("ask", help="ask one question", description=ASK_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    ask.add_argument("question", help="the question, or - to read it from stdin")
    _common(ask)
    ask.add_argument("--json", action="store_true", help="print one JSON object (intent, answer, citations, tool_calls, ...)")
    ask.set_defaults(func=run_ask)
    chat = sub.add_parser("chat", help="interactive conversation", description=CHAT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    _common(chat)
    chat.set_defaults(func=run_chat)


def _copilot(args: argparse.Namespace) -> Any:
    from agent.service import Copilot
    from lead_core.settings import load_settings

    overrides: dict[str, Any] = {}
    if args.brain:
        overrides["brain"] = args.brain
    settings = load_settings(**overrides)
    if args.brain == "openai" and not settings.llm_configured:
        raise UserError("--brain openai needs OPENAI_BASE_URL or OPENAI_API_KEY; set one or use --brain offline.")
    return Copilot(settings)


def _team(args: argparse.Namespace) -> Any:
    if not args.team:
        return None
    from tools.team import load_team

    return load_team(args.team)


def _read_stdin() -> str:
    data = sys.stdin.buffer.read()
    if b"\x00" in data:
        raise UserError("stdin looks like binary data; pipe in the question as UTF-8 text.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError("stdin is not UTF-8 text; pipe in the question as UTF-8 text.") from exc


def format_result(result: Any) -> str:
    """The readable default output: what was understood, the answer, Sources, tool calls, notices."""
    from agent.compose import understood_block

    block = understood_block(result.situation)
    lines = [block, ""] if block else []
    lines.append(result.answer.rstrip())
    if result.citations:
        lines += ["", "Sources"] + [f"  [{c.n}] {c.title} — {c.source}" for c in result.citations]
    if result.tool_calls:
        lines += ["", "Tools used"]
        for t in result.tool_calls:
            status = "ok" if t.ok else f"error: {t.error}"
            lines.append(f"  {t.name} ({t.duration_ms:.0f} ms, {status})")
    for notice in result.notices:
        lines += ["", f"Note: {notice}"]
    lines += ["", f"[{result.intent} · brain: {result.brain} · privacy: {result.privacy} · thread: {result.thread_id}]"]
    return "\n".join(lines)


def run_ask(args: argparse.Namespace) -> int:
    """Handle `lead ask`."""
    question = _read_stdin() if args.question == "-" else args.question
    team = _team(args)
    copilot = _copilot(args)
    try:
        result = copilot.ask(question, thread_id=args.thread, team=team)
    finally:
        copilot.close()
    if args.json:
        from agent.commands.common import print_json

        print_json(result.to_json())
    else:
        print(format_result(result))
    return 0


def _print_streamed_turn(events: Any) -> None:
    """Print a model's answer as it streams (status lines on stderr), then sources, tools and notices; when the
    check changed the streamed answer, the checked one is printed in full."""
    streamed = ""
    for event in events:
        if event.kind == "status":
            print(event.text, file=sys.stderr, flush=True)
        elif event.kind == "answer_delta":
            streamed += event.text
            print(event.text, end="", flush=True)
        elif event.kind == "final":
            full = format_result(event.result)
            if streamed and streamed.strip() == event.result.answer.strip():
                print(full[len(event.result.answer.rstrip()) :] + "\n", flush=True)
            else:
                print(("\n\n(checked answer)\n" if streamed else "") + full + "\n", flush=True)


def run_chat(args: argparse.Namespace) -> int:
    """Handle `lead chat`: one turn per stdin line; works when stdin is not a TTY."""
    import uuid

    team = _team(args)
    copilot = _copilot(args)
    thread = args.thread or f"chat-{uuid.uuid4().hex[:8]}"
    interactive = sys.stdin.isatty()
    try:
        if args.thread:
            previous = copilot.history(thread)
            if previous:
                print(f"Resuming {thread} ({len(previous) // 2} earlier turn(s)).")
        print(f"Lead Copilot ({copilot.brain_label}, thread {thread}). /new starts over, /exit quits.")
        while True:
            if interactive:
                print("> ", end="", flush=True)
            line = read_stdin_line()
            if line is None:
                break
            if not line:
                continue
            if line in ("/exit", "/quit"):
                break
            if line == "/new":
                thread = f"chat-{uuid.uuid4().hex[:8]}"
                print(f"New conversation: {thread}")
                continue
            from agent.errors import AgentError

            try:
                _print_streamed_turn(copilot.stream(line, thread_id=thread, team=team))
            except AgentError as exc:
                print(f"error: {exc}", file=sys.stderr)
                continue
    finally:
        copilot.close()
    return 0
