"""The message brief built from the turn, checked end to end on fresh phrasings: a money ask to a funder asks for the
money (never 'one more engineer'), keeps the writer's notes out and closes with a question a funder can answer; a no to
a request relayed as the reader's question declines that request, never the offer, gives the reason and the offers
to the reader."""

from __future__ import annotations

import re
from datetime import date

import pytest

from agent.draft_brief import relation_of
from agent.drafting import draft_input
from agent.understanding import parse_situation
from tools.message import DraftInput, Point, draft_message

TODAY = date(2026, 12, 4)


def _draft(question: str):
    s = parse_situation(question, None, TODAY)
    inp = DraftInput.model_validate(draft_input(s, question, TODAY, []))
    return inp, draft_message(inp)


FUNDER_ASKS = [
    ("write to oksana, our grants officer at the marlowe foundation (they fund our air-quality sensors). we want to ask for an extra $40k on top "
     "of this year's $130k to extend the pollution alerts from 6 schools to 20. the new schools are near busy roads so it's about 4 months of one "
     "engineer plus ~$6k of hardware. at the first 6 schools the alerts cut asthma call-outs by a fifth, which is what the foundation cares about. "
     "they decide at their march 12 board round. i always feel awkward asking for money", "$40k", "Oksana"),
    ("need an email to dr mbeki, programme manager at the riverside research fund which backs our crop-disease model. asking for £55k more this year "
     "(on top of £160k) to take it to 3 more growers' cooperatives. it's mostly one data scientist for 5 months and some compute. at the first "
     "cooperative it spotted blight 6 days before the agronomists did. their panel meets may 4", "£55k", "Dr Mbeki"),
]


@pytest.mark.parametrize("question,money,name", FUNDER_ASKS)
def test_a_money_ask_to_a_funder_asks_for_the_money_in_a_way_a_funder_can_answer(question, money, name):
    inp, msg = _draft(question)
    assert inp.brief.relation == "funder" and inp.brief.ask_kind == "money"
    lead = msg.body.split("\n\n")[1]
    assert lead.startswith("I'm writing to ask for") and money in lead
    assert name in msg.body.split("\n\n")[0]
    assert not re.search(r"(?i)one more (?:engineer|data scientist)|your team can do this|cares about|awkward", msg.body)
    assert money in msg.subject


def test_a_funders_decision_meeting_is_asked_about_once_in_the_close():
    _, msg = _draft(FUNDER_ASKS[0][0])
    assert msg.body.count("12 March") == 1 and "12 March board round" in msg.body.split("\n\n")[-1]


DECLINES = [
    ("reply to ms oyelaran, head of admissions at harbourside college (a customer). she asked whether we can build a model that predicts which "
     "applicants will accept their offers, ideally before the march intake. i have to say no - it's just me on the team and i'm on the bursary "
     "fraud model the auditors check on feb 20, and we don't have their historic offer data. what i can offer: a fortnightly summary of "
     "enquiries by course from jan 18, and a scoping session with their admissions team in april. they're a big account", "weekly|fortnightly summary"),
    ("the water utility's network planner, gustav, emailed asking if we could predict burst mains for every street in their district by spring. "
     "need to decline: we're two people on the leak-detection retrain due jan 29, and we have no pipe-age data for their district. what i can "
     "offer: a monthly list of the 50 streets with the most leak alerts from feb 1, and a workshop with their engineers in may once the pipe "
     "records are shared. draft it", "monthly list"),
]


@pytest.mark.parametrize("question,offer", DECLINES)
def test_a_no_declines_what_they_asked_never_what_we_offer(question, offer):
    inp, msg = _draft(question)
    lead = msg.body.split("\n\n")[1]
    assert lead.startswith("Thank you for asking whether we could") and "can't take it on" in lead
    assert not re.search(offer, lead, re.I) and re.search(offer, msg.body, re.I)
    assert "The reason:" in msg.body and re.search(r"\byour (?:historic offer|district)\b", msg.body)
    assert re.search(r"\byour (?:admissions team|engineers)\b", msg.body) and "their" not in msg.body
    assert msg.body.rstrip().endswith("in the meantime?")


def test_a_reader_is_placed_by_the_words_beside_their_name():
    assert relation_of("email ilse, programme officer at the hawthorn foundation, about ...", "Ilse", "", "") == "funder"
    assert relation_of("write to bram (ops lead at our biggest customer) about ...", "Bram", "", "") == "customer"
    assert relation_of("dr ng, discharge lead at a hospital trust that refers patients to us", "Dr Ng", "", "") == "partner"
    assert relation_of("tell priya the rota changes", "Priya", "report", "") == "report"


def test_a_range_is_explained_to_the_reader_never_their_request_pasted_back():
    question = ("the vineyard owner, margit, wants 'one figure' for this year's grape tonnage so she can agree the price with the winery. the "
                "model gives a ninety percent chance of between one hundred and twenty and one hundred and sixty tonnes, mostly depending on hail "
                "in july and whether the mildew comes back. she hates maths talk. write her a short note on why it's a range, and what we "
                "suggest: agree one hundred and thirty tonnes with the winery and sell any extra to the co-op")
    inp, msg = _draft(question)
    assert inp.brief.range_low == 120 and inp.brief.range_high == 160 and inp.brief.range_chance == 0.9
    body = msg.body
    assert "wants 'one figure'" not in body and "she" not in body.lower().split()
    assert "I know you'd like one figure for this year's grape tonnage, so you can agree the price" in body
    assert "between 120 and 160 tonnes" in body and "hail in July" in body
    assert "A single number would hide that spread" in body and "130 tonnes sits near the bottom" in body
    assert "maths talk" not in body


def test_a_no_said_any_way_to_a_request_they_put_to_us_is_a_decline_with_the_offer():
    question = ("write to wenzel, ops manager at a bakery chain (a customer), who asked us to forecast sales of every loaf at every shop by "
                "easter. answer is no for now: we only get their sales as weekly totals, and both of us are on the waste model until march. "
                "we can give him a daily forecast for their 10 biggest shops from feb 1")
    inp, msg = _draft(question)
    assert inp.brief.declined.startswith("to forecast sales of every loaf") and inp.brief.relation == "customer"
    lead = msg.body.split("\n\n")[1]
    assert lead.startswith("Thank you for asking us to forecast sales of every loaf at every shop") and "can't take it on" in lead
    assert "The reason: we only get your sales as weekly totals" in msg.body
    assert "daily forecast for your 10 biggest shops" in msg.body and "him" not in msg.body.split()
    assert msg.subject == "Your request to forecast sales of every loaf at every shop"


def test_money_we_need_is_asked_for_even_when_the_note_reads_like_news():
    _, msg = _draft("email our chair, henrike: we need €1.5m to add a second sorting line for the recycling model, payback 18 months, "
                    "decision at the april board")
    lead = msg.body.split("\n\n")[1]
    assert lead == "I'm writing to ask for €1.5m to add a second sorting line for the recycling model."
    assert "The payback is 18 months." in msg.body
    assert msg.body.rstrip().endswith("Can you approve this for the April board, or tell me what you'd need to see first?")


def test_a_plain_point_after_a_no_is_its_reason_and_notes_about_the_reader_stay_with_the_writer():
    _, msg = _draft("decline nicely: the sales director, bruno, wants us to build a deal-scoring model by feb 1. we're on the pricing "
                    "retrain. they're a big internal customer. we can offer the existing win-rate dashboard this week")
    assert "The reason: we're on the pricing retrain." in msg.body
    assert "big internal customer" not in msg.body and "win-rate dashboard this week" in msg.body


def test_a_people_ask_with_a_cost_and_a_payoff_adds_them_up_and_passes_the_number_check():
    from agent.checks import content_problems, numbers_given

    question = ("need to ask odile (our CFO) for two more reliability engineers for the kiln team. each engineer is about eighty thousand "
                "euro a year all in. every tenth of a percent of kiln uptime is worth around two hundred k a year, and the vibration "
                "model alone is aiming for half a point. one page please")
    inp, msg = _draft(question)
    assert "€160k a year (2 × €80k, my sum)" in msg.body
    assert "€1M a year (5 × €200k, my sum)" in msg.body
    s = parse_situation(question, None, TODAY)
    assert not [p for p in content_problems(msg.body, question, numbers_given(question, []), s) if p.check == "wrong-number"]


def test_a_range_with_its_unit_after_the_high_end_and_its_chance_as_odds_is_read_as_numbers():
    from agent.draft_brief import explained_range

    got = explained_range("the ops director, ines, wants one number for the spring orders so she can book the trucks. we give about "
                          "sixty-five percent odds of between two hundred and forty and three hundred and five pallets, mostly depending "
                          "on the weather. what we suggest: book two hundred and fifty pallets now")
    assert (got["range_low"], got["range_high"], got["range_unit"], got["range_chance"]) == (240, 305, "pallets", 0.65)


# ---- A question about what a model does, answered first (fresh phrasings, none from a blind set).
WHY_QUESTIONS = [
    ("our COO, Ingeborg, is fuming because the returns model flagged 60 orders as fraud on Monday and only 4 were. she wants to know why "
     "it cries wolf. facts: it catches about 9 of every 10 fraudulent returns. of the flagged ones roughly 1 in 12 are real fraud. if we make it "
     "flag less it lets more fraud through, and a missed fraud ring means a six-figure loss. from march a quick manual review on every flag so "
     "customers only hear from us when it is confirmed. short reply, no stats words",
     "Ingeborg", "false_alarms", "9 of every 10"),
    ("my director Pieter asked why the leak detector still misses some pipe bursts, and whether we could make it catch every single one. "
     "facts: it finds 91 of every 100 bursts, while the old pressure rules found about 70. about one in five of its alerts is a healthy pipe. "
     "if we tuned it to find 98 of 100, about half its alerts would be healthy pipes, which would send crews out for nothing. every alert is "
     "checked by the duty engineer before a crew goes out. plain words please",
     "Pieter", "misses", "91 of every 100"),
]


@pytest.mark.parametrize("question,name,kind,rate", WHY_QUESTIONS)
def test_a_question_about_what_a_model_does_is_answered_first_in_plain_words(question, name, kind, rate):
    inp, out = _draft(question)
    kinds = [a.kind for a in inp.brief.answers]
    assert kinds[0] == kind
    body = out.body
    lead, answer = body.split("\n\n")[1:3]
    assert lead.startswith(("You asked", "A ", "The ")) and "asked" in lead  # what they asked, said back first
    assert answer.startswith(("The short answer:", "Why it misses some:"))  # then the answer, before any figure of ours
    assert rate in body and "you could put it this way" in body  # the manager's figure kept, and a line to repeat
    assert not re.search(r"(?i)\b(?:precision|recall|false positive|is fuming|you are fuming)\b", body)


def test_two_questions_get_two_answers_and_could_it_catch_all_names_the_trade_off():
    inp, out = _draft(WHY_QUESTIONS[1][0])
    assert [a.kind for a in inp.brief.answers] == ["misses", "catch_all"]
    assert "Could it catch every one? Only by raising far more false alarms" in out.body
    assert "more of them than the old pressure rules did" in out.body  # the comparison the manager gave
    assert "the duty engineer checks every flag" in out.body


def test_a_use_of_a_models_figure_the_manager_advises_against_is_explained_with_where_it_will_be_proposed():
    question = ("Our board member Tancredi read that our arrears model is '92% accurate' and plans to suggest at the March board that we use it "
                "to refuse new tenancies. I need to explain why that would be a mistake. About 92 in every 100 tenants never fall behind anyway, "
                "so saying 'nobody falls behind' would also be 92% accurate. Of every 10 applicants it would refuse, roughly 6 would have paid on "
                "time. We recommend using it to offer early budgeting help, not to decide who gets a tenancy.")
    inp, out = _draft(question)
    assert inp.purpose == "explain_uncertainty"
    assert [a.kind for a in inp.brief.answers] == ["misuse"]
    assert "proposing at the March board that we use it to refuse new tenancies, and I'd advise against it" in out.body
    assert "'92% accurate' says much less than it sounds here" in out.body
    assert "good enough to help us offer early budgeting help, but not to decide who gets a tenancy" in out.body


def test_a_question_about_a_date_is_no_question_about_the_model():
    question = "Hedda asked whether we will miss the 1 March launch. label 2-3 weeks, train 2 weeks, start jan 4. write her a straight answer"
    inp, _ = _draft(question)
    assert inp.brief.answers == []


def test_a_people_ask_puts_the_sum_of_its_costs_and_payoff_right_after_the_ask():
    question = ("need a note to our COO, Leopold, asking for two more data engineers for the sorting line. the four of us run at about 130%, "
                "backlog is roughly nine weeks. each engineer costs around seventy thousand euros a year all in. last year mis-sorted parcels "
                "cost us about five hundred thousand euros in re-deliveries, and the new label reader should catch about half of those.")
    _, msg = _draft(question)
    paragraphs = msg.body.split("\n\n")
    assert paragraphs[2].startswith("Adding it up: the two hires cost about €140k a year together (2 × €70k, my sum); half of that €500k loss is about €250k")


def test_the_readers_fallback_and_what_they_want_to_say_are_read_in_their_words():
    from agent.draft_brief import reader_plans

    assert reader_plans("Will the scanner be live by 3 May? If not, I need to know now so I can cancel the training day.")["if_not"] == "cancel the training day"
    assert reader_plans("I need to know whether I can promise it to the board.")["can_say"] == "promise it to the board"
    assert reader_plans("will it be ready by friday? thanks") == {"if_not": "", "can_say": ""}


def test_a_miss_that_is_no_detectors_trade_off_gets_no_stock_answer():
    inp, _ = _draft("our CFO Halvard asked why the demand forecast missed the black friday spike so badly. facts: it was trained on two "
                    "years without a sale that size, the promo calendar came in late. write him a plain short reply")
    assert inp.brief.answers == []


def test_a_yes_or_no_asked_directly_keeps_what_the_reader_would_say_on_it():
    from agent.draft_brief import reader_plans

    plans = reader_plans("Can we tell the franchise owners at the March summit that the pricing model covers every store? yes or no")
    assert plans["can_say"] == "tell the franchise owners at the March summit that the pricing model covers every store"
    assert reader_plans("we can tell from the logs that the model drifted")["can_say"] == ""


def test_what_the_ask_saves_the_reader_from_is_kept_in_the_managers_terms():
    from agent.draft_brief import cost_of_not

    said = cost_of_not("ask the coo for one more analyst, we're at 140% and without them the spring catalogue in march slips to june")
    assert said == "Without them, the spring catalogue slips from March to June"
    assert cost_of_not("need 2 annotators for 3 weeks, otherwise tom labels the 4,000 claims himself") == "Otherwise, tom labels the 4,000 claims himself"
    assert cost_of_not("we ran without them last quarter. need one more engineer") == ""  # no consequence said, only a time


def test_the_other_half_of_an_either_or_question_is_the_readers_fallback():
    from agent.draft_brief import reader_plans

    plans = reader_plans("will the churn scores be ready by the 9th, or should we run the retention mailing on last quarter's list? reply short")
    assert plans["if_not"] == "run the retention mailing on last quarter's list"
    assert reader_plans("is it the data or the model? explain")["if_not"] == ""


def test_why_a_person_still_checks_the_flags_is_answered_with_how_few_flags_are_real():
    from agent.draft_brief import answered_questions

    q = ("note for our chair, Odile, not technical. She saw the new returns-abuse model is '95% accurate' and asked why our team still "
         "reviews every flagged return by hand. Facts: only about 2 in 100 returns are abusive, so flagging none would look 98% accurate; "
         "of the returns the model flags, about 1 in 3 turns out to be abuse; it catches about 3 in 4 abusive returns we later confirm.")
    points = [Point(kind="point", text=x) for x in (
        "only about 2 in 100 returns are abusive, so flagging none would look 98% accurate",
        "of the returns the model flags, about 1 in 3 turns out to be abuse",
        "it catches about 3 in 4 abusive returns we later confirm")]  # fmt: skip
    brief = answered_questions(q, {"question_asked": "why our team still reviews every flagged return by hand"}, points)
    assert brief["answers"][0]["kind"] == "human_check"
    assert brief["answers"][0]["answer"].startswith("most of the returns it flags are not abuse: only about 1 in 3 turns out to be abuse")
    assert "'95% accurate'" in brief["answers"][0]["answer"]


# A question the manager expects the reader to ask in a slip: answered with their answer, or a place left for it;
# never said back to the reader as 'You'll want to know ...', and the slip stays the message.
ANTICIPATED = [
    ("tell Mirela the churn dashboard slips from 11 Dec to 8 Jan because the warehouse migration broke the export. she'll want to know "
     "if the Q1 staffing plan needs to change.", "Mirela", "whether the Q1 staffing plan needs to change", ""),
    ("write to Odile: the demand forecast moves from jan 15 to feb 5, the new store data came late. she'll probably ask whether her spring "
     "rota has to be redone - it doesn't, the rota only needs the forecast by march", "Odile", "whether your spring rota has to be redone",
     "it doesn't, the rota only needs the forecast by March"),
    ("note to Bram (ops director): the route optimiser pilot slips from 18 Dec to 22 Jan because the GPS feed vendor changed their API. "
     "he'll want to know if the January depot trial can still go ahead.", "Bram", "whether the January depot trial can still go ahead", ""),
]


@pytest.mark.parametrize("question,name,asked,answer", ANTICIPATED)
def test_a_question_the_reader_will_ask_is_answered_in_the_slip_or_left_for_the_manager(question, name, asked, answer):
    inp, msg = _draft(question)
    assert inp.purpose == "forecast_risk" and inp.brief.anticipated == asked and inp.brief.anticipated_answer == answer
    assert msg.body.split("\n\n")[0] == f"Hi {name},"
    assert f"You may be wondering {asked}: {answer or '[your answer]'}." in msg.body
    assert not re.search(r"(?i)you'll (?:probably )?(?:want to know|ask)|she'll|he'll", msg.body)
    assert any("Fill in your answer" in n for n in msg.notes) == (not answer)
