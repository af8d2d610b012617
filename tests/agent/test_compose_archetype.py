"""The org answer a manager reads: a hire asked for is a call with the reason in their words and what would change
it, a risk they named is answered, a generic archetype claim their facts contradict is said as the gap, and nothing
they already described is asked back."""

from __future__ import annotations

from agent.compose import compose_archetype
from agent.situation import Situation
from tools.archetype import ArchetypeInput, score_archetype


def _answer(text: str) -> str:
    result = score_archetype(ArchetypeInput(description=text))
    records = [{"name": "score_archetype", "arguments": {"description": text}, "result": result.model_dump(mode="json"), "error": None}]
    return "\n".join(compose_archetype(records, Situation(intents=["archetype"])))


CLINICS = (
    "Hospital group. Four data scientists sit in the clinical departments and they report to those departments, with a "
    "dotted line to me. Nobody here is an ML engineer, we have no ML engineers at all. Every model goes to production "
    "through the EHR vendor's yearly release; our sepsis alert took 9 months to go live. The bed-demand forecast is "
    "the one all wards use and only Tomasz really understands it. What kind of setup is this and who do I hire first?"
)


def test_a_hire_asked_for_is_made_from_the_stated_bottleneck_with_what_would_change_it():
    text = _answer(CLINICS)
    hire = next(line for line in text.splitlines() if line.startswith("**Next hire:"))
    assert "ML engineer" in hire and "whoever removes" not in hire
    assert '"took 9 months to go live"' in hire or "9 months to go live" in hire
    assert "If models get their own faster route" in hire
    assert "dotted line to you" in text


def test_a_model_only_one_person_understands_is_named_as_a_risk_with_first_steps():
    text = _answer(CLINICS)
    risk = next(line for line in text.splitlines() if line.startswith("**A risk you named:"))
    assert risk.startswith("**A risk you named: the bed-demand forecast depends on one person**")
    assert "second person" in risk and "The hire above becomes its second owner" in risk


def test_a_described_reporting_line_is_not_asked_back():
    text = _answer(CLINICS)
    assert "Where does ML report?" not in text and "Who deploys and maintains models?" not in text


def test_a_claim_the_facts_contradict_is_said_as_the_gap_not_as_fact():
    text = _answer(
        "we're a software company; our ML engineers sit in the product teams and report to each team's engineering lead; "
        "releases are quarterly and the last model took five months to reach production"
    )
    assert "- Models: ML engineers fully own the models they deploy into production." not in text
    assert "Not here yet: you said" in text
    assert "Tight feedback cycle" not in text.split("Not true here yet")[0]


def test_a_decision_with_nothing_that_places_the_org_gets_no_archetype_label():
    text = _answer("my director wants to split off a dedicated vision pod of 2 from my team (7 people). should we?")
    assert text.startswith("**Should a vision pod of 2 split off from your team?**")
    assert "You look most like" not in text and "left the label out" in text


def test_conditions_asked_are_answered_from_the_stated_facts_first(offline_copilot):
    text = ("org q. my team is 3 ML people doing the fraud scores for our card app. ops engineering deploys everything in a "
            "monthly release train, and in october they rolled back our scoring model over latency without telling us. the "
            "marketing analysts email a propensity csv to sales each week that no one reviews. the COO wants my team to serve "
            "models for every team. what do i ask for before i say yes?")
    result = offline_copilot.ask(text)
    assert result.intent == "archetype"
    answer = result.answer
    assert "One question first" not in answer and "What to tell" not in answer  # a csv emailed in the story asks for no message
    assert answer.index("What do you ask for before you say yes?") < answer.index("look most like")
    assert '"monthly release train"' in answer and "without telling us" in answer and "no one reviews" in answer
