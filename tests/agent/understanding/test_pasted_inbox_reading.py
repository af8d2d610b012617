"""A pasted inbox read request by request: who sent each (a team with its person in brackets, a role written as its
letters, a team signing as itself, 'X again'), what each asks (its first question, never a dangling 'it'), a legal clock
as a due date and not work, and the days the manager can give read from their own sentences only. Phrasings written for
this test."""

from datetime import date

from agent.understanding import parse_situation

TODAY = date(2026, 12, 4)


def _requests(q: str) -> list[dict]:
    s = parse_situation(q, None, TODAY)
    return s.get("requests") or []


def _s(q: str):
    return parse_situation(q, None, TODAY)


INBOX = """what do i do with these? i can release at most a day and a half of one engineer next week, everyone else stays on the timetable model.
[07:40] night desk (Tomasz): ferry ETA board showing every sailing as ON TIME since the 5am update, passengers queueing at the info desk
[09:05] GC: a passenger filed a subject access request for all CCTV stills of him. 30-day legal clock started monday. need the model team to pull them, ~half a day
[10:30] Warehouse: could you rerun the fuel forecast with the winter timetable? need it by the 15th, about a day
[12:10] Lowri: fancy trying an LLM for the complaints inbox? no rush
[12:45] Lowri again: actually can we talk about it in january"""


def test_each_sender_is_read_as_a_person_or_a_role() -> None:
    reqs = _requests(INBOX)
    assert [(r["requester"], r["requester_role"]) for r in reqs][:3] == [("Tomasz", "night desk"), ("", "GC"), ("", "Warehouse")]
    assert reqs[4]["requester"] == "Lowri"


def test_a_live_fault_in_the_paste_is_an_incident_and_the_others_are_not() -> None:
    kinds = [r["kind"] for r in _requests(INBOX)]
    assert kinds[0] == "incident"
    assert "incident" not in kinds[1:]


def test_a_legal_clock_is_a_due_date_counted_from_its_start_and_not_work() -> None:
    sar = _requests(INBOX)[1]
    assert sar["kind"] == "compliance"
    assert sar["deadline"] == "2026-12-30"  # Monday 30 Nov + 30 days
    assert sar["effort_days"] == 0.5


def test_titles_say_what_is_asked_never_a_dangling_it() -> None:
    reqs = _requests(INBOX)
    assert reqs[2]["title"] == "rerun the fuel forecast with the winter timetable"
    assert not any(r["title"].lower().startswith(("it ", "from ", "that ")) for r in reqs)


def test_the_budget_is_read_from_the_managers_own_sentence() -> None:
    s = _s(INBOX)
    assert s.get("interrupt_budget_days") == 1.5
    assert s.get("start_date") is None  # the legal clock's 'started monday' belongs to that request


def test_days_to_give_away_are_no_days_off() -> None:
    q = """got maybe two days of the team to give away next week, rest is on the pricing model. help me sort these:
- ops (Marit): the pick-path model is sending every picker to aisle 1 since last night's release
- finance: can someone pull margin per route for the board pack? need it by the 16th
- brand: any chance of an AI name generator for the spring range"""
    s = _s(q)
    assert s.get("interrupt_budget_days") == 2.0
    assert not s.get("days_off")
    reqs = _requests(q)
    assert reqs[0]["kind"] == "incident" and reqs[0]["requester"] == "Marit"
    assert reqs[1]["title"] == "pull margin per route for the board pack"


def test_an_incident_keeps_what_it_started_with_so_the_first_move_can_name_it() -> None:
    q = """which of these first? one day spare this week.
- dispatch (Kofi): the crew-matching model has been sending two vans to every job since yesterday's retrain, drivers turning up twice
- marketing: could we do a churn deck for january"""
    first = _requests(q)[0]
    assert first["kind"] == "incident" and "since yesterday's retrain" in first["title"]


REGULATOR_INBOX = """sort these for me, i have maybe three days of the team to spare before xmas
[08:10] Pilar (HSE manager): the food safety agency wants our allergen-detection model documented for the licence renewal, due feb 2. about 4 days
[09:30] Gustav (buying): can we get a quick supplier-delay forecast by the 16th? a day or two
[13:15] Noor (EHS): the permit for the new kiln needs our emissions estimates refreshed, by jan 20"""


def test_an_ask_from_a_regulator_or_for_a_permit_is_compliance_work_with_its_date() -> None:
    reqs = {r["requester"]: r for r in _requests(REGULATOR_INBOX)}
    assert reqs["Pilar"]["kind"] == "compliance" and reqs["Pilar"]["deadline"] == "2027-02-02"
    assert reqs["Noor"]["kind"] == "compliance"
    assert reqs["Gustav"]["kind"] != "compliance"


SUBJECT_INBOX = """three asks, maybe two days spare this week:
1) Wilhelmina (head of underwriting) says the lapse model has been scoring every policy as high risk since wednesday's deploy
2) the regulator (PRA, Ottilie) wants our model change log for the last year before the review starts 14 jan, a day or so
3) Casimir in procurement would like a supplier-risk score for the spring tender, 'no rush, two weeks maybe'"""


def test_a_line_whose_subject_is_the_sender_names_them_and_keeps_only_the_ask() -> None:
    reqs = _requests(SUBJECT_INBOX)
    assert [(r["requester"], r["requester_role"]) for r in reqs] == [
        ("Wilhelmina", "head of underwriting"), ("Ottilie", "regulator, PRA"), ("Casimir", "procurement")]
    assert reqs[0]["kind"] == "incident" and reqs[0]["title"].startswith("the lapse model has been scoring")
    assert reqs[1]["kind"] == "compliance" and reqs[1]["title"] == "our model change log for the last year"
    assert reqs[1]["deadline"] == "2027-01-14"


PROSE = ("can you help me order these. head of ops wants the fleet-idle report fixed by thursday (it's been blank since the "
         "warehouse cutover), legal needs the retention schedule for the telematics data before jan 15, about a day, and "
         "someone from the pricing team asked if we could take a look at dynamic surcharges some time next year. "
         "I've got about two days of slack.")


def test_asks_told_one_after_another_in_prose_are_an_inbox_each_with_its_asker() -> None:
    s = _s(PROSE)
    reqs = s.get("requests") or []
    assert [r["requester_role"] for r in reqs] == ["head of ops", "legal", "pricing team"]
    assert reqs[0]["kind"] == "incident" and reqs[0]["title"].startswith("the fleet-idle report fixed")
    assert reqs[1]["kind"] == "compliance" and reqs[1]["deadline"] == "2027-01-15"
    assert reqs[2]["title"].startswith("a look at dynamic surcharges")
    assert s.intents == ["triage"] and not s.has("purpose") and not s.has("audience")


def test_one_ask_in_prose_is_not_an_inbox() -> None:
    s = _s("head of ops wants the fleet-idle report fixed by thursday. can we do it without pulling anyone off the routing model?")
    assert not s.has("requests")


AT_LINES = """pasted from teams, what do i do with this lot
@ingrid: the churn scores in the CRM have all been 0 since last night's deploy, account managers are flying blind
@tarek (sales): can we get the Q1 pipeline numbers split by region? fri 18th at the latest
@mei: could ML help with a ticket-routing classifier some time?
i can spare one person for about a day and a half"""


def test_chat_lines_opened_by_an_at_name_are_requests_from_that_person() -> None:
    reqs = _requests(AT_LINES)
    assert [r["requester"] for r in reqs] == ["Ingrid", "Tarek", "Mei"]
    assert reqs[0]["kind"] == "incident"
    assert reqs[1]["deadline"] == "2026-12-18"


def test_a_skip_level_wanting_to_know_about_splitting_the_team_is_an_org_question_not_an_ask() -> None:
    s = _s("my skip-level wants to know if we should split into a 'platform' pod and a 'modelling' pod. we're 6. premature?")
    assert s.intents[0] == "archetype"


def test_a_single_ask_pinged_as_a_question_is_the_request() -> None:
    s = _s("the head of retail (Bogdan) messaged me: can we score which stores are likely to miss target before the "
           "regional review? it's really a week of work and we're flat out. yes or no?")
    assert str(s.get("request_title")).startswith("score which stores are likely to miss target")


def test_the_managers_own_need_to_say_no_is_not_the_request() -> None:
    s = _s("need to tell Oskar (he runs the claims ops team, a peer) no - he wants our two best analysts for a month from "
           "february for a fraud-ring graph. we're booked on the pricing refresh till march. what i can do: a half-day review.")
    assert str(s.get("request_title")).startswith("our 2 best analysts for 1 month")  # the title is read from the normalised words


COLD_SNAP = """snowed in and everyone wants something. maybe 2 days spare next week. what do i do with each of these:
- Roisin (dispatch, Omagh depot): "the outage predictor said 0 homes at risk for today but crews found 9 customers without heat this morning. pls look asap"
- building control inspector wants written docs on how we estimate boiler risk for flats with no sensor, by jan 15, prob 2 days work
- one of the account managers: "could we predict who'll upgrade to solar?? no rush\""""


def test_a_model_contradicted_by_what_people_found_today_is_live_and_senders_in_a_few_words_are_read() -> None:
    reqs = _requests(COLD_SNAP)
    assert reqs[0]["kind"] == "incident"
    assert reqs[1]["requester_role"] == "building control inspector" and reqs[1]["kind"] == "compliance"
    assert reqs[2]["requester_role"] == "one of the account managers" and reqs[2]["title"].startswith("predict who'll upgrade")


def test_a_sender_named_by_a_long_role_is_still_a_sender_and_the_budget_keeps_its_week() -> None:
    q = ("sorting this lot, we've got maybe 3 days of team time next week beyond the routing rebuild:\n"
         "[09:12] Head of Customer Care: the delay-prediction emails went out with yesterday's times, 4k customers\n"
         "[11:03] VP's executive assistant: need the count of late deliveries in Q3 for the ops review by thursday\n"
         "[14:40] Bronagh (finance): a quick look at fuel surcharge elasticity, whenever")
    s = _s(q)
    senders = [r.get("requester") or r.get("requester_role") for r in s.get("requests") or []]
    assert len(senders) == 3 and any("executive assistant" in x for x in senders)  # a four-word role is a sender too
    assert s.get("interrupt_budget_days") == 3 and "next week" in s.fact("interrupt_budget_days").text


def test_a_size_said_in_hours_is_the_asks_size_not_a_day_assumed() -> None:
    reqs = _requests("""which of these do we take? a day of slack next week.
[08:10] Ayodele (rostering): could someone take the new planners through the shift optimiser on weds? ~3 hrs
[09:20] Breda (finance): need the fuel cost variance by route for the close, friday, about a day""")
    assert reqs[0]["effort_days"] == 0.375  # three hours of an eight-hour day
    assert reqs[1]["effort_days"] == 1.0


def test_an_ask_with_no_size_said_is_marked_unsized() -> None:
    reqs = _requests("""what do we do with these?
[08:10] Ayodele (rostering): could we add weekend shifts to the optimiser before xmas? no clue how long that takes
[09:20] Breda (finance): need the fuel cost variance by route for the close, friday, about a day""")
    assert reqs[0].get("size_given") is False
    assert "size_given" not in reqs[1]


def test_the_managers_own_standup_bullets_to_turn_into_an_update_are_no_inbox():
    from datetime import date as _date

    from agent.understanding import parse_situation as _parse

    q = ("can u turn this into the weekly update for Oyelaran (CFO) pls, notes from standup:\n"
         "- churn model live for 9 of 12 markets, last 3 by 29/1\n"
         "- oct forecast off by 11% vs 25% for the old spreadsheet\n"
         "- one miss: black friday weekend, under by ~300 orders\n"
         "- need from him: ok to share the forecast with finance ops before 18/12\n"
         "keep it short")
    s = _parse(q, None, _date(2026, 12, 4))
    assert s.intents[0] == "stakeholder_message" and "triage" not in s.intents


def test_a_days_event_typed_without_its_apostrophe_is_the_asks_date():
    asks = _requests("which of these do we take, i have about 3 days next week:\n"
                     "1) finance (Oksana): how many renewals did the autumn promo drive? for wednesdays exec sync\n"
                     "2) research (Tiago): a study of lightning features, no date")
    assert asks[0]["deadline"] == "2026-12-09"


def test_an_abbreviation_is_no_sentence_end_and_a_long_weekday_still_dates_the_ask():
    asks = _requests("what gets in? i have 2 days next week:\n"
                     "1) sales (Marit): a tender price incl. our flood layer by thurs the 10th, ~1 day\n"
                     "2) research (Tiago): a study of lightning features, no date")
    assert asks[0]["title"].endswith("tender price including our flood layer") and asks[0]["deadline"] == "2026-12-10"
