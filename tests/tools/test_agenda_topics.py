"""The topics a manager lists for a meeting with their own boss are the items, in their words and order, and a research
go/no-go writes its criteria from the numbers the manager gave."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda, listed_topics
from tools.team import Person

TODAY = date(2026, 12, 4)


def _agenda(name: str, notes: str, cues: list[str], minutes: int = 30, others: list[str] | None = None):
    return build_agenda(AgendaInput(person=Person(name=name, role="team member"), minutes=minutes, today=TODAY, cues=cues,
                                    notes=notes, person_in_team=False, others=others or []))


BOSS = ("1:1 with my vp, annika, thursday 30 min. three things: 1) get agreement that data requests for my team come via me - "
        "legal went straight to joaquim twice in november, 2) push back on cutting the eval budget in q1, 3) ask for her honest "
        "feedback on how i ran the incident review. she's been tense with the budget round")


def test_a_numbered_list_is_read_as_topics_in_order_with_their_facts():
    assert listed_topics(BOSS) == [
        "get agreement that data requests for my team come via me - legal went straight to joaquim twice in november",
        "push back on cutting the eval budget in q1",
        "ask for her honest feedback on how i ran the incident review",
    ]
    assert listed_topics("i want to push back on the freeze") == []


def test_each_listed_topic_is_an_item_in_order_feedback_asked_for_and_no_stock_updates():
    agenda = _agenda("Annika", BOSS, ["managing_up"], others=["Joaquim"])
    titles = [x.title for x in agenda.items]
    assert titles[:3] == ["Agree: data requests for your team come via you", "Push back: cutting the eval budget in q1",
                          "Feedback for you: how you ran the incident review"]
    assert "legal went straight to Joaquim twice in november" in agenda.items[0].notes
    assert "Open by asking how Annika is doing" in agenda.items[0].notes  # she has been tense: check in before the asks
    assert "Updates" not in titles and not any("settle" in q for q in agenda.questions)  # feedback is asked for, not settled
    assert any("What is behind cutting the eval budget in q1" in q for q in agenda.questions)


def test_two_unnumbered_asks_are_two_topics():
    notes = "1:1 with my manager on monday. i need to ask for a second annotation contract and i want her view on my hiring plan"
    titles = [x.title for x in _agenda("Odile", notes, ["managing_up"]).items]
    assert titles[0] == "Ask: a second annotation contract" and any(t.startswith("Raise: her view on your hiring plan") for t in titles)


def test_a_research_go_no_go_writes_its_criteria_from_the_stated_share_and_the_time_asked_for():
    notes = ("1:1 with soren, 45 min. he's 9 weeks into the 'shelf gap' detector. it beats our planogram rules on only ~20% of "
             "the audited stores and he wants another 5 weeks. i have to decide by jan 22 whether we keep funding it")
    agenda = _agenda("Soren", notes, ["research_go_no_go"], minutes=45)
    assert agenda.items[0].title == "Go/no-go checkpoint for the \u2018shelf gap\u2019 detector: why we're meeting"
    bar = next(x for x in agenda.items if x.title == "Criteria, options and the date")
    assert "today it beats the planogram rules on only ~20% of audited stores" in bar.notes
    assert "rather than the 5 weeks asked for" in bar.notes and "by jan 22" in bar.notes
    assert not agenda.feedback_prompts
