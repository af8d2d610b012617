"""1-on-1 agendas: minutes add up exactly, their topics come first, and each guidance rule fires when it should."""

import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from tools.agenda import AgendaInput, agenda_input_from_team, build_agenda
from tools.errors import ToolInputError
from tools.team import Person, load_team

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def team(repo_root):
    return load_team(repo_root / "examples" / "team.yaml")


def _person(**kw):
    base = dict(
        name="Ana",
        role="ML engineer",
        status="available",
        last_feedback=date(2026, 11, 10),
        learning_hours_last_month=4,
    )
    return Person(**{**base, **kw})


def _agenda(minutes=30, **kw):
    return build_agenda(AgendaInput(person=_person(**kw), minutes=minutes, today=TODAY))


def _rules(agenda):
    return {r.rule: r.guidance for r in agenda.rules_applied}


@pytest.mark.parametrize("minutes", [15, 16, 23, 30, 45, 59, 60, 97, 120])
@pytest.mark.parametrize("name", ["Priya", "Marco", "Aisha", "Tom", "Lena", "Sam"])
def test_minutes_add_up_exactly(team, name, minutes):
    agenda = build_agenda(agenda_input_from_team(team, name, minutes=minutes, today=TODAY))
    assert sum(item.minutes for item in agenda.items) == minutes
    assert all(item.minutes >= 1 for item in agenda.items)
    assert agenda.items[-1].title == "Next steps and owners"


def test_their_topics_first_when_nothing_is_wrong():
    agenda = _agenda()
    assert agenda.items[0].owner == "them" and agenda.items[0].title == "Their topics"
    assert agenda.rules_applied == []
    assert "Feedback" not in [i.title for i in agenda.items]


def test_stuck_person_gets_unblocking_first(team):
    agenda = build_agenda(agenda_input_from_team(team, "Marco", today=TODAY))
    assert agenda.items[0].title.startswith("Unblock: Training data snapshot job")
    assert agenda.items[1].title == "Their topics"
    assert _rules(agenda)["unblock-first"] == "two-hour-rule"
    # the manager knows of the block (it is on record): no question that presumes it went unsaid
    assert not any("raise this sooner" in q for q in agenda.questions)
    assert "Who else could help clear it, and what can you move on meanwhile?" in agenda.questions


def test_a_block_that_went_unsaid_asks_what_made_it_hard_to_raise(team):
    inp = agenda_input_from_team(team, "Marco", today=TODAY).model_copy(update={"notes": "he didn't tell anyone he was stuck until thursday"})
    assert any("raise this sooner" in q and "two-hour rule" in q for q in build_agenda(inp).questions)


def test_blocked_with_blockers_but_no_days_counts_as_stuck():
    assert "unblock-first" in _rules(_agenda(status="blocked", blockers=["No GPU quota"]))
    assert "unblock-first" in _rules(_agenda(days_stuck=0.5))
    assert "unblock-first" not in _rules(_agenda(status="blocked"))


def test_near_finish_is_protected(team):
    agenda = build_agenda(agenda_input_from_team(team, "Priya", today=TODAY))
    item = next(i for i in agenda.items if i.title.startswith("Finish line"))
    assert "Don't add new asks" in item.notes and "not to interrupt" in item.notes
    assert _rules(agenda)["protect-near-finish"] == "protect-near-finished-work"
    assert any("new asks" in n for n in agenda.prep_notes)


def test_reprioritized_person_gets_the_why():
    agenda = _agenda(recent_reprioritizations=["Moved off search ranking"])
    item = next(i for i in agenda.items if i.title == "Why the priority changed")
    assert item.owner == "you" and "Moved off search ranking" in item.notes
    assert _rules(agenda)["explain-reprioritization"] == "explain-the-why"


@pytest.mark.parametrize("last, overdue", [(date(2026, 10, 24), False), (date(2026, 10, 23), True), (None, True)])
def test_feedback_item_when_overdue(last, overdue):
    agenda = _agenda(last_feedback=last)
    assert ("Feedback" in [i.title for i in agenda.items]) is overdue
    assert ("feedback-overdue" in _rules(agenda)) is overdue
    kinds = {f.kind for f in agenda.feedback_prompts}
    assert kinds == {"technical", "interpersonal"}


def test_no_learning_time_adds_a_learning_item():
    agenda = _agenda(learning_hours_last_month=0, career_goal="Tech lead")
    assert "Growth and learning" in [i.title for i in agenda.items]
    assert _rules(agenda)["no-learning-time"] == "invest-in-growth"
    assert "Tech lead" in agenda.growth_item and "learning time" in agenda.growth_item
    assert "no-learning-time" not in _rules(_agenda(learning_hours_last_month=3))


def test_action_items_are_carried_over_and_exported(team):
    agenda = build_agenda(agenda_input_from_team(team, "Marco", minutes=45, today=TODAY))
    assert agenda.carried_over == ["Write the design doc for retraining triggers", "Pair with Aisha on data validation"]
    md = agenda.to_markdown()
    assert md.startswith("# 1-on-1 with Marco (45 min, 2026-11-23)")
    assert "- [ ] Pair with Aisha on data validation" in md
    assert "(two-hour-rule)" in md


def test_unknown_person_and_bad_minutes(team):
    with pytest.raises(ToolInputError, match="Zed"):
        agenda_input_from_team(team, "Zed", today=TODAY)
    with pytest.raises(ValidationError, match="minutes"):
        AgendaInput(person=_person(), minutes=10, today=TODAY)


@settings(max_examples=50, deadline=None)
@given(
    minutes=st.integers(0, 200),
    status=st.sampled_from(["deep_work", "near_finish", "blocked", "ramping_up", "available", "on_leave", "x"]),
    days_stuck=st.one_of(st.floats(allow_nan=True), st.integers(-1, 400)),
    blockers=st.lists(st.text(max_size=10), max_size=2),
    reprios=st.lists(st.text(max_size=10), max_size=2),
    actions=st.lists(st.text(max_size=10), max_size=3),
    learning=st.floats(-1, 800),
    last=st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1))),
)
def test_fuzz_agenda_input(minutes, status, days_stuck, blockers, reprios, actions, learning, last):
    data = {
        "person": {
            "name": "P",
            "role": "r",
            "status": status,
            "days_stuck": days_stuck,
            "blockers": blockers,
            "recent_reprioritizations": reprios,
            "open_action_items": actions,
            "learning_hours_last_month": learning,
            "last_feedback": last,
        },
        "minutes": minutes,
        "today": TODAY,
    }
    try:
        inp = AgendaInput.model_validate(data)
    except (ValidationError, ToolInputError):
        return
    agenda = build_agenda(inp)
    assert sum(i.minutes for i in agenda.items) == inp.minutes
    assert agenda.markdown.startswith("# 1-on-1 with P")
    assert all(math.isfinite(i.minutes) for i in agenda.items)
