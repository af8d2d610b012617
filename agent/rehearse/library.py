"""The pushback library: what each counterpart says, by move (the opening, what the manager's last reply
lacked, extra pressure once nothing is lacking, conceding), written in our own words from the guidance
cards (protect near-finished work, realistic expectations, plan probabilistically, educate leadership on
uncertainty, absorb chaos, trust and safe failure). Lines are templates over the case's numbers; a line
whose numbers are unknown, or whose condition does not hold, is skipped.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import dataclass

from agent.rehearse.models import DIFFICULTIES, Case
from lead_core.numbers import percent

ALL = ("vp", "cto", "cfo", "head_of_product", "peer_lead", "report")
EXECS = ("vp", "cto", "cfo", "head_of_product")
ORDINALS = {1: "second", 2: "third", 3: "fourth", 4: "fifth"}


@dataclass(frozen=True)
class Pushback:
    """One line the counterpart can say."""

    move: str
    roles: tuple[str, ...]
    text: str
    when: str = "always"


def _split_costs_more(case: Case) -> bool:
    split, best = case.figures("split_capacity"), case.figures(case.recommendation or "")
    return bool(split and best and split.strategy != best.strategy and split.lost_days > best.lost_days)


def _switch_also_safe(case: Case) -> bool:
    switch = case.figures("switch_now")
    return bool(switch and case.recommendation != "switch_now" and switch.deadline_probability >= 0.8)


CONDITIONS: dict[str, Callable[[Case], bool]] = {
    "always": lambda case: True,
    "no_whatif": lambda case: not case.has_whatif,
    "deadline_at_risk": lambda case: case.deadline_at_risk,
    "deadline_safe": lambda case: case.has_whatif and not case.deadline_at_risk,
    "switch_also_safe": _switch_also_safe,
    "split_costs_more": _split_costs_more,
    "repeat_switch": lambda case: case.switches_this_quarter >= 1,
    "near_finish": lambda case: bool(case.remaining_weeks and case.remaining_weeks[1] <= 3),
}

LIBRARY: tuple[Pushback, ...] = (
    # ---- openings
    Pushback("opening", ("vp",), "I've told the CEO {person} starts on {new_work} on Monday. I'm not here to negotiate, I'm here to hear that it's sorted.", "tough"),
    Pushback("opening", ("vp",), "I need {person} on {new_work} from Monday. It's the priority now. Can you make that happen?"),
    Pushback("opening", ("vp",), "I need your best person on the new priority from Monday. Can you make that happen?"),
    Pushback("opening", ("cto",), "I'm told {person} should move to {new_work}. Before I back any plan: what does the move do to {project}, and where's the risk on each side?"),
    Pushback("opening", ("cto",), "I'm told we're moving people to the new priority. Before I back it: what does it do to the work in flight, and where's the risk?"),
    Pushback("opening", ("cfo",), "I'm being asked to sign off on moving {person} to {new_work}. What does that cost us, in time and in money?"),
    Pushback("opening", ("cfo",), "I'm being asked to sign off on a change of priorities on your team. What does it cost us?"),
    Pushback("opening", ("head_of_product",), "Customers are waiting on {new_work}, and {person} is the one who can get it out. I need a date I can give them."),
    Pushback("opening", ("head_of_product",), "Customers are waiting on the new work. I need a date I can give them."),
    Pushback("opening", ("peer_lead",), "I heard {person} might move to {new_work}. My team planned around {project} landing, and nobody told me. What's going on?"),
    Pushback("opening", ("peer_lead",), "I heard your team is changing priorities again. Mine planned around your roadmap. What's going on?"),
    Pushback("opening", ("report",), "You wanted to talk? I'm {remaining} from finishing {project}. Please tell me this isn't about moving me."),
    Pushback("opening", ("report",), "You wanted to talk? I'm close to finishing what I'm on. Please tell me this isn't about moving me."),
    # ---- the last reply blamed someone
    Pushback("blame", EXECS, "I'm not interested in whose fault it is. I'm interested in what we do now."),
    Pushback("blame", ("peer_lead",), "Let's not make this about whose team dropped what. That won't help either of us."),
    Pushback("blame", ("report",), "Are you saying this is on me? I'm not the one who keeps changing the plan."),
    Pushback("blame", ALL, "Pointing at people doesn't change the plan. What are you proposing?"),
    # ---- the last reply promised too much (certainty, a single date, "no problem")
    Pushback("over_promise", EXECS + ("peer_lead",), "Certain? Even the best path gives {new_work} only {p_best} of making its deadline. Which is it?", "deadline_at_risk"),
    Pushback("over_promise", ("vp",), "You're sure? If I repeat that to the CEO and it slips, it's on both of us. How confident are you, really?"),
    Pushback("over_promise", ("cto",), "Nothing in ML is certain. What's the probability, and what's the main thing that could go wrong?"),
    Pushback("over_promise", ("cfo",), "I've seen 'guaranteed' on a lot of slides. What's the real probability, and what happens if it misses?"),
    Pushback("over_promise", ("head_of_product",), "If I put that date on the roadmap and it slips, I'm the one explaining it to customers. How sure are you?"),
    Pushback("over_promise", ("peer_lead",), "That sounds optimistic. If it slips, my team slips with it. What's the realistic range?"),
    Pushback("over_promise", ("report",), "You said it would be quick last time too. How do you actually know?"),
    Pushback("over_promise", ALL, "That sounds too good. What's the catch, and how likely is it really?"),
    # ---- the last reply used numbers the case does not back
    Pushback("invented_numbers", ALL, "Where does {invented} come from? It doesn't match anything I've seen for this."),
    # ---- the last reply had no decision or ask up front
    Pushback("no_decision", EXECS, "I've heard the background. What are you actually recommending?"),
    Pushback("no_decision", ("peer_lead",), "So what's the plan? Is {person} moving or not?"),
    Pushback("no_decision", ("report",), "So am I moving or not? Just tell me straight."),
    # ---- the last reply did not acknowledge the other side
    Pushback("no_acknowledgement", ("report",), "This is the {ordinal} switch this quarter. Every time I get close, the plan changes.", "repeat_switch"),
    Pushback("no_acknowledgement", ("report",), "I was {remaining} from done. Do you get what it feels like to drop that?"),
    Pushback("no_acknowledgement", ("report",), "I was close to done. Do you get what it feels like to drop that?"),
    Pushback("no_acknowledgement", ("peer_lead",), "You're not hearing me. My team planned around {project}; this lands on us too."),
    Pushback("no_acknowledgement", ("peer_lead",), "You're not hearing me. My team planned around yours; this lands on us too."),
    Pushback("no_acknowledgement", ("vp", "head_of_product"), "It doesn't sound like you've heard why this matters. The customer is waiting for {new_work}."),
    Pushback("no_acknowledgement", ALL, "It doesn't sound like you've heard why this matters to me."),
    # ---- the last reply had no numbers
    Pushback("no_numbers", ("vp",), "You say it's risky. How risky? Give me a number I can take upstairs."),
    Pushback("no_numbers", ("vp",), "'A bit later' isn't a plan. What are the odds on each path, and what does each one cost in days?"),
    Pushback("no_numbers", ("cto",), "That's a feeling, not an estimate. What does the distribution look like, and how many days does the switch burn?"),
    Pushback("no_numbers", ("cfo",), "I need figures, not adjectives. How many working days does each option lose?"),
    Pushback("no_numbers", ("head_of_product",), "Give me something I can plan a launch around. What's likely, and what's the safe date?"),
    Pushback("no_numbers", ("peer_lead",), "When does {project} land now? I need to replan my quarter around it."),
    Pushback("no_numbers", ("report",), "What happens to {project} then? How long until I'm back on it?"),
    Pushback("no_numbers", ALL, "Can you put numbers on that? I can't plan around adjectives."),
    # ---- the last reply offered no options
    Pushback("no_options", ("vp",), "Why can't {person} do both? Split the week between {project} and {new_work}."),
    Pushback("no_options", ("vp", "head_of_product"), "So the answer is just no? Give me options I can choose between."),
    Pushback("no_options", ("cto",), "What are the alternatives? Could someone else pick up the last stretch of {project}?"),
    Pushback("no_options", ("cfo",), "What if we add a contractor instead of moving {person}? Give me the options with their costs."),
    Pushback("no_options", ("head_of_product",), "What can I have by the deadline? A smaller first version of {new_work}?"),
    Pushback("no_options", ("peer_lead",), "Is there really no other way? Could {person} help us for a few days after {project} lands?"),
    Pushback("no_options", ("report",), "Do I get any say in this? Could I at least close out {project} properly first?"),
    Pushback("no_options", ALL, "Is this the only way? What are the options?"),
    # ---- the last reply had no next step with an owner
    Pushback("no_next_step", ("report",), "So what happens on Monday? Who tells the rest of the team?"),
    Pushback("no_next_step", ALL, "OK. So what happens next, and who is doing it by when?"),
    # ---- extra pressure once nothing is lacking (difficulty decides how many)
    Pushback("press", ("vp",), "Your own numbers give {new_work} only {p_best} by its deadline on the best path. The CEO already promised the customer. What do I tell them?", "deadline_at_risk"),
    Pushback("press", ("vp",), "If switching now still gets {new_work} done in time {p_switch} of the time, why not just switch now?", "switch_also_safe"),
    Pushback("press", ("vp",), "Why can't {person} do both? Half the week on each sounds fine to me.", "split_costs_more"),
    Pushback("press", ("vp", "cfo"), "What if we add a contractor to {new_work} and leave {person} where they are?"),
    Pushback("press", ("vp",), "The CEO already promised the customer. Moving the date is not an option."),
    Pushback("press", ("cto",), "Is {project} really {remaining} from done, or is that the optimistic end? What's the high end?", "near_finish"),
    Pushback("press", ("cto",), "If we pause {project} now, what rots: branches, data snapshots, eval numbers? Who pays for that?"),
    Pushback("press", ("cfo",), "Switching now loses {lost_switch} working days. What does that come to in money, and is {new_work} worth it?"),
    Pushback("press", ("cfo",), "What's the return here? Why is {person}'s time better spent on one than the other?"),
    Pushback("press", ("head_of_product",), "Sales already told the customer it's coming this quarter. Can we cut scope to make it?"),
    Pushback("press", ("head_of_product",), "Can you commit to the date if I take something else off your plate?"),
    Pushback("press", ("peer_lead",), "Why should your priority beat ours? We have a deadline too."),
    Pushback("press", ("peer_lead",), "Will you tell my team yourself, or is that on me?"),
    Pushback("press", ("report",), "Will this count against me in my review? {project} was going to be my main result."),
    Pushback("press", ("report",), "What if this happens again next month? How do I plan anything?"),
    Pushback("press", ALL, "And if that plan slips, what then?"),
    # ---- satisfied
    Pushback("concede", ("vp",), "OK. That I can take upstairs. Send it to me in writing today."),
    Pushback("concede", ("cto",), "Fair. The numbers hold up. Write it down and I'll back it."),
    Pushback("concede", ("cfo",), "Fine. Those are numbers I can work with. Send me the summary."),
    Pushback("concede", ("head_of_product",), "OK, I can plan around that. Send me the range and I'll update the roadmap."),
    Pushback("concede", ("peer_lead",), "Thanks, that helps. Let's keep each other posted."),
    Pushback("concede", ("report",), "OK. If I can close out {project} properly first, I can live with that."),
    Pushback("concede", ("report",), "OK. I can live with that if the plan holds."),
    Pushback("wrap", ALL, "I think we've covered it. Anything else?"),
)

FIELD_RE = re.compile(r"\{(\w+)\}")


def pct(p: float) -> str:
    """A what-if probability in words that never rounds a possibility to 0% or 100%."""
    return percent(p, words=True)


def _named(title: str) -> str:
    """A work title as it reads mid-sentence: 'the LLM summarizer', or a request's title in quotes."""
    if len(title.split()) > 4:
        return f"“{title}”"
    return title if title.lower().startswith(("the ", "a ", "an ")) else f"the {title}"


# The recommended plan in words, to someone else and to the person being moved.
PLANS = {
    "finish_first": ("{person} finishes {project} first, about {remaining} left, then starts {new_work}",
                     "you finish {project} first, about {remaining} left, then move to {new_work}"),
    "switch_now": ("{person} moves to {new_work} now, after a short freeze step that keeps {project} resumable",
                   "you move to {new_work} now, after a short freeze step that keeps {project} resumable"),
    "split_capacity": ("{person} splits the week between {project} and {new_work} until one of them lands",
                       "you split your week between {project} and {new_work} until one of them lands"),
    "defer_new": ("{new_work} starts at the next planning cycle, and {person} switches then if {project} is not done",
                  "{new_work} waits for the next planning cycle, and you switch then if {project} is not done"),
}
# The alternative a better line weighs the recommendation against.
ALTERNATIVE = {"finish_first": "switch_now", "switch_now": "finish_first", "split_capacity": "finish_first",
               "defer_new": "finish_first"}


def case_fields(case: Case) -> dict[str, str]:
    """Template values the case can fill; a line needing any other value is not eligible."""
    out: dict[str, str] = {}
    for key in ("person", "project", "requester"):
        value = getattr(case, key)
        if value:
            out[key] = value
    if case.new_work:
        out["new_work"] = _named(case.new_work)
    if case.remaining_weeks:
        out["remaining"] = f"{case.remaining_weeks[1]:g} weeks"
    if case.switches_this_quarter:
        out["ordinal"] = ORDINALS.get(case.switches_this_quarter, f"{case.switches_this_quarter + 1}th")
    for short, strategy in (("switch", "switch_now"), ("finish", "finish_first"), ("split", "split_capacity")):
        fig = case.figures(strategy)
        if fig is not None:
            out[f"p_{short}"] = pct(fig.deadline_probability)
            out[f"lost_{short}"] = f"{fig.lost_days:g}"
    best = case.figures(case.recommendation or "")
    alternative = case.figures(ALTERNATIVE.get(case.recommendation or "", ""))
    if best is not None and alternative is not None:
        out |= {"p_best": pct(best.deadline_probability), "lost_best": f"{best.lost_days:g}", "best": best.label,
                "Best": best.label.capitalize(), "p_alt": pct(alternative.deadline_probability),
                "lost_alt": f"{alternative.lost_days:g}", "alt": alternative.label}
        plan, plan_you = PLANS[best.strategy]
        out["plan"], out["plan_you"] = fill(plan, out) or "", fill(plan_you, out) or ""
        if case.deadline_at_risk:
            out["plan"] += f", and we agree a later date or a smaller scope for {out['new_work']}"
            out["plan_you"] += f", and I negotiate the date or scope of {out['new_work']}"
    return out


def fill(template: str, fields: dict[str, str]) -> str | None:
    """A template with its values filled in, or None when a value is missing."""
    if any(name not in fields for name in FIELD_RE.findall(template)):
        return None
    return string.Formatter().vformat(template, (), fields)


def candidates(move: str, role: str, difficulty: str, case: Case, fields: dict[str, str]) -> list[str]:
    """Eligible lines for a move and role, in library order (role-specific lines before the shared ones);
    `when` names a condition on the case or the one difficulty a line belongs to."""
    out: list[str] = []
    for entry in LIBRARY:
        if entry.move != move or role not in entry.roles:
            continue
        if entry.when in CONDITIONS and not CONDITIONS[entry.when](case):
            continue
        if entry.when in DIFFICULTIES and entry.when != difficulty:
            continue
        line = fill(entry.text, fields)
        if line is not None:
            out.append(line)
    return out
