"""Someone senior going around the manager to the team ('keeps pinging my engineers directly, bypassing me') makes the
1-on-1 with them managing up: the pattern as facts and the change to agree, with no career-growth section for them;
the attendee named as the one who 'keeps' doing it is the pattern's subject, as 'my boss keeps ...' is."""

from datetime import date

import pytest

from agent.understanding import parse_situation
from agent.understanding.cues import detect_cues
from tools.agenda import AgendaInput, build_agenda
from tools.team import Person

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "notes",
    [
        "the head of ops keeps pinging my engineers directly with 'quick' asks, bypassing me",
        "our CPO went straight to my team twice about the demo",
        "she messages my reports directly and it's going around me every sprint",
    ],
)
def test_going_around_the_manager_is_managing_up(notes):
    assert "managing_up" in detect_cues(notes)


@pytest.mark.parametrize("notes", ["1:1 with ana, she skipped lunch again and seems tired", "skip level with my leads' reports next week"])
def test_other_skips_are_not(notes):
    assert "managing_up" not in detect_cues(notes)


def test_a_named_attendee_who_keeps_doing_it_gets_the_pattern_not_growth():
    notes = "ines keeps slacking my data scientists directly with asks, skipping me. 1:1 with ines thursday, 30 min. want to agree how asks reach us"
    s = parse_situation(notes, None, TODAY)
    assert s.intent == "one_on_one" and "managing_up" in (s.get("cues") or [])
    agenda = build_agenda(AgendaInput(person=Person(name="Ines", role="stakeholder"), minutes=30, today=TODAY,
                                      cues=["managing_up"], notes=notes, person_in_team=False))
    titles = [i.title for i in agenda.items]
    assert any(t.startswith("The pattern:") for t in titles)
    assert not any("growth" in t.lower() or "career" in t.lower() for t in titles)


def test_a_senior_requester_in_the_inbox_is_met_as_managing_up(repo_root):
    from tools.team import load_team

    team = load_team(repo_root / "examples" / "team.yaml")  # Victor asks the team for work as VP Engineering
    s = parse_situation("1:1 with victor on friday, 25 min. want to talk about how requests reach my team", team, TODAY)
    assert s.intent == "one_on_one" and "managing_up" in (s.get("cues") or [])


def test_a_counted_pattern_lists_its_cases_and_no_item_treats_them_as_incidents_with_a_report():
    notes = ("second time this month she's reassigned one of my engineers without asking me: lina onto the pricing demo, "
             "and now omar to the board deck. i want requests to come through me")
    agenda = build_agenda(AgendaInput(person=Person(name="Greta", role="director"), minutes=30, today=TODAY,
                                      cues=["managing_up"], notes=notes, person_in_team=False))
    pattern = next(i for i in agenda.items if i.title.startswith("The pattern:"))
    assert "lina onto the pricing demo" in pattern.notes
    assert not any(i.title.startswith("What happened with") for i in agenda.items)


@pytest.mark.parametrize(
    "notes, conduct",
    [
        ("three people told me bogdan rips their pull requests to shreds in the team channel", True),
        ("her review comments are mostly 'did you even test this?'", True),
        ("the ingest job tears the raw files apart into parquet shards", False),
        ("he ripped the old pipeline apart and rebuilt it in a week", False),
    ],
)
def test_how_someone_treats_colleagues_work_is_a_conduct_cue(notes, conduct):
    assert ("conduct" in detect_cues(notes)) is conduct
