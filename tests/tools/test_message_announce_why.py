"""A change told to the team keeps its why beside the change it explains; other news the manager adds follows in
its own paragraph, never inside the why."""

from __future__ import annotations

from tools.message import DraftInput, draft_message


def test_the_why_stays_with_the_first_change_and_other_news_follows_apart():
    facts = {"today": "2026-12-04", "points": [
        {"kind": "point", "text": "from jan 18 code review moves to a shared rota, two reviewers a day"},
        {"kind": "point", "text": "also Kofi takes over the labelling vendor once the audit closes"},
        {"kind": "reason", "text": "reviews have been sitting for three days on average"},
    ]}  # fmt: skip
    body = draft_message(DraftInput.model_validate({"audience": "own_team", "purpose": "announce_change", "facts": facts, "recipient": "team"})).body
    paragraphs = body.split("\n\n")
    assert paragraphs[1].endswith("Why: reviews have been sitting for three days on average.")
    assert paragraphs[2].startswith("Also Kofi takes over the labelling vendor")
