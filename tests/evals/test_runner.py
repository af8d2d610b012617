"""Scoring turns against cases, aggregating metrics, gating and rendering, with a scripted fake copilot."""

from __future__ import annotations

import json

import pytest

from agent.types import Citation, ToolCallRecord, TurnResult
from evals.cases import Case, Threshold
from evals.report import format_text, to_json, to_markdown
from evals.runner import apply_gates, run_scenarios, score_case, summarize
from tools.message import DraftedMessage, Finding, LintReport, Span


def _lint(*broken: tuple[str, str]) -> LintReport:
    """A lint report with a finding (rule, message) per broken rule."""
    findings = [Finding(rule=rule, severity="error", span=Span(start=0, end=1, text="x"), message=message, fix="") for rule, message in broken]
    return LintReport(clean=not findings, findings=findings, word_count=1, word_limit=150)


def _draft(body: str, *broken: tuple[str, str]) -> dict:
    """A draft_message result as the graph stores it."""
    return DraftedMessage(subject="s", body=body, word_count=1, lint=_lint(*broken), notes=[]).model_dump(mode="json")

VP_CASE = Case.model_validate(
    {
        "id": "vp",
        "question": "My VP wants Priya moved now; she is 2 weeks from done. Move her or let her finish?",
        "intent": "reprioritization",
        "tools": ["compare_strategies"],
        "args": {"compare_strategies": ["current.remaining_weeks_likely == 2"]},
        "must_contain": ["finish", "\\d+\\s?%"],
        "must_not_contain": ["guarantee"],
        "cite_any": ["protect-near-finished-work"],
    }
)
SENSITIVE = Case.model_validate(
    {"id": "hr", "question": "My report told me about a health issue.", "intent": "sensitive", "tool_match": "exact",
     "must_contain": ["HR"]}
)  # fmt: skip
OOS = Case.model_validate(
    {"id": "oos", "question": "Bake me a cake please.", "intent": "out_of_scope", "tool_match": "exact"}
)


def _cite(n, pid):
    return Citation(n=n, id=pid, card_id=pid.split("#")[0], title="t", source="s", text="Finish in two weeks.")


def good_vp_turn():
    return TurnResult(
        intent="reprioritization",
        answer="Let Priya finish first: 85% chance she lands it in 2 weeks [1].",
        citations=[_cite(1, "protect-near-finished-work#what-to-do")],
        tool_calls=[
            ToolCallRecord("compare_strategies", {"current": {"remaining_weeks_likely": 2}}, {"finish_probability": 0.85}),
            ToolCallRecord("draft_message", {"audience": "executive"}, _draft("Hi")),
        ],
        latency_ms=100,
        retrieved_ids=["protect-near-finished-work#what-to-do"],
    )


def bad_vp_turn():
    return TurnResult(
        intent="guidance",
        answer="I guarantee it: move her now, 40% faster [1][2].",
        citations=[_cite(1, "plan-probabilistically#x")],
        tool_calls=[
            ToolCallRecord("compare_strategies", {"current": {"remaining_weeks_likely": 3}}, {"p": 0.5}),
            ToolCallRecord("draft_message", {}, _draft("x", ("blame", "blames"))),
        ],
        latency_ms=300,
        retrieved_ids=[],
    )


def test_good_turn_passes_every_check():
    result = score_case(VP_CASE, good_vp_turn(), team_text="remaining_weeks_likely: 2")
    assert result.failures == []
    assert result.passed and result.guidance_cited and result.drafts_clean == 1


def test_bad_turn_explains_each_failed_check():
    result = score_case(VP_CASE, bad_vp_turn())
    text = "\n".join(result.failures)
    assert "intent: expected reprioritization, got guidance" in text
    assert "argument compare_strategies: current.remaining_weeks_likely == 2: got 3" in text
    assert "citation [1] plan-probabilistically#x was not retrieved this turn" in text
    assert "marker [2] has no matching citation" in text
    assert "cites none of ['protect-near-finished-work'] (cited ['plan-probabilistically']; none of them retrieved)" in text
    assert "answer lacks /finish/" in text and "forbidden /guarantee/" in text
    assert "ungrounded numbers: 40%" in text
    assert "draft fails lint: blame: blames" in text
    assert not result.passed


def test_relint_runs_on_draft_body():
    seen = []

    def relint(text, audience):
        seen.append((text, audience))
        return _lint(("certainty", "too sure"))

    result = score_case(VP_CASE, good_vp_turn(), relint=relint)
    assert seen == [("Hi", "executive")]
    assert result.drafts_clean == 0 and "lint_message on the draft body: certainty: too sure" in result.failures[0]


class ScriptedCopilot:
    """Answers each question with a prepared TurnResult."""

    def __init__(self, turns):
        self.turns = turns
        self.threads = []

    def ask(self, question, *, thread_id=None, team=None):
        self.threads.append(thread_id)
        turn = self.turns[question]
        if isinstance(turn, Exception):
            raise turn
        return turn


def test_summary_hand_computed_and_gates():
    hr_turn = TurnResult(intent="sensitive", answer="Talk to HR first.", latency_ms=200)
    oos_turn = TurnResult(
        intent="out_of_scope", answer="That's outside what I do.", latency_ms=400,
        tool_calls=[ToolCallRecord("build_agenda", {}, {})],
    )  # fmt: skip
    copilot = ScriptedCopilot({VP_CASE.question: good_vp_turn(), SENSITIVE.question: hr_turn, OOS.question: oos_turn})
    report = run_scenarios(copilot, [VP_CASE, SENSITIVE, OOS])
    m = report.metrics
    assert len(set(copilot.threads)) == 3  # a fresh thread per case
    assert m["intent_accuracy"] == 1.0
    # tools: vp tp1 (draft_message extra forgiven in superset); oos fp1 -> p=1/2, r=1/1
    assert m["tool_precision"] == pytest.approx(0.5) and m["tool_recall"] == 1.0
    assert m["tool_f1"] == pytest.approx(2 / 3)
    assert m["argument_accuracy"] == 1.0
    assert m["escalation_recall"] == 1.0 and m["out_of_scope_no_tools"] == 0.0
    assert m["pass_rate"] == pytest.approx(2 / 3)
    assert m["latency_p50_ms"] == 200 and m["latency_p95_ms"] == pytest.approx(380)
    gates = [Threshold(metric="tool_f1", op=">=", value=0.9, suite="scenarios"),
             Threshold(metric="escalation_recall", op="==", value=1.0, suite="scenarios"),
             Threshold(metric="intent_accuracy", op=">=", value=0.9, suite="intents")]  # fmt: skip
    apply_gates(report, gates)
    assert [(g["metric"], g["status"]) for g in report.gates] == [("tool_f1", "fail"), ("escalation_recall", "pass")]
    text = format_text([report])
    assert "oos: tools (exact): expected [], called ['build_agenda']" in text
    assert "scenarios.tool_f1 = 0.667 (needs >= 0.9)" in text
    data = json.loads(json.dumps(to_json([report])))
    assert data["passed"] is False and data["suites"][0]["cases"][2]["passed"] is False
    md = to_markdown([report])
    assert "| tool_f1 | 0.667 | >= 0.9 | FAIL |" in md and "Generated 20" in md


def test_crashing_turn_is_a_failed_case_not_a_crash():
    copilot = ScriptedCopilot({VP_CASE.question: RuntimeError("boom")})
    report = run_scenarios(copilot, [VP_CASE])
    case = report.cases[0]
    assert case.error == "RuntimeError: boom" and not case.passed
    assert report.metrics["tool_recall"] == 0.0 and report.metrics["number_grounding"] == 0.0


def test_side_by_side_columns():
    copilot = ScriptedCopilot({VP_CASE.question: good_vp_turn()})
    a = run_scenarios(copilot, [VP_CASE], label="offline")
    b = run_scenarios(ScriptedCopilot({VP_CASE.question: bad_vp_turn()}), [VP_CASE], label="gpt-x")
    header = format_text([a, b]).splitlines()[1]
    assert "offline" in header and "gpt-x" in header
    assert summarize([])["intent_accuracy"] is None


def test_retrieval_suite_wraps_the_knowledge_eval(tmp_path):
    from types import SimpleNamespace

    from evals.runner import run_retrieval

    data = tmp_path / "r.yaml"
    data.write_text("- {id: q1, question: 'how to plan', gold: [b]}\n- {id: q2, question: 'who to move', gold: [z]}\n")

    class FakeRetriever:
        def search(self, query, k=5, *, mode="hybrid", **_):
            order = ["a", "b"] if mode == "hybrid" else ["b", "a"]
            return [SimpleNamespace(card_id=c) for c in order]

    report = run_retrieval(FakeRetriever(), data, k=5)
    m = report.metrics
    # q1: gold b at rank 2 (hybrid) / rank 1 (dense, bm25); q2: gold never retrieved
    assert m["questions"] == 2 and m["hybrid_recall_at_5"] == 0.5 and m["hybrid_mrr_at_10"] == 0.25
    assert m["dense_mrr_at_10"] == 0.5 and m["bm25_recall_at_5"] == 0.5
    assert "| hybrid |" in report.extra["table"]


def test_the_crisis_line_in_the_products_safety_text_counts_as_sourced():
    from evals.metrics import ungrounded_numbers
    from evals.runner import fixed_policy_texts

    answer = "Treat it as urgent: in the US call or text 988. Then inform HR."
    assert ungrounded_numbers(answer, ["the question"]) == ["988"]
    assert ungrounded_numbers(answer, ["the question", *fixed_policy_texts()]) == []


def test_model_tokens_per_turn_reach_the_report_only_when_a_model_was_asked():
    model_turn = good_vp_turn()
    model_turn.usage = {"input_tokens": 3000, "output_tokens": 150,
                        "requests": [{"input_tokens": 2000, "output_tokens": 100}, {"input_tokens": 1000, "output_tokens": 50}]}  # fmt: skip
    offline = run_scenarios(ScriptedCopilot({VP_CASE.question: good_vp_turn()}), [VP_CASE], label="offline")
    model = run_scenarios(ScriptedCopilot({VP_CASE.question: model_turn, SENSITIVE.question: TurnResult(intent="sensitive", answer="HR")}),
                          [VP_CASE, SENSITIVE], label="model")  # fmt: skip
    assert "input_tokens_per_turn" not in offline.metrics
    assert model.metrics["model_requests_per_turn"] == 2 and model.metrics["input_tokens_per_turn"] == 3000
    assert model.metrics["output_tokens_per_turn"] == 150  # the sensitive turn asked no model and is not averaged in
    assert model.cases[0].usage["input_tokens"] == 3000
    assert "| input_tokens_per_turn | 3000.00 |" in to_markdown([model])


class RubricClient:
    """A chat client whose verdict depends on the rubric sent (the judge's request shape is tested in test_judge)."""

    def __init__(self, scores, cut_off=()):
        from types import SimpleNamespace

        self.scores, self.cut_off, self.rubrics = scores, cut_off, []
        self.chat = SimpleNamespace(completions=SimpleNamespace(create=self._create))

    def _create(self, **kwargs):
        from types import SimpleNamespace

        from evals.judge import RUBRICS

        kind = next(k for k, text in RUBRICS.items() if text == kwargs["messages"][0]["content"])
        self.rubrics.append(kind)
        question = kwargs["messages"][1]["content"]
        finish = "length" if any(q in question for q in self.cut_off) else "stop"
        message = SimpleNamespace(content=f'{{"score": {self.scores[kind]}, "reasons": []}}')
        return SimpleNamespace(choices=[SimpleNamespace(message=message, finish_reason=finish)], usage=None)


def test_judge_grades_drafts_and_marked_cases_with_means_per_category_and_kind(tmp_path):
    from evals.judge import RubricJudge
    from lead_core.settings import load_settings

    def case(cid, question, intent, category, judge=False):
        return Case.model_validate({"id": cid, "question": question, "intent": intent, "category": category, "judge": judge})

    cases = [
        case("m1", "Write my VP a note that we slip a week.", "stakeholder_message", "drafts"),
        case("m2", "Tell the CFO the model lands in March.", "stakeholder_message", "drafts"),
        case("a1", "Agenda for a 1-on-1 with Bo, who seems tired.", "one_on_one", "drafts"),
        case("a2", "Agenda for my new hire Li, 20 minutes.", "one_on_one", "agendas"),
        case("r1", "Should Priya finish first or switch now?", "reprioritization", "understanding", judge=True),
        case("u1", "How long will the churn model take?", "planning", "understanding"),
        case("m3", "Draft a post for the team about the freeze.", "stakeholder_message", "drafts"),
    ]
    turns = {c.question: TurnResult(intent=c.intent, answer="An answer.") for c in cases}
    client = RubricClient({"message": 4, "agenda": 2, "advice": 5}, cut_off=("the freeze",))
    judge = RubricJudge(load_settings(home=tmp_path), client=client, model="judge-1")
    report = run_scenarios(ScriptedCopilot(turns), cases, judge=judge)
    m = report.metrics
    assert sorted(client.rubrics) == ["advice", "agenda", "agenda", "message", "message", "message"]  # u1 not sent
    assert next(r for r in report.cases if r.id == "u1").judge is None
    assert (m["judge_cases"], m["judge_ungraded"]) == (5, 1)  # graded; m3 was sent but its verdict was cut off
    assert m["judge_mean_score"] == (4 + 4 + 2 + 2 + 5) / 5
    assert m["judge_mean_score_kind_message"] == 4 and m["judge_mean_score_kind_agenda"] == 2
    assert m["judge_mean_score_kind_advice"] == 5
    assert m["judge_mean_score_category_drafts"] == (4 + 4 + 2) / 3 and m["judge_mean_score_category_agendas"] == 2
    assert m["judge_mean_score_category_understanding"] == 5
    assert "| judge_mean_score | 3.40 |" in to_markdown([report])


def test_no_judge_no_judge_metrics():
    report = run_scenarios(ScriptedCopilot({VP_CASE.question: good_vp_turn()}), [VP_CASE])
    assert not any(k.startswith("judge_") for k in report.metrics)


def test_an_answer_with_a_text_slip_fails_readable_text_and_says_where():
    from dataclasses import replace

    turn = good_vp_turn()
    slipped = replace(turn, answer="Let Priya finish first: 85% chance she lands it in 2 weeks [1].\n- - Tell the VP on Monday Monday.")
    result = score_case(VP_CASE, slipped, team_text="remaining_weeks_likely: 2")
    assert result.unreadable == ["doubled-word: 'Monday Monday'", "doubled-mark: '- -'"]
    assert "unreadable: doubled-word: 'Monday Monday'" in result.failures
    clean = score_case(VP_CASE, turn, team_text="remaining_weeks_likely: 2")
    assert summarize([clean])["readable_text"] == 1.0 and summarize([clean, result])["readable_text"] == 0.5


def test_a_bracket_counts_only_when_the_turns_situation_could_fill_it():
    from dataclasses import replace

    answer = "Let Priya finish first: 85% chance she lands it in 2 weeks [1]. Tell [name] today."
    known = {"intents": ["reprioritization"], "facts": [{"name": "person", "value": "Priya", "source": "question", "text": "priya"}]}
    assert score_case(VP_CASE, replace(good_vp_turn(), answer=answer)).unreadable == []
    assert score_case(VP_CASE, replace(good_vp_turn(), answer=answer, situation=known)).unreadable == ["placeholder: '[name]'"]


def test_read_facts_ground_values_read_from_the_question_but_not_assumed_ones():
    from agent.grounding import ungrounded_numbers
    from evals.runner import read_facts

    situation = {"facts": [{"name": "deadline", "value": "2026-12-25", "source": "question", "text": "in three weeks"},
                           {"name": "remaining_weeks", "value": [7, 9, 12], "source": "assumed", "text": "a default"}]}
    sources = read_facts(situation)
    assert ungrounded_numbers("New owner for the pipeline (due Fri 25 Dec).", sources) == []
    assert ungrounded_numbers("About 9 weeks are left.", sources) == ["9"]
    assert read_facts({}) == []


def test_a_draft_carrying_the_managers_notes_fails_reader_voice_but_other_draft_checks_do_not():
    from dataclasses import replace

    turn = good_vp_turn()
    aside = replace(turn, notices=["Check the draft before sending: aside: 'I'm dreading the call' is your own aside, not something to send."])
    dated = replace(turn, notices=["Check the draft before sending: past-date: 3 Nov 2026 is already in the past."])
    results = [score_case(VP_CASE, t, team_text="remaining_weeks_likely: 2") for t in (turn, aside, dated)]
    assert [r.drafts_in_voice for r in results] == [1, 0, 1]
    assert summarize(results)["reader_voice"] == 2 / 3 and summarize(results)["draft_checks"] == 1 / 3
