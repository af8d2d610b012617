"""New joiners and inherited reports, built on what the manager said: the first work and partner named replace a
generic starter project; nothing shipped after weeks and 'all good' at every standup get a small change to ship and
specific questions; 'who should be his buddy if the obvious person is drowning' is about the buddy, never the new
joiner's burnout; a promise made by a previous manager is answered (neither repeated nor dropped)."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.team import Person

TODAY = date(2026, 12, 4)


def _agenda(name: str, notes: str, cues: list[str], observations: dict[str, str] | None = None):
    return build_agenda(AgendaInput(person=Person(name=name, role="team member"), minutes=30, today=TODAY, cues=cues,
                                    notes=notes, person_in_team=False, observations=observations or {}))


def test_the_first_work_named_with_a_partner_replaces_the_generic_starter_project():
    agenda = _agenda("Kemal", "kemal starts monday as a senior MLE and will work on the ranking eval with Sofia. first 1:1 tuesday",
                     ["new_hire"])
    item = agenda.items[0]
    assert "the ranking eval with Sofia" in item.notes and "the first small project" not in item.notes
    assert any(n.startswith("Brief Sofia") for n in agenda.prep_notes)


def test_weeks_in_with_nothing_shipped_and_all_good_get_a_change_to_ship_and_specific_questions():
    agenda = _agenda("Lea", "lea joined three weeks ago, first job after her masters, no PRs yet and says 'fine' at every standup. "
                            "first real 1:1 thursday", ["new_hire"])
    item = next(i for i in agenda.items if i.title.startswith("Settling in"))
    assert "ships this week" in item.notes and "specific questions" in item.notes
    assert not any(i.title.startswith("Growth") for i in agenda.items)


def test_a_busy_would_be_buddy_is_no_burnout_cue_for_the_new_joiner_and_the_buddy_question_is_answered():
    notes = "new grad tariq starts monday. whole team is underwater with the launch. who should be his buddy if the obvious one is slammed?"
    agenda = _agenda("Tariq", notes, ["new_hire", "burnout"], {"burnout": "the obvious one is slammed"})
    assert not any("workload and rest" in i.title for i in agenda.items)
    answer = next(a for a in agenda.answers if a.question == "Who should be Tariq's buddy?")
    assert "Not the obvious person" in answer.answer and "take something off the buddy's plate" in answer.answer


def test_a_promise_from_the_previous_manager_is_answered_and_carried_into_the_first_meeting():
    notes = ("taking over nadia from the data platform team in january; her old lead promised her a team lead role by Q3, "
             "nothing written. first 1:1 on the 8th. should i honour that promise?")
    agenda = _agenda("Nadia", notes, ["inherited"])
    answer = next(a for a in agenda.answers if a.question == "Do you honour the promise?")
    assert "a team lead role by Q3" in answer.answer and "don't repeat the promise and don't dismiss it" in answer.answer
    assert "a team lead role by Q3" in agenda.items[0].notes


def test_burnout_with_one_snap_keeps_the_snap_as_a_sign_of_load_and_names_the_single_point_of_failure():
    notes = ("1:1 with joao friday. he's been working weekends for a month, yesterday he snapped at the designer, and he's "
             "the only one who knows the feature store migration. the release is feb 3. i want to help, not judge")
    agenda = _agenda("Joao", notes, ["burnout", "conflict"])
    assert not any(i.title.startswith("The friction") for i in agenda.items)
    item = agenda.items[0]
    assert "the change you noticed (snapped at the designer)" in item.notes
    assert "only one who knows the feature store migration" in item.notes and "Feb 3" in item.notes


def test_back_after_burnout_leave_sets_the_pace_from_the_stated_phased_return_not_what_to_drop():
    notes = ("ana is back from two months off with burnout next week; HR agreed 60% for the first six weeks. we kicked off a "
             "new pricing project while she was away. i don't want to overwhelm her. 1:1 on her first day")
    agenda = _agenda("Ana", notes, ["burnout", "returning_from_leave"])
    item = next(i for i in agenda.items if i.title == "How you're doing, and the pace from here")
    assert "60% for the first six weeks" in item.notes and "don't want to overload them" in item.notes
    assert not any("drop or defer" in q for q in agenda.questions)
    assert not any("current commitments" in n for n in agenda.prep_notes)
    assert "new pricing project" in agenda.items[0].notes


def test_work_held_by_others_while_away_is_handed_back_as_theirs_and_the_leave_stays_private():
    notes = ("omar is back monday after two months off (the team just knows he was on leave). we handed his forecasting "
             "pipeline to priya and it went fine, and i worry he'll think we didn't need him. 1:1 monday")
    agenda = _agenda("Omar", notes, ["returning_from_leave"])
    item = agenda.items[0]
    assert "forecasting pipeline was held by priya" in item.notes and "theirs to take back" in item.notes
    assert "not because they weren't needed" in item.notes
    assert "What the team knows about the leave stays as it is" in item.notes


def test_a_first_day_agenda_and_a_behaviour_talk_ask_for_no_feedback_on_collaboration_yet():
    first_day = _agenda("Kemal", "kemal starts monday. first 1:1 monday afternoon", ["new_hire"])
    assert first_day.feedback_prompts == []
    conduct = _agenda("Rui", "two people told me Rui's review comments are harsh, like 'did you even test this'", ["conduct"])
    assert conduct.feedback_prompts == []
