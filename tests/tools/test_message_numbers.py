"""Numbers in a drafted message stay whole: a thousands comma is no place to split a line."""

from tools.message import _top_level_commas


def test_a_thousands_comma_does_not_split_a_status_line():
    assert _top_level_commas("about 12,500 parcels mis-sorted, 3 depots affected") == ["about 12,500 parcels mis-sorted", " 3 depots affected"]


def test_a_cost_said_in_words_is_carried_when_the_draft_writes_it_in_figures():
    from datetime import date

    from tools.message import Facts, _dropped_facts

    facts = Facts(cost="about ninety-five thousand euro a year each", today=date(2026, 12, 4))
    assert _dropped_facts(facts, "Hi Ana,\n\nEach hire is about 95,000 euro a year.") == []
    assert _dropped_facts(facts, "Hi Ana,\n\nEach hire is about 59,000 euro a year.")
