"""A message's purpose comes from what it must do, never from how it should sound: asking for money, people or time is
a resource ask however the reader likes it worded; a reader's wrong idea of a number is explained; a change the manager
has decided for their own team is announced; a pasted list of asks with 'which first' is triaged; a question the
reader asked is answered; a date moved for a customer is a slip. Phrasings written fresh, in industries the eval sets
do not use."""

import pytest

from agent.understanding import parse_situation

RESOURCE_ASKS = [
    # style words about the reader ('hates jargon', 'non-technical', 'plain english') never make it an explanation
    "need another 9k a month of cloud credits for the crop-yield model retrains, every run waits a day and a half in the "
    "queue and 2 scientists sit idle. the finance director is priyanka, she's not technical, keep it plain",
    "I have to get 3 more annotators from our COO for the x-ray triage labels, backlog is 11 weeks. he hates jargon",
    "our ops VP, marguerite, has to sign off 2 extra data engineers for the freight ETA team. we're 5, half our week goes "
    "on broken pipelines. plain english pls, no stats",
    "want to ask the museum's director for 6 more weeks of the contractor on the visitor-flow model. no technical words",
    "request for £20k of GPU time to retrain the claims fraud model before renewal season, going to the CFO who glazes "
    "over at maths. short",
]
EXPLANATIONS = [
    # the reader has a number wrong: the message explains what it means for them
    "our head of merchandising believes 88% precision on the shelf-gap detector means 12% of store visits are wasted "
    "in every store. it's much worse in the small-format shops. help me put him straight, briefly",
    "the ports director reads our 'P80 of 14 days' as a promise that 80% of ships clear in 14 days. it isn't. write "
    "something she can follow",
    "our chief nurse thinks a 0.9 AUC on the sepsis alert means 9 out of 10 alerts are real. walk her through it in a "
    "short note",
    "the publisher keeps saying our recommender is '70% accurate' to authors like it's a grade. help me tell him what "
    "that number does and doesn't mean",
]
ANNOUNCEMENTS = [
    # a decided change for the manager's own people: announced, never refused or turned into a proposal
    "we've made the call: the churn work stops at the end of the month and all 4 of us move to the tariff forecasting "
    "model, because the regulator moved the filing date. write it up for my team, a couple of them built churn from scratch",
    "decision is made - from february the night on-call rota goes from weekly to fortnightly shifts and we add a second "
    "person on weekends. let my engineers know",
    "it's final: the seed-germination vision project is shelved and Tomasz and Ines join the irrigation forecasting work "
    "from next sprint. need a note to the team, they'll be disappointed",
    "heads up for my group of 6: we're switching the warehouse-slotting model from weekly to daily retrains starting "
    "january 12. decided yesterday with ops. write the post",
]
TRIAGES = [
    # several asks pasted in, and which one first: triage, not a message
    "three things landed on me today:\n- \"route planner sending trucks to a closed depot since noon\" - dispatch\n"
    "- \"need the emissions model card for the auditors by the 20th\" - legal\n"
    "- \"can the ETA widget show minutes not hours\" - a PM\nwhich first?",
    "inbox this morning:\n1) ward bed-forecast dashboard blank since the overnight refresh (charge nurse)\n"
    "2) ethics board wants our consent-log summary by fri\n3) could we try a bigger model for discharge notes? (intern)\n"
    "how do i order these",
    "half a day spare this week. asks:\n* the pricing model is quoting zero for all hotel rooms in Lisbon (revenue team)\n"
    "* VP wants a slide on model costs for next month's offsite\n* someone suggested switching notebooks to a new IDE\n"
    "what should I do first",
]
ANSWERS = [
    # the reader asked: the message answers them first
    "the harbour master asked whether the berth-scheduling model will be live before the spring season. honestly it's "
    "a coin flip, we find out after a 2 week shadow run starting march 2. answer him straight",
    "Olamide from finance asked if the invoice-matching model can go live this quarter. it's likely, about 70%, we'll "
    "know after UAT ends on the 18th. reply to her",
    "farm co-op chair asked me whether the frost-warning model will be ready for lambing. probably not, 1 in 3, the "
    "sensor install is late. what do i tell him",
]
SLIPS = [
    # a date moved for a customer: the slip itself is the purpose
    "have to tell our client (a wind farm operator, contact is Mireille) the blade-crack detector moves from jan 30 to "
    "mar 6: the drone footage they sent was half blurred. we can send a manual weekly inspection shortlist until then. "
    "draft it",
    "need to let the school district's IT lead, Desmond, know the attendance-risk model slips from nov 20 to jan 8 "
    "because their roster export arrived 3 weeks late. meanwhile we'll email a weekly list of flagged students. write it",
]


@pytest.mark.parametrize("question", RESOURCE_ASKS)
def test_asking_for_money_people_or_time_is_a_resource_ask_however_it_should_sound(question):
    s = parse_situation(question, None)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "ask_for_resources"


@pytest.mark.parametrize("question", EXPLANATIONS)
def test_a_readers_wrong_idea_of_a_number_is_explained(question):
    s = parse_situation(question, None)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "explain_uncertainty"


@pytest.mark.parametrize("question", ANNOUNCEMENTS)
def test_a_decided_change_for_my_own_team_is_announced(question):
    s = parse_situation(question, None)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "announce_change"


@pytest.mark.parametrize("question", TRIAGES)
def test_a_pasted_list_of_asks_with_which_first_is_triaged(question):
    assert parse_situation(question, None).intent == "triage"


@pytest.mark.parametrize("question", ANSWERS)
def test_a_question_the_reader_asked_is_answered(question):
    s = parse_situation(question, None)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "answer_question"


@pytest.mark.parametrize("question", SLIPS)
def test_a_date_moved_for_a_customer_is_a_slip(question):
    s = parse_situation(question, None)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "forecast_risk"


def test_an_off_topic_word_inside_a_products_name_is_the_teams_work():
    s = parse_situation("it's decided: the weather-poem generator for the tourism board is paused and the team moves to "
                        "the booking-demand forecaster from monday. announce it to my team", None)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "announce_change"


def test_what_a_problem_costs_is_not_the_price_of_the_ask():
    from agent.understanding.messages import cost_in

    assert cost_in("ask my VP for 2 more engineers. stockouts cost the retailer ~$2.4M last year") is None
    assert cost_in("ask my VP for 2 more engineers, roughly 160k loaded each")[0] == "roughly 160k loaded each"
    assert cost_in("ask finance for a second GPU node, it costs about $38k")[0] == "about $38k"


@pytest.mark.parametrize(
    "question, purpose",
    [
        # words asked for about why a number is not settled, or what it really means, explain it
        ("marketing VP wants to roll the new bid model to every region. write him a few lines on why the 4% lift isn't "
         "locked in yet, the range was -2% to +9%", "explain_uncertainty"),
        ("the hospital trust chair read that our bed forecaster is '85% accurate' and wants to cut the manual review. "
         "i need a short explanation she can follow, and i'd keep the review until spring", "explain_uncertainty"),
        ("our CFO told the board the fraud score is 'wrong 3 times in 10'. what it actually means: of the claims it flags, "
         "7 in 10 are real, against 1 in 40 overall. short note he can reuse", "explain_uncertainty"),
        # a resource ask whose reader is named between commas
        ("I need to ask our CMO, Farida, for one additional analytics engineer; we're at 125% and the backlog is 10 weeks",
         "ask_for_resources"),
    ],
)
def test_the_job_of_the_words_asked_for_picks_the_purpose(question, purpose):
    s = parse_situation(question, None)
    assert s.intent == "stakeholder_message" and s.get("purpose") == purpose
