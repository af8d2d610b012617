"""Sensitive people situations: a bereavement, a harassment report, a complaint, a visa holder's worry, planned
medical leave, a raise ask, burnout, a health crisis or a personal-data incident is recognised, reaches its guidance
card, and gets human first steps, ordered steps with whom to involve, and what not to say, cited, with how urgent it is
and what the case itself adds; computed questions that merely mention such a situation keep their own answer."""

from __future__ import annotations

import re

import pytest

from agent.sensitive import TOPICS, takes_over, topic_answer, topic_of, topic_passages
from knowledge.corpus import CORPUS_DIR, load_card

SITUATIONS = [
    ("Jonas lost his mother on Saturday and wants to keep working on the launch. How do I handle it?", "bereavement"),
    ("Ana's dad died suddenly this week; the audit is due Friday", "bereavement"),
    ("A junior told me the staff researcher keeps making jokes about her age in design reviews", "harassment"),
    ("Mei complained to me about Oskar: he rewrites her pull requests without asking", "complaint"),
    ("One of my ML engineers asked for a 15% raise and mentioned a competing offer", "raise"),
    ("Sven has been pushing commits past midnight for three weeks and snapped at a reviewer", "burnout"),
    ("Dario is in hospital after a breakdown and won't be in for a while", "health_crisis"),
    ("An analyst emailed a spreadsheet of customer addresses to her personal Gmail to work over the weekend", "data_incident"),
    ("Someone pushed our support-ticket dataset, customer names and all, to a public GitHub repo", "data_incident"),
    ("one of my DS has been exfiltrating user data to a USB drive", "data_incident"),
    ("A VP keeps sending one of my engineers messages about her figure after offsites", "harassment"),
    ("Ravi is on a work permit and asked me if the hiring freeze means his contract won't be renewed", "immigration"),
    ("Someone on my team asked whether their visa would be affected if we restructure the group", "immigration"),
    ("Lukas is having an operation in March and will be off for a month; he owns the labelling pipeline", "planned_leave"),
    ("Amara is going on medical leave after the holidays", "planned_leave"),
    ("Half the team is asking me whether the rumoured job cuts will hit us", "layoff_rumour"),
    ("Two engineers asked me if their jobs are safe after the all-hands", "layoff_rumour"),
    ("I think I have to let Sam go; his work has been weak for months", "exit"),
    ("Ana has been on a PIP since October and it isn't working", "exit"),
    ("do i fire ruaridh or give him one more month?", "exit"),
    ("thinking of firing noor after the second missed audit", "exit"),
]
NOT_SITUATIONS = [
    "Can we raise the odds of hitting the deadline?",
    "How do I raise this with my VP?",
    "The GPU node died last night and we lost the training run",
    "The model leaked labels into the features",
    "We shared the dataset with the partner team",
    "We pushed the fix to GitHub this morning",
    "We lost two weeks on the data pipeline",
    "We need to leave the country office out of the rollout",
    "The procedure in the runbook needs an update",
    "I need to fire off an email to the VP about the launch",
    "Should I let Priya go to the summarizer team on Monday?",
    "We need to fire up a bigger cluster for the retrain",
    "my director wants ruaridh pulled onto the pricing fire for 2 wks starting monday",
    "put out the billing fire first, then the retrain",
    "the warehouse fire drill is at 3 so standup moves",
]


@pytest.mark.parametrize("question, name", SITUATIONS)
def test_each_situation_is_recognised(question, name):
    topic = topic_of(question)
    assert topic is not None and topic.name == name


@pytest.mark.parametrize("question", NOT_SITUATIONS)
def test_everyday_words_are_not_a_people_situation(question):
    assert topic_of(question) is None


def test_every_topic_has_a_card_with_human_steps_and_whom_to_involve():
    for topic in TOPICS:
        card = load_card(CORPUS_DIR / f"{topic.card}.md")
        assert re.search(r"\bHR\b|security|privacy team|EAP|employee assistance", card.sections["What to do"]), topic.name
        assert card.sections["What to say"].count('"') >= 4, topic.name  # phrasing a manager can use today


def test_soft_situations_give_way_to_a_one_on_one_a_draft_or_a_computed_answer():
    burnout = "Tom seems burned out, he has been working every weekend"
    assert takes_over(burnout, "guidance", one_on_one=False, draft=False)
    assert not takes_over(burnout, "guidance", one_on_one=True, draft=False)
    assert not takes_over(burnout, "reprioritization", one_on_one=False, draft=False)
    assert not takes_over(burnout, "one_on_one", one_on_one=False, draft=False)
    leak = "she copied customer PII to her personal laptop"
    assert takes_over(leak, "out_of_scope", one_on_one=True, draft=True)  # an incident never gives way
    ill = "Dario is in hospital and owns the feature pipeline"
    assert takes_over(ill, "reprioritization", one_on_one=False, draft=False)  # only an explicit ask wins over a crisis
    assert not takes_over(ill, "reprioritization", one_on_one=True, draft=False)


def test_the_answer_is_the_card_in_order_with_each_part_cited():
    question = "Jun asked me for a raise yesterday. What do I do?"
    passages = topic_passages(question)
    answer = topic_answer(question, passages, "Jun")
    assert answer is not None and answer.startswith("**Take the request seriously") and "back to Jun" in answer
    heads = [answer.index(h) for h in ("What to say today", "What not to say or do", "What to do, in this order")]
    assert heads == sorted(heads)
    ids = {passages[int(n) - 1]["id"] for n in re.findall(r"\[(\d+)\]", answer)}
    assert ids == {f"respond-to-a-raise-request#{s}" for s in ("the-principle", "what-to-say", "what-to-do", "what-to-watch-out-for")}
    assert re.search(r"^1\. .+\n2\. ", answer, re.M)  # the steps are numbered


def test_without_its_card_among_the_passages_there_is_no_guided_answer():
    assert topic_answer("Jun asked me for a raise", []) is None
    assert topic_answer("What's the weather?", topic_passages("Jun asked me for a raise")) is None


# Through the whole graph, offline -------------------------------------------------------------------------


def _cited_cards(result) -> set[str]:
    return {c.card_id for c in result.citations}


def test_a_personal_data_incident_gets_containment_steps_not_a_refusal(offline_copilot):
    r = offline_copilot.ask("An analyst on my team emailed a spreadsheet of customer addresses to her personal Gmail "
                            "so she could work over the weekend. She's great. Can I just ask her to delete it?")
    assert r.intent == "sensitive" and not r.tool_calls
    assert "outside what Lead Copilot is for" not in r.answer
    assert "contain-a-data-privacy-incident" in _cited_cards(r)
    assert re.search(r"security or privacy team", r.answer) and re.search(r"not to delete", r.answer)


def test_a_bereavement_gets_care_and_the_deadline_taken_off_not_misconduct_text(offline_copilot):
    r = offline_copilot.ask("My engineer Jonas lost his mother on Saturday. He says he's fine and wants to keep going on the "
                            "ranking launch next week. What should I do?")
    assert r.intent == "sensitive"
    assert "support-a-grieving-report" in _cited_cards(r)
    assert "Jonas" in r.answer and re.search(r"deadline", r.answer) and re.search(r"EAP|employee assistance", r.answer)
    assert "legal claim" not in r.answer and "Document facts" not in r.answer


@pytest.mark.parametrize("question, card", [
    ("A junior told me the staff researcher keeps making jokes about her age in design reviews. What do I do first?",
     "respond-to-a-harassment-report"),
    ("Ravi is on a work permit and asked me if the hiring freeze means his contract won't be renewed. What do I tell him?",
     "support-a-report-worried-about-immigration-status"),
    ("Lukas is having an operation in March and will be off for a month. How do I cover his labelling pipeline?",
     "plan-cover-for-a-planned-medical-leave"),
    ("One of my ML engineers asked for a 15% raise and mentioned a competing offer. I don't set pay. What do I tell him?",
     "respond-to-a-raise-request"),
    ("Sven has been pushing commits past midnight for three weeks and snapped at a reviewer yesterday. What do I do?",
     "respond-to-signs-of-burnout"),
    ("Dario is in hospital after a breakdown and won't be in for a while. He owns our feature pipeline.",
     "support-a-report-in-a-health-crisis"),
])
def test_each_situation_reaches_its_card(offline_copilot, question, card):
    r = offline_copilot.ask(question)
    assert r.intent == "sensitive" and card in _cited_cards(r)
    assert "What to say today" in r.answer and re.search(r"\bHR\b", r.answer)


def test_a_one_on_one_about_burnout_is_still_an_agenda(offline_copilot, example_team):
    r = offline_copilot.ask("Prep my 1:1 with Tom tomorrow, he seems burned out and has been working every weekend",
                            team=example_team)
    assert r.intent == "one_on_one" and any(t.name == "build_agenda" for t in r.tool_calls)


def test_other_sensitive_matters_are_pointed_to_hr_and_legal_in_a_human_voice(offline_copilot):
    r = offline_copilot.ask("An engineer I manage says she will sue the company over her performance review. What now?")
    assert r.intent == "sensitive" and not r.citations
    assert re.search(r"\bHR\b", r.answer) and re.search(r"\blegal\b", r.answer) and "thank the person" in r.answer
    assert "will not coach" not in r.answer


def test_the_card_answer_names_the_person_and_says_the_guidance_is_our_own(offline_copilot):
    r = offline_copilot.ask("My engineer Noor's father died on Tuesday. She wants to keep going on the launch. What do I do?")
    assert '"Noor has had a loss in the family' in r.answer and "[Name]" not in r.answer
    assert all(c.source.startswith("Lead Copilot's own guidance, grounded in") for c in r.citations)


def test_a_publicly_readable_dataset_is_a_data_incident():
    from agent.sensitive import TOPICS

    data = next(t for t in TOPICS if t.name == "data_incident")
    assert data.pattern.search("our training set on the shared bucket was public-read for 3 weeks, customer emails in it")


def _answer(question: str, person: str | None = None, facts: dict | None = None) -> str:
    answer = topic_answer(question, topic_passages(question), person, facts)
    assert answer is not None
    return answer


def test_a_visa_worry_about_a_rumour_is_honest_not_reassuring_and_counts_the_stated_window():
    answer = _answer("Ravi is on a work permit and heard layoffs might come in Q1. He'd have 90 days to find a new "
                     "sponsor. What do I say?", "Ravi")
    assert re.search(r"honestly don't know", answer) and "immigration counsel" in answer
    assert "the 90-day window" in answer and "A rumour" in answer
    assert re.search(r"Don't say \"you're safe\"", answer)  # what not to say is explicit
    assert re.search(r"come back .{0,40}by", answer)  # an offer to find out, with a day


def test_a_decided_cut_is_not_read_as_a_rumour():
    answer = _answer("Ravi, on an H-1B, is being laid off at the end of the month. What do I tell him?", "Ravi")
    assert "Decided, not a rumour" in answer and "A rumour" not in answer


def test_planned_surgery_is_planned_leave_with_a_handover_and_a_new_owner_not_an_emergency():
    question = "Lukas needs surgery in March and will be off for a month; he asked me to keep the reason private."
    answer = _answer(question, "Lukas", {"project": "labelling pipeline", "deadline": "2027-03-31"})
    assert answer.startswith("**This is planned leave, not an emergency")
    assert not re.search(r"emergency services|crisis line|don't need to reply", answer)
    assert "new owner for labelling pipeline (due Wed 31 Mar)" in answer  # the situation's own project and date
    assert "Lukas will be out from [date]" in answer and "the reason is his to share" in answer


def test_planned_leave_says_the_start_day_and_length_the_manager_gave_instead_of_brackets():
    question = "Noor is having hip surgery on feb 3 and will be off five to seven weeks; she asked me to keep the reason private."
    answer = _answer(question, "Noor")
    assert "Noor will be out from Feb 3 for five to seven weeks" in answer
    assert "[date]" not in answer and "a few weeks" not in answer


def test_a_leave_with_no_day_said_keeps_its_bracket_for_the_manager_to_fill():
    answer = _answer("Noor needs hip surgery in february, off about six weeks, maybe eight; she asked me to keep the reason private", "Noor")
    assert "Noor will be out from [date] for about six to eight weeks" in answer


def test_an_acute_health_crisis_keeps_its_emergency_steps():
    answer = _answer("Dario was rushed into surgery last night and is in hospital", "Dario")
    assert "emergency services" in answer and "planned leave" not in answer


def test_a_harassment_report_from_someone_with_power_over_her_review_names_the_conflict_and_the_duty_to_report():
    answer = _answer("A principal researcher keeps texting Ana about her looks; he rates her in the performance "
                     "review and she asked me not to escalate it")
    assert re.search(r"recused", answer) and re.search(r"retaliation", answer)
    assert re.search(r"can't keep it just between us|have to take it to HR", answer)  # no promise of confidentiality
    assert re.search(r"keep them \(screenshots", answer)
    assert "she is not worse off" in answer  # the person is named by the pronoun the manager used


def test_a_harassment_report_with_a_trip_coming_up_with_that_person_makes_the_trip_safe_first():
    answer = _answer("one of my analysts says the account manager from our logistics vendor keeps sending her creepy messages. "
                     "she has to fly to the warehouse audit with him on tuesday")
    assert "due to be with that person again on Tuesday: don't send her with that person" in answer
    assert "it is not moving her off her work" in answer  # changing who goes is protection, not the retaliation the card warns of
    assert "takes it to that company" in answer  # he works for a vendor: HR goes through the relationship, not the manager


def test_a_harassment_report_without_those_cues_gets_no_case_lines():
    answer = _answer("A colleague keeps making jokes about her accent")
    assert "**In your situation**" not in answer and "recused" in answer  # the card still covers the conflict


def test_a_layoff_rumour_gets_honesty_and_a_date_not_the_firing_note():
    from agent.compose import sensitive_answer

    question = "Word got out that leadership is planning headcount cuts and my team keeps asking me. Nobody has told me anything."
    answer = sensitive_answer(question, topic_passages(question))
    assert "A rumour" in answer and "silence reads as confirmation" in answer
    assert re.search(r"Don't say \"your job is safe\"", answer) and "come back" in answer
    assert "performance history" not in answer  # not an individual's dismissal
    known = _answer("I know the layoffs are decided for January but I can't say anything yet; Ola asked if she's safe", "Ola")
    assert "you know more than you can say" in known and "can't talk about plans that aren't final" in known


@pytest.mark.parametrize("question", [
    "three analysts stopped me in the kitchen: they heard our forecasting group (the four of us who do demand + staffing) is being folded into the central team or cut. is our team next?",
    "my director said in confidence that there will be cuts in marketing next quarter and not to tell anyone. my reports asked me 'are we safe?' this morning. what do i say",
    "after the town hall a couple of engineers want to know: will we be laid off when the merger closes? i honestly have no idea",
    "a new grad on my team asked me whether we're on the list now that the parent company is hiring its own pricing analysts",
])
def test_a_team_asking_whether_it_is_safe_is_a_layoff_rumour(question):
    topic = topic_of(question)
    assert topic is not None and topic.name == "layoff_rumour"


def test_safe_to_ship_is_no_layoff_question():
    topic = topic_of("is our team safe to ship the ranking model on friday, or should we wait for the rollback test?")
    assert topic is None or topic.name != "layoff_rumour"


def test_a_rumour_answer_keeps_what_the_manager_was_told_in_confidence_and_promises_no_safety():
    question = ("my skip told me privately, off the record, that there will be cuts in the sales ops team in february. now two "
                "of my ML engineers saw a hiring post on the group careers site for our exact role and asked me straight if we "
                "are safe. what do i tell them tomorrow")
    answer = _answer(question)
    assert answer.startswith("**Ask whoever told you in confidence what you may say before you answer")
    assert "What you were told in confidence stays there" in answer
    steps = answer.split("**What to do, in this order**", 1)[1]
    assert steps.index("First, before you talk to them: ask whoever told you") < steps.index("Then, when you said you would: answer")
    assert "Today: answer the people who asked" not in steps  # the card's order gives way to asking first
    assert "They asked whether they are safe: don't promise it" in answer
    assert "(the job posting) is something you can check" in answer
    assert "**What to say tomorrow**" in answer


def test_a_team_asking_if_it_is_safe_gets_the_rumour_answer_not_a_message_to_the_director():
    from datetime import date

    from agent.understanding import parse_situation

    question = ("my manager told me in confidence there will be cuts in the call centre in march, nothing about us. today two of "
                "my data scientists asked if we're safe because the parent company posted our exact job. i don't want to lie to "
                "them. what do i say and what do i do first")
    assert parse_situation(question, None, date(2026, 12, 4)).intent == "sensitive"


def test_letting_someone_go_starts_with_hr_and_a_fair_process_not_a_weeks_plan():
    from agent.compose import sensitive_answer

    question = "I want to fire Lee this week. He's a junior engineer and his models never ship."
    answer = sensitive_answer(question, topic_passages(question), "Lee")
    assert answer.startswith("**Talk to HR before you say anything to Lee")
    assert "You want it done quickly" in answer and "He is junior" in answer
    assert "written plan" in answer and "thank the person for telling" not in answer  # not the escalation boilerplate
    assert answer.count("performance history") == 0  # the card covers it; no second note


def test_a_grieving_report_who_wants_to_keep_the_work_is_not_relieved_of_it():
    text = ("ravi's father passed away on thursday. he texted that he's ok and would like to keep leading the churn model "
            "review next week. i won't take it off him, but i want him to have a way out. what do i tell him")
    answer = _answer(text, person="Ravi")
    assert "mine to sort out" not in answer and "something lighter" not in answer  # ruled out by the manager
    assert "backup for the churn model review next week" in answer
    assert "sorry" in answer.lower()


def test_a_grieving_report_with_no_stated_wish_keeps_the_card_that_moves_the_date():
    answer = _answer("my report's sister died yesterday and she has a deadline friday. what do i do", person="Mia")
    assert "deadline is now your problem" in answer


def test_data_pushed_to_a_public_repo_gets_containment_beyond_the_delete_not_a_laptop_script():
    text = ("one of my analysts, omar, put a parquet file of customer emails and phone numbers in a public github repo "
            "yesterday; he took it down an hour later. will he get fired? what now")
    answer = _answer(text, person="Omar")
    assert "laptop" not in answer and "that copy" not in answer
    assert "fork" in answer and "rotate" in answer
    assert "Is Omar in trouble?" in answer
    assert answer.count("through the incident channel") == 1  # reported once, not twice


def test_data_copied_to_a_personal_laptop_keeps_the_laptop_steps():
    answer = _answer("jo copied the customer database to her personal laptop to work on the train. what do i do", person="Jo")
    assert "laptop" in answer


def test_a_complaint_about_how_someone_treats_others_answers_for_the_person_complained_about_and_the_hr_question():
    question = "two of the juniors complained about rafa being belittling in code review. he's my strongest engineer. do i need HR?"
    assert topic_of(question).name == "conduct"
    answer = topic_answer(question, topic_passages(question), None)
    assert "Thank the people who came to you" in answer and "talk to him this week" in answer
    assert "Your question about HR: yes" in answer and "output does not change what you do" in answer


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("a junior on my team says the principal keeps talking over her in planning and took credit for her idea last week", "complaint"),
        ("my lead engineer just told me he got an offer from a startup for 30% more. what now", "raise"),
        ("there's a rumour going round that the analytics org is getting shut down next quarter. what do i tell my people", "layoff_rumour"),
    ],
)
def test_complaints_outside_offers_and_closure_rumours_said_plainly_are_recognised(question, name):
    assert topic_of(question).name == name


def test_a_rumour_the_manager_knows_nothing_about_is_not_answered_as_a_decision():
    question = "word in the kitchen is that our team is getting cut in march. i know nothing official. what do i say to them?"
    answer = topic_answer(question, topic_passages(question), None)
    assert "A rumour, nothing decided" in answer


def test_asked_to_keep_a_complaint_small_the_answer_acts_without_pointing_back_to_them():
    question = "one of my analysts says a senior keeps interrupting her in reviews; she asked me not to make it a thing"
    answer = topic_answer(question, topic_passages(question), None)
    assert "asked you to keep it small" in answer and "nothing that points back to her" in answer


def test_a_pregnancy_told_in_confidence_is_planned_leave_without_the_medical_lines():
    question = "anya told me she's pregnant and goes on maternity leave in may. she owns our eval harness. how do i plan for it?"
    assert topic_of(question).name == "planned_leave"
    answer = topic_answer(question, topic_passages(question), "Anya")
    assert answer.startswith("**Good news, and planned: congratulate Anya")
    assert "medical" not in answer.split("Sources")[0].lower() and "hospital" not in answer


def test_card_lines_that_presuppose_a_blocker_or_late_nights_are_left_out_when_not_said():
    question = "one of my engineers has been working weekends for a month and seems exhausted"
    answer = topic_answer(question, topic_passages(question), None)
    assert "online late most nights" not in answer and "evaluation moves a week" not in answer
    quit_question = "my strongest MLE posted 'i'm done with this place' in a channel and deleted it"
    said = topic_answer(quit_question, topic_passages(quit_question), None)
    assert "blocked on this for days" not in said and "ask how they are doing" in said


def test_asked_about_a_colleagues_pay_the_answer_neither_confirms_nor_denies_and_turns_to_their_own():
    question = ("Tomasz messaged me: is it true the contractor on search gets 15k more than him? Apparently someone "
                "overshared at lunch. We talk tomorrow, what do I say?")
    answer = topic_answer(question, topic_passages(question), "Tomasz")
    assert answer is not None and "**In your situation**" in answer
    assert "neither confirms nor denies" in answer and "where your pay sits" in answer
    assert "Don't ask who told him" in answer


def test_a_plain_raise_request_gets_no_colleague_pay_line():
    question = "Jun asked me for a raise yesterday. What do I do?"
    answer = topic_answer(question, topic_passages(question), "Jun")
    assert answer is not None and "anyone else's pay, in the same words" not in answer


@pytest.mark.parametrize("question", [
    "I think Odile came to the standup high this morning, she couldn't follow anything",
    "Bram smelled of alcohol at the customer demo and was unsteady; he deploys the model on Tuesday",
    "one of my engineers was slurring through the postmortem and I suspect a drinking problem",
])
def test_suspected_impairment_at_work_is_its_own_situation(question):
    assert topic_of(question).name == "impairment"
    assert takes_over(question, "guidance", one_on_one=False, draft=False)


@pytest.mark.parametrize("question", [
    "Our alcohol sales forecaster drifted after the holiday promo",
    "The high-priority retrain slipped again; what do I tell the VP?",
    "Inference latency is high on the new cluster",
])
def test_alcohol_or_high_as_everyday_ml_words_are_not_impairment(question):
    topic = topic_of(question)
    assert topic is None or topic.name != "impairment"


def test_impairment_before_an_on_call_shift_takes_them_off_the_rota_first_and_says_what_was_seen():
    from datetime import date

    question = ("I'm fairly sure Kofi was drunk on the release call this afternoon, slurring, and a teammate hinted at it "
                "last month too. He's on the pager from Wednesday. Help")
    answer = topic_answer(question, topic_passages(question), "Kofi", {}, date(2026, 12, 4))
    head, rest = answer.split("\n", 1)
    assert "Safety first" in head and "not a diagnosis" in head
    assert "on call from Wed 09 Dec: take him off that shift now and arrange cover" in rest
    assert "concerns were raised earlier" in rest  # a teammate noticed it before
    assert '"I want to talk about the release call this afternoon. You were slurring your words.' in rest
    assert re.search(r"employee assistance programme", rest) and re.search(r"\bHR\b", rest)
    assert "Don't diagnose or label" in rest and "you were drunk\", \"you have a problem\"" in rest


def test_impairment_without_on_call_presupposes_no_rota():
    question = "Greta seemed drunk at the offsite dinner with the client and slurred through her pitch"
    answer = topic_answer(question, topic_passages(question), "Greta", {}, None)
    assert "rota" not in answer and "I'm taking you off" not in answer
    assert '"I want to talk about the offsite dinner. You were slurring your words.' in answer


def test_an_illness_the_person_wants_to_work_through_gets_flexibility_privacy_and_a_backup_not_a_leave_plan():
    question = ("Ines told me she has breast cancer and radiotherapy twice a week from February. She'd rather keep "
                "working and doesn't want the team to know. She's the only one who knows the pricing model retrain.")
    assert topic_of(question).name == "health_crisis"
    answer = topic_answer(question, topic_passages(question), "Ines")
    assert answer.startswith("**She chose to keep working: respect that")
    for leave_line in ("the work is covered", "don't need to reply", "crisis line", "quick handover", "Welcome back",
                       "reassign the critical path"):
        assert leave_line not in answer
    assert "plan around the treatment days (twice a week)" in answer
    assert "second person on the pricing model retrain as ordinary bus-factor work" in answer
    assert "the team hears nothing about her health" in answer


def test_someone_in_hospital_still_gets_the_leave_and_emergency_steps():
    question = "Dario was hospitalised last night after a heart attack"
    answer = topic_answer(question, topic_passages(question), "Dario")
    assert "crisis line" in answer and "chose to keep working" not in answer


def test_a_disclosed_offer_with_a_deadline_sets_the_answer_date_and_never_asks_whether_there_is_an_offer():
    from datetime import date

    question = ("Yusuf got an offer from a bank, 25% more, and needs to reply by february 2. He's on the low end "
                "of market. How do I handle it?")
    answer = topic_answer(question, topic_passages(question), "Yusuf", {}, date(2026, 12, 4))
    assert "deadline of Tue 02 Feb" in answer and "answer him by Tue 26 Jan" in answer
    assert "whether they have an offer" not in answer and "Not this cycle" not in answer
    assert "25% more as he told you" in answer


def test_an_offer_due_within_days_is_answered_in_two_days_not_in_the_past():
    from datetime import date

    question = "Pia has a competing offer and must sign by monday. what do i do"
    answer = topic_answer(question, topic_passages(question), "Pia", {}, date(2026, 12, 4))
    assert "deadline of Mon 07 Dec" in answer and "answer them by the end of today" in answer
    assert "a week before" not in answer


@pytest.mark.parametrize("question", [
    "Nadia says Piotr keeps calling her 'the token woman' as a joke in standups",
    "one of my DS told me a colleague called him 'the quota hire' as banter in front of the client",
    "someone on the team used a slur about Amir's background at the offsite",
])
def test_a_demeaning_label_said_as_a_joke_is_harassment(question):
    assert topic_of(question).name == "harassment"


def test_a_harassment_report_answers_whether_to_raise_it_in_the_managers_own_1_on_1_with_the_accused():
    question = ("Nadia says Piotr keeps calling her 'the token woman' as a joke in front of clients. She asked me not to say "
                "it came from her. My 1:1 with him is tomorrow, do I bring it up? What do I do today?")
    answer = topic_answer(question, topic_passages(question), "Nadia")
    assert "don't raise it there before HR has advised you" in answer
    assert "asked you to keep it small" in answer and "Today: contact HR" in answer
    assert "keep those messages" not in answer  # nothing was written down: no messages to keep


def test_a_harassment_report_is_answered_about_the_person_who_reported_it_not_the_one_named():
    question = ("ana (one of my analysts) told me that viktor keeps calling her 'the quota hire' as a joke. "
                "what do i do today")
    answer = topic_answer(question, topic_passages(question), "Viktor")
    assert "Be honest with Ana that you have to report it" in answer and "honest with Viktor" not in answer


def test_a_question_about_a_colleagues_pay_gets_no_not_this_cycle_line_but_a_raise_ask_does():
    asked = "Ilse heard the new hire on her team earns 10k more than her and wants to know if it's true. What do I say?"
    assert "Not this cycle" not in topic_answer(asked, topic_passages(asked), "Ilse")
    raise_ask = "Jun asked me for a raise this cycle. What do I say?"
    assert "Not this cycle" in topic_answer(raise_ask, topic_passages(raise_ask), "Jun")


def test_an_illness_without_treatment_days_plans_around_appointments_and_keeps_what_only_you_were_told_private():
    question = "kai was diagnosed with crohn's, wants to keep working as normal and only told me. how do i support him"
    answer = topic_answer(question, topic_passages(question), "Kai")
    assert "treatment days" not in answer and "appointments and bad days" in answer
    assert "the team hears nothing about his health" in answer


def test_an_offer_due_in_a_week_is_answered_in_two_working_days_not_today():
    from datetime import date

    question = "lena has an offer from a bigger company and must answer them by next friday. what do i say"
    answer = topic_answer(question, topic_passages(question), "Lena", {}, date(2026, 12, 4))
    assert "deadline of Fri 11 Dec" in answer and "answer them by Tue 08 Dec" in answer


def test_impairment_seen_at_a_meeting_names_it_and_a_second_time_is_a_pattern():
    question = "jonas came to standup smelling of alcohol again, second time this month. what should i do"
    answer = topic_answer(question, topic_passages(question), "Jonas")
    assert '"I want to talk about the standup. I noticed a smell of alcohol.' in answer
    assert "concerns were raised earlier" in answer


def test_a_report_brought_by_several_people_is_answered_about_them_not_a_word_like_team():
    question = "two people on my team told me in confidence that piet makes sexual jokes in standup. what now"
    answer = topic_answer(question, topic_passages(question), None)
    assert "Be honest with them that you have to report it" in answer and "Team" not in answer.split("\n")[0]


def test_letting_go_of_someone_is_an_exit_but_letting_go_of_an_idea_is_not():
    assert topic_of("i have to let go of one of my contractors, his contract ends friday").name == "exit"
    topic = topic_of("we need to let go of the idea that the model will be ready by march")
    assert topic is None or topic.name != "exit"


def test_a_contract_not_renewed_is_no_performance_exit():
    question = "we're not renewing ilse's contract, it ends on friday. she's a contractor on the labelling team. how do i tell her"
    answer = topic_answer(question, topic_passages(question), "Ilse")
    assert answer.startswith("**A contract that ends is not a performance exit")
    assert "it ends on Friday" in answer and "performance" not in answer.split("\n", 1)[1]


def test_a_pregnancy_with_a_worry_about_promotion_says_the_case_goes_ahead_on_its_merits():
    question = "noor told me she's expecting a baby in may and is scared it will hurt her promotion this cycle. what do i say"
    answer = topic_answer(question, topic_passages(question), "Noor")
    assert "the leave changes none of it" in answer and "About her promotion or review" in answer
    assert "a couple of sessions on the handover" not in answer


def test_an_illness_with_no_wish_for_time_off_and_one_asked_change_gets_that_change_not_a_leave_plan():
    question = ("bo has had panic attacks before the quarterly reviews. he doesn't want time off, he asked if someone else "
                "could run the review readout for a couple of months. what do i do")
    answer = topic_answer(question, topic_passages(question), "Bo")
    assert answer.startswith("**He chose to keep working")
    assert "asked for one change (someone else could run the review readout for a couple of months)" in answer
    assert "the work is covered" not in answer and "crisis line" not in answer


def test_planned_leave_of_the_only_person_who_knows_a_system_hands_it_over_before_a_dated_event():
    answer = _answer("kofi is having knee surgery next month and will be off for five weeks; he wants the reason kept private. he's "
                     "the only one who really knows the billing reconciliation job and we have the year-end audit on jan 20",
                     person="Kofi")
    assert "Kofi is the only one who knows the billing reconciliation job, and the year-end audit on Jan 20 needs it" in answer
    assert "a dry run of the year-end audit on Jan 20 with the new owner before he goes" in answer


def test_the_persons_own_symptoms_beside_a_relatives_illness_are_a_health_crisis_not_a_carer_case():
    from agent.sensitive import topic_of

    own = topic_of("bogdan broke down in our 1:1. he said he's been having panic attacks and isn't sleeping, and his mum has "
                   "been in hospital for a week. what do i do")
    assert own is not None and own.name == "health_crisis"
    carer = topic_of("bogdan told me his mum has been in hospital for a week and he'd like to work from home on visiting days")
    assert carer is not None and carer.name == "carer"


def test_a_smell_of_drink_said_with_an_adverb_is_still_seen_impairment():
    topic = topic_of("he came back from the pub at lunch smelling faintly of beer and then approved a model push. what do i do")
    assert topic is not None and topic.name == "impairment"
