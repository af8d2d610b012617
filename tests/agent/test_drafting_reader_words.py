"""Who a drafted message speaks to, in the manager's words (agent.drafting.reader_words), and the drafts that follow:
the reader's title, name and pronoun in the manager's notes come out as 'you', and notes meant for the drafter stay out."""

from __future__ import annotations

from datetime import date

from agent.drafting import _reader_pronoun, draft_input, reader_words
from agent.understanding import parse_situation
from tools.message import DraftInput, draft_message

TODAY = date(2026, 12, 4)


def _drafted(question: str):
    s = parse_situation(question, None, TODAY)
    inp = draft_input(s, question, TODAY, [])
    return inp, draft_message(DraftInput.model_validate(inp))


def test_the_pronoun_is_the_one_whose_nearest_person_is_the_reader():
    names, others = ["Wilhelmina", "head of ops"], ["Rafa"]
    assert _reader_pronoun("head of ops (Wilhelmina) wants X. her team is short. Rafa said he can help", names, others) == "she"
    assert _reader_pronoun("Rafa says he can help the head of ops (Wilhelmina)", names, others) == ""  # his 'he' is Rafa's
    assert _reader_pronoun("no pronoun here at all", names, others) == ""


def test_reader_words_hold_the_title_the_name_and_a_colleague_named_in_lower_case():
    q = "head of ops (Wilhelmina) wants my team to rebuild the picking model by feb. we can't. she could lend us her planner obi for two weeks. write the no"
    s = parse_situation(q, None, TODAY)
    words = reader_words(s, q, "Wilhelmina", "director", "")
    assert "Wilhelmina" in words["names"] and words["pronoun"] == "she"
    assert "obi" in [o.lower() for o in words["others"]]


def test_a_decline_speaks_to_its_reader_not_of_them():
    q = ("Head of Fleet Maintenance (Osvaldo) wants my team to build a tyre-wear predictor by end of jan. we cant, we're on the "
         "route-pricing model til march. what I can offer: a 1 week look in Feb at whether his inspection logs are usable, or he lends "
         "us his data analyst for a month. write the no")
    inp, out = _drafted(q)
    assert inp["reader"]["pronoun"] == "he"
    assert "Head of Fleet Maintenance wants" not in out.body and "his inspection logs" not in out.body
    assert "your inspection logs" in out.body and "you lend us your data analyst" in out.body


def test_the_managers_meeting_with_the_reader_and_their_aim_stay_out_of_the_message():
    q = ("my VP (Rosalind) keeps promising customers features before asking me, latest was the invoice matcher 'by the 20th'. "
         "i've got 20 min with her thursday. want to fix the habit, not argue about one date. draft a note to her")
    _, out = _drafted(q)
    assert "20 min with" not in out.body and "Want to fix" not in out.body
    assert "keeps promising" not in out.body  # said to her, 'you keep promising', if at all


def test_a_pronoun_typed_without_its_apostrophe_is_still_the_readers():
    assert _reader_pronoun("say no to ingeborg, shes our biggest client and wants a new dashboard", ["ingeborg"], []) == "she"
    assert _reader_pronoun("reply to tobiah, hes upset about the outage", ["tobiah"], []) == "he"


def test_a_joining_word_after_a_role_word_is_no_colleague():
    q = "head of ops (Wilhelmina) wants a weekly export of her depots with estimated arrival times. write the no"
    s = parse_situation(q, None, TODAY)
    assert "with" not in [o.lower() for o in reader_words(s, q, "Wilhelmina", "director", "")["others"]]


def test_a_person_of_the_situation_typed_in_lower_case_is_someone_else_though_their_name_is_a_word(example_team):
    q = "draft the ask to victor: 9k for a labelling vendor. without it tom labels them himself, ~2 weeks of his time"
    s = parse_situation(q, example_team, TODAY)
    words = reader_words(s, q, "Victor", "vp", "")
    assert "Tom" in words["others"]
