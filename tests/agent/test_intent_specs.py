"""One home per intent: every intent has a spec whose planner, composer and tools exist."""

from __future__ import annotations

from agent.intent_specs import BY_NAME, EXAMPLES, SPECS, spec
from agent.situation import FACT_NAMES
from agent.types import INTENTS
from tools.registry import TOOLS


def test_every_intent_has_exactly_one_spec():
    assert [s.name for s in SPECS] == list(INTENTS)


def test_planners_composers_tools_and_needs_resolve():
    for s in SPECS:
        assert (s.plan() is None) == (not s.planner)
        assert (s.compose() is None) == (not s.composer)
        assert set(s.tools) <= set(TOOLS), s.name
        assert set(s.needs) <= set(FACT_NAMES), s.name


def test_unknown_names_fall_back_to_guidance_and_examples_live_with_the_agent():
    assert spec("nonsense") is BY_NAME["guidance"]
    assert EXAMPLES.exists() and EXAMPLES.parent.name == "agent"
