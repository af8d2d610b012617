"""Disclosures that need their own frame: a gambling, drinking or money problem told in confidence (support first,
honest about where confidentiality ends, never an exit), a colleague's gender transition (they lead; name, pronouns
and accounts; nothing about their body or history), and customer data pasted into an outside AI chatbot (containment
goes through the provider)."""

from __future__ import annotations

import pytest

from agent.sensitive import takes_over, topic_answer, topic_of, topic_passages


def _answer(question: str, person: str | None = None) -> str:
    answer = topic_answer(question, topic_passages(question), person)
    assert answer is not None
    return answer


@pytest.mark.parametrize(
    "question, name",
    [
        ("A data scientist confided that she has been gambling on our own sportsbook, owes around $9k and cannot stop", "disclosed_struggle"),
        ("Luca opened up to me yesterday: he has a drinking problem and started seeing someone about it", "disclosed_struggle"),
        ("my analyst has a gambling addiction and asked for an advance on his salary", "disclosed_struggle"),
        ("Luca was slurring on the deploy call and later told me he has a drinking problem", "impairment"),
        ("Kai told me they're transitioning and would like to be called Rowan from March", "transition"),
        ("one of my engineers is coming out as non-binary and asked me to help with the team", "transition"),
        ("an intern pasted a csv of customer emails and phone numbers into chatgpt to clean it up", "data_incident"),
        ("someone dropped user addresses into a free AI assistant to check a regex", "data_incident"),
    ],
)
def test_each_disclosure_reaches_its_own_situation(question, name):
    topic = topic_of(question)
    assert topic is not None and topic.name == name


@pytest.mark.parametrize(
    "question",
    [
        "We are transitioning the team to the new feature store next quarter",
        "She is transitioning ownership of the ranking service to Omar",
        "The betting-odds model needs a retrain before the season",
        "Our chatbot's intent classifier misroutes refunds",
    ],
)
def test_work_words_are_no_disclosure(question):
    topic = topic_of(question)
    assert topic is None or topic.name not in ("disclosed_struggle", "transition")


def test_a_confided_gambling_problem_that_breaks_a_staff_rule_gets_support_and_an_honest_limit_not_an_exit():
    q = ("A data scientist confided that she has been gambling on our own sportsbook, owes around $9k and cannot stop. "
         "Employees are not allowed to bet with us. She begged me not to tell anyone and is scared of losing her job.")
    a = _answer(q)
    assert a.startswith("**Support first")
    assert "gambling support helpline" in a and "around $9k" in a
    assert "breaks a staff rule (bet with us)" in a and "before you promise anything" in a
    assert "don't promise her job is safe" in a
    assert "documented performance history" not in a and "Ending someone's employment" not in a


def test_a_confided_drinking_problem_without_a_rule_gets_no_rule_line_and_no_rota():
    a = _answer("Luca opened up to me yesterday: he has a drinking problem and started seeing someone about it")
    assert "alcohol support service" in a
    assert "breaks a staff rule" not in a and "on-call" not in a


def test_a_transition_note_uses_the_new_name_pronouns_date_and_the_named_accounts_and_nothing_about_health():
    q = ("Kai told me they're transitioning and would like to be called Rowan from March, with they/them. They asked me to "
         "tell the team before the holidays and to get the name changed in GitHub and Jira.")
    a = _answer(q, "Rowan")
    assert "from March, please call them Rowan and use they/them" in a
    assert "(GitHub and Jira)" in a and "before the holidays" in a
    note = next(line for line in a.splitlines() if line.startswith("- To the team:"))
    assert "Kai" not in note and "transition" not in note.lower()  # the old name and the reason stay out of the note


def test_a_transition_told_with_a_message_asked_for_is_still_answered_as_a_people_situation():
    q = "my engineer told me she's transitioning and goes by Mara from next month; help me write the note to the team"
    assert takes_over(q, "stakeholder_message", one_on_one=False, draft=True)


def test_customer_data_pasted_into_a_chatbot_goes_to_security_and_the_provider_not_a_laptop_script():
    q = ("on friday one of my MLEs pasted customer names and billing addresses into a public AI chatbot yesterday to fix a "
         "parser. what now")
    a = _answer(q, "Noor")
    assert "provider" in a and "not after the weekend" in a
    assert "(names and billing addresses)" in a or "(billing addresses and names)" in a
    assert "laptop" not in a and "stop using that copy" not in a


def test_a_chatbot_paste_on_a_weekday_says_nothing_about_a_weekend():
    a = _answer("someone pasted patient records into a chatbot to summarise them on tuesday", "Ines")
    assert "weekend" not in a


def test_confidential_client_documents_in_a_chatbot_name_what_went_and_who_decides_telling_the_client():
    q = "an intern pasted about 50 customer contracts into a free AI chatbot to summarise them; the customer is a bank. what now"
    assert topic_of(q).name == "data_incident"
    a = _answer(q)
    assert "About 50 customer contracts went into a public AI chatbot" in a
    assert "whether, when and how the client is told" in a
    assert "payment-card" not in a


def test_a_family_emergency_tonight_sends_them_home_re_plans_the_owned_work_and_warns_whoever_waits_on_it():
    from datetime import date

    q = ("Bo told me his mum had a heart attack this morning and he's driving to the hospital now. He owns the churn "
         "dashboard and we promised the client the refresh on jan 20. What do I tell the client?")
    assert topic_of(q).name == "carer"
    a = topic_answer(q, topic_passages(q), "Bo", {}, date(2026, 12, 4))
    assert a is not None and a.startswith("**Tell Bo to go")
    assert "re-plan the churn dashboard (due Wed 20 Jan) without him" in a
    assert "To the client:" in a and "Nothing about whose absence or why" in a
    assert "say yes in principle" not in a and "reduced hours" not in a  # no flexible-working script on the night


def test_several_people_reporting_someones_harsh_comments_is_a_conduct_situation():
    topic = topic_of("a couple of juniors told me separately that Mateo's review comments are belittling")
    assert topic is not None and topic.name == "conduct"


def test_jury_service_under_a_forecast_is_a_scheduling_note_that_protects_the_duty():
    from agent.sensitive import civic_note

    q = ("lena has jury duty from jan 11, the clerk said it might run until the 22nd. she's the one running the eval "
         "harness for the ranker. can we still ship on feb 1? should i tell marcus now?")
    lines = "\n".join(civic_note(q, "Lena"))
    assert "**Lena's jury duty**" in lines and "might run until the 22nd" in lines
    assert "covers the eval harness for the ranker" in lines and "Tell Marcus now" in lines
    assert "don't ask Lena to defer it" in lines
    assert civic_note("can we still ship on feb 1 if lena is on leave?", "Lena") == []


def test_a_civic_duty_asked_about_on_its_own_gets_its_card_not_the_hr_script():
    q = "one of my engineers got called up for reserve duty for three weeks in february. how do i handle it?"
    topic = topic_of(q)
    assert topic is not None and topic.name == "civic_duty"
    a = _answer(q)
    assert "legal duty" in a and "longest" in a and "performance" not in a.split("**What not to say or do**")[0]


@pytest.mark.parametrize(
    "question, name",
    [
        ("my analyst told me her partner has been threatening her and she needs to work from a different office", "domestic_abuse"),
        ("a report confided he's in an abusive relationship and keeps getting calls at work", "domestic_abuse"),
        ("pretty sure one of my MLEs is consulting for a competitor in the evenings", "conflict_of_interest"),
        ("my lead engineer is getting divorced and has been late to every sync this month", "hardship"),
        ("one of my engineers asked to shift her hours during ramadan", "adjustment"),
        ("he told me about his anxiety and asked whether he can skip the quarterly demo", "adjustment"),
        ("Kira had a panic attack in the office this morning and went home", "health_crisis"),
    ],
)
def test_more_disclosures_reach_their_own_situation(question, name):
    topic = topic_of(question)
    assert topic is not None and topic.name == name


def test_religious_observance_is_answered_without_diagnosis_lines():
    a = _answer("one of my engineers asked to shift her hours during ramadan. can i just agree?")
    assert a.startswith("**A request to work around religious observance")
    assert "diagnosis" not in a and "condition" not in a


def test_a_hard_time_at_home_opens_with_what_was_noticed_not_a_warning():
    a = _answer("my lead engineer is getting divorced and has been late to every sync this month. how do i raise it?", "Dev")
    assert "ask how things are for Dev" in a and "not a warning" in a
    assert "performance improvement" not in a.lower()


def test_treatment_days_spread_over_months_are_flexibility_around_the_person_not_a_leave_with_a_new_owner():
    question = ("Ines just told me in private she has Crohn's and will need infusion days every few weeks until summer; "
                "she leads our pricing model and would rather the team not know. how do i handle this")
    assert topic_of(question).name == "health_crisis"
    answer = _answer(question, "Ines")
    assert "not a leave" in answer and "what would help" in answer
    assert "Ask Ines before you go to HR" in answer
    for stock in ("new owner", "[date]", "for a few weeks", "the leave starts", "work is covered"):
        assert stock not in answer, stock


def test_a_stretch_of_leave_for_surgery_is_still_planned_leave():
    assert topic_of("Tomasz needs surgery next month and will be off for six weeks; what do I set up").name == "planned_leave"


def test_a_model_of_clinic_appointments_is_no_sensitive_topic():
    assert topic_of("our no-show model for clinic appointments slipped again, can you draft the update to ops") is None


def test_a_diagnosis_told_in_confidence_is_planned_around_not_an_emergency():
    answer = _answer("my tech lead confided he has been diagnosed with crohn's, may want shorter weeks from spring, and "
                     "asked me to keep it quiet. he runs our search relevance work. what now?")
    assert "not an emergency" in answer
    assert "with his agreement" in answer
    for acute in ("cover the work today", "emergency services", "reassign the critical path", "on leave"):
        assert acute not in answer


def test_a_hospital_stay_keeps_the_acute_card_even_when_told_privately():
    answer = _answer("told me privately that she was diagnosed with a heart condition and is in hospital until friday; "
                     "she leads the pricing model")
    assert "not an emergency" not in answer
    assert "cover the work" in answer


def test_a_report_afraid_of_being_fired_gets_no_exit_process_note():
    from agent.compose import sensitive_answer

    q = ("my analyst sent the wrong file to a supplier, the full customer list with names and home addresses. she is "
         "terrified she'll be fired. what do i do first")
    a = sensitive_answer(q, topic_passages(q), None)
    assert "data incident" in a and "Ending someone's employment" not in a
    plan = sensitive_answer("how do i fire someone who keeps missing every deadline", [], None)
    assert "Ending someone's employment" in plan  # a firing the manager plans still gets its note
