"""Notes turned into a message a manager would send: a decided no keeps each of the manager's offers on its own
line, the reader's question is answered (never said back to them), an update leads with its ask and lists its
figures, a rota is a list of weeks with its names capitalised, and a no-blame note rewords the cause."""

from __future__ import annotations

from datetime import date

from agent.drafting import draft_input
from agent.understanding import parse_situation
from tools.message import DraftInput, draft_message

TODAY = date(2026, 12, 4)


def _draft(question: str, team=None):
    s = parse_situation(question, team, TODAY)
    inp = DraftInput.model_validate(draft_input(s, question, TODAY, []))
    return inp, draft_message(inp)


def test_a_decided_no_stays_a_decline_and_lists_each_offer_with_its_date(example_team):
    question = (
        "ruth (ops director, not in the file) asked for priya to build a churn alert dashboard by mid feb. decided: no, "
        "priya is on fraud v3 until it ships. what i can give him: our feature docs sent to his analysts by jan 8, "
        "and 3 hrs of priya in the wk of jan 18 to size it. keep it warm"
    )
    inp, msg = _draft(question, example_team)
    assert inp.purpose == "decline_or_negotiate"
    lines = msg.body.splitlines()
    offers = [x for x in lines if x.startswith("- ")]
    assert len(offers) == 2, msg.body
    assert "Friday 8 January" in offers[0] and "your analysts" in offers[0]
    assert "3 hours of Priya" in offers[1] and "week of 18 January" in offers[1]
    assert "Would that work for you?" in msg.body
    assert "keep it warm" not in msg.body.lower()


def test_the_readers_yes_no_question_is_answered_first_and_never_said_back():
    question = (
        'our coo dorothea asked in the ops channel:\n"Can you promise the invoice matcher will never pair an invoice with the wrong '
        'supplier? Yes or no."\nhonest answer is no. in testing it mismatched 1-2% of invoices. what we\'re doing: every match '
        "shows the fields it used, anything over $10k needs a second check, and we audit 150 matches a week. explain it plainly, no jargon"
    )
    inp, msg = _draft(question)
    assert inp.purpose != "rewrite"
    paragraphs = msg.body.split("\n\n")
    assert paragraphs[1] == "No, we can't promise that."
    assert "never pair an invoice with the wrong supplier" not in msg.body  # their question is not said back
    assert "1-2%" in msg.body
    listed = [x for x in msg.body.splitlines() if x.startswith("- ")]
    assert len(listed) == 3 and any("$10k" in x for x in listed) and any("150" in x for x in listed)
    assert not [f for f in msg.lint.findings if f.rule == "certainty"]  # refusing a promise is no promise


def test_an_update_to_a_reader_and_a_group_leads_with_the_groups_ask_and_lists_the_figures():
    question = (
        "quarterly update for the exec team (vp tomasz + the 3 regional leads). demand forecaster: mape 11% on the december "
        "holdout, bias down from 6% to 2%, 4 of 6 regions live. apac is waiting on a data-sharing sign-off, legal say jan 12. "
        "the rest by wk of feb 1. one ask: regional leads please keep the planners' manual override through february"
    )
    _, msg = _draft(question)
    paragraphs = msg.body.split("\n\n")
    assert paragraphs[0] == "Hi Tomasz and regional leads,"
    assert paragraphs[1].startswith("One ask, for the regional leads: please keep the planners' manual override")
    listed = [x for x in msg.body.splitlines() if x.startswith("- ")]
    assert len(listed) >= 4 and any("4 of 6 regions live" in x for x in listed)


def test_a_weekly_rota_in_the_notes_becomes_a_list_of_weeks_with_capitalised_names(example_team):
    question = (
        "post for #risk-ml, decided already: from the wk of jan 18 we run a weekly 'data quality' watch. one person a week "
        "reviews the overnight checks. rota starts with marco, then aisha, tom, priya, and repeats. "
        "why: a broken join went unnoticed for nine days"
    )
    _, msg = _draft(question, example_team)
    weeks = [x for x in msg.body.splitlines() if x.startswith("- Week of")]
    assert weeks[0].endswith(": Marco") and weeks[1].endswith(": Aisha") and len(weeks) == 4
    assert "Monday 25 January" in weeks[1]
    assert msg.body.index("Why:") < msg.body.index("The rota")  # the why comes with the change, before the detail


def test_a_no_blame_note_rewords_a_fix_put_on_the_readers_side():
    question = (
        "tell keanu (ops manager at brightway, a customer) the route optimiser moves from the 18th to the wk of jan 25. "
        "reason: their telematics feed sends duplicate pings for about 1 in 10 trucks, and it has to be fixed on their side. "
        "don't make it sound like we're blaming them"
    )
    _, msg = _draft(question)
    assert "on your side" not in msg.body and "your telematics feed" not in msg.body
    assert "needs a fix in the feed" in msg.body and "1 in 10 trucks" in msg.body
    assert "blam" not in msg.body.lower()


def test_a_reply_to_a_move_with_no_date_asks_for_the_date_instead_of_recommending():
    from agent.situation import Situation
    from tools.whatif import StrategyOutcome, WhatIfResult

    s = Situation(intents=["reprioritization", "stakeholder_message"])
    for name, value in (("person", "Kemi"), ("requester", "Oskar"), ("recipient", "Oskar"), ("audience", "report"),
                        ("new_work", "pricing experiment"), ("project", "Search ranking v2"), ("remaining_weeks", [2, 3, 5])):
        s.put(name, value, "question", str(value))
    whatif = WhatIfResult.model_construct(recommendation="finish_first", basis="no_deadline", strategies=[
        StrategyOutcome.model_construct(strategy="finish_first", description="Kemi finishes first", deadline_probability=0.9)])
    inp = DraftInput.model_validate(draft_input(s, "oskar asked for kemi on his pricing experiment, reply to him", TODAY, [], reprioritization=whatif))
    body = draft_message(inp).body
    assert inp.audience == "peer_team"  # who asks for one of our people is not one of our reports
    assert "Before I can say yes or no, I need to know when you need the pricing experiment" in body
    assert "Kemi is in the middle of Search ranking v2, with about 3 weeks left (2 to 5)" in body
    assert body.rstrip().endswith("When do you need it by, and roughly how much work is it?")
    assert "recommend" not in body.lower()


def test_city_names_in_lower_case_are_written_with_their_capital_and_everyday_words_are_not():
    question = (
        "update for our coo farid: returns classifier: 9 of 12 warehouses migrated, nairobi and lisbon waiting on network "
        "upgrades (it says jan 20), the rest by feb 5. electronics and grocery are fine"
    )
    _, msg = _draft(question)
    assert "Nairobi and Lisbon" in msg.body
    assert "Electronics and Grocery" not in msg.body


def test_a_reader_who_wants_a_date_gets_an_honest_answer_that_keeps_what_they_asked_for():
    question = (
        "answer gustav (head of sales): he wants a firm date for the lead-scoring rollout. i can't promise one yet, "
        "it's 3 to 5 weeks depending on the crm export, and i'll know more once the export test runs on dec 14"
    )
    inp, msg = _draft(question)
    assert inp.purpose == "explain_uncertainty"
    assert "can't promise you a firm date yet" in msg.body
    assert "can't take it on" not in msg.body and "3 to 5 weeks" in msg.body


def test_feelings_questions_to_the_writer_and_notes_about_the_reader_never_reach_the_message():
    question = (
        "reply to odette (head of partnerships): the supplier scorecard moves from dec 10 to dec 17, the invoice feed "
        "was late. i'm honestly freaking out a bit. also, should i cc her boss or is that too much. "
        "clear and calm, but she still has to be able to brief the suppliers"
    )
    _, msg = _draft(question)
    body = msg.body.lower()
    assert "freaking out" not in body and "cc her boss" not in body and "too much" not in body
    assert "clear and calm" not in body and "able to brief" not in body
    assert "17 december" in body


def test_a_promise_made_for_us_is_declined_as_what_we_cannot_do_not_as_their_fault():
    question = (
        "write to dmitri (account director). dmitri promised a shipping client that we'd deliver live port congestion "
        "alerts for all their terminals by march. we can't, that needs data we don't have. what i can offer: weekly "
        "congestion summaries from feb 1. keep it constructive"
    )
    _, msg = _draft(question)
    lead = msg.body.split("\n\n")[1]
    assert lead.startswith("We can't deliver live port congestion alerts for all the shipping client's terminals by March")
    assert "promised" not in msg.body.lower()
    assert "Monday 1 February" in msg.body


def test_a_per_month_rate_is_never_multiplied_into_a_total_and_the_people_asked_for_stand_beside_the_ask():
    question = (
        "draft the ask to ilse, our coo, for two people for four months: one data engineer and one ML engineer. "
        "contractors cost about 18k a month each, roughly 150k all in. without them the returns model waits until q3"
    )
    _, msg = _draft(question)
    lead = msg.body.split("\n\n")[1]
    assert "one data engineer and one ML engineer" in lead
    assert "36k" not in msg.body  # 2 x 18k is a monthly rate, not the cost
    assert "What it costs: contractors cost about 18k a month each, roughly 150k all in." in msg.body
    assert "returns model waits" in msg.body


def test_a_reported_yes_no_question_gets_a_plain_no_with_its_subject_and_a_forwardable_close():
    question = (
        'our head of client services, maja, wrote: "Clients say the churn alerts feel noisier since October. Did the '
        'model get worse? I need something I can send them." the truth: it did not get worse. we added two new alert '
        "types in october, so volume is up; precision per alert type is flat. draft the reply, plain words"
    )
    _, msg = _draft(question)
    assert msg.body.split("\n\n")[1] == "No, the model did not get worse."
    assert "want the detail" not in msg.body


def test_a_titled_reader_is_greeted_with_the_title_and_a_past_start_keeps_its_year():
    question = (
        "email to senator ruiz, who chairs the water committee: the drought risk maps promised for the 9 december session "
        "will now come to the 20 january session. reason: the river gauge feed only started arriving on 2 december and "
        "the model needs six weeks of it. we can brief staff on early results on the 9th"
    )
    _, msg = _draft(question)
    assert msg.body.startswith("Dear Senator Ruiz,") or msg.body.startswith("Hi Senator Ruiz,")
    assert "2 December" in msg.body and "2027" not in msg.body
    assert "Questions or worries" not in msg.body
    assert not [f for f in msg.lint.findings if f.rule == "certainty"]


def test_a_headcount_ask_names_the_people_for_the_reader_and_keeps_the_why_as_why():
    question = (
        "ask oren (CFO) for 3 heads, 2 analysts + 1 data engineer, needs to land before his budget review on jan 12. "
        "my numbers: 40 dashboards kept alive by 2 of us, half of each week goes on fixes, contractors ~12k each"
    )
    _, msg = _draft(question)
    lead = msg.body.split("\n\n")[1]
    assert lead.startswith("What I'm asking for: 3 heads") and "ask you for" not in lead
    assert "your budget review" in lead and "his budget" not in msg.body
    assert "Why: 40 dashboards kept alive by 2 of us" in msg.body


def test_a_name_that_does_the_work_in_a_team_post_is_capitalised_and_a_dated_change_keeps_its_words():
    question = "post for my team, decided: from feb 1 no more model requests in slack threads. all requests go through the form, tane reviews them on thursdays."
    _, msg = _draft(question)
    assert "Tane reviews them" in msg.body
    assert "no more model requests in Slack threads" in msg.body or "no more model requests in slack threads" in msg.body


def test_a_reader_who_wants_one_number_gets_the_top_of_the_measured_range_first():
    question = (
        "cfo anneke asked in the finance channel 'how many invoices will the matcher get wrong at year end?' she wants one "
        "number. honest answer: it mismatched between 0.8% and 2% of invoices in the last quarter, and year-end volume is "
        "double, so it could be higher. anything over $5k is checked by a person"
    )
    _, msg = _draft(question)
    assert msg.body.split("\n\n")[1] == "Short answer: plan for up to about 2%, the top of what we've measured."
    assert "between 0.8% and 2%" in msg.body and "$5k" in msg.body


def test_the_managers_no_and_offers_win_over_a_what_if_plan(example_team):
    from tools.whatif import StrategyOutcome, WhatIfResult

    question = ("ingrid from finance wants aisha for two weeks on a cash forecast from monday. no: aisha is on the feature "
                "store migration until it lands. i can give them our forecast template by dec 9 and a 30 min call with aisha on dec 15")
    s = parse_situation(question, example_team, TODAY)
    whatif = WhatIfResult.model_construct(recommendation="switch_now", basis="new_deadline", strategies=[
        StrategyOutcome.model_construct(strategy="switch_now", description="Aisha switches now", deadline_probability=0.9)])
    inp = DraftInput.model_validate(draft_input(s, question, TODAY, [], reprioritization=whatif))
    body = draft_message(inp).body
    assert inp.purpose == "decline_or_negotiate" and body.startswith("Hi Ingrid,")
    assert "recommendation" not in body.lower() and "switches now" not in body
    offers = [x for x in body.splitlines() if x.startswith("- ")]
    assert len(offers) == 2 and "Wednesday 9 December" in offers[0] and "30-minute call with Aisha" in offers[1]


def test_a_date_something_has_run_since_is_no_past_target():
    question = ("update for my director lin: churn model v4: auc up from 0.71 to 0.75 offline, shadow test running since dec 2, "
                "results by dec 17. ask: ok to switch traffic on dec 21 if it holds")
    _, msg = _draft(question)
    assert "since Wednesday 2 December" in msg.body and "results by thursday 17 december" in msg.body.lower()
    assert "Where the churn model v4 stands:" in msg.body and "One ask: your OK to switch traffic on Monday 21 December" in msg.body


def test_an_email_asking_the_reader_to_do_something_asks_it_with_its_numbers():
    question = "email to marta (finance) asking her to renew the GPU reservation for 6 more months, ~80k, before it expires on jan 15. without it the nightly retrains stop"
    _, msg = _draft(question)
    lead = msg.body.split("\n\n")[1]
    assert lead.startswith("Could you renew the GPU reservation for 6 more months") and lead.endswith("?")
    assert "80k" in lead and "Friday 15 January" in lead and "nightly retrains stop" in msg.body


def test_a_verdict_told_to_the_boss_leads_and_is_not_turned_into_a_status_list():
    question = "let my manager hugo know the pricing experiment was a wash: +0.2% conversion, not significant after 4 weeks. we're stopping it and moving to search from monday"
    _, msg = _draft(question)
    assert msg.body.split("\n\n")[1].startswith("The pricing experiment was a wash: +0.2% conversion")
    assert "- " not in msg.body


def test_a_peer_asked_for_help_is_asked_when_not_to_approve_and_their_team_is_yours():
    question = "write to kenji (search infra lead, peer): we need the query logs export for q3 by jan 8 or the relevance retrain slips to march. his team said 'soon' twice. firm but friendly"
    _, msg = _draft(question)
    assert "approve" not in msg.body.lower()
    assert "his team" not in msg.body.lower() and "Q3" in msg.body


def test_an_answer_label_after_the_readers_quoted_question_gives_the_verdict_and_the_offer():
    question = ('reply to petra (product lead) who asked "can we ship the german voice model in the march release?" honest: no, '
                "the german test set isn't recorded yet, earliest is the may release. i can share the dutch results with her team on friday")
    _, msg = _draft(question)
    paragraphs = msg.body.split("\n\n")
    assert paragraphs[1] == "No, we can't ship that."
    assert "the may release" in msg.body.lower() and "What I can do: share the Dutch results with your team" in msg.body.replace("dutch", "Dutch")


def test_an_ask_to_the_reader_inside_a_heads_up_is_asked_of_them_in_the_second_person():
    question = ("heads up to our head of legal, zanele: the contract classifier mislabels 1 in 30 NDAs as MSAs since the last retrain. "
                "we're rolling back today. need her to warn the deal desk before monday")
    _, msg = _draft(question)
    assert msg.body.startswith("Hi Zanele,") or msg.body.startswith("Dear Zanele,")
    assert "I need you to warn the deal desk" in msg.body and "need her" not in msg.body.lower()


def test_a_reader_who_must_say_one_figure_out_loud_gets_that_line_first():
    question = (
        "councillor okonjo wants a single number for the budget debate: how many pothole reports the new triage model will "
        "clear next year. realistically between 3,000 and 9,000, most likely around 5,000, because it depends on crew "
        "availability. need a short note that gives her something she can say out loud"
    )
    _, msg = _draft(question)
    lead = msg.body.split("\n\n")[1]
    assert lead.startswith("Something you can say:") and "about 5,000" in lead and "3,000" in lead and "9,000" in lead
    assert "Something you can say" not in msg.subject
    assert ",," not in lead and ",." not in lead
    assert "need a short note" not in msg.body.lower() and "say out loud" not in msg.body


def test_a_short_denial_is_the_managers_answer_and_an_explanation_without_dates_promises_no_range_of_dates():
    question = (
        "our coo tomasz saw the fraud alert count fall from 400 to 150 a day after monday's update and thinks detection got worse. "
        "it didn't. the new threshold drops duplicate alerts for the same card. he's nervous the auditors will ask. explain in plain words"
    )
    _, msg = _draft(question)
    assert msg.body.split("\n\n")[1] == "Detection didn't get worse."  # the manager's short denial, completed from what they think
    assert "single date" not in msg.subject
    assert "nervous" not in msg.body


def test_the_managers_own_dated_offer_in_a_slip_note_keeps_its_date_and_what_it_is_for():
    question = (
        "email to maren, head of claims at nordvik insurance (our client). the fraud scoring of their claims backlog was due on the 9th. "
        "it'll be mid january: half the claim forms are handwritten and we won't send scores we haven't checked. "
        "offer: the ~1,500 typed claims scored and delivered by the 16th so their adjusters can start"
    )
    _, msg = _draft(question)
    assert "the roughly 1,500 typed claims" in msg.body and "the about" not in msg.body
    assert "so your adjusters can start" in msg.body and "16" in msg.body


def test_a_resource_ask_keeps_who_the_heads_are_and_a_closing_question_is_the_ask():
    question = (
        "help me write the ask to my vp soraya for 2 hires next quarter, one data scientist + one platform engineer. "
        "we support 9 product teams with 3 people and the queue is 7 weeks long. about 260k a year for both"
    )
    _, msg = _draft(question)
    assert "one data scientist and one platform engineer" in msg.body
    assert not any(n.startswith("Not said: what you need from them") for n in msg.notes)
