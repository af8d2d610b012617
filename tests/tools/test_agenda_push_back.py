"""A push-back on one's own manager carries the manager's facts: 'this one' is the boss's ask the notes name, the work
close to done and how often it has happened are said, the alternative waits for that work, and a rule asked for next
time is its own item with how both will know it is kept."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.team import Person

NOTES = ("1:1 with hana (my director) friday, 30 min. she wants omar pulled onto the pricing revamp next week, that's the "
         "fourth reassignment this half, after lena got pulled off search. the churn model is 3 weeks from launch. "
         "i want to push back on this one and agree a rule going forward: no pulls inside a month of a launch unless we talk first")


def _agenda():
    return build_agenda(AgendaInput(person=Person(name="Hana", role="director"), minutes=30, today=date(2026, 12, 4),
                                    cues=["managing_up"], notes=NOTES, person_in_team=False))


def test_this_one_is_the_bosses_ask_with_the_managers_facts():
    agenda = _agenda()
    titles = [x.title for x in agenda.items]
    assert "Push back: pulling Omar onto the pricing revamp" in titles
    text = agenda.markdown
    assert "the churn model is 3 weeks from launch" in text
    assert "this is the fourth reassignment this half (the one before: lena got pulled off search)" in text
    assert "the move once the churn model is done, in 3 weeks" in text


def test_the_rule_for_next_time_is_its_own_item_and_the_short_meeting_keeps_to_it():
    agenda = _agenda()
    rule = next(x for x in agenda.items if x.title.startswith("Agree a rule for next time"))
    assert "no pulls inside a month of a launch unless we talk first" in rule.title
    assert "how you will both know it is kept" in rule.notes
    assert not any(x.title in ("Feedback for you", "Your growth") for x in agenda.items)
