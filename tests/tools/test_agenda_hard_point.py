"""The hard points a manager names for a 1-on-1 (news not yet given, a request not yet decided, a move never explained,
feedback owed) are read as typed facts and each gets its own agenda item with a line to say, whatever template applies;
a colleague the manager agreed something with is never taken as someone who did something to the person."""

from datetime import date

import pytest

from tools.agenda import AgendaInput, build_agenda
from tools.agenda_hard_point import hard_points
from tools.agenda_reasons import Words, read_notes
from tools.team import Person

DAY = date(2026, 12, 10)


def _agenda(name: str, notes: str, cues: list[str], minutes: int = 30, others: tuple[str, ...] = ()):
    return build_agenda(AgendaInput(person=Person(name=name, role="team member"), minutes=minutes, today=DAY, cues=cues,
                                    notes=notes, person_in_team=False, others=list(others)))


def test_news_agreed_with_a_colleague_for_them_is_good_news_to_give():
    notes = "her goal is leading the search relevance work. i have just agreed with Ottilie she gets exactly that from feb 1, haven't told her yet"
    [point] = hard_points(notes, "Runa")
    assert point.kind == "news"
    assert point.what == "leading the search relevance work"
    assert point.line == "I have good news: I've agreed with Ottilie that you lead the search relevance work from Feb 1."


def test_news_already_known_or_for_someone_else_is_no_news_to_give():
    assert hard_points("i agreed with ottilie she gets the search work from feb 1; she knows", "Runa") == []
    assert hard_points("i agreed with ottilie that bram gets the search work, haven't told her yet", "Runa") == []


def test_agreeing_with_a_colleague_is_the_managers_act_not_an_incident():
    notes = "i've just agreed with ottilie he gets the ranking service from march (haven't told him yet)"
    reading = read_notes(notes, Words("Bram", they="he", them="him", their="his", are="is", others=("Ottilie",)))
    assert not any(r.kind == "incident" for r in reading.reasons)
    text = _agenda("Bram", notes, [], others=("Ottilie",)).markdown
    assert "What happened with Ottilie" not in text and "How did that land" not in text
    assert "1. **Good news to give: the ranking service**" in text


@pytest.mark.parametrize("notes, what", [
    ("he emailed me that he'd like to have the pricing model back. honestly not sure yet whether that's fair on lena", "the pricing model back"),
    ("she wants her forecasting notebook back and i haven't decided", "her forecasting notebook back"),
])
def test_a_request_not_yet_decided_gets_an_honest_not_yet(notes, what):
    [point] = hard_points(notes, "Kaspar")
    assert point.kind == "decision_open" and point.what == what
    assert "I haven't decided yet" in point.line and "won't promise" in point.line


def test_a_request_already_decided_is_no_open_decision():
    assert hard_points("she wants her forecasting notebook back and the answer is yes", "Kaspar") == []


def test_a_move_never_explained_is_owned_with_the_reason():
    notes = "we moved her off pricing onto the ops dashboards a month ago and i never really explained why"
    [point] = hard_points(notes, "Ines")
    assert point.kind == "move_unexplained"
    assert point.line.startswith("I moved you off pricing onto the ops dashboards a month ago and never properly explained why.")
    assert hard_points("we moved her off pricing onto the ops dashboards a month ago, she asked for it", "Ines") == []


@pytest.mark.parametrize("notes, since", [
    ("last proper feedback from me was early october", "early October"),
    ("haven't given her real feedback since the summer offsite", "the summer offsite"),
])
def test_feedback_owed_names_since_when(notes, since):
    [point] = hard_points(notes, "Ines")
    assert point.kind == "feedback_overdue" and since in point.line


def test_every_hard_point_has_its_own_item_in_a_return_from_leave_agenda():
    notes = ("back from parental leave on monday. while she was out her churn model went to Bram. "
             "she told me she would like her churn model back. "
             "i don't know yet whether that's right. last real feedback from me was in june")
    text = _agenda("Ines", notes, ["returning_from_leave"], minutes=45, others=("Bram",)).markdown
    assert "**Their request, not decided yet: her churn model back**" in text
    assert "I haven't decided yet" in text
    assert "I owe you proper feedback, and I haven't given it since June" in text
    assert "News for Ines" not in text  # "i don't know yet whether": the manager's open question, not news she lacks


def test_a_colleague_blocked_on_their_work_does_not_make_them_the_stuck_one():
    notes = "from feb 1 i take over bram from the infra team. he wrote the export jobs, the ones ottilie's blocked on. first 1:1 feb 3"
    stuck = Person(name="Bram", role="team member", status="blocked", blockers=["Stuck (from your message)"])
    text = build_agenda(AgendaInput(person=stuck, minutes=30, today=DAY, cues=["stuck"], notes=notes, person_in_team=False,
                                    others=["Ottilie"])).markdown
    assert "Unblock:" not in text and "What made it hard to raise this sooner" not in text
    own = build_agenda(AgendaInput(person=stuck, minutes=30, today=DAY, cues=["stuck"], notes="he's blocked on the export jobs, 1:1 feb 3",
                                   person_in_team=False, others=["Ottilie"])).markdown
    assert "Unblock:" in own


def test_work_carried_on_by_someone_the_manager_wants_to_keep_it_gets_a_role_and_something_of_their_own():
    notes = ("Hedda is back from a year's sabbatical on the 18th. She designed the demand forecaster; Oskar is now running the "
             "rebuilt version for the new stores and it is going well. I don't want to take it away from Oskar.")
    [point] = hard_points(notes, "Hedda")
    assert point.kind == "work_moved_on"
    assert "demand forecaster" in point.title and "Oskar" in point.title
    assert "advise on it" in point.line and "something of your own" in point.line
    assert hard_points(notes.replace("I don't want to take it away from Oskar.", "Oskar will hand it back."), "Hedda") == []


def test_work_outside_the_job_is_asked_about_once_after_their_side_and_never_judged():
    notes = ("1:1 w tariq thurs, 45 min. his last four reviews were late (oct 2, oct 16, oct 30, nov 13), each flagged the same morning. "
             "he said he's been covering weekend shifts at his uncle's garage since october. want to be fair, not a PIP")
    [point] = hard_points(notes, "Tariq")
    assert point.kind == "outside_load"
    assert point.line.startswith("You mentioned covering weekend shifts at your uncle's garage.")
    text = _agenda("Tariq", notes, ["underperforming"], minutes=45).markdown
    titles = [line.split("**")[1] for line in text.split("## Agenda")[1].split("## Questions")[0].splitlines() if line[:2].rstrip(".").isdigit()]
    assert titles.index("What they mentioned outside work, asked about once") == titles.index("Tariq's side: listen") + 1
    assert hard_points("he's been covering for aisha while she's out", "Tariq") == []


@pytest.mark.parametrize("notes, line", [
    ("she's missed the last three handoff dates. the analysis itself is solid.", "To be clear, the analysis itself is solid; that is not the issue."),
    ("pr reviews keep slipping a week; his code's clean when it lands", "To be clear, your code is clean when it lands; that is not the issue."),
])
def test_what_is_good_is_said_once_as_a_fact(notes, line):
    assert [p.line for p in hard_points(notes, "Noor") if p.kind == "credit_due"] == [line]


def test_in_a_hard_talk_what_is_good_joins_the_facts():
    notes = "he has missed 3 review dates in a row (nov 3, nov 17, dec 1), each flagged on the day. the work's good when it lands"
    text = _agenda("Tariq", notes, ["underperforming"], minutes=45).markdown
    facts = next(line for line in text.splitlines() if line.startswith("2. **The facts and the impact**"))
    assert "To be clear, the work is good when it lands; that is not the issue." in facts



def test_a_colleague_blocked_on_what_they_built_becomes_an_ask_for_their_expertise():
    notes = "first 1:1 with bram feb 3. he wrote the export jobs, the ones ottilie's stuck on. want to start well"
    [point] = hard_points(notes, "Bram")
    assert point.kind == "help_ask" and point.what == "Ottilie's block on the export jobs"
    assert point.line.startswith("You know the export jobs better than anyone. Ottilie is blocked on them")
    assert "not looking for a cause" in point.line


@pytest.mark.parametrize("notes, gap", [
    ("no proper feedback from me in two months, which is on me", "in two months"),
    ("it's been six weeks since i gave her real feedback", "in six weeks"),
    ("haven't given her any feedback since the offsite", "since the offsite"),
])
def test_feedback_owed_says_how_long_or_since_when_in_plain_words(notes, gap):
    [point] = hard_points(notes, "Ines")
    assert point.line == f"I owe you proper feedback, and I haven't given it {gap}. That's on me; here it is."


@pytest.mark.parametrize("notes, line", [
    ("never properly thanked him for the weekend he spent on the payments outage", "Thank you for the weekend you spent on the payments outage; I should have said it sooner. It made a real difference."),
    ("i owe her a thank you for covering on-call in november", "Thank you for covering on-call in November; I should have said it sooner. It made a real difference."),
])
def test_a_thank_you_owed_is_said_specifically(notes, line):
    assert [p.line for p in hard_points(notes, "Ines") if p.kind == "thanks_owed"] == [line]


def test_thanks_already_given_is_no_thanks_owed():
    assert not [p for p in hard_points("i thanked him for the weekend on the outage at the all-hands", "Ines") if p.kind == "thanks_owed"]
