"""`lead archetype`, `lead triage`, `lead agenda`, `lead draft` and `lead lint`: the people tools from the
command line, reading YAML/JSON input files and printing readable text or JSON (`--json`)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from agent.commands.common import check_output_path, print_json
from lead_core.atomic import atomic_write_text
from lead_core.datafiles import load_data_file
from lead_core.errors import UserError


def _mapping(path: str) -> dict:
    data = load_data_file(path)
    if not isinstance(data, dict):
        raise UserError(f"{path} must hold a YAML/JSON mapping; see the examples/ folder.")
    return data


def _today(value: str | None) -> date:
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"--today must be a date like 2026-11-23 (got {value!r}).") from None


def _team(path: str | None):
    from tools.team import load_team

    return load_team(path) if path else None


def register(sub) -> None:
    """Register this module's subcommands."""
    p = sub.add_parser(
        "archetype",
        help="Score which ML org archetype your company resembles.",
        description="Score the five ML org archetypes from a questionnaire file (examples/archetype.yaml) or a description.",
    )
    p.add_argument("file", nargs="?", help="YAML/JSON with answers and/or description.")
    p.add_argument("--describe", metavar="TEXT", help="Free-text description of how ML is organized.")
    p.add_argument("--json", action="store_true", help="Print JSON.")
    p.set_defaults(func=_archetype)

    p = sub.add_parser(
        "triage",
        help="Triage one request, or the whole inbox of a team file.",
        description="Triage a request file (examples/request.yaml), or with only --team the team file's whole inbox.",
    )
    p.add_argument("file", nargs="?", help="A request (or a full triage input with `request:`).")
    p.add_argument("--team", metavar="TEAMFILE", help="Team file for people's status and the inbox.")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="Today's date (default: today).")
    p.add_argument(
        "--manager-days", type=float, default=1.0, help="Days you can absorb yourself this week (default 1)."
    )
    p.add_argument("--json", action="store_true", help="Print JSON.")
    p.set_defaults(func=_triage)

    p = sub.add_parser(
        "agenda",
        help="Build a time-boxed 1-on-1 agenda.",
        description="Build a 1-on-1 agenda from a file (examples/agenda.yaml) or --team FILE --person NAME.",
    )
    p.add_argument("file", nargs="?", help="Agenda input (person, minutes, today).")
    p.add_argument("--team", metavar="TEAMFILE", help="Team file.")
    p.add_argument("--person", metavar="NAME", help="Team member (with --team).")
    p.add_argument("--minutes", type=int, default=None, help="Meeting length, 15-120 (default 30).")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="Meeting date (default: today).")
    p.add_argument("--markdown", metavar="OUT.md", help="Also write the agenda as Markdown.")
    p.add_argument("--force", action="store_true", help="Replace OUT.md if it exists.")
    p.add_argument("--json", action="store_true", help="Print JSON.")
    p.set_defaults(func=_agenda)

    p = sub.add_parser(
        "draft",
        help="Draft a stakeholder message from facts.",
        description="Draft a message from a YAML/JSON file (examples/draft.yaml); the draft is linted.",
    )
    p.add_argument("file", help="Draft input: audience, purpose, tone, facts.")
    p.add_argument("--json", action="store_true", help="Print JSON.")
    p.set_defaults(func=_draft)

    p = sub.add_parser(
        "lint",
        help="Lint a message (exit 0 clean, 1 findings).",
        description="Check a message for single-date promises, metric hype, certainty, a missing ask, blame and length.",
    )
    p.add_argument("file", help="Text file, or - for stdin.")
    p.add_argument("--audience", choices=["executive", "product", "peer_team", "own_team"], help="Who it is for.")
    p.add_argument("--json", action="store_true", help="Print JSON.")
    p.set_defaults(func=_lint)


def _archetype(args: argparse.Namespace) -> int:
    from tools.archetype import ArchetypeInput, score_archetype

    if not args.file and not args.describe:
        raise UserError('Pass a questionnaire file (see examples/archetype.yaml) or --describe "TEXT".')
    data = _mapping(args.file) if args.file else {}
    if args.describe:
        data = {**data, "description": (str(data.get("description") or "") + " " + args.describe).strip()}
    result = score_archetype(ArchetypeInput.model_validate(data))
    if args.json:
        print_json(result)
        return 0
    prof, dc = result.profile, result.profile.design_choices
    out = [
        f"Best match: {prof.name} ({result.top}), confidence {result.confidence} ({result.confidence_score:.2f}); "
        f"runner-up: {result.runner_up_profile.name}.",
        "",
        "Scores:",
    ]
    out += [f"  {a:22s} {s:6.1%}" for a, s in sorted(result.scores.items(), key=lambda kv: -kv[1])]
    out += ["", f"Answered {result.answered} of {result.total_questions} questions."]
    if result.drivers:
        out += ["Driven by:"] + [
            f"  {c.question} = {c.answer} (+{c.weight:g}{', inferred' if c.inferred else ''})" for c in result.drivers
        ]
    if result.inferred:
        out += ["Inferred from the description:"] + [f"  {x}" for x in result.inferred]
    if result.unknown:
        out += ["Unknown (answering raises confidence): " + ", ".join(result.unknown)]
    out += [
        "",
        f"Typical companies: {'; '.join(prof.typical_companies)}",
        f"Strengths: {'; '.join(prof.strengths)}",
        f"Challenges: {'; '.join(prof.challenges)}",
        "",
        "Recommended design choices:",
        f"  Software vs research: {dc.software_vs_research} - {dc.software_vs_research_note}",
        f"  Data ownership: {dc.data_ownership} - {dc.data_ownership_note}",
        f"  Model ownership: {dc.model_ownership} - {dc.model_ownership_note}",
    ]
    print("\n".join(out))
    return 0


def _print_decision(d) -> None:
    print(f"[{d.decision}] {d.title} (priority {d.priority:g})")
    for r in d.reasons:
        print(f"    - {r.text} ({r.guidance})")
    print(f"    Reply: {d.suggested_reply}")


def _triage(args: argparse.Namespace) -> int:
    from tools.team import Request
    from tools.triage import (
        TriageInput,
        inbox_from_team,
        triage_inbox,
        triage_input_from_team,
        triage_request,
    )

    team = _team(args.team)
    today = _today(args.today)
    if not args.file:
        if team is None:
            raise UserError("Pass a request file, or --team TEAMFILE to triage the team's whole inbox.")
        if not team.inbox:
            raise UserError(f"The team file {args.team} has an empty inbox; add requests under `inbox:`.")
        result = triage_inbox(inbox_from_team(team, today=today, manager_capacity_days=args.manager_days))
        if args.json:
            print_json(result)
            return 0
        print(f"Inbox for {team.team}: {len(result.decisions)} request(s), in priority order.\n")
        for d in result.decisions:
            _print_decision(d)
        print(
            f"\nReached the team: {len(result.reached_team)}; you absorb: {len(result.absorbed_by_manager)}; "
            f"held: {len(result.held)}; negotiating: {len(result.negotiated)}; declined: {len(result.declined)}; "
            f"escalated: {len(result.escalated)}."
        )
        print(f"Interruption budget used: {result.budget_used_days:g} of {result.budget_days:g} team days this week.")
        if result.over_budget_incidents:
            print("Over budget because of incidents: " + "; ".join(result.over_budget_incidents))
        return 0
    data = _mapping(args.file)
    if "request" in data:
        data.setdefault("today", today.isoformat())
        inp = TriageInput.model_validate(data)
        if team is not None and not inp.people:
            inp = triage_input_from_team(
                team, inp.request, today=inp.today, manager_capacity_days=inp.manager_capacity_days
            )
    else:
        req = Request.model_validate(data)
        inp = (
            triage_input_from_team(team, req, today=today, manager_capacity_days=args.manager_days)
            if team
            else TriageInput(request=req, today=today, manager_capacity_days=args.manager_days)
        )
    decision = triage_request(inp)
    if args.json:
        print_json(decision)
        return 0
    _print_decision(decision)
    p = decision.parts
    print(
        f"    Score: impact {p.impact:g} + urgency {p.urgency:g} + deadline {p.deadline_pressure:g} "
        f"- effort {p.effort_cost:g} - interruption {p.interruption_cost:g}"
    )
    return 0


def _agenda(args: argparse.Namespace) -> int:
    from tools.agenda import AgendaInput, agenda_input_from_team, build_agenda

    if args.markdown:
        check_output_path(args.markdown, force=args.force)
    if args.file:
        data = _mapping(args.file)
        data.setdefault("today", _today(args.today).isoformat())
        if args.minutes is not None:
            data["minutes"] = args.minutes
        inp = AgendaInput.model_validate(data)
    elif args.team and args.person:
        team = _team(args.team)
        inp = agenda_input_from_team(team, args.person, minutes=args.minutes or 30, today=_today(args.today))
    else:
        raise UserError("Pass an agenda file (see examples/agenda.yaml), or --team TEAMFILE --person NAME.")
    agenda = build_agenda(inp)
    if args.markdown:
        out = Path(args.markdown)
        try:
            atomic_write_text(out, agenda.markdown)
        except OSError as exc:
            raise UserError(f"Cannot write {out}: {exc.strerror}.") from exc
    if args.json:
        print_json(agenda)
    else:
        sys.stdout.write(agenda.markdown)
    return 0


def _draft(args: argparse.Namespace) -> int:
    from tools.message import DraftInput, draft_message

    msg = draft_message(DraftInput.model_validate(_mapping(args.file)))
    if args.json:
        print_json(msg)
        return 0
    print(f"Subject: {msg.subject}\n\n{msg.body}\n")
    print(f"-- {msg.word_count} words; lint: {'clean' if msg.lint.clean else f'{len(msg.lint.findings)} finding(s)'}")
    for note in msg.notes:
        print(f"-- note: {note}")
    return 0


def _lint(args: argparse.Namespace) -> int:
    from tools.message import LintInput, lint_message

    if args.file == "-":
        raw = getattr(sys.stdin, "buffer", None)  # a text-only stdin (tests, IDEs) is read as text
        data = raw.read() if raw is not None else sys.stdin.read().encode("utf-8", "surrogateescape")
        if b"\x00" in data:
            raise UserError("stdin looks like binary data; pipe in the message as UTF-8 text.")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise UserError("stdin is not UTF-8 text; pipe in the message as UTF-8 text.") from None
    else:
        p = Path(args.file)
        if not p.is_file():
            raise UserError(f"File not found: {p}; pass a text file or - for stdin.")
        try:
            text = p.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise UserError(f"{p} is not UTF-8 text.") from None
    if not text.strip():
        raise UserError("The message is empty; nothing to lint.")
    report = lint_message(LintInput(text=text, audience=args.audience))
    if args.json:
        print_json(report)
    elif report.clean:
        print(f"Clean: {report.word_count} words (limit {report.word_limit}).")
    else:
        for f in report.findings:
            line = text.count("\n", 0, f.span.start) + 1
            print(f'line {line}: {f.severity} [{f.rule}] "{f.span.text[:60]}": {f.message} Fix: {f.fix}')
        print(f"{len(report.findings)} finding(s); {report.word_count} words (limit {report.word_limit}).")
    return 0 if report.clean else 1
