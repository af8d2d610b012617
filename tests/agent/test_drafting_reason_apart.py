"""The reason the manager gives after an announced change ('..., after an unreviewed merge wiped ...') reaches the
message as its why, and is never listed as missing."""

from __future__ import annotations


def test_an_announced_change_gives_its_reason_as_the_why(offline_copilot):
    q = ("draft an announcement to my team. settled, not up for debate: from monday the eleventh nobody merges to the feature store "
         "without a second approver, after an unreviewed merge wiped the holiday features for three regions on a sunday. twelve of us.")
    answer = offline_copilot.ask(q).answer
    assert "Why: an unreviewed merge wiped the holiday features for three regions on a Sunday." in answer
    assert "why the change is happening" not in answer  # the manager said why: it is not listed as missing
