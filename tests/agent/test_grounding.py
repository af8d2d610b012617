"""A model's numbers are checked before the answer leaves: sentences with numbers that no source supports (the
question, the team file, a tool result, a passage) are removed and named in a notice; the offline brain's are not touched."""

from __future__ import annotations

from agent.brains.openai_brain import OpenAIBrain
from agent.grounding import strip_ungrounded
from agent.privacy import Pseudonymizer
from agent.service import Copilot
from lead_core.settings import load_settings
from tests.agent.conftest import TODAY
from tests.support.scripted_openai import ScriptedOpenAI, reply_text, reply_tool


def test_strip_cuts_only_the_sentences_with_unsupported_numbers():
    answer = "**Finish first.** She has 2 weeks left [1]. Switching costs 7 days. Then move.\n\n- A: 40% chance.\n- B: 85% chance.\n\n> We finish in 2 weeks."
    kept, removed = strip_ungrounded(answer, ["she has two weeks left (2 weeks)", '{"p": 0.85}'])
    assert removed == ["7", "40%"]
    assert kept == "**Finish first.** She has 2 weeks left [1]. Then move.\n\n- B: 85% chance.\n\n> We finish in 2 weeks."
    assert strip_ungrounded("No numbers here.", []) == ("No numbers here.", [])


def ask(server, tmp_path, retriever, question, team=None):
    settings = load_settings(openai_base_url=server.url, openai_api_key="sk-test", model="scripted-model", brain="openai")
    copilot = Copilot(settings, brain=OpenAIBrain(settings), retriever=retriever, checkpointer_path=tmp_path / "c.sqlite", today=TODAY)
    try:
        return copilot.ask(question, team=team)
    finally:
        copilot.close()


def test_a_models_invented_number_is_removed_with_a_notice(tmp_path, retriever, example_team):
    script = [
        reply_tool("compare_strategies", {"person": Pseudonymizer.for_team(example_team).encode("Priya")}),
        reply_text("Finish first: it loses the fewest days. It also saves 37 meetings. Priya has 2 weeks left."),
    ]
    with ScriptedOpenAI(script) as server:
        r = ask(server, tmp_path, retriever, "My VP wants Priya off the fraud model; she has two weeks left. What do I say?", example_team)
    assert r.brain == "scripted-model" and r.tool_calls[0].ok
    assert "37" not in r.answer and "Finish first" in r.answer and "2 weeks left" in r.answer
    assert any("37" in n and "no such number" in n for n in r.notices), r.notices


def test_numbers_from_the_team_file_and_tools_are_kept(tmp_path, retriever, example_team):
    with ScriptedOpenAI([reply_text("Priya has invested 4 weeks and has 1.5 to 3 weeks left.")]) as server:
        r = ask(server, tmp_path, retriever, "What should I cover in my 1:1 with Priya about the fraud model?", example_team)
    assert r.answer == "Priya has invested 4 weeks and has 1.5 to 3 weeks left." and not any("no such number" in n for n in r.notices)


def test_a_figure_after_a_currency_sign_in_a_tool_result_grounds_the_answer():
    from agent.grounding import grounding_sources, ungrounded_numbers

    sources = grounding_sources("ask for two hires", None, [{"body": "the two hires cost about €190k a year (2 × €95k, my sum)"}], [])
    assert ungrounded_numbers("They cost about €190k a year (2 × €95k).", sources) == []
