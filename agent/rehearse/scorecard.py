"""The scorecard: nine criteria from the guidance, each scored 0, 50 or 100 from the manager's own replies,
with the sentence the score rests on quoted as evidence, a better line built from the case's numbers, an
overall score and what to practise next. Scoring is rule-based and deterministic in every mode.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from agent.rehearse.library import case_fields, fill
from agent.rehearse.models import Criterion, Scorecard, Session
from agent.rehearse.signals import LineSignals, Quantity, read_line, sentences

Verdict = tuple[int, str]


@dataclass(frozen=True)
class Rule:
    """One criterion: what it asks, how it is scored, the better lines (most specific first), the drill."""

    name: str
    title: str
    score: Callable[[list[LineSignals]], Verdict]
    better: tuple[str, ...]
    drill: str
    better_for_report: tuple[str, ...] = ()


def _opening(signals: list[LineSignals]) -> str:
    """The first sentence of the first reply: the evidence when a criterion is missed entirely."""
    first = sentences(signals[0].text) if signals else []
    return first[0] if first else (signals[0].text if signals else "")


def _leads(signals: list[LineSignals]) -> Verdict:
    if signals and signals[0].decision_first:
        return 100, signals[0].decision
    partial = next((s for i, s in enumerate(signals) if (i == 0 and s.decision) or s.decision_first), None)
    return (50, partial.decision) if partial else (0, _opening(signals))


def _ranges(signals: list[LineSignals]) -> Verdict:
    promise = next((s.single_date for s in signals if s.single_date), "")
    confidence = next((s.confidence for s in signals if s.confidence), "")
    if confidence and not promise:
        return 100, confidence
    if promise:
        return (50 if confidence else 0), promise
    return 50, _opening(signals)


def _acknowledges(signals: list[LineSignals]) -> Verdict:
    if signals and signals[0].acknowledgement:
        return 100, signals[0].acknowledgement
    later = next((s.acknowledgement for s in signals if s.acknowledgement), "")
    return (50, later) if later else (0, _opening(signals))


def _options(signals: list[LineSignals]) -> Verdict:
    full = next((s.options for s in signals if s.option_count >= 2 and s.tradeoff), "")
    if full:
        return 100, full
    some = next((s.options for s in signals if s.option_count), "")
    return (50, some) if some else (0, _opening(signals))


def _quoted(signals: list[LineSignals], quantity: Quantity) -> str:
    for s in signals:
        for sentence in sentences(s.text):
            if quantity.text in sentence:
                return sentence
    return quantity.text


def _numbers(signals: list[LineSignals]) -> Verdict:
    matched = [q for s in signals for q in s.matched]
    invented = [q for s in signals for q in s.invented]
    unchecked = [q for s in signals for q in s.quantities if q.matches is None]
    if matched and not invented:
        return 100, _quoted(signals, matched[0])
    if invented:
        return (50 if matched else 0), _quoted(signals, invented[0])
    if unchecked:  # numbers, but no team file or what-if to check them against
        return 50, _quoted(signals, unchecked[0])
    return 0, _opening(signals)


def _protects(signals: list[LineSignals]) -> Verdict:
    protect = next((s.protects for s in signals if s.protects), "")
    cost = next((s.switch_cost for s in signals if s.switch_cost), "")
    if protect and cost:
        return 100, protect
    if protect or cost:
        return 50, protect or cost
    return 0, _opening(signals)


def _closing(signals: list[LineSignals]) -> str:
    """The last sentence of the last reply: where a next step was missing."""
    last = sentences(signals[-1].text) if signals else []
    return last[-1] if last else _opening(signals)


def _next_step(signals: list[LineSignals]) -> Verdict:
    full = next((s.next_step for s in signals if s.next_owner and s.next_when), "")
    if full:
        return 100, full
    some = next((s.next_step for s in signals if s.next_step), "")
    return (50, some) if some else (0, _closing(signals))


def _no_blame(signals: list[LineSignals]) -> Verdict:
    blame = next((s.blame for s in signals if s.blame), "")
    return (0, blame) if blame else (100, _opening(signals))


def _no_over_promise(signals: list[LineSignals]) -> Verdict:
    certainty = next((s.certainty for s in signals if s.certainty), "")
    if certainty:
        return 0, certainty
    soft = next((s.soft_promise for s in signals if s.soft_promise), "")
    if soft:
        return 50, soft
    confidence = next((s.confidence for s in signals if s.confidence), "")
    return 100, confidence or _opening(signals)


RULES: tuple[Rule, ...] = (
    Rule("leads_with_decision", "Leads with the decision or ask", _leads, (
        "My recommendation: {plan}; I need your OK on that today.",
        "My recommendation: let the work in flight land first, then switch; I need your OK on that today.",
    ), "Open with your recommendation or your ask in the first sentence, then give the reasons.", (
        "I've decided: {plan_you}. I want to talk through how.",
        "I've decided on a change to your work, and I want to talk through how we do it.",
    )),
    Rule("ranges_with_confidence", "Ranges with confidence, no single-date promise", _ranges, (
        "With {best}, {new_work} makes its deadline {p_best} of the time; I'll give you ranges like that, not one date.",
        "I'll give you a range with a confidence level, most likely by one date and 80% likely by a later one, rather than a single date.",
    ), "Give dates as ranges with a confidence level; never a single date on its own."),
    Rule("acknowledges", "Acknowledges the other side", _acknowledges, (
        "I understand why {new_work} matters, and I want it to land well too.",
        "I understand why this matters to you, and I want it to land well too.",
    ), "Name the other side's concern in your own words before you answer it.", (
        "I know you're {remaining} from finishing {project}, and I know how frustrating another switch is.",
        "I know you're close to finishing, and I know how frustrating another switch is.",
    )),
    Rule("options_tradeoffs", "Options with trade-offs", _options, (
        "Two options: {best}, which makes the deadline {p_best} of the time and loses {lost_best} working days, or {alt}, which makes it {p_alt} of the time and loses {lost_alt}. I recommend {best}.",
        "Two options: let the current work land first and start the new work a little later, or switch now and pay the switching cost; I recommend the first.",
    ), "Offer two or three options, each with what it costs, and say which one you recommend.", (
        "We looked at two options: {best}, which loses {lost_best} working days, or {alt}, which loses {lost_alt}; I chose {best}.",
        "We looked at two options: you finish first and then switch, or you switch now and pay the switching cost; I chose the first.",
    )),
    Rule("uses_numbers", "Uses the team's numbers correctly", _numbers, (
        "{Best} makes the deadline for {new_work} {p_best} of the time and loses {lost_best} working days; {alt} makes it {p_alt} of the time and loses {lost_alt}.",
        "Let me run the what-if on our team file and come back today with the odds and the days each option loses.",
    ), "Quote the what-if: the chance of meeting the deadline and the working days each option loses; invent nothing.", (
        "{Best} loses {lost_best} working days, against {lost_alt} for {alt}, and {new_work} makes its deadline {p_best} of the time.",
        "I ran the what-if on our team file; I'll show you the odds and the days each option loses.",
    )),
    Rule("protects_work", "Protects near-finished work or names the cost of switching", _protects, (
        "{person} is {remaining} from done on {project}; switching now costs {lost_switch} working days of ramp-up and re-ramp, so a short close-out or freeze step keeps that work.",
        "The current work is close to done; letting it land first keeps it, while switching now costs ramp-up and re-ramp time.",
    ), "Say how close the current work is to done and what switching now would cost.", (
        "You're {remaining} from done on {project}; switching now costs {lost_switch} working days, so you close it out or freeze it properly, with a short write-up, before anything moves.",
        "You're close to done, so you close it out properly first, with a short write-up, before you switch.",
    )),
    Rule("next_step_owner", "A next step with an owner", _next_step, (
        "Next step: I'll send you both options in writing by tomorrow morning, and {person} and I will agree the close-out checklist today.",
        "Next step: I'll send you both options in writing by tomorrow morning.",
    ), "Close with the next step, who owns it and by when.", (
        "Next step: you and I agree the close-out checklist tomorrow, and I'll tell the team on Friday.",
    )),
    Rule("no_blame", "No blame", _no_blame, (
        "The priorities changed, which happens in ML work; here is what we do next.",
    ), "Describe what changed and what happens next, without naming fault."),
    Rule("no_over_promising", "No over-promising", _no_over_promise, (
        "I'd rather give you odds than certainty: {p_best} likely on the plan I recommend, and I'll flag it early if that changes.",
        "I'd rather give you odds than certainty, and I'll flag it early if they change.",
    ), "Replace certainty ('guaranteed', 'no problem') with a likelihood and the main risk."),
)
CRITERIA: tuple[str, ...] = tuple(rule.name for rule in RULES)
PRACTISE_LIMIT = 2
ALL_CLEAR = "Try a tougher counterpart (--difficulty tough) or another role."


def _better(rule: Rule, role: str, fields: dict[str, str]) -> str:
    templates = (rule.better_for_report or rule.better) if role == "report" else rule.better
    for template in templates:
        line = fill(template, fields)
        if line is not None:
            return line
    return templates[-1]


def score_session(session: Session) -> Scorecard:
    """Score the manager's replies in a session."""
    signals = [read_line(text, session.case, [session.situation]) for text in session.manager_lines()]
    fields = case_fields(session.case)
    criteria = []
    for rule in RULES:
        score, evidence = rule.score(signals) if signals else (0, "")
        criteria.append(Criterion(name=rule.name, title=rule.title, score=score, evidence=evidence,
                                  better=_better(rule, session.role, fields)))
    overall = round(sum(c.score for c in criteria) / len(criteria))
    weakest = sorted((c for c in criteria if c.score < 100), key=lambda c: c.score)[:PRACTISE_LIMIT]
    drills = {rule.name: rule.drill for rule in RULES}
    practise = [f"{c.title}: {drills[c.name]}" for c in weakest] or [ALL_CLEAR]
    return Scorecard(overall=overall, criteria=criteria, practise_next=practise)
