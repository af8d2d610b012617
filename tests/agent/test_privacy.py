"""Pseudonymisation: stable placeholders, whole words, round trip through nested objects."""

from __future__ import annotations

from agent.privacy import Pseudonymizer


def test_round_trip_and_whole_words(example_team):
    p = Pseudonymizer.for_team(example_team)
    text = "Priya and marco met Victor; Tomato soup is not Tom."
    encoded = p.encode(text)
    for name in ("Priya", "marco", "Victor"):
        assert name not in encoded
    assert "Tomato" in encoded and "Tom." not in encoded
    assert p.decode(encoded) == text.replace("marco", "Marco")


def test_placeholders_are_stable_and_nested(example_team):
    a, b = Pseudonymizer.for_team(example_team), Pseudonymizer.for_team(example_team)
    assert a.encode("Priya") == b.encode("Priya") and a.encode("Priya").startswith("Person_")
    obj = {"current": {"person": "Priya"}, "list": ["Sam", 3]}
    enc = a.encode_obj(obj)
    assert "Priya" not in str(enc) and a.decode_obj(enc) == obj


def test_no_team_is_identity():
    p = Pseudonymizer.for_team(None)
    assert not p.active and p.encode("Priya") == "Priya"
