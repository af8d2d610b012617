"""The reader named in the request is the reader: a name beside its role is the recipient, a group named with them is
the audience (never an assumed executive), a team mentioned in the content is not the reader of a note to one person,
and 'make it sound like ...' with nothing pasted is how the new message should sound, not a message to rework."""

from __future__ import annotations

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.doubt import doubtful_person
from agent.understanding.messages import purpose_of

TODAY = date(2026, 12, 4)


def test_a_reader_named_beside_their_role_is_the_recipient() -> None:
    s = parse_situation("ignatius (chair of the allotment board) read our pilot report and now says the yield model is '90% right'. "
                        "it ranks plots, it is not right 90% of the time. need a short kind note he can actually use", None, TODAY)
    assert s.intent == "stakeholder_message"
    assert s.get("recipient") == "Ignatius" and s.get("purpose") == "explain_uncertainty"


def test_an_everyday_word_with_a_role_in_brackets_is_a_name() -> None:
    question = "prosper (chair of trustees) keeps quoting our model. need a note he can use"
    assert not doubtful_person("Prosper", question)
    assert doubtful_person("Prosper", "we hope the pilot will prosper next year")


def test_a_group_named_with_the_reader_is_the_audience() -> None:
    s = parse_situation("monthly update for ines and the staff council on the badge-reader project:\n- 4 of 9 doors done\n- rest by feb 3\n"
                        "- no entry times are kept beyond 30 days", None, TODAY)
    assert s.get("recipient") == "Ines"
    assert s.get("audience") == "staff council" and s.fact("audience").source == "question"


def test_the_team_in_the_content_is_not_the_reader_of_a_note_to_one_person() -> None:
    s = parse_situation("need to turn down ottoline, she runs 12 care homes with us. she wants a family portal by the 20th. "
                        "cant, the whole team is on the dosing model until feb. what i can do: a weekly pdf from the 14th", None, TODAY)
    assert s.get("recipient") == "Ottoline" and s.get("audience") != "own_team"


def test_make_it_sound_like_with_nothing_pasted_is_a_note_on_the_new_message() -> None:
    s = parse_situation("need to say no to benedikt, he runs our biggest depot. he wants a live dashboard by the 18th, not happening, "
                        "we are all on the routing rebuild. i can offer a weekly email from monday. make it sound like a maybe, hes proud", None, TODAY)
    assert s.get("purpose") == "decline_or_negotiate" and not s.has("draft_text")


def test_a_limit_or_an_uneasy_reader_asks_for_an_explanation() -> None:
    assert purpose_of("our donor asked why the matcher cannot simply catch every duplicate. draft a reply")[0] == "explain_uncertainty"
    assert purpose_of("the head of nursing is wary of our new triage model. write her a note")[0] == "explain_uncertainty"
    assert purpose_of("my vp is nervous about the launch date. write her a note")[0] != "explain_uncertainty"


def test_a_reader_named_after_their_role_between_commas_is_the_recipient() -> None:
    s = parse_situation("our board treasurer, wilhelmina, thinks our churn model is wrong half the time. it ranks members, it does not "
                        "guess each one. write her a short note she can take to the finance committee", None, TODAY)
    assert s.get("recipient") == "Wilhelmina"


def test_a_representative_body_as_the_reader_is_the_audience() -> None:
    s = parse_situation("write an update for the union reps on the rota model: 3 of 5 depots live, no individual data kept, review on jan 14",
                        None, TODAY)
    assert s.get("audience") == "union reps"


def test_a_funder_at_an_outside_organisation_is_not_a_customer() -> None:
    s = parse_situation("Benedikta, our seed investor at Quarry Hill Capital, asked why the fall detector cannot simply catch every fall. "
                        "Draft a short reply: it warns for 9 in 10 falls, 1 alarm in 5 is false", None, TODAY)
    assert s.get("recipient") == "Benedikta" and s.get("audience") == "seed investor"


def test_my_vp_is_the_one_vp_the_team_file_names():
    from datetime import date
    from pathlib import Path

    from agent.understanding import parse_situation
    from tools.team import load_team

    team = load_team(Path(__file__).resolve().parents[3] / "examples" / "team.yaml")
    s = parse_situation("need a short note asking my VP for a second GPU node, we're queueing jobs for days", team, date(2026, 12, 4))
    assert s.get("recipient") == "Victor" and s.fact("recipient").source == "team_file"
    s = parse_situation("need a short note asking my VP for a second GPU node, we're queueing jobs for days", None, date(2026, 12, 4))
    assert s.get("recipient") is None  # no team file: nobody to name


def test_a_greeting_with_a_title_and_a_name_outside_ascii_names_the_whole_person():
    from agent.understanding.assemble import GREETING

    assert GREETING.match("Dear Ms Łukasiewicz, thank you for").group(1) == "Ms Łukasiewicz"
    assert GREETING.match("Hi Ørjan, quick one").group(1) == "Ørjan"
