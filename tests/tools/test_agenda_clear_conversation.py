"""The clear conversation about delivery after passing mentions: the work that stays 'nearly done' and the missed dates as
facts said to the person, the impact on others as the manager named it, that it was raised before, a date they can
stand behind, what happens if nothing changes; no generic collaboration prompts beside it."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.agenda_reasons import Words, second_person
from tools.team import Person

NOTES = ("1:1 thursday with dario, 30 min. her churn backfill has been 'a week away' for six weeks. she misses her own "
         "estimates, doesn't say anything until i chase. the analytics team is blocked on it. i've raised it a few times "
         "informally and nothing changed. i need this one to land")


def _agenda(notes: str = NOTES):
    return build_agenda(AgendaInput(person=Person(name="Dario", role="team member"), minutes=30, today=date(2026, 12, 4),
                                    cues=["underperforming"], notes=notes, person_in_team=False))


def test_the_opening_names_the_facts_to_them_and_that_it_was_raised_before():
    issue = _agenda().items[0]
    assert issue.title == "The issue, said plainly"
    assert "your churn backfill has been 'a week away' for six weeks" in issue.notes
    assert "you miss your own estimates" in issue.notes and "until I chase" in issue.notes
    assert "raised it before (a few times, informally)" in issue.notes


def test_the_impact_is_the_one_named_and_not_an_example():
    facts = _agenda().items[1]
    assert "the impact you named (\u201cthe analytics team is blocked on it\u201d)" in facts.notes
    assert "\u201cthe analytics team is blocked on it\u201d;" not in facts.notes


def test_expectations_carry_a_date_for_the_work_and_what_happens_if_nothing_changes():
    agenda = _agenda()
    expect = next(i for i in agenda.items if i.title.startswith("Expectations"))
    assert "a date for the churn backfill that she can stand behind" in expect.notes
    assert "what happens if it does not change by the follow-up date" in expect.notes
    assert agenda.feedback_prompts == []


def test_a_first_mention_gets_no_raised_before_line_or_formal_next_step():
    agenda = _agenda("1:1 with dario. she misses her own estimates and the analytics team is blocked on her backfill")
    assert "raised it before" not in agenda.markdown and "formal one" not in agenda.markdown


def test_a_clause_without_its_subject_is_said_to_the_person():
    w = Words("Dario", "she", "her", "her", "is")
    assert second_person("misses her own estimates, doesn't say anything until i chase", w) == (
        "you miss your own estimates, you don't say anything until I chase")


def test_a_long_clause_of_listed_misses_splits_into_facts_and_the_listed_items_set_no_expectation_of_their_own():
    notes = ("prep a tough 1:1 with dario, 45 min. missed his last 4 sprint goals (the drift monitor, the flaky ingestion bug, "
             "the backfill), his PRs sit for a week, and he's quiet in standup. i've hinted at it three times")
    agenda = build_agenda(AgendaInput(person=Person(name="Dario", role="team member"), minutes=45, today=date(2026, 12, 4),
                                      cues=["underperforming"], notes=notes, person_in_team=False))
    facts = agenda.items[1].notes
    assert "\u201cmissed his last 4 sprint goals (the drift monitor, the flaky ingestion bug, the backfill)\u201d" in facts
    assert "\u201chis PRs sit for a week\u201d" in facts
    expect = next(i for i in agenda.items if i.title.startswith("Expectations")).notes
    assert "open PRs and reviews move within a day or two" in expect
    assert "tested and reviewed before they reach production" not in expect  # the bug was one of the items, not a quality issue
