"""The model plays the counterpart: against the scripted OpenAI-compatible server with the real `openai`
client, the persona, the policy's move and the case's numbers are sent with team names pseudonymised,
placeholders in the reply are restored, and a failing endpoint falls back to the offline line, said once."""

from __future__ import annotations

from datetime import date

from agent.privacy import Pseudonymizer
from agent.rehearse.counterpart import ModelCounterpart, ScriptedCounterpart, counterpart_for
from agent.rehearse.session import Rehearsal
from lead_core.settings import load_settings
from tests.support.scripted_openai import ScriptedOpenAI, reply_status, reply_text

TODAY = date(2026, 11, 23)
SITUATION = "Victor wants Priya moved to the summarizer on Monday"
REPLIES = ["I recommend Priya finishes Fraud model v3 first.", "It's Marco's fault."]


def settings_for(server, **overrides):
    options = {"openai_base_url": server.url, "openai_api_key": "sk-test-rehearse", "model": "scripted-model",
               "llm_retries": 1}
    return load_settings(**(options | overrides))


def test_counterpart_choice_follows_the_settings(example_team):
    assert isinstance(counterpart_for(load_settings(), example_team), ScriptedCounterpart)
    configured = load_settings(openai_base_url="http://127.0.0.1:9/v1")
    assert isinstance(counterpart_for(configured, example_team), ModelCounterpart)
    assert isinstance(counterpart_for(configured, example_team, brain="offline"), ScriptedCounterpart)


def test_model_plays_the_persona_with_names_pseudonymised(example_team):
    placeholder = Pseudonymizer.for_team(example_team).encode  # Victor and Priya are in the team file

    def speak(body):
        system = body["messages"][0]["content"]
        assert "Person_" in system
        return reply_text(f"{placeholder('Priya')} stays on {placeholder('Priya')}'s work? Convince me.")

    with ScriptedOpenAI([], default=speak) as server:
        counterpart = ModelCounterpart(settings_for(server), example_team, backoff_base=0.01)
        rehearsal = Rehearsal(team=example_team, today=TODAY, counterpart=counterpart)
        session = rehearsal.start("vp", SITUATION)
        rehearsal.run_script(session, REPLIES)
        sent = server.all_text()
        first, last = server.requests[0], server.requests[-1]
    assert len(server.requests) == 3 and session.notices == []
    for name in ("Priya", "Victor", "Marco"):
        assert name not in sent, name
    system = first["messages"][0]["content"]
    assert "VP of Engineering" in system and "Your move now: opening" in system
    assert "lost_finish: 2.5" in system and "p_finish: over 99%" in system
    assert [m["role"] for m in last["messages"]] == ["system", "assistant", "user", "assistant", "user"]
    assert "Your move now: blame" in last["messages"][0]["content"]
    counterpart_lines = [line.text for line in session.transcript if line.speaker == "counterpart"]
    assert counterpart_lines[-1] == "Priya stays on Priya's work? Convince me."
    assert [line.move for line in session.transcript if line.speaker == "counterpart"] == ["opening", "no_numbers", "blame"]


def test_the_scorecard_does_not_depend_on_who_speaks(example_team):
    offline = Rehearsal(team=example_team, today=TODAY)
    expected = offline.run_script(offline.start("vp", SITUATION), REPLIES)
    with ScriptedOpenAI([], default=reply_text("Go on.")) as server:
        counterpart = ModelCounterpart(settings_for(server), example_team, backoff_base=0.01)
        online = Rehearsal(team=example_team, today=TODAY, counterpart=counterpart)
        card = online.run_script(online.start("vp", SITUATION), REPLIES)
    assert card == expected


def test_failing_endpoint_falls_back_to_the_offline_line(example_team):
    with ScriptedOpenAI([], default=reply_status(500)) as server:
        counterpart = ModelCounterpart(settings_for(server), example_team, backoff_base=0.01)
        rehearsal = Rehearsal(team=example_team, today=TODAY, counterpart=counterpart)
        session = rehearsal.start("vp", SITUATION)
        rehearsal.run_script(session, REPLIES[:1])
        requests = len(server.requests)
    offline = Rehearsal(team=example_team, today=TODAY)
    expected = offline.start("vp", SITUATION)
    offline.reply(expected, REPLIES[0])
    assert [line.text for line in session.transcript] == [line.text for line in expected.transcript]
    assert requests == 4  # two lines, each tried twice (llm_retries=1)
    assert len(session.notices) == 1 and "HTTP 500" in session.notices[0]


def test_refused_request_is_not_retried(example_team):
    with ScriptedOpenAI([], default=reply_status(401)) as server:
        counterpart = ModelCounterpart(settings_for(server, llm_retries=3), example_team, backoff_base=0.01)
        session = Rehearsal(team=example_team, today=TODAY, counterpart=counterpart).start("cfo", SITUATION)
        requests = len(server.requests)
    assert requests == 1 and "HTTP 401" in session.notices[0]


def test_a_number_the_case_does_not_back_is_not_said(example_team):
    with ScriptedOpenAI([reply_text("Fine, but switching costs 40 days, right?")], default=reply_text("Go on.")) as server:
        counterpart = ModelCounterpart(settings_for(server), example_team, backoff_base=0.01)
        session = Rehearsal(team=example_team, today=TODAY, counterpart=counterpart).start("vp", SITUATION)
    assert "40 days" not in session.transcript[0].text and session.transcript[0].move == "opening"
    assert "40 days" in session.notices[0]
