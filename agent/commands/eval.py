"""`lead eval`: run the offline evaluation suites (intents, retrieval, end-to-end scenarios) and gate them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from agent.commands.common import check_output_path
from lead_core.atomic import atomic_write_text
from lead_core.errors import UserError

EPILOG = """examples:
  lead eval                                  every suite (plus the configured model, if any), gated on offline runs
  lead eval scenarios --report out.json      scenarios only, JSON report with per-case checks
  lead eval all --markdown evals/REPORT.md --force   what `make eval` runs
  lead eval scenarios --brain openai --judge the configured model beside the offline brain, plus the rubric judge
  lead eval scenarios --brain offline --judge --scenarios evals/datasets/blind_v10.yaml
                                             offline answers, graded by the configured model (drafts and agendas)

exit codes: 0 all gates passed (or --no-gate), 1 an offline metric (any run with --gate) missed its gate
in evals/thresholds.yaml, 2 bad input.
"""


def register(sub) -> None:
    """Register `lead eval`."""
    p = sub.add_parser(
        "eval",
        help="run the evaluation suites and check them against evals/thresholds.yaml",
        description="Run the evaluation suites and print a table; exit 1 when a metric misses its gate.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("suite", nargs="?", default="all", choices=("intents", "situations", "retrieval", "scenarios", "all"))
    p.add_argument("--brain", choices=("auto", "offline", "openai"), default="auto",
                   help="scenarios brain: offline only, or the configured model beside the offline brain "
                   "(openai needs OPENAI_BASE_URL or OPENAI_API_KEY; auto adds it when one is configured)")  # fmt: skip
    p.add_argument("--model", default=None, help="chat model for --brain openai (default: LEAD_MODEL)")
    p.add_argument("--judge", action="store_true",
                   help="grade the draft and agenda cases (and any marked judge: true) with the rubric judge on the configured "
                   "endpoint, whichever brain answers; at most LEAD_JUDGE_MAX_TOKENS per verdict")  # fmt: skip
    p.add_argument("--judge-model", default=None, help="model for the judge (default: the chat model)")
    p.add_argument("--report", type=Path, default=None, metavar="PATH", help="write the JSON report here")
    p.add_argument("--markdown", type=Path, default=None, metavar="PATH", help="write the Markdown report here")
    p.add_argument("--force", action="store_true", help="replace existing --report/--markdown files")
    p.add_argument("--cases", default=None, metavar="IDS", help="comma-separated scenario ids (or id prefixes) to run")
    p.add_argument("--scenarios", type=Path, default=None, metavar="PATH", help="scenarios file (default: evals/datasets/scenarios.yaml)")
    p.add_argument("--thresholds", type=Path, default=None, metavar="PATH", help="gates file (default: evals/thresholds.yaml)")
    p.add_argument("-k", type=int, default=5, help="retrieval cut-off (default 5)")
    gate = p.add_mutually_exclusive_group()
    gate.add_argument("--gate", dest="gate", action="store_true", default=None, help="exit 1 when any run misses a gate (default: only offline runs are gated)")
    gate.add_argument("--no-gate", dest="gate", action="store_false", help="always exit 0 after reporting")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run_eval)


def _select(cases, spec: str | None):
    if not spec:
        return cases
    wanted = [s.strip() for s in spec.split(",") if s.strip()]
    chosen = [c for c in cases if any(c.id == w or c.id.startswith(w) for w in wanted)]
    if not chosen:
        raise UserError(f"No scenario matches --cases {spec}; ids look like rp01-vp-wants-priya.")
    return chosen


def run_eval(args: argparse.Namespace) -> int:
    """Run the chosen suites, print the table, write reports, and return 1 if a gate is missed."""
    import tempfile

    from evals import report as rep
    from evals import runner
    from evals.cases import load_cases, load_thresholds
    from lead_core.settings import load_settings

    settings = load_settings()
    if args.brain == "openai" and not settings.llm_configured:
        raise UserError("--brain openai needs an endpoint: set OPENAI_BASE_URL (and OPENAI_API_KEY if it needs one).")
    if args.judge and not settings.llm_configured:
        raise UserError("--judge needs an endpoint: set OPENAI_BASE_URL (and OPENAI_API_KEY if it needs one).")
    if args.k < 1:
        raise UserError("-k must be at least 1.")
    for out in (args.report, args.markdown):
        if out is not None:
            check_output_path(out, force=args.force)  # before the run, not after it
    try:
        thresholds = load_thresholds(args.thresholds or runner.THRESHOLDS)
        scenarios_path = args.scenarios or runner.SCENARIOS
        cases = _select(load_cases(scenarios_path), args.cases) if args.suite in ("scenarios", "all") else []
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    progress = not args.quiet
    reports = []
    retriever = None
    if args.suite in ("retrieval", "scenarios", "all"):
        from knowledge.retrieval import open_retriever

        retriever = open_retriever(settings)
    if args.suite in ("intents", "all"):
        reports.append(runner.run_intents(progress=progress))
    if args.suite in ("situations", "all"):
        reports.append(runner.run_situations())
    if args.suite in ("retrieval", "all"):
        reports.append(runner.run_retrieval(retriever, k=args.k))
    if cases:
        judge = None
        if args.judge:
            from evals.judge import RubricJudge

            judge = RubricJudge(settings, model=args.judge_model or args.model)
        relint = runner.default_relint()
        with_model = args.brain == "openai" or (args.brain == "auto" and settings.use_openai)
        brains = ["offline"] + (["openai"] if with_model else [])
        with tempfile.TemporaryDirectory(prefix="lead-eval-") as tmp:
            for brain in brains:
                copilot = runner.build_copilot(brain, retriever=retriever, checkpoint_dir=Path(tmp), model=args.model)
                label = "offline" if brain == "offline" else str(copilot.brain_label)
                try:
                    reports.append(
                        runner.run_scenarios(
                            copilot, cases, label=label, retriever=retriever, judge=judge, progress=progress, relint=relint
                        )
                    )
                finally:
                    getattr(copilot, "close", lambda: None)()
    for r in reports:
        runner.apply_gates(r, thresholds)
    meta = {
        "command": "lead eval " + " ".join(sys.argv[2:]) if sys.argv[1:2] == ["eval"] else f"lead eval {args.suite}",
        "brains": ", ".join(sorted({r.label for r in reports if r.suite == "scenarios"})) or "n/a",
        "scenarios_file": str(args.scenarios or "evals/datasets/scenarios.yaml"),
    }
    sys.stdout.write(rep.format_text(reports))
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(args.report, rep.dumps_json(reports, meta))
        print(f"JSON report: {args.report}", file=sys.stderr)
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(args.markdown, rep.to_markdown(reports, meta))
        print(f"Markdown report: {args.markdown}", file=sys.stderr)
    if args.gate is False:
        return 0
    gated = [r for r in reports if args.gate or r.suite != "scenarios" or r.label == "offline"]
    return 1 if any(r.failed_gates for r in gated) else 0
