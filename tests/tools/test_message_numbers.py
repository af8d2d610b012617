"""Numbers in a drafted message stay whole: a thousands comma is no place to split a line."""

from tools.message import _top_level_commas


def test_a_thousands_comma_does_not_split_a_status_line():
    assert _top_level_commas("about 12,500 parcels mis-sorted, 3 depots affected") == ["about 12,500 parcels mis-sorted", " 3 depots affected"]
