"""Detail extraction: people, projects, durations, percentages, dates, minutes and roles."""

from __future__ import annotations

from agent.extract import extract_details


def test_headline_details(example_team):
    d = extract_details(
        "My VP wants Priya off the fraud model on Monday and onto the LLM summarizer. She has two weeks left on a six-week model.",
        example_team,
    )
    assert d.people == ["Priya"]
    assert d.projects == ["Fraud model v3", "LLM summarizer"]
    assert [(x.value, x.unit) for x in d.durations] == [(2, "week"), (6, "week")]
    assert d.dates == ["Monday"]
    assert (d.role, d.audience) == ("VP", "executive")


def test_numbers_units_and_roles():
    d = extract_details("Plan a 45-minute 1:1; 3 days of work, 1.5 weeks left, 80% confident, due 2026-12-18, for my head of product")
    assert d.minutes == 45
    assert [(x.value, x.unit) for x in d.durations] == [(3, "day"), (1.5, "week")]
    assert d.durations[0].weeks == 0.6
    assert d.percentages == [80.0]
    assert "2026-12-18" in d.dates
    assert d.audience == "product"


def test_names_are_whole_words_and_case_insensitive(example_team):
    assert extract_details("talk to marco and SAM", example_team).people == ["Marco", "Sam"]
    assert extract_details("Samuel and Tomas joined", example_team).people == []


def test_request_count():
    assert extract_details("Which of these five incoming requests matter?").request_count == 5
