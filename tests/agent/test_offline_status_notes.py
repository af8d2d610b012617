"""The offline brain's stakeholder planner: when the manager writes the update's content as notes, the message says
what they wrote, and a date inside the notes (a go-live call) is no deadline to forecast; asked for an update with
nothing more, the forecast of the named project is its content."""

from agent.understanding.messages import gives_the_update


def _tools(result):
    return [t.name for t in result.tool_calls]


def test_status_notes_written_by_the_manager_make_no_forecast(offline_copilot, example_team):
    q = ("friday note to victor, keep it tight:\n- fraud v3: eval done, +5% recall at the same precision\n"
         "- shadow run from the 14th, go-live call on jan 8 after the freeze\n- ask: ok to widen the shadow to all EU traffic? by tue pls")
    r = offline_copilot.ask(q, team=example_team)
    assert "draft_message" in _tools(r) and "forecast_completion" not in _tools(r)


def test_an_update_asked_for_with_nothing_more_forecasts_the_project(offline_copilot, example_team):
    r = offline_copilot.ask("Write a progress update on the summarizer for my director.", team=example_team)
    assert "forecast_completion" in _tools(r)


def test_one_dash_is_no_set_of_notes():
    assert not gives_the_update("update for dana - the ranker is on track")
    assert gives_the_update("update for dana:\n1. ranker on track\n2. labels 60% done")
