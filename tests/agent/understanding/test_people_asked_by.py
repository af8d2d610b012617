"""Who asks, when the question says it in the passive ('was asked by ... to')."""

from agent.understanding.people import requester_in


def test_the_asker_after_a_passive_asked_by_is_the_requester():
    assert requester_in("dev has been asked by the data council to run their label audit for a month")[0] == "data council"
    assert requester_in("ruth was asked by Ingrid to cover the demo")[0] == "Ingrid"
