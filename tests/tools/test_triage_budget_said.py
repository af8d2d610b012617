"""A request that does not fit what is left of the week's interruption budget says so in numbers (its days against the
days left), and 'used up' only when nothing is left."""

from datetime import date

from tools.team import Request
from tools.triage import InboxInput, triage_inbox

MONDAY = date(2026, 12, 7)


def _reasons(budget: float) -> list[str]:
    inbox = InboxInput(
        requests=[
            Request(title="Checkout scoring returns errors since the release", requester="Ivo", kind="incident", urgency="critical",
                    impact="high", effort_days=1),
            Request(title="Segment list for the spring campaign", requester="Rui", kind="ad_hoc_analysis", impact="high",
                    effort_days=3, deadline=date(2026, 12, 18)),
        ],
        interruption_budget_days=budget, today=MONDAY,
    )  # fmt: skip
    held = next(d for d in triage_inbox(inbox).decisions if d.title.startswith("Segment"))
    return [r.text for r in held.reasons]


def test_an_ask_bigger_than_the_budget_left_says_both_numbers():
    assert any("3 days are more than the 1 day left" in r for r in _reasons(2))


def test_a_spent_budget_is_said_used_up():
    assert any("used up" in r for r in _reasons(1))
