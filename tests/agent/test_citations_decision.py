"""Citations conditioned on the decision reached: once the plan is done the offline brain looks the guidance up
again on the decision (a recommendation, a message, an agenda), and the quoted lines are the ones that back it;
a line arguing for the other choice is never quoted, and an unrelated second line is left out."""

from __future__ import annotations

import re

from agent.compose import DECISION_WORDS, decision_text, pick_guidance
from agent.checks import CONTRADICTIONS
from agent.situation import Situation


def _passage(pid: str, text: str) -> dict:
    return {"id": pid, "card_id": pid.split("#")[0], "title": pid, "text": text}


PASSAGES = [
    _passage("protect-near-finished-work#the-principle", "Letting them finish is often the better call. A properly closed project also makes the next one start faster."),
    _passage(
        "protect-near-finished-work#what-to-do",
        "- Stage the switch: people near a finish line move after they close out.\n"
        '- If the new work truly cannot wait, agree on a minimal "freeze" checklist so the work is resumable rather than dropped.',
    ),
    _passage("embedded-teams#what-to-say", "- To an embedded engineer: bring conflicting asks to both of us together."),
]


def test_a_switch_now_decision_quotes_the_line_that_backs_switching_and_nothing_against_it():
    picked = pick_guidance(PASSAGES, ("protect-near-finished-work",), "switch her now?", CONTRADICTIONS["switch_now"], DECISION_WORDS["switch_now"])
    lines = [line for _, line in picked]
    assert lines and "cannot wait" in lines[0]
    assert not any(re.search(r"finish|close out|properly closed", line) for line in lines), lines
    assert not any("embedded" in line for line in lines)  # an unrelated second line is left out


def test_a_finish_first_decision_quotes_finishing():
    picked = pick_guidance(PASSAGES, ("protect-near-finished-work",), "", CONTRADICTIONS["finish_first"], DECISION_WORDS["finish_first"])
    assert any("finish" in line.lower() for _, line in picked)


def test_without_a_decision_the_question_still_picks():
    picked = pick_guidance(PASSAGES, ("protect-near-finished-work",), "embedded engineer conflicting asks")
    assert picked  # the old behaviour: the question alone ranks the lines


def test_decision_text_follows_the_recommendation_and_the_message(example_team):
    records = [{"name": "compare_strategies", "result": None}]
    assert decision_text(records, Situation()) == ""
    body = "Hi Victor,\n\nI'm asking for two more ML engineers."
    draft = {"name": "draft_message", "result": {"subject": "s", "body": body, "word_count": 8, "lint": {"clean": True, "findings": [], "word_count": 8, "word_limit": 250}, "notes": []}}
    s = Situation(intents=["stakeholder_message"])
    s.put("purpose", "ask_for_resources", "question", "ask")
    text = decision_text([draft], s)
    assert "headcount" in text and "two more ML engineers" in text


def test_the_offline_brain_searches_again_on_the_decision_and_cites_what_backs_it(offline_copilot):
    q = (
        "One of my data scientists has put 1 week into a pricing model and has 6 to 10 weeks left. Sales needs her on a "
        "customer pilot of 2 weeks due in 3 weeks. Switch her now or let her finish?"
    )
    turn = offline_copilot.ask(q)
    names = [t.name for t in turn.tool_calls]
    assert names[0] == "compare_strategies" and names[-1] == "search_guidance"
    search = turn.tool_calls[-1]
    assert "cannot wait" in search.arguments["query"]
    guidance = turn.answer.split("**What the guidance says**")[1]
    assert "Recommendation: switch now" in turn.answer
    assert not re.search(r"\bfinish\w*\b|close out|properly closed", guidance, re.I), guidance
    cited = {c.card_id for c in turn.citations}
    assert cited and all(c in {cc.id.split("#")[0] for cc in turn.citations} for c in cited)


def test_decision_text_uses_the_purpose_the_draft_was_written_for():
    """A reply the question names no purpose for is drafted as a decline: retrieval is conditioned on declining."""
    body = "Hi Olivia,\n\nWe can't take on the churn numbers as asked."
    records = [{"name": "draft_message", "arguments": {"purpose": "decline_or_negotiate"},
                "result": {"subject": "s", "body": body, "word_count": 9, "notes": [], "answer": "",
                           "lint": {"clean": True, "findings": [], "word_count": 9, "word_limit": 250}}}]  # fmt: skip
    text = decision_text(records, Situation(intents=["stakeholder_message"]))
    assert text.startswith(DECISION_WORDS["decline_or_negotiate"]) and "churn numbers" in text


def test_a_line_that_backs_nothing_is_not_quoted_and_no_filler_takes_its_place():
    passages = [_passage("embedded-teams#what-to-say", "- Bring conflicting asks from two product teams to both leads together.")]
    assert pick_guidance(passages, (), "", None, DECISION_WORDS["finish_first"]) == []


def test_a_worked_script_for_another_situation_is_never_quoted():
    script = _passage(
        "protect-near-finished-work#what-to-say",
        '- To the IC: "Priorities are shifting, but I want you to finish the retrain properly first, then move over."',
    )
    assert pick_guidance([script], ("protect-near-finished-work",), "", None, DECISION_WORDS["finish_first"]) == []


def test_a_second_quote_must_back_the_decision_more_than_barely():
    passages = PASSAGES + [_passage("plan-probabilistically#what-to-do", "- Protect the work people already invested before you move anyone.")]
    picked = pick_guidance(passages, ("protect-near-finished-work",), "", None, DECISION_WORDS["finish_first"])
    assert picked and "close out" in picked[0][1]
    assert all(len(line.split()) > 3 for _, line in picked)
    second = pick_guidance([passages[1], _passage("x#what-to-do", "- Invest early in tooling.")], (), "", None, DECISION_WORDS["finish_first"])
    assert len(second) == 1  # 'invest' alone does not earn a second quote


def test_a_long_line_is_not_quoted_however_many_words_it_shares():
    long_line = "- " + " ".join(["finish the work already invested, close out and protect it before you move over"] * 4)
    assert pick_guidance([_passage("protect-near-finished-work#what-to-do", long_line)], (), "", None, DECISION_WORDS["finish_first"]) == []


def test_an_agenda_quotes_only_the_cards_behind_the_rules_that_shaped_it(offline_copilot):
    generic = offline_copilot.ask("Prep my 1:1 with Dev on Friday, 30 minutes")
    assert generic.intent == "one_on_one" and "What the guidance says" not in generic.answer
    shaped = offline_copilot.ask("Skip-level with Ayo on Dana's team next week; he rarely speaks up in planning. 30 min")
    rules = {"trust-and-safe-failure-culture", "normalize-asking-for-help", "stay-informed-ask-right-questions"}
    assert {c.card_id for c in shaped.citations} <= rules


def test_an_org_answer_quotes_only_its_own_archetype(offline_copilot):
    turn = offline_copilot.ask("What kind of ML org are we? Three of us do ML inside the product team and we ship our models to production ourselves.")
    assert turn.intent == "archetype"
    assert {c.card_id for c in turn.citations} <= {"archetype-product-embedded", "ml-org-archetypes"}
