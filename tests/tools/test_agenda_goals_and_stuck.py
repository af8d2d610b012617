"""The report's goal is only ever the report's: the manager's aim ('don't want to spook him') or a stray phrase is no
goal item; a promotion ask uses the team file's goal and planned work as the path; someone stuck for days who said
nothing gets the unblock, then how to flag it next time with a named go-to; a contractor gets no career-growth slot."""

from datetime import date

from tools.agenda import AgendaInput, agenda_input_from_team, build_agenda
from tools.team import Person, load_team

TODAY = date(2026, 12, 4)


def _agenda(notes: str, cues: list[str], name: str = "Tariq", role: str = "team member", others: list[str] | None = None, **person):
    return build_agenda(AgendaInput(person=Person(name=name, role=role, **person), minutes=30, today=TODAY, cues=cues, notes=notes,
                                    person_in_team=False, others=others or []))


def test_the_managers_own_aim_without_a_subject_is_no_goal_of_theirs():
    agenda = _agenda("1:1 with tariq tuesday. three weeks in and he never asks anything. really dont want to spook him", ["new_hire", "quiet"])
    assert not any("goal" in i.title.lower() for i in agenda.items)
    assert not any("draws you" in q for q in agenda.questions)
    assert any("spook him" in a for a in agenda.aims)


def test_a_wish_whose_subject_is_someone_else_is_no_goal_of_theirs():
    agenda = _agenda("1:1 with tariq. his lead wants to move the eval work to q2 and tariq seems fine with it", [])
    assert not any(i.title.startswith("Tariq's goal") for i in agenda.items)


def test_their_own_wish_is_still_their_goal():
    agenda = _agenda("1:1 with tariq. tariq wants to lead the retrieval rewrite next quarter", [])
    assert any(i.title.startswith("Tariq's goal") for i in agenda.items)


def test_stuck_for_days_and_said_nothing_gets_the_unblock_then_how_to_flag_it_with_the_colleague_named():
    notes = ("1:1 with tariq monday, the consultant pairing with wanjiru on the ranking eval. he sat stuck for 4 days on gpu quota "
             "and only mentioned it at the retro")
    agenda = _agenda(notes, ["stuck"], role="consultant", others=["Wanjiru"], status="blocked",
                     blockers=["Stuck 4 days on gpu quota (from your message)"], days_stuck=4)
    titles = [i.title for i in agenda.items]
    assert titles[0] == "Unblock: gpu quota" and titles[1] == "Next time: flag it early"
    flag = agenda.items[1]
    assert "two-hour rule" in flag.notes and "Wanjiru is his first person to ask" in flag.notes
    assert "consultant" in flag.notes
    assert "Growth" not in titles and not any("career goal" in q for q in agenda.questions)


def test_stuck_on_record_with_nothing_said_about_it_gets_no_flag_it_item():
    agenda = _agenda("1:1 with tariq. he is stuck on the schema change", ["stuck"], status="blocked", blockers=["schema change"], days_stuck=3)
    assert "Next time: flag it early" not in [i.title for i in agenda.items]


def test_a_promotion_ask_gets_the_team_files_goal_planned_work_and_the_cycle(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")
    notes = "sam asked whether he can go up for senior at the june cycle. reliable, but he has never owned a launch. 1:1 friday"
    inp = agenda_input_from_team(team, "Sam", today=TODAY).model_copy(update={"notes": notes, "cues": ["wants_promotion"]})
    item = next(i for i in build_agenda(inp).items if i.title == "Path to the next level")
    assert "whether he can go up for senior" in item.notes
    assert "own model serving" in item.notes
    assert "the shadow deployment (Fraud model v3)" in item.notes and "the launch review (LLM summarizer)" in item.notes
    assert "June cycle" in item.notes


def test_a_goal_asked_as_a_question_is_named_in_the_item_never_a_bare_pronoun():
    agenda = _agenda("1:1 with tariq thursday. he asked me if he can move up to staff in the march round. strong on delivery", [])
    goal = next(i for i in agenda.items if i.title.startswith("Tariq's goal"))
    assert goal.title == "Tariq's goal: move up to staff in the March round"


def test_what_they_are_stuck_on_ends_where_its_clause_ends():
    notes = "1:1 with tariq. he sat 3 days stuck on the label export because nobody told him about the new bucket"
    agenda = _agenda(notes, ["stuck"], days_stuck=3)
    assert agenda.items[0].title == "Unblock: the label export"


def test_stuck_days_said_without_for_and_the_named_cause_reach_the_unblock_item_with_options():
    notes = ("1:1 w odile thursday. stuck 9 days on the yield model: the sensor exports from the north plant mix two unit systems "
             "and she's been fixing it by hand")
    agenda = _agenda(notes, ["stuck"], name="Odile", status="blocked", blockers=["Stuck (from your message)"])
    first = agenda.items[0]
    assert first.title == "Unblock: the yield model"
    assert "Stuck for 9 days" in first.notes
    assert "the sensor exports from the north plant mix two unit systems" in first.notes
    assert "options" in first.notes and "pairs with" in first.notes


def test_a_request_put_through_a_channel_is_their_ask_and_a_ramp_status_yields_to_it():
    notes = ("hamid messaged me yesterday asking if he can move to a four day week from march for a part-time degree. "
             "he's still ramping up on the pricing work. 1:1 friday, 30 min")
    agenda = build_agenda(AgendaInput(person=Person(name="Hamid", role="data scientist"), minutes=30, today=TODAY,
                                      cues=["new_hire"], observations={"new_hire": "he's still ramping up"}, notes=notes,
                                      person_in_team=False))
    assert agenda.items[0].title.startswith("Hamid's request")
    assert "four day week" in agenda.items[0].title
    assert not any("Settling in" in i.title for i in agenda.items)


def test_a_new_joiner_said_outright_keeps_the_settling_in_item_beside_a_request():
    notes = "hamid joined three weeks ago and asked if he can move to the search team later on. 1:1 friday"
    agenda = build_agenda(AgendaInput(person=Person(name="Hamid", role="data scientist"), minutes=45, today=TODAY,
                                      cues=["new_hire"], observations={"new_hire": "joined three weeks ago"}, notes=notes,
                                      person_in_team=False))
    assert any("Settling in" in i.title for i in agenda.items)


def test_a_fix_made_over_a_weekend_is_credited_and_the_own_time_asked_about_gently():
    notes = "skip-level with bodhi on thu. heard from ops that he rebuilt the flaky export job over a weekend without telling anyone"
    agenda = build_agenda(AgendaInput(person=Person(name="Bodhi", role="analyst"), minutes=30, today=TODAY, cues=["skip_level"],
                                      notes=notes, person_in_team=False, relationship="skip"))
    credit = next(i for i in agenda.items if i.title.startswith("Recognise"))
    assert credit.title == "Recognise: the flaky export job"
    assert "his own time" in credit.notes
