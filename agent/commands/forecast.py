"""`lead simulate` (Monte Carlo schedule forecast of a plan) and `lead whatif` (compare switching strategies)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from agent.commands.common import print_json
from lead_core.datafiles import load_data_file
from lead_core.errors import UserError, describe_validation_error
from lead_core.numbers import percent

SIMULATE_HELP = """Forecast when a plan finishes, from three-point estimates, with Monte Carlo simulation.

Examples:
  lead simulate examples/plan.yaml
  lead simulate examples/plan.yaml --deadline 2027-01-29 --json
  lead simulate --team examples/team.yaml --project "Fraud model v3"
"""

WHATIF_HELP = """Compare switching someone to new work now, finishing first, splitting time, or deferring.

Examples:
  lead whatif examples/whatif.yaml
  lead whatif --team examples/team.yaml --person Priya --new-weeks 3,4,6 --deadline-weeks 8
  lead whatif new_work.yaml --team examples/team.yaml --person Priya --json
"""


def register(sub) -> None:
    """Register `simulate` and `whatif`."""
    sim = sub.add_parser(
        "simulate", help="forecast a plan's completion (P50/P80/P95)", description=SIMULATE_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sim.add_argument("file", nargs="?", help="plan file (YAML/JSON); omit with --team/--project")
    sim.add_argument("--team", help="team file to take a project's tasks from (default LEAD_TEAM)")
    sim.add_argument("--project", help="project name in the team file")
    sim.add_argument("--deadline", help="deadline as YYYY-MM-DD or working days from the start")
    sim.add_argument("--trials", type=int, help="Monte Carlo trials (default 10000)")
    sim.add_argument("--seed", type=int, help="random seed (default 7)")
    sim.add_argument("--json", action="store_true", help="print the full forecast as JSON")
    sim.set_defaults(func=run_simulate)

    what = sub.add_parser(
        "whatif", help="compare reprioritization strategies", description=WHATIF_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    what.add_argument("file", nargs="?", help="what-if file, or only the new work when --person is given")
    what.add_argument("--team", help="team file holding the person's current work (default LEAD_TEAM)")
    what.add_argument("--person", help="whose current work the new request competes with")
    what.add_argument("--new-weeks", help="new work estimate in weeks as LOW,LIKELY,HIGH, e.g. 3,4,6")
    what.add_argument("--deadline-weeks", type=float, help="new work deadline in weeks from now")
    what.add_argument("--title", help="name of the new work")
    what.add_argument("--trials", type=int, help="Monte Carlo trials (default 10000)")
    what.add_argument("--seed", type=int, help="random seed (default 7)")
    what.add_argument("--json", action="store_true", help="print the full comparison as JSON")
    what.set_defaults(func=run_whatif)


def _team_path(value: str | None) -> Path | None:
    if value:
        return Path(value)
    from lead_core.settings import load_settings

    return load_settings().team


def _validate(model: Any, data: Any, source: str) -> Any:
    from pydantic import ValidationError

    if not isinstance(data, dict):
        raise UserError(f"{source} must be a mapping of fields (see the examples folder).")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise UserError(describe_validation_error(exc, source=source)) from exc


def _overrides(args: argparse.Namespace) -> dict[str, int]:
    return {k: v for k, v in (("trials", args.trials), ("seed", args.seed)) if v is not None}


def run_simulate(args: argparse.Namespace) -> int:
    """Handle `lead simulate`."""
    from tools.simulate import PlanInput, forecast_completion, plan_from_project

    deadline: date | float | None = None
    if args.deadline:
        try:
            deadline = date.fromisoformat(args.deadline)
        except ValueError:
            try:
                deadline = float(args.deadline)
            except ValueError:
                raise UserError(f"--deadline must be YYYY-MM-DD or a number of working days (got {args.deadline!r}).") from None
    if args.project or (args.team and not args.file):
        if args.file:
            raise UserError("Pass either a plan file or --team with --project, not both.")
        if not args.project:
            raise UserError("--team needs --project NAME to choose which project to simulate.")
        team = _load_team(args.team)
        project = team.project(args.project)
        if project is None:
            known = ", ".join(p.name for p in team.projects) or "none"
            raise UserError(f"No project named {args.project!r} in the team file; known projects: {known}.")
        plan = plan_from_project(project, team.people, deadline, holidays=team.holidays)
        if _overrides(args):
            plan = plan.model_copy(update=_overrides(args))
            plan = PlanInput.model_validate(plan.model_dump())
    else:
        if not args.file:
            raise UserError("Pass a plan file (see examples/plan.yaml) or --team FILE --project NAME.")
        data = load_data_file(args.file)
        if isinstance(data, dict):
            data = {**data, **_overrides(args)}
            if isinstance(deadline, date):
                data.pop("deadline_days", None)
                data["deadline"] = deadline.isoformat()
            elif deadline is not None:
                data.pop("deadline", None)
                data["deadline_days"] = deadline
        plan = _validate(PlanInput, data, Path(args.file).name)
    forecast = forecast_completion(plan)
    if args.json:
        print_json(forecast)
    else:
        print(render_forecast(forecast))
    return 0


def _load_team(path_arg: str | None):
    from tools.team import load_team

    path = _team_path(path_arg)
    if path is None:
        raise UserError("No team file: pass --team FILE or set LEAD_TEAM.")
    return load_team(path)


def render_forecast(f: Any) -> str:
    """A readable forecast: percentiles with dates, probabilities, wasted effort and a text histogram."""
    lines = [f"Forecast over {f.trials:,} trials (seed {f.seed})", ""]
    for p in (f.p50, f.p80, f.p95):
        if p.working_days is None:
            lines.append(f"  P{p.level}  n/a")
            continue
        when = f"  {p.date:%a %d %b %Y}" if p.date else ""
        err = f"  (+/- {p.std_error:.2f})" if p.std_error is not None else ""
        lines.append(f"  P{p.level}  {p.working_days:7.1f} working days{when}{err}")
    lines.append("")
    lines.append(f"  Plan succeeds:        {percent(f.success_probability)}")
    if f.deadline_probability is not None:
        lines.append(f"  By the deadline:      {percent(f.deadline_probability)}  ({f.deadline_days:g} working days)")
    lines.append(f"  Expected wasted work: {f.expected_wasted_days:.1f} working days")
    for port in f.portfolios:
        lines.append(
            f"  Portfolio {port.name!r} ({port.mode}): {percent(port.success_probability)} success, "
            f"{port.expected_wasted_days:.1f} days wasted"
        )
    if f.histogram.counts:
        lines += ["", "  Completion (working days)"]
        lines += _text_histogram(f.histogram.edges, f.histogram.counts)
    for note in f.notes:
        lines.append(f"  note: {note}")
    lines += ["", f.summary]
    return "\n".join(lines)


def _text_histogram(edges: list[float], counts: list[int], rows: int = 10, width: int = 40) -> list[str]:
    """Merge the bins into at most `rows` rows of bars."""
    step = max(1, -(-len(counts) // rows))
    top = 1
    merged = []
    for i in range(0, len(counts), step):
        total = sum(counts[i : i + step])
        merged.append((edges[i], edges[min(i + step, len(edges) - 1)], total))
        top = max(top, total)
    return [f"  {lo:7.1f}-{hi:<7.1f} {'#' * max(round(width * c / top), 1 if c else 0)} {c}" for lo, hi, c in merged]


def _parse_weeks(text: str) -> dict[str, float]:
    try:
        parts = [float(x) for x in text.split(",")]
    except ValueError:
        parts = []
    if len(parts) != 3:
        raise UserError(f"--new-weeks must be three numbers LOW,LIKELY,HIGH such as 3,4,6 (got {text!r}).")
    return dict(zip(("estimate_low", "estimate_likely", "estimate_high"), parts))


def run_whatif(args: argparse.Namespace) -> int:
    """Handle `lead whatif`."""
    from tools.whatif import NewWork, WhatIfInput, compare_strategies, whatif_from_team

    source = Path(args.file).name if args.file else "the command line"
    data = load_data_file(args.file) if args.file else {}
    if args.file and not isinstance(data, dict):
        raise UserError(f"{source} must be a mapping of fields (see examples/whatif.yaml).")
    cli_new: dict[str, Any] = {}
    if args.new_weeks:
        cli_new.update(_parse_weeks(args.new_weeks))
    if args.deadline_weeks is not None:
        cli_new["deadline_weeks"] = args.deadline_weeks
    if args.title:
        cli_new["title"] = args.title
    if args.person:
        team = _load_team(args.team)
        # The person's current work comes from the team file; other what-if options may sit next to new_work.
        options = {k: v for k, v in data.items() if k not in ("new_work", "current")} if "new_work" in data else {}
        new_data = data.get("new_work", data) if "new_work" in data else data
        new_data = {**(new_data or {}), **cli_new}
        if not new_data:
            raise UserError("Describe the new work: a file with its estimate, or --new-weeks LOW,LIKELY,HIGH --deadline-weeks N.")
        new_work = _validate(NewWork, new_data, source)
        options.update(_overrides(args))
        from pydantic import ValidationError

        try:
            inp = whatif_from_team(team, args.person, new_work, **options)
        except ValidationError as exc:
            raise UserError(describe_validation_error(exc, source=source)) from exc
    else:
        if args.team:
            raise UserError("--team needs --person NAME to pick whose current work to compare.")
        if not args.file:
            raise UserError("Pass a what-if file (see examples/whatif.yaml) or --team FILE --person NAME with --new-weeks.")
        if cli_new:
            data = {**data, "new_work": {**(data.get("new_work") or {}), **cli_new}}
        inp = _validate(WhatIfInput, {**data, **_overrides(args)}, source)
    result = compare_strategies(inp)
    if args.json:
        print_json(result)
    else:
        print(render_whatif(inp, result))
    return 0


def render_whatif(inp: Any, r: Any) -> str:
    """A readable comparison table, then the recommendation and its reasons."""
    cur, new = inp.current, inp.new_work
    head = (
        f"{cur.person}: {cur.project} ({cur.weeks_invested:g} weeks in, "
        f"{cur.remaining_low:g}/{cur.remaining_likely:g}/{cur.remaining_high:g} weeks left) vs "
        f"{new.title} ({new.estimate_low:g}/{new.estimate_likely:g}/{new.estimate_high:g} weeks, "
        f"deadline in {new.deadline_weeks:g} weeks)"
    )
    cols = f"  {'strategy':<15} {'new work P50/P80/P95 (wk)':<26} {'P(meet deadline)':>16} {'current P80':>12} {'lost days':>10}"
    lines = [head, f"{r.trials:,} trials, seed {r.seed}", "", cols, "  " + "-" * (len(cols) - 2)]
    for o in r.strategies:
        mark = " *" if o.strategy == r.recommendation else ""
        spread = f"{o.new_work.p50:.1f} / {o.new_work.p80:.1f} / {o.new_work.p95:.1f}"
        lines.append(
            f"  {o.strategy:<15} {spread:<26} {percent(o.deadline_probability):>16} "
            f"{o.current_work.p80:>9.1f} wk {o.lost_days:>10.1f}{mark}"
        )
    verdict = "deadline at risk" if r.deadline_at_risk else "recommended"
    lines += ["", f"Recommendation: {r.recommendation} ({verdict})"]
    lines += [f"  - {reason}" for reason in r.reasons]
    return "\n".join(lines)
