"""The 1-on-1 is with the person the manager names as the attendee, even when the story names a team-file colleague
first; a stand-in for a name ('you-know-who') gets one question back, never an agenda for an invented person."""

from __future__ import annotations

from agent.brains.offline import _attendee, _placeholder


def test_the_named_attendee_wins_over_a_colleague_the_story_mentions(example_team):
    question = "1:1 thu w/ zanele, 25 min. she quietly took over marco's eval harness last sprint. agenda?"
    assert _attendee(question, example_team, "Marco") == "Zanele"


def test_a_meeting_named_by_possession_or_prep_names_the_attendee(example_team):
    assert _attendee("zanele's 1:1 got moved, and marco keeps asking about her project", example_team, "Marco") == "Zanele"
    assert _attendee("prep for priya tomorrow: lena's research is stalling and it blocks her", example_team, "Lena") == "Priya"


def test_a_pronoun_after_with_keeps_the_person_already_read(example_team):
    assert _attendee("kasia returns monday. 1:1 with her that wednesday, 30 mins", example_team, "Kasia") == "Kasia"


def test_stand_ins_for_a_name_are_not_people():
    assert _placeholder("You-know-who") and _placeholder("so-and-so") and _placeholder("whats-his-name")
    assert not _placeholder("Ifeoma") and not _placeholder("Mary-Jane")


def test_an_agenda_asked_for_someone_other_than_the_colleague_named_uses_the_attendee(offline_copilot, example_team):
    question = "1:1 tuesday w zanele, 30 min. she's new, and took over tom's labelling scripts without being asked. agenda pls"
    r = offline_copilot.ask(question, team=example_team)
    assert "# 1-on-1 with Zanele" in r.answer and "# 1-on-1 with Tom" not in r.answer
    assert "Become a strong applied scientist" not in r.answer  # Tom's goal from the team file is not hers


def test_a_1_on_1_with_a_stand_in_for_a_name_asks_who_instead_of_building_an_agenda(offline_copilot):
    r = offline_copilot.ask("1:1 with so-and-so at 4pm. same issue as last week. how do i play it")
    assert "# 1-on-1 with" not in r.answer
    assert "?" in r.answer.split("\n\n")[0] or "One question first" in r.answer


def test_a_skip_level_is_with_the_person_named_not_their_manager_and_an_everyday_word_can_be_that_name():
    question = "skip-level with willow on monday (she reports to arjun). people say arjun never lets them ship. what do i ask?"
    assert _attendee(question, None, "Arjun") == "Willow"
    assert _attendee("1:1 with product on tuesday about the roadmap", None, "Lena") == "Lena"  # a team, not a person


def test_a_capitalised_name_the_name_list_lacks_is_another_person_in_the_story():
    from agent.brains.offline import _others_named

    question = "Ines is back Monday. While she was away, Bogdan took over her demand model. The City team helped too."
    assert "Bogdan" in _others_named(question, None, "Ines")
    assert not {"City", "Monday", "While", "Ines"} & set(_others_named(question, None, "Ines"))


def test_the_opening_line_keeps_a_name_capitalised_and_lowercases_a_plain_title(offline_copilot):
    r = offline_copilot.ask("1:1 with kenji friday, 30 min. kenji asked if he can move to the search team, i'm not moving him yet")
    assert r.answer.startswith("**Start with Kenji's request: move to the search team.**")


def test_a_noun_after_an_article_or_adjective_is_no_colleague_in_the_story():
    from agent.brains.offline import _others_named

    question = "1:1 with nnamdi friday. our new grad, two weeks in, and the intern he sits with both seem lost"
    assert "Grad" not in _others_named(question, None, "Nnamdi")


def test_a_name_the_lists_lack_paired_with_the_person_is_the_other_one_of_the_two():
    from agent.brains.offline import _others_named

    question = "kwabena and thandeka keep clashing in reviews. 1:1 with kwabena friday"
    assert "Thandeka" in _others_named(question, None, "Kwabena")
    assert "Reviews" not in _others_named("kwabena and reviews", None, "Kwabena")
