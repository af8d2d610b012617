"""Run the evaluation suites: end-to-end scenarios through a Copilot, intent classification, retrieval.

`score_case` turns one case and one TurnResult into a CaseResult with every check and, when a check
fails, the reason; `summarize` aggregates CaseResults into the metrics gated by evals/thresholds.yaml.
The Copilot, retriever and judge are injected so tests can share one run.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from evals.cases import Case, Threshold
from evals.judge import graded, kind_of
from evals.metrics import (
    ToolCounts,
    check_constraint,
    citation_checks,
    citation_problems,
    cites_any,
    escalates,
    grounding_sources,
    intent_accuracy,
    micro_tool_scores,
    pattern_failures,
    percentile,
    quote_fit,
    rate,
    tool_counts,
    trajectory_matches,
    ungrounded_numbers,
)

if TYPE_CHECKING:
    from agent.types import ToolCallRecord
    from tools.message import LintReport

REPO_ROOT = Path(__file__).resolve().parent.parent
DATASETS = Path(__file__).resolve().parent / "datasets"
SCENARIOS = DATASETS / "scenarios.yaml"
INTENTS = Path(__file__).resolve().parent.parent / "agent" / "intent_examples.yaml"
THRESHOLDS = Path(__file__).resolve().parent / "thresholds.yaml"


@dataclass
class CaseResult:
    """Every check for one scenario, with the reasons for the failed ones."""

    id: str
    question: str
    expected_intent: str
    intent: str
    answer: str
    tools_expected: list[str]
    tools_called: list[str]
    tool_match: str
    tool_counts: dict[str, int]
    constraints_ok: int
    constraints_total: int
    citations_valid: int
    citations_total: int
    cited_cards: list[str]
    guidance_cited: bool | None
    ungrounded: list[str]
    drafts_clean: int
    drafts_total: int
    escalated: bool | None
    latency_ms: float
    failures: list[str] = field(default_factory=list)
    error: str | None = None
    judge: dict[str, Any] | None = None
    drafts_checked: int = 0
    drafts_in_voice: int = 0
    stated_kept: int = 0
    stated_total: int = 0
    facts_ok: int = 0
    facts_total: int = 0
    category: str = ""
    situation: dict[str, Any] = field(default_factory=dict)
    quotes_fit: int = 0
    quotes_total: int = 0
    unreadable: list[str] = field(default_factory=list)
    """Slips a reader stops at that reached the answer (tools/readable.py): doubled words or list marks, empty slots."""
    usage: dict[str, Any] = field(default_factory=dict)
    """The turn's model tokens ({"input_tokens", "output_tokens", "requests"}; empty when no model was asked)."""

    @property
    def passed(self) -> bool:
        return not self.failures and self.error is None

    def to_json(self) -> dict[str, Any]:
        """A plain dict for the JSON report."""
        out = asdict(self)
        out["passed"] = self.passed
        return out


@dataclass
class SuiteReport:
    """One suite's metrics, per-case results and gate outcomes."""

    suite: str
    label: str
    metrics: dict[str, float | None]
    cases: list[CaseResult] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    gates: list[dict[str, Any]] = field(default_factory=list)

    @property
    def failed_gates(self) -> list[dict[str, Any]]:
        return [g for g in self.gates if g["status"] == "fail"]

    def to_json(self) -> dict[str, Any]:
        """A plain dict for the JSON report."""
        return {
            "suite": self.suite,
            "label": self.label,
            "metrics": self.metrics,
            "gates": self.gates,
            "extra": self.extra,
            "cases": [c.to_json() for c in self.cases],
        }


# Intents answered by a tool, whose quoted guidance must fit the answer (guidance answers are all guidance).
TOOL_INTENTS = frozenset({"reprioritization", "stakeholder_message", "one_on_one", "triage", "archetype", "planning"})


@lru_cache(maxsize=1)
def _corpus_use_for() -> dict[str, tuple[str, ...]]:
    from knowledge.corpus import load_corpus

    return {card.id: card.use_for for card in load_corpus()}


def card_use_for(card_id: str) -> tuple[str, ...]:
    """What a built-in card is meant for (its use_for), or nothing for an unknown id."""
    return _corpus_use_for().get(card_id, ())


# ---------------------------------------------------------------- drafts / lint


def _lint_clean(lint: LintReport) -> tuple[bool, str]:
    """Whether a lint report is clean, and its findings in short."""
    shown = "; ".join(f"{f.rule}: {f.message}" for f in lint.findings[:3])
    return lint.clean and not lint.findings, shown


def draft_lint_results(
    tool_calls: Sequence[ToolCallRecord], relint: Callable[[str, str | None], LintReport] | None = None
) -> list[tuple[bool, str]]:
    """(clean, findings) for every draft_message result: its own lint and, if given, lint_message on its body."""
    from pydantic import ValidationError

    from agent.tool_results import typed_result

    out = []
    for call in tool_calls:
        if call.name != "draft_message" or call.result is None:
            continue
        try:
            draft = typed_result(call.to_json())
        except ValidationError:
            out.append((False, "the draft is not a drafted message"))
            continue
        ok, why = _lint_clean(draft.lint)
        if ok and relint is not None and draft.body:
            audience = (call.arguments or {}).get("audience")
            ok, why = _lint_clean(relint(draft.body, audience))
            why = f"lint_message on the draft body: {why}" if why else why
        out.append((ok, why))
    return out


def stated_in_drafts(tool_calls: Sequence[ToolCallRecord], situation: dict[str, Any]) -> list[tuple[str, bool]]:
    """Each date, number and ask the manager stated for the turn's drafts, and whether the draft carries it (the check
    node's rule, agent.checks.turn_stated_facts)."""
    from agent.checks import turn_stated_facts
    from agent.situation import Situation

    records = [call.to_json() for call in tool_calls]
    return turn_stated_facts(records, Situation.model_validate(situation)) if any(r["name"] == "draft_message" for r in records) else []


def _stated_counts(turn: Any) -> dict[str, int]:
    stated = stated_in_drafts(turn.tool_calls, getattr(turn, "situation", None) or {})
    return {"stated_kept": sum(kept for _, kept in stated), "stated_total": len(stated)}


def default_relint() -> Callable[[str, str | None], LintReport]:
    """lint_message from the tool registry as (text, audience) -> LintReport."""
    from tools.registry import get_tool

    spec = get_tool("lint_message")

    def relint(text: str, audience: str | None) -> LintReport:
        args: dict[str, Any] = {"text": text}
        if audience:
            args["audience"] = audience
        return spec.run(args)

    return relint


# ---------------------------------------------------------------- scoring


def score_case(
    case: Case,
    turn: Any,
    *,
    team_text: str | None = None,
    passage_text: Callable[[str], str] | None = None,
    relint: Callable[[str, str | None], Any] | None = None,
) -> CaseResult:
    """Check one turn against its case; every failed check adds a readable reason."""
    failures: list[str] = []
    answer = turn.answer or ""
    called = [t.name for t in turn.tool_calls]
    if turn.intent != case.intent:
        failures.append(f"intent: expected {case.intent}, got {turn.intent}")
    counts = tool_counts(case.tools, called, case.tool_match)
    if not trajectory_matches(case.tools, called, case.tool_match):
        failures.append(f"tools ({case.tool_match}): expected {sorted(case.tools)}, called {sorted(set(called))}")
    for call in turn.tool_calls:
        if call.error:
            failures.append(f"tool {call.name} failed: {call.error}")
    calls = [(t.name, t.arguments or {}) for t in turn.tool_calls]
    constraints = case.constraints
    constraint_failures = [r for r in (check_constraint(c, calls) for c in constraints) if r]
    failures += [f"argument {r}" for r in constraint_failures]
    valid, total = citation_checks(answer, turn.citations, turn.retrieved_ids)
    failures += [f"citation: {p}" for p in citation_problems(answer, turn.citations, turn.retrieved_ids)]
    cited_cards = sorted({c.card_id for c in turn.citations})
    guidance = cites_any(turn.citations, case.cite_any) if case.cite_any else None
    if guidance is False:
        retrieved = [c for c in dict.fromkeys(rid.split("#")[0] for rid in turn.retrieved_ids) if c in case.cite_any]
        where = f"{', '.join(retrieved)} retrieved but not cited" if retrieved else "none of them retrieved"
        failures.append(f"cites none of {case.cite_any} (cited {cited_cards or 'nothing'}; {where})")
    failures += pattern_failures(answer, case.must_contain, case.must_not_contain)
    cited_texts = [c.text or (passage_text(c.id) if passage_text else "") for c in turn.citations]
    sources = grounding_sources(case.question, team_text, [t.result for t in turn.tool_calls], cited_texts) + fixed_policy_texts() + read_facts(getattr(turn, "situation", None) or {})
    ungrounded = ungrounded_numbers(answer, sources)
    if ungrounded:
        failures.append(f"ungrounded numbers: {', '.join(ungrounded[:6])}")
    lints = draft_lint_results(turn.tool_calls, relint)
    failures += [f"draft fails lint: {why or 'not clean'}" for ok, why in lints if not ok]
    draft_notes = [n.split(":", 1)[1].strip() for n in getattr(turn, "notices", []) if n.startswith("Check the draft before sending:")]
    failures += [f"draft check: {n}" for n in draft_notes]
    unreadable = answer_slips(answer, getattr(turn, "situation", None) or {})
    failures += [f"unreadable: {s}" for s in unreadable]
    facts_ok, fact_failures = _fact_checks(case, getattr(turn, "situation", None) or {})
    failures += fact_failures
    escalated = escalates(answer) if case.intent == "sensitive" else None
    failures += ["sensitive answer does not point to HR, legal or employee assistance"] if escalated is False else []
    return CaseResult(
        id=case.id,
        question=case.question,
        expected_intent=case.intent,
        intent=turn.intent,
        answer=answer,
        tools_expected=list(case.tools),
        tools_called=called,
        tool_match=case.tool_match,
        tool_counts={"tp": counts.tp, "fp": counts.fp, "fn": counts.fn},
        constraints_ok=len(constraints) - len(constraint_failures),
        constraints_total=len(constraints),
        citations_valid=valid,
        citations_total=total,
        cited_cards=cited_cards,
        guidance_cited=guidance,
        ungrounded=ungrounded,
        drafts_clean=sum(1 for ok, _ in lints if ok),
        drafts_total=len(lints),
        escalated=escalated,
        latency_ms=float(turn.latency_ms or 0.0),
        failures=failures,
        **_draft_counts(draft_notes, len(lints)),
        unreadable=unreadable,
        **_stated_counts(turn),
        facts_ok=facts_ok,
        facts_total=len(case.facts),
        category=case.category,
        situation=dict(getattr(turn, "situation", None) or {}),
        **_quote_counts(case, turn),
        usage=dict(getattr(turn, "usage", None) or {}),
    )


# The draft checks that find the manager's notes in a message instead of words to its reader (agent/checks.py): the
# reader spoken of in the third person, the manager's aside, their words to the tool, a note about the reader.
VOICE_CHECKS = ("voice", "aside", "instruction", "note")


def _draft_counts(draft_notes: list[str], drafts: int) -> dict[str, int]:
    """The drafts that passed every draft check, and those whose voice checks passed (`VOICE_CHECKS`)."""
    return {"drafts_checked": 0 if draft_notes else drafts, "drafts_in_voice": 0 if any(n.startswith(VOICE_CHECKS) for n in draft_notes) else drafts}


def read_facts(situation: dict[str, Any]) -> list[str]:
    """The values read from the question or the team file ('in three weeks' read as a date): numbers the user or the team
    file gave, in the form the answer uses them. Assumed values are left out: they must still be said to be assumed."""
    facts = [f for f in situation.get("facts", []) if isinstance(f, dict) and f.get("source") in ("question", "team_file")]
    return [json.dumps([f.get("value") for f in facts], default=str)] if facts else []


def answer_slips(answer: str, situation: dict[str, Any]) -> list[str]:
    """What a reader would stop at in the answer as printed, with the brackets the turn's Situation could have filled."""
    from pydantic import ValidationError

    from agent.checks import readable_slips
    from agent.situation import Situation

    try:
        understood = Situation.model_validate(situation)
    except ValidationError:
        understood = Situation()
    return [str(s) for s in readable_slips(answer, understood)]


def _quote_counts(case: Case, turn: Any) -> dict[str, int]:
    """How many guidance lines a tool answer quoted and how many of them fit (see evals.metrics.quote_fit)."""
    if case.intent not in TOOL_INTENTS:
        return {"quotes_fit": 0, "quotes_total": 0}
    fit, quoted = quote_fit(turn.answer or "", turn.citations, case.intent, card_use_for, case.cite_any)
    return {"quotes_fit": fit, "quotes_total": quoted}


def error_result(case: Case, message: str, latency_ms: float) -> CaseResult:
    """A CaseResult for a turn that raised: every check counts as failed."""
    counts = tool_counts(case.tools, [], case.tool_match)
    return CaseResult(
        id=case.id, question=case.question, expected_intent=case.intent, intent="(error)", answer="",
        tools_expected=list(case.tools), tools_called=[], tool_match=case.tool_match,
        tool_counts={"tp": counts.tp, "fp": counts.fp, "fn": counts.fn},
        constraints_ok=0, constraints_total=len(case.constraints), citations_valid=0, citations_total=0,
        cited_cards=[], guidance_cited=False if case.cite_any else None, ungrounded=[], drafts_clean=0,
        drafts_total=0, escalated=False if case.intent == "sensitive" else None, latency_ms=latency_ms,
        failures=[f"turn raised {message}"], error=message,
    )  # fmt: skip


def _fact_checks(case: Case, situation: dict[str, Any]) -> tuple[int, list[str]]:
    """The case's expected facts against the turn's understood situation (rules of evals.situations)."""
    from evals.situations import value_matches

    stated = {f["name"]: f["value"] for f in situation.get("facts", []) if f.get("source") == "question" or f.get("name") == "person_in_team"}
    ok, failures = 0, []
    for name, expected in case.facts.items():
        got = stated.get(name)
        matched = set(expected) <= set(got or []) if name == "cues" else value_matches(name, expected, got)
        if matched:
            ok += 1
        else:
            failures.append(f"fact {name}: expected {expected!r}, understood {got!r}")
    return ok, failures


def summarize(results: Sequence[CaseResult]) -> dict[str, float | None]:
    """Aggregate metrics over case results (None = nothing to measure)."""
    counts = micro_tool_scores(ToolCounts(**r.tool_counts) for r in results)
    latencies = [r.latency_ms for r in results if r.error is None]
    guidance = [r.guidance_cited for r in results if r.guidance_cited is not None]
    sensitive = [r.escalated for r in results if r.escalated is not None]
    oos = [not r.tools_called for r in results if r.expected_intent == "out_of_scope"]
    cit_valid, cit_total = sum(r.citations_valid for r in results), sum(r.citations_total for r in results)
    return {
        "cases": float(len(results)),
        "pass_rate": rate(sum(r.passed for r in results), len(results)),
        "intent_accuracy": intent_accuracy([(r.expected_intent, r.intent) for r in results]) if results else None,
        "tool_precision": counts.precision,
        "tool_recall": counts.recall,
        "tool_f1": counts.f1,
        "argument_accuracy": rate(sum(r.constraints_ok for r in results), sum(r.constraints_total for r in results)),
        "citation_validity": rate(cit_valid, cit_total) if cit_total else (1.0 if results else None),
        "quote_fit": rate(sum(r.quotes_fit for r in results), sum(r.quotes_total for r in results)),
        "guidance_cited": rate(sum(guidance), len(guidance)),
        "number_grounding": rate(sum(1 for r in results if not r.ungrounded and r.error is None), len(results)),
        "escalation_recall": rate(sum(sensitive), len(sensitive)),
        "lint_pass_rate": rate(sum(r.drafts_clean for r in results), sum(r.drafts_total for r in results)),
        "out_of_scope_no_tools": rate(sum(oos), len(oos)),
        "latency_p50_ms": percentile(latencies, 50),
        "latency_p95_ms": percentile(latencies, 95),
        "draft_checks": rate(sum(r.drafts_checked for r in results), sum(r.drafts_total for r in results)),
        "reader_voice": rate(sum(r.drafts_in_voice for r in results), sum(r.drafts_total for r in results)),
        "readable_text": rate(sum(1 for r in results if not r.unreadable and r.error is None), len(results)),
        "stated_facts_kept": rate(sum(r.stated_kept for r in results), sum(r.stated_total for r in results)),
        "fact_recall": rate(sum(r.facts_ok for r in results), sum(r.facts_total for r in results)),
        **token_metrics(results),
        **{
            f"pass_rate_{category}": rate(sum(r.passed for r in results if r.category == category), sum(1 for r in results if r.category == category))
            for category in sorted({r.category for r in results if r.category})
        },
    }


def token_metrics(results: Sequence[CaseResult]) -> dict[str, float]:
    """Model requests and tokens per turn, over the turns that asked a model (nothing when none did)."""
    asked = [r.usage for r in results if r.usage.get("requests")]
    if not asked:
        return {}
    return {
        "model_requests_per_turn": sum(len(u["requests"]) for u in asked) / len(asked),
        "input_tokens_per_turn": sum(int(u.get("input_tokens") or 0) for u in asked) / len(asked),
        "output_tokens_per_turn": sum(int(u.get("output_tokens") or 0) for u in asked) / len(asked),
    }


METRIC_CHECKS: dict[str, tuple[str, ...]] = {
    "intent_accuracy": ("intent:", "turn raised"),
    "tool_precision": ("tools (", "turn raised"),
    "tool_recall": ("tools (", "turn raised"),
    "tool_f1": ("tools (", "turn raised"),
    "argument_accuracy": ("argument ", "turn raised"),
    "citation_validity": ("citation:", "turn raised"),
    "guidance_cited": ("cites none", "turn raised"),
    "number_grounding": ("ungrounded numbers", "turn raised"),
    "escalation_recall": ("sensitive answer", "turn raised"),
    "lint_pass_rate": ("draft fails lint", "turn raised"),
    "out_of_scope_no_tools": ("tools (", "turn raised"),
    "fact_recall": ("fact ", "turn raised"),
    "draft_checks": ("draft check", "turn raised"),
    "reader_voice": tuple(f"draft check: {c}" for c in VOICE_CHECKS) + ("turn raised",),
    "readable_text": ("unreadable:", "turn raised"),
    "stated_facts_kept": ("draft check: dropped:", "turn raised"),
}


def failures_for(report: SuiteReport, metric: str) -> list[str]:
    """`case-id: reason` lines for the failed checks that pull the given metric down (all for pass_rate)."""
    prefixes = METRIC_CHECKS.get(metric)
    lines = []
    for case in report.cases:
        if metric == "out_of_scope_no_tools" and case.expected_intent != "out_of_scope":
            continue
        for reason in case.failures:
            if prefixes is None or reason.startswith(prefixes):
                lines.append(f"{case.id}: {reason}")
    return lines


def apply_gates(report: SuiteReport, thresholds: Iterable[Threshold]) -> SuiteReport:
    """Fill report.gates with pass/fail/n-a for every threshold of the report's suite."""
    gates = []
    for t in thresholds:
        if t.suite != report.suite:
            continue
        actual = report.metrics.get(t.metric)
        status = "n/a" if actual is None else ("pass" if t.passes(actual) else "fail")
        gates.append({"metric": t.metric, "op": t.op, "value": t.value, "actual": actual, "status": status})
    report.gates = gates
    return report


# ---------------------------------------------------------------- running


def resolve_team_path(team: str, root: Path = REPO_ROOT) -> Path:
    """A case's team path: as given if it exists, else relative to the repository root."""
    p = Path(team)
    return p if p.is_absolute() or p.exists() else root / p


def fixed_policy_texts() -> list[str]:
    """The product's own fixed safety text (e.g. the crisis line): published policy, so its numbers count as sourced."""
    from agent import compose

    return [compose.ESCALATION_NOTE, compose.CRISIS_NOTE, compose.SCOPE_NOTE, compose.HELP_NOTE] + [note for _, note, _ in compose.TOPIC_NOTES]


def _progress(total: int, desc: str, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, file=sys.stderr, disable=not enabled, leave=False, unit="case")


def run_scenarios(
    copilot: Any,
    cases: Sequence[Case],
    *,
    label: str = "offline",
    retriever: Any = None,
    judge: Any = None,
    progress: bool = False,
    relint: Callable[[str, str | None], Any] | None = None,
) -> SuiteReport:
    """Ask every case's question on a fresh thread and score the turn."""
    from tools.team import load_team

    teams: dict[str, tuple[Any, str]] = {}

    def passage_text(pid: str) -> str:
        found = retriever.get(pid) if retriever is not None and hasattr(retriever, "get") else None
        return getattr(found, "text", "") or ""

    results: list[CaseResult] = []
    bar = _progress(len(cases), f"scenarios ({label})", progress)
    try:
        for i, case in enumerate(cases):
            team_obj, team_text = None, None
            if case.team:
                if case.team not in teams:
                    path = resolve_team_path(case.team)
                    teams[case.team] = (load_team(path), path.read_text(encoding="utf-8"))
                team_obj, team_text = teams[case.team]
            start = time.perf_counter()
            try:
                turn = copilot.ask(case.question, thread_id=f"eval-{label}-{case.id}-{i}", team=team_obj)
            except Exception as exc:  # boundary: one case's failure is that case's result; the run goes on
                elapsed = (time.perf_counter() - start) * 1000
                results.append(error_result(case, f"{exc.__class__.__name__}: {exc}", elapsed))
            else:
                if not turn.latency_ms:
                    turn.latency_ms = (time.perf_counter() - start) * 1000
                result = score_case(case, turn, team_text=team_text, passage_text=passage_text, relint=relint)
                if judge is not None and graded(case):
                    verdict = judge.grade(case.question, result.answer, team=team_obj, kind=kind_of(case.intent))
                    result.judge = verdict.to_json()
                results.append(result)
            bar.update(1)
    finally:
        bar.close()
    return SuiteReport(suite="scenarios", label=label, metrics={**summarize(results), **judge_metrics(results)}, cases=results)


def judge_metrics(results: Sequence[CaseResult]) -> dict[str, float]:
    """The rubric judge's mean score overall, per category and per kind of answer, the cases it graded and did not
    (an error verdict), and its seconds per request; nothing when no case was sent to the judge."""
    sent = [r for r in results if r.judge]
    if not sent:
        return {}
    scored = [r for r in sent if r.judge and r.judge.get("score") is not None]
    asked = [float(r.judge["seconds"]) for r in sent if r.judge and not r.judge.get("cached") and r.judge.get("seconds")]
    out: dict[str, float] = {"judge_cases": float(len(scored)), "judge_ungraded": float(len(sent) - len(scored))}
    if scored:
        out["judge_mean_score"] = _mean_score(scored)
    for category in sorted({r.category for r in scored if r.category}):
        out[f"judge_mean_score_category_{category}"] = _mean_score([r for r in scored if r.category == category])
    for kind in sorted({str(r.judge["kind"]) for r in scored if r.judge and r.judge.get("kind")}):
        out[f"judge_mean_score_kind_{kind}"] = _mean_score([r for r in scored if r.judge and r.judge.get("kind") == kind])
    if asked:
        out["judge_seconds_per_request"] = sum(asked) / len(asked)
    return out


def _mean_score(results: Sequence[CaseResult]) -> float:
    return sum(int(r.judge["score"]) for r in results if r.judge) / len(results)


def build_copilot(brain: str, *, retriever: Any, checkpoint_dir: Path, model: str | None = None) -> Any:
    """A Copilot on the chosen brain ("offline" or "openai") with a throwaway conversation store."""
    from agent.service import Copilot
    from lead_core.settings import load_settings

    overrides: dict[str, Any] = {"brain": brain}
    if model:
        overrides["model"] = model
    settings = load_settings(**overrides)
    return Copilot(settings, retriever=retriever, checkpointer_path=checkpoint_dir / f"eval-{brain}.sqlite")


# ---------------------------------------------------------------- intents


def run_intents(dataset: Path = INTENTS, *, progress: bool = False) -> SuiteReport:
    """Offline intent accuracy on the intents dataset, leave-one-out: each example is classified by a
    classifier built on the dataset with that example excluded."""
    from agent.intents import IntentClassifier, load_examples

    examples = load_examples(Path(dataset))
    if not examples:
        raise ValueError(f"{dataset} has no examples")
    classifier = IntentClassifier(examples)
    pairs: list[tuple[str, str]] = []
    misses: list[dict[str, str]] = []
    bar = _progress(len(examples), "intents", progress)
    try:
        for i, example in enumerate(examples):
            predicted = classifier.classify(example.text, exclude=i, vector=classifier.vectors[i]).intent
            pairs.append((example.intent, predicted))
            if predicted != example.intent:
                misses.append({"text": example.text, "expected": example.intent, "got": predicted})
            bar.update(1)
    finally:
        bar.close()
    per_intent = {
        intent: intent_accuracy([(e, g) for e, g in pairs if e == intent]) for intent in sorted({e for e, _ in pairs})
    }
    metrics: dict[str, float | None] = {"examples": float(len(pairs)), "intent_accuracy": intent_accuracy(pairs)}
    metrics.update({f"recall_{k}": v for k, v in per_intent.items()})
    return SuiteReport(suite="intents", label="leave-one-out", metrics=metrics, extra={"misses": misses})


# ---------------------------------------------------------------- understanding


def run_situations(dataset: Path | None = None) -> SuiteReport:
    """Fact-level precision, recall and F1 and intent accuracy of the parsed Situation on labelled questions."""
    from evals import situations

    metrics, scores = situations.run(dataset or situations.DATASET)
    misses = [
        {"id": s.id, "question": s.question, "expected_intents": s.expected_intents, "intents": s.intents, "missed": s.missed, "extra": s.extra}
        for s in scores
        if not s.exact
    ]
    return SuiteReport(suite="situations", label="parser", metrics=dict(metrics), extra={"misses": misses})


# ---------------------------------------------------------------- retrieval


def run_retrieval(retriever: Any, dataset: Path | None = None, k: int = 5) -> SuiteReport:
    """The knowledge engineer's retrieval eval (hybrid vs dense vs BM25), wrapped as a SuiteReport."""
    from evals import retrieval as r

    report = r.run_retrieval_eval(retriever, r.load_retrieval_dataset(dataset), k)
    metrics: dict[str, float | None] = {"questions": float(report["questions"])}
    for mode, values in report["modes"].items():
        for name, value in values.items():
            metric, _, cut = name.partition("@")
            metrics[f"{mode}_{metric}_at_{cut}"] = float(value)
    return SuiteReport(
        suite="retrieval",
        label=f"k={k}",
        metrics=metrics,
        extra={"table": r.format_retrieval_table(report), "misses": report["misses"]},
    )
