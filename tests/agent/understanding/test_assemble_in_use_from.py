"""The date a reader asks the work to be in use from ('will it be running the late shift from mid-March?') is the date
their yes or no is about, never the day the work starts; the start is the one the manager states."""

from datetime import date

from agent.understanding import parse_situation

TODAY = date(2026, 12, 4)


def test_the_date_the_reader_wants_it_running_from_is_the_date_that_matters():
    s = parse_situation(
        "draft a reply to ilse, she runs the depots, not technical\n\n"
        "---------- Forwarded message ---------\nFrom: Ilse Marquardt <ilse@ferrow.eu>\n\n"
        "Can I tell the regional heads on 12 February that the new routing model will be live in all depots from the start of March? Yes or no.\n\n"
        "left: clean the scanner feed, 1-2 weeks. tune the router 2-3 weeks. then 1 week in two depots. we kick off tuesday.",
        None, TODAY,
    )  # fmt: skip
    assert s.get("deadline") == "2027-03-01"
    assert s.get("start_date") == "2026-12-08"


def test_a_start_the_reader_does_not_ask_about_stays_a_start():
    s = parse_situation("tell ilse the routing model work starts from the start of march, 3 weeks of work. short note", None, TODAY)
    assert s.get("start_date") == "2027-03-01"
    assert s.get("deadline") != "2027-03-01"
