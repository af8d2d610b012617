"""The handler follows the main ask and who is affected, never a surface word elsewhere (phrasings of our own, written
for this test): personal data put where anyone can read it is a data incident whatever the rows are called; a family
crisis or a loss near system words (on call, a pipeline failing, a deploy) is a people matter, not an incident; a booked
talk with a peer is a conversation to prepare, whoever they report to; a closing order to write is a message, whatever the
context moves or sends; a message word typed short ('msg') or opened with a sigh or an emoji is still the ask; a call asked
for with nothing said of what it is gets one question back about the decision, who waits and by when; a proposal to put
groups into one team, asked 'should we', is an org question."""

from __future__ import annotations

from datetime import date

import pytest

from agent.understanding import parse_situation

TODAY = date(2026, 12, 4)


def _intent(text: str) -> str:
    return parse_situation(text, None, TODAY).intent


@pytest.mark.parametrize("text", [
    "one of my analysts put a spreadsheet on a public slack community yesterday to ask about a pivot table bug. it had about "
    "2,000 rows with patient names, phone numbers and appointment dates. she took it down an hour later. who do i call and what do i say to her",
    "my junior pushed our training notebook to his personal gitlab, which turned out to be public, with a parquet of 12k member "
    "emails, home addresses and birthdays. he noticed this morning and made it private. what now",
    "someone on my team shared a kaggle dataset link on linkedin and it contained guest names, passport numbers and room numbers "
    "from our hotel bookings. asking for help: what are the next steps",
    "a temp pasted a list of 900 donors' names and home addresses into a public trello board for the charity run. it was visible "
    "for a week before anyone noticed. what do we do",
])
def test_personal_data_put_where_anyone_can_read_it_is_a_data_incident(text: str) -> None:
    assert _intent(text) == "sensitive"


def test_personal_fields_used_as_features_near_a_public_release_are_no_incident() -> None:
    text = ("the churn model uses customer names, emails and postcodes as features; we published the public release notes "
            "yesterday. when will v2 ship if retraining takes 2-3 weeks?")
    assert _intent(text) != "sensitive"


@pytest.mark.parametrize("text", [
    "my ML engineer tomas's dad had a stroke last night and he's the only one who knows the payments pipeline, which started "
    "failing at 3am. he says he can log in from the hospital. what do i do",
    "one of my data scientists, ines, just found out her son is in intensive care. she owns the churn model retrain due friday "
    "and the dashboard is down. how do i handle today",
    "amara's sister died on saturday. she's back tomorrow and she's on call this week for the recommender service. what should "
    "i say to her and what about the rota",
    "my report bogdan lost his mother last night, and the prod deploy he owns is scheduled for tomorrow morning. how do i handle this",
])
def test_a_family_crisis_near_system_words_is_a_people_matter(text: str) -> None:
    assert _intent(text) == "sensitive"


@pytest.mark.parametrize("text", [
    "i have a 30 min sync with bruno on wednesday - he leads the payments platform team (a peer, we both report to the cto). "
    "his schema changes keep breaking our fraud features. how do i prep so it stays calm",
    "my director (hanne) keeps rewriting my team's roadmap in her slides. i have 30 min with her thursday. how should i prepare?",
])
def test_a_booked_talk_with_a_peer_or_boss_is_a_conversation_to_prepare(text: str) -> None:
    assert _intent(text) == "one_on_one"


@pytest.mark.parametrize("text", [
    "Tilde comes back from eight months of parental leave next Tuesday and we have a one-to-one booked, 30 minutes. Her "
    "annotation tool was retired while she was away. How should I structure that conversation?",
    "first 1:1 with ravi after his paternity leave on thursday, 45 min. a lot changed: new platform, his model handed to "
    "another team. help me plan it so he doesn't feel sidelined",
])
def test_a_return_from_leave_with_a_booked_meeting_is_the_meeting(text: str) -> None:
    assert _intent(text) == "one_on_one"


@pytest.mark.parametrize("text", [
    "our cfo (halvard) wants the risk score to 'just say yes or no' on each loan. truth is it's a probability and about 1 in 10 "
    "near 50% are coin flips. what we want: auto-approve above 80% and send the rest to underwriters. write him something short, no jargon",
    "the plant manager wants the defect model moved to the new line next month, and to pull the old camera feed off the "
    "dashboard. we agreed, from jan 11. draft the note to the shift leads",
])
def test_a_closing_order_to_write_is_a_message_whatever_the_context_moves(text: str) -> None:
    assert _intent(text) == "stakeholder_message"


@pytest.mark.parametrize("text", [
    "ugh ok 😬 need a msg to celeste (our CEO) - the ranker we promised for 21/12 is now wk of jan 11",
    "argh. need a note to oksana (our coo): the demand forecast we promised for 15 jan is now looking like early feb because "
    "the pos feed dropped two weeks of sales. keep it calm",
    "sigh ok. write something to the franchise owners about the loyalty model slipping from dec 10 to jan 20, the vendor data "
    "arrived late. they'll be annoyed",
    "long day 🙃 can you draft a reply to marguerite (head of claims) - she asked if the triage model will be live by march 1. "
    "we think mid-march, the labelling took longer",
])
def test_a_message_asked_inside_a_vent_is_a_message(text: str) -> None:
    assert _intent(text) == "stakeholder_message"


@pytest.mark.parametrize("text", [
    "they need my decision by tomorrow and i keep going back and forth. what would you pick",
    "honestly torn on this one. leadership is waiting on me. which option would you go with",
    "ugh. my boss wants an answer and i can't decide which way to go. what would you do",
])
def test_a_call_asked_for_with_nothing_named_gets_one_question_about_the_decision(text: str) -> None:
    s = parse_situation(text, None, TODAY)
    assert s.intent == "guidance"
    q = s.clarifying_question or ""
    assert "decision" in q and "by when" in q and "paste" not in q.lower()


@pytest.mark.parametrize("text", [
    "we're a 200-person insurance broker: two data scientists in pricing under the actuaries, one ML engineer in IT. the COO "
    "wants to pull them into one analytics team by june. should we, or is that a mistake?",
    "should we move the three analysts in marketing and the two in finance under one central data team? i'd run it",
])
def test_putting_groups_into_one_team_asked_should_we_is_an_org_question(text: str) -> None:
    assert _intent(text) == "archetype"


@pytest.mark.parametrize("text", [
    "I have a return-to-work one-to-one with Odile on Thursday 10 December, 40 minutes. She has been on parental leave for ten "
    "months and is coming back three days a week; her churn dashboards were handed to another team meanwhile. Could you help "
    "me structure the conversation?",
    "Jakub has been on shared parental leave since June and is back on Monday. We have a one-to-one at 10, 30 minutes. Please "
    "plan the welcome-back talk.",
])
def test_a_return_to_work_one_to_one_is_a_meeting_to_prepare_not_a_health_case(text: str) -> None:
    s = parse_situation(text, None, TODAY)
    assert s.intent == "one_on_one" and "returning_from_leave" in (s.get("cues") or [])
