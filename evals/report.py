"""Render evaluation results: a plain-text table for the terminal, a JSON report and a Markdown report.

Reports of the same suite (e.g. scenarios on the offline brain and on a configured model) are shown
side by side, one column per run, with the gate and its status for the first run.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any, Sequence

from evals.runner import SuiteReport

SUITE_TITLES = {"intents": "Intent classification", "retrieval": "Retrieval", "scenarios": "End-to-end scenarios"}
PERCENT_METRICS = (
    "accuracy", "rate", "precision", "recall", "f1", "validity", "grounding", "cited", "no_tools", "mrr", "ndcg",
)  # fmt: skip


DEFINITIONS = (
    "- intent_accuracy: share of cases whose routed intent equals the expected one.",
    "- tool_precision / tool_recall / tool_f1: over distinct tool names per case, micro-averaged; in `superset`"
    " cases extra tools are not false positives, in `subset` cases missing tools are not false negatives.",
    "- argument_accuracy: share of argument constraints (`path op value` on a tool's arguments) that some call satisfied.",
    "- citation_validity: share of citations whose passage was retrieved in the same turn, and of `[n]` markers"
    " that have a citation.",
    "- guidance_cited: share of cases citing at least one of their `cite_any` cards.",
    "- quote_fit: over the lines quoted under \"What the guidance says\" in tool answers, the share from a card the"
    " case lists in `cite_any` (else one meant for the intent), that is not a worked script for another situation and"
    " that shares two or more content words with the answer above it (a lexical proxy for 'backs what it sits under').",
    "- number_grounding: share of cases whose every number appears (after rounding to the digits shown, with"
    " 0.85 = 85%) in the question, the team file, a tool result or a cited passage; list markers, `[n]`,"
    " 1-on-1 and the values 0 and 1 are exempt.",
    "- escalation_recall: share of sensitive cases whose answer points to HR, legal or employee assistance.",
    "- lint_pass_rate: share of drafted messages whose own lint and a fresh `lint_message` are clean.",
    "- readable_text: share of answers, as printed, with no text-assembly slip (`tools/readable.py`): a word or list"
    " mark said twice, a slot holding only a pronoun, a bracket to fill whose value the Situation holds.",
    "- out_of_scope_no_tools: share of out-of-scope cases with no tool call.",
    "- pass_rate: share of cases passing every check; latency is per turn, wall clock.",
    "- judge_mean_score: the rubric judge's mean grade (1-5; `--judge`) over the draft and agenda cases and those"
    " marked `judge: true`, each against its kind's rubric (advice, message, agenda), overall, per category and per"
    " kind; judge_ungraded counts verdicts cut off at LEAD_JUDGE_MAX_TOKENS, unreadable or not received.",
    "- model_requests_per_turn / input_tokens_per_turn / output_tokens_per_turn: over the turns that asked a model"
    " (the server's `usage`, else characters / 4); absent when no model was asked.",
)


def _fmt(metric: str, value: Any) -> str:
    if value is None:
        return "n/a"
    if not isinstance(value, (int, float)):
        return str(value)
    if metric.endswith("_ms"):
        return f"{value:,.0f} ms"
    if metric in ("cases", "examples", "judge_cases", "judge_ungraded"):
        return f"{value:.0f}"
    if any(part in metric for part in PERCENT_METRICS) and 0 <= value <= 1:
        return f"{value:.3f}"
    return f"{value:.2f}"


def _gate_text(gate: dict[str, Any] | None) -> tuple[str, str]:
    if not gate:
        return "", ""
    return f"{gate['op']} {gate['value']:g}", {"pass": "ok", "fail": "FAIL", "n/a": "n/a"}[gate["status"]]


def _rows(reports: Sequence[SuiteReport]) -> tuple[list[str], list[list[str]]]:
    """Header and rows for reports of one suite, side by side."""
    first = reports[0]
    gates = {g["metric"]: g for g in first.gates}
    metrics: list[str] = []
    for report in reports:
        for m in report.metrics:
            if m not in metrics:
                metrics.append(m)
    header = ["metric"] + [r.label for r in reports] + ["gate", "status"]
    rows = []
    for m in metrics:
        gate, status = _gate_text(gates.get(m))
        rows.append([m] + [_fmt(m, r.metrics.get(m)) for r in reports] + [gate, status])
    return header, rows


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths)).rstrip()
    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])


def group(reports: Sequence[SuiteReport]) -> dict[str, list[SuiteReport]]:
    """Reports grouped by suite, in the order suites first appear."""
    out: dict[str, list[SuiteReport]] = {}
    for r in reports:
        out.setdefault(r.suite, []).append(r)
    return out


def failure_lines(report: SuiteReport, limit: int | None = None) -> list[str]:
    """One line per failed check of each failing case: `case-id: reason`."""
    lines = []
    for case in report.cases:
        for reason in case.failures:
            lines.append(f"{case.id}: {reason}")
    if report.suite == "intents":
        for miss in report.extra.get("misses", []):
            lines.append(f"{miss['text'][:70]!r}: expected {miss['expected']}, got {miss['got']}")
    return lines[:limit] if limit else lines


def format_text(reports: Sequence[SuiteReport], *, show_failures: bool = True) -> str:
    """The terminal report: one table per suite, then the failed gates and per-case failures."""
    parts = []
    for suite, runs in group(reports).items():
        parts.append(f"{SUITE_TITLES.get(suite, suite)}")
        if suite == "retrieval" and runs[0].extra.get("table"):
            parts.append(str(runs[0].extra["table"]).rstrip())
            gated = [g for g in runs[0].gates]
            if gated:
                parts.append(_table(["gate metric", "value", "gate", "status"], [
                    [g["metric"], _fmt(g["metric"], g["actual"]), *_gate_text(g)] for g in gated
                ]))  # fmt: skip
        else:
            parts.append(_table(*_rows(runs)))
        for run in runs:
            failed = failure_lines(run)
            if show_failures and failed:
                parts.append(f"\nFailures ({run.label}, {len(failed)}):")
                parts.extend(f"  {line}" for line in failed)
        parts.append("")
    failed_gates = [(r, g) for r in reports for g in r.failed_gates]
    if failed_gates:
        parts.append("Gates missed:")
        for r, g in failed_gates:
            parts.append(f"  {r.suite}.{g['metric']} = {_fmt(g['metric'], g['actual'])} (needs {g['op']} {g['value']:g})")
    else:
        parts.append("All gates passed.")
    return "\n".join(parts).rstrip() + "\n"


def to_json(reports: Sequence[SuiteReport], meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSON report: metadata plus every suite's metrics, gates and per-case results."""
    return {
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        **(meta or {}),
        "passed": not any(r.failed_gates for r in reports),
        "suites": [r.to_json() for r in reports],
    }


def _md_table(header: list[str], rows: list[list[str]]) -> str:
    esc = lambda s: str(s).replace("|", "\\|")
    out = ["| " + " | ".join(esc(h) for h in header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def to_markdown(reports: Sequence[SuiteReport], meta: dict[str, Any] | None = None) -> str:
    """The Markdown report (evals/REPORT.md): figures, gates, comparisons and failing cases, with the date."""
    meta = meta or {}
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Lead Copilot evaluation report",
        "",
        f"Generated {now} by `{meta.get('command', 'lead eval all --markdown evals/REPORT.md')}`.",
        "",
    ]
    for key in ("brains", "scenarios_file", "intents_file"):
        if key in meta:
            lines.append(f"- {key.replace('_', ' ')}: {meta[key]}")
    lines.append("")
    for suite, runs in group(reports).items():
        lines += [f"## {SUITE_TITLES.get(suite, suite)}", ""]
        if suite == "retrieval" and runs[0].extra.get("table"):
            lines += ["Hybrid vs dense-only vs BM25-only on the retrieval dataset:", "", str(runs[0].extra["table"]).rstrip(), ""]
            if runs[0].gates:
                lines.append(_md_table(["gate metric", "value", "gate", "status"], [
                    [g["metric"], _fmt(g["metric"], g["actual"]), *_gate_text(g)] for g in runs[0].gates
                ]))  # fmt: skip
        else:
            if len(runs) > 1:
                lines += [f"Side by side: {', '.join(r.label for r in runs)}.", ""]
            lines.append(_md_table(*_rows(runs)))
        for run in runs:
            failed = failure_lines(run)
            if failed:
                lines += ["", f"Failing checks ({run.label}, {len(failed)}):", ""]
                lines += [f"- `{line.split(': ', 1)[0]}`: {line.split(': ', 1)[1]}" if ": " in line else f"- {line}" for line in failed]
        lines.append("")
    status = "all gates passed" if not any(r.failed_gates for r in reports) else "some gates missed"
    lines += [f"Overall: {status}.", "", "## How the scenario metrics are defined", "", *DEFINITIONS, ""]
    return "\n".join(lines)


def dumps_json(reports: Sequence[SuiteReport], meta: dict[str, Any] | None = None) -> str:
    """The JSON report as text."""
    return json.dumps(to_json(reports, meta), indent=2, ensure_ascii=False, default=str) + "\n"
