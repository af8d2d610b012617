"""A go/no-go still to decide is run as a decision meeting: the purpose first (told beforehand, so it is no ambush),
their case before the manager's odds, then the criteria, the options and the date the call is due; their own topics
get a short slot at the end, never a third of the meeting."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.team import Person

TODAY = date(2026, 12, 4)


def _agenda(notes: str, minutes: int = 45):
    return build_agenda(AgendaInput(person=Person(name="Ines", role="team member"), minutes=minutes, today=TODAY,
                                    cues=["research_go_no_go"], notes=notes, person_in_team=False))


NOTES = ("ines has spent three months on the speech denoiser prototype. my gut says 1 in 5 it ever ships, she thinks it's close. "
         "need a go/no-go decision by the budget review on jan 9. 1:1 tuesday. don't want her blindsided")


def test_the_purpose_comes_first_and_is_told_beforehand():
    agenda = _agenda(NOTES)
    first = agenda.items[0]
    assert first.title.startswith("Go/no-go checkpoint for") and first.title.endswith("why we're meeting")
    assert "by the budget review on jan 9" in first.notes and "not decided yet" in first.notes and "surprise" in first.notes
    assert any(n.startswith("A day or two before, tell Ines in writing") for n in agenda.prep_notes)


def test_their_case_comes_before_the_managers_odds_and_then_the_criteria_and_options():
    titles = [i.title for i in _agenda(NOTES).items]
    assert titles[1] == "Ines's case, then your odds" and titles[2] == "Criteria, options and the date"
    criteria = _agenda(NOTES).items[2].notes
    assert "time-boxed experiment" in criteria and "smaller scope" in criteria and "by the budget review on jan 9" in criteria


def test_their_topics_get_a_short_slot_at_the_end_not_a_third():
    agenda = _agenda(NOTES)
    theirs = next(i for i in agenda.items if i.title == "Their topics")
    assert theirs.minutes <= agenda.minutes // 6
    assert [i.title for i in agenda.items][-2:] == ["Their topics", "Next steps and owners"]


def test_a_short_meeting_keeps_the_purpose_and_the_criteria():
    titles = [i.title for i in _agenda(NOTES, minutes=15).items]
    assert titles[0].endswith("why we're meeting") and "Criteria, options and the date" in titles


def test_a_go_no_go_carries_their_own_estimate_and_the_question_from_above_that_makes_it_due():
    notes = ("tariq's causal uplift work is 6 weeks in. he thinks 3 more weeks and maybe 30% it beats the current model. "
             "priya asked me at the QBR why we're still staffing it. 1:1 friday, 30 min, go/no-go without it feeling like a verdict")
    agenda = build_agenda(AgendaInput(person=Person(name="Tariq", role="team member"), minutes=30, today=date(2026, 12, 4),
                                      cues=["research_go_no_go"], notes=notes, person_in_team=False))
    text = agenda.markdown
    assert "He puts it at 30% that it beats the current model, with 3 more weeks to go: ask what that rests on" in text
    assert "Priya asked you why it is still staffed: tell him so plainly, as the reason the call is needed now" in text
    assert "Name what survives either way" in text


def test_a_terse_note_keeps_their_odds_the_time_spent_and_the_answer_someone_above_is_waiting_for():
    notes = ("1:1 noor fri, 45 min. 9 wks into acoustic leak detection on the old mains. "
             "says 25% it gets under 5 false alarms a week, wants 'another quarter'. "
             "the exec team wants a decision on the sensor rollout by march. need to talk stop or continue")
    agenda = build_agenda(AgendaInput(person=Person(name="Noor", role="team member"), minutes=45, today=TODAY,
                                      cues=["research_go_no_go"], notes=notes, person_in_team=False))
    text = agenda.markdown
    assert "go/no-go on acoustic leak detection on the old mains" in text
    assert "the results of the 9 weeks so far" in text
    assert "put it at 25% that it gets under 5 false alarms a week, with another quarter to go" in text
    assert "before the exec team's decision on the sensor rollout by March" in text
