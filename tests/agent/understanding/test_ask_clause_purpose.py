"""The manager's own ask picks what a message does: the verb and object of what they want written ('ask X for ...',
'explain why ...', 'say no', 'answer her question'); the words of the facts around it ('weekly', 'we can't', a risk)
decide only when no such ask is said, and a message kind the ask names (an announcement, a resource ask) keeps an
explanation inside it."""

import pytest

from agent.understanding import parse_situation
from agent.understanding.messages import asked_purpose, purpose_of
from agent.understanding.text import Text


def _purpose(text: str) -> str:
    return purpose_of(Text.of(text).normal)[0]


@pytest.mark.parametrize(
    "question, purpose",
    [
        # a resource ask whose facts talk about a weekly cadence is still a resource ask
        ("need to ask ingrid (our CFO) for another €15k a month of cloud spend so the ranking model retrains nightly, not weekly",
         "ask_for_resources"),
        ("so i have to ask my director for two more annotators until march, the weekly backlog keeps growing", "ask_for_resources"),
        # an explanation of a number, with 'we can't' inside it, is no decline: nobody asked us to build anything
        ("i want to explain why we can't quote 97% precision in the press release, the number only holds on english reviews",
         "explain_uncertainty"),
        ("help me explain what 'AUC 0.91' means to our COO, she thinks it's a 91% hit rate", "explain_uncertainty"),
        # 'explain why' around work we won't take on is a decline; around a slip it is a risk to flag
        ("need to explain to the sales VP why we can't take on the pricing bot this quarter", "decline_or_negotiate"),
        ("i have to explain to amira why the churn model will be late again, probably 3 weeks", "forecast_risk"),
        ("pls help me say no to the marketing team's dashboard ask without burning the bridge", "decline_or_negotiate"),
        ("can you help me answer her question about the audit dates", "answer_question"),
        # a use of a model's figure the manager advises against is explained, not reported on
        ("the mayor wants to use our '90% accurate' pothole score to pick which roads get fixed. help me explain gently why that would be unfair", "explain_uncertainty"),
    ],
)
def test_the_ask_verb_and_its_object_pick_the_purpose(question, purpose):
    assert _purpose(question) == purpose


@pytest.mark.parametrize(
    "question",
    [
        "draft something to the data platform lead asking for a heads up before schema changes",
        "we explained it last week; the weekly report went out on friday",
        "ask priya how the backfill is going",
    ],
)
def test_no_resource_or_explanation_ask_is_read_where_none_is_said(question):
    found = asked_purpose(Text.of(question).normal)
    assert found is None or found[0] not in ("ask_for_resources", "explain_uncertainty")


def test_a_named_kind_keeps_the_explanation_it_carries():
    assert _purpose("post for the team, signed off already: code freeze moves to the 14th. explain why it helps, 80 words") == "announce_change"
    assert _purpose("i need to explain why we need another GPU node, ask goes to our VP") == "ask_for_resources"


def test_a_resource_ask_to_a_named_reader_is_read_as_one_end_to_end():
    s = parse_situation("ok need to ask tomasz (head of finance) for an extra $9k/month of labelling for Q2 so we can "
                        "relabel weekly instead of monthly. the pilot cut false alarms by 30%. he wants it short", None)
    assert s.intent == "stakeholder_message"
    assert s.get("purpose") == "ask_for_resources" and s.get("recipient") == "Tomasz"


@pytest.mark.parametrize(
    "question, purpose",
    [
        # the reader's own question asks for a reason or a meaning: the answer explains
        ("our COO, beatriz, wants to know why the footfall model was off by 40% at the airport stores when it's close "
         "everywhere else. short version: no history there yet. plain words please", "explain_uncertainty"),
        ("the board chair asked whether that means one in five flagged invoices is wrong. it doesn't. short note pls", "explain_uncertainty"),
        ("finance asked what 'recall 0.8' means for the audit. write two lines", "explain_uncertainty"),
        # a question about a date is still answered with the odds
        ("raj asked if the scoring service ships by feb 3. write him a straight answer", "answer_question"),
    ],
)
def test_the_readers_question_picks_explain_or_answer(question, purpose):
    assert _purpose(question) == purpose


def test_a_named_update_keeps_its_kind_with_an_aside_about_the_readers():
    text = "quarterly update for the ops council (all non-technical, mostly plant managers and the CFO). bullets: churn model live"
    assert _purpose(text) == "progress_update"


def test_an_ask_addressed_to_a_named_reader_before_a_colon_is_a_resource_ask():
    found = asked_purpose(Text.of("ask for mirela (VP data): ~$18k one-off for relabelling plus $2k/month of storage. short").normal)
    assert found is not None and found[0] == "ask_for_resources" and "$18k" in found[1]


def test_making_the_following_firmer_is_a_rewrite():
    s = parse_situation('Could you make the following firmer before it goes to our vendor Ilse?\n\n"Hi Ilse, just checking in '
                        'on the labelled batch, no rush at all, whenever suits you would be lovely. Thanks so much"', None)
    assert s.get("purpose") == "rewrite"


def test_a_why_about_someones_status_is_answered_not_explained_as_uncertainty():
    s = parse_situation("lena asked in the channel 'why is the annotation vendor still stuck on access?' what do i reply", None)
    assert s.get("purpose") == "answer_question"


@pytest.mark.parametrize(
    "question, purpose",
    [
        # a word of the story ('announced', 'false reject', 'if not') is not the ask; the clause that asks for words is
        ("ops director wants sam pulled onto the churn dashboard from tuesday for two weeks. sam has 4 days left on the "
         "forecaster and sales already announced it to clients. what do i say to her", "respond_to_reprioritization"),
        ("head of QA asked whether we can turn off manual inspection by march. left: label 2 wks, tune the false reject "
         "threshold 1 wk. write him a straight answer", "answer_question"),
        ("draft a note to our cfo asking to raise our gpu spend from 8k to 12k a month. we would review it in april and "
         "scale it back if not", "ask_for_resources"),
        ("our coo thinks the new ranking model is a dud because clicks did not move in the test. reps overrode it half "
         "the time. write him something short, he hates stats talk", "explain_uncertainty"),
    ],
)
def test_the_ask_clause_picks_the_purpose_before_the_story(question, purpose):
    assert purpose_of(Text.of(question).normal, reprioritization=purpose == "respond_to_reprioritization")[0] == purpose


@pytest.mark.parametrize(
    "question",
    [
        # someone else's quoted words and a negated word never pick the purpose
        'the vendor said "we can\'t deliver before june". draft a note to our VP about the new plan',
        "i don't want to say no outright. draft a reply to mo about the dashboard",
    ],
)
def test_quoted_or_negated_words_do_not_make_a_decline(question):
    assert _purpose(question) != "decline_or_negotiate"


def test_an_announcement_is_asked_for_by_its_verb_or_noun():
    assert _purpose("we've decided: the offsite moves to march. draft the announcement for my team") == "announce_change"


def test_a_count_of_more_people_is_a_resource_ask_whatever_the_spelling():
    assert _purpose("need to ask dimitri (VP ops) for two more annotaters, the backlog is 6 weeks. short pls") == "ask_for_resources"
    assert _purpose("ask lena for one more look at the rubric before friday") != "ask_for_resources"


@pytest.mark.parametrize(
    "question",
    [
        'Can you make this a lot shorter? my director skims. "Hi Rui, following up on the pricing pilot, we have now '
        'finished the second round of tests and would like to share results at your convenience next week."',
    ],
)
def test_a_rework_ask_with_an_adverb_is_a_rewrite(question):
    s = parse_situation(question, None)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "rewrite"


def test_a_step_that_cannot_be_shortened_is_no_rewrite_ask():
    s = parse_situation("left: labels 1-2 wks, train 2 wks, then a three week pilot, can't shorten that, legal wants three "
                        "full weeks. we start monday. do we make the april review?", None)
    assert s.intent == "planning"
