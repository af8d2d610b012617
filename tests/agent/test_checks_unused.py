"""Nothing the manager names is dropped silently: a dated event, a team-file project or person, or a blocker in their
words that the answer never uses is listed as not used in What I understood."""

from datetime import date

from agent.checks import unused_mentions
from agent.compose import understood_block
from agent.situation import Situation, Unused
from agent.understanding import parse_situation
from tools.team import load_team

TODAY = date(2026, 12, 4)
TEAM = load_team("examples/team.yaml")


def test_a_dated_event_the_answer_never_names_is_not_used():
    q = "our lead analyst's partner is in hospital since last night; he's meant to walk the regulator through the capital model on thursday. what do i do"
    s = parse_situation(q, None, TODAY)
    unused = unused_mentions(s, q, "Support him first and offer leave.", None)
    assert [what for _w, what in unused] == ["Thu 10 Dec"]


def test_a_dated_event_the_answer_names_is_used():
    q = "our lead analyst's partner is in hospital since last night; he's meant to walk the regulator through the capital model on thursday. what do i do"
    s = parse_situation(q, None, TODAY)
    assert unused_mentions(s, q, "Find a backup for Thursday's regulator walk-through.", None) == []


def test_a_second_team_file_project_left_out_is_not_used():
    q = "status note for the cto covering the graph fraud research and the churn retraining, keep it brief"
    s = parse_situation(q, TEAM, TODAY)
    answer = "Graph fraud research: on track for its next checkpoint."
    assert ("Churn retraining pipeline", "a project in your team file") in unused_mentions(s, q, answer, TEAM)


def test_a_blocker_in_the_managers_words_the_answer_skips_is_not_used():
    s = Situation(intents=["one_on_one"])
    s.put("blocker", "waiting on vendor credentials for the lidar feed", "question", "waiting on vendor credentials for the lidar feed")
    unused = unused_mentions(s, "", "Agenda: wins, growth, feedback.", None)
    assert unused == [("waiting on vendor credentials for the lidar feed", "what they are blocked on")]


def test_not_used_mentions_are_listed_in_what_i_understood():
    s = Situation(intents=["sensitive"], unused=[Unused(words="on weds", what="Wed 09 Dec")])
    assert 'Not used: "on weds" (Wed 09 Dec; this answer does not cover it)' in understood_block(s)


def test_the_work_the_manager_named_that_the_agenda_never_names_is_not_used():
    s = Situation(intents=["one_on_one"])
    s.put("person", "Bastien", "question", "bastien")
    s.put("project", "sonar denoiser", "question", "sonar denoiser")
    unused = unused_mentions(s, "", "1-on-1 with Bastien: settling in, their topics, next steps.", None)
    assert unused == [("sonar denoiser", "the work you named")]


def test_a_date_set_aside_that_the_answer_writes_anyway_is_not_listed_as_unused():
    from agent.checks import still_unclear
    from agent.situation import StatedDate, Unclear

    s = Situation(intents=["stakeholder_message"], dates=[StatedDate(date="2026-12-16", role="deadline", words="the 16th")],
                  unclear=[Unclear(fact="deadline", words="the 16th", read_as="the date the work is due", ask="Is the 16th the due date?")])
    assert still_unclear(s, "Tell me by Wednesday 16 December which shift you prefer.") == []
    assert still_unclear(s, "Tell me by the sixteenth of December which shift you prefer.") == []
    assert still_unclear(s, "Tell me by Wednesday which shift you prefer.") == s.unclear  # some Wednesday, not this date


def test_a_numeric_date_the_answer_writes_as_the_manager_did_is_used():
    q = "reply to ilse: the vendor contract needs legal sign-off before 12/1 and the new tariffs start 2/2"
    s = parse_situation(q, None, TODAY)
    answer = "Hi Ilse,\n\nWe need legal sign-off on the vendor contract before 12/1, so the new tariffs can start 2/2."
    assert [w for w, _ in unused_mentions(s, q, answer, None)] == []


def test_a_person_shown_as_understood_is_never_also_a_separate_not_used_line():
    s = Situation(intents=["planning"], unused=[Unused(words="Lorna", what="in your team file")])
    s.put("person", "Lorna", "question", "lorna")
    block = understood_block(s)
    assert 'Not used: "Lorna"' not in block
    assert '- Who: Lorna (you said "lorna"); this answer does not use it' in block


def test_a_date_said_twice_is_listed_once():
    from agent.situation import StatedDate

    s = Situation(intents=["triage"], dates=[StatedDate(date="2026-12-09", role="deadline", words="Dec 9"), StatedDate(date="2026-12-09", role="deadline", words="Dec 9")])
    assert unused_mentions(s, "", "Say yes to the first ask and later to the second.", None) == [("Dec 9", "Wed 09 Dec")]


def test_the_sent_date_of_a_forwarded_email_is_never_listed_as_unused():
    from agent.situation import StatedDate

    q = "reply to noor for me\n\n---------- Forwarded message ---------\nFrom: Noor <noor@x.com>\nDate: Wed, 2 Dec 2026 at 09:12\n\nCan we go live by 14 Jan?"
    s = Situation(intents=["stakeholder_message"], dates=[StatedDate(date="2026-12-02", role="deadline", words="2 Dec 2026")])
    assert unused_mentions(s, q, "Hi Noor, yes: live by Thu 14 Jan.", None) == []
    assert unused_mentions(s, "the audit was on 2 Dec 2026", "Hi Noor, yes.", None) == [("2 Dec 2026", "Wed 02 Dec")]
