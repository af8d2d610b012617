"""A resumable, cumulative real-model evaluation: the scenario suite and the blind sets run against the configured
OpenAI-compatible endpoint one case at a time, each case scored by `lead eval`'s scorer and appended to a JSONL file
(evals/real_model/results.jsonl). A case already recorded for the same model and the same prompts is skipped, so a run
stopped at any moment continues in the next session and the figures accumulate. `summary` prints them.

    OPENAI_BASE_URL=http://127.0.0.1:8089/v1 LEAD_MODEL=qwen2.5-coder-1.5b-instruct-q4_k_m \\
        python -m evals.real_model_run run --until 02:00
    python -m evals.real_model_run run --brain offline --same-cases-as qwen2.5-coder-1.5b-instruct-q4_k_m   # comparison
    python -m evals.real_model_run summary [--markdown]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from evals.cases import Case, load_cases
from evals.runner import METRIC_CHECKS, REPO_ROOT, default_relint, run_scenarios

DATASETS = ("blind_v5.yaml", "scenarios.yaml", "blind_v4.yaml", "blind_v3.yaml", "blind_v2.yaml")
FIRST = ("blind_v5.yaml",)  # the newest blind set runs before the others (still round-robin over its categories)
RESULTS = REPO_ROOT / "evals" / "real_model" / "results.jsonl"
CASE_DAY = date(2026, 12, 4)  # the blind sets' "today" (written into them); scenarios were written the same day
ANSWER_CHARS = 1500
FALLBACK = "offline (fallback)"
PROMPT_FILES = ("agent/prompts.py", "agent/model_tools.py", "agent/brains/openai_brain.py")


@dataclass(frozen=True)
class QueuedCase:
    """A case to run and the dataset it comes from."""

    dataset: str
    case: Case


def prompts_id(model_understands: bool = False) -> str:
    """A short hash of everything fixed that a model is sent (system message, tool schemas, and the understanding
    prompt when the model reads the question): results are comparable, and skipped when recorded, only for the same
    prompts. A prompt the model is never sent (the understanding prompt, when the parser reads the question, as on a
    server on this machine) does not count: it changes with every new fact, and would restart the run each time."""
    from agent.brains.openai_brain import understanding_prompt
    from agent.model_tools import model_tool_schemas
    from agent.prompts import system_message

    sent = [system_message(), model_tool_schemas(), *([understanding_prompt()] if model_understands else [])]
    fixed = json.dumps(sent, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(fixed.encode("utf-8")).hexdigest()[:12]


def git_commit(paths: Iterable[str] = ()) -> str | None:
    """The short commit of HEAD (or the last one touching `paths`) of the checkout this code runs from, if any."""
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%h", "--", *paths], cwd=REPO_ROOT, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def ordered_cases(datasets: Iterable[str], root: Path = REPO_ROOT / "evals" / "datasets", first: Iterable[str] = ()) -> list[QueuedCase]:
    """Every case of the datasets, round-robin over (dataset, category) groups, so a partial run covers them all; the
    cases of the `first` datasets (file names) all come before the others, round-robin among themselves."""
    groups: dict[tuple[str, str], list[QueuedCase]] = {}
    for name in datasets:
        path = Path(name) if Path(name).is_absolute() else root / name
        for case in load_cases(path):
            groups.setdefault((path.name, case.category or case.intent), []).append(QueuedCase(path.name, case))
    ahead = set(first)
    early = [queue for (dataset, _), queue in groups.items() if dataset in ahead]
    late = [queue for (dataset, _), queue in groups.items() if dataset not in ahead]
    return _round_robin(early) + _round_robin(late)


def _round_robin(queues: list[list[QueuedCase]]) -> list[QueuedCase]:
    out: list[QueuedCase] = []
    while any(queues):
        for queue in queues:
            if queue:
                out.append(queue.pop(0))
    return out


def read_records(path: Path) -> list[dict[str, Any]]:
    """The recorded results (an unreadable line is skipped, never fatal: the file is appended to across sessions)."""
    if not path.exists():
        return []
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return records


def done_keys(records: Iterable[dict[str, Any]], model: str, prompts: str) -> set[tuple[str, str]]:
    """(dataset, case id) already recorded for this model and these prompts."""
    return {(r["dataset"], r["id"]) for r in records if r.get("model") == model and r.get("prompts") == prompts}


def append_record(path: Path, record: dict[str, Any]) -> None:
    """Add one line to the results file with one O_APPEND write, fsynced: runs writing the same file at once never
    lose each other's lines, and a crash leaves at most a partial last line, which `read_records` skips."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(record, ensure_ascii=False, default=str) + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        if os.fstat(fd).st_size and not _ends_with_newline(path):
            line = "\n" + line  # after a partial last line, start a new one
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"


def failed_metrics(failures: list[str]) -> list[str]:
    """The metrics a case's failed checks pull down (`lead eval`'s mapping); the answer's required and forbidden
    patterns count as `answer_content`, any other check as `other`."""
    out = set()
    for failure in failures:
        hits = {m for m, prefixes in METRIC_CHECKS.items() if failure.startswith(prefixes)} - {"tool_precision", "tool_recall"}
        out |= hits or {"answer_content" if failure.startswith("answer ") else "other"}
    return sorted(out)


class RecordingCopilot:
    """Passes `ask` on and keeps the last turn, so the record can say who answered and what it cost."""

    def __init__(self, copilot: Any) -> None:
        self.copilot, self.last = copilot, None

    def ask(self, question: str, **kwargs: Any) -> Any:
        self.last = None
        self.last = self.copilot.ask(question, **kwargs)
        return self.last


def fallback_reason(notices: list[str]) -> str | None:
    """The notice that says why the turn fell back to the offline brain, if it did."""
    return next((n for n in notices if "comes from the offline brain" in n), None)


def run_case(copilot: RecordingCopilot, item: QueuedCase, *, retriever: Any, relint: Any, label: str) -> dict[str, Any]:
    """Ask one case, score it, and return its record."""
    load = os.getloadavg()[0]
    started = time.perf_counter()
    report = run_scenarios(copilot, [item.case], label=label, retriever=retriever, relint=relint)
    seconds = time.perf_counter() - started
    result, turn = report.cases[0], copilot.last
    usage = getattr(turn, "usage", None) or {}
    notices = list(getattr(turn, "notices", []) or [])
    brain = getattr(turn, "brain", None) or "(error)"
    return {
        "dataset": item.dataset,
        "id": item.case.id,
        "category": item.case.category or item.case.intent,
        "passed": result.passed,
        "failed_metrics": failed_metrics(result.failures),
        "failures": result.failures,
        "intent": result.intent,
        "expected_intent": result.expected_intent,
        "tools_called": result.tools_called,
        "brain": brain,
        "fell_back": brain == FALLBACK,
        "fallback_reason": fallback_reason(notices) if brain == FALLBACK else None,
        "model_requests": len(usage.get("requests") or []),
        "input_tokens": usage.get("input_tokens", 0),
        "output_tokens": usage.get("output_tokens", 0),
        "usage": usage.get("requests") or [],
        "notices": notices,
        "seconds": round(seconds, 1),
        "load1": round(load, 2),
        "answer": result.answer[:ANSWER_CHARS],
        "error": result.error,
    }


def pending(queue: list[QueuedCase], done: set[tuple[str, str]]) -> Iterator[QueuedCase]:
    """The queued cases not yet recorded."""
    return (q for q in queue if (q.dataset, q.case.id) not in done)


def run(args: argparse.Namespace) -> int:
    """Run the cases not yet recorded for this model and these prompts, until the queue, --limit or --until ends."""
    from agent.service import Copilot
    from knowledge.retrieval import open_retriever
    from lead_core.settings import load_settings

    settings = load_settings(brain=args.brain)
    if args.brain == "openai" and not settings.llm_configured:
        print("No model endpoint is configured; set OPENAI_BASE_URL and LEAD_MODEL.", file=sys.stderr)
        return 2
    model = settings.model if args.brain == "openai" else "offline"
    prompts = prompts_id(_model_understands(settings)) if args.brain == "openai" else prompts_id()
    out = Path(args.out)
    queue = ordered_cases(args.datasets, first=args.first)
    records = read_records(out)
    if args.same_cases_as:
        ran = {(r["dataset"], r["id"]) for r in records if r.get("model") == args.same_cases_as}
        queue = [q for q in queue if (q.dataset, q.case.id) in ran]
    todo = list(pending(queue, done_keys(records, model, prompts)))
    if args.limit is not None:
        todo = todo[: args.limit]
    deadline = _deadline(args.until)
    commit = args.commit or git_commit()
    prompts_commit = args.prompts_commit or git_commit(PROMPT_FILES)
    print(f"{model}, prompts {prompts}: {len(queue) - len(todo)} of {len(queue)} recorded or skipped, {len(todo)} to run", flush=True)
    retriever = open_retriever(settings)
    relint = default_relint()
    with tempfile.TemporaryDirectory(prefix="lead-real-model-") as tmp:
        copilot = RecordingCopilot(Copilot(settings, retriever=retriever, checkpointer_path=Path(tmp) / "c.sqlite", today=args.today))
        try:
            for item in todo:
                if deadline is not None and time.time() >= deadline:
                    print("stopped: --until reached", flush=True)
                    break
                record = run_case(copilot, item, retriever=retriever, relint=relint, label="real")
                meta = {"model": model, "prompts": prompts, "code_commit": commit, "prompts_commit": prompts_commit, "settings": run_settings(settings),
                        "today": args.today.isoformat(), "finished_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}  # fmt: skip
                append_record(out, {**meta, **record})
                print(
                    f"{item.dataset} {item.case.id}: {'PASS' if record['passed'] else 'fail'}, {record['brain']}, {record['seconds']} s", flush=True
                )
        finally:
            copilot.copilot.close()
    return 0


def _model_understands(settings: Any) -> bool:
    from agent.brains.openai_brain import OpenAIBrain

    return OpenAIBrain(settings).model_understands


def run_settings(settings: Any) -> dict[str, Any]:
    """The settings that shape a model's turn, recorded with each case (they are not part of the skip key)."""
    from agent.brains.openai_brain import follows_speed, request_timeout

    return {"timeout": request_timeout(settings), "timeout_follows_speed": follows_speed(settings), "max_tokens": settings.llm_max_tokens, "temperature": settings.llm_temperature,
            "understand": settings.llm_understand, "max_steps": settings.max_steps}  # fmt: skip


def _deadline(until: str | None) -> float | None:
    """--until HH:MM (UTC, today or, when already past, tomorrow) as a timestamp."""
    if not until:
        return None
    now = datetime.now(timezone.utc)
    hour, minute = (int(x) for x in until.split(":"))
    target = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if target <= now:
        target = target.fromtimestamp(target.timestamp() + 86400, timezone.utc)
    return target.timestamp()


def summarize(records: list[dict[str, Any]], model: str, prompts: str | None = None, total: int | None = None) -> dict[str, Any]:
    """The figures for one model (and prompts): cases run of all, pass rates with and without the fallback, seconds
    and tokens per turn; `offline_pass_rate` compares the offline brain on the same cases when it was recorded."""
    mine = [r for r in records if r.get("model") == model and (prompts is None or r.get("prompts") == prompts)]
    asked = [r for r in mine if r.get("model_requests") or r.get("fell_back")]
    offline = {(r["dataset"], r["id"]): r["passed"] for r in records if r.get("model") == "offline"}
    same = [offline[(r["dataset"], r["id"])] for r in mine if (r["dataset"], r["id"]) in offline]
    seconds = [r["seconds"] for r in asked]
    requests = [q for r in asked for q in r.get("usage") or []]
    return {
        "model": model,
        "prompts": prompts,
        "code_commits": sorted({str(r.get("code_commit")) for r in mine}),
        "cases": len(mine),
        "of": total,
        "reached_the_model": len(asked),
        "passed": sum(r["passed"] for r in mine),
        "pass_rate_with_fallback": _rate(sum(r["passed"] for r in mine), len(mine)),
        "pass_rate_without_fallback": _rate(sum(r["passed"] and not r["fell_back"] for r in mine), len(mine)),
        "fell_back": sum(r["fell_back"] for r in mine),
        "model_answered": sum(not r["fell_back"] and bool(r.get("model_requests")) for r in mine),
        "model_answered_and_passed": sum(r["passed"] and not r["fell_back"] and bool(r.get("model_requests")) for r in mine),
        "offline_pass_rate_same_cases": _rate(sum(same), len(same)) if same else None,
        "seconds_per_turn_median": round(statistics.median(seconds), 1) if seconds else None,
        "seconds_per_turn_range": [min(seconds), max(seconds)] if seconds else None,
        "requests_per_turn": round(len(requests) / len(asked), 2) if asked else None,
        "input_tokens_per_request_median": statistics.median(q["input_tokens"] for q in requests) if requests else None,
        "output_tokens_per_request_median": statistics.median(q["output_tokens"] for q in requests) if requests else None,
        "load1_range": [min(r["load1"] for r in asked), max(r["load1"] for r in asked)] if asked else None,
        "first": min((r["finished_at"] for r in mine), default=None),
        "last": max((r["finished_at"] for r in mine), default=None),
        "by_dataset": {
            d: f"{sum(r['passed'] for r in mine if r['dataset'] == d)}/{sum(1 for r in mine if r['dataset'] == d)}"
            for d in sorted({r["dataset"] for r in mine})
        },  # fmt: skip
    }


def _rate(n: int, total: int) -> float | None:
    return round(n / total, 3) if total else None


def summary(args: argparse.Namespace) -> int:
    """Print the figures per model recorded in the results file."""
    records = [r for r in read_records(Path(args.out)) if args.prompts in (None, r.get("prompts")) or r.get("model") == "offline"]
    total = len(ordered_cases(args.datasets))
    # One row per model and prompts; the offline brain sends no prompts, so it gets one row.
    runs = {(r["model"], None if r["model"] == "offline" else r.get("prompts")) for r in records}
    figures = [summarize(records, model, prompts, total=total) for model, prompts in sorted(runs, key=lambda k: (k[0] == "offline", k[0], str(k[1])))]
    if args.cases:
        print(case_table(records))
    elif args.markdown:
        print(markdown_table(figures))
    else:
        print(json.dumps(figures, indent=1))
    return 0


def markdown_table(figures: list[dict[str, Any]]) -> str:
    """The figures as a README table."""
    lines = ["| model (prompts) | cases run | reached the model | pass (with fallback) | pass (fallback counted as fail) | fell back | offline alone, same cases | s per turn, median (range) | in/out tokens per request, median |",
             "|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for f in figures:
        secs = (
            f"{f['seconds_per_turn_median']} ({f['seconds_per_turn_range'][0]}-{f['seconds_per_turn_range'][1]})"
            if f["seconds_per_turn_range"]
            else "-"
        )
        tokens = f"{f['input_tokens_per_request_median']}/{f['output_tokens_per_request_median']}" if f["input_tokens_per_request_median"] else "-"
        lines.append(f"| {f['model']} ({f['prompts'] or 'any'}) | {f['cases']} of {f['of']} | {f['reached_the_model']} | {f['pass_rate_with_fallback']} | "
                     f"{f['pass_rate_without_fallback']} | {f['fell_back']} | {f['offline_pass_rate_same_cases']} | {secs} | {tokens} |")  # fmt: skip
    return "\n".join(lines)


def case_table(records: list[dict[str, Any]]) -> str:
    """One README row per case a model ran: seconds, load, who answered, passed (and the offline brain's result),
    each request's tokens and seconds, and the failed metrics or the fallback's reason."""
    offline = {(r["dataset"], r["id"]): r["passed"] for r in records if r.get("model") == "offline"}
    lines = ["| case | s | load | answered by | passed (offline alone) | requests: in/out tokens, s | failed metrics, or why it fell back |",
             "|---|---|---|---|---|---|---|"]  # fmt: skip
    for r in (r for r in records if r.get("model") != "offline"):
        alone = offline.get((r["dataset"], r["id"]))
        passed = f"{'yes' if r['passed'] else 'no'} ({'-' if alone is None else 'yes' if alone else 'no'})"
        requests = "; ".join(f"{q['input_tokens']}/{q['output_tokens']}, {q['seconds']:.0f}" for q in r.get("usage") or []) or "none finished"
        why = r["fallback_reason"] if r["fell_back"] else ", ".join(failed_metrics(r["failures"])) or "-"
        who = "offline (fallback)" if r["fell_back"] else "model" if r.get("model_requests") else "no model request"
        lines.append(f"| {r['id']} | {r['seconds']:.0f} | {r['load1']:.1f} | {who} | {passed} | {requests} | {why} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.real_model_run", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, func in (("run", run), ("summary", summary)):
        p = sub.add_parser(name)
        p.add_argument("--out", default=str(RESULTS), help="the results file (JSONL, appended to)")
        p.add_argument("--datasets", nargs="+", default=list(DATASETS), help="dataset files (names under evals/datasets, or absolute paths)")
        p.set_defaults(func=func)
        if name == "run":
            p.add_argument("--brain", choices=("openai", "offline"), default="openai")
            p.add_argument("--limit", type=int, help="run at most this many new cases")
            p.add_argument("--same-cases-as", metavar="MODEL", help="only the cases recorded for MODEL (e.g. the offline brain on what a model ran)")
            p.add_argument("--until", help="start no new case after HH:MM UTC")
            p.add_argument("--first", nargs="*", default=list(FIRST), help="datasets whose cases run before the others' (file names)")
            p.add_argument("--today", type=date.fromisoformat, default=CASE_DAY, help="the date the cases are read on")
            p.add_argument("--commit", help="the code's commit, when running from a copy without git")
            p.add_argument("--prompts-commit", help="the commit that last changed the prompts, recorded as is")
        else:
            p.add_argument("--markdown", action="store_true", help="a README table")
            p.add_argument("--cases", action="store_true", help="a README table with one row per case a model ran")
            p.add_argument("--prompts", help="only the records of this prompts hash (and the offline brain's)")
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
