"""Who a message is for and what it carries, in phrasings of our own: the sender of a message that came in, the
recipient's organisation, a group or channel, someone introduced by role and then called 'her', the chance said of
the date that matters, a counter-offer in the manager's words, a slip's old date."""

from datetime import date

import pytest

from agent.understanding import parse_situation

TODAY = date(2026, 12, 4)


def _facts(question: str) -> dict:
    return {f.name: f.value for f in parse_situation(question, None, TODAY).facts}


def test_the_reply_goes_to_whoever_the_message_came_in_from() -> None:
    facts = _facts('this came in from ilaria (head of partnerships): "can we promise the ranking refresh for mar 3?" odds are 40% for mar 3, 80% by mar 24. draft my reply')
    assert facts["recipient"] == "Ilaria"


@pytest.mark.parametrize(
    ("question", "chance"),
    [
        ('can we tell retail the pricing model is live on jan 20? our forecast says 1 in 4 for jan 20, 70% by feb 10. reply to my vp', 0.25),
        ('vp asks if the ocr model is ready by feb 2. honestly 60% by feb 16, maybe 30% for feb 2. write the answer', 0.3),
    ],
)
def test_the_chance_said_of_the_date_that_matters_is_the_one_used(question: str, chance: float) -> None:
    assert _facts(question)["success_probability"] == pytest.approx(chance, abs=0.01)


def test_a_recipient_at_an_outside_organisation_is_written_to_as_a_customer() -> None:
    s = parse_situation("email to joost at harbor logistics: the eta model refresh moves from dec 18 to jan 8 because their gps feed dropped for a week", None, TODAY)
    assert s.get("recipient") == "Joost" and s.get("recipient_org") == "Harbor Logistics"
    assert s.get("audience") == "customer" and "harbor logistics" in s.fact("audience").text


def test_a_recipient_in_our_own_department_is_not_a_customer() -> None:
    s = parse_situation("note to petra from the finance team: the forecast refresh slips to jan 8", None, TODAY)
    assert s.get("audience") != "customer"


@pytest.mark.parametrize(
    ("question", "group"),
    [
        ("announcement for #ranking-ml: from jan 4 every model change goes through the eval gate. decided, not a proposal", "#ranking-ml"),
        ("weekly update for our VP ines + the 4 regional leads: churn v2 is at 0.81 AUC, rollout next week", "the 4 regional leads"),
    ],
)
def test_a_group_or_channel_the_message_is_for(question: str, group: str) -> None:
    assert _facts(question)["recipient_group"] == group


def test_someone_introduced_by_role_and_title_then_called_her_is_the_recipient() -> None:
    facts = _facts("our head of clinical quality prof. okafor says the triage classifier got worse: recall went from 92% to 87%. it did not, the labels changed. explain it to her without jargon")
    assert facts["recipient"] == "Okafor"
    assert facts["project"] == "triage classifier"


def test_a_counter_offer_keeps_the_managers_words() -> None:
    facts = _facts("lukas (sales ops) wants a churn dashboard by friday. no. what i can offer: after the retrain ships we send him one weekly csv, first one jan 11. write it")
    assert facts["offer"].endswith("first one jan 11")


def test_the_old_date_of_a_slip_is_not_a_start() -> None:
    facts = _facts("email to the board: the audit model slips from the 18th to the wk of jan 11")
    assert facts["deadline"] == "2026-12-18" and facts["new_date"] == "2027-01-11" and "start_date" not in facts


def test_a_head_of_anything_in_brackets_after_the_recipient_is_an_executive() -> None:
    assert _facts("tomas (head of merchant onboarding, not in the team file) wants a fraud score api by xmas. no. write it")["audience"] == "exec"


def test_a_quoted_question_after_the_askers_name_and_mood() -> None:
    facts = _facts("vp ops anneke, pretty irritated: 'the model said 400 returns a day and we got 610. why?' truth: 610 was inside our range. explain it, no maths talk")
    assert facts["question_asked"].endswith("why?") and facts["purpose"] == "explain_uncertainty"


def test_the_asker_back_again_with_a_new_ask() -> None:
    from tools.team import load_team

    s = parse_situation("dmitri from risk is back, now wants aisha to rerun the exposure numbers by monday. ok?", load_team("examples/team.yaml"), TODAY)
    assert s.get("requester") == "Dmitri"


def test_the_work_they_would_help_build() -> None:
    from tools.team import load_team

    s = parse_situation("hana from growth is asking for marco two days a week for a month to help build a referral scoring service. ok?", load_team("examples/team.yaml"), TODAY)
    assert s.get("new_work") == "referral scoring service"


def test_a_decision_cleared_with_the_boss_and_its_reason() -> None:
    facts = _facts("post for the team, decided and signed off with my director last week: from jan 4 no model ships without an on-call owner. reason: the outage in oct. under 100 words")
    assert facts["decision"] == "from jan 4 no model ships without an on-call owner"


def test_a_report_named_in_brackets_is_written_to_in_private() -> None:
    s = parse_situation('make this kinder, it\'s going to noor (one of my reports):\n"Noor, the dashboard was late again. Fix it by Monday."', None, TODAY)
    assert s.get("audience") == "report"


def test_odds_asked_for_a_date_are_the_confidence_wanted() -> None:
    assert _facts("what would it take to land the ocr model by feb 12 with like 85% odds?")["confidence_level"] == 85


def test_an_offer_ends_before_the_note_on_how_to_say_no() -> None:
    facts = _facts("ops wants a custom eta model by xmas. what i'll offer: the generic eta model retrained on their lanes by jan 20. say no nicely but say no")
    assert facts["offer"] == "the generic eta model retrained on their lanes by jan 20"


def test_two_goals_for_one_rework_are_both_in_what_was_understood():
    q = 'make this softer and shorter, for tomas on the billing team: "Tomas, the invoice export broke again. Fix it before 5pm today."'
    said = parse_situation(q, None, date(2026, 12, 4)).fact("purpose")
    assert said is not None and said.value == "rewrite"
    assert "softer" in said.text and "shorter" in said.text


def test_the_cost_of_the_ask_not_what_is_spent_now() -> None:
    assert _facts("need the cfo (ana) to sign off a reserved gpu commitment. we spend ~40k/mo on on-demand now. reserving 8 gpus for 6 months is ~22k/mo. write the ask, one paragraph")["cost"] == "~22k/mo"
    assert _facts("ask my director for 1 more MLE. downtime cost us 2.4M this year. an MLE is ~120k EUR loaded")["cost"] == "~120k EUR loaded"


def test_someone_who_chairs_a_group_is_an_executive() -> None:
    assert _facts("email to prof. lindqvist (chairs the clinical partners board). the triage model slips from jan 15 to feb 8")["audience"] == "exec"


def test_telling_another_teams_lead_is_no_announcement_to_my_team() -> None:
    facts = _facts("tell the platform team lead (gustavo) we can't take the feature store migration before march. short and friendly")
    assert facts["purpose"] != "announce_change" and facts.get("audience") != "own_team" and facts["recipient"] == "Gustavo"


@pytest.mark.parametrize("q, who", [
    ("cfo marguerite asked in the leadership channel 'what does the churn model save us per year?' help me answer, no jargon", "Marguerite"),
    ("Our Head of Partnerships, Ottilie, wrote to me: \"Is the matching model live for all partners by March?\" draft a reply", "Ottilie"),
    ("write the ask to our gm of logistics, bruno, for two more analysts, about 9k a month each", "Bruno"),
    ("ingrid (new director of claims operations, not in the team file) emailed: 'can we get fraud scores on every claim by Q2?' reply pls", "Ingrid"),
    ("Please draft an email to Alderman Whitcombe, who chairs the parks board: the footfall model moves to March.", "Whitcombe"),
    ("weekly to our CTO moana pls, short: eval harness done, retrain starts monday", "Moana"),
])
def test_the_reader_is_read_from_a_role_with_a_name(q, who):
    assert parse_situation(q, None, TODAY).get("recipient") == who


def test_a_pasted_message_signed_at_its_end_is_from_its_signer():
    q = 'mail from the ops director, need to answer today:\n"Will the rostering model cover all 12 depots by 1 March? Just need a yes or no. Thanks, Leopold"\nmy numbers: 70% by 1 march, the 3 rural depots are the risk'
    s = parse_situation(q, None, TODAY)
    assert s.get("recipient") == "Leopold"
    assert s.get("purpose") == "answer_question"
    assert s.get("deadline") == "2027-03-01"  # the date their question is about, not another date around it


def test_a_weekly_to_someone_is_a_progress_update():
    s = parse_situation("weekly to our cpo dara + the 2 risk leads pls: canary at 3 of 7 markets, android blocked in store review", None, TODAY)
    assert s.get("purpose") == "progress_update"


def test_things_slipping_through_a_check_are_no_schedule_slip():
    s = parse_situation("cfo asked 'how many bad loans will slip through the new model?' help me answer with our 1-2% miss rate", None, TODAY)
    assert s.get("purpose") != "forecast_risk"


def test_a_project_named_by_its_own_word_beats_one_matched_by_shared_words():
    from tools.team import load_team

    q = "new risk director emailed: 'can the graph fraud work be in our Q1 review plan? need it by the 18th.' use lena's numbers. reply in 4 lines, honest odds, offer a checkpoint instead of a flat yes/no"
    s = parse_situation(q, load_team("examples/team.yaml"), TODAY)
    assert s.get("project") == "Graph fraud research"
    assert s.get("purpose") == "answer_question"


def test_a_unit_cost_keeps_its_period_its_each_and_the_total_said_after_it():
    s = parse_situation("write the ask to our coo, imelda, for 2 contractors for six months: they run about 18k a month each, so roughly 216k for the lot", None, TODAY)
    assert s.get("cost") == "about 18k a month each, so roughly 216k for the lot"
    assert parse_situation("ask my vp for 2 more MLEs, ~170k each", None, TODAY).get("cost") == "~170k each"


def test_a_promise_someone_made_is_the_work_declined_and_a_group_with_an_ampersand_is_read():
    s = parse_situation("our head of sales told a logistics client we'd do live ETA rerouting for all their depots 'by march'. we can't. what i'll offer: the daily ETA file from feb 1. write it to tomasz", None, TODAY)
    assert s.get("new_work") == "live ETA rerouting"
    g = parse_situation("weekly to our cpo dara + the 2 trust & safety leads pls: canary at 3 of 7 markets", None, TODAY)
    assert g.get("recipient_group") == "the 2 trust & safety leads"


def test_the_organisation_of_a_rewrites_reader_after_their_role():
    q = "Make this firmer. It goes to Priyanka, our account manager at Northwind Analytics, whose feed broke twice.\n\"Hi Priyanka, sorry to bug you! Could you maybe look at the feed if you get a chance? Thanks!\""
    s = parse_situation(q, None, TODAY)
    assert s.get("recipient") == "Priyanka" and s.get("recipient_org") == "Northwind Analytics"
    assert s.get("person") != "Analytics"


@pytest.mark.parametrize("q", [
    'fix the grammar and make it flow better pls: "hi team, the retrain are done and we ship tuesday, its look good, eval numbers is up 3 points"',
    "make it clear it's a no, I keep leaving the door open. to omar in sales who wants a demo model: \"Hi Omar, thanks for thinking of us! We're stretched but maybe in Q2 if things calm down? Let me know!\"",
])
def test_more_ways_of_asking_for_a_rewrite(q):
    s = parse_situation(q, None, TODAY)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "rewrite"


def test_words_inside_a_pasted_message_are_no_subject():
    s = parse_situation('rewrite this for our CFO: "Inference costs are up 40% since we moved to the bigger model."', None, TODAY)
    assert s.get("person") is None and not s.unclear


def test_the_chance_said_of_the_date_their_question_is_about():
    q = 'mail from our ops director, reply today:\n"Can I tell the board the rostering model covers all 12 depots by 1 March? Yes or no. Leopold"\nmy numbers: about 55% for all 12 by march 1, 90% by march 29. keep it short'
    s = parse_situation(q, None, TODAY)
    assert s.get("deadline") == "2027-03-01" and s.get("success_probability") == 0.55


def test_explain_to_our_coo_is_a_message_and_non_technical_is_no_name():
    s = parse_situation("explain to our coo (non-technical) why the pricing model is 5 to 9 weeks and not a date", None, TODAY)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "explain_uncertainty"
    assert s.get("person") is None


def test_a_decided_no_with_what_we_can_do_is_the_reply_without_asking_for_words():
    q = "head of growth ines wants a churn-bonus model before easter. not doing it: eight weeks of work and legal won't sign off. what we can do: a weekly at-risk list from jan 20. she's senior, polite but firm"
    s = parse_situation(q, None, TODAY)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "decline_or_negotiate"
    assert s.get("recipient") == "Ines" and s.get("project") != "not doing it"


def test_need_to_ask_someone_for_a_hire_is_the_ask_to_them():
    s = parse_situation("need to ask oyelaran (GM operations) for 1 forecasting/ML hire, about $180k loaded. the numbers: reruns take 8 days", None, TODAY)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "ask_for_resources"
    assert s.get("recipient") == "Oyelaran"


def test_a_message_named_by_its_kind_is_that_kind_whatever_its_content_says() -> None:
    facts = _facts("status report to my vp: data pipeline migrated. eval harness half done. risk: if not approved by the 9th we slip a sprint")
    assert facts["purpose"] == "progress_update"


def test_asking_for_an_extra_amount_is_a_resource_ask_with_its_cost() -> None:
    facts = _facts("note to ingrid in procurement asking for an extra €9k/month of cloud credits so we can run nightly evals")
    assert facts["purpose"] == "ask_for_resources"
    assert facts["cost"] == "€9k/month"


def test_a_per_person_cost_said_before_fully_loaded_is_read_whole() -> None:
    assert _facts("write the ask to my director for three data engineers, ~180k each fully loaded")["cost"] == "~180k each fully loaded"


def test_a_number_that_moved_for_a_known_reason_is_explained() -> None:
    facts = _facts("our cfo saw recall on the fraud dashboard fall from 0.81 to 0.74 because we added a new fraud type to the eval set. write her three sentences")
    assert facts["purpose"] == "explain_uncertainty"
    assert "request_title" not in facts


def test_an_answer_to_a_dated_question_reads_the_steps_left_and_a_retried_step_is_not_a_step_of_its_own() -> None:
    s = parse_situation(
        "the grid operator's ops lead wibke asked: 'will the feeder fault classifier be live for the april audit?' "
        "still to do: clean the historic trip logs 1-2 wks, fine-tune 3 wks (60% it clears the precision bar first go, "
        "failing that another 3 wk round), then 2 wks of shadow mode alongside the engineers. we kick off on the 11th. draft her a reply",
        None, TODAY)
    tasks = s.get("tasks")
    assert [t["weeks"][1] for t in tasks] == [1.5, 3.0, 2.0] and len(tasks) == 3
    tuned = tasks[1]
    assert tuned["success_probability"] == 0.6 and tuned["retry"] is True
    assert not s.has("success_probability")  # the chance is the step's, not the date's


def test_a_question_taken_from_a_pasted_message_leaves_its_greeting_and_quick_one_behind():
    from agent.understanding.messages import pasted_question, without_opening

    pasted = 'reply to bea for me:\n"Hey Bea here, quick question: can the churn scores be in the CRM by March 3? Finance plans on it."'
    assert pasted_question(pasted) == "can the churn scores be in the CRM by March 3?"
    assert without_opening("Hi Sol, quick 1 - is the tagger live yet?") == "is the tagger live yet?"
    assert without_opening("Hi there?") == "Hi there?"  # nothing left after the opening: the words stay as they were


def test_a_step_that_cannot_be_shortened_is_no_ask_to_shorten_a_message():
    from agent.understanding.messages import rewrite_asked

    assert not rewrite_asked("then a 3 week soak test, we can't shorten that, legal insists. do we make the apr 2 launch?")
    assert rewrite_asked("can you shorten this: Hi all, just a quick note that the pilot has moved to the 9th")


@pytest.mark.parametrize(
    "question",
    [
        "write to my head of ops to ask for 2 more data engineers. late pallets cost the warehouses ~€700k last year. draft it",
        "need to ask the COO for one more ML engineer. rejected batches run around £45k a month. draft it",
        "ask my VP for two contractors, we're losing about $30k a month to chargebacks",
    ],
)
def test_what_the_problem_costs_is_never_the_price_of_the_ask(question):
    s = parse_situation(question, None, date(2026, 12, 4))
    assert not s.has("cost")


def test_the_price_of_the_ask_is_kept_beside_a_loss():
    s = parse_situation("ask finance for a one-off €35k labelling budget. bad invoices cost us about €250k a year in write-offs", None, date(2026, 12, 4))
    assert "35k" in str(s.get("cost"))


def test_a_resource_ask_said_in_words_keeps_its_load_cost_and_headcount() -> None:
    facts = _facts("help me ask our director oyelaran for two more ml engineers. the four of us are at roughly a hundred and forty "
                   "percent, about eight weeks of backlog. each engineer is around seventy-two thousand pounds a year, and the "
                   "pricing model alone is worth about four hundred k a year")
    assert facts["headcount"] == 2
    assert facts["load_percent"] == 140
    assert "seventy-two thousand pounds" in facts["cost"]


def test_a_fraction_of_a_hire_is_no_headcount_of_its_decimals() -> None:
    facts = _facts("draft a note to my vp asking for one and a half more data scientists for the fraud work")
    assert facts.get("headcount") != 5
