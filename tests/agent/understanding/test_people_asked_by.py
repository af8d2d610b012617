"""Who asks, when the question says it in the passive ('was asked by ... to')."""

from agent.understanding.people import requester_in


def test_the_asker_after_a_passive_asked_by_is_the_requester():
    assert requester_in("dev has been asked by the data council to run their label audit for a month")[0] == "data council"
    assert requester_in("ruth was asked by Ingrid to cover the demo")[0] == "Ingrid"


def test_a_name_then_the_desk_they_sit_at_then_the_ask_is_who_asked() -> None:
    assert requester_in("wiremu from claims just asked if ines can rerun the fraud scores")[0] == "Wiremu"
    assert requester_in("so, thandeka from the pricing desk wants a rerun by friday")[0] == "Thandeka"
    assert requester_in("data from the vendors needs cleaning first") is None


def test_a_chief_of_staff_with_a_name_in_brackets_who_pinged_a_question_is_who_asked() -> None:
    assert requester_in("the COO's chief of staff (Maren) just pinged: could we rerun the depot forecast")[0] == "Maren"


def test_the_title_of_whoever_asks_is_not_the_role_of_the_person_asked_for() -> None:
    from datetime import date

    from agent.understanding import parse_situation

    s = parse_situation("the kiln shift manager wants to borrow ottokar for two weeks from monday. yes or no?", None, date(2026, 12, 4))
    assert "manager" in (s.get("requester") or "").lower()
    assert s.get("person_role") is None  # Ottokar's role was never said


def test_my_skip_is_the_skip_level_manager_who_asks() -> None:
    assert requester_in("my skip wants noor pulled onto the billing outage for a week")[0].casefold() == "skip"
    assert requester_in("can i skip the standup so i can finish the retrain") is None


def test_a_lower_case_name_then_where_they_work_then_the_ask_is_who_asked() -> None:
    assert requester_in("tiernan at the harbour trust (external, they run the berth app) asked if the wait times can go live")[0] == "Tiernan"
    assert requester_in("we at the lab asked for more gpus") is None
