"""Routing on what the manager asks for: the ask names the form of answer (a message, an agenda, a triage, an org
reading) and wins over the topic; the team file is background; short follow-ups continue the previous request."""

from __future__ import annotations

from datetime import date

import pytest

from agent.routing import continues_previous, intents_asked, is_acknowledgement
from agent.understanding import parse_situation

TODAY = date(2026, 11, 23)


def intents(question: str, team=None) -> list[str]:
    return parse_situation(question, team, TODAY).intents


@pytest.mark.parametrize(
    "question, named",
    [
        ("slack to the pricing PMs: the elasticity model is two weeks behind, keep it calm", ["stakeholder_message"]),
        ("talking points pls - Noor is back from parental leave on monday and I want to hear how she is", ["one_on_one"]),
        ("we have three squads, each with its own analysts. which org model fits us, and what do we change first?", ["archetype"]),
        ("here is the situation with the ranking squad. what kind of ML org is this, honestly?", ["archetype"]),
        ("four things landed overnight, listed below. who takes what, and what do I tell the CFO?", ["triage", "stakeholder_message"]),
        ("my lead engineer wants to rewrite the feature store in go. how do I judge a proposal like that?", []),
    ],
)
def test_the_ask_names_the_form_of_answer_in_the_order_it_is_named(question, named):
    assert intents_asked(question) == named


def test_a_message_asked_for_wins_over_its_topic():
    decided = ("the growth team wants Ilse on their uplift model for all of february. no - she is mid-way through the "
               "pricing launch. what i can give: Ilse reviews their design doc next week. send him something friendly")
    assert intents(decided) == ["stakeholder_message"]
    assert intents("post for #search-ml: from january the relevance eval runs nightly and owners rotate weekly") == ["stakeholder_message"]


def test_an_open_decision_comes_before_the_message_that_depends_on_it():
    undecided = ("Our CPO wants Ilse moved onto the uplift model on Monday. She has two weeks left on the pricing launch. "
                 "Should I move her now? Draft my reply to him.")
    assert intents(undecided)[:2] == ["reprioritization", "stakeholder_message"]


def test_an_org_question_in_prose_is_an_org_reading_even_with_a_request_in_it(example_team):
    question = ("my director floated folding the two BI analysts into my team next quarter; they build reports and nobody "
                "deploys models. the CFO asked me to 'sort out reporting' too. what would that make us, and what do I ask for?")
    assert intents(question, example_team)[0] == "archetype"


def test_chat_messages_pasted_one_per_line_are_triaged_together():
    question = ('morning, here is what came in. about three days spare between me and Ren\n\n'
                '[#ranking-alerts] nDCG monitor fired twice overnight on the shopping ranker\n'
                'ines (finance): "can someone re-run the margin forecast with the new fx rates? half a day"\n'
                'tomas (growth): "would love a chat about an uplift model next quarter"\n\n'
                'who takes what?')
    situation = parse_situation(question, None, TODAY)
    assert situation.intent == "triage"
    assert [r["requester"] for r in situation.get("requests")] == ["", "Ines", "Tomas"]


@pytest.mark.parametrize(
    "question, intent",
    [
        ("1:1 with Noor in five minutes, she seems flat lately. what do I say?", "one_on_one"),
        ("Write me a Python function that reverses a linked list.", "out_of_scope"),
    ],
)
def test_readings_the_ask_does_not_override(question, intent):
    assert intents(question)[0] == intent


def test_the_team_inbox_is_triaged_only_when_the_requests_are_asked_about(offline_copilot, example_team):
    one = offline_copilot.ask("legal just pinged about something else again. take it or not?", team=example_team)
    assert "triage_inbox" not in [c.name for c in one.tool_calls]
    whole = offline_copilot.ask("Go through my inbox: what reaches the team this week?", team=example_team)
    assert "triage_inbox" in [c.name for c in whole.tool_calls]


@pytest.mark.parametrize(
    "question, continues",
    [
        ("why?", True),
        ("ok and if she's only half time?", True),
        ("what about Sam instead?", True),
        ("now draft the note to Dana", False),
        ("what are the odds we make March?", False),
        ("How do I interview ML researchers well?", False),
        ("thanks, that helps", False),
    ],
)
def test_a_short_turn_continues_the_previous_request_unless_it_asks_for_something_new(question, continues):
    assert continues_previous(question, "guidance") is continues


def test_thanks_gets_a_short_reply_not_the_capabilities(offline_copilot):
    assert is_acknowledgement("ok great, thanks!") and not is_acknowledgement("thanks for nothing, the date is wrong")
    r = offline_copilot.ask("ok great, thanks!")
    assert r.intent == "help" and "Glad it helps" in r.answer and "Lead Copilot" not in r.answer


def test_a_follow_up_keeps_the_previous_intent(offline_copilot, example_team):
    first = offline_copilot.ask("Should Priya finish fraud v3 before moving to the summarizer?", thread_id="t1", team=example_team)
    follow = offline_copilot.ask("ok and if she's only half time?", thread_id="t1", team=example_team)
    assert follow.intent == first.intent == "reprioritization"


@pytest.mark.parametrize(
    "question, intent",
    [
        ("product wants Noor 2 days a week on the pricing dashboard through january; she's 3 weeks from done on search. what does that cost us?", "reprioritization"),
        ("finance wants Noor for about 2 days to help rebuild their margin report; she is mid-way through the ranker. worth it?", "triage"),
        ("my director wants to pull Noor off the ranker for 2 days to prep the board numbers; she has 3 weeks left on it. ok?", "reprioritization"),
    ],
)
def test_a_share_of_the_week_is_a_move_and_a_small_ask_from_outside_the_chain_is_a_request(question, intent):
    assert intents(question)[0] == intent


@pytest.mark.parametrize(
    "question, expected",
    [
        ("three asks in my slack:\n- ops: retrain the eta model on november data, ~3 days\n- cs: a churn list for the renewal push by friday\n"
         "- cto: a quick look at an llm vendor's benchmark\nwe have 2 days. what do i do?", ["triage"]),
        ("pull together a short update for leadership: fraud v3 is in shadow, churn is blocked on the schema fix", ["stakeholder_message"]),
        ("my VP wants Priya on the summarizer from monday; she has 2 weeks left on fraud v3. I already said she finishes first. write the reply",
         ["stakeholder_message"]),
        ("nadia (VP product) asked if the recs model ships before the freeze. left: eval 1-2 wks, shadow 1 wk. what are the odds, and draft my answer",
         ["planning", "stakeholder_message"]),
    ],
)
def test_several_requests_from_their_senders_a_written_update_a_made_decision_and_odds_before_words(question, expected):
    assert intents(question)[: len(expected)] == expected


@pytest.mark.parametrize(
    "question, intent",
    [
        ("victor just pinged: 'can we get fraud v3 live before the 18th?' what do I say back?", "stakeholder_message"),
        ("if marco stays blocked another week, when does the churn pipeline land?", "planning"),
        ("finance wants a one-off churn breakdown by region for the board, maybe a day of work. can I just do it myself?", "triage"),
    ],
)
def test_quoted_words_are_not_the_ask_a_forecast_names_no_meeting_and_a_breakdown_by_region_is_data(question, intent):
    assert intents(question)[0] == intent


def test_a_new_ask_on_top_of_the_previous_turn_keeps_its_facts(example_team):
    from agent.graph import understand_question

    history = [{"role": "user", "content": "what are the odds fraud v3 makes the 18th?"},
               {"role": "assistant", "content": "About 80%.", "intent": "planning"}]
    built, _ = understand_question("now draft the note to Victor", history, example_team, date(2026, 12, 4))
    assert "stakeholder_message" in built.intents and built.get("project") == "Fraud model v3"
    alone, _ = understand_question("How do I interview ML researchers well?", history, example_team, date(2026, 12, 4))
    assert alone.intents == ["guidance"] and not alone.has("project")


def test_a_relayed_question_with_no_ask_offers_the_two_readings_and_answers_one(example_team):
    from agent.graph import understand_question

    relayed, _ = understand_question("victor asked if fraud v3 will make the 18th", [], example_team, date(2026, 12, 4))
    assert relayed.intent == "planning" and "the reply to Victor, or the forecast first" in relayed.clarifying_question
    asked, _ = understand_question("victor asked if fraud v3 will make the 18th. what are the odds?", [], example_team, date(2026, 12, 4))
    assert asked.clarifying_question is None


@pytest.mark.parametrize(
    "question",
    [
        "can you make this kinder, her mum has been in hospital all week:\n\"Ana, the dashboard was due Friday. I need it Monday.\"",
        "tl;dr this for my director, three lines max:\n\"Hi Ola, quick update on the churn model. Recall went from 61% to 74%. "
        "We'd like to ship on Jan 12 if legal signs off by Dec 20. Happy to chat!\"",
    ],
)
def test_reworking_my_own_message_is_a_rewrite_even_when_it_mentions_a_hard_time(question):
    situation = parse_situation(question, None, TODAY)
    assert situation.intents == ["stakeholder_message"] and situation.get("purpose") == "rewrite"


def test_a_real_crisis_still_comes_before_the_rewrite_asked_for():
    question = "he told me last night he has been thinking about suicide. soften this before I send it: \"Tom, the review is overdue.\""
    assert intents(question) == ["sensitive"]


def test_how_to_run_a_named_meeting_after_burnout_leave_is_an_agenda_and_burnout_alone_is_not():
    back = ("Ines is back from four weeks of burnout leave on monday. we have a 1:1 that morning, 45 mins. how should I run it "
            "so it's welcoming and not about performance?")
    assert intents(back) == ["one_on_one"]
    assert intents("Ines seems burnt out, she's online at midnight every day. what do I do?") == ["sensitive"]


def test_an_announcement_that_must_say_why_it_is_worth_it_is_a_post_not_a_request_to_weigh():
    question = ("announcement for the team, already signed off by my director: from february every experiment gets a one-page "
                "pre-registration. some will say it slows us down, explain why it's worth it, 120 words max")
    assert intents(question) == ["stakeholder_message"]


def test_a_part_time_ask_for_someone_on_the_critical_path_is_a_move_to_weigh_with_its_odds(example_team):
    question = ("marketing asked for sam three days a week over the next month to build churn cohorts. does fraud v3 still land "
                "by dec 18 if I agree?")
    situation = parse_situation(question, example_team, TODAY)
    assert situation.intents[0] == "reprioritization" and situation.get("person") == "Sam"


@pytest.mark.parametrize(
    "question, intent",
    [
        ("8 of us, all researchers, great papers, nothing in production. is there a name for what we are, and should we split "
         "into a research group and a product group?", "archetype"),
        ("vp sales, frustrated: 'you said 90% precision, why are we seeing so many false alarms?' the 90% was on last year's "
         "data and drift hit in october. explain it plainly, he has a point", "stakeholder_message"),
    ],
)
def test_naming_the_setup_and_answering_a_quoted_question_are_the_forms_asked_for(question, intent):
    assert intents(question)[0] == intent


def test_explain_without_anyone_to_answer_is_not_a_message():
    assert "stakeholder_message" not in intents("explain how monte carlo forecasting works for a delivery date")


def test_a_post_or_a_forecast_named_outright_wins_over_a_loss_in_its_context_but_not_over_a_real_crisis():
    post = "post for the team pls: lena's dad passed away on sunday, she's off for two weeks. questions go to sam meanwhile"
    assert intents(post) == ["stakeholder_message"]
    forecast = "forecast pls: tom is out this week because his dad is in hospital. when does the summarizer land?"
    assert intents(forecast)[0] == "planning"
    assert intents("lena's mum died last month and she's back next week. what do i say in our first 1:1?") == ["sensitive"]
    assert intents("write to the team: we had a data leak of customer emails from a public bucket, here is what happens next") == ["sensitive"]


@pytest.mark.parametrize(
    "question, intent",
    [
        # what they want back is a decision about a loan, whatever the durations look like
        ("head of data wants to borrow rosa for the pricing revamp, 3 weeks. she's got maybe a week left on the churn retrain. "
         "compare lending her now vs after she ships", "reprioritization"),
        ("ops asked whether we can spare tomasz for a fortnight starting monday; he's halfway through the ranking eval "
         "(2 wks left). now or after?", "reprioritization"),
        ("my director asked if we could lend Sam to the billing squad for 3 weeks from jan 5. he's 2 weeks from done on the "
         "serving work. ideas?", "reprioritization"),
        # a conversation to prepare, whatever its topic
        ("prep me for a tough conversation with halima tomorrow. she's missed her last three deadlines and gets defensive.", "one_on_one"),
        ("prepare me for the sit-down with my skip about the roadmap slipping", "one_on_one"),
        ("got 45 min with my director tomorrow. she keeps promising dates to sales before checking with me. want to change that", "one_on_one"),
        # an ask for resources to a named person is a message, whatever figures it carries
        ("want extra GPU hours from infra (Bo, their director): 200 H100-hours/week for Jan, ~$30k. the eval suite takes "
         "3 days now, would be half a day.", "stakeholder_message"),
        ("need 3 more MLEs from my VP (Hana). ~$600k/year. we're drowning in model maintenance, 40% of time on retrains. "
         "keep it factual", "stakeholder_message"),
        # a date asked for, with days off in it, is a forecast
        ("when does the churn model actually finish if aisha is off the week of the 14th? at 85% please", "planning"),
        # the shape of the team asked about in prose is an org reading
        ("we're 12 people, half sit in product squads, half in a central platform group, and nobody owns the feature store. "
         "is this structure the problem? what should it look like", "archetype"),
        ("how should i structure the data science team now that we're 15 people across three business units?", "archetype"),
        # a refusal already made: the reply is the ask
        ("victor wants 2 of my engineers for a demo next week. we can't. short reply pls", "stakeholder_message"),
    ],
)
def test_the_ask_verb_and_its_object_outrank_the_keywords_around_them(question, intent, example_team):
    assert intents(question, example_team)[0] == intent


@pytest.mark.parametrize(
    "question, intent",
    [
        ("i have a 1:1 with priya tomorrow but first: VP wants her off fraud v3 onto the summarizer, 2 weeks left. should I agree?", "reprioritization"),
        ("got 30 min with the CFO thursday to pitch the forecast. when does fraud v3 land at 80%?", "planning"),
        ("how should we structure the team's on-call rotation?", "guidance"),
        ("got 2 hours with the cluster tomorrow before the freeze. how do i make the most of research time like that?", "guidance"),
    ],
)
def test_a_meeting_said_in_passing_or_a_structure_word_does_not_decide_when_the_ask_says_otherwise(question, intent, example_team):
    assert intents(question, example_team)[0] == intent


def test_every_question_the_manager_asks_is_read_for_its_ask_after_the_closing_instruction():
    from agent.routing import the_asks

    question = "when would the ranking refresh realistically ship if tom is out dec 22-jan 2? give me the 80% date"
    assert the_asks(question)[-1].startswith("when would the ranking refresh") and intents_asked(question) == ["planning"]


@pytest.mark.parametrize(
    "question, intent",
    [
        ("infra wants Tom two days a week through january for the gpu migration. does the summarizer still make jan 29 if we agree?",
         "reprioritization"),
        ("Our head of research asked whether Mirela, one of my applied scientists, could join the safety evals group for four weeks "
         "from jan 11. she's halfway through the ranking eval, three weeks left. what are my options?", "reprioritization"),
        ("thursday, 45 min with ilse. her code reviews keep landing late and the team is waiting on her. how should i prep this "
         "so it's direct but kind", "one_on_one"),
        ("need a heads-up to dana before the exec review tuesday: the churn model slipped because the label vendor is late and "
         "Sam got pulled onto the fraud alerts. include the odds for feb 1", "stakeholder_message"),
    ],
)
def test_a_date_under_a_loan_a_prep_of_this_and_a_heads_up_named_first_are_the_answers_asked_for(question, intent, example_team):
    assert intents(question, example_team)[0] == intent


def test_what_is_my_move_is_no_move_of_people():
    from agent.intents import CUES

    assert CUES["reprioritization"].search("it blew up again in standup. what's my next move?") is None
    assert CUES["reprioritization"].search("should I move Sam onto the incident?") is not None


@pytest.mark.parametrize(
    "question",
    [
        # words for someone to pass on are a message, whatever numbers the story holds
        "our GM saw 'accuracy 97%' on the fraud slide and asks why chargebacks went up. it flags 80% of fraud; 1 in 200 "
        "orders is fraud; we take 300k orders a month. she presents to the board tuesday. need a simple explanation she can repeat",
        "cfo keeps quoting 'MAPE 8%' as 8% of stores being wrong. it's the average miss per store, 2 stores in 40 miss by more "
        "than 20%. he needs two sentences he can say at the investor call",
        "explain to the board chair why the churn model's AUC went down when the save rate went up. 3 lines",
    ],
)
def test_an_explanation_for_someone_is_a_message_without_a_forecast(question):
    s = parse_situation(question, None, TODAY)
    assert s.intents == ["stakeholder_message"]
    assert s.get("purpose") == "explain_uncertainty"


def test_an_explanation_asked_for_myself_is_no_message():
    assert "stakeholder_message" not in intents_asked("explain it to me: why do ml estimates always come out as ranges?")


def test_a_range_explained_for_a_date_keeps_its_forecast():
    s = parse_situation("draft for my vp: she wants one date for the ranking launch, i want to give a range. left: "
                        "features 2-3 wks, eval 1-2 wks", None, TODAY)
    assert s.intents[0] == "stakeholder_message" and "planning" in s.intents


def test_what_to_tell_the_requester_of_a_move_is_the_move_first():
    s = parse_situation("the store gm wants rosa off the demand model and onto the loyalty pilot from monday for about 3 weeks. "
                        "she's 5 wks in with about a week left, and the model has to be live for the jan 8 promo, the ad "
                        "agency already announced it. what do i tell him", None, TODAY)
    assert s.intents[0] == "reprioritization"
    assert s.get("purpose") == "respond_to_reprioritization" and s.get("audience") == "exec"


def test_a_status_note_named_by_its_day_is_a_message_without_a_forecast():
    s = parse_situation("eod note to my director, quick:\n- ranker: offline eval done, on track for the jan review\n"
                        "- labels: vendor 60% through\n- ask: ok to extend the vendor by 2 wks?", None, TODAY)
    assert s.intents == ["stakeholder_message"] and s.get("purpose") == "progress_update"


@pytest.mark.parametrize("question", [
    "ugh ok 😬 need a msg to rosalind (our cfo) - the pricing model slipped to late jan",
    "sigh. well, a short msg for the store managers: the new forecast goes live monday",
])
def test_a_message_asked_after_a_sigh_or_an_emoji_and_typed_short_is_still_the_ask(question: str) -> None:
    assert intents_asked(question)[:1] == ["stakeholder_message"]


def test_what_do_i_say_about_an_open_move_is_the_call_with_its_line_not_a_pasted_message():
    from datetime import date

    from agent.understanding import parse_situation

    q = "facilities want benedek on a heat-map dashboard from tuesday for a week. he's two weeks from done on the pump model. what do i tell them?"
    s = parse_situation(q, None, date(2026, 12, 4))
    assert s.intents[0] == "reprioritization"  # the call is open: it is answered, with the words to say
    q2 = "facilities want benedek on a heat-map dashboard from tuesday. he's two weeks from done on the pump model. draft the email saying no"
    assert parse_situation(q2, None, date(2026, 12, 4)).intents[0] == "stakeholder_message"  # a message named and decided


def test_an_ask_to_decline_someones_request_is_a_decline_addressed_to_them():
    from datetime import date

    from agent.understanding import parse_situation

    q = ("pls decline osvaldo's request (he leads fleet ops) for a tyre-wear model by feb 2. nothing before april, we're on the "
         "routing launch. offer him the monthly wear report instead")
    s = parse_situation(q, None, date(2026, 12, 4))
    assert s.intents[0] == "stakeholder_message" and s.get("purpose") == "decline_or_negotiate"
    assert s.get("recipient") == "Osvaldo"


@pytest.mark.parametrize(
    "question",
    [
        "tough talk w/ odalys tomorrow, 20 min. her release notes keep going out with wrong numbers and the ops leads noticed",
        "difficult conversation wiht ferran next week, he promised the finance team a number we never had",
        "prep me for lunch with the head of claims on friday: she told her VPs our model is 'a black box' and i want her on side",
        "get me ready for drinks with my counterpart in risk thursday, she keeps overriding our scores",
    ],
)
def test_a_conversation_named_as_the_ask_is_a_one_on_one_whatever_it_mentions(question):
    assert intents(question)[0] == "one_on_one"


def test_sorting_something_out_between_two_people_is_no_triage():
    question = ("coffee with my peer in logistics on tuesday, 30 min. he says our forecast ruined november. "
                "i'd rather sort this between us than go to our boss")
    assert "triage" not in intents_asked(question)
    assert intents_asked("sort these for me: the CFO wants a churn number, ops want a retrain by friday") == ["triage"]


@pytest.mark.parametrize(
    "question",
    [
        "ok org q. my team is 3 and the cto wants us under product. thoughts?",
        "the CFO wants to turn my team into a shared service team for all the business units. what do i ask for first?",
    ],
)
def test_an_org_question_named_or_a_widened_remit_is_an_org_reading(question):
    assert intents(question)[0] == "archetype"


def test_a_message_about_a_breach_drill_is_a_message_not_an_incident():
    assert intents("post for #eng: the data breach tabletop exercise moves to thursday 10am, bring your laptops") == ["stakeholder_message"]
    assert intents("we had a data breach: an engineer posted customer emails in a public repo. what now?") == ["sensitive"]
