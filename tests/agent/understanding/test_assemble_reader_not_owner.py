"""A role word that owns something in the question ('the kitchen customer's audit') says whose thing it is, never who reads
the message."""

from datetime import date

from agent.understanding import parse_situation

TODAY = date(2026, 12, 4)


def test_a_possessive_role_is_not_the_reader():
    s = parse_situation("yard foreman wants oskar off the weld-seam detector from monday for 'a week or so' to build a scrap report. "
                        "oskar is 5 wks in, says 2 wks left. detector has to run on line 3 by feb 2, that's when the kitchen customer's audit is. what do i say",
                        None, TODAY)  # fmt: skip
    assert s.get("audience") != "customer"


def test_a_customer_named_as_the_reader_still_is():
    s = parse_situation("write to our customer about the weld-seam detector: it runs on line 3 from feb 2", None, TODAY)
    assert s.get("audience") == "customer"
