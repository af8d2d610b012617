"""The reader's role: a title said next to a relation word ('my skip-level, the VP of product') is the role."""

from __future__ import annotations

import pytest

from agent.understanding.people import audience_in


@pytest.mark.parametrize(
    "text, role",
    [
        ("tighten this, it's for my skip-level, the vp of engineering", "vp"),
        ("send to my boss, the cfo, before friday", "cfo"),
        ("my skip-level wants the numbers", "director"),
        ("my manager asked and the vp is cc'd later", "director"),
    ],
)
def test_a_title_said_next_to_the_relation_wins(text, role):
    found = audience_in(text)
    assert found is not None and found[0] == role
