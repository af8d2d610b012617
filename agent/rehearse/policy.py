"""The next-line policy: the counterpart answers what the manager's last reply lacked, most serious first
(blame, an over-promise, numbers the case does not back, no decision, no acknowledgement, no numbers, no
options, no next step), in an order that fits the role; once nothing is lacking it adds the difficulty's
share of extra pressure from the case's numbers, then concedes. Deterministic: the first line of the
library not yet said wins.
"""

from __future__ import annotations

from agent.rehearse.library import candidates, case_fields
from agent.rehearse.models import Line, Session
from agent.rehearse.persona import presses
from agent.rehearse.signals import LineSignals, read_line

# Which gaps each role reacts to, most pressing first.
GAP_ORDER: dict[str, tuple[str, ...]] = {
    "vp": ("blame", "over_promise", "invented_numbers", "no_decision", "no_numbers", "no_options", "no_acknowledgement", "no_next_step"),
    "cto": ("blame", "over_promise", "invented_numbers", "no_numbers", "no_decision", "no_options", "no_acknowledgement", "no_next_step"),
    "cfo": ("blame", "invented_numbers", "over_promise", "no_numbers", "no_options", "no_decision", "no_acknowledgement", "no_next_step"),
    "head_of_product": ("blame", "over_promise", "invented_numbers", "no_numbers", "no_options", "no_decision", "no_acknowledgement", "no_next_step"),
    "peer_lead": ("blame", "no_acknowledgement", "over_promise", "invented_numbers", "no_numbers", "no_decision", "no_options", "no_next_step"),
    "report": ("blame", "no_acknowledgement", "over_promise", "invented_numbers", "no_decision", "no_options", "no_numbers", "no_next_step"),
}
# On easy, the counterpart lets the softer gaps go.
EASY_IGNORES = frozenset({"no_acknowledgement", "no_next_step", "no_decision", "no_options"})
MAX_PUSHBACKS = 8


def gaps(sig: LineSignals, earlier: list[LineSignals]) -> set[str]:
    """What a reply lacked, given the manager's earlier replies (acknowledging, giving numbers or options
    once is enough)."""
    found: set[str] = set()
    if sig.blame:
        found.add("blame")
    if sig.over_promises:
        found.add("over_promise")
    if sig.invented:
        found.add("invented_numbers")
    if not earlier and not sig.decision:
        found.add("no_decision")
    if not sig.acknowledgement and not any(e.acknowledgement for e in earlier):
        found.add("no_acknowledgement")
    if not sig.has_numbers and not any(e.has_numbers for e in earlier):
        found.add("no_numbers")
    if sig.option_count == 0 and not any(e.option_count for e in earlier):
        found.add("no_options")
    if earlier and not (sig.next_owner or any(e.next_owner for e in earlier)):
        found.add("no_next_step")
    return found


def next_line(session: Session) -> Line:
    """The counterpart's next line (the opening when the manager has not spoken yet)."""
    said = {line.text for line in session.transcript if line.speaker == "counterpart"}
    fields = case_fields(session.case)
    role, difficulty, case = session.role, session.difficulty, session.case

    def first_unsaid(move: str) -> str | None:
        return next((text for text in candidates(move, role, difficulty, case, fields) if text not in said), None)

    if not session.manager_lines():
        return Line(speaker="counterpart", text=first_unsaid("opening") or "What did you want to talk about?", move="opening")
    moves = [line.move for line in session.transcript if line.speaker == "counterpart"]
    if "concede" in moves:
        return Line(speaker="counterpart", text=first_unsaid("wrap") or "Anything else?", move="wrap")
    signals = [read_line(text, case, [session.situation]) for text in session.manager_lines()]
    last, earlier = signals[-1], signals[:-1]
    lacking = gaps(last, earlier)
    if difficulty == "easy":
        lacking -= EASY_IGNORES
    pushbacks = sum(1 for m in moves if m not in ("opening", "concede", "wrap"))
    if pushbacks < MAX_PUSHBACKS:
        for gap in GAP_ORDER[role]:
            if gap not in lacking:
                continue
            if last.invented:
                fields["invented"] = last.invented[0].text
            text = first_unsaid(gap)
            if text is not None:
                return Line(speaker="counterpart", text=text, move=gap)
        if moves.count("press") < presses(difficulty):
            text = first_unsaid("press")
            if text is not None:
                return Line(speaker="counterpart", text=text, move="press")
    return Line(speaker="counterpart", text=first_unsaid("concede") or "OK. I can work with that.", move="concede")
