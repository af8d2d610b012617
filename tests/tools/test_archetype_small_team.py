"""One small team doing ML for a whole organisation, described in prose: named in the manager's own terms (its size, the
organisation, its product groups), and the facts that decide the answer (the team pulled onto whatever is urgent, a
person shared with another department, new work leadership wants) turn into a verdict on the setup and moves that each
carry their trade-off."""

from tools.archetype import ArchetypeInput, score_archetype
from tools.archetype_facts import fact, read_facts
from tools.archetype_structure import answer_org_questions, read_structure

WATER = (
    "we are 6 people doing data science for a county water utility. 3 on leak detection, 2 on demand forecasting, and "
    "half an MLE borrowed from the platform group. the whole team gets pulled onto whatever the council is upset about "
    "each quarter. our COO wants us to also take on the pump scheduling optimiser. how should we be structured?"
)


def test_the_small_team_is_named_with_its_size_organisation_and_product_groups():
    s = read_structure(WATER)
    assert s is not None and s.layout == "centralized" and s.small_team
    assert "6" in s.name and "whole utility" in s.name
    assert "3 on leak detection" in s.name and "2 on demand forecasting" in s.name
    assert "data science for" not in s.name  # the team itself is not one of its product groups


def test_the_deciding_facts_are_read_with_their_words():
    facts = read_facts(WATER)
    assert "pulled onto whatever the council is upset about" in fact(facts, "rotation").evidence
    assert fact(facts, "shared_person").subject == "half an MLE"
    assert fact(facts, "new_scope").subject == "pump scheduling optimiser"


def test_the_setup_question_gets_a_verdict_and_moves_with_their_trade_offs():
    answers = answer_org_questions(WATER, read_structure(WATER))
    setup = next(a for a in answers if a.moves)
    assert setup.question.startswith("Is the setup the problem")
    assert setup.answer.startswith("Mostly not the shape: the rotation")
    assert "borrowed from the platform group" in setup.answer
    moves = " ".join(setup.moves)
    assert "3 on leak detection and 2 on demand forecasting keep their product" in moves
    assert "the council's urgent asks" in moves and "the COO" in moves
    assert "optimisation problem" in moves  # scheduling is a solver problem, not one more forecast
    assert moves.count("Trade-off:") >= 3


def test_without_those_facts_no_setup_answer_is_invented():
    text = "we're 4 people doing ML for a small insurer. what should it look like?"
    assert not any(a.moves for a in answer_org_questions(text, read_structure(text)))


def test_the_board_mentioned_in_passing_is_no_request_for_a_board_line():
    res = score_archetype(ArchetypeInput(description="we're 5 people doing ML for a museum; we rotate onto whatever the board is angry about"))
    assert "investor_line" not in res.asked
    assert "investor_line" in score_archetype(ArchetypeInput(description="i need a line for the board about our ML org")).asked
    assert res.answers.get("ml_reports_to") is None  # one small team: where it reports is not said, so not guessed


HANDOFF = (
    "my group of nine is the analytics hub at a hospital network: the wards bring us requests, we build the models and "
    "then hand them off to the regional IT teams who host them. nobody here owns a model once it goes live, and last "
    "month the bed-demand model silently drifted for six weeks after a coding change. what is the one change you'd make?"
)


def test_a_team_that_hands_its_models_over_is_named_for_the_hand_off():
    s = read_structure(HANDOFF)
    assert s is not None and s.layout == "centralized" and "hands models over" in s.name
    assert "Own what you build in production" in s.fixes[0]


def test_models_nobody_owns_after_the_hand_off_get_the_ownership_change_with_its_trade_off():
    facts = read_facts(HANDOFF)
    said = fact(facts, "unowned_after_handoff").evidence
    assert "nobody here owns a model once it goes live" in said and "silently drifted" in said
    answers = answer_org_questions(HANDOFF, read_structure(HANDOFF))
    change = next(a for a in answers if a.moves)
    assert change.question == "The smallest structural change that stops it"
    assert change.answer.startswith("Make the team that builds a model its owner in production")
    assert "silently drifted" in change.answer  # their words, quoted back
    assert any(m.startswith("Trade-off:") for m in change.moves)


def test_a_team_that_owns_its_models_gets_no_hand_off_answer():
    text = "we're a central ML team of 8 that builds and runs the fraud models ourselves, with on-call. what should we fix first?"
    assert fact(read_facts(text), "unowned_after_handoff") is None
    assert not any(a.moves for a in answer_org_questions(text, read_structure(text)))


SPLIT_UNITS = (
    "our ML is in two places. my team is 5 people in underwriting (risk scores, fraud flags) reporting to the CRO. "
    "there are 3 data scientists sitting in claims doing triage models, they report to the claims director. "
    "a single platform engineer in IT keeps the shared feature store alive for both groups. "
    "the CTO wants to pull everyone into a central AI hub under him. what are we today and what breaks?"
)


def test_a_proposed_move_is_not_read_as_todays_layout():
    s = read_structure(SPLIT_UNITS)
    assert s is not None and s.layout == "embedded"  # not the central hub the CTO only wants
    assert "underwriting under the CRO" in s.name and "claims under the claims director" in s.name
    assert s.units == ["underwriting", "claims"]


def test_pulling_whole_groups_into_the_centre_says_what_breaks_and_the_one_person_platform():
    answers = answer_org_questions(SPLIT_UNITS, read_structure(SPLIT_UNITS))
    move = next(a for a in answers if a.question.startswith("What does pulling the groups"))
    assert move.answer.startswith("It breaks the closeness first: underwriting and claims each lose a group")
    assert "a single platform engineer in IT keeps the shared feature store alive" in move.answer
    assert "A lighter option" in move.answer


def test_a_small_team_said_with_its_models_is_named_from_them_without_the_organisation():
    for text, size, models in (
        ("ferry operator, 14 vessels. me + 4 do the berth-time model and the passenger demand forecast. ops wants more.", "5",
         "the berth-time model and the passenger demand forecast"),
        ("my team is three people, we run the fraud classifier, and the CFO wants us in finance. what are we?", "3", "the fraud classifier"),
    ):
        s = read_structure(text)
        assert s is not None and s.small_team and s.layout == "centralized", text
        assert f"team of {size} running the organisation's models ({models})" in s.name
