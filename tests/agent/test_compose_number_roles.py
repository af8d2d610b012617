"""A number reaches the answer in the role it was said in: a share of someone's week is shown as a share (its size
only that share of the period), the new work's own date in the team file is never asked of the current work, a
stated block is weighed in a share's cost, and a chance the manager stated is said back as stated, not re-rounded."""

from datetime import date

from agent.compose import compose_reprioritization, understood_block
from agent.understanding import parse_situation
from tests.support.plans import run_reprioritization
from tools.message import DraftInput, draft_message
from tools.team import load_team

TODAY = date(2026, 12, 4)
TEAM = load_team("examples/team.yaml")


def _answer(question: str) -> tuple[str, str]:
    s = parse_situation(question, TEAM, TODAY)
    records = run_reprioritization(s, TODAY, team=TEAM, question=question)
    return understood_block(s), "\n".join(compose_reprioritization(records, s))


def test_a_share_of_the_week_is_said_back_as_a_share_and_its_size_as_the_share_of_the_period():
    understood, _ = _answer("the cfo wants aisha two days a week on the llm summarizer from monday until the 23rd. what "
                            "does that do to the feature store migration")
    assert '(you said "two days a week")' in understood
    assert "New work in all:" in understood and "40% of their time over the period" in understood


def test_the_new_works_own_date_is_not_asked_of_the_current_work():
    understood, text = _answer("the cfo wants aisha two days a week on the llm summarizer from monday until the 23rd. "
                               "what does that do to the feature store migration")
    assert "New work due: Fri 29 Jan 2027" in understood
    assert not text.startswith("**Does Fri 29 Jan")  # the headline is about the migration, not the summarizer's date


def test_a_share_of_someone_blocked_weighs_the_block_and_who_clears_it():
    _, text = _answer("can marco give the summarizer one day a week until the 23rd? he's blocked on churn retraining")
    assert "Blocked anyway" in text and "while the share runs" in text
    assert "Sam is free in the team file" in text


def _forecast_draft(chance: float, retried: bool) -> str:
    facts = {"project": "the kelp biomass model", "deadline": date(2027, 2, 1), "deadline_probability": 0.7,
             "forecast": {"unit": "dates", "p50_date": date(2027, 1, 25), "p80_date": date(2027, 2, 5), "p95_date": date(2027, 2, 22)},
             "first_try_probability": chance, "first_try_retried": retried, "today": TODAY}
    draft = draft_message(DraftInput(audience="executive", purpose="answer_question", facts=facts, recipient="Odile"))
    return draft.body if hasattr(draft, "body") else str(draft)


def test_a_stated_chance_that_is_not_a_round_tenth_is_said_as_stated():
    body = _forecast_draft(0.65, True)
    assert "65%" in body and "6 in 10" not in body and "7 in 10" not in body.split("first try")[1][:30]


def test_a_stated_round_chance_is_said_in_tenths_exactly():
    assert "7 in 10" in _forecast_draft(0.7, True)
