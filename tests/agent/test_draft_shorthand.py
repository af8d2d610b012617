"""The manager's shorthand shapes the draft and never reaches it: 'one paragraph' gives one block after the greeting, a
decided slip with no options wanted is not advised as a choice, and 'need the CFO to ...' is said as 'I need you to ...'."""

from __future__ import annotations

Q_CFO = (
    "need our cfo (marta) to approve a 2-year annotation vendor contract. numbers: we pay ~30k/mo to freelancers now; "
    "the vendor is ~21k/mo, ~504k over the term, so ~216k saved. risk: if volumes drop we still pay the minimum. one paragraph"
)
Q_SLIP = (
    "email to prof. ahmadi (runs the ethics board). the triage model review moves from mar 3 to the week of mar 24. "
    "reason: one hospital's labels were exported twice so our recall numbers were inflated. re-labelling is underway. "
    "decided, i don't want to offer options"
)


def _draft(answer: str) -> str:
    return "\n".join(line[2:] for line in answer.splitlines() if line.startswith(">"))


def test_one_paragraph_gives_the_greeting_then_one_block(offline_copilot):
    draft = _draft(offline_copilot.ask(Q_CFO).answer)
    blocks = [b for b in draft.split("\n\n") if b.strip()]
    assert blocks[0].startswith("Hi Marta") and len(blocks) == 2
    assert "I need you to approve" in draft and "one paragraph" not in draft.lower()


def test_a_decided_slip_with_no_options_is_not_advised_as_options(offline_copilot):
    answer = offline_copilot.ask(Q_SLIP).answer
    assert "the range and the options" not in answer
    assert "no options" in answer.split("**Draft", 1)[0]
    assert "Options:" not in _draft(answer)
