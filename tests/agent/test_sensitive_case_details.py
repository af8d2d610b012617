"""Sensitive answers that follow what the person asked for and use every stated detail: a carer who wants to keep
working keeps their work (no reduced hours, no '[new date]'), with a backup before the dated event; a harassment report
about someone at a site the person visits makes the next visit safe, names the relationship owner, and asks for notes
when nothing was written down; a model's or an instrument's calibration is not the people process."""

from __future__ import annotations

import re

from agent.sensitive import PEOPLE_CALIBRATION, topic_answer, topic_of, topic_passages


def _answer(text: str, person: str | None = None) -> str:
    answer = topic_answer(text, topic_passages(text), person, {})
    assert answer is not None
    return answer


CARER_KEEPS_WORKING = (
    "teodor told me his husband's cancer is back and the chemo starts monday. he'd rather carry on working as usual, and "
    "he's the only one who knows the telemetry ingest service; we have the customer go-live on mar 3. what do i say when i "
    "see him tomorrow?"
)


def test_a_carer_who_wants_to_keep_working_keeps_the_work_with_a_backup_before_the_stated_event():
    assert topic_of(CARER_KEEPS_WORKING).name == "carer"
    answer = _answer(CARER_KEEPS_WORKING, "Teodor")
    assert "he asked to keep working: that is his call" in answer
    assert "second person on the telemetry ingest service, well before the customer go-live on Mar 3" in answer
    assert "carer's leave" in answer and "HR" in answer  # flexibility and leave stay real options
    assert "**What to say tomorrow**" in answer  # the talk the manager has ahead, not 'today'
    # what he did not ask for: reduced hours, a moved date with a placeholder, re-planning at 'the time he will have'
    assert not re.search(r"\[new date\]|reduced hours|fewer days|time you'll actually have|say yes in principle", answer)


def test_a_carer_who_asks_for_fewer_days_still_gets_the_reduced_hours_playbook():
    q = "noor's mother has dementia and noor asked to drop to four days a week from january. how do i handle it?"
    answer = _answer(q, "Noor")
    assert "asked to keep working" not in answer
    assert re.search(r"four fifths|say yes in principle", answer)


SITE_REPORT = (
    "the foreman at the quarry keeps commenting on my geologist ines's figure whenever she's on site for the lidar "
    "calibration. she's meant to head back out to the quarry on thurs"
)


def test_a_report_about_someone_at_a_site_she_visits_makes_the_next_visit_safe_and_names_the_relationship_owner():
    assert topic_of(SITE_REPORT).name == "harassment"  # 'ines's figure': the person named before the possessive
    answer = _answer(SITE_REPORT, "Ines")
    assert "due to be with that person again on Thursday" in answer  # 'thurs' read as the day
    assert "About the next visit on Thursday" in answer
    assert "owns that site relationship" in answer
    # the thanks opens what to say; the visit line follows it
    say = answer.split("**What to say")[1]
    assert say.index("Thank you for telling me") < say.index("About the next visit")


def test_comments_said_aloud_get_notes_to_write_not_messages_to_keep():
    answer = _answer(SITE_REPORT, "Ines")
    assert "write down what she told you" in answer
    assert "keep the messages" not in answer
    with_messages = _answer("a vendor engineer keeps sending my analyst dara messages about her body on slack", "Dara")
    assert "keep the messages" in with_messages or "keep them (screenshots" in with_messages


def test_an_instruments_calibration_is_not_the_promotion_process():
    assert not re.search(PEOPLE_CALIBRATION, "she's on site doing the lidar calibration", re.I)
    assert not re.search(PEOPLE_CALIBRATION, "the model calibration drifted", re.I)
    for said in ("he sits on the calibration panel", "her case comes up in calibration next week", "promo calibration is friday"):
        assert re.search(PEOPLE_CALIBRATION, said, re.I), said
    answer = _answer(SITE_REPORT, "Ines")
    assert "recused" not in answer and "promotion case will be judged" not in answer


def test_a_planned_leave_with_dates_says_whether_the_event_falls_inside_it():
    from datetime import date

    q = ("mirela is having knee surgery on mar 2 and will be out about four weeks, maybe six. she's the only one who knows "
         "the billing forecaster and we have the audit review on mar 20. how do i plan this?")
    answer = topic_answer(q, topic_passages(q), "Mirela", {}, date(2026, 12, 4))
    assert "Mirela is out from Tue 02 Mar for four to six weeks" in answer  # her numbers, no computed return dates
    assert "the audit review on Sat 20 Mar falls inside the leave" in answer
    before = q.replace("mar 20", "feb 20")
    assert "comes before the leave starts" in topic_answer(before, topic_passages(before), "Mirela", {}, date(2026, 12, 4))


def test_customer_data_pushed_to_a_public_repo_is_a_data_incident_with_the_boss_told_today():
    from agent.understanding import parse_situation
    from datetime import date as _date

    q = ("a student who found it emailed us: one of my data scientists uploaded a notebook to a public kaggle dataset with "
         "the loyalty table in it, customer emails and home addresses. nobody else knows yet. do i need to tell my director tonight?")
    s = parse_situation(q, None, _date(2026, 12, 4))
    assert s.intent == "sensitive"
    from agent.sensitive import topic_of
    assert topic_of(q).name == "data_incident"


def test_a_product_trial_date_is_no_court_date():
    from agent.sensitive import topic_of

    topic = topic_of("need a trial date for the kiln control model i can commit at 80%. trial starts when both streams are done")
    assert topic is None or topic.name != "civic_duty"
    court = topic_of("her trial date came through for march, she's a witness and out for two weeks")
    assert court is not None
