"""Who the manager's notes name beside the attendee: whole groups and people, never an adverb or half a noun phrase."""

from tools.agenda import _at_whom, _named


def test_a_group_after_snapped_at_is_named_whole():
    assert _at_whom("the warehouse night shift guys during handover") == "the warehouse night shift team"


def test_a_role_after_snapped_at_keeps_its_words():
    assert _at_whom("the platform lead in review") == "the platform lead"


def test_an_adverb_before_took_over_is_not_who_covered():
    assert _named("he used to run the pricing model, which kenji largely took over while he was out", "Amir")["cover"] == "Kenji"


def test_their_work_is_named_by_what_they_have_been_working_on_not_by_their_job_title():
    from tools.agenda import _named

    notes = ("hard 1:1 with our senior research engineer Oskar. he has been working on label-free defect detection from the "
             "thermal camera for ten weeks, while the line team needs him for the scrap-rate model")
    assert _named(notes, "Oskar")["thing"] == "the label-free defect detection"
