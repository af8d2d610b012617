"""What cannot be what it was read as is set aside and asked about; names, roles and real work names stay."""

from datetime import date

import pytest

from agent.understanding import parse_situation
from agent.understanding.doubt import doubtful_person, doubtful_work, past_period, too_vague, vague_question

TODAY = date(2026, 12, 4)


def test_everyday_words_are_not_people_but_rare_or_introduced_names_are():
    assert doubtful_person("Here")
    assert doubtful_person("Council", "the regional planning council (six leads) needs it")
    assert doubtful_person("Throughput", 'paste: "Throughput is fine, p95 flat."', words="Throughput")
    assert not doubtful_person("Yaw", 'soften this for yaw, a junior on my team: "Yaw, the build broke."', words="Yaw")
    assert not doubtful_person("Mercy", "fwd from mercy (COO): why did it move?", words="mercy")
    assert not doubtful_person("Grace", "grace wants a demo", words="grace")
    assert not doubtful_person("Kwabena", "kwabena is out", words="kwabena")


def test_roles_may_ask_but_are_not_names():
    assert not doubtful_person("security", role_ok=True)
    assert not doubtful_person("board", role_ok=True)
    assert doubtful_person("security", "security needs it", words="security")


def test_a_work_name_must_name_a_thing():
    for bad in ("thinks", "wk", "new year", "it on one screen", "at least 25 more", "come", "retrain"):
        assert doubtful_work(bad), bad
    for good in ("pen-test remediation", "on-call cover", "pricing", "ranking model", "churn v2", "porto rollout"):
        assert not doubtful_work(good), good


def test_a_stretch_of_the_past_is_not_an_effort():
    q = "audit wants every decision from the past 14 months pulled, they reckon two days of work"
    assert past_period("14 months", q)
    assert not past_period("two days", q)


def test_a_misread_new_work_is_left_out_and_asked_about_in_a_move():
    s = parse_situation("platform wants ines for a fortnight from the 7th. ines is mid-way on the search reranker and reckons two weeks left. "
                        "she wonders if it can wait", None, TODAY)  # fmt: skip
    assert s.get("project") == "search reranker" and s.get("new_work") is None
    assert all("reckons" not in str(f.value) for f in s.facts)  # skipped where work names are read, or set aside after


def test_the_effort_of_a_request_is_not_the_stretch_of_the_past_it_covers():
    s = parse_situation("triage this: audit wants oskar to pull every pricing decision for the last 14 months, he says two days, by the 20th", None, TODAY)
    assert s.get("request_effort_weeks") == [0.4, 0.4, 0.4]


def test_a_known_person_read_from_a_role_word_is_kept():
    s = parse_situation("i have 30 min with my skip (vp data) monday. want to raise the on-call load", None, TODAY)
    assert s.get("person") and not s.unclear


def test_a_name_before_a_role_in_lower_case_is_the_person():
    s = parse_situation("agenda pls: tunde, senior MLE, back wednesday from parental leave. 1:1 thurs 30 min", None, TODAY)
    assert s.get("person") == "Tunde"


def test_a_question_that_names_no_one_and_nothing_gets_one_question_back():
    for q in ("my team seems off lately, not sure what to do", "things are weird with one of my seniors. advice?", "how do i handle this"):
        s = parse_situation(q, None, TODAY)
        assert s.intents == ["guidance"] and s.missing == ["question_asked"] and s.clarifying_question.endswith((").", "there.")), q


def test_a_short_question_with_a_topic_or_a_name_is_answered_and_courtesy_is_not_questioned():
    for q in ("morale is low after the reorg, what do i do", "tom is quiet, advice?", "need advice on hiring", "thanks"):
        assert parse_situation(q, None, TODAY).missing != ["question_asked"], q


def test_a_vague_crisis_is_still_a_crisis():
    assert parse_situation("one of my seniors is being harassed, what do i do", None, TODAY).intent == "sensitive"


def test_an_ordinal_that_is_not_a_day_and_a_question_word_as_work():
    from agent.understanding.dates import find_dates

    assert [d.value.isoformat() for d in find_dates("grading the 7th grade essays by friday", TODAY)] == ["2026-12-11"]
    assert doubtful_work("whats the")


@pytest.mark.parametrize("question", ["1:1 with you-know-who friday. same issue as before. how do i play it", "prep my 1:1 with so-and-so tomorrow, you know the one"])
def test_a_stand_in_for_a_name_is_asked_about_not_used(question: str) -> None:
    s = parse_situation(question, None, TODAY)
    assert s.intent == "one_on_one" and not s.has("person") and s.clarifying_question


def test_a_team_members_name_is_a_name_even_when_it_is_an_everyday_word():
    from tools.team import Team

    team = Team.model_validate({"people": [{"name": "May Okafor", "role": "ML engineer"}, {"name": "Will", "role": "data scientist"}]})
    assert doubtful_person("May", "can may cover the on-call rota next week?")  # without the team file: a modal verb
    assert not doubtful_person("May", "can may cover the on-call rota next week?", team)
    assert not doubtful_person("Will", "will is stuck on the eval harness", team)
    s = parse_situation("Our director wants May off the churn model and onto the pricing work. How do I answer?", team=team, today=TODAY)
    assert s.fact("person") is not None and "person" not in [u.fact for u in s.unclear]


def test_asks_that_stand_in_for_work_get_one_question_back():
    for q in ("4 people asked me for things today, all urgent, which do i do first", "got 3 asks this morning and they all say urgent, where do i start"):
        s = parse_situation(q, None, date(2026, 12, 4))
        assert s.clarifying_question and "one per line" in s.clarifying_question
        assert s.get("request_title") is None


def test_placeholder_work_is_one_reading_for_understanding_and_triage():
    from agent.understanding.doubt import doubtful_work, placeholder_work

    for words in ("stuff this am", "a few things from sales", "some favours", "asks today"):
        assert placeholder_work(words) and doubtful_work(words)
    assert not placeholder_work("churn numbers by region")


def test_taking_back_an_unnamed_yes_gets_one_question_about_what_was_agreed():
    for question in ("can i still back out? i said yes to them yesterday", "bit late to change my mind now, right? already told him ok"):
        assert too_vague(question), question
        assert vague_question(question).startswith("What did you say yes to")
    assert not too_vague("i told the ops lead yes to the churn dashboard by jan 15 but our only DS just resigned. too late to change my mind?")


def test_a_call_asked_for_with_nothing_named_asks_what_the_decision_is_who_waits_and_by_when() -> None:
    from agent.understanding.doubt import too_vague, vague_question

    q = "ugh, they want my answer today and i honestly can't decide which way to go. what would you do?"
    assert too_vague(q)
    back = vague_question(q)
    assert "What is the decision" in back and "Who is waiting" in back and "by when" in back


def test_a_ramble_or_a_say_it_now_question_that_names_nothing_gets_one_question_back():
    from datetime import date

    from agent.understanding import parse_situation

    for q in ("honestly, should i tell them now or hold off till the figures land?",
              "so that thing happened again, pretty much like last month, and i still don't know if i dealt with it well the first "
              "time around. raise it this time or just let it go? it's been a week"):
        s = parse_situation(q, None, date(2026, 12, 4))
        assert s.clarifying_question, q


def test_a_vague_question_keeps_no_guess_made_for_an_answer_it_does_not_get():
    from datetime import date

    from agent.understanding import parse_situation

    for q in ("fast one: send it today or hold it until the results come back?",
              "ok. mention it now or hold it till we know more?"):
        s = parse_situation(q, None, date(2026, 12, 4))
        assert s.clarifying_question and s.assumed() == [], (q, s.assumed())


@pytest.mark.parametrize(
    "question, said, count",
    [
        ("honestly do i fight this or just suck it up? fourth time since october", "fight this or just suck it up", "fourth time since october"),
        ("say no or just do it?? that's twice this week", "say no or just do it", "twice this week"),
    ],
)
def test_a_push_back_choice_on_an_unnamed_ask_is_asked_about_quoting_what_was_said(question, said, count):
    assert too_vague(question)
    ask = vague_question(question)
    assert ask.startswith("What is it") and f'"{said}"' in ask and f'"{count}"' in ask and "pattern" in ask


def test_a_push_back_choice_with_the_ask_named_is_not_vague():
    assert not too_vague("finance wants a churn forecast for every region by friday. push back or absorb it?")


def test_a_vague_push_back_is_answered_with_the_question_not_a_triage(offline_copilot):
    result = offline_copilot.ask("decline or let it slide? it keeps happening")
    assert result.answer.startswith("**One question first:** What is it") and "Paste them one per line" not in result.answer


def test_something_that_went_badly_with_nothing_said_of_what_gets_one_question_back():
    for q in ("the budget review went south this morning and im lost. advice?", "ugh, the partner sync went pear shaped. what now",
              "the all-hands went really badly, help"):
        s = parse_situation(q, None, TODAY)
        assert s.intents == ["guidance"] and s.clarifying_question.startswith("What happened"), q
