"""The 'What I understood' block says each fact as the kind of answer needs it: the reader of a message once, the work a
message or forecast is about as 'The work', and no line for a word too small to miss."""

from datetime import date

from agent.compose import understood_block
from agent.understanding import parse_situation

TODAY = date(2026, 12, 4)


def test_a_message_shows_its_reader_once_and_the_work_it_is_about():
    s = parse_situation("email to dr. ines varga at our clinical partner (medilab): the triage model readout slips from the 18th to jan 15.", None, TODAY)
    block = understood_block(s)
    assert "The work:" in block and "Current work" not in block
    assert "- Who:" not in block and "- Recipient: Ines" in block
    assert s.get("audience") == "customer"  # the clinical partner is outside the company


def test_a_move_still_shows_the_current_work():
    s = parse_situation("vp wants to move tomas off the churn model onto the pricing demo for 2 weeks. he has 3 weeks left on churn.", None, TODAY)
    assert "Current work:" in understood_block(s)


def test_a_move_with_the_current_works_date_labels_the_assumed_one_as_the_new_works():
    from datetime import date

    from agent.compose import understood_block
    from agent.understanding import parse_situation

    s = parse_situation("our sales director wants pia off the churn model from monday to build a tender demo, maybe 3 weeks. "
                        "pia is 5 wks in, about a week left, and churn has to be live by jan 11. what do i do", None, date(2026, 12, 4))
    block = understood_block(s)
    assert "New work needed by" in block and "Date that matters" not in block
    assert "no date was given for tender demo" in s.fact("deadline").text


def test_a_steps_stated_chance_shows_beside_it_as_the_forecast_counts_it():
    s = parse_situation("left: relabel 1-2 wks, retrain 2 wks (65% first try, if not another round), canary 1 wk. odds for feb 12?", None, TODAY)
    block = understood_block(s)
    assert "retrain 2 weeks (65% first go; if not, another round, assumed as long as the first)" in block
    once = parse_situation("left: relabel 1-2 wks, retrain 2 wks, maybe 65% it beats prod. odds for feb 12?", None, TODAY)
    assert "(65% it works)" in understood_block(once)


def test_days_off_with_a_working_gap_are_shown_as_separate_stretches():
    from agent.compose import fact_value_text

    text = fact_value_text("days_off", ["2026-12-31", "2027-01-01", "2027-01-04", "2027-01-12"])
    assert text.startswith("Thu 31 Dec to Mon 04 Jan and Tue 12 Jan (4 working days")


def test_a_size_written_in_days_is_said_back_in_days():
    s = parse_situation("security wants nadia for 4 days on the pen-test fixes before the 18th, she's on the ranking model. ok?", None, TODAY)
    block = understood_block(s)
    size = next(line for line in block.splitlines() if "4 days" in line and "size" in line.lower())
    assert "working day" in size and "weeks" not in size.split("(you said")[0]


def test_a_weekday_that_is_not_the_dates_own_is_said_and_the_date_kept():
    s = parse_situation("the ops director wants ana for four days starting mon jan 5 on the depot rota model", None, TODAY)
    block = understood_block(s)
    assert 'you said "mon" with "jan 5"' in block and "Tuesday" in block and "Tue 05 Jan 2027" in block
    assert "Check the day" not in understood_block(parse_situation("the ops director wants ana for four days starting tue jan 5 on it", None, TODAY))


def test_the_teams_days_off_are_shown_apart_from_one_persons_said_beside_them():
    s = parse_situation("forecast the search reranker against feb 12. the office closes dec 22 to jan 1 inclusive, and priya is off "
                        "jan 4-6. odds?", None, TODAY)
    block = understood_block(s)
    assert "Days off: Tue 22 Dec to Fri 01 Jan (9 working days" in block
    assert "Their own days off: Mon 04 Jan to Wed 06 Jan" in block
