"""Who did what to whom in a manager's notes before a 1-on-1: a colleague named as the one not asked (or as help, a
mentor, someone who asked for something) is never taken as someone who wronged the person; a change the person made
themselves ('she pushed her own leave back') is context, never news to tell them; a performance prep lists every fact
given, the expectation each implies and a dated follow-up; a list of changes is quoted once; a managing-up pattern with
the boss's boss carries the time it cost; and a burnout meeting asks for no feedback on the manager."""

from datetime import date

import pytest

from agent.understanding.cues import detect_cues
from tools.agenda import AgendaInput, build_agenda
from tools.agenda_reasons import Words, could_have_helped, helper_named, own_act, performance_examples, read_notes
from tools.team import Person

DAY = date(2026, 12, 9)
HE = dict(they="he", them="him", their="his", are="is")
SHE = dict(they="she", them="her", their="her", are="is")


def _agenda(name: str, notes: str, cues: list[str], minutes: int = 30, others: tuple[str, ...] = ()):
    return build_agenda(AgendaInput(person=Person(name=name, role="team member"), minutes=minutes, today=DAY, cues=cues,
                                    notes=notes, person_in_team=False, others=list(others)))


@pytest.mark.parametrize("clause, other", [
    ("he rebuilt the eval script twice rather than asking tomasz", "Tomasz"),
    ("she was too shy to ask wen about the schema", "Wen"),
    ("ravi helped him with the data loader last week", "Ravi"),
    ("with odile's help she got the cluster working", "Odile"),
    ("bjorn asked her to take the dashboards", "Bjorn"),
])
def test_a_colleague_in_the_role_of_help_or_a_request_is_no_wrongdoer(clause, other):
    assert could_have_helped(clause, other)


def test_a_colleague_who_acted_on_them_is_still_an_incident():
    assert not could_have_helped("tomasz reverted his merge in front of the whole team", "Tomasz")
    reading = read_notes("tomasz reverted his merge in front of the whole team", Words("Emeka", **HE, others=("Tomasz",)))
    assert [r.kind for r in reading.reasons] == ["incident"]


def test_the_one_not_asked_becomes_the_go_to_person_and_the_redo_is_the_cost_of_not_asking():
    notes = "started three weeks ago, very quiet. spent two days rebuilding a join by hand instead of asking tomasz. 1:1 wed"
    assert helper_named(notes) == ("Tomasz", "")
    assert not any(r.kind == "incident" for r in read_notes(notes, Words("Emeka", **HE, others=("Tomasz",))).reasons)
    text = _agenda("Emeka", notes, ["new_hire", "quiet"], others=("Tomasz",)).markdown
    assert "What happened with Tomasz" not in text and "talk to Tomasz" not in text and "How did that land" not in text
    assert "Tomasz Emeka's named person to ask" in text
    assert "instead of asking): say it as the cost of not asking" in text


@pytest.mark.parametrize("before, verb, mine", [
    ("she ", "cancelled", True),
    ("", "cancelled", True),  # '..., and cancelled her trip': the subject carried from a clause about her
    ("and ", "postponed", True),
    ("she's already ", "cancelled", True),
    ("the director ", "cancelled", False),
    ("her offsite ", "got pushed", False),
])
def test_whose_act_a_change_is(before, verb, mine):
    assert own_act(before, verb, Words("Ines", **SHE)) is mine


def test_a_change_she_made_herself_is_context_not_news_to_deliver():
    notes = "she has been answering pages at 2am for a fortnight, and postponed her ski trip. i worry she is running on empty"
    reading = read_notes(notes, Words("Ines", **SHE))
    assert not any(r.kind == "news" for r in reading.reasons)
    text = _agenda("Ines", notes, ["burnout"]).markdown
    assert "News for Ines" not in text
    assert "## Feedback prompts" not in text  # rest first: no asking for feedback on the manager beside a burnout talk


def test_a_change_done_to_them_is_still_news():
    reading = read_notes("his launch got pushed to march and he doesn't know yet", Words("Emeka", **HE))
    assert reading.news_unknown or any(r.kind == "news" for r in reading.reasons)


def test_a_performance_prep_lists_every_fact_its_expectation_and_a_dated_follow_up():
    notes = ("he (senior) has missed 2 of his last 3 sprint goals on the ranking service, what he merges needs a lot of rework, "
             "and teammates keep finishing his tickets. i want this to be clear but fair")
    examples, expected = performance_examples(notes, Words("Emeka", **HE))
    assert len(examples) == 2 and any("rework" in e for e in examples)
    assert any("without heavy rework" in e for e in expected)
    text = _agenda("Emeka", notes, ["underperforming"]).markdown
    assert "(senior)" not in text.split("## Agenda")[1].split("## Questions")[0]
    assert "you have missed 2 of your last 3 sprint goals" in text
    assert "teammates keep finishing his tickets" in text  # the impact, quoted
    assert "nobody picks it up quietly" in text
    assert "two weeks on: Wed 23 Dec" in text and "in two to three weeks" not in text


def test_the_follow_up_skips_the_year_end_break():
    text = _agenda("Emeka", "he has missed 3 of his last 4 sprint commitments, his PRs need heavy rework", ["underperforming"]).markdown
    assert "two weeks on: Wed 23 Dec" in text
    late = build_agenda(AgendaInput(person=Person(name="Emeka", role="team member"), minutes=30, today=date(2026, 12, 17),
                                    cues=["underperforming"], notes="he has missed 3 of his last 4 sprint commitments, his PRs need heavy rework",
                                    person_in_team=False)).markdown
    assert "3 weeks on, after the year-end break: Thu 7 Jan" in late  # said as the distance it is, never 'two weeks on'


def test_a_follow_up_that_would_land_in_the_break_comes_before_it_when_a_week_allows():
    from tools.agenda import _follow_up_words

    assert _follow_up_words(date(2026, 12, 10)) == " (before the year-end break: Wed 23 Dec)"
    assert _follow_up_words(date(2026, 12, 2)) == " (two weeks on: Wed 16 Dec)"


def test_changes_on_return_are_each_quoted_once():
    notes = ("noor is back tuesday after six months of parental leave. loads has changed: we retired the old feature store "
             "and her forecasting project went to another squad. how do i make her feel welcome")
    text = _agenda("Noor", notes, ["returning_from_leave", "reprioritized"], minutes=45).markdown
    changed = text.split("What changed, in your notes: ")[1].split("\n")[0]
    assert changed.count("retired the old feature store") == 1
    assert "her forecasting project went to another squad" in changed
    assert "loads has changed" not in changed


@pytest.mark.parametrize("text, cue", [
    ("my skip-level keeps pinging my data scientists directly with side requests", "managing_up"),
    ("my skip level wants a roadmap review on friday", "managing_up"),
    ("skip-level with Bruno on thursday, he's on Ana's team", "skip_level"),
    ("my skip-level 1:1s with the platform team start next week", "skip_level"),
])
def test_my_skip_level_is_a_person_to_manage_up_to_unless_it_is_the_meeting(text, cue):
    cues = detect_cues(text)
    assert cue in cues
    if cue == "managing_up":
        assert "skip_level" not in cues


def test_a_pattern_with_the_boss_s_boss_carries_the_time_it_cost_and_no_listening_agenda():
    notes = ("my skip-level keeps messaging my engineers directly with small favours that take days. the latest one took "
             "three days of our churn sprint. 1:1 with him friday, 30 min")
    agenda = build_agenda(AgendaInput(person=Person(name="Your skip-level", role="manager"), minutes=30, today=DAY,
                                      cues=detect_cues(notes), notes=notes, person_in_team=False))
    text = agenda.markdown
    assert "the latest one took three days of your churn sprint" in text
    assert "Agree: how asks reach your team" in text
    assert "How things look from where they sit" not in text and "## Feedback prompts" not in text


def test_a_counted_pattern_with_ones_boss_carries_the_managers_own_proposal_and_cost():
    notes = ("1:1 with ingrid fri, 30 min. i want to push back on the pattern: she's pulled tomas off the search rewrite three times "
             "this half with no warning, and friday's pull would put the relevance launch past the 20th. i want an agreement that "
             "pulls are agreed with me two days ahead unless prod is down")
    agenda = build_agenda(AgendaInput(person=Person(name="Ingrid", role="director"), minutes=30, today=DAY,
                                      cues=["managing_up"], notes=notes, person_in_team=False))
    text = agenda.markdown
    assert "The pattern: pulled tomas off the search rewrite three times" in text
    assert "friday's pull would put the relevance launch past the 20th" in text
    assert "pulls are agreed with you two days ahead unless prod is down (your proposal, in your words)" in text
    assert "**Raise" not in text and "Push back: the pattern" not in text
    assert "What is behind the pattern" not in text


def test_what_comes_back_after_leave_stays_open_when_the_manager_does_not_know_what_they_want():
    notes = ("dara is back next monday after five months of parental leave. while he was out Ilse has been covering his team lead "
             "role and doing it well. i don't know yet what he wants to come back to, and i don't want him to feel pushed out")
    text = _agenda("Dara", notes, ["returning_from_leave"], others=("Ilse",)).markdown
    assert "What Dara comes back to: his team lead role, open" in text
    assert "one option, not a given" in text
    assert "Handing back" not in text
    assert "don't want him to feel pushed out\u201d" not in text.split("What changed, in your notes")[-1].split("\n")[0]


def test_a_repeated_review_mistake_is_a_fact_with_its_expectation_and_has_is_said_as_have():
    notes = ("over the last quarter she's slipped two deadlines on the churn refresh, and her notebooks keep coming back with "
             "the same leakage comments. i want to be clear and also hear what's going on")
    examples, expected = performance_examples(notes, Words("Ines", **SHE))
    assert len(examples) == 2
    assert any("the same mistake does not come back" in e for e in expected)
    text = _agenda("Ines", notes, ["underperforming"]).markdown
    assert "you've slipped two deadlines" in text and "you're slipped" not in text
