"""1-on-1 agendas: a time-boxed agenda for one person, built from where they stand (blocked, near
finishing, just reprioritized, overdue for feedback, short on learning time) and from the cues the
manager gives (a new hire who doesn't ask, burnout, a promotion wish, a research go/no-go...), with
questions to ask in that situation. Their topics come first; each rule that shaped the agenda is listed
with the guidance it follows. Minutes add up exactly. Works for someone known only by name.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tools.agenda_specifics import carried, condensed, private_reads, stated_guesses, stated_specifics
from tools.agenda_stance import Stance, read_stance
from tools.agenda_hard_point import HardPoint, hard_points
from tools.agenda_owed import owed_work
from tools.agenda_concern import Concern, concern_on_work
from tools.agenda_spinning import SPINNING_ON, Spinning, part_of, spinning_on
from tools.agenda_peer import Intake, direct_requests, peer_case
from tools.message import longest_shared_run
from tools.agenda_reasons import goal_scope, goal_words, ALWAYS_NEARLY, ASKED_IF, REJOIN, BAR_UNMET, DEFENSIVE, GAP_RE, IMPACT, RAISED_BEFORE, gap_only, gap_asks, gap_examples, stated_strength, bar_unmet, helper_named, NOT_A_PLAN_YET, OWN_PART, SOFTLY, AskAnswer, Reading, Reason, Words, answer_asks, asks_how_to_say_no, conduct_examples, continues_work, gone_personal, their_pronoun, joint_after_separate, load_items, opener, performance_examples, promised_text, read_notes, reason_items, second_person, stated_gaps
from lead_core.number_words import SAID_NUMBER, number
from lead_core.units import MONTHS
from tools.errors import ToolInputError
from tools.team import Person, Team

FEEDBACK_OVERDUE_DAYS = 30
_CONTRACT = re.compile(r"\b(?:contractor|consultant|freelancer|vendor|agency)\b", re.I)

Cue = Literal[
    "new_hire",
    "quiet",
    "burnout",
    "wants_promotion",
    "stuck",
    "underperforming",
    "conflict",
    "conduct",
    "research_go_no_go",
    "returning_from_leave",
    "reprioritized",
    "near_finish",
    "disengaged",
    "retention_risk",
    "inherited",
    "managing_up",
    "skip_level",
]
CUES: tuple[str, ...] = Cue.__args__  # type: ignore[attr-defined]


class AgendaInput(BaseModel):
    """The person, the meeting length, today's date and what the manager says about the situation."""

    model_config = ConfigDict(extra="forbid")

    person: Person = Field(
        description="The team member (role, status, current work, blockers, goals, action items...); a name and role 'team member' is enough."
    )
    minutes: int = Field(default=30, ge=15, le=120, description="Meeting length in minutes (15-120).")
    today: date = Field(description="Today's date (for feedback recency).")
    cues: list[Cue] = Field(
        default_factory=list,
        max_length=len(CUES),
        description=(
            "The situation: new_hire, quiet, burnout, wants_promotion, stuck, underperforming, conflict, conduct (how they "
            "treat others, raised by the people on the receiving end), "
            "research_go_no_go, returning_from_leave, reprioritized, near_finish, disengaged, inherited (a report you "
            "take over from another manager), managing_up (the 1-on-1 is with your own manager), skip_level (with a report of "
            "one of your managers)."
        ),
    )
    observations: dict[Cue, str] = Field(
        default_factory=dict,
        description="What the manager noticed, per cue, in their own words (a short clause of their notes).",
    )
    notes: str = Field(
        default="", max_length=2000, description="The manager's notes on the person; used to name things, never quoted whole."
    )
    person_in_team: bool = Field(
        default=True,
        description="False when the person is not in the team file: missing records (feedback date, learning time) are then unknown, not zero.",
    )
    due: date | None = Field(
        default=None,
        description="A date the manager states for this person's case, when there is one (a promotion packet's due date).",
    )
    due_item: str = Field(
        default="", max_length=120,
        description="What `due` is the date of, when the manager's notes say ('grace's lineage doc (due the 15th)'); empty: their current work.",
    )
    others: list[str] = Field(
        default_factory=list,
        max_length=12,
        description="Other people the manager's notes name (a colleague in a conflict, who covered their work), as written.",
    )
    relationship: Literal["report", "peer", "boss", "skip", "other_team"] = Field(
        default="report",
        description="Who the person is to the manager: a report, a peer who leads another team, their own boss, a skip-level, or someone in another team; it chooses the question set.",
    )
    free: list[str] = Field(default_factory=list, max_length=12, description="Teammates the team file shows with room (status available), who could take work off this person.")
    dated: bool = Field(default=True, description="False when the manager gave no meeting day: the agenda then says so instead of printing today's date.")
    their_work: list[str] = Field(
        default_factory=list,
        max_length=12,
        description="Planned work the team file gives them, each as 'the <task> (<project>)': stretch options a promotion path can offer.",
    )


class AgendaItem(BaseModel):
    """One time-boxed agenda item."""

    minutes: int = Field(ge=1, description="Minutes for this item.")
    title: str = Field(description="Item title.")
    owner: Literal["them", "you", "both"] = Field(description="Who leads it.")
    notes: str = Field(default="", description="What to cover.")


class FeedbackPrompt(BaseModel):
    """A prompt for giving or asking for feedback."""

    kind: Literal["technical", "interpersonal"] = Field(description="Feedback area.")
    prompt: str = Field(description="The prompt.")


class RuleApplied(BaseModel):
    """A guidance rule that shaped the agenda."""

    rule: str = Field(description="Rule id.")
    guidance: str = Field(description="Guidance tag.")
    detail: str = Field(description="Why it fired.")


class Agenda(BaseModel):
    """A 1-on-1 agenda ready to use or export."""

    person: str = Field(description="Who the 1-on-1 is with.")
    minutes: int = Field(description="Meeting length; item minutes add up to exactly this.")
    date: _dt.date = Field(description="Meeting date.")
    items: list[AgendaItem] = Field(description="Agenda items in order.")
    questions: list[str] = Field(description="Questions to ask.")
    feedback_prompts: list[FeedbackPrompt] = Field(description="Technical and interpersonal feedback prompts.")
    growth_item: str = Field(description="Growth topic tied to their career goal.")
    carried_over: list[str] = Field(description="Open action items from the last 1-on-1.")
    prep_notes: list[str] = Field(description="What the manager should prepare.")
    rules_applied: list[RuleApplied] = Field(description="Rules that fired, with guidance tags.")
    answers: list[AskAnswer] = Field(default_factory=list, description="The manager's direct questions about this meeting, answered.")
    aims: list[str] = Field(default_factory=list, description="What the manager wants from this meeting, in their words.")
    markdown: str = Field(description="The agenda as Markdown.")

    def to_markdown(self) -> str:
        """The agenda as Markdown."""
        return self.markdown


def _allocate(weights: list[float], total: int) -> list[int]:
    """Split `total` minutes by weight (largest remainder), at least one minute per item, summing exactly."""
    n = len(weights)
    base = [1] * n
    spare = total - n
    if spare < 0:
        raise ToolInputError(f"A {total}-minute meeting is too short for {n} agenda items.")
    wsum = sum(weights)
    shares = [spare * w / wsum for w in weights]
    floors = [int(s) for s in shares]
    left = spare - sum(floors)
    order = sorted(range(n), key=lambda i: (-(shares[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return [b + f for b, f in zip(base, floors)]


@dataclass(frozen=True)
class _CueSpec:
    """What one cue adds: an agenda item, questions for that situation, prep notes and the guidance it follows."""

    title: str
    owner: Literal["them", "you", "both"]
    weight: float
    notes: str
    questions: tuple[str, ...]
    prep: tuple[str, ...]
    guidance: str
    detail: str
    leads: bool = False  # the reason for this meeting: it comes before their topics
    drops: frozenset[str] = frozenset()  # template parts that would contradict the situation


_SAFE_TO_ASK = _CueSpec(
    title="Settling in: it's safe to ask",
    owner="both",
    weight=3,
    notes=(
        "Make asking normal: say plainly that questions are expected, agree the two-hour rule (ask after two hours "
        "stuck), introduce their buddy, and ask what has surprised them."
    ),
    questions=(
        "What has surprised you so far?",
        "What did you get stuck on this week, and how long before you asked someone?",
        "Who do you go to with a question, and is that working?",
        "What would make it easier to ask a question that feels basic?",
        "What would a good first 30, 60 and 90 days look like to you?",
        "How do you like to work and be managed: updates, feedback, how often we meet?",
    ),
    prep=(
        "Pick a buddy for {name} before the meeting (patient, not their reviewer) and tell the buddy first.",
        "Be ready to share a question you asked when you were new, to show asking is normal.",
    ),
    guidance="normalize-asking-for-help",
    detail="{label}: make asking safe (psychological safety), agree the two-hour rule and name a buddy.",
)

# A new joiner's first 1-on-1 (they start this week or the meeting is their first): the welcome and the first weeks.
_FIRST_WEEKS = _CueSpec(
    title="Welcome: the first weeks",
    owner="both",
    weight=4,
    notes=(
        "Welcome them and say why you hired them. Walk through the first weeks: who to meet, the first small project and what "
        "done looks like, how the team works (standups, reviews, on-call). Ask how they like to work and be managed, and what "
        "they saw work well where they came from; say plainly that questions are expected. Agree what a good first 30, 60 "
        "and 90 days looks like."
    ),
    questions=(
        "What would make your first few weeks a success for you?",
        "What did you see work well at your last place that we should know about?",
        "How do you like to work and be managed: updates, feedback, how often we meet?",
        "What would a good first 30, 60 and 90 days look like to you?",
    ),
    prep=(
        "Have a first small project ready for {name}, with a named buddy who reviews it, and tell the buddy first.",
        "Send {name} the first-week plan (people to meet, access, docs to read) before day one.",
    ),
    guidance="normalize-asking-for-help",
    detail="A new joiner's first 1-on-1: the welcome, the first weeks, a first project and a buddy, and how they like to work.",
    leads=True,
)
_STARTED_WEEKS_AGO = re.compile(r"\b(?:started|joined|arrived|has been (?:here|with us))\b[^.;]{0,40}\b(?:\w+ )?(?:weeks?|wks?|a month) ago\b|\b(?:two|three|four|2|3|4|a few) (?:weeks?|wks?) in\b", re.I)
_FIRST_MEETING = re.compile(
    r"\bfirst (?:proper |real |official |actual )?(?:1[:-]?1|1[- ]on[- ]1|one[- ]on[- ]one|meeting|week|day)\b|\b(?:starts|joins|joining|starting)\b[^.;,]{0,15}?\b(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|next week|this week)\b",
    re.I,
)

# Quiet is not new: someone who rarely speaks up needs room and another channel, not a buddy and onboarding.
_SPEAK_UP = _CueSpec(
    title="Room to speak up: it's safe to ask",
    owner="them",
    weight=3,
    notes=(
        "Quiet in a group is not a problem to fix. Ask open questions and leave silence after them, offer another "
        "channel (questions sent beforehand, writing), and ask what would make it easier to raise an idea or a concern."
    ),
    questions=(
        "What's something you've been thinking about that hasn't come up in meetings?",
        "Where is it easiest for you to raise an idea or a concern: in writing, one-on-one, or in the meeting?",
        "What would make it easier to ask a question or push back, in a meeting or outside it?",
    ),
    prep=("Send {name} two or three of the questions beforehand, so there is time to think them through.",),
    guidance="trust-and-safe-failure-culture",
    detail="{label}: open questions, time to think and another channel (psychological safety); not a new joiner's onboarding.",
)

# Cue -> what it adds, in the order the items appear after "Their topics". The stuck, near_finish and
# reprioritized cues reuse the record-driven rules below instead.
CUE_SPECS: dict[str, _CueSpec] = {
    "burnout": _CueSpec(
        title="How you're doing: workload and rest",
        owner="them",
        weight=4,
        notes=(
            "Listen first. Go through their load, agree what to drop or defer, and talk about time off. "
            "No performance talk today; point to support (the employee assistance programme, EAP) if they need more than a lighter load."
        ),
        questions=(
            "How are you doing, honestly?",
            "What is taking the most out of you right now?",
            "What could we drop or defer for the next few weeks?",
            "When did you last take real time off? Would some help now?",
        ),
        prep=(
            "List {name}'s current commitments and decide what you can take off their plate before the meeting.",
            "Have the employee assistance programme (EAP) details ready, in case they want support beyond work changes.",
            "Hold any performance feedback for another conversation.",
        ),
        guidance="sustainable-pace",
        detail="Signs of burnout: workload, what to drop, time off and support first; no performance talk.",
        drops=frozenset({"growth", "feedback", "technical_prompts", "feedback_prompts", "learning", "deep_work_note"}),  # rest first: no asking for feedback on you
    ),
    "new_hire": _SAFE_TO_ASK,
    "quiet": _SPEAK_UP,
    "returning_from_leave": _CueSpec(
        title="Welcome back: re-onboarding",
        owner="both",
        weight=3,
        notes=(
            "Welcome them back and ask how they are first. Then what changed while they were away (people, priorities, "
            "systems), briefly and honestly, each with the why: work that was dropped was a business call, not a judgement "
            "on them. Agree what they pick up first, a ramp over the next few weeks rather than everything on day one, any "
            "flexible hours they need, and what they want to own again."
        ),
        questions=(
            "How are you, and how would you like to ease back in?",
            "What would you like to know first about what changed?",
            "Is there anything about your schedule or pace we should plan around (hours, days, flexibility)?",
            "What would you like to pick back up, and what would you rather leave where it is now?",
        ),
        prep=(
            "Write a short 'what changed' note (decisions, priorities, people, systems) that {name} can read in their own time; cover only the top three in the meeting.",
            "Decide what {name} picks up first and what can wait, and sketch a ramp over the first few weeks.",
        ),
        guidance="re-onboarding",
        detail="Back from leave: welcome first, what changed with the why, a ramp plan and what they want back; no information dump.",
        leads=True,
        drops=frozenset({"growth", "feedback", "technical_prompts", "feedback_prompts", "learning", "deep_work_note"}),  # nothing recent to ask about; a status from before the leave
    ),
    "conflict": _CueSpec(
        title="The friction with {other}",
        owner="them",
        weight=3,
        notes="Hear them out first. Separate facts from interpretations (what happened, what was said, what each side needs), no blame, and agree one next step.",
        questions=(
            "What happened, from your side?",
            "What do you think {other} needs?",
            "What would a good outcome look like for you?",
            "What could you do differently, and what should I do?",
        ),
        prep=("Hear {other}'s side separately before you decide anything.",),
        guidance="facts-not-blame",
        detail="A conflict: hear them out, facts not blame, one agreed next step.",
        drops=frozenset({"growth", "technical_prompts"}),  # the clash holds the meeting: no career filler or code critique beside it
    ),
    "conduct": _CueSpec(
        title="How you treat the people you work with",
        owner="you",
        weight=4,
        notes=(
            "This is a behaviour conversation, not a check-in: say why you are meeting in your first two minutes, with no "
            "small talk first and no feedback sandwich. Describe two or three specific things that happened (what was said "
            "or done, when) and the impact on the people involved; their seniority or output does not excuse it. Protect "
            "the people who raised it (no names unless they agreed). Bring in HR if it is a pattern, if anyone may have "
            "been harassed or discriminated against, or before any formal step."
        ),
        questions=(
            "How do you think your reviews and comments land with the people who receive them?",
            "What is going on when you rewrite someone's work without telling them?",
            "What will you do differently from this week, and how will we both know it changed?",
        ),
        prep=(
            "Write down the specific incidents (dates, words used, what was done) from what you were told, not impressions.",
            "Talk to the people who raised it first: what they need now, and what they are comfortable with you saying.",
            "Check with HR or your company's policy whether this needs to be recorded or handled formally.",
            "Pick a follow-up date and put it in both calendars.",
        ),
        guidance="holistic-feedback",
        detail="A conduct concern: specific incidents, their impact, the expectation, a follow-up date; HR for a pattern.",
        leads=True,
        drops=frozenset({"growth", "feedback", "technical_prompts", "feedback_prompts", "learning", "deep_work_note"}),
    ),
    "underperforming": _CueSpec(
        title="Expectations and support",
        owner="you",
        weight=3,
        notes=(
            "Be clear and specific: what is expected, with one or two concrete examples of where the work fell short; "
            "ask what gets in the way; agree the support you'll give and a follow-up date. If it continues after that, involve HR."
        ),
        questions=(
            "How are you doing, at work and outside it? Is anything making these weeks harder?",
            "How do you see your work over the last few weeks?",
            "What is getting in the way?",
            "What support would help most?",
        ),
        prep=(
            "Write down the expectation and one or two specific examples (dates, work items), not impressions.",
            "Pick a follow-up date and put it in both calendars; note that HR comes in if it continues.",
        ),
        guidance="holistic-feedback",
        detail="Performance concern: clear expectations with examples, support, a follow-up date (HR if it continues).",
        leads=True,
        drops=frozenset({"growth", "feedback"}),
    ),
    "research_go_no_go": _CueSpec(
        title="Go/no-go checkpoint for {thing}",
        owner="both",
        weight=3,
        notes=(
            "Agree explicit criteria for 'go' (the result to beat, on which data), the date of the checkpoint, and what a 'no' "
            "would mean. Stopping on evidence is a result, not a failure: say so."
        ),
        questions=(
            "What result by the checkpoint would tell us to keep going?",
            "What would make you call it a 'no' yourself?",
            "If it's a no, what would you want to write up or salvage, and what would you like to work on next?",
            "How are you holding up with the uncertainty?",
        ),
        prep=(
            "Propose a checkpoint date and a draft of the go/no-go criteria for {thing}.",
            "Decide what a 'no' would mean for {name} (a write-up, the next project) so stopping isn't read as failure.",
        ),
        guidance="lead-through-long-exploration",
        detail="A research bet at uncertain odds: a go/no-go checkpoint with criteria and a date.",
        leads=True,
        drops=frozenset({"growth"}),
    ),
    "disengaged": _CueSpec(
        title="What energises you",
        owner="them",
        weight=3,
        notes="Ask what gives them energy and what drains them; agree one change to try before next time (a problem, a pairing, more ownership).",
        questions=(
            "What part of your work gives you energy these days?",
            "What drains you?",
            "If you could pick your next problem, what would it be?",
        ),
        prep=("Think of one or two problems or areas of ownership you could offer {name}.",),
        guidance="attract-and-retain-ml-talent",
        detail="Seems disengaged: find what energises them and one change to try.",
    ),
    "wants_promotion": _CueSpec(
        title="Path to the next level",
        owner="them",
        weight=3,
        notes=(
            "Name the gap to the next level in concrete terms (scope, impact, behaviours, with examples), agree one stretch "
            "project that would show it, and say how you will sponsor their case."
        ),
        questions=(
            "What does the next level look like to you?",
            "Where do you think the gap is, in your words?",
            "Which piece of work coming up would stretch you in that direction?",
            "Who else should see your work, and how can I put it in front of them?",
        ),
        prep=(
            "Read the next level's expectations and write down two concrete gaps, each with an example.",
            "Have one stretch project in mind for {name} that would show the next level.",
            "Decide how you will sponsor the case (calibration, visibility with your own manager).",
        ),
        guidance="champion-career-growth",
        detail="Wants a promotion: the concrete gap, a stretch project and sponsorship.",
        drops=frozenset({"deep_work_note"}),
    ),
}
CUE_SPECS["inherited"] = _CueSpec(
    title="Getting to know each other",
    owner="both",
    weight=5,
    notes=(
        "A first 1-on-1 as their new manager: listen more than you talk. How they like to work and be managed, what they "
        "are working on and proud of, what they need from you, and what the previous manager promised or had in motion "
        "(a promotion case, a project, training), so nothing is dropped in the handover."
    ),
    questions=(
        "What are you working on, and what are you most proud of from the last few months?",
        "How do you like to work with your manager: how often we meet, written or live updates, how you like feedback?",
        "What did your previous manager do that you want me to keep doing, and what would you change?",
        "Was anything promised or in motion with your previous manager (a promotion case, a project, training) that I should know about?",
        "What do you need from me in the next month?",
        "Where do you want to grow over the next year?",
    ),
    prep=(
        "Ask {name}'s previous manager for a handover: current work, strengths, growth goals, and anything promised (promotion, projects, training).",
        "Read {name}'s last review and recent work before the meeting.",
        "Prepare two minutes on how you work (how you like updates, when you're reachable) so they know what to expect.",
    ),
    guidance="weekly-one-on-one-and-trust",
    detail="An inherited report: get to know how they work and what they need, and carry over what the previous manager promised.",
    leads=True,
    drops=frozenset({"growth", "feedback", "technical_prompts", "learning"}),
)
CUE_SPECS["managing_up"] = _CueSpec(
    title="Decisions and asks",
    owner="you",
    weight=4,
    notes="What you need from {name}: the decisions, the support and the pushback you came for, each with your numbers and the option you propose.",
    questions=(
        "What are your top priorities for the next month, and is my team working on the right things for them?",
        "Is there anything you need from me or my team that you are not getting?",
    ),
    prep=(
        "Write down the one or two decisions you need from {name}, each with your recommendation and the numbers behind it.",
        "Send the routine updates in writing beforehand so the meeting goes to decisions.",
    ),
    guidance="stay-informed-ask-right-questions",
    detail="A 1-on-1 with your own manager: your asks and decisions first, then updates, feedback for you and your growth.",
    leads=True,
    drops=frozenset({"growth", "feedback", "technical_prompts", "learning"}),
)
CUE_SPECS["skip_level"] = _CueSpec(
    title="How things look from where they sit",
    owner="them",
    weight=5,
    notes=(
        "A skip-level: you are there to listen and learn, not to manage around {their_manager}. How the team works, what "
        "gets in their way, what they would change, and what they need from leadership; say what you will do with what you hear."
    ),
    questions=(
        "What is going well on the team right now?",
        "What gets in the way of your work that leadership could fix?",
        "If you could change one thing about how we work, what would it be?",
        "How do you get the support you need from your manager? Is anything missing?",
        "What do you want leadership to know that we might not hear?",
    ),
    prep=(
        "Tell {their_manager} about the skip-level and its purpose beforehand, so it is not a surprise.",
        "Decide what you will do with what you hear, and say it: themes go back to {their_manager} without names.",
    ),
    guidance="stay-informed-ask-right-questions",
    detail="A skip-level: listen for how the team works and what leadership should fix; no managing around their manager.",
    leads=True,
    drops=frozenset({"growth", "feedback", "technical_prompts", "learning"}),
)
_CUE_LABELS = {"new_hire": "New to the team", "quiet": "Rarely asks or speaks up"}
# "i want to push back on moving priya to the summarizer and also ask about my own growth": the topics the manager brings.
_TOPIC_RE = re.compile(
    r"\b(?P<verb>push back on|ask (?:about|for)|discuss|raise|talk about|bring up|get (?:a )?decision on|flag|agree on|agree(?= (?:a|an|the|on a|some) (?:rule|norm|process|policy|way|protocol|principle)\b)|escalate|"
    r"get (?:some |an? |her |his |their )?(?:agreement|alignment|buy-in) on|get (?:her |his |their |[a-z]+'s )?(?:backing|support|sign-?off|approval|blessing|ok) (?:for|on))\s+"
    r"(?P<what>.+?)(?=\s*(?:[.;,!?]|\band (?:also )?(?:to )?(?:push|ask|discuss|raise|talk|bring|get|flag|agree|escalate)\b|$))",
    re.IGNORECASE,
)
_GROWTH_RE = re.compile(r"\b(?:my (?:own )?(?:growth|career|development|promotion|next step)|grow(?:ing)? (?:as a|into)|feedback on me)\b", re.IGNORECASE)
_RESEARCH_RE = re.compile(
    r"(?:\b(?:the|our|their|his|her|a|an)|\b[A-Z][a-z]+['’]s)\s+((?:[\w-]+\s+){0,3}?(?:research|bets?|experiments?|projects?|models?|prototypes?|study|exploration|spikes?|branch|approach|track))\b"
    r"(?!\s+(?:scientists?|engineers?|leads?|team|managers?|directors?|group|org|fellows?|assistants?|analysts?|staff)\b)",  # 'our principal research scientist' is a role
    re.IGNORECASE,
)
_WORKING_ON = re.compile(r"\b(?:has|have|'s|had) been (?:working on|exploring|researching|prototyping|chasing)\s+(?P<w>(?:the |her |his |their )?[\w-]+(?:\s+[\w-]+){0,4}?)"
                         r"(?=\s+(?:from|for|with|on|using|since|and|but|in|at)\b|[.,;]|$)", re.I)
# Work named by how long it has run: '14 wks into in-ovo sexing from hyperspectral images'.
_WEEKS_INTO = re.compile(r"\b(?P<n>\d+|two|three|four|five|six|eight|ten|twelve|several|many) (?P<u>wks?|weeks?|months?|sprints?) into (?:the |a |an |his |her |their |our )?"
                         r"(?P<w>['\u2018\"\u201c][\w /-]{3,40}['\u2019\"\u201d](?: [\w-]+)?|[\w /-]{3,60}?)(?=\s*[.,;:!?(]|$|\s+(?:and|but|so|now)\b)", re.IGNORECASE)
# What they are stuck on, up to where the clause about it ends ('stuck on the calibration script without telling anyone').
_SPAN = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of)\s+(?:days?|weeks?|wks?)"
_STUCK_ON_RE = re.compile(
    rf"\b(?:stuck|blocked)\s+(?:(?:for\s+)?(?:about |almost |over |nearly )?{_SPAN}\s+)?(?:now\s+)?(?:on|by|with)\s+((?:(?!(?:for|since|and|but|without|because|while|when|until|after|before|so|which|who|yesterday|today|again)\b)[\w-]+\s*){{1,6}})",
    re.IGNORECASE,
)
_HOW_LONG_RE = re.compile(
    r"\b(?:stuck|blocked)\b[^.;!?]{0,60}?\b(?:for|since)\s+(?P<d>(?:about |almost |over |nearly |more than )?(?:\d+|a|an|one|two|three|four|five|six|several|a few|a couple of)\s+(?:days?|weeks?|months?))\b"
    r"|\b(?P<e>(?:\d+|one|two|three|four|five|six|several|a few|a couple of)\s+(?:days?|weeks?))\s+(?:stuck|blocked)\b"
    rf"|\b(?:stuck|blocked)\s+(?:about |almost |over |nearly )?(?P<f>{_SPAN})\b",  # 'stuck 6 days on the forecast'
    re.IGNORECASE,
)
# Why they are stuck, said right after what on ('stuck on the forecast: the site 4 logs are a timezone mess'), as a whole clause.
_STUCK_WHY = re.compile(r"\b(?:stuck|blocked)\b[^.;!?:]{0,80}?(?::\s+|\s+because\s+|\s+-{1,2}\s+|\s+since\s+(?=the\b))"
                        r"(?P<why>[^.;!?()]{8,140}?)(?=\s*\(|\s+and (?:she|he|they|i)\b|,\s+(?:and|but|so)\b|[.;!?]|$)", re.I)
_TIMELINE_RE = re.compile(r"(?P<t>(?:~|about |roughly |maybe |probably )?(?:\d+|\ban?\b|one|two|three|four|five|six|nine|twelve)\s*(?:-|to)?\s*(?:\d+\s+)?(?:months?|quarters?|years?|cycles?))\s+(?:away|out|off)\b", re.IGNORECASE)
_OTHER_RE = re.compile(r"\b(?:with|and|against|between|from|by)\s+([A-Z][a-z]{2,})\b")
_PAIR_RE = re.compile(r"\b([A-Za-z]{3,}) and ([A-Za-z]{3,}) (?:are|have been|keep|were) (?:fighting|arguing|clashing|butting heads|at odds|not talking)\b", re.IGNORECASE)
_AT_PERSON_RE = re.compile(r"\b(?:snapp(?:ed|ing) at|yell(?:ed|ing) at|fighting with|arguing with|clash(?:ed|ing) with|butting heads with|friction with|conflict with|tension with|fell out with)\s+([a-z]{3,})\b")
_ABOUT_RE = re.compile(r"\b(?:fighting|arguing|clashing|disagree\w*|conflict|friction|at odds|at war|feuding|at each other|back and forth)(?:\s+(?!over\b|about\b)\w+){0,4}?\s+(?:over|about)\s+([^.;,()!?]{4,80})", re.IGNORECASE)
_MANAGER_RE = re.compile(r"\b(?:on|in|from)\s+([A-Za-z]{3,})['’]s team\b|\breports? to ([A-Za-z]{3,})\b|\b([A-Za-z]{3,})['’]s (?:direct )?reports?\b", re.IGNORECASE)
_COVER_RE = re.compile(
    r"\b(?!(?:and|but|which|who|that|then|so|she|he|they|also|who)\b)([A-Za-z]{3,})(?:['’]s| has| had)?(?:\s+[a-z]+ly)?\s+(?:been\s+)?(?:cover(?:ing|ed)|took over|taken over)\b"  # 'priya partly took over': an -ly adverb is never who covered
    r"|\b([A-Za-z]{3,})\s*\([^()]{0,30}?\b(?:cover(?:ing|ed)|took over|taken over)\b",  # "oren (contractor covering her)"
    re.IGNORECASE,
)
# Who someone is rather than a name ("the contractor covering her"): never named as the person who covered.
_ROLE_WORDS = frozenset("contractor contractors consultant temp intern team colleague someone somebody manager lead engineer nobody "
                        "partly partially mostly largely fully temporarily also just which that who".split())
_CHANGE_RE = re.compile(
    r"\b(?:dropp\w+|cancel\w*|paus\w+|shelv\w+|killed|new (?:pm|product manager|manager|lead|director|vp|hires?|team|process|tools?|stack|"
    r"priorit\w+)|cover(?:ed|ing)|took over|taken over|moved|left|joined|reorg\w*|migrat\w+|replac\w+|shipped|launched|retired|deprecated|sunset\w*|"
    r"(?:went|handed|given|reassigned|transferred) (?:over )?to|"
    r"(?:started|kicked off|began|spun up) (?:a |the )?new|changed (?:a lot|alot|loads))\b",
    re.IGNORECASE,
)
_DECIDE_RE = re.compile(r"\bdo i (?:just )?(?:decide|pick|choose)\b|\bshould i (?:just )?(?:decide|pick|choose)\b|\bwho owns\b|\bownership\b|\b(?:pick|choose|name) an owner\b", re.IGNORECASE)
# A 1-on-1 with a former peer: a friend, or someone who applied for the role the manager got.
_PEER_RE = re.compile(
    r"\b(?:my )?(?:old|former|ex-?) ?(?:peers?|teammates?|colleagues?)\b|\bapplied for (?:this|the|my|that|the same) (?:role|job|position)\b|"
    r"\b(?:manag|lead)\w* my (?:old|former) (?:team|peers|teammates|colleagues)\b|\bwe were peers\b|\bpromoted (?:over|above|ahead of)\b|"
    r"\b(?:is|'s|who is|are|'re) (?:also )?(?:a|my) (?:close |good |best |old )?friend\b|\bmy (?:close |good |best )?friend,|\bwe(?:'re| are) (?:close |good |old )?friends\b",
    re.IGNORECASE,
)
_APPLIED_RE = re.compile(r"\bapplied\b|\bwent for (?:it|the role|this role)\b|\binterviewed for\b|\balso wanted (?:it|the role)\b", re.IGNORECASE)
# The manager was the one promoted ('got promoted to lead last week'), which is no promotion wish of the report's.
_SELF_PROMOTED = re.compile(r"\b(?:i(?:'ve| have| was|'m| am)?|just) (?:just )?(?:been |got |gotten )?promoted\b|^\W*(?:just )?got promoted\b", re.IGNORECASE)
_PAIR_NAME = re.compile(r"(\S+) and (\S+)")
_NOT_NAMES = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "The", "They", "She",
    "He", "We", "Our", "Their", "This", "That", "Slack", "Jira", "Python", "I", "My", "Me", "Someone", "Nobody",
    "Everyone", "Team", "His", "Her", "Who", "Which",
}  # fmt: skip


# A clipped phrase never ends on these ('who owns the', 'without making her'): it backs off to a whole phrase instead.
_CONNECTIVES = frozenset("and or but so without because while which who whose than".split())
_DANGLING = frozenset("the a an of to and or but with for at in on by from his her their my our your its who whose that without making".split())


def _clip_words(text: str, n: int) -> str:
    """At most n words of a phrase, never cut mid-phrase: a cut backs off to the last connective, then drops dangling words."""
    words = text.split()
    if len(words) <= n:
        return " ".join(words).strip(" ,;:-")
    kept = words[:n]
    cut = max((i for i, w in enumerate(kept) if i >= 3 and w.casefold().strip(",;:") in _CONNECTIVES), default=None)
    if cut is not None:
        kept = kept[:cut]
    while len(kept) > 2 and kept[-1].casefold().strip(",;:") in _DANGLING:
        kept.pop()
    return " ".join(kept).strip(" ,;:-")


# Words after 'snapped at' that are no one's name: 'one of the coaches', 'someone', 'a coach', 'the ops lead'.
_NOT_A_PERSON = frozenset(
    "a an one someone somebody anyone anybody everyone everybody people the our my his her their him them us me some two "
    "another other others each both all".split()
)  # fmt: skip
_ROLE_AFTER = re.compile(r"^(?:one|some|two|a few|several) of (?:the|our|my|his|her|their) ([a-z]+?)(?:e?s)?\b|^(?:an?|the|our|my|his|her|their|another) ((?:[a-z-]+ ){0,3}?[a-z-]+)(?=\s*(?:$|[.,;:!?()]|\s(?:in|at|on|during|and|or|but|which|who|when|because|bc|about|over|for|again|today|yesterday|this|last|twice|once|after|before)\b))", re.I)
# Plural heads that name a group of people ('the ride ops guys'): said back as that group's team.
_GROUP_HEADS = frozenset("guys folks people lot crew gang peeps".split())


def _at_whom(tail: str) -> str | None:
    """Who the words after 'snapped at' name: a name ('Sam'), a role as 'the coach', or None when they name no one."""
    word = tail.split()[0].strip(".,;:!?") if tail.split() else ""
    if word.casefold() not in _NOT_A_PERSON:
        return word.capitalize() if word and word.capitalize() not in _NOT_NAMES else None
    role = _ROLE_AFTER.match(tail)
    noun = next((g for g in role.groups() if g), "") if role else ""
    words = noun.casefold().split()
    if len(words) > 1 and words[-1] in _GROUP_HEADS:  # 'snapped at the ride ops guys': the ride ops team, never 'the ride'
        words[-1] = "team"
    noun = " ".join(words)
    return f"the {noun}" if noun and noun not in _NOT_A_PERSON | _ROLE_WORDS else None


def _stuck_words(notes: str) -> dict[str, str]:
    """What they are stuck on ('blocker') and why, when the notes say it right after ('blocker_why')."""
    found: dict[str, str] = {}
    stuck = _STUCK_ON_RE.search(notes)
    if stuck:
        found["blocker"] = _clip_words(re.split(r"[.,;!?]", stuck.group(1))[0], 6)
    why = _STUCK_WHY.search(notes)
    if why and len(why.group("why").split()) >= 3:
        found["blocker_why"] = why.group("why").strip(" ,")
    return found


def _named(notes: str, person: str) -> dict[str, str]:
    """Short names for things in the manager's notes (a research bet, a blocker, another person); never the notes whole."""
    found: dict[str, str] = {}
    research = _RESEARCH_RE.search(notes)
    working = _WORKING_ON.search(notes)
    if working:  # 'has been working on calibration-free glucose estimation': their work by what they do, before any noun list
        w = working.group("w").strip()
        found["thing"] = w if re.match(r"(?:the|a|an)\s", w, re.I) else "the " + re.sub(r"^(?:her|his|their)\s+", "", w, flags=re.I)
    elif research:
        found["thing"] = "the " + _clip_words(research.group(1), 4)
    into = _WEEKS_INTO.search(notes)
    quoted = re.match(r"['\u2018\"\u201c]([^'\u2019\"\u201d]+)['\u2019\"\u201d]", into.group("w")) if into else None
    if quoted:  # "6 wks into the 'style match' thing": the name they gave it, with what it is ('detector') when they say
        noun = into.group("w")[quoted.end():].strip() if into else ""
        noun = "work" if not noun or noun.lower() in ("thing", "stuff", "one") else noun
        found["thing"] = f"\u2018{quoted.group(1).strip()}\u2019 {noun}"
    if into:
        found.setdefault("thing", _clip_words(into.group("w"), 8))
        found["invested"] = f"{into.group('n')} {re.sub(r'(?i)^wks?$', 'weeks', into.group('u'))}"
    found |= _stuck_words(notes)
    other = next((m.group(1) for m in _OTHER_RE.finditer(notes) if m.group(1) not in _NOT_NAMES and m.group(1) != person), None)
    pair = _PAIR_RE.search(notes)  # "aisha and marco are fighting": the other one of the two
    if other is None and pair:
        other = next((n.capitalize() for n in pair.group(1, 2) if n.casefold() != person.casefold()), None)
    at = _AT_PERSON_RE.search(notes)  # "snapped at sam"; "snapped at one of the coaches" is the coach, never 'One'
    if other is None and at:
        other = _at_whom(notes[at.start(1) :])
    about = _ABOUT_RE.search(notes)
    if about:
        found["about"] = _clip_words(about.group(1), 12)
    if other:
        found["other"] = other
    if _DECIDE_RE.search(notes):
        found["decide"] = "yes"
    if promised_text(notes):
        found["promised"] = promised_text(notes)
    found |= _held_while_away(notes)
    if _FIRST_MEETING.search(notes) and not _STARTED_WEEKS_AGO.search(notes):  # weeks in already: settling, not a welcome
        found["first_meeting"] = "yes"
    for key, pattern in (("manager", _MANAGER_RE), ("cover", _COVER_RE)):
        who = next((g.capitalize() for m in pattern.finditer(notes) for g in m.groups() if g and g.casefold() not in _ROLE_WORDS), None)
        if who and who not in _NOT_NAMES and who.casefold() != person.casefold():
            found[key] = who
    changes = [_clip_words(c, 16) for c in re.split(r"[.;,:!?()]|\band\b|\bbut\b", notes)
               if _CHANGE_RE.search(c) and len(c.split()) >= 2 and not _MANAGERS_WANT.match(c) and not _VAGUE_CHANGE.fullmatch(c.strip())]  # 'I want to...' is the manager's aim
    listed = _CHANGED_LIST.search(notes)
    if listed:  # the manager's own list of what changed, item by item, before any clause that merely mentions a change
        items = [_clip_words(x.strip(), 10) for x in re.split(r",|;|\band\b", listed.group("l") or listed.group("m")) if len(x.split()) >= 1 and x.strip()]
        changes = items + [c for c in changes if not any(c in i or i in c for i in items)]
    if "held" in found or _OWNED_AWAY.search(notes):  # the takeover has its own sentence
        changes = [c for c in changes if not re.search(r"\b(?:took|taken) over\b", c, re.I)]
    if changes:
        found["changes"] = "; ".join(f"\u201c{c}\u201d" for c in changes[:5])
    listed_strengths, listed_gaps = stated_gaps(notes)
    if listed_gaps and (not GAP_RE.search(notes) or len(listed_gaps) > 1):  # 'not there yet: ships fast, design docs thin, never leads reviews'
        found["gap"] = "; ".join(_clip_words(g, 10) for g in listed_gaps)
    elif bar_unmet(notes) and not GAP_RE.search(notes):  # 'staff here means owning something cross-team and she hasn't done that yet'
        found["gap"] = _clip_words(bar_unmet(notes), 10)
    if listed_strengths:
        found["strength"] = "; ".join(_clip_words(x, 8) for x in listed_strengths)
    if "strength" not in found and stated_strength(notes):
        found["strength"] = _clip_words(stated_strength(notes), 10)
    for key, pattern, group in (("how_long", _HOW_LONG_RE, ""), ("gap", GAP_RE, "g"), ("timeline", _TIMELINE_RE, "t")):
        if key in found:
            continue
        m = pattern.search(notes)
        if m:
            value = m.group(group) if group else (m.group("d") or m.group("e") or m.group("f"))
            if key == "gap" and re.match(r"(?i)has", m.group(0)):
                value = "not yet " + re.sub(r"\s+yet$", "", value.strip())  # "hasn't led anything cross-team yet"
            elif key == "gap" and re.match(r"(?i)never", m.group(0)):
                value = "never " + value.strip()
            if key == "gap":  # "never led anything across teams and she skips design reviews": two gaps
                found[key] = "; ".join(_clip_words(g, 8) for g in re.split(r"\s+and\s+(?:she|he|they)\s+", gap_only(value.replace("~", "about ")))[:2])
                continue
            found[key] = _clip_words(value.replace("~", "about "), 10)
    return found


# Their work carried by others while they were away ('we split his dwell-time model between two people'), the fear it
# reads as not needed, and what the team was told ('the team just knows "leave"').
_SPLIT_AWAY = re.compile(r"\b(?:split|shared|divided|spread|handed|passed|gave)\s+(?:his|her|their)\s+(?P<w>[^.;,]{3,50}?)\s+(?:between|among|across|to|over to)\s+(?P<who>[^.;,]{3,40}?)(?=\s+(?:and|but|so|which)\b|[.;,]|$)", re.I)
_OWNED_AWAY = re.compile(r"\b(?:she|he|they)\s+(?:used to own|owned|used to run|used to lead|was the owner of|built)\s+(?P<w>(?:the|her|his|their)\s+[^.;,()]{3,40}?),?\s+"
                         r"(?:which|that|and)\s+(?P<who>[A-Za-z]{3,})\s+(?P<how>(?:partly|partially|mostly|largely|fully)\s+)?(?:took|has taken|picked|has picked)\s+(?:it\s+)?(?:over|up)\b", re.I)
# What changed while they were away, listed: 'a lot has changed (new feature store, fraud v3)', 'while she was out: a, b, c'.
_CHANGED_LIST = re.compile(r"\b(?:a lot|lots|loads|much|plenty|quite a bit|a few things)\s+(?:has\s+|have\s+)?changed\s*\((?P<l>[^()]{3,120})\)"
                           r"|\bwhile (?:she|he|they) (?:was|were) (?:out|away|off)(?: on leave)?\s*[:\u2013-]\s*(?P<m>[^.]{3,240})", re.I)
# The pattern they come back to: "she'll be 4 days a week", 'coming back part-time'.
_BACK_PATTERN = re.compile(r"\b(?:(?:she|he|they)(?:'ll| will)|(?:she|he|they)(?:'s| is|'re| are) (?:coming back|returning|going to be))\s+(?:be\s+|work(?:ing)?\s+|on\s+)*"
                           r"(?P<p>(?:\d|one|two|three|four) days? (?:a|per) week|part[- ]time|half[- ]time|(?:mornings|afternoons) only)\b", re.I)
_NOT_NEEDED = re.compile(r"\bdidn'?t need (?:you|him|her|them)\b|\bnot needed\b|\breplaceable\b|\bwe (?:did|managed) fine without\b", re.I)
_TEAM_KNOWS = re.compile(r"\b(?:the )?team (?:just |only )?knows\b|\b(?:only|just) (?:i|me) know\b|\bthe team thinks\b", re.I)


def _held_while_away(notes: str) -> dict[str, str]:
    """For a return: the work others held while they were away, said so it reads as held for them, not as not needed;
    and what the team knows stays as it is."""
    found: dict[str, str] = {}
    split = _SPLIT_AWAY.search(notes)
    if split:
        fear = " Say it before they wonder: the work went fine because of how they left it, not because they weren't needed." if _NOT_NEEDED.search(notes) else ""
        found["held"] = (f"Their {split.group('w').strip()} was held by {split.group('who').strip()} while they were away: tell them "
                         f"plainly it is theirs to take back, at their pace, and credit what they built.{fear}")
    owned = _OWNED_AWAY.search(notes)
    if owned and not split:
        who, part = owned.group("who").capitalize(), "part of it" if owned.group("how") else "it"
        found["held"] = (f"Who owns {owned.group('w').strip()} now: it was theirs, and {who} took {part} over while they were away. "
                         f"Settle it openly: what comes back to them now and what stays with {who} for the moment, with {who}'s part credited; "
                         f"talk to {who} beforehand so nothing is decided behind anyone's back.")
    back = _BACK_PATTERN.search(notes)
    if back:
        found["pattern"] = (f"They'll be on {back.group('p')}: agree which days and hours, and size the ramp and what they own to that "
                            "week, not a full-time one.")
    if _TEAM_KNOWS.search(notes):
        found["private"] = "What the team knows about the leave stays as it is; ask what, if anything, they want said."
    return found


# How the manager wants to say it, not what: 'raise it without sounding like i'm whining'.
_MANNER = re.compile(r"\s+(?:without|so (?:that|it)|in a way|while (?:not|still))\b.*$", re.I)
_PRONOUN_TOPIC = re.compile(r"^(?:it|this|that|this issue|the issue|this one|the problem|this problem|this thing)(?:\s+and\s+(?:what|how|when|who|whether)\b.*)?$", re.I)


def _topics(notes: str) -> list[tuple[str, str]]:
    """What the manager wants to bring to their own manager, as (verb, topic): ('push back on', 'moving Priya to the summarizer');
    how they want to say it ('without sounding like i'm whining') is no part of the topic."""
    found = [(m.group("verb").lower(), _clip_words(m.group("what") if m.group("verb").lower() == "agree" else _MANNER.sub("", m.group("what")), 20))
             for m in _TOPIC_RE.finditer(notes)]  # a rule's own 'without a talk with me first' is the rule, not the manner
    return [(v, t) for v, t in found if t][:3]


@dataclass
class _Item:
    """One agenda item being planned, with the questions and prep that belong to it."""

    priority: int  # lower stays when time is short
    weight: float
    title: str
    owner: Literal["them", "you", "both"]
    notes: str
    questions: list[str] = field(default_factory=list)
    prep: list[str] = field(default_factory=list)
    leads: bool = False
    rank: int | None = None  # where it goes: 0 unblock, 1 the opener, 2 the reasons the manager gave, 3 other leads, 4 the rest


@dataclass
class _Plan:
    """Agenda items being assembled, the rules that fired and prep notes that belong to no single item."""

    items: list[_Item] = field(default_factory=list)
    rules: list[RuleApplied] = field(default_factory=list)
    prep: list[str] = field(default_factory=list)
    drops: set[str] = field(default_factory=set)  # template parts an item rules out once it is planned
    vetoes: list[re.Pattern[str]] = field(default_factory=list)  # stock wording the manager's stance or advice rules out
    carried: list[str] = field(default_factory=list)  # the manager's words an item carries in its own wording (a hard point)

    def add(self, priority: int, weight: float, title: str, owner: Literal["them", "you", "both"], notes: str) -> _Item:
        item = _Item(priority, weight, title, owner, notes)
        self.items.append(item)
        return item


def _clash_specifics(named: dict[str, str]) -> str:
    """A disagreement that turned personal or silent: the moment named as behaviour with the expectation, the question
    itself settled on evidence (a time-boxed comparison, the manager deciding if still split), and no carrying tales."""
    other = named.get("with", "the other person")
    where = f" {named['moment']}" if named.get("moment") else ""
    parts = [f"Name what happened{where} as behaviour, with what you saw, apart from the disagreement itself. The expectation, "
             "whatever the technical call: disagree about ideas, never about the person, and work together in the open again"
             + (f" (talking {named['silent']})" if named.get("silent") and named["silent"] != "at all" else "") + " from tomorrow."]
    if named.get("about") and not _VERSUS.match(named["about"]):
        parts.append(f"What it is about: {named['about']}; agree how it gets decided (criteria, a date, and you decide if it is still split).")
    day = f" you see {other} {named['other_day']} with the same message" if named.get("other_day") else f" you will talk to {other} yourself"
    parts.append(f"Speak only for yourself: don't repeat what {other} said or carry it back;{day}.")
    return " ".join(parts)


def _settle_item(plan: _Plan, named: dict[str, str]) -> None:
    """A technical disagreement between two people ('embeddings vs keeping the GBM ranker'): settled on evidence, in an
    item of its own, not by who argues harder."""
    versus = _VERSUS.match(named.get("about", ""))
    if versus is None:
        return
    a, b = (re.sub(r"^(?:keeping|staying (?:with|on)|sticking (?:with|to)|moving to|switching to)\s+", "", x.strip(), flags=re.I) for x in versus.group("a", "b"))
    item = plan.add(0, 2, f"{a[0].upper() + a[1:]} vs {b}: how it gets decided", "both", (
        f"Take the question off the people: agree the criteria with both (the metric, the data, what difference counts) and "
        f"a time-boxed offline comparison of {a} and {b}, with one shared write-up. If it is still split after that, you decide, "
        "and say so now so nobody has to win the argument."))
    item.rank, item.leads = 2, True
    item.questions.append("What result, on which data, would convince you of the other option?")
    item.prep.append(f"Sketch the comparison of {a} and {b} (metric, data, a date) before the meeting, to agree with both.")


def _specifics(cue: str, named: dict[str, str]) -> str:
    """What the manager's notes add to a cue's item: what a conflict is about; the gap, strength and timeline of a promotion case."""
    if cue == "conflict" and (named.get("moment") or named.get("silent")) and not named.get("personal"):
        return _clash_specifics(named)
    if cue == "conflict" and named.get("personal"):
        return named["personal"] + (f" What it is about: {named['about']}; end with who owns what." if named.get("about") else "")
    if cue == "conflict" and named.get("about"):
        decide = " If it comes to who owns it, decide after hearing both: one owner (or a split by area with a named reviewer) within the week, told to both together." if named.get("decide") else ""
        return f"What it is about: {named['about']}; end with who owns what.{decide}"
    if cue == "conduct" and (named.get("examples") or named.get("impact")):
        said = f"What was reported, in your notes: {named['examples']}." if named.get("examples") else ""
        hurt = f" How it landed: {named['impact']}." if named.get("impact") else ""
        return (said + hurt).strip() + " Get when and where for each before the meeting."
    if cue == "inherited" and named.get("promised"):
        return (f"The promise in your notes ({named['promised']}): ask what exactly was said and what they understood; don't "
                "repeat it or dismiss it today, and say when you will come back with what is realistic.")
    if cue == "returning_from_leave" and (named.get("changes") or named.get("held") or named.get("private") or named.get("pattern")):
        cover = f" Agree with {named['cover']} what comes back and what stays with them." if named.get("cover") and not named.get("held") else ""
        changed = f"What changed, in your notes: {named['changes']}.{cover}" if named.get("changes") else ""
        return " ".join(x for x in (changed, named.get("held", ""), named.get("pattern", ""), named.get("private", "")) if x)
    if cue != "wants_promotion":
        return ""
    parts = []
    if named.get("strength"):
        parts.append(f"Start from what is already strong ({named['strength']}).")
    if named.get("gap"):
        parts.append(f"The gap as you see it: {named['gap']}; give one or two examples and one project that would close it.")
    if named.get("timeline"):
        parts.append(f"Be honest about the timeline ({named['timeline']} away, as you judge it) and agree checkpoints on the way.")
    return " ".join(parts)


# Their work handed on while they were away, and then shipped ('we moved his irrigation model to someone else and it
# shipped', 'her churn model got handed to the platform team and it went live in october').
_MOVED_AND_SHIPPED = re.compile(
    r"\b(?P<thing>(?:his|her|their) (?:[\w-]+ ){0,4}?(?:model|pipeline|project|forecaster|classifier|detector|service|system|dashboard|work|tool|feature|parser|recommender|ranker|optimi[sz]er)s?)\b"
    r"[^.;!?]{0,60}?\b(?:and |but )?(?:it |they )?(?:has |have )?(?:shipped|went live|launched|landed|is live|is in production|went out|rolled out)\b", re.I)


def _cycle_passed(item: _Item, cue: str, notes: str, name: str) -> None:
    """The promotion item when the cycle passed while they were away: said plainly, no judgement, and the next one."""
    if cue != "wants_promotion" or not _CYCLE_PASSED.search(notes):
        return
    w = _person_words(notes, name, [])
    was = "were" if w.they == "they" else "was"
    item.title, item.owner = "Promotion: the cycle that passed, and the next one", "you"
    item.notes = (f"Say it plainly and early, before {w.they} ask{'s' if w.they != 'they' else ''}: {w.they} {was} up for promotion, "
                  f"that cycle passed while {w.they} {was} away, and it is no judgement on {w.their} work. Give the date of the next "
                  f"cycle, whether {w.their} case goes forward in it, and what it needs by then; agree who writes it and when you look at it together.")
    item.questions = ["What would you want the case to say, and what would you like me to say for you?"]
    item.prep = ["Find the next promotion cycle's date and what the case needs before the meeting.",
                 f"Decide whether you will put {w.name} forward in it, and what from before the leave you can already cite."]


def _cue_items(
    plan: _Plan, cues: list[str], fill: dict[str, str], seen: dict[str, str] | None = None, named: dict[str, str] | None = None,
    covered: frozenset[str] = frozenset(), notes_text: str = "", others: list[str] | None = None,
) -> None:
    """Add the items the cues call for, in the table's order; new_hire and quiet share one item. What the manager
    noticed (`seen`, per cue) and the specifics of their notes open the item's notes. A cue whose situation the
    manager's own words already cover (`covered`: a conflict they described, a goal in their words) adds no template item."""
    seen, named = seen or {}, named or {}
    added: set[str] = set()
    for cue, spec in CUE_SPECS.items():
        if cue not in cues or cue in covered:
            continue
        detail = spec.detail.format(label=_CUE_LABELS.get(cue, ""), **fill)
        if cue == "quiet" and "new_hire" in cues:
            detail = detail.replace("; not a new joiner's onboarding", "")  # they are new: the settling-in item covers both
        if cue == "underperforming" and "burnout" in cues:
            detail = "Performance concern noted but held back: with signs of burnout, workload and support come first."
        plan.rules.append(RuleApplied(rule=f"cue-{cue.replace('_', '-')}", guidance=spec.guidance, detail=detail))
        if cue == "quiet" and "new_hire" in cues:
            spec = _SAFE_TO_ASK  # a new joiner who doesn't ask: one settling-in item
        if cue in ("new_hire", "quiet") and "new_hire" in cues and named.get("first_meeting"):
            spec = _FIRST_WEEKS  # their first 1-on-1: the welcome and the first weeks, not a settling-in check
        if spec.title in added or (cue == "underperforming" and "burnout" in cues):
            continue
        added.add(spec.title)
        noticed = next((seen[c] for c in (cue, "quiet" if cue == "new_hire" else "new_hire") if seen.get(c)), "")
        noticed = _whole_clause(_tidy_quote(noticed), notes_text) if noticed else ""
        opening = f"From your notes: \u201c{noticed}\u201d. " if noticed and cue not in ("inherited", "managing_up", "skip_level") else ""
        specific = _specifics(cue, named)
        quieter = _QUIETER.search(notes_text) if cue == "quiet" and spec is _SPEAK_UP else None
        if quieter:  # quieter than they were: a change to ask about, not a trait to make room for
            since = f" since {quieter.group('s').strip()}" if quieter.group("s") else " lately"
            spec = replace(spec, title="What changed: quieter lately", notes=(
                f"This is a change, not who they are: say kindly what you have noticed (quieter{since}) and ask what changed "
                "for them; listen for the work, the change around them, or something outside work, and agree one thing to try."),
                questions=(f"You've seemed quieter{since}. How are things for you?", "What would make the work feel more like yours again?"))
        if spec is _FIRST_WEEKS:
            specific = (specific + " " + _first_weeks_extras("quiet" in cues, notes_text, fill["name"])).strip()
        if spec in (_FIRST_WEEKS, _SAFE_TO_ASK):
            specific = (specific + " " + _slow_start(notes_text, fill["name"])).strip()
        elif spec is _SPEAK_UP:  # not new, but quietly redoing work alone: the same cost of not asking
            specific = (specific + " " + _solo_rework_item(notes_text, fill["name"])).strip()
        owned = _team_part(notes_text, fill["name"]) if spec in (_FIRST_WEEKS, _SAFE_TO_ASK) else ""
        notes = opening + (f"{owned} " if owned else "") + spec.notes.format(**fill) + (f" {specific}" if specific else "")
        item = plan.add(0 if cue == "burnout" or spec.leads else 2, spec.weight, spec.title.format(**fill), spec.owner, notes)
        item.leads = spec.leads
        if spec is _SAFE_TO_ASK and seen.get("quiet"):  # 'never asks', "says 'all good'": open-ended 'their topics' first gets nothing
            item.leads = True
            theirs = next((x for x in plan.items if x.title == "Their topics"), None)
            if theirs is not None:
                theirs.weight = min(theirs.weight, 1.5)
        item.rank = 1 if cue == "returning_from_leave" else None  # welcome them back before anything else
        if cue == "conflict" and (named.get("moment") or named.get("silent")):  # it happened: why we meet, then how it gets settled
            item.leads, item.rank = True, 2
            _settle_item(plan, named)
        if cue == "burnout":
            item.rank = 1 if "returning_from_leave" not in cues else item.rank  # how they are doing opens the meeting, after a welcome back
            _burnout_specifics(item, notes_text, _person_words(notes_text, fill["name"], others or []))
            _move_after_item(plan, notes_text, _person_words(notes_text, fill["name"], others or []))
        back = cue == "burnout" and "returning_from_leave" in cues  # just back from time off: the pace from here, not more time off
        if back:
            _back_from_burnout(item, notes_text, fill["name"])
        else:
            item.questions += [q.format(**fill) for q in spec.questions]
            _before_day_one(item, notes_text, [n.format(**fill) for n in spec.prep])
        _cycle_passed(item, cue, notes_text, fill["name"])  # the cycle went by while they were away: say so, and the next one
        if cue == "wants_promotion" and named.get("gap"):  # the gaps are named: the prep is their examples, not finding gaps
            item.prep = [f"Find one recent example for each gap you named ({named['gap']}), and one for what is already strong."
                         if n.startswith("Read the next level's expectations") else n for n in item.prep]
        shipped = _MOVED_AND_SHIPPED.search(notes_text) if cue == "returning_from_leave" else None
        if shipped:  # their work moved on and shipped: credit it by name, not 'work that was dropped'
            w = _person_words(notes_text, fill["name"], [])
            thing = shipped.group("thing")
            item.notes = item.notes.replace(
                "work that was dropped was a business call, not a judgement on them",
                f"{thing} moved on while {w.they} {'were' if w.they == 'they' else 'was'} away and it shipped: say so early, credit "
                f"{w.their} part in it by name (what {w.they} built before leaving, and who you have told about it), and say the move "
                f"was a call about timing, not a judgement on {w.them}")
        if cue == "returning_from_leave" and named.get("cover"):
            item.prep.append(f"Ask {named['cover']} for a short note on what they covered and what is in flight, before the 1:1.")


_CANCELLED_REST = re.compile(r"\bcancel\w* (?:his|her|their|the) (?:\w+ )?(?:holiday|vacation|leave|time off|pto|break|days off)\b", re.I)
_EDGE_IN_MANNER = re.compile(r"\b(?:curt|terse|snappy|snapp(?:ed|ing)|short with|irritable|sharp with|harsh|prickly)\b", re.I)
_PRIVATE = re.compile(r"\bprivate (?:person|guy|man|woman|type)\b|\bkeeps? (?:things |it )?to (?:him|her|them)sel\w*\b", re.I)


def _burnout_specifics(item: _Item, notes: str, words: Words) -> None:
    """What the notes add to a burnout item: the load named with thanks, cancelled time off put back, a change others
    noticed raised once as a sign of the load, and a private person not probed."""
    s = "s" if words.they in ("he", "she") else ""
    load = [x for x in load_items(notes) if not _EDGE_IN_MANNER.search(x)]  # a snap is raised once below, as a sign of the load
    for other in words.others:  # "tom's data validation work": the colleague's name as a name
        load = [re.sub(rf"\b{re.escape(other.casefold())}(?=['’]s\b)", other, x) for x in load]
    lines = [f"Name the load yourself, with thanks: {'; '.join(load)}. Agree what comes off {words.their} plate this week and who covers it."] if load else []
    hours = _late_hours(notes)
    if hours and not any(hours in x for x in load):
        said = second_person(hours, words)
        lines.append(f"Name what you noticed once, as care and not criticism: \u201c{said[:1].upper() + said[1:]}.\u201d")
    if _CANCELLED_REST.search(notes):
        lines.append(f"Put the time off {words.they} cancelled back on the calendar: agree the dates (or days in lieu) before the meeting ends.")
    manner = _EDGE_IN_MANNER.search(notes)
    if manner:
        said = re.search(rf"\b(?:his|her|their)\s+(?P<w>[\w -]{{2,25}}?\s+(?:have |has |had )?(?:become|been|got|gotten|grown|are|is|were|was)\s+(?:\w+\s+)?){re.escape(manner.group(0))}", notes, re.I)
        at = re.match(r"\s+at (?:the |a |an |one of the )?[\w-]+", notes[manner.end():], re.I) if manner.group(0).lower().startswith("snap") else None
        seen = f"{said.group('w')}{manner.group(0)}".lower() if said else manner.group(0).lower() + (at.group(0) if at else "")
        others = re.search(r"\b(?:people|others|someone|colleagues|the team|a few|two)\b[^.;]{0,20}\b(?:noticed|mentioned|said|told me|flagged)\b", notes, re.I)
        who = "the change others have noticed" if others else "the change you noticed"
        quiet = ", and without saying who mentioned it" if others else ""
        lines.append(f"Once, gently, {who} ({seen}): as a sign of the load, not a "
                     f"complaint{quiet}; agree how {words.they} can flag it when it gets too much.")
    if _ON_CALL.search(notes):  # the load is the rota: relief that holds from this week, not a chat about rest
        lines.append(f"The on-call is the cause, so fix the rota, not {words.them}: a second person on it from this week (or "
                     "outside cover while you hire), night pages cut to what cannot wait till morning, and a day off after a night paged.")
    sole = _SOLE_KNOWER.search(notes)
    if sole:
        lines.append(f"{words.they.capitalize()} {'is' if s else 'are'} the only one who knows {sole.group('w').strip()}: agree who pairs "
                     f"with {words.them} on it this month, framed as protecting {words.their} time off, not as a replacement.")
    due = _LAUNCH_ON.search(notes)
    if due:
        lines.append(f"Then an honest look at {due.group('d')[:1].upper() + due.group('d')[1:]} together: what has to be true to make it, and what can move or be cut "
                     "if it means more late nights.")
    if _PRIVATE.search(notes):
        lines.append(f"{words.they.capitalize()} keep{s} things private: stay with the work and the load, ask one open question, and don't probe into life outside work.")
    if lines:  # the burnout item's own prep already decides what comes off their plate
        item.notes += " " + " ".join(lines)


# A promotion round that went by while they were away: 'that cycle has passed', 'missed the spring round'.
_CYCLE_PASSED = re.compile(r"\b(?:cycle|round|calibration)\s+(?:has\s+|had\s+)?(?:passed|gone|been and gone|came and went|closed|happened|is over|ended)\b|"
                           r"\bmissed (?:the |that |this )?(?:\w+ )?(?:promo(?:tion)? )?(?:cycle|round|calibration)\b", re.I)
# On call alone, paged at night: the cause of the load is the rota.
_ON_CALL = re.compile(r"\bon[- ]?call\b[^.;]{0,80}\b(?:alone|by (?:him|her|them)sel\w+|solo|single[- ]handed\w*|every (?:week|night))\b|"
                      r"\b(?:pages?|paged|pager|alerts?)\b[^.;]{0,30}\b(?:at|around|past) (?:[1-5](?::\d\d)? ?am|midnight)\b|"
                      r"\b(?:only|sole|one) (?:person|one) on (?:the )?(?:on[- ]?call|rota|pager)\b", re.I)
# The one person who knows a piece of the work ('she's the only one who knows the calibration code').
_SOLE_KNOWER = re.compile(r"\b(?:the only (?:one|person)|only one|single person) (?:who|that) (?:really )?(?:knows|understands|can (?:run|touch|fix|deploy|maintain))\s+(?P<w>[^.;,!?]{3,60}?)(?=\s+(?:and|but|so)\b|[.;,!?]|$)", re.I)
# The launch or deadline date as the manager writes it ('the launch is jan 19').
_LAUNCH_ON = re.compile(r"\b(?:launch|release|deadline|go-?live|ship date)\b(?: date)?(?: is| was)? (?:on |by |set for )?(?P<d>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b", re.I)
_QUIETER = re.compile(r"\b(?:quiet|quieter|silent|withdrawn)\b[^.;]{0,30}?\b(?:since (?P<s>(?:the |his |her |their )?[\w -]{3,30}?)(?=[,.;]|\s+and\b|$)|lately|recently|these days)|"
                     r"\bgone (?:quiet|silent)\b|\bgot(?:ten)? quieter\b", re.I)
_REMOTE = re.compile(r"\bfully remote\b|\bremote (?:from|in)\b|\bworks? remotely\b|\bthe only (?:one )?remote\b|\b(?:different|another) time ?zone\b", re.I)


def _first_weeks_extras(quiet: bool, notes: str, name: str) -> str:
    """What a first 1-on-1 adds for someone who may not ask (the two-hour rule and the buddy, said on day one) and for
    someone remote from the team (asking made cheap at a distance)."""
    extra = []
    if quiet:
        extra.append(f"Because {name} may not ask: agree the two-hour rule today (ask after two hours stuck) and introduce the buddy by name.")
    if _REMOTE.search(notes):
        extra.append(f"{name} is remote from the team: make asking cheap at a distance (a short daily check-in with the buddy for the "
                     "first two weeks, pairing on video, questions in a public channel that someone answers fast).")
    return " ".join(extra)


# A new joiner with nothing shipped yet, or who answers every check-in with 'all good'.
_NOTHING_SHIPPED = re.compile(r"\b(?:has(?:n'?t| not)|never|not yet|yet to) (?:\w+ )?(?:pushed|shipped|merged|committed|opened|landed|sent)\b[^.;]{0,30}\b(?:commits?|PRs?|pull requests?|code|anything|a thing|change)\b|"
                             r"\bno (?:commits?|PRs?|pull requests?|code) (?:yet|so far|in)\b|\bnothing (?:merged|shipped|pushed) (?:yet|so far)\b", re.I)
_ALL_GOOD = re.compile(r"['\"\u2018\u201c]?\b(?:all good|all fine|fine|no problems|no questions|everything'?s? (?:good|fine))\b['\"\u2019\u201d]?[^.;]{0,30}\b(?:every|each|at|in) (?:\w+ )?(?:standup|stand-up|check-?in|sync|time)\b|\bsays (?:it'?s )?['\"\u2018\u201c](?:all good|fine|good)", re.I)


# A phased return as stated ('phased return, 50% first four weeks', 'three days a week for a month').
_PHASED = re.compile(r"(?P<share>\d{1,3} ?%|half[- ]time|part[- ]time|(?:one|two|three|four|[1-4]) days? (?:a|per) week)[^.;]{0,25}?\b(?:for )?(?:the )?(?P<span>first (?:\w+ )?(?:weeks?|months?)|(?:\w+ )?(?:weeks?|months?))\b", re.I)
# What the manager fears about the return ('i dont want to overload him').
_OVERLOAD = re.compile(r"\b(?:don'?t|do not|dont) want to (?:overload|overwhelm|swamp|bury|rush|pressure)\b", re.I)


# What the manager noticed about the hours ('pushing commits at 1-2am most nights', 'working every weekend since october').
_LATE_HOURS = re.compile(r"[^.;,()!?]*?\b(?:(?:till|until|at|around) ?\d{1,2}(?:[-–]\d{1,2})? ?am|\d{1,2}(?:[-–]\d{1,2})? ?am\b|midnight|late (?:at )?nights?|every (?:single )?weekend|weekends)\b[^.;,()!?]*", re.I)
# A move someone has planned for them right after the finish ('victor still wants her on the summarizer right after').
_MOVE_AFTER = re.compile(
    r"\b(?P<who>(?:the )?[a-z]+)\s+(?:still\s+|also\s+|already\s+)?wants?\s+(?:him|her|them)\s+(?:straight\s+|right\s+|directly\s+)?"
    r"(?P<what>(?:on|onto|in|leading|to lead|to start|to join|moving to|to move to|to pick up|picking up)\s+[^,.;!?()]{3,40}?)"
    r"(?=\s+(?:right after|straight after|immediately after|after|once|as soon as|from)\b|\s*[,.;!?()]|$)", re.I)


def _late_hours(notes: str) -> str:
    """The hours the manager noticed, in their words, when they say so."""
    m = _LATE_HOURS.search(notes)
    if m is None:
        return ""
    said = re.sub(r"\s+(?:(?:in order )?to (?:\w+\s+(?:the|a|an|our|his|her|their|this|that|it|over)|get|hit|make|finish|land|ship|meet|close|push|deliver|catch up|keep up)\b|so (?:that|it)\b|because\b).*$",
                  "", m.group(0).strip(), flags=re.I)  # the why is theirs to say
    return said if 2 <= len(said.split()) <= 16 else ""


def _move_after_item(plan: _Plan, notes: str, w: Words) -> None:
    """A move planned for them right after the finish: the manager says so before they hear it elsewhere and agrees a real
    break first, with their say in the timing; the manager takes the timing up with whoever planned it."""
    m = _MOVE_AFTER.search(notes)
    if m is None or m.group("who").lower() in ("i", "we", "she", "he", "they", "nobody"):
        return
    who = re.sub(r"\b(cto|ceo|coo|cfo|cpo|vp)\b", lambda x: x.group(1).upper(), m.group("who"), flags=re.I)
    if who.lower() == who:  # a name as written in lower case ('victor')
        who = who.capitalize()
    elif who.isupper():  # 'cto' with no article: 'the CTO'
        who = f"the {who}"
    lead = who[:1].upper() + who[1:]
    what = m.group("what").strip()
    s = "s" if w.they != "they" else ""
    item = plan.add(1, 2, "What comes after: a real break before any move", "both", (
        f"{lead} wants {w.them} {what} right after. Say you know, so {w.they} {'does' if s else 'do'}n't hear it elsewhere; agree a real "
        f"break between the finish and any move (days off, no on-call, no late commits), and that {w.they} get{s} a say in the timing. "
        f"You take the timing up with {who} yourself."))
    item.rank, item.leads = 2, True
    item.questions += ["What would a real break look like for you once this ships?", f"How do you feel about {re.sub(r'^(?:on|onto|in|to|leading|picking up|to pick up|to lead|to start|to join|moving to|to move to) ', '', what)}, and when?"]
    item.prep.append(f"Talk to {who} before the meeting: a real break before {w.they} start{s} {re.sub(r'^(?:on|onto|in|to) ', '', what)}, and the start date you can offer.")


def _own_the_date(plan: _Plan, cues: list[str], inp: AgendaInput, own: str, w: Words) -> None:
    """Burnout near a stated date: the manager takes load off by owning the date, instead of asking a tired person what
    to drop. What is due then is the date's own item, else their work (`own`); an item that came on top of their own work
    is what comes off their plate (to a teammate the file shows free, or a later date)."""
    due, free = inp.due, inp.free
    due_item = inp.due_item
    alongside = own if due_item and own and not set(due_item.casefold().split()) & set(own.casefold().split()) else ""
    project = due_item if alongside or not own else own  # 'to land ranker v2 by the 15th': their own work's date
    item = next((x for x in plan.items if x.title == CUE_SPECS["burnout"].title), None)
    if item is None or "burnout" not in cues or due is None or not project:
        return
    day = f"{due:%a} {due.day} {due:%b}"
    names = {o.casefold(): o for o in w.others}
    project = re.sub(r"\b([a-z]+)(?=['\u2019]s\b)", lambda m: names.get(m.group(1), m.group(1)), project)  # "Grace's lineage doc"
    item.notes = item.notes.replace("Go through their load, agree what to drop or defer, and talk about time off.", "Go through their load and talk about time off.")
    plan.vetoes.append(re.compile(r"\bwhat could we drop\b|\bagree what to drop\b", re.I))  # the advice is to take it off yourself
    if alongside:
        room = f"hand it to {free[0]} (free in your team file) or " if free else "hand it to someone with room or "
        item.notes += (f" Take load off yourself rather than asking {w.them} what to drop: {project} (due {day}) came on top of "
                       f"{alongside}; before the meeting {room}move its date, and tell {w.them} it is off {w.their} plate.")
        item.prep.append(f"Decide who takes {project} (due {day}), or agree a later date with whoever asked for it, before you meet {w.name}.")
        return
    item.notes += (f" Take load off yourself rather than asking {w.them} what to drop: you own {project}'s date ({day}). Before the "
                   f"meeting decide what gives (a smaller first release, the date moved, or someone else taking a piece) and tell "
                   f"{w.them} what you are taking off; agree time off once it ships.")
    item.prep.append(f"Decide what gives on {project} by {day} (scope, the date, or a piece for someone else), and who you will tell.")


def _back_from_burnout(item: _Item, notes: str, name: str) -> None:
    """Back after burnout leave: how they are and the pace from here (the phased return as stated, what stays off the
    table), not what to drop from a load they no longer carry."""
    phased = _PHASED.search(notes)
    plan = (f"Confirm the phased return as agreed ({phased.group('share')} for the {phased.group('span')}): which days or hours, "
            f"and that the work is planned at that capacity, not squeezed into it. ") if phased else ""
    item.title = "How you're doing, and the pace from here"
    item.notes = (f"Listen first: how {name} is, and how the return feels. {plan}Agree what stays off the table for now "
                  "(on-call, deadlines, big launches) and the early signs you will both watch for, and how to raise them. "
                  "No performance talk today; point to support (the employee assistance programme, EAP) if they want it.")
    if _OVERLOAD.search(notes):
        item.notes += " You said you don't want to overload them: say so to them, and let them set the first week's load with you."
    item.questions += ["How are you feeling about coming back?", "What would make the first weeks sustainable for you?",
                       "What early signs should we both watch for, and how do you want to raise them?"]
    item.prep += ["Have the employee assistance programme (EAP) details ready, in case they want support beyond work changes.",
                  "Hold any performance feedback for another conversation."]


# Work shown only when finished ('PRs arrive done but late', 'never shows anything until it is finished').
_DONE_LATE = re.compile(r"\b(?:PRs?|pull requests?|work|code|changes)\b[^.;]{0,20}\b(?:arrives?|comes? in|lands?|shows? up|turns? up)\b[^.;]{0,15}\b(?:done|finished|complete)\b|"
                        r"\b(?:never|doesn'?t|does not|won'?t) (?:show|share|open|push)\w* (?:anything|work|code|a PR|PRs|drafts?)\b[^.;]{0,15}\buntil\b", re.I)
# A first PR that waited because nobody looked ('sat unreviewed for 5 days ... and nobody noticed'): the team's part.
_UNREVIEWED = re.compile(r"\b(?P<what>(?:(?:his|her|their|the) )?(?:first )?(?:PR|pull request|merge request)(?: \([^)]{3,60}\))?)\s+(?:sat|was|stayed|went|has been|waited)\s+"
                         r"(?:\w+\s+)?(?:unreviewed|unreviewed|without (?:a )?review|unmerged|untouched)\b(?P<how>\s+for\s+[\w ]{1,15}?\b(?:days?|weeks?))?", re.I)


# A tool or resource they did not know the team has ('because he didn't know we have a labelling tool').
_DIDNT_KNOW = re.compile(r"\b(?:didn'?t|did not|doesn'?t|does not|never) know (?:that )?(?:we have|we had|we've got|about|there(?:'s| is| was)) (?P<x>(?:a|an|the|our) [\w -]{3,40}?)(?=[,.;!?]|$|\s+(?:and|so|which|for|that)\b)", re.I)


def _team_part(notes: str, name: str) -> str:
    """A new joiner's first PR that waited unreviewed while nobody noticed, or work done the hard way because nobody
    showed them a tool the team has: the team's part, owned before anything else, and the fix shown."""
    unknown = _DIDNT_KNOW.search(notes)
    if unknown:
        tool = re.sub(r"^(?:a|an|our)\s+", "the ", unknown.group("x").strip(), flags=re.I)
        return (f"Own the team's part first: nobody showed {name} {tool}, and that is an onboarding gap, not {name}'s mistake; "
                f"say so in one sentence, without replaying the lost time. Show {tool} in the meeting (or have the buddy sit with "
                f"{name} on it today), then ask what else has been slower than it should be.")
    waited = _UNREVIEWED.search(notes)
    if not waited or not re.search(r"\b(?:nobody|no one|noone) (?:noticed|looked|picked it up|reviewed)\b|\bon us\b|\bour fault\b", notes, re.I):
        return ""
    what = re.sub(r"^(?:his|her|their)\s+", "the ", waited.group("what").strip(), flags=re.I)
    how = (waited.group("how") or "").strip()
    return (f"Own the team's part first: {what} waited for a review{' ' + how if how else ''} and nobody on the team noticed; "
            f"that is on the team, not on {name}. Then agree who {name} pings for reviews, and that a review comes back within a day.")


# Work done the long way round instead of asking ('redid a feature job three times instead of asking aisha').
_LONG_WAY = re.compile(r"\b(?P<x>(?:redid|redone|rewrote|rebuilt|reran|re-ran|retried|spent|lost|burned|burnt|wasted)\b[^.;!?]{3,60}?)\s+"
                       r"(?:instead of|rather than)\s+(?:just\s+)?(?:asking|pinging|checking with)\b", re.I)


# Work redone alone, the long way, that the manager heard about from someone else ('she's been redoing the feature
# extraction from scratch for a week', 'spent 4 days rebuilding the schedule join by hand'): the concern is working alone.
_SOLO_REWORK = re.compile(r"\b(?P<x>(?:re-?[a-z]{2,}ing|redid|redone|rebuilt|rewrote|rewritten|re-?did|spent (?:\w+ ){1,3}?(?:re-?)?[a-z]{3,}ing)\b[^.;!?]{3,70}?"
                          r"\b(?:from scratch|by hand|manually|alone|on (?:his|her|their) own|by (?:him|her|them)sel(?:f|ves)))\b", re.I)
_SOLO_REWORK_TIME = re.compile(r"^\s*(?P<t>for (?:a|an|one|two|three|four|five|\d+|over a|almost a|nearly a) (?:days?|weeks?))\b", re.I)


def solo_rework(notes: str) -> str:
    """The work they redid alone the long way, in a few of the manager's words ('redoing the audiogram feature extraction
    from scratch for a week'), or ''."""
    m = _SOLO_REWORK.search(notes or "")
    if m is None:
        return ""
    what = re.sub(r"^spent (?:\w+ ){1,3}?(?=(?:re-?)?[a-z]{3,}ing\b)", "", m.group("x"), flags=re.I)  # the days are said separately
    when = _SOLO_REWORK_TIME.match(notes[m.end() :])
    days = re.search(r"\bspent (?P<t>(?:\w+ ){1,2}?(?:days?|weeks?|hours?))\b", m.group("x"), re.I)
    time = when.group("t") if when else f"for {days.group('t')}" if days else ""
    room = MAX_WHOLE_WORDS - (len(time.split()) if when else 0)  # never more of the manager's words in a row than that
    return (_clip_words(what, room) + (f" {time}" if time else "")).strip()


def _solo_rework_item(notes: str, name: str) -> str:
    """What to do about work redone alone: the cost of not asking said without blame, then a person to pair with."""
    what = solo_rework(notes)
    if not what or _LONG_WAY.search(notes):
        return ""
    return (f"What you found out ({what}): say you heard about it and that you are glad of the effort, then that it is "
            "the cost of working alone you want to fix, not the work (a short question could have saved days). Ask what "
            f"made asking feel expensive. Agree who {name} pairs with on that work for the next few weeks, and that stuck "
            "for about two hours means asking, early and in the open.")


def _slow_start(notes: str, name: str) -> str:
    """What a new joiner's slow start adds: one small change shipped this week, and specific questions for someone
    who says 'all good'; work shown early when it arrives finished but late, and the team's part owned first when
    their first PR waited unreviewed."""
    extra = [x for x in (_solo_rework_item(notes, name),) if x]
    long_way = _LONG_WAY.search(notes)
    if long_way:
        extra.append(f"What you found out ({long_way.group('x').strip()} instead of asking): say it as the cost of not asking, "
                     "never as a mistake (it could have been a ten-minute question), and ask what made asking feel expensive.")
    if _DONE_LATE.search(notes):
        extra.append(f"Work arrives finished but late: agree {name} opens a small draft PR within a day or two of starting each "
                     "piece, so feedback comes early and nobody waits for the whole thing.")
    if _NOTHING_SHIPPED.search(notes):
        extra.append(f"Nothing shipped yet: agree one small, real change {name} ships this week (the buddy reviews it), and ask "
                     "what has been in the way (access, setup, not knowing where to start), not whether it is going well.")
    if _ALL_GOOD.search(notes):
        extra.append("'All good' at every check-in usually means not knowing what to ask: ask specific questions (what did you "
                     "try yesterday, where did it stop, what would you look up next?) instead of 'how's it going?'.")
    return " ".join(extra)


def _situation(cues: list[str]) -> tuple[frozenset[str], bool]:
    """The template parts the cues rule out, and whether a cue is the reason for the meeting (it goes first)."""
    active = [c for c in cues if c in CUE_SPECS and not (c == "underperforming" and "burnout" in cues)]
    drops: frozenset[str] = frozenset().union(*(CUE_SPECS[c].drops for c in active))
    return drops, any(CUE_SPECS[c].leads for c in active)


def _person_words(notes: str, name: str, others: list[str]) -> Words:
    """The person's name and the pronouns the notes use for them (the most used of she/he, else they)."""
    she = len(re.findall(r"\b(?:she|her|hers|herself)\b", notes, re.I))
    he = len(re.findall(r"\b(?:he|him|his|himself)\b", notes, re.I))
    names = tuple(o.capitalize() for o in others if o.casefold() != name.casefold())
    if she and he and names:  # two people in the notes: the pronoun a name-subject clause settles beats the count
        settled = their_pronoun(notes, Words(name, others=names))
        she, he = (1, 0) if settled == "she" else (0, 1) if settled == "he" else (she, he)
    if she > he:
        return Words(name, "she", "her", "her", "is", names)
    if he > she:
        return Words(name, "he", "him", "his", "is", names)
    return Words(name, others=names)


# A clause whose subject is someone other than the person, named by role ('the obvious person', 'his buddy', 'everyone').
_THIRD_PARTY = re.compile(
    r"^\W*(?:(?:and|but|so|if|because|while|since|when)\s+)*(?:the (?:obvious|natural|usual|best|only|other) (?:person|one|choice|candidate|pick|buddy|mentor)|"
    r"(?:his|her|their|the) (?:buddy|mentor|onboarding buddy|lead|manager|tech lead|team ?mates?)|everyone(?:'s| is| else)?|the (?:whole |rest of the )?team|"
    r"the others|my (?:senior|lead|tech lead|staff)\w*)\b")


_MUTUAL = re.compile(r"\beach other\b|\bone another\b|\b(?:they|both|the two)\b", re.I)


def _about_someone_else(clause: str, words: Words, notes: str = "") -> bool:
    """True when what the manager noticed names another person and not this one (the cue is about someone else). Something
    two people do to each other ('matteo and odalys have been at each other') is about both when its sentence names this one."""
    at = notes.casefold().find(clause.casefold()) if clause and _MUTUAL.search(clause) else -1
    if at >= 0:
        start = max(notes.rfind(c, 0, at) for c in ".;!?\n") + 1
        ends = [i for i in (notes.find(c, at) for c in ".;!?\n") if i != -1]
        clause = notes[start : min(ends) if ends else len(notes)]
    low = clause.casefold()
    if _THIRD_PARTY.match(low):  # 'the obvious person is drowning', 'everyone's slammed': not this person
        return True
    # The people a behaviour lands on ('on tom's PRs', 'to mia') are not who did it.
    for other in words.others:
        low = re.sub(rf"\b(?:on|to|at|towards?|for|about|against)\s+{re.escape(other.casefold())}\b(?:['’]s)?", " ", low)
        low = re.sub(rf"\b{re.escape(other.casefold())}['’]s\s+(?!(?:been|is|was|going|got|gone|not|also|just|always|never|still|really)\b)", " ", low)  # "tom's data validation work": work named, not tom's state
    mine = re.search(rf"\b{re.escape(words.name.casefold())}\b|\b(?:{words.they}|{words.them}|{words.their})\b", low) if words.they != "they" else re.search(rf"\b{re.escape(words.name.casefold())}\b", low)
    return not mine and any(re.search(rf"\b{re.escape(o.casefold())}\b", low) for o in words.others)


_STUCK_WORD = re.compile(r"\b(?:stuck|blocked)\b", re.I)


def _stuck_is_someone_elses(notes: str, words: Words) -> bool:
    """Every 'stuck' or 'blocked' in the notes has another named person as its subject ('the jobs marco's blocked on',
    'priya is stuck on his schema'): the person this meeting is with is not the one who is stuck."""
    hits = list(_STUCK_WORD.finditer(notes or ""))
    names = "|".join(re.escape(o.casefold()) for o in words.others if o.casefold() != words.name.casefold())
    if not hits or not names:
        return False
    subject = re.compile(rf"\b(?:{names})(?:['’]s|\s+is|\s+was|\s+has been|\s+had been|\s+got|\s+gets|\s+been)?\s+(?:\w+ly\s+|still\s+|now\s+|also\s+)?$")
    return all(subject.search(notes[: m.start()].casefold()) for m in hits)


def _their_cues(inp: AgendaInput, words: Words) -> tuple[AgendaInput, list[str]]:
    """The cues that are about this person: one whose words name someone else goes ("priya went quiet": Priya's, not
    theirs), and when every 'stuck' in the notes is someone else's ('the jobs marco's blocked on'), the stuck cue and a
    block read from the message go too (a block on record in the team file stays)."""
    cues = [c for c in inp.cues if not _about_someone_else(inp.observations.get(c, ""), words, inp.notes)]
    if not _stuck_is_someone_elses(inp.notes, words):
        return inp, cues
    p = inp.person
    if p.blockers and all(b.endswith("(from your message)") for b in p.blockers):
        p = p.model_copy(update={"status": "available", "blockers": [], "days_stuck": 0})
    return inp.model_copy(update={"person": p}), [c for c in cues if c != "stuck"]


def _tidy_quote(text: str) -> str:
    """A quote of the manager's words that starts and ends at a clause: no 'pls: femi, senior MLE,' before it, no
    unclosed '(' or dangling 'and' after it."""
    out = text.strip()
    for _ in range(3):
        out = re.sub(r"^(?:\S+\s+){0,2}?\S*[:,;]\s+(?:and\s+|but\s+|so\s+)?", "", out, count=1) if len(out.split()) > 5 else out
    if "(" in out and ")" not in out[out.rfind("(") :]:
        out = out[: out.rfind("(")]
    return re.sub(r"[\s,;:(]+(?:(?:and|but|so|or|then|with|the|a|an|to|at|of|not|because|when|while|that)\b[\s,;:]*)*$", "", out).strip() or text.strip()


# The manager's own guess, not something seen ("i think she's burning out", "pretty sure he's bored").
_GUESS = re.compile(r"^\s*(?:(?:but|and|so|also|honestly),?\s+)*(?:i (?:think|feel|reckon|suspect|guess|believe|wonder)|pretty sure|probably|maybe|"
                    r"(?:i )?(?:don'?t|do not) know (?:if|whether)|not sure (?:if|whether))\b", re.I)
MAX_WHOLE_WORDS = 8  # never more of the manager's words in a row than an echo check allows


def _whole_clause(said: str, notes: str) -> str:
    """The manager's words, when they are worth quoting in an item: a short clause quoted whole (it ends where the
    clause ends in the notes, at most MAX_WHOLE_WORDS words) that says what was seen, not the manager's guess; else ''.
    A clipped fragment ('she's never had to live') is never quoted: the item says the facts in its own words."""
    said = re.sub(r"^(?:but|and|so|also)\s+", "", said.strip(), flags=re.I)
    if not said or len(said.split()) > MAX_WHOLE_WORDS or _GUESS.match(said):
        return ""
    at = notes.casefold().find(said.casefold())
    if at < 0:
        return said  # given as an observation on its own, not cut from the notes
    rest = notes[at + len(said) :].lstrip(" '\"\u2019\u201d")
    return said if not rest or rest[0] in ".,;!?)\n" or rest.startswith(("--", " -")) else ""


# 'a lot changed', 'loads has changed': the heading of a list of changes, not a change.
_VAGUE_CHANGE = re.compile(r"(?:(?:a lot|lots|loads|so much|much|everything|things|stuff|plenty)(?: (?:has|have))? changed|(?:a lot|lots|loads) (?:of stuff|of things) (?:has |have )?changed)(?: while (?:he|she|they) (?:was|were) (?:away|out|off))?"
                           r"|(?:while|when) (?:he|she|they|\w+) (?:was|were) (?:out|away|off|on leave)"
                           r"|(?:in|during) (?:his|her|their|[a-z]+['\u2019]s) (?:absence|time away|leave)|since (?:he|she|they) (?:left|went on leave)", re.I)  # the time, not a change


def _reason_items(plan: _Plan, reading: Reading, words: Words, back: dict[str, str] | None = None, up: bool = False) -> None:
    """The items for what the manager said about this person and this meeting: they open the agenda, in the order said.
    Back from leave (`back`: the named changes), news of what changed joins the welcome-back item's changes instead of
    an item of its own that says it twice, unless they have not heard it yet. With one's boss (`up`), what they did to
    the manager's people is the pattern to raise, not an incident item of its own."""
    if up:
        reading = replace(reading, reasons=[r for r in reading.reasons if r.kind != "incident"])
    first = opener(reading, words)
    if first:
        item = plan.add(0, 1, "Open: set the tone", "you", first)
        item.rank, item.leads = 1, True
    if back is not None and back.get("changes") and not reading.news_unknown:  # news they have not heard stays its own item
        news = [r for r in reading.reasons if r.kind == "news"]
        low = back["changes"].casefold()
        # each piece of the news said once: a piece the named changes already quote is not pasted again, cut short
        pieces = [p.strip(" ,") for r in news for x in r.said for p in re.split(r"[:;]\s+|,\s+(?:and\s+|but\s+)?(?=(?:his|her|their|the|we|i|our|my|a|an|two|three|four)\b)|\s+(?:and|but)\s+(?=(?:his|her|their|the|we|i|our|my)\b)", x)]
        extra = [_clip_words(x, 12) for x in dict.fromkeys(pieces) if len(x.split()) >= 3 and not _VAGUE_CHANGE.fullmatch(x)
                 and len(set(re.findall(r"[a-z]{3,}", x.casefold())) - set(re.findall(r"[a-z]{3,}", low))) * 2 > len(set(re.findall(r"[a-z]{3,}", x.casefold())))]
        back["changes"] = "; ".join([back["changes"], *(f"\u201c{x}\u201d" for x in extra)])
        reading = replace(reading, reasons=[r for r in reading.reasons if r not in news])
    for r in reason_items(reading, words):
        item = plan.add(0, r.weight, r.title, r.owner, r.notes)
        item.rank, item.leads = r.rank, True
        item.questions += r.questions
        item.prep += r.prep
        plan.rules.append(RuleApplied(rule="from-your-notes", guidance=r.guidance, detail=r.detail))


# "i think she's close but the feature store migration has dragged": the concern, in the manager's words.
_CONCERN = re.compile(
    r"\b(?:but|though|except|only)\s+(?P<c>(?:the |her |his |their |a |an )?[\w -]{3,50}?\s+(?:has |have |is |was |'s )?(?:dragged|slipped|stalled|"
    r"been (?:late|slow|stuck)|late|behind|overdue|delayed|stuck|missed|not (?:landed|shipped|done)))\b",
    re.I,
)
_PANEL = re.compile(r"\b(?:promo(?:tion)?\s+)?(?:panel|committee|calibration|review board)\b", re.I)


# 'want to be honest without flattening him' is the manager's aim for the meeting, never the report's goal ('wants to lead').
_MANAGERS_WANT = re.compile(r"\W*(?:i\s+|i'?d\s+|we\s+)?(?:really\s+)?(?:don'?t\s+|do not\s+|never\s+)?(?:want|wanna|would like|like|need|hope|have|try|trying)(?:\s+(?:her|him|them|it|us))?\s+to\b", re.I)
_NOT_YET = re.compile(
    r"\bnot (?:there|ready) yet\b|\bnot yet ready\b|\bsay (?:'|\u2018)?not yet\b|\bisn'?t ready\b|"
    r"\b(?:honestly|frankly|realistically|truthfully|the (?:honest |short )?answer is|answer'?s)\W{0,3}not yet\b|\bnot yet\W{0,3}(?=but\b|she\b|he\b|they\b)|"
    r"\b(?:the |his |her |their )?case (?:is|looks|feels) (?:\w+ )?(?:thin|weak|light|not there|not strong(?: enough)?)\b|"
    # the cycle they asked about ruled out ('honestly not this cycle', 'not this round, realistically')
    r"\bnot (?:this |the (?:\w+ )?|in this |in the (?:\w+ )?)(?:promo(?:tion)? )?(?:cycle|round|time|year|half|calibration)\b|"
    + BAR_UNMET.pattern, re.I)  # the level's bar, not met yet: 'staff here means owning something cross-team and she hasn't done that yet'
# A gap said with 'yet' ('he hasn't led anything end to end yet'): with a cycle asked about, the answer for it is not yet.
_GAP_YET = re.compile(r"\b(?:has(?:n'?t| not)|have(?:n'?t| not)) (?:led|owned|driven|shipped|run|done)\b[^.;!?]{0,40}?\byet\b", re.I)


# The later cycle the manager sees them ready for ('i think she could be ready for the autumn round').
_READY_FOR = re.compile(r"\b(?:could|might|should|would|will|may) be ready (?:for|by) (?P<c>(?:the )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|spring|summer|autumn|fall|winter|mid-?year|year-?end|next|h[12]|q[1-4])\s+(?:promo(?:tion)? )?(?:cycle|round|calibration))\b", re.I)
# People who spoke up in confidence ('two of the juniors have quietly asked me not to be paired with her').
_IN_CONFIDENCE = re.compile(r"\b(?:quietly|privately|in confidence|in private)\b[^.;!?]{0,25}\b(?:asked|told|came to) me\b|\basked me not to (?:be paired|work|sit) with\b|\bcame to me (?:quietly|privately|in confidence)\b", re.I)


def _later_cycle(notes: str) -> str:
    """The later cycle the manager names as realistic, when it is not the one they asked about, or ''."""
    ready, asked = _READY_FOR.search(notes), _CYCLE.search(notes)
    if ready is None or (asked is not None and asked.start() == ready.start("c")):
        return ""
    return _month_case(re.sub(r"^(?:the)\s+", "", ready.group("c"), flags=re.I))


def _says_not_yet(notes: str) -> bool:
    """The manager's notes answer a promotion ask 'not yet': said so, the level's bar not met, a gap said with 'yet'
    beside the cycle they asked about, or a later cycle named as the realistic one."""
    return bool(_NOT_YET.search(notes) or (_GAP_YET.search(notes) and (_CYCLE.search(notes) or ASKED_IF.search(notes))) or _later_cycle(notes))
_NOT_THIS = re.compile(r"\bnot (?:this |the (?:\w+ )?|in this |in the (?:\w+ )?)(?:promo(?:tion)? )?(?:cycle|round|year|half|calibration)\b", re.I)
# The promotion was decided against ('calibration said no on his promotion', 'she didn't get the promo').
_DECIDED_NO = re.compile(
    r"\b(?:calibration|the (?:promo(?:tion)? )?(?:panel|committee|board)) (?:said no|rejected|turned (?:it|him|her|them) down|did(?:n'?t| not) (?:approve|pass|go for))\b|"
    r"\bsaid no (?:on|to) (?:his|her|their|\w+['’]s) promo\w*|\bpromo(?:tion)? (?:was |got |has been )?(?:denied|rejected|turned down|blocked)\b|"
    r"\b(?:didn'?t|did not|won'?t|isn'?t going to) get (?:the |his |her |their )?promo\w*", re.I)
# The manager owns part of it ('no real project for weeks, which is honestly on me'): said first, then fixed.
_ON_ME = re.compile(r"(?P<what>[^.;!?]{8,140}?)[,\s-]*\b(?:which|that|and that|this)(?:'s| is) (?:honestly |partly |totally |mostly |really )?(?:on me|my fault|my bad)\b", re.I)


def _read_into_go_no_go(plan: _Plan, reads: list[Reason], wants_more: list[str], words: Words | None = None,
                        bar: tuple[str, str] | None = None, thing: str = "", notes: str = "") -> None:
    """The go/no-go item starts from what was said: the wish to keep going and the manager's read, each quoted. A call
    still open (no bar decided) is run in three steps instead (`_open_go_no_go`)."""
    item = next((x for x in plan.items if x.title.startswith("Go/no-go checkpoint")), None)
    said = [*wants_more, *(c for r in reads if r.kind == "read" for c in r.said)]
    if item is not None and bar is None and words is not None:
        _open_go_no_go(plan, item, words, thing, notes, wants_more, said[len(wants_more):])
        return
    if item is None or not said:
        return
    quotes = "; ".join(f"\u201c{_tidy_quote(_clip_words(c, 8))}\u201d" for c in said[:3])
    item.notes = f"What was said: {quotes}. Say your read plainly, then decide on evidence, not on effort or hope. " + re.sub(r"^From your notes: \u201c[^\u201d]*\u201d\. ", "", item.notes)


# A go/no-go the manager has already decided, with its bar ("it's a no unless it clearly beats the baseline").
_DECIDED_BAR = re.compile(
    r"\b(?:it'?s|its|that'?s) a no unless (?P<a>[^.;!?]+)|\bno unless (?P<b>[^.;!?]+)|"
    r"\b(?:it |the \w+ )?(?:has|needs|have|need) to (?P<c>(?:clearly |convincingly )?(?:beat|outperform|hit|reach|match)\b[^.;!?]+)|"
    r"\b(?:it |the \w+ )?must (?P<d>(?:clearly |convincingly )?(?:beat|outperform|hit|reach|match)\b[^.;!?]+)|"
    r"\bonly (?:continues|goes ahead|survives|gets funded) if (?P<e>[^.;!?]+)|"
    r"\b(?:stops?|ends?|is (?:cut|stopped|killed|shelved)|gets (?:cut|stopped|killed|shelved))\b[^.;!?]{0,40}?\bunless (?P<f>[^.;!?]+)",
    re.I,
)
_STOPS_AT = re.compile(r"\b(?:stops?|ends?|is (?:cut|stopped|killed)|gets (?:cut|stopped|killed))\s+(?P<w>(?:at|by|on|in) (?:the )?(?:end of |start of |mid[- ]?)?[\w ]{3,20}?)(?=\s+unless\b)", re.I)
_WHEN_DECIDED = re.compile(r"\bgo/?no[- ]?go\b[^.;!?]{0,20}?\b(?P<w>(?:at|by|on|in) (?:the )?(?:end of |start of |mid[- ]?)?[\w ]{3,20}?)(?=,|\s+(?:and|but|so)\b|[.;:!?]|$)", re.I)
_MONTH_NAMES = {m[:3]: m for m in "january february march april may june july august september october november december".split()}


_FIRMNESS = re.compile(r"\b(hard|firm|final|strict)\s+go/?no[- ]?go\b", re.I)


def decided_bar(notes: str) -> tuple[str, str] | None:
    """The bar of a go/no-go the manager has already set and the checkpoint as stated ('it clearly beats the
    baseline', 'hard go/no-go at the end of January'), or None when the criteria are still to agree."""
    m = _DECIDED_BAR.search(notes)
    if m is None:
        return None
    bar = next(g for g in m.groups() if g)
    bar = re.split(r",\s*(?:and|but|so)\b|\s+(?:but|so)\s+(?:she|he|they|i)\b", bar, maxsplit=1)[0].strip(" ,")
    when = _WHEN_DECIDED.search(notes) or _STOPS_AT.search(notes)
    months = r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
    at = re.sub(months, lambda x: _MONTH_NAMES[x.group(1).lower()[:3]].capitalize(), when.group("w"), flags=re.I) if when else ""
    firm = _FIRMNESS.search(notes)
    return bar, f"{firm.group(1).lower()} go/no-go {at}".strip() if firm else f"go/no-go {at}".strip()


_OWN = {"her": "hers", "his": "his", "their": "theirs"}
# When the call is due, as the manager says it ('i need a go/no-go before Q1 planning on the 18th').
_CALL_DUE = re.compile(r"\b(?:go/?no[- ]?go|decision|decide|call)\b[^.;!?]{0,30}?\b(?P<w>(?:before|by|ahead of) [^.;,!?]{3,40}?)(?=\s+(?:and|but|so)\b|[.;,!?]|$)", re.I)
_AMBUSH = re.compile(r"\bambush\w*|\bblind-?sid\w*|\bsurprise\b|\bout of nowhere\b|\bcaught off guard\b", re.I)


# Their own estimate, as the manager reports it ('she thinks 2 more months and maybe 40% it beats v3'), and someone
# above asking why it goes on ('victor asked me in our skip why we're still funding it').
# A terse note leaves the subject out ('14 wks in. says 30% it reaches 95% accuracy by day 9, needs another quarter').
_THEIR_ODDS = re.compile(r"(?:\b(?:she|he|they)\s+|(?:^|[.;!?,]\s*))(?:thinks?|says|reckons?|estimates?|puts? it at)\b(?P<c>[^.;!?]{0,80}?\b(?P<p>\d{1,3}) ?%(?P<on>[^.;!?]{0,60}))", re.I)
_MORE_TIME = re.compile(r"\b(?:(?P<n>\d+|an?|one|two|three|four|five|six) (?:more (?P<u>weeks?|months?|sprints?|quarters?)\b|(?P<u2>weeks?|months?|sprints?|quarters?) (?:more|left|to go)\b)"
                        r"|(?P<n2>another) (?P<r>(?:\d+|a few|few|couple of)(?:\s*(?:-|–|to)\s*\d+)? )?(?P<u3>weeks?|wks?|months?|sprints?|quarters?)\b)", re.I)
# Someone above the manager who wants the work stopped ('my boss wants it killed', 'the cfo would rather we pulled the plug',
# 'victor wants it parked'): the meeting may not be the manager's call alone.
_ABOVE_WANTS_STOP = re.compile(
    r"\b(?P<who>(?:my|our|the) (?:boss|manager|director|vp|skip(?:[- ]level)?|head of [\w-]+|leadership(?: team)?|exec\w*|board)|(?:the )?(?:cfo|cto|ceo|coo|cpo)|(?-i:[A-Z][a-z]+)|[a-z]{3,})\s+"
    r"(?:(?:really |also |now |just |already |still )?(?:wants?|would (?:rather|like)|is pushing|keeps pushing|thinks we should|says we should|is pushing us to|asked (?:me )?to))\s+"
    r"(?:(?:us |me |we )?(?:to )?)?(?:(?:it|this|that|(?:the|her|his|their) [\w-]+(?: [\w-]+)?) )?(?:(?:to be )?(?:killed|stopped|cut|parked|shelved|dropped|canned|ended|wound down)|kill(?:ing)?|stop(?:ping)?|cut(?:ting)?|park(?:ing)?|shelv(?:e|ing)|drop(?:ping)?|pull(?:ed)? the plug|wind(?:ing)? (?:it )?down)\b", re.I)


def above_wants_stop(notes: str, words: Words | None = None) -> str:
    """Who above the manager wants the work stopped, as the manager would say it to themselves ('your boss', 'the CFO',
    'Victor'), or ''."""
    m = _ABOVE_WANTS_STOP.search(notes or "")
    if m is None:
        return ""
    who = m.group("who")
    if who.casefold() in ("she", "he", "they", "her", "him", "and", "but", "who", "that") or (words and who.casefold() == words.name.casefold()):
        return ""
    if re.match(r"(?i)(?:my|our) ", who):
        return "your " + who.split(None, 1)[1].lower()
    if re.fullmatch(r"(?i)(?:the )?(?:cfo|cto|ceo|coo|cpo|vp)", who):
        return "the " + who.split()[-1].upper()
    if re.match(r"(?i)the ", who) and who.split()[-1].casefold() not in ("the",):
        return who.lower()  # 'the board', 'the director
    others = {o.casefold(): o for o in (words.others if words else ())}
    if who.casefold() in others:
        return others[who.casefold()]
    return who if who[:1].isupper() and not who.startswith("The ") else ""  # a lower-case word is a person only when the notes name them
# Someone above waiting on the answer, and when: 'board wants an answer on the rig purchase in feb'.
_WAITING_ON = re.compile(r"\b(?P<who>(?:the )?(?:board|exec\w*(?: team)?|leadership(?: team)?|steering \w+|ceo|cfo|cto|coo|vp|director|investors?))\s+"
                         r"(?:wants?|needs?|expects?|asked for)\s+(?:an?\s+|the\s+)?(?P<what>answer|decision|call|verdict)\b(?P<on>\s+(?:on|about)\s+[^.;,!?]{3,40}?)?"
                         r"\s+(?P<w>(?:in|by|before|at the end of|end of) (?:the )?[\w ]{2,20}?)(?=[.;,!?]|$|\s+(?:and|but|so)\b)", re.I)
_WHY_STILL = re.compile(r"\b(?P<who>[A-Za-z]+) (?:asked|asks|keeps asking|kept asking|has been asking|is asking) (?:me )?(?:[^.;!?]{0,30}?)\bwhy (?:we'?re|were|we are|we'?re still|we are still|we still|it'?s still|it is still)\s*(?:still )?(?P<v>funding|doing|paying for|spending on|running|staffing)\b", re.I)


def _call_due(notes: str) -> str:
    """When the go/no-go is needed, in the manager's words ('before Q1 planning on the 18th'), or as the answer someone
    above is waiting for ('before the board's answer on the rig purchase in Feb'); '' when unsaid."""
    due, wait = _CALL_DUE.search(notes), _WAITING_ON.search(notes)
    if not wait:
        return re.sub(r"\s+(?:whether|if)\b.*$", "", due.group("w").strip()) if due else ""  # 'by feb 1 whether to keep it going' 
    who = re.sub(r"(?i)^the ", "", wait.group("who"))
    who = who.upper() if who.casefold() in ("ceo", "cfo", "cto", "coo", "vp") else who.casefold()
    when = re.sub(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b", lambda m: m.group(0).capitalize(), wait.group("w"), flags=re.I)
    return f"before the {who}'s {wait.group('what').casefold()}{wait.group('on') or ''} {when}"


# The result so far as a share of comparisons ('beats our tag-based matching in ~30% of blind tests'), and the time asked for.
_STATED_RESULT = re.compile(r"\b(?P<v>beats?|matches|outperforms?|wins? (?:over|against)|is better than)\s+(?P<base>[^.;,]{3,50}?)\s+(?:in|on)\s+"
                            r"(?P<share>(?:(?:~|about |around |maybe |only |roughly |under |less than )\s*)*\d{1,3} ?%) of (?:the |our )?(?P<of>[\w -]{3,30}?)(?=[.,;)]|\s+(?:and|but|so)\b|$)", re.I)
_ASKED_MORE = re.compile(r"\b(?:wants?|asks? for|asked for|says|needs?)\s+['\"\u2018\u201c]?(?:another|a further|(?=\d+(?:\s*-\s*\d+)?\s+more))\s*(?P<t>\d+(?:\s*-\s*\d+)?\s*(?:more\s+)?(?:weeks?|wks?|months?|sprints?))", re.I)


def _criteria_from_numbers(bar: _Item, notes: str, when: str) -> None:
    """Criteria written from the manager's own numbers: the result so far on the same comparisons, the bar for a go and
    for a stop, and a test short enough to land before the call rather than the whole extension asked for."""
    result = _STATED_RESULT.search(notes)
    if result is None:
        return
    ask = _ASKED_MORE.search(notes)
    share, of = result.group("share").strip(), result.group("of").strip()
    base = re.sub(r"^(?:our|the)\s+", "the ", result.group("base").strip(), flags=re.I)
    time = re.sub(r"(?i)\bwks?\b", "weeks", ask.group("t")) if ask else ""
    test = (f"a time-boxed test that can show it before the call ({when}), rather than the {time} asked for" if time and when
            else f"a time-boxed test before the call ({when})" if when else "a time-boxed test with a date")
    bar.notes += (f" Write the criteria from your numbers: today it {result.group('v').lower()} {base} on {share} of {of}. Agree the share "
                  f"on the same {of} that would count as a go (well above {share}) and the share at which it stops, and {test}.")
    bar.prep.append(f"Write down the go and stop thresholds on the same {of} ({share} today) before the meeting, to agree them together.")


def _open_go_no_go(plan: _Plan, item: _Item, words: Words, thing: str, notes: str, wish: list[str], said: list[str]) -> None:
    """A go/no-go still to decide, in three steps: the purpose said first (told beforehand, so it is no ambush), their
    case heard before the manager's odds (the wish and the read quoted), then the criteria, the options side by side
    and the date the call is due; their own topics get a short slot at the end, not a third of the meeting."""
    when = _call_due(notes)
    s = "s" if words.they in ("he", "she") else ""
    is_ = "are" if words.they == "they" else "is"
    ambush = ", so nothing in the room is a surprise" if _AMBUSH.search(notes) or SOFTLY.search(notes) else ""
    above = above_wants_stop(notes, words)
    item.title, item.owner, item.weight = f"{item.title}: why we're meeting", "you", 1
    open_or_not = (f"; be straight about where it stands: {above} wants it stopped. Say what is still open (the evidence that could "
                   "change that, and who makes the final call) and what is not; don't present it as undecided if it isn't"
                   if above else f"; that it is not decided yet, and that it will be decided on evidence, with {words.them}")
    item.notes = (f"In the first minute, say this meeting is the go/no-go on {thing}" + (f", needed {when}" if when else "") +
                  f"{open_or_not}. You will have told {words.them} this beforehand{ambush}.")
    item.questions = [q for q in item.questions if q.startswith("How are you holding up")]
    item.prep = [f"A day or two before, tell {words.name} in writing that the meeting is the go/no-go on {thing}" + (f" ({when})" if when else "") +
                 f", and ask {words.them} to bring {words.their} strongest evidence and what it would take to get to a yes."]
    odds = [re.search(r"\d+(?:\.\d+)? ?%", c) for c in said[:3]]
    quotes = "; ".join(f"you put it at {o.group(0)}" if o else f"\u201c{_tidy_quote(_clip_words(c, 8))}\u201d" for c, o in zip(said, odds))
    read = (f" Then your read and why ({quotes}). Put it as a view to test, not a verdict: what result would change "
            f"your mind, and what would change {_OWN.get(words.their, 'theirs')}?") if said else " Then say your own read plainly, as a view to test."
    asked = f" ({words.they} asked for it: \u201c{_tidy_quote(_clip_words(wish[0], 8))}\u201d)" if wish else ""
    theirs = _THEIR_ODDS.search(notes)
    more = _MORE_TIME.search(theirs.group("c")) if theirs else None
    on = _clip_words(re.split(r",|\b(?:and|but|needs?|wants?)\b", theirs.group("on"))[0].strip(), 8) if theirs else ""
    on = f" that {on}" if on and re.match(r"(?i)(?:it|this|that|the|we|she|he|they)\b", on) else ""
    unit3 = re.sub(r"(?i)^wks?$", "weeks", more.group("u3") or "") if more else ""
    if more and more.group("r") and more.group("r").strip() not in ("1", "one") and not unit3.endswith("s"):
        unit3 += "s"  # 'another 5 weeks' cut short at the clause's end
    time = (f"with another {more.group('r') or ''}{unit3}" if more.group("n2") else f"with {more.group('n')} more {more.group('u') or more.group('u2')}") if more else ""
    own = (f" {words.they.capitalize()} put{s} it at {theirs.group('p')}%{on}" + (f", {time} to go" if more else "") +
           ": ask what that rests on, and what result in the next few weeks would show it either way.") if theirs and not said else ""
    into = _WEEKS_INTO.search(notes)
    so_far = f" of the {into.group('n')} {re.sub(r'(?i)^wks?$', 'weeks', into.group('u'))}" if into else ""
    case = plan.add(0, 3, f"{words.name}'s case" + (", then your odds" if said else ""), "both", (
        f"Hear {words.their} case first{asked}: the results{so_far} so far and how {words.they} {is_} reading them, without interrupting.{own}{read}"))
    why = _WHY_STILL.search(notes)
    if why and why.group("who").lower() not in ("she", "he", "they", "i", "someone"):
        done = {"funding": "funded", "doing": "going", "paying for": "paid for", "spending on": "funded", "running": "running", "staffing": "staffed"}
        mine = re.search(r"\b(?:my|our)\s+$", notes[max(0, why.start() - 6) : why.start()], re.I)
        asker = f"Your {why.group('who').lower()}" if mine else why.group("who").capitalize()
        item.notes += (f" {asker} asked you why it is still {done[why.group('v').lower()]}: tell {words.them} so plainly, "
                       "as the reason the call is needed now, not as the verdict.")
    case.questions += ["What have you seen so far that makes you hopeful, and what worries you?", "What result would change your mind, and what would change mine?"]
    bar = plan.add(0, 3, "Criteria, options and the date", "both", (
        "Agree the criteria for 'go' in numbers (the result to beat, on which data) and what would make it a no. Then the options "
        "side by side: stop now and write up what was learned; one last time-boxed experiment with that bar (the cheapest, "
        "earliest test that would show it either way); or a smaller scope that could still land. Name what survives either way "
        f"(a write-up or paper, code or features others can reuse). Whatever the call, agree what {words.they} work{s} on next, and the date of the call" +
        (f", early enough to be ready {when}" if when else "") + ". Stopping on evidence is a result, not a failure: say so."))
    if theirs and more:  # the odds and the time they asked for are what the criteria weigh
        bar.notes += (f" Weigh {words.their} own numbers ({theirs.group('p')}% {time}) against what another stretch costs: if it goes on, "
                      "only with the bar written down and a check at the halfway point.")
    _criteria_from_numbers(bar, notes, when)
    plan.drops.add("feedback_prompts")  # a decision meeting: no stock feedback prompts beside it
    if above:
        item.prep.append(f"Before the meeting, ask {above} what result, by when, would change their mind, or whether the call is "
                         f"already made; if it is, this meeting tells {words.name} the decision and what comes next, rather than deciding it.")
        bar.notes += f" Agree what you take back to {above}: the criteria, the date and {words.their} case in {words.their} words."
        bar.questions.append(f"What would {above} need to see to keep it going?")
    bar.questions += ["What result by the checkpoint would tell us to keep going?", "What would make you call it a 'no' yourself?",
                      "If it's a no, what would you want to write up or salvage, and what would you like to work on next?"]
    bar.prep += [f"Draft the go/no-go criteria and the options for {thing}" + (f"; the call is due {when}." if when else ", and propose a checkpoint date."),
                 f"Decide what a 'no' would mean for {words.name} (a write-up, the next project) so stopping isn't read as failure."]
    for x, rank, keep in ((item, 1, -1), (case, 2, 1), (bar, 2, 0)):  # a short meeting keeps the purpose and the criteria
        x.rank, x.leads, x.priority = rank, True, keep
    theirs = next((x for x in plan.items if x.title == "Their topics"), None)
    if theirs is not None:  # a decision meeting: anything else briefly, at the end
        theirs.weight, theirs.notes, theirs.rank = 1, "Briefly, before next steps: anything else on their mind.", 4


def _decided_go_no_go(plan: _Plan, bar: tuple[str, str] | None, words: Words, thing: str) -> None:
    """The go/no-go item when the manager has decided it: the decision and its bar told plainly, listened to, made
    fair in numbers, and what a no means; the criteria are not agreed from scratch."""
    item = next((x for x in plan.items if x.title.startswith("Go/no-go checkpoint")), None)
    if item is None or bar is None:
        return
    criterion, checkpoint = bar
    s = "s" if words.they in ("he", "she") else ""
    item.title, item.owner, item.weight, item.rank, item.leads = "The decision, said plainly", "you", 2, 2, True
    item.notes = (
        f"In the first minutes, tell {words.them} the decision about {thing}: a {checkpoint}, and it is a no unless "
        f"{criterion}. Give the reason in a sentence or two (what the business needs from it), then stop."
    )
    item.questions = ["How does that land with you?"]
    item.prep = ["Write the decision in two sentences (the date and the bar) and say it the same way every time."]
    view = plan.add(0, 3, f"{words.name}'s view: listen", "them", (
        f"Let {words.them} react. {words.they.capitalize()} may disagree: hear {words.them} out without re-arguing the "
        f"decision, ask what worries {words.them} most, and take any point that changes the facts seriously. The decision stands "
        "unless the facts change."))
    view.questions = ["What worries you most about it?", "Is there anything about the data or the baseline I'm missing?"]
    fair = plan.add(0, 3, "Making the bar concrete, and what a no means", "both", (
        f"Agree what makes the call fair: the metric and the data it is judged on, what counts as a clear win in numbers, "
        f"and what {words.they} need{s} from you before then. Agree what a no means for {words.them} (a write-up of what "
        "was learned, the next project): stopping on evidence is a result, not a failure."))
    fair.questions = [
        "What would count as a clear win, in numbers, so the call is obvious on the day?",
        "What do you need from me before the checkpoint to give it its best shot?",
        "If it's a no, what would you want to write up or salvage, and what would you like to work on next?",
    ]
    fair.prep = [f"Decide what a 'no' would mean for {words.name} (a write-up, the next project) so stopping isn't read as failure."]
    for x in (view, fair):
        x.rank, x.leads = 2, True
    plan.rules = [r if r.rule != "cue-research-go-no-go" else r.model_copy(update={"detail": "A go/no-go you have decided: the decision and its bar told plainly, then listening, the bar made concrete, and what a no means."}) for r in plan.rules]


# The round a promotion case goes to ('the march cycle', 'next calibration').
_CYCLE = re.compile(r"\b(?:the |this |next )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|spring|summer|autumn|fall|winter|mid-?year|year-?end|next|h[12]|q[1-4])\s+(?:promo(?:tion)? )?(?:cycle|round|calibration)\b|\bnext (?:promo(?:tion)? )?(?:cycle|round|calibration)\b", re.I)


def _past_the_cycle(notes: str, today: date) -> str:
    """The promotion cycle the notes name ('the january cycle') when the manager's own timeline ('maybe 6 months away')
    reaches past it, so the honest answer for that cycle is not yet; '' when it does not or either is unsaid."""
    cycle, timeline = _CYCLE.search(notes), _TIMELINE_RE.search(notes)
    month = next((MONTHS[w] for w in re.findall(r"[a-z]+", cycle.group(0).lower()) if w in MONTHS), None) if cycle else None
    if month is None or timeline is None:
        return ""
    count = re.search(rf"\b({SAID_NUMBER}|an?)\s*(?:(?:-|to)\s*\w+\s+)?(month|quarter|year|cycle)", timeline.group("t").lower())  # '3-4 months': the first
    said = count.group(1) if count else ""
    n = number(said, article=True)
    if n is None:
        return ""
    months_away = n * {"month": 1, "quarter": 3, "year": 12, "cycle": 6}[count.group(2)]
    months_to_cycle = (month - today.month) % 12 or 12
    return _month_case(cycle.group(0).strip()) if months_away > months_to_cycle + 1 else ""


def _path_parts(item: _Item, words: Words, career_goal: str | None, their_work: list[str], notes: str, today: date | None = None,
                scope: str = "") -> list[str]:
    """What a promotion path is built from besides the manager's words: the team file's goal, the work already planned
    for them (stretch options to own end to end), or a piece of the scope their goal names when none of it is in that
    scope, and a check-in before the cycle the notes name."""
    parts = []
    if career_goal:  # the team file's goal: what the path should build toward
        parts.append(f"Tie the path to {words.name}'s goal in the team file ({career_goal[0].lower() + career_goal[1:]}): the stretch project should show that scope.")
    scope = scope or goal_scope(career_goal or "")
    their_work = [w for w in their_work if not scope or _shares_words(w, scope)]
    if scope and not their_work:  # 'owning the risk platform': the stretch is a real piece of that, not other work on the plan
        s = "s" if words.they != "they" else ""
        parts.append(f"The stretch is a real piece of {scope}, the scope {words.they} want{s}: one part {words.they} could own end to end "
                     f"(plan, risks, the result and presenting it) from now, with what owning it looks like and a date.")
        item.prep.append(f"Find one real piece of {scope} {words.name} could own end to end (scope, who reviews, the date) before the meeting.")
    if their_work:
        s = "s" if words.they != "they" else ""
        parts.append(f"Stretch options already on the plan, each one {words.they} could own end to end (plan, risks, the result and "
                     f"presenting it): {' or '.join(their_work[:2])}. Agree one, with what owning it looks like, before {words.they} start{s}.")
        item.prep.append(f"Check that {words.name} can own {their_work[0]} end to end (scope, who reviews, the date) before offering it.")
    cycle = _CYCLE.search(notes)
    past = _past_the_cycle(notes, today) if today else ""
    if past:  # their read of the timeline is past the cycle: say so, and plan to the one after with checkpoints
        parts.append(f"Be plain that it is not {past if past.startswith('the ') else 'the ' + past}, and why: the path is about the time you "
                     "gave, with a check-in every six weeks or so to look at the evidence together and a target cycle you both write down.")
    elif cycle:
        when = re.sub(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", lambda m: m.group(0).capitalize(), cycle.group(0), flags=re.I)
        parts.append(f"Set a check-in well before {when}: what evidence by then would make the case, and say honestly if it will not be ready in time.")
    return parts


def _shares_words(a: str, b: str) -> bool:
    """Two phrases share a content word ('the risk platform migration (Risk platform)' and 'the risk platform')."""
    content = lambda t: {w for w in re.findall(r"[a-z0-9]{3,}", t.lower())} - _DANGLING - {"platform", "team", "work", "project", "model"}
    return bool(content(a) & content(b))


def _asked_whether(asked: re.Match[str], words: Words, n: int) -> str:
    """Their question in the manager's words, tense kept ('Noor asked you directly whether she will be senior by summer')."""
    aux = asked.group("aux").strip(" '")
    are = {"ll": "will", "s": "is", "re": "are"}.get(aux, aux)
    are = ("are" if words.they == "they" else "is") if are in ("is", "are") else are
    return f"{words.name} asked you directly whether {words.they} {are} {_month_case(_clip_words(asked.group('what'), n))}"


def _goal_into_promotion(plan: _Plan, goals: list[Reason], words: Words, career_goal: str | None = None, aims: list[str] | None = None, notes: str = "",
                         their_work: list[str] | None = None, today: date | None = None, named: dict[str, str] | None = None) -> None:
    """The promotion item starts from what the manager said: their goal in their words ("she wants to lead the data
    platform", else the team file's), the manager's read, and the concern said plainly ("the migration has dragged,
    which the panel will probe"), with the evidence that would answer it."""
    item = next((x for x in plan.items if x.title == CUE_SPECS["wants_promotion"].title), None)
    if item is None:
        return
    parts = []
    goal = next((r for r in goals if r.kind == "goal" and not _MANAGERS_WANT.match(r.said[0])), None)
    asked = ASKED_IF.search(goal.said[0]) if goal is not None else None
    if asked:  # "asked me if she's on track for staff": their question is answered first
        parts.append(f"{_asked_whether(asked, words, 8)}: answer that first, honestly: where things stand today, the gaps, and what would make it a yes.")
    what, scope = goal_words(goal.said[0]) if goal is not None and not asked else ("", "")
    if what:  # the goal as a whole phrase, never the clause before it cut mid-way
        parts.append(f"{words.name}'s goal: {_clip_words(what, 8)}.")
    elif goal is not None and not asked:
        parts.append(f"{words.name}'s goal, as you put it: \u201c{_clip_words(goal.said[0], 8)}\u201d.")
    parts += _path_parts(item, words, career_goal if asked or goal is None else None, their_work or [], notes, today, scope)
    past = _past_the_cycle(notes, today) if today else ""
    read = next((r for r in goals if r.kind == "read"), None)
    said = " ".join(read.said) if read else ""
    concern = _CONCERN.search(said)
    if read is not None:
        view = said[: concern.start()] if concern else said
        parts.append("Say your read plainly as concrete gaps, each with an example, not as a label or a verdict.")
        item.prep.append(f"Your read, in your words (\u201c{_tidy_quote(_clip_words(view, 8))}\u201d), stays with you: turn it into two concrete gaps, each with an example.")
    if concern:
        who = " the promotion panel will look at" if _PANEL.search(said) else " stands between them and the next level"
        owns = f"{words.they} own{'s' if words.they != 'they' else ''}"
        parts.append(f"Name the gap head-on: {concern.group('c').strip()}, which{who}; agree what evidence would answer "
                     f"it (the work landed, or a plan with dates {owns}) and by when.")
        item.prep.append(f"Write down where it stands ({concern.group('c').strip()}) and what would count as answered, before the meeting.")
    on_me = _ON_ME.search(notes)
    if on_me:
        what = _tidy_quote(_clip_words(re.sub(r"^.*?\b(?:he|she|they)(?:'s|'re| has| have| is| are)\s+(?:been\s+)?", "", on_me.group("what").strip(), flags=re.I), 12))
        parts.insert(0, f"Own your part, plainly: {what} is on you, not on {words.them}; say what you will change now (a piece "
                        f"of work {words.they} own{'s' if words.they != 'they' else ''} end to end, starting this month).")
    if any(re.search(r"\bover-?promis\w*|\bnot (?:to )?promise\b|\bno promises\b", a, re.I) for a in aims or []):
        parts.append("Promise the plan, not the outcome: what you will push for and sponsor, and that the committee decides.")
    if _DECIDED_NO.search(notes):  # the decision is made and theirs to hear first: the outcome, owned, then the path
        lost = (" Own it: you argued for the case and it did not carry; don't blame the panel or hide behind it."
                if re.search(r"\b(?:pushed|argued|fought|advocated) (?:for|hard)\b|\blost\b", notes, re.I) else "")
        told = (f" {words.they.capitalize()} told people {words.they} expect{'s' if words.they != 'they' else ''} it: offer "
                f"{words.them} words for them ('not this round'), and let {words.them} decide what to share."
                if re.search(r"\btold (?:a couple of |some |a few )?(?:people|others|colleagues|the team|friends)\b", notes, re.I) else "")
        parts.insert(0, f"Tell {words.them} the outcome in the first two minutes, in one sentence: the promotion did not go through "
                        f"this round.{lost}{told} Then the gaps and the work that would close them, and when you will look "
                        "at it again together.")
    elif asked and (_says_not_yet(notes) or asks_how_to_say_no(notes) or past):  # their direct question, answered 'not yet' first
        parts[0] = parts[0].split(": answer that first")[0] + (": answer it first, plainly: not yet, then exactly what would "
                   "change it (the gaps, each with an example and a piece of work that would show the opposite) and when you will "
                   "look at it again together; a vague 'keep doing what you're doing' is what loses people.")
    elif _says_not_yet(notes) or asks_how_to_say_no(notes) or past:
        parts.insert(0, "Say 'not yet' plainly and early, then exactly what would change it (the gaps, each with an example and "
                        "a piece of work that would show the opposite) and when you will look at it again together; a vague "
                        "'keep doing what you're doing' is what loses people.")
    elif any(re.search(r"\b(?:a no|no|rejected|turned down|not happening)\b", a, re.I) for a in aims or []):
        parts.insert(0, f"Say early and plainly that this is not a no: it is where {words.they} stand{'s' if words.they != 'they' else ''} and the path from here.")
    if not parts:
        return
    rest = re.sub(r"^From your notes: \u201c[^\u201d]*\u201d\. ", "", item.notes)
    if their_work:  # the stretch options are named: the template's generic ask gives way, the notes' gap and strength lead
        rest = rest.replace(CUE_SPECS["wants_promotion"].notes, "").strip()
        item.prep = [n for n in item.prep if not n.startswith("Have one stretch project in mind")]
        lead = 1 if asked else 0
        parts, rest = parts[:lead] + ([rest] if rest else []) + parts[lead:], ""
    item.notes = " ".join(parts + ([rest] if rest else []))
    if _DECIDED_NO.search(notes):
        item.title = "The outcome, and the path from here"
    # the manager's own words about this conversation: it is the reason for the meeting, and a 'not yet' the answer says
    # to give in the first two minutes comes before their topics, never after them
    if goals or _says_not_yet(notes) or _DECIDED_NO.search(notes) or asks_how_to_say_no(notes) or past:
        item.rank, item.leads, item.owner = 2, True, "both"
    if today is not None:
        _promotion_in_steps(plan, named or {}, words, notes, today, their_work or [], career_goal)


def _promotion_in_steps(plan: _Plan, named: dict[str, str], words: Words, notes: str, today: date,
                        their_work: list[str] | None = None, career_goal: str | None = None) -> None:
    """A promotion ask the manager answers 'not yet', with the gaps named: credit for what is strong, the honest answer
    with the gaps (and their reaction heard), then the path, each as its own item, instead of one long item."""
    item = next((x for x in plan.items if x.title == CUE_SPECS["wants_promotion"].title), None)
    gaps = [g.strip() for g in named.get("gap", "").split(";") if g.strip()]
    past = _past_the_cycle(notes, today)
    if item is None or not gaps or _DECIDED_NO.search(notes) or _ON_ME.search(notes) or not (past or _says_not_yet(notes) or asks_how_to_say_no(notes)):
        return
    asked = ASKED_IF.search(notes)
    again = _ASKED_AGAIN.search(notes)
    said = f"{_asked_whether(asked, words, 10)}. " if asked else f"{words.they.capitalize()} {'have' if words.they == 'they' else 'has'} asked {again.group('n')} now. " if again else ""
    ruled = _NOT_THIS.search(notes)  # 'honestly not this cycle': the answer in the manager's words
    cycle = _CYCLE.search(notes)  # the cycle they asked about, named: the answer names it ('not the March cycle, on current evidence')
    named_cycle = _month_case(re.sub(r"^(?:the|this)\s+", "", cycle.group(0).strip(), flags=re.I)) if cycle else ""
    later = _later_cycle(notes)
    when = (f"not {past if past.lower().startswith('the ') else 'the ' + past}" if past else ruled.group(0).lower() if ruled
            else f"not the {named_cycle}; the {later} is the realistic aim" if later and named_cycle else f"not yet; the {later} is the realistic aim" if later
            else f"not the {named_cycle}, on current evidence" if named_cycle and not named_cycle.lower().startswith("next") else "not yet")
    rank = item.rank if item.rank is not None else 2
    if named.get("strength"):
        strength = re.sub(r"\s+and\s+(?=\w+ed\b)", f"; {words.they} ", named["strength"])  # 'fraud v3 and halved the latency': two wins
        credit = plan.add(0, 1.5, f"Credit: {_to_you(strength).replace('your ', words.their + ' ')}", "you", (
            "Open with it, specifically: what it changed and that it counts toward the case. Real credit first is what makes "
            "the 'not yet' believable."))
        credit.leads, credit.rank, credit.owner = True, rank, "you"
    item.title = f"The honest answer: {when}"
    seen = gap_examples(notes)
    example = f"the examples you gave: {'; '.join(_to_you(x) for x in seen)}" if seen else "each with one example"
    item.notes = (f"{said}Answer it plainly and early: {when}, and why: the gaps as you see them ({'; '.join(gaps)}), "
                  f"{example}. Then stop and ask how it lands; hear {words.them} out before you get to the plan.")
    item.questions[:0] = ["How does that land? Where do you see it differently?"]
    if _IN_CONFIDENCE.search(notes):  # the people who spoke up are not named or hinted at
        item.notes += (" Name the behaviour from what you have seen yourself (the reviews, the rewrites); never name or hint at "
                       "the people who told you in confidence.")
    item.prep = ["Decide what you will do for the case once the evidence is there, and say it without promising the outcome."
                 if n.startswith("Decide how you will sponsor") else n for n in item.prep]  # not this cycle: no case to sponsor yet
    timeline = re.sub(r"^(?:maybe|probably|roughly|~)\s*", "about ", named.get("timeline", ""))
    # the openings already on the plan make the step concrete, tied to the goal in the team file
    s = "s" if words.they != "they" else ""
    openings = ("" if not their_work else
                f" The opening already on the plan: {their_work[0]}; agree that {words.they} lead{s} it end to end, including the work "
                "with the other teams it touches." if len(their_work) == 1 else
                f" Openings already on the plan: {' or '.join(their_work[:2])}; agree which one {words.they} lead{s} end to end, "
                "including the work with the other teams it touches.")
    toward = f" Tie it to {words.their} goal ({career_goal[0].lower() + career_goal[1:]})." if career_goal else ""
    path = plan.add(0, 4, f"The path: {timeline or ('to the ' + later if later else 'the next months')}", "both", (
        f"One step per gap: {'; '.join(gap_asks('; '.join(gaps)))}.{openings}{toward} A check-in every six weeks or so to look at the "
        "evidence together, the target cycle you both write down, and how you will sponsor the case."))
    path.leads, path.rank = True, rank
    panel = _PANEL.search(notes)
    if panel:
        path.notes += f" The panel sits in {_month_case(panel.group('m'))}: say plainly whether that is a realistic target or the one after."
    path.prep.append("Have the concrete openings ready (which meeting, which junior, which piece of work) so the plan is real on the day.")
    plan.items.remove(path)
    plan.items.insert(plan.items.index(item) + 1, path)
    if named.get("strength"):
        plan.items.remove(credit)
        plan.items.insert(plan.items.index(item), credit)


_ASKED_AGAIN = re.compile(r"\basked (?:me )?(?:about it )?(?P<n>twice|three times|again|a few times|more than once|\d+ times)\b", re.I)
# When the promotion panel or committee sits, as the notes say it ('promo panel sits in march').
_PANEL = re.compile(r"\b(?:promo(?:tion)?|panel|committee|calibration)\b[^.;!?]{0,25}?\b(?:in|on|at|is in|sits in|meets in)\s+(?P<m>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b", re.I)
_LEVEL_ASIDE = re.compile(r"\s*\((?:mid|senior|junior|lead|staff|principal|new)[^)]{0,20}\)", re.I)  # 'he (mid-level) has missed': an aside for you


def _in_year_end_break(day: date) -> bool:
    return (day.month, day.day) >= (12, 24) or (day.month, day.day) <= (1, 1)


def _follow_up_day(day: date) -> date:
    """Two weeks after the meeting, on the same weekday; when that falls in the year-end break, the last weekday before
    the break if it is at least a week on, else the first same weekday after it."""
    out = day + _dt.timedelta(days=14)
    if not _in_year_end_break(out):
        return out
    last = date(out.year if out.month == 12 else out.year - 1, 12, 23)
    last -= _dt.timedelta(days=max(0, last.weekday() - 4))
    if (last - day).days >= 7:
        return last
    while _in_year_end_break(out):
        out += _dt.timedelta(days=7)
    return out


def _follow_up_words(day: date) -> str:
    """' (two weeks on: Fri 8 Jan)', said as the distance it really is."""
    out = _follow_up_day(day)
    weeks = round((out - day).days / 7)
    gap = "two weeks on" if (out - day).days == 14 else "before the year-end break" if out < day + _dt.timedelta(days=14) else f"{weeks} weeks on, after the year-end break"
    return f" ({gap}: {out:%a} {out.day} {out:%b})"


# What a hard talk is about, in the manager's words: 'a hard talk with marco about the design doc he promised ...'.
_ABOUT = re.compile(r"\b(?:talk|conversation|chat|word|1[:-]?1|1-on-1|one[- ]on[- ]one|meeting|sit-?down)\b[^.;!?\n]{0,60}?\babout (?P<x>(?:the|a|an|his|her|their|how|why|what|missing|being)\b[^.;!?\n]{6,140}?)(?=\s*[.;!?\n]|,\s|$)", re.I)


def meeting_subject(notes: str) -> str:
    """What the manager says the talk is about ('about the design doc he promised two weeks ago and still hasn't sent'), or ''."""
    m = _ABOUT.search(notes or "")
    return m.group("x").strip() if m else ""


def _hard_items(plan: _Plan, name: str, notes: str = "", words: Words | None = None, performance: bool = False, day: date | None = None) -> None:
    """A hard conversation (feedback, a performance concern, a complaint): the issue first, then facts, their side, next
    steps. For a performance concern: the manager's own examples and what they imply is expected, where it stands
    (not a formal plan yet, when said so), the support and a follow-up date, and how to meet a defensive reaction."""
    w = words or Words(name)
    examples, expected = performance_examples(notes, w) if performance else ([], [])
    facts = "What you saw (dates, examples, not impressions) and why it matters: its effect on the work, the team or the users."
    impact = IMPACT.search(notes) if performance else None
    said_impact = f"the impact you named (\u201c{_tidy_quote(impact.group(0).strip())}\u201d)" if impact else "the impact"
    subject = "" if examples else meeting_subject(notes)
    if subject:  # 'a hard talk with marco about the design doc he promised two weeks ago': what the talk is about, as the fact
        said = re.sub(r"\b(and|but)\s+(still\s+|never\s+|also\s+)?(?:hasn'?t|has not)\b", r"\1 \2haven't", second_person(subject, w), flags=re.I)
        facts = (f"The fact, once and plainly: {said}. Then why it matters: what it cost the team, the users or "
                 "the people depending on the work. No adjectives about the person.")
    if examples:
        listed = "; ".join(f"\u201c{_named_as_written(_tidy_quote(_LEVEL_ASIDE.sub('', e)), name)}\u201d" for e in examples)
        facts = (f"The examples, one at a time and as facts: {listed}. Then {said_impact}: what it cost the team, the users or "
                 "the people depending on the work. No adjectives about the person.")
    steps = (
        ("The issue, said plainly", "you", 2, "In your first two minutes, say why you are meeting, in one or two sentences. No small talk first, no feedback sandwich."),
        ("The facts and the impact", "you", 3 if examples else 2, facts),
        (f"{name}'s side: listen", "them", 4, "Ask for their view and listen without arguing; ask what is behind it and what would help."),
    )  # fmt: skip
    for title, owner, weight, text in steps:
        item = plan.add(0, weight, title, owner, text)  # type: ignore[arg-type]
        item.rank, item.leads = 2, True
    issue, _, side = plan.items[-3:]
    side.questions += (["How are you doing, at work and outside it? Is anything making these weeks harder?"] if performance else []) + [
        "How do you see it?", "What is getting in the way?", "What would help you most?"]
    issue.prep.append(f"Write the issue in two sentences and two or three dated examples before you meet {name}.")
    if examples:  # 'what do i actually say': the first sentences, from the manager's own facts said to the person
        facts_said = " and ".join(_tidy_quote(second_person(_LEVEL_ASIDE.sub("", e), w)) for e in examples[:2])
        issue.notes += (f" For example: \u201c{name}, I want to talk about something specific: {facts_said}. I want to understand "
                        "what is getting in the way, and agree what changes from here.\u201d")
    _told_opening(issue, side, name, notes, w, said_already=bool(examples))
    before = RAISED_BEFORE.search(notes) if performance else None
    if before:  # raised in passing before and nothing changed: this is the clear version, said as such
        how = (before.group("how") or "").strip() or "in passing"
        issue.notes += (f" Say that you have raised it before ({before.group('n').lower()}, {how}) and it has not changed, so "
                        "today is the clear version: you are not asking in passing, you are agreeing what changes.")
    if NOT_A_PLAN_YET.search(notes):
        issue.notes += (" Say where it stands, once and calmly: this is not a formal plan (a PIP) today; if nothing changes "
                        "by the follow-up date, it could become one. Not a threat, so it is no surprise later.")
    if DEFENSIVE.search(notes):
        s = "s" if w.they in ("he", "she") else ""
        side.notes += (f" If {w.they} get{s} defensive: don't argue each example or add more; name it (\u201cI can see this is "
                       "frustrating\u201d), pause, and come back to one question: what gets in the way? If it gets heated, stop "
                       "and pick it up the next day rather than push through.")
        issue.prep.append(f"Rehearse your first two sentences so they stay calm and factual if {w.they} push{'es' if s else ''} back.")
    if performance:
        nearly = ALWAYS_NEARLY.search(notes)
        if nearly:  # the thing that keeps being nearly done: a date they can stand behind, with the steps to it
            expected = [f"a date for the {nearly.group('t').strip()} that {w.they} can stand behind, with the steps to it, agreed in this meeting",
                        *expected]
        if impact and re.search(r"\b(?:picking|picked|covering|covered|carrying|redoing|fixing|finishing)\b", impact.group(0), re.I):
            s_ = "s" if w.they in ("he", "she") else ""
            expected.append(f"when {w.they} can't finish something, {w.they} say{s_} so early and hand{s_} it over openly, so nobody picks it up quietly")
        bar = "; ".join(expected) if expected else "what good looks like on the work, concretely"
        when = _follow_up_words(day) if day else " in two to three weeks"
        item = plan.add(0, 3, "Expectations, support and a follow-up date", "both", (
            f"Say what is expected from now on, concretely: {bar}. Ask what support would help (pairing, smaller milestones "
            f"each with its own date, clearer priorities from you) and agree it. Then set a follow-up date{when} and put it in both "
            "calendars; say you will look at the same things then."))  # fmt: skip
        if before and not NOT_A_PLAN_YET.search(notes):  # the clear one: what happens if it does not change, said once, no threat
            item.notes += (" Then say, once and calmly, what happens if it does not change by the follow-up date: the next "
                           "conversation is a formal one, so it is never a surprise.")
        item.rank, item.leads = 2, True
        item.questions += ["What would help you most to hit that?", "What do you need from me before the follow-up?"]
        item.prep.append("Pick the follow-up date before the meeting, and what you will look at then.")
    plan.rules.append(RuleApplied(rule="hard-conversation", guidance="holistic-feedback", detail="A hard conversation: the issue early, the facts and their impact, their side, agreed next steps."))


# What the manager says they must tell them: 'need to tell him the pipeline work isn't good enough'.
_MUST_TELL = re.compile(r"\b(?:need|needs|have|has|got) to tell (?:him|her|them|[a-z]+) (?:that )?(?P<x>[^.:;!?\n]{6,100}?)(?=\s*[.:;!?\n]|,\s|$)", re.I)


# Good until a turn the manager names: 'was solid till the summer', 'used to be great until the reorg'.
_GOOD_UNTIL = re.compile(r"\b(?:was|were|has been|had been|used to be|been)\s+(?:really |always |pretty |totally )?(?:solid|great|good|excellent|reliable|strong|fine)\s+(?:un)?til+\s+(?P<t>(?:the |this |last )?[\w-]+(?: [\w-]+)?)", re.I)


def _told_opening(issue: _Item, side: _Item, name: str, notes: str, w: Words, said_already: bool) -> None:
    """The message the manager says they must give becomes the first sentence, said to the person, unless the examples
    already give one; good work until a turn the manager names is said, and what changed is asked about."""
    turn = _GOOD_UNTIL.search(notes)
    if turn:
        side.questions.insert(0, f"Your work was solid until {turn.group('t')}. What changed for you since then?")
    m = _MUST_TELL.search(notes)
    if m is None or said_already:
        return
    issue.notes += f" Your first sentence, for example: \u201c{name}, {_tidy_quote(second_person(m.group('x').strip(), w))}, and I want us to agree what changes.\u201d"


def _named_as_written(text: str, name: str) -> str:
    """The manager's words with the person's name capitalised ('tom has missed' -> 'Tom has missed')."""
    return re.sub(rf"\b{re.escape(name)}\b", name, text, flags=re.I) if name else text


def _hardship_item(plan: _Plan, w: Words, said: str, cues: list[str], guess: str = "") -> None:
    """A hard time outside work, mentioned with the work: how they are comes first, with the flexibility you can
    offer; the work conversation still happens, on a plan that fits. One only suspected is asked about openly."""
    _wellbeing_check(plan, w, "" if said else guess, cues)
    if not said or "burnout" in cues:  # burnout's item already starts with how they are
        return
    are = f"{w.they} {w.are}"
    item = plan.add(0, 3, "How you're doing", "you", (
        f"Start with how {are}, and acknowledge what you know in one sentence, without asking for details "
        f"(\u201c{_tidy_quote(_clip_words(said, 8))}\u201d). Say what flexibility you can offer for the next few weeks (hours, "
        "time off, a lighter load, the employee assistance programme). Then say the work conversation still has to "
        "happen, and agree a plan and dates that fit: the standard stays, the timeline can flex."
    ))  # fmt: skip
    item.rank, item.leads = 1, True
    item.questions += ["How are you doing, with everything going on?", "What would make the next few weeks more manageable?"]
    item.prep.append("Know what flexibility you can offer (time off, hours, the EAP) and your company's leave policy before the meeting.")
    plan.rules.append(RuleApplied(rule="hard-time-outside-work", guidance="sustainable-pace",
                                  detail="A hard time outside work: how they are first, the flexibility you can offer, then the work on a plan that fits."))  # fmt: skip


def _wellbeing_check(plan: _Plan, w: Words, guess: str, cues: list[str]) -> None:
    """A hard time outside work the manager only suspects: asked about once, openly and without guessing aloud, with
    the support on offer said either way; in a hard conversation after the facts (so care never reads as softening
    them) and before their side. The work conversation still happens."""
    if not guess or "burnout" in cues:  # burnout's item already starts with how they are
        return
    item = _Item(0, 2, f"How {w.they} {w.are}, outside the work too", "you", (
        f"Ask once, openly, and without saying what you suspect: is anything outside work making these weeks harder? Say "
        f"{w.they} {'do' if w.they == 'they' else 'does'}n't have to share details. Either way, name the support there is (flexible hours, "
        "time off, the employee assistance programme) and that it stays between you. Then go on: the standard stays, the "
        "plan and dates can fit what you hear."))  # fmt: skip
    item.rank, item.leads = 2, True
    if not any(q.startswith("How are you doing") for x in plan.items for q in x.questions):
        item.questions.append("How are you doing, honestly, with work and outside it? Is anything making these weeks harder?")
    item.prep.append("Have the employee assistance programme's details and what flexibility you can offer to hand before the meeting.")
    side = next((i for i, x in enumerate(plan.items) if x.title.endswith("'s side: listen")), None)
    plan.items.insert(len(plan.items) if side is None else side, item)
    plan.rules.append(RuleApplied(rule="wellbeing-check", guidance="sustainable-pace",
                                  detail="You suspect something outside work: ask once, openly, offer support (flexibility, the EAP), then the work plan."))


def _thing(project: str, said: str) -> str:
    """What a go/no-go is on: the manager's own words when they narrow the project ('the fine-tuned summarizer branch' of
    the LLM summarizer: stopping the branch is not stopping the project), else the project, else 'the research bet'."""
    if said.startswith("\u2018"):  # the name they gave it, in quotes, wins over any guess at the work
        return f"the {said}"
    shared = set(re.findall(r"[a-z]{4,}", said.casefold())) & set(re.findall(r"[a-z]{4,}", project.casefold()))
    return said if said and (shared or not project) else project or "the research bet"


def _work_item(plan: _Plan, project: str) -> None:
    """A regular 1-on-1 with nothing special said: how the work is going, besides their topics and growth; none when an
    item already asks about their work by name (the manager's read of them on it)."""
    if any(x.title.endswith((": how she sees it", ": how he sees it", ": how they see it", ": the next step")) for x in plan.items):
        return
    item = plan.add(3, 2, "How the work is going", "them", f"Progress on {project}, what is stuck or slower than expected, and anything they need from you or another team.")
    yours = "your current work" if project == "their current work" else project
    item.questions += [f"What's going well on {yours}, and what's slower than you expected?", "Is anything blocked on another team, or on me?"]


_INNER_QUOTE = re.compile(r"(?:\S+\s+){0,3}(?<!\w)['‘\"“][^'’\"”]{3,60}['’\"”](?!\w)")


def _example(clause: str) -> str:
    """An example in the manager's words, at most eight of them: what was said, when the clause quotes it ("comments
    like 'did you actually study CS?'"), else the clause's start."""
    said = _INNER_QUOTE.search(clause)
    if said and len(said.group(0).split()) <= 8:
        return said.group(0).strip()
    return _tidy_quote(_clip_words(clause, 8))


# More than one person raised it, each on their own ('two people came to me separately'): a pattern, so HR hears of it.
_SEVERAL_RAISED = re.compile(r"\b(?:two|three|four|several|a few|a couple(?: of)?|multiple|more than one|both)\b[^.;]{0,40}?\b(?:came to me|told me|"
                             r"complained|raised (?:it|this)|reported|flagged)\b|\bseparately\b", re.I)
# The manager's own praise of the person ('he's my strongest modeller'): talent that does not excuse the behaviour.
_STAR = re.compile(r"\b(?:my|our|the) (?:strongest|best|top|most productive|most senior|star)\s+(?:\w+\s+)?(?:modell?er|engineer|performer|"
                   r"scientist|researcher|person|ic|ds|mle|developer|coder|analyst)\b", re.I)
# The behaviour was raised before or keeps happening: the follow-up says what happens if it continues.
_REPEATED = re.compile(r"\bagain\b|\bstill\b|\balready (?:talked|spoke|raised|warned|told)\b|\b(?:second|third|another) time\b|\bkeeps?\b|\bpattern\b|\bwarned\b", re.I)
_REWRITES = re.compile(r"\b(?:rewrites?|rewrote|reverts?|reverted|redoes|redid|overwrites?|overwrote)\b", re.I)


_QUOTE_START = re.compile(r"['‘\"“]")


def _case_words(notes: str, words: Words, cues: list[str], reading: Reading, other: str) -> dict[str, str]:
    """What the notes add to a conduct or conflict item: the remarks as examples and how they landed, or what each
    side did that made a clash personal."""
    found: dict[str, str] = {}
    if reading.conduct:
        parts = conduct_examples(notes, words)
        found |= dict(zip(("examples", "impact"), ("; ".join(c if _QUOTE_START.match(c) else f"\u201c{_example(c)}\u201d" for c in part) for part in parts)))
    if "conflict" in cues:
        found |= _personal_words(notes, words, other) | _clash_words(notes, other)
    return {k: v for k, v in found.items() if v}


# Where a disagreement turned personal ('it got personal in the design review'), where they stopped talking ('not
# talking in standup'), and when the manager sees the other side ('odalys on thursday').
_TURNED = re.compile(r"\b(?:got|gotten|went|turned|gone|became|getting) (?:\w+ )?personal\b[^.;]{0,12}?\b(?P<w>(?:in|at|during) (?:the |our |a |this |last |yesterday'?s )?[\w -]{2,30}?)(?=[.,;!?]|\s+(?:and|but|so|now)\b|$)", re.I)
_SILENT = re.compile(r"\b(?:not|aren'?t|stopped|no longer|barely)\s+(?:talking|speaking)\b(?:\s+to each other)?\s*(?P<w>(?:in|at|during) (?:the )?[\w-]+)?", re.I)
_VERSUS = re.compile(r"^(?P<a>.+?)\s+(?:vs\.?|versus|or)\s+(?P<b>.+)$", re.I)


def _clash_words(notes: str, other: str) -> dict[str, str]:
    """For a conflict: where it turned personal, where they stopped talking, and the day the manager sees the other side."""
    found: dict[str, str] = {"with": other} if other and other != "a colleague" else {}
    turned, silent = _TURNED.search(notes), _SILENT.search(notes)
    if turned:
        found["moment"] = turned.group("w").strip()
    if silent:
        found["silent"] = (silent.group("w") or "").strip() or "at all"
    if other and other != "a colleague":
        day = re.search(rf"\b{re.escape(other)}\b[^.;]{{0,12}}?\b(?:on |next )?(?P<d>(?:mon|tues|wednes|thurs|fri)day|tomorrow|later this week)\b", notes, re.I)
        found["other_day"] = (f"on {day.group('d').capitalize()}" if day.group("d").endswith("day") else day.group("d")) if day else ""
    return found


def _personal_words(notes: str, w: Words, other: str) -> dict[str, str]:
    """For a conflict gone personal: what each side did, in the manager's words, and what to do about each: this
    person's part is agreed in this meeting, the other side's is raised with them, not here."""
    mine, theirs = gone_personal(notes, w)
    if not mine and not theirs:
        return {}
    parts = ["It has gone personal, so name the behaviour as well as the disagreement."]
    if mine and mine == theirs:  # the notes do not say who did which: both named, each side's part handled with that side
        quoted = "; ".join(f"\u201c{_tidy_quote(c)}\u201d" for c in mine)
        parts.append(f"What made it personal, in your notes: {quoted}. Hear {w.name} on both and agree {w.their} part here "
                     f"(whoever was left out is included again from the next meeting); the rest you raise with {other} "
                     f"(or {other}'s manager) yourself, not through {w.name}.")
        return {"personal": " ".join(parts)}
    if mine:
        quoted = "; ".join(f"\u201c{_tidy_quote(c)}\u201d" for c in mine)
        back = "back in the reviews from the next one" if re.search(r"\breview", " ".join(mine), re.I) else "included again from the next meeting"
        parts.append(f"{w.name}'s part, in your notes: {quoted}. That stops now, whatever the disagreement: agree it here "
                     f"(for example, {other} is {back}).")
    if theirs:
        quoted = "; ".join(f"\u201c{_tidy_quote(c)}\u201d" for c in theirs)
        parts.append(f"{other}'s part, in your notes: {quoted}. Raise that with {other} (or {other}'s manager), not through "
                     f"{w.name}; tell {w.them} you will.")
    return {"personal": " ".join(parts)}


def _conduct_items(plan: _Plan, w: Words, notes: str = "") -> None:
    """After the behaviour item of a complaint about how they treat others: their side, then the expectation and a
    follow-up date; the people who raised it are looked after before and after the meeting."""
    side = plan.add(0, 3, f"{w.name}'s side: listen", "them",
                    f"Ask for {w.their} view and listen without arguing; ask what is behind it (pressure, standards, how "
                    f"{w.they} see{'s' if w.they != 'they' else ''} the work).")  # fmt: skip
    side.questions += ["How do you see it?", "What is behind the way those comments come out?", "What would help you give the same feedback without the edge?"]
    rewrites = " changes to someone else's work are agreed with them first (suggest, don't rewrite);" if _REWRITES.search(notes) else ""
    several = _SEVERAL_RAISED.search(notes)
    formal = (", and say plainly that if it continues it becomes a formal matter with HR" if _REPEATED.search(notes) or (several and not SOFTLY.search(notes))
              else "; if it carries on after that, the next conversation is a firmer one")
    star = _STAR.search(notes)
    exception = (f" {w.their.capitalize()} results don't buy an exception (you called {w.them} \u201c{star.group(0)}\u201d): "
                 "the standard is the same for everyone; say so if it comes up." if star else "")
    expect = plan.add(0, 3, "The expectation and a follow-up date", "you", (
        f"Say what changes, concretely: review comments are about the work, never the person;{rewrites} agree it together "
        f"rather than hand it down.{exception} Agree a follow-up date in two to three weeks{formal}."
    ))  # fmt: skip
    behaviour = next((x for x in plan.items if x.title == CUE_SPECS["conduct"].title), None)
    examples = conduct_examples(notes, w)[0]
    if behaviour is not None and examples and not _QUOTE_START.match(examples[0]):  # the first sentences: what was reported, not who
        heard = "More than one person has told me, separately," if several else "It has been raised with me"
        behaviour.notes += (f" For example: \u201c{w.name}, I want to talk about how you come across with people. {heard} that "
                            f"{_tidy_quote(second_person(examples[0], w))}. I won't say who. I want to hear your side, and then "
                            "agree what changes.\u201d")
    if several:
        behaviour_prep = "More than one person raised it separately: that is a pattern, not a misunderstanding; talk to HR before the meeting."
        (behaviour or expect).prep.insert(0, behaviour_prep)
    if behaviour is not None and not _REWRITES.search(notes):  # nobody said they rewrite others' work: no question presumes it
        behaviour.questions = [q for q in behaviour.questions if "rewrite" not in q]
    if behaviour is not None and SOFTLY.search(notes):  # raised as a problem to solve together, the pressure acknowledged
        behaviour.notes = behaviour.notes.replace(
            "with no small talk first and no feedback sandwich",
            f"acknowledging what {w.they} {w.are} carrying (it explains, it doesn't excuse), then the specifics, with no feedback sandwich")
    hit = [o for o in w.others if re.search(rf"\b(?:on|to|at|towards?) {re.escape(o)}\b", notes, re.I)]
    if hit:
        side.prep.append(f"Before the meeting, check in with {' and '.join(hit[:2])}, on the receiving end: how they are, and what "
                         "they are comfortable with you saying.")
    for item in (behaviour, side, expect):
        if item is not None:
            item.leads, item.rank = True, 2  # the reason for the meeting: no "what's on your mind?" check-in first
    side.prep += [
        "Afterwards, watch for retaliation against the people who spoke up (harsher reviews, being left out), and check in with them again within a week.",
    ]
    plan.rules.append(RuleApplied(rule="conduct-complaint", guidance="handle-a-complaint-about-a-colleague",
                                  detail="Raised by the people on the receiving end: their side heard, a concrete expectation and a follow-up date; those who raised it supported."))  # fmt: skip


# Where someone goes quiet, in the manager's words ('goes quiet in design reviews').
_QUIET_WHERE = re.compile(r"\b(?:goes|go|going|went|is|stays|gets|has been|keeps)\s+(?:very |a bit |pretty |really |fairly |quite |too )?(?:quiet|silent)\b"
                          r"(?:\s+(?:in|during|at|on)\s+[\w -]{3,30}?(?=[,.;!?]|\s+(?:and|but|so)\b|$))?", re.I)


def _quiet_as_gap(cues: list[str], notes: str, named: dict[str, str]) -> tuple[list[str], list[RuleApplied]]:
    """Quiet beside a promotion ask ('but she goes quiet in design reviews') is a gap for the level the manager names,
    not a trait the template says to leave be: the cues without it and the rule that fired; the gap, in their words,
    joins the named gaps."""
    if not ("wants_promotion" in cues and "quiet" in cues and "new_hire" not in cues):
        return cues, []
    quiet = _QUIET_WHERE.search(notes)
    said = _clip_words(quiet.group(0), 8) if quiet else "speaking up in the room"
    named["gap"] = "; ".join(x for x in (said, named.get("gap", "")) if x)
    rule = RuleApplied(rule="cue-quiet", guidance=CUE_SPECS["quiet"].guidance,
                       detail="Quiet where the next level needs a voice: one of the gaps, with a step that closes it, not a trait to leave be.")
    return [c for c in cues if c != "quiet"], [rule]


def _burnout_reasons(reasons: list[Reason]) -> list[Reason]:
    """With signs of burnout the manager's guess is why we meet, not a verdict to deliver, and a snap at someone is raised
    once in the workload item as a sign of the load, not as an incident of its own."""
    return [r for r in reasons if r.kind != "read" and not (r.kind == "incident" and _EDGE_IN_MANNER.search(" ".join(r.said)))]


def _fitting_reasons(reasons: list[Reason], cues: list[str]) -> list[Reason]:
    """The notes' reasons that fit the situation: with burnout, only those `_burnout_reasons` keeps; on a return from
    leave, work someone took over while they were away ('which priya partly took over') is a handover, no incident."""
    if "burnout" in cues:
        reasons = _burnout_reasons(reasons)
    if "returning_from_leave" in cues:
        reasons = [r for r in reasons if not (r.kind == "incident" and _HANDED_OVER.search(" ".join(r.said)) and not _AGAINST.search(" ".join(r.said)))]
    return reasons


def _stance(notes: str, cues: list[str], reading: Reading) -> Stance:
    """The manager's stance (none with their own boss or a skip-level); a change the manager made themselves is owned,
    so it is no colleague's 'incident' and no news to break."""
    stance = read_stance(notes) if "managing_up" not in cues and "skip_level" not in cues else Stance()
    if stance.my_fault:
        reading.reasons = [r for r in reading.reasons if not (r.kind == "incident" and not r.by_person)
                           and not (r.kind == "news" and re.search(r"\bi\b", " ".join(r.said), re.I))]
    return stance


# A new joiner said outright ('joined in october', 'first week', 'new grad'), not a status word ('still ramping').
_JOINER_SAID = re.compile(r"\b(?:joined|joins|joining|started|starts|starting|new|first (?:week|month|day|30|90)|onboarding|weeks? in|days? in)\b", re.I)


def _yield_to_subject(cues: list[str], observations: dict[str, str], reading: Reading) -> list[str]:
    """The meeting's own subject (a request they made, news to tell them) holds the meeting: a stock template read from a
    passing status word ('he's still ramping') yields to it, so the request is never buried under a new joiner's agenda."""
    subject = any(r.kind in ("ask", "news") for r in reading.reasons)
    seen = observations.get("new_hire", "")
    if subject and "new_hire" in cues and seen and not _JOINER_SAID.search(seen):
        return [c for c in cues if c != "new_hire"]
    return cues


# The work they come back to, as the notes say it ('to pair with tom on the summarizer', 'to lead the eval rebuild').
_BACK_TO = re.compile(r"\bto (?P<v>pair with|work with|join|lead|own|take over|pick up|work on)\s+(?P<x>[^.;,()!?]{3,60}?)(?=\s*[.;,()!?]|\s+(?:and|but|so)\b|$)", re.I)


def _situation_items(plan: _Plan, cues: list[str], fill: dict[str, str], inp: AgendaInput, named: dict[str, str], covered: frozenset[str], w: Words) -> None:
    """The cues' items, then what the notes make of them (back from another team rather than from leave)."""
    _cue_items(plan, cues, fill, dict(inp.observations), named, covered, inp.notes, inp.others)
    _changes_named(plan, named)
    _rejoin_item(plan, w, inp.notes)
    _situation_notes(plan, w, inp.notes)


_DROPPED_STOCK = "each with the why: work that was dropped was a business call, not a judgement on them."


def _changes_named(plan: _Plan, named: dict[str, str]) -> None:
    """Back from leave with the changes named: each is said with the decision behind it and what is still open for
    them, instead of the stock line about work that was dropped."""
    if not named.get("changes"):
        return
    for item in plan.items:
        if item.title == "Welcome back: re-onboarding":
            item.notes = item.notes.replace(_DROPPED_STOCK, "each with who decided it and why, and what is still open for them to shape; it is not a judgement on them.")


# The previous manager is gone ('her old manager who's since left'): no handover to ask them for.
_MANAGER_GONE = re.compile(r"\b(?:old|previous|former|last) manager\b[^.;!?]{0,30}?\b(?:who(?:'s| has| had)?|has|had|'s)\s+(?:since |now |already )?(?:left|gone|quit|moved on)\b", re.I)


def _situation_notes(plan: _Plan, w: Words, notes: str) -> None:
    """What the notes rule out in the stock items: a handover from a previous manager who has left is asked of the
    person instead."""
    if _MANAGER_GONE.search(notes):
        plan.vetoes.append(re.compile(r"previous manager for a handover", re.I))
        plan.prep.append(f"The previous manager has left: ask {w.name} what was promised or in motion, and check for anything in writing "
                         "(review notes, HR records) before you answer it.")


def _rejoin_item(plan: _Plan, w: Words, notes: str) -> None:
    """Back from another team (not from leave): the welcome says they were wanted back, names the work they come back to,
    and asks what they want to own here; no ramp-from-leave or flexible-hours talk."""
    item = next((x for x in plan.items if x.title == "Welcome back: re-onboarding"), None)
    if item is None or not REJOIN.search(notes) or re.search(r"\b(?:leave|sabbatical|sick|parental|maternity|paternity)\b", notes, re.I):
        return
    to = _BACK_TO.search(notes)
    work = f" Name the work {w.they} come{'s' if w.they != 'they' else ''} back to ({to.group('v')} {_names_capitalised(to.group('x'), w)}), and why {w.they} {'is' if w.they != 'they' else 'are'} the right person for it." if to else ""
    item.title = "Welcome back: you wanted them here".replace("them", w.them)
    item.notes = (f"Open by saying plainly that you wanted {w.them} back, and why, before anything else.{work} Then what changed on the team since "
                  f"{w.they} left, briefly, each with the why. Ask what {w.they} want{'s' if w.they != 'they' else ''} to own here in the next few months, and "
                  "agree one thing you will come back on, with a date.")
    item.questions = ["What made you want to come back, and what would you like to be different this time?",
                      "What would you like to own here over the next few months?"]
    item.prep = [f"Write down, in a sentence, why you wanted {w.name} back; say it in the meeting."]


def _names_capitalised(text: str, w: Words) -> str:
    for other in w.others:
        text = re.sub(rf"\b{re.escape(other.casefold())}\b", other, text, flags=re.I)
    return text


def _fill(p: Person, project: str, named: dict[str, str], words: Words, cues: list[str]) -> dict[str, str]:
    """The words the cue templates are filled with."""
    work = p.current_work
    return {
        "name": _mid(p.name),  # 'your boss', mid-sentence
        "project": project,
        "thing": _thing(work.project if work else "", named.get("thing", "")),
        "other": named.get("other") or (words.others[0] if "conflict" in cues and words.others else "a colleague"),
        "their_manager": named.get("manager", f"{p.name}'s manager"),
    }


def build_agenda(inp: AgendaInput) -> Agenda:
    """Build a time-boxed 1-on-1 agenda for one person (in the team file or known only by name): first what the manager said about this person and this meeting (news to give, a colleague's action, a goal in their words, work to hand back), with direct questions ("do I bring up Priya?") answered; unblocking first when stuck; a hard conversation opens with the issue; then their topics and the cues' items (new hire, burnout, promotion, research go/no-go...) with questions; minutes add up exactly."""
    if inp.relationship in ("peer", "other_team"):
        return _peer_agenda(inp)
    p, cues = inp.person, list(dict.fromkeys(inp.cues))
    work = p.current_work
    project = work.project if work else "their current work"
    named = _named(inp.notes, p.name)
    pair = _PAIR_NAME.fullmatch(p.name) if "conflict" in cues else None  # two people in a conflict, one 1-on-1 each
    peer = _PEER_RE.search(inp.notes)
    cues = [c for c in cues if not (c == "conflict" and pair) and not (c == "wants_promotion" and peer and _SELF_PROMOTED.search(inp.notes))]
    cues = [c for c in cues if c != "new_hire"] if "returning_from_leave" in cues else cues  # "her first week back": a return, never a new joiner's
    inp = inp.model_copy(update={"cues": cues})
    words = _person_words(inp.notes, p.name, inp.others)
    inp, cues = _their_cues(inp, words)
    reading = read_notes(inp.notes, words) if not pair and "managing_up" not in cues else Reading()  # with one's boss the notes are the manager's asks
    reading.reasons = _fitting_reasons(reading.reasons, cues)
    stance = _stance(inp.notes, cues, reading)
    cues = _implied_cues(_yield_to_subject(cues, inp.observations, reading), inp.notes, words, reading)
    if "conduct" in cues:  # others complained about how they treat people: a behaviour conversation, not a quiet or a feud
        cues = [c for c in cues if c not in ("quiet", "conflict")]
        reading.conduct = reading.hard = True
    cues, plan_rules = _quiet_as_gap(cues, inp.notes, named)
    inp = inp.model_copy(update={"cues": cues})
    goals = [r for r in reading.reasons if (r.kind in ("goal", "read") and "wants_promotion" in cues) or (r.kind == "read" and "research_go_no_go" in cues)]
    reading.reasons = [r for r in reading.reasons if r not in goals]  # a promotion goal or read: the promotion item carries it
    kinds = {r.kind for r in reading.reasons}
    # A performance concern the manager gave examples for is that conversation: the issue, the examples, their side,
    # the expectation (a meeting too short for it keeps the single expectations item).
    performance = "underperforming" in cues and "burnout" not in cues and inp.minutes >= 25 and bool(performance_examples(inp.notes, words)[0])
    hard = (reading.hard or performance) and "burnout" not in cues
    changed = any(r.changed for r in reading.reasons)  # their work reworked while away: the ownership item holds the turf question
    covered = frozenset(({"conflict"} if "incident" in kinds or changed else set()) | ({"underperforming"} if hard else set())
                        | ({"conflict"} if performance and not named.get("other") else set()))  # 'he tends to argue': how he takes it
    if changed:
        named = _other_changes(named, reading)
    fill = _fill(p, project, named, words, cues)
    named |= _case_words(inp.notes, words, cues, reading, fill["other"])
    plan = _Plan(rules=plan_rules)
    bar = decided_bar(inp.notes) if "research_go_no_go" in cues else None
    edge = growth_edge(inp.notes) if "new_hire" in cues else ""
    drops, leading = _template_drops(cues, bool(bar), bool(pair or peer), bool(reading.reasons or hard or goals), bool(edge), bool(named.get("first_meeting")), p.role, performance, inp.notes)
    _unblock_item(plan, inp.person, cues, named, words, inp.notes)  # a block that was someone else's is gone from inp.person
    _reason_items(plan, reading, words, named if "returning_from_leave" in cues else None, up="managing_up" in cues)
    if hard and not reading.conduct:
        _hard_items(plan, p.name, inp.notes, words, performance, inp.today)
    elif not reading.conduct:
        plan.add(1, 2 if leading else 3, "Their topics", "them", "Open with what they want to discuss.")
    _hardship_item(plan, words, reading.hardship, cues, guess=reading.hardship_guess)
    if not cues and not reading.reasons and not hard and not goals:
        _work_item(plan, project)
    if "retention_risk" in cues:
        _retention_item(plan, p, inp.observations.get("retention_risk", ""), inp.notes)
        covered = covered | {"disengaged"}  # the conversation about staying holds what energises them
    _situation_items(plan, cues, fill, inp, named, covered, words)
    _edge_item(plan, edge, words)
    _own_the_date(plan, cues, inp, work.project if work else "", words)
    if reading.conduct:
        _conduct_items(plan, words, inp.notes)
    _goal_into_promotion(plan, goals, words, p.career_goal, reading.aims, inp.notes, inp.their_work, inp.today, named)
    _packet_items(plan, inp.notes, words, inp.today, inp.due)
    _read_into_go_no_go(plan, goals, reading.wants_more, words, bar, fill["thing"], inp.notes)
    _decided_go_no_go(plan, bar, words, fill["thing"])
    if pair:
        _pair_items(plan, pair.group(1), pair.group(2), named, inp.notes)
    if peer:
        _peer_item(plan, p.name, inp.notes)
    if "managing_up" in cues:
        _managing_up_items(plan, p.name, inp.notes, inp.minutes, inp.others)
    _finish_line_item(plan, p, cues, project, drops)
    if not kinds:  # the manager's own reasons hold the meeting: an older change on record waits
        _reprioritization_item(plan, p, cues, inp.notes, words)
    _aim_topic_items(plan, reading.aims if "managing_up" not in cues else [], words, p.career_goal)  # with one's boss the asks are the topics
    owed = _hard_point_items(plan, hard_points(inp.notes, p.name), burnout="burnout" in cues)
    _feedback_item(plan, inp, burnout="burnout" in cues, drops=drops | owed)
    growth = _growth_item(plan, inp, cues, drops)
    _stance_items(plan, stance, words, cues, inp.notes)
    _close(plan, p, cues, reading, hard, inp.notes)
    _specifics_item(plan, inp, words, hard or performance or "underperforming" in cues or "conduct" in cues)
    return _agenda(inp, plan, project, growth, drops, answers=_answers(plan, answer_asks(inp.notes, words, reading)), aims=reading.aims)


# Where each hard point goes: good news early (the opener's rank), the rest with the reasons the manager gave.
_HARD_POINT_RANK = {"news": 1, "decision_open": 2, "move_unexplained": 2, "feedback_overdue": 2, "work_moved_on": 2, "outside_load": 4, "credit_due": 2, "help_ask": 3, "thanks_owed": 1}
_HARD_POINT_GUIDANCE = {"news": "explain-the-why", "decision_open": "follow-through", "move_unexplained": "explain-the-why", "feedback_overdue": "regular-feedback",
                        "work_moved_on": "re-onboarding", "outside_load": "sustainable-pace", "credit_due": "holistic-feedback",
                        "help_ask": "facts-not-blame", "thanks_owed": "holistic-feedback"}


def _hard_point_items(plan: _Plan, points: list[HardPoint], burnout: bool) -> frozenset[str]:
    """Each hard point the manager named (news, an undecided request, a move never explained, feedback owed) as an item
    of its own with the line to say; on a burnout day owed feedback waits, named in the prep. Returns the template
    parts a hard point replaces (the generic feedback item when feedback owed is named)."""
    for point in points:
        if burnout and point.kind == "feedback_overdue":
            plan.prep.append(f"{point.title}: it can wait a week; today is about workload and rest.")
            continue
        facts = next((x for x in plan.items if x.title in ("The facts and the impact", "The specifics, plainly")), None)
        if point.kind == "credit_due" and facts is not None:  # in a hard talk, what is good is said with the facts
            facts.notes += f" Say what is good too, once and as a fact: \u201c{point.line}\u201d"
            plan.carried.append(point.said)
            continue
        goal = next((x for x in plan.items if x.leads and re.search(r"\bgoal\b|\bpromotion\b|\bgrowth\b", x.title, re.I)), None)
        if point.kind == "feedback_overdue" and goal is not None:  # owed feedback is given against the goal they named
            goal.notes += f" Give the feedback you owe here, tied to that goal (none {point.what.removeprefix('feedback ')}): \u201c{point.line}\u201d"
            goal.prep.append(point.prep)
            plan.carried.append(point.said)
            continue
        item = plan.add(0 if point.kind == "feedback_overdue" else -1, 3, point.title, "you", f"{point.approach} Your line, for example: \u201c{point.line}\u201d")
        item.rank, item.leads = _HARD_POINT_RANK[point.kind], True
        plan.carried.append(point.said)
        if point.prep:
            item.prep.append(point.prep)
        plan.rules.append(RuleApplied(rule=f"hard-point-{point.kind.replace('_', '-')}", guidance=_HARD_POINT_GUIDANCE[point.kind],
                                      detail=f"You named it ({point.what}): it has its own item and a line to say."))
    if points:
        plan.items.sort(key=_rank)
        _after_listening(plan, next((x for x in plan.items if x.title == "What they mentioned outside work, asked about once"), None))
    return frozenset({"feedback"} if any(x.kind == "feedback_overdue" for x in points) else ())


def _after_listening(plan: _Plan, item: _Item | None) -> None:
    """A question about their life outside work goes right after hearing their side, when the agenda has that item."""
    listen = next((x for x in plan.items if x.title.endswith("side: listen")), None)
    if item is None or listen is None:
        return
    plan.items.remove(item)
    plan.items.insert(plan.items.index(listen) + 1, item)
    item.rank = listen.rank


def _plan_text(plan: _Plan) -> str:
    return " ".join(f"{x.title} {x.notes} {' '.join(x.questions)} {' '.join(x.prep)}" for x in plan.items) + " " + " ".join(plan.prep + plan.carried)


def _specifics_item(plan: _Plan, inp: AgendaInput, words: Words, hard: bool) -> None:
    """Every fact the manager stated (numbers, named work, documents, what was said where) that no item carries yet is
    named in an item of its own, placed after what leads the meeting; a guess they can't settle becomes open questions
    to ask before any conclusion."""
    have = _plan_text(plan) + " " + " ".join(inp.person.recent_wins)  # recent wins go to the prep as they are
    missing = [x.text for x in stated_specifics(inp.notes, inp.person.name) if not carried(x, have)]  # condensed when shown
    guesses = stated_guesses(inp.notes)
    for read in private_reads(inp.notes):
        plan.prep.append(f"Keep your read to yourself (\u201c{condensed(read)}\u201d): let it shape how you go in (ask about {words.their} work "
                         f"before any critique, credit what {words.they} built, give any concern about the work with an example), never say it to {words.them}.")
    if guesses:
        plan.prep.append(f"You don't know yet which it is ({'; or '.join(condensed(g) for g in guesses)}): ask open questions about each before you "
                         "draw a conclusion, and say what you saw rather than what you think is behind it.")
    if not missing:
        return
    facts = "; ".join(condensed(x) for x in missing)
    if inp.relationship == "boss":
        title, notes = "Your facts, with the numbers", f"Say them once, briefly, tied to {_mid(inp.person.name)}'s goal: {facts}."
    elif "returning_from_leave" in inp.cues:
        title, notes = "What changed, concretely", f"Say each briefly, with the why, and who {words.they} should meet first: {facts}."
    elif "wants_promotion" in inp.cues and not hard:
        title, notes = "The evidence, concretely", f"Name these as the evidence you both look at, and what each shows for the next level: {facts}."
    elif "research_go_no_go" in inp.cues:
        title, notes = "The facts the decision rests on", f"Put them on the table, both sides, as what you decide from together: {facts}."
    elif "burnout" not in inp.cues and not hard:
        title, notes = "What you'll bring up, concretely", f"Name these plainly, as facts you both work from, and ask how {words.they} see{'s' if words.they != 'they' else ''} them: {facts}."
    elif hard:
        title, notes = ("The specifics, plainly", f"Name each yourself, with its date, as a fact rather than a verdict, then ask how "
                        f"{words.they} see{'s' if words.they != 'they' else ''} it: {facts}.")
    else:
        title, notes = ("What you'll bring up, concretely", f"Name these plainly and ask what would help; decide before the meeting "
                        f"what you can take off {words.their} plate or change: {facts}.")
    facts_item = next((x for x in plan.items if x.title == "The facts and the impact"), None)
    if facts_item is not None:  # a hard talk has its facts item: the rest of the facts join it
        facts_item.notes += f" Also, as facts: {facts}."
    else:
        item = plan.add(-1, 3, title, "you", notes)  # kept when time is short: the facts are the point of the meeting
        item.rank = 2 if hard else 3
        plan.items.sort(key=_rank)
        # a go/no-go is decided from the facts, before the options; the facts stated lead the owed work and their asks
        anchor = next((x for x in plan.items if x.title.startswith("Criteria, options")), None) or next(
            (x for x in plan.items if x.title.startswith(("Owed:", "Their ask:")) and _rank(x) == item.rank), None)
        if anchor is not None and plan.items.index(anchor) < plan.items.index(item):
            plan.items.remove(item)
            plan.items.insert(plan.items.index(anchor), item)
    plan.rules.append(RuleApplied(rule="stated-specifics", guidance="holistic-feedback",
                                  detail=f"{len(missing)} fact(s) you stated, named in the agenda rather than left out."))


# A topic the manager says they want to raise ('i want to celebrate it and talk about whether he wants to lead the next
# one', 'i want to ask if she'd take the risk platform design next'): an item of its own unless another item carries it.
_AIM_TOPIC = re.compile(
    r"\b(?P<v>talk (?:to (?:her|him|them) )?about|discuss|ask (?:her|him|them) (?:if|whether|about)|ask (?:if|whether|about)|find out|see (?:if|whether)|"
    r"bring up|go over|figure out|sound (?:her|him|them) out (?:on|about))\s+(?P<t>[^.;!?]{4,90}?)"
    r"(?=,?\s+(?:and|but|so|without|while)\s+(?:i |also |then |to )?(?:talk|discuss|ask|find|see|raise|bring|go|figure|celebrate|thank|credit|keep|not|make)\b|\s+without\b|[.;!?]|$)", re.I)
_TOPIC_STOP = frozenset("the a an of to and or if whether about on for in with her him his their them she he they it this that next what how be would "
                        "wants want she'd he'd they'd take".split())


def _aim_topic_items(plan: _Plan, aims: list[str], words: Words, career_goal: str | None = None) -> None:
    """Each topic the manager says they want to raise in this meeting, as an item of its own, unless an item already
    carries its words."""
    for aim in aims:
        for m in _AIM_TOPIC.finditer(aim):
            topic = _clip_words(m.group("t").strip(" ,"), 12)
            if re.search(r"(?:if|whether)$", m.group("v"), re.I):
                topic = f"whether {topic}"
            key = {w for w in re.findall(r"[a-z0-9'-]+", topic.lower()) if w not in _TOPIC_STOP and len(w) > 2}
            have = " ".join(x.title + " " + x.notes for x in plan.items).lower()
            if not key or sum(k in have for k in key) * 2 >= len(key) + 1:
                continue
            goal_words = {w for w in re.findall(r"[a-z0-9'-]+", (career_goal or "").lower()) if w not in _TOPIC_STOP and len(w) > 3}
            fits = f" It fits {words.their} goal in the team file ({career_goal[0].lower() + career_goal[1:]}): say so." if career_goal and key & goal_words else ""
            item = plan.add(2, 3, f"Your topic: {topic}", "both", (
                f"Raise it yourself, plainly ({topic}), and say why you are asking now.{fits} Ask for {words.their} view first and "
                "listen, then say yours, and agree a next step and when you will come back to it."))
            item.leads, item.rank = True, 3


_HANDED_OVER = re.compile(r"\b(?:took|taken|taking|picked|picking) (?:it |them )?(?:over|up)\b|\bcover(?:ed|ing)\b|\bheld (?:it|the fort)\b|\bran (?:it|things)\b", re.I)
_AGAINST = re.compile(r"\bwithout (?:asking|telling|checking|consulting)\b|\bbehind (?:her|his|their|my) back\b|\b(?:upset|angry|furious|annoyed|hurt)\b|\bconflict\b|\bfight\w*\b", re.I)
_FIRST_SENTENCE = re.compile(r"Your first sentence, for example: (\u201c[^\u201d]+\u201d)")


def _answers(plan: _Plan, answers: list[AskAnswer]) -> list[AskAnswer]:
    """The manager's direct questions answered; 'how do I start it' points at the first sentence an item already words
    for this case, never a template with a blank in it."""
    first = next((m.group(1) for x in plan.items for m in [_FIRST_SENTENCE.search(x.notes)] if m), "")
    return [a.model_copy(update={"answer": f"Open with the goal you share: {first} Then the facts, then ask for their side before you propose anything.",
                                  "why": "Starting from a goal you share, with one concrete ask, is what keeps it from sounding like a complaint."})
            if first and a.question.startswith("How do you start") else a for a in answers]


# A new joiner's growth edge as the manager names it ("she's never had to live with her own models in prod").
_EDGE = re.compile(
    r"\b(?:never (?:had to |really |yet )?(?=(?:had to|owned|led|shipped|run|ran|built|deployed|managed|mentored|worked|done|lived|been on)\b)|"
    r"(?:not yet|has(?:n'?t| not) (?:yet |ever )?)(?=(?:had to|owned|led|shipped|run|built|deployed|managed|mentored|worked (?:with|on|in)|done)\b)|"
    r"no (?:real )?experience (?:with|of|in) |new to |little experience (?:with|of|in) |weak(?:er)? (?:at|on) |still learning (?:to )?)"
    r"(?P<e>[^.;,!?]{4,60})", re.I)
_IN_PRODUCTION = re.compile(r"\bprod(?:uction)?\b|\bdeploy\w*|\bon-?call\b|\bserving\b|\bmonitor\w*|\blive\b", re.I)


def growth_edge(notes: str) -> str:
    """The one growth edge the manager names for a new joiner, in their words ('live with her own models in prod'), or ''."""
    m = _EDGE.search(notes)
    edge = " ".join(re.sub(r"^had to\s+", "", m.group("e").strip()).split()[:7]) if m else ""  # named, never pasted back
    edge = re.sub(r"^our\b", "the team's", edge, flags=re.I)
    return re.sub(r"\bprod\b", "production", edge)


def _edge_item(plan: _Plan, edge: str, words: Words) -> None:
    """A new joiner's stated growth edge becomes their first-month goal, agreed together, with what done looks like."""
    if not edge:
        return
    s = "s" if words.they in ("he", "she") else ""
    how = ("for example owning one small model in production end to end, with its monitoring and alerts, and shadowing "
           "the on-call rota with their buddy" if _IN_PRODUCTION.search(edge) else
           "one piece of work that builds it, alongside someone who has done it")
    item = plan.add(0, 3, "First-month goal: the growth edge", "both", (
        f"Make the edge you named ({edge}) {words.their} first-month goal, agreed together rather than assigned: {how}. "
        f"Agree what done looks like at 30 days and how you will check in on it; frame it as the stretch {words.they} "
        f"join{s} for, not a weakness."))
    item.leads = True  # after the welcome
    item.questions += ["Of what is new to you here, what would you like to get good at first, and who would you learn it from?"]
    item.prep.append(f"Pick the first piece of work for {words.name}'s first-month goal before the meeting, and who pairs on it.")
    plan.rules.append(RuleApplied(rule="new-joiner-edge", guidance="champion-career-growth",
                                  detail="A new joiner with one stated growth edge: it becomes the first-month goal."))


# A promotion packet the manager is preparing ("putting tevita up for senior", "the promo packet is due").
_PACKET = re.compile(r"\bpacket\b|\bpromo(?:tion)? (?:case|doc|submission) (?:is )?due\b|"
                     r"\b(?:i'?m|i am|we'?re|we are|i'?ll|i will|i'?ve|i have) (?:putting|put|nominating|nominated|nominate) (?:\w+ )?(?:up )?for\b", re.I)
_LEVEL = re.compile(r"\b(?:up for|to|for)\s+(?P<l>senior|staff|principal|lead|manager|(?:l|e|ic)\d)\b", re.I)


def _working_day_back(day: date) -> date:
    """The day, or the working day before it: a weekend goes back to Friday, the year-end break to 23 December."""
    if (day.month, day.day) >= (12, 24) or (day.month, day.day) <= (1, 1):
        day = date(day.year - (1 if day.month == 1 else 0), 12, 23)
    return day - _dt.timedelta(days=max(0, day.weekday() - 4))


def _packet_items(plan: _Plan, notes: str, words: Words, meeting: date, due: date | None) -> None:
    """A promotion packet to prepare: the evidence it needs, and who writes what by when, working back from its due date
    (instead of the generic path-to-the-next-level item)."""
    path = next((x for x in plan.items if x.title == CUE_SPECS["wants_promotion"].title), None)
    if path is None or not _PACKET.search(notes) or _says_not_yet(notes):  # only when the manager is putting them up
        return
    level = _LEVEL.search(notes)
    packet = f"the {level.group('l').lower()} packet" if level else "the promotion packet"
    path.title, path.owner, path.weight, path.leads = f"Evidence for {packet}", "both", 4, True
    path.notes = (
        f"Agree together what {packet} has to show: two or three pieces of work at the next level's scope, each with what "
        f"it changed in numbers; design decisions {words.they} led; influence beyond the team (reviews, other teams relying "
        f"on {words.their} work); mentoring; what peers and stakeholders would say. Mark where the evidence is thin and "
        f"what could still show it before the packet is due.")
    path.questions = ["Which two or three pieces of work show the next level best, and what did each change, in numbers?",
                      "Who outside the team has seen your work and could speak to it?", "Where do you think the evidence is thin?"]
    path.prep = [f"Read the next level's expectations and map each one to a piece of {words.name}'s work; mark the thin ones.",
                 "Ask HR or the promotion committee for the packet template and the exact rules (length, who may give feedback)."]
    if due is not None and due > meeting:
        span = (due - meeting).days
        drafts, review, final = (_working_day_back(meeting + _dt.timedelta(days=round(span * f))) for f in (0.3, 0.6, 0.9))
        when = (f"{words.name}'s self-review and project summaries by {drafts:%a %d %b}; peer and stakeholder feedback asked this "
                f"week, in by {review:%a %d %b}; your manager statement and review by {review:%a %d %b}; the final packet by "
                f"{final:%a %d %b}, ahead of the {due:%a %d %b} deadline")
        breaks = " The dates skip the year-end break: ask for feedback before it." if due.month == 1 and meeting.month == 12 else ""
    else:
        when, breaks = "a date for each, working back from the deadline", ""
    item = plan.add(0, 3, "Who writes what, by when", "both", (
        f"Split the work: {words.name} writes the self-review and a short summary of each project with its numbers; you "
        f"write the manager statement and make the case at calibration; two or three peers or stakeholders give short "
        f"feedback. Dates: {when}.{breaks}"))
    item.leads = True
    item.questions += ["Who would you like to ask for feedback, and will you ask them or shall I?"]
    item.prep.append(f"Draft the outline of your manager statement for {words.name} before the meeting.")
    plan.rules.append(RuleApplied(rule="promotion-packet", guidance="champion-career-growth",
                                  detail="A promotion packet to prepare: the evidence it needs, who writes what, by its due date."))


def _other_changes(named: dict[str, str], reading: Reading) -> dict[str, str]:
    """The changes in the notes other than the person's reworked work (its ownership item holds that): they stay in the
    welcome-back item ('the unit moved to hybrid working')."""
    who = "|".join(re.escape(r.other) for r in reading.reasons if r.changed and r.other)
    theirs = re.compile(rf"\b(?:his|her|their|{who or 'his'})\b", re.I)  # their own work, or the colleague: the ownership item's
    rest = [q for q in re.findall(r"\u201c([^\u201d]*)\u201d", named.get("changes", "")) if not theirs.search(q)]
    return {k: v for k, v in named.items() if k not in ("changes", "cover")} | ({"changes": "; ".join(f"\u201c{q}\u201d" for q in rest)} if rest else {})


def _template_drops(cues: list[str], decided: bool, two_people: bool, has_reason: bool, edge: bool = False, first_meeting: bool = False,
                    role: str = "", performance: bool = False, notes: str = "") -> tuple[frozenset[str], bool]:
    """The template parts left out and whether the meeting has a reason that comes first: the cues' own, plus no
    feedback slot or critique beside a decision to deliver, and no generic career talk when a pair or peer item, or a
    reason the manager gave, holds the meeting."""
    drops, leading = _situation(cues)
    if decided:  # a decision to deliver: no feedback slot, technical critique or deep-work note in the same hour
        drops = drops | {"growth", "feedback", "technical_prompts", "deep_work_note"}
    if two_people or has_reason:
        drops, leading = drops | {"growth", "feedback", "technical_prompts"}, True
    if "new_hire" in cues:  # in the first weeks there is no work of theirs to critique yet, and 30/60/90 days holds growth
        drops = drops | {"technical_prompts", "growth"} | ({"feedback_prompts"} if first_meeting else set())  # day one: nothing to ask about yet
    if _CONTRACT.search(role):  # a contractor's career is not this team's to plan: no growth or learning slot
        drops = drops | {"growth", "learning"}
    if performance:  # a clear conversation about delivery: no generic 'how is collaboration going' prompts beside it
        drops = drops | {"feedback_prompts"}
    if "retention_risk" in cues or _weeks_into_the_job(notes):  # a talk about staying, or weeks in: no critique of their work
        drops = drops | {"technical_prompts"}
    return drops, leading


# Weeks into the job, however it is said ('joined our data team from a bank three weeks ago', 'started 5 weeks back').
_WEEKS_IN = re.compile(r"\b(?:started|joined|arrived|moved over|came over)\b[^.;!?]{0,80}?\b(?P<n>\d+|a|one|two|three|four|five|six|a few|a couple of) (?:weeks?|wks?) (?:ago|back)\b|"
                       r"\b(?P<m>\d+|one|two|three|four|five|six|a few) (?:weeks?|wks?) in\b", re.I)


def _in_prose(title: str, name: str) -> str:
    """A heading said inside a sentence ('No time for their topics'): its first word in lower case unless it is a name
    or an acronym."""
    first = title.split()[0] if title.split() else ""
    if not first or first == name or first.rstrip("'s’") == name or first.isupper() or not first[1:].islower():
        return title
    return title[0].lower() + title[1:]


def _before_day_one(item: _Item, notes: str, prep: list[str]) -> None:
    """The cue's prep, without what is meant for before their first day once the notes say they started weeks ago."""
    item.prep += [n for n in prep if "before day one" not in n or not (_STARTED_WEEKS_AGO.search(notes) or _WEEKS_IN.search(notes))]


def _weeks_into_the_job(notes: str) -> bool:
    """They joined at most about six weeks ago: no work of theirs to critique yet."""
    return _WEEKS_IN.search(notes or "") is not None


# Stock wording an 'earned' stance rules out: the gaps to find, a 'not yet', a stretch project to prove it.
_EARNED_VETO = re.compile(r"\bgaps?\b|\bnot yet\b|\bstretch (?:project|them|you)\b|\bwhat would stretch\b|\bwhat evidence\b|\bnext level look like\b", re.I)
_CYCLE_WHEN = re.compile(r"\b(?:until|till|in|before|only in|at) (?P<w>(?:the )?(?:next |\w+ )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|q[1-4]|h[12])\w*(?: (?:cycle|round|calibration|review))?)", re.I)
_KEEP_THEM = re.compile(r"\b(?:lose|losing) (?:her|him|them)\b|\b(?:walk|leave|quit)\b|\blook(?:ing)? elsewhere\b", re.I)


def _earned_item(plan: _Plan, stance: Stance, w: Words, notes: str) -> None:
    """The manager says they have earned it: the promotion item says so first, with the evidence, then what stands in the
    way told honestly (and when the manager learned of it), what the manager will do and what can move before then."""
    item = next((x for x in plan.items if x.title == CUE_SPECS["wants_promotion"].title or x.title.startswith("The honest answer")), None)
    if item is None:
        return
    s = "s" if w.they != "they" else ""
    why = f", with the specifics: {'; '.join(stance.evidence)}" if stance.evidence else ", with the specific work that shows it"
    parts = [f"Say first that you agree {w.they} {'have' if not s else 'has'} earned it{why}."]
    when = _CYCLE_WHEN.search(stance.blocker)
    by = when.group("w") if when else "then"
    if stance.blocker:
        learned = f", and that you only learned it {stance.learned}" if stance.learned else ""
        parts.append(f"Then the news, plainly and early: {stance.blocker}{learned}. It is no judgement on {w.them}.")
        parts.append(f"What you will do now: write the case so it is ready the day it opens ({by}), make the role real in practice where "
                     f"you can (the scope, how you introduce {w.them}), and find out what can move before {by} (scope, recognition, "
                     "a retention or spot bonus, pay). Promise the plan, not the outcome.")
    else:
        parts.append("Then what you will do: write the case, who decides and by when. Promise the plan, not the outcome.")
    parts.append(f"Then stop and hear how it lands{'; ask what would make the wait worth it to ' + w.them if stance.blocker else ''}.")
    item.title = "You agree: the case, and what stands in the way" if stance.blocker else "You agree: the case, and the next step"
    item.notes, item.owner, item.rank, item.leads = " ".join(parts), "both", 2, True
    item.questions = ["How does that land?"] + ([f"What would make the months until {by} worth it for you?",
                                                 "Which parts of the role would you want made official now, even without the title?"] if stance.blocker else [])
    if _KEEP_THEM.search(notes):
        item.questions.append("Is there anything that would make you look elsewhere that I should know about?")
    evidence = f" from the evidence ({'; '.join(stance.evidence)})" if stance.evidence else ""
    item.prep = [f"Write {w.name}'s case now{evidence}, so it is ready the day it can go in."]
    if stance.blocker:
        item.prep.append(f"Before the meeting, ask HR or your own manager what can move before {by} (scope, a retention or spot bonus, pay) and what cannot.")
    item.prep.append("Decide how you will sponsor the case (calibration, visibility with your own manager).")
    plan.items = [x for x in plan.items if x is item or not (x.title.startswith(("The path:", "Credit:")))]
    plan.drops |= {"feedback_prompts", "growth"}
    plan.vetoes.append(_EARNED_VETO)
    plan.rules.append(RuleApplied(rule="stance-earned", guidance="champion-career-growth",
                                  detail="You say they have earned it: agree first, with the evidence; what stands in the way said honestly; no gaps to find."))


def _own_it_item(plan: _Plan, stance: Stance, w: Words, cues: list[str]) -> None:
    """The manager's own mistake: an item where the manager owns it first, in one sentence, without a 'but', then listens;
    a change to their work they heard about elsewhere ends with something concrete they own next."""
    s = "s" if w.they != "they" else ""
    right = re.search(r"\b(?:was|were|is|are|'s) (?:\w+ )?right\b", stance.my_fault, re.I)
    if right:
        said = second_person(stance.my_fault.rstrip(". ").removesuffix("..."), w)
        notes = (f"Say it early, in one sentence: {w.they} {'was' if s else 'were'} right and you were wrong. For example: \u201c{said[:1].upper() + said[1:]}.\u201d "
                 f"Thank {w.them} for pushing back, no 'but'; if the disagreement was in front of others, say so there too.")
        questions = ["What did you see that I missed?", "How do you want to handle it from here?"]
    else:
        said = second_person(stance.my_fault.rstrip(". "), w).removesuffix("...")
        said = re.sub(r"\byour (?=(?:the|a|an|this|that|it)\b)", "you ", said)  # 'promised her the rewrite': her is the object
        for other in w.others:
            said = re.sub(rf"\b{re.escape(other.casefold())}\b", other, said)
        said = said[:1].upper() + said[1:]
        line = (f"{said}, and that's on me: you should have heard it from me first." if stance.via
                else f"{said}. That was my mistake, and I'm sorry.")
        notes = (f"Own it early, in a sentence or two and without a 'but'. For example: \u201c{line}\u201d "
                 f"Say what you will do differently (tell {w.them} first, in person, with the reason, before anything changes on "
                 f"{w.their} work), then stop and listen to how it landed.")
        questions = ["How did it land, hearing it that way?", "What would you want from me next time something changes on your work?"]
    item = plan.add(0, 3, "Own your part first", "you", notes)
    item.rank, item.leads = 1 if "returning_from_leave" in cues or "burnout" in cues else 2, True
    item.questions += questions
    moved = not right and (bool(stance.via) or re.search(r"\b(?:moved|gave|handed|given|went|reassigned|shipped|reorgani[sz]ed|found out|heard|learned)\b", stance.my_fault, re.I))
    if moved:
        item.notes += f" End with something concrete {w.they} own{s} next, named by you, not left open."
        item.prep.append(f"Pick one concrete piece of work {w.name} owns next, and be ready to name it in the meeting.")
    plan.rules.append(RuleApplied(rule="stance-own-it", guidance="explain-the-why",
                                  detail="Your own mistake: owned first, in one sentence, before anything else."))


def _stance_items(plan: _Plan, stance: Stance, w: Words, cues: list[str], notes: str) -> None:
    """The manager's stance picks the items and vetoes stock ones that would contradict it."""
    if stance.earned and "wants_promotion" in cues:
        _earned_item(plan, stance, w, notes)
    if stance.my_fault and not any(re.search(r"\bown (?:your|the manager's) part\b|\bOwn it\b", x.notes) for x in plan.items):
        _own_it_item(plan, stance, w, cues)
        plan.items = [x for x in plan.items if x.title not in ("How the work is going", "Growth", "Growth and learning", "Why the priority changed")]
        plan.drops |= {"feedback_prompts", "growth"}
        plan.vetoes.append(re.compile(r"\bhow changes to someone else's code are agreed\b|^I heard about\b", re.I))


# Something they asked the manager for, a while back ('he also asked me last month about going to a conference next year').
_THEIR_REQUEST = re.compile(r"\b(?P<who>he|she|they|[a-z]+)\s+(?:also\s+)?asked\s+(?:me\s+)?(?P<when>last (?:week|month)|a (?:while|few weeks|month) ago|weeks ago|"
                            r"back in \w+|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov)\w*)\s+(?:about|for)\s+(?P<x>[^.;!?,]{4,80}?)(?=\s*[.;!?,]|\s+(?:and|but|so)\b|$)", re.I)


def _their_request_item(plan: _Plan, name: str, notes: str) -> None:
    """A request they made a while back and still wait on ('asked me last month about going to a conference'): answered
    in this meeting, or a date for the answer, never left for them to raise again."""
    m = _THEIR_REQUEST.search(notes or "")
    if m is None or m.group("who").casefold() not in ("he", "she", "they", name.split()[0].casefold()):
        return
    what = re.sub(r"\b(?:my|me)\b", lambda x: {"my": "your", "me": "you"}[x.group(0).lower()], m.group("x").strip(), flags=re.I)
    if what.casefold() in _plan_text(plan).casefold():
        return
    item = plan.add(2, 2, f"Their ask: {what}", "you", (
        f"{name} asked you {m.group('when')} about {what}. Answer it today if you can: yes, no, or what it depends on (budget, "
        "timing, what they would bring back to the team) and the date you will know; don't leave them to raise it again."))
    item.leads = True
    item.questions.append(f"About {what}: what would you want from it, and what would make it a yes?")
    item.prep.append(f"Check what is possible for {what} (budget, dates, cover) before the meeting, so you can give a real answer.")


def _owed_items(plan: _Plan, p: Person, cues: list[str], notes: str) -> set[str]:
    """What the manager says they still owe (a doc, a draft), each an item of its own with a date to agree, not only a
    checkbox; returns the open action items on record those items hold."""
    held: set[str] = set()
    for owed in owed_work(notes, p.name, list(p.open_action_items))[:2]:
        thing = owed.thing[0].upper() + owed.thing[1:]
        if any(owed.thing.casefold() in (x.title + " " + x.notes).casefold() for x in plan.items):
            continue  # another item already names it
        blocked = any(x.title.startswith("Unblock:") for x in plan.items)
        item = plan.add(2, 1.5, f"Owed: {owed.thing}", "both", (
            f"{thing} is still owed{' (' + owed.late + ')' if owed.late else ''}. Ask where it stands and what is in the way"
            + (", agree what the block leaves possible," if blocked else ",") + " then agree the smallest next piece and a date that holds."))
        item.questions.append(f"What's left on {owed.thing}, and what date can you hold to?")
        item.leads = True  # named by the manager: before what only the record holds
        held |= {owed.on_record} if owed.on_record else set()
    return held


def _close(plan: _Plan, p: Person, cues: list[str], reading: Reading, hard: bool, notes: str) -> None:
    """The last items (open action items, next steps), prep that another item already holds taken out, and the order."""
    named = _owed_items(plan, p, cues, notes)
    if "managing_up" not in cues:
        _their_request_item(plan, p.name, notes)
    if rest := [a for a in p.open_action_items if a not in named]:
        plan.add(3, 1, "Action items from last time", "both", "; ".join(rest))
    if p.open_action_items:
        plan.rules.append(RuleApplied(rule="carry-over-actions", guidance="follow-through", detail=f"{len(p.open_action_items)} open action item(s)."))
    closing = ("Agree actions, owners and a date to check in again." if hard else
               "Agree what they pick up first, and a short check-in at the end of their first week back." if "returning_from_leave" in cues else
               "Agree actions, owners and dates, and a short check-in twice a week for the next few weeks (15 minutes, you or the "
               "buddy), so questions have a standing place." if "new_hire" in cues and "quiet" in cues else
               "Agree actions, owners and dates.")
    plan.add(-1, 1, "Next steps and owners", "both", closing)  # always kept: the meeting ends with owners
    for r in (r for r in reading.reasons if r.kind == "handback"):  # the handback item asks for the note already
        for item in plan.items:
            item.prep = [n for n in item.prep if not n.startswith(f"Ask {r.other} for a short note on what they covered")]
    if "burnout" in cues and "returning_from_leave" not in cues and any(x.rank == 2 for x in plan.items):  # how they are first, or it is a telling-off
        for item in plan.items:
            if item.title == CUE_SPECS["burnout"].title and item.rank is None:
                item.rank = 1
    _name_the_buddy(plan, p.name, notes, cues)
    if any(x.rank == 2 for x in plan.items):  # the reason the manager gave leads; a blocker only on record follows it
        for item in plan.items:
            if item.title.startswith("Unblock:") and not _blocker_in_notes(item.title.removeprefix("Unblock: "), notes):
                for x in plan.items:  # how to flag it next time stays with the unblocking
                    x.rank = 3 if x is item or x.title == "Next time: flag it early" else x.rank
    plan.items.sort(key=_rank)  # stable: the rest keep their order


def _blocker_in_notes(blocker: str, notes: str) -> bool:
    """True when the manager's notes mention the blocker (two of its content words, or 'stuck'/'blocked')."""
    if re.search(r"\bstuck\b|\bblocked\b|\bblocker\b", notes, re.I):
        return True
    words = {w for w in re.findall(r"[a-z]{4,}", blocker.lower())}
    return len(words & set(re.findall(r"[a-z]{4,}", notes.lower()))) >= 2


_BUDDY = re.compile(r"\bpair(?:s|ing|ed)? (?:up )?with (?P<a>[A-Za-z]+)\b(?: on (?P<on>[\w -]{3,40}?)(?=[,.;]|$))?|\b(?P<b>[A-Za-z]+) (?:is|as|will be) (?:her|his|their) buddy\b|"
                    r"\b(?:pick(?:s|ing)? up|work(?:s|ing)? on|join(?:s|ing)?|tak(?:e|es|ing) over|start(?:s|ing)? on|help(?:s|ing)? with) (?P<on2>(?:the|our) [\w -]{3,40}?) (?:with|alongside|next to) (?P<c>[A-Za-z]+)\b", re.I)
# The first work named for a new joiner ('she'll pick up the summarizer fine-tune with priya'): it replaces 'a first small project'.


def _name_the_buddy(plan: _Plan, name: str, notes: str, cues: list[str]) -> None:
    """A new hire's pairing partner, when the manager names one: the settling-in item and the prep name them."""
    m = _BUDDY.search(notes) if "new_hire" in cues else None
    item = next((x for x in plan.items if x.title in (CUE_SPECS["new_hire"].title, _FIRST_WEEKS.title)), None)
    helper = helper_named(notes) if m is None and "new_hire" in cues else None
    if helper is not None and item is not None and helper[0].casefold() != name.casefold():
        buddy, on = helper  # 'the data format wiktor could have explained': the person to point them to, not an offender
        knows = f" knows {on}" if on else " knows what they are working on"
        item.notes += (f" {buddy}{knows}: make {buddy} {name}'s named person to ask about it, so asking is the quick path; "
                       "say it as how the team works, not as a correction.")
        item.prep = [f"Ask {buddy} before the meeting to be {name}'s go-to{' for ' + on if on else ''} for the next weeks, and that questions are welcome."
                     if "buddy" in n else n for n in item.prep]  # fmt: skip
        return
    if m is None or item is None:
        return
    buddy = (m.group("a") or m.group("b") or m.group("c")).capitalize()
    if buddy.casefold() in {"him", "her", "them", "me", "us", "someone"}:
        return
    work = m.group("on2").strip() if m.group("c") else ""
    on = f" on {m.group('on').strip()}" if m.group("a") and m.group("on") else f" on {work}" if work else ""
    if work:  # the first work is named: it is what the first weeks are about, not a generic starter project
        item.notes = item.notes.replace("the first small project and what done looks like", f"{work} with {buddy} and what a first milestone on it looks like")
    item.notes += f" {name} pairs with {buddy}{on}: agree with both what a good first month of that looks like."
    item.prep = [f"Brief {buddy} before the meeting: what {name} should learn first{on}, and that questions are welcome."
                 if "buddy" in n else n for n in item.prep]  # fmt: skip


# When they will decide ('told me she'll decide by friday', 'has to answer them by the 14th').
_DECIDES_BY = re.compile(r"\b(?P<w>she|he|they)(?:'ll|'s| will| has to| must| is going to| needs to)?\s+(?:decide|give (?:them|her|him|me) an answer|answer (?:them|the offer)|let (?:me|them|us) know)\s+"
                         r"(?:by|on|before)\s+(?P<d>(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next week|end of (?:the )?week|the \d{1,2}(?:st|nd|rd|th)|\d{1,2}/\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2})\b", re.I)
# Pay the manager cannot move ('pay is capped by our band', "we can't match the money", 'no budget for a raise').
_PAY_CAPPED = re.compile(r"\b(?:pay|salary|money|comp(?:ensation)?|raise|rate)\b[^.;!?]{0,30}?\b(?:capped|fixed|frozen|freeze|band|can'?t (?:move|go|change)|limited)\b|"
                         r"\b(?:can'?t|cannot|can not|unable to|no way to|won'?t be able to) (?:match|beat|counter|meet)\b|\bno budget for (?:a )?(?:raise|pay|more money)\b|\b(?:pay|salary) band\b", re.I)


def _pay_capped_item(plan: _Plan, p: Person, notes: str) -> None:
    """Pay the manager cannot move, with a counter-offer on the table: a planned answer with options, not improvised in
    the room: honest about the cap, what is possible inside it, and what else is really on offer."""
    if not _PAY_CAPPED.search(notes):
        return
    item = plan.add(0, 3, "What you can say about pay", "you", (
        "Say it straight, once: pay is capped by the band and you won't pretend otherwise or match the offer in the room. "
        "Then what is possible, each only if checked beforehand: (1) where they sit in the band and whether a step within it "
        "can happen now; (2) a regrading or promotion case, with what it needs and when it would be decided; (3) what is not "
        "pay: the work they lead next, flexibility, a learning budget or conference, a title that matches the scope. Ask which "
        "of these matter to them, and compare the whole package honestly, not just the number."))
    item.rank = 2
    item.questions.append("Apart from the money, what would the other offer give you that you don't have here?")
    item.prep.append(f"Before the meeting, ask HR where {p.name} sits in the band, whether a step or a regrading case is possible, "
                     "and by when: say only what is confirmed.")


def _retention_item(plan: _Plan, p: Person, seen: str, notes: str) -> None:
    """When the manager fears they may leave (the `retention_risk` cue), the talk about staying is an item of its own,
    near the top, with what they heard (`seen`, in their words when short and whole) and direct questions: not buried in
    their topics or a generic growth slot."""
    said = _whole_clause(_tidy_quote(seen), notes) if seen else ""
    goal = f" Tie it to their goal ({p.career_goal}): what would show them a path here." if p.career_goal else ""
    opening = f"From your notes: \u201c{said}\u201d. " if said else "They may be looking elsewhere. "
    decide = _DECIDES_BY.search(notes)
    by = (f" {decide.group('w').capitalize()} decide{'s' if decide.group('w').lower() in ('she', 'he') else ''} by {decide.group('d')}: "
          f"agree one thing you will come back on before then, and say exactly when.") if decide else " Agree one thing you will come back on, and by when."
    item = plan.add(0, 4, "Staying: what would keep you here", "both", (
        f"{opening}Raise it yourself, calmly and without defensiveness: you would like them to "
        "stay and you want to know what is missing. Listen more than you talk; no counter-offer or promise in the room."
        f"{goal}{by}"
    ))  # fmt: skip
    item.rank, item.leads = 2, True
    _pay_capped_item(plan, p, notes)
    item.questions += [
        "What is drawing you to look elsewhere?",
        "What would make staying here the obvious choice for you?",
        "What is missing for you today: the work, growth, pay, the team, or how I manage?",
    ]
    item.prep.append(
        f"Decide beforehand what you could really offer {p.name} (scope, a piece of work to lead, a growth path; pay only "
        "through the proper route), so you don't improvise a promise in the room."
    )
    plan.rules.append(RuleApplied(rule="retention-risk", guidance="attract-and-retain-ml-talent",
                                  detail="They may be looking elsewhere: the talk about staying has its own item, early."))  # fmt: skip


# Others telling the manager about this person's behaviour ('two people have told me', 'a few folks complained').
_REPORTED = re.compile(
    r"\b(?:two|three|several|a few|a couple(?: of)?|some|multiple|more than one|other) (?:people|folks|engineers|colleagues|teammates|juniors|reports|"
    r"of (?:the team|my team|them|the juniors))\b[^.;]{0,30}\b(?:told|tell|came|come|complained|mentioned|flagged|raised|said)\b|"
    r"\b(?:people|folks|the team|colleagues|juniors) (?:have |keep |are )?(?:complained|complaining|told me|telling me|saying|flagged)\b|"
    r"\b(?:someone|somebody|one of (?:the|my) \w+) (?:has )?(?:told|came to) me\b",
    re.I,
)


_FEUD = re.compile(r"\b(?:keep|keeps|kept|constantly|always) (?:clashing|fighting|arguing|butting heads)\b|\bfeud\w*|\bat war\b|\bwon'?t (?:talk|work) (?:to|with)\b|\bgone personal\b|\bfell out\b", re.I)


def _implied_cues(cues: list[str], notes: str, words: Words, reading: Reading) -> list[str]:
    """The cues the notes imply beyond those given (joining and retention come from the understanding's cues): someone
    new when a starter project is asked about, back from weeks away (the welcome-back item, never "when did you last take time off?")."""
    cues = list(cues)
    if answer_asks(notes, words, reading) and re.search(r"\bstarter\b|\bfirst project\b", notes, re.I) and "new_hire" not in cues:
        cues.append("new_hire")
    if "conduct" not in cues and _REPORTED.search(notes) and conduct_examples(notes, words)[0]:
        cues.append("conduct")  # others told the manager how this person treats them ('two people told me her reviews got brutal')
    if reading.back_from_leave and "returning_from_leave" not in cues:
        cues.append("returning_from_leave")
    if decided_bar(notes) and "research_go_no_go" not in cues:  # a bar the manager has set for the work: a go/no-go to deliver
        cues.append("research_go_no_go")
    if "burnout" in cues and "conflict" in cues and _EDGE_IN_MANNER.search(notes) and not _FEUD.search(notes):
        cues.remove("conflict")  # one snap under a heavy load is a sign of the load, raised in its item, not a feud to mediate
    goals = [r for r in reading.reasons if continues_work(r)] if not reading.back_from_leave else []  # back from away: a wish, no go/no-go
    if goals:  # "wants another quarter on the research": the decision is whether it continues
        reading.reasons = [r for r in reading.reasons if r not in goals]
        reading.wants_more = [c for r in goals for c in r.said]
        cues += [] if "research_go_no_go" in cues else ["research_go_no_go"]
    return cues


def _rank(item: _Item) -> int:
    if item.title.startswith(("Unblock:", "Next time: flag it early")) and item.rank is None:
        return 0
    if item.rank is not None:
        return item.rank
    return 3 if item.leads else 4


def _joint_items(plan: _Plan, a: str, b: str) -> None:
    """Two people in a conflict, already heard one by one: the joint meeting itself, run so it is no trial."""
    plan.items = [x for x in plan.items if x.title not in ("Their topics", "How the work is going")]
    rules = plan.add(0, 1, "Why we're here and the ground rules", "you", (
        f"Say the purpose in one sentence: to settle the question and agree how {a} and {b} work together from here, not to "
        "judge who was right. Ground rules: one speaks at a time, facts and needs rather than motives, nothing said here "
        "is repeated outside, and the public back-and-forth stops now."
    ))  # fmt: skip
    sides = plan.add(0, 4, "Each of you: what you need from the outcome", "them", (
        f"{a} first, then {b}, uninterrupted, a few minutes each: what they need (interests, not positions) and what they "
        "heard the other say. Sum up both before anyone replies; don't re-argue who went to whom."
    ))  # fmt: skip
    for item in (rules, sides):
        item.leads, item.rank = True, 1
    sides.questions += [
        "What do you need from the outcome, whoever ends up owning it?",
        "What did you hear the other one say they need?",
        "What would you each do differently from here?",
    ]
    rules.prep += [
        f"Tell {a} and {b} beforehand what the meeting is for and how it will run, so neither walks in expecting a verdict.",
        "Write down what you have seen yourself (threads, dates), apart from what you were told.",
    ]
    plan.rules.append(RuleApplied(rule="cue-conflict", guidance="facts-not-blame", detail=f"A joint meeting with {a} and {b}: ground rules, each side's needs, then the decision and how it is made."))


def _pair_items(plan: _Plan, a: str, b: str, named: dict[str, str], notes: str) -> None:
    """Two people in a conflict: the same conversation with each, separately, or the joint meeting once both were heard;
    then the manager's decision."""
    joint = joint_after_separate(notes)
    if joint:
        _joint_items(plan, a, b)
    else:
        _separate_items(plan, a, b)
    about = named.get("about", "")
    if not (about or _DECIDE_RE.search(notes)):
        return
    what = about or "who owns what"
    owned = re.sub(r"^who (?:owns|runs|leads)\s+", "", what) if what.startswith("who ") and about else ""
    owner = f"one owner of {owned}" if owned else "one owner"
    decision = plan.add(0, 2, f"Your decision: {what}", "you", (
        f"Decide in the room if you can: name {owner}, or split it by area with a named reviewer. If you need more facts, "
        "say who decides, by when and on what basis, before anyone leaves. Then agree how disagreements get raised from now on."
        if joint else
        f"Yes, decide: once you have heard both, the call is yours. Within the week, name {owner}, or split it by area "
        f"with a named reviewer; tell {a} and {b} together first, then the team, and agree how disagreements get raised "
        "from now on."
    ))  # fmt: skip
    decision.leads = True
    decision.questions.append("If the other one owns it, what would you need to work well with them?")
    decision.prep.append(f"Sketch two or three ways to settle {what}, and what each one costs, before the {'meeting' if joint else 'meetings'}.")


def _separate_items(plan: _Plan, a: str, b: str) -> None:
    """The same conversation with each of the two, one at a time."""
    item = plan.add(0, 4, f"The conflict between {a} and {b}: hear each side", "them", (
        f"Run this the same way with {a} and with {b}, separately: what they saw (facts, not interpretations), what they "
        "need from the outcome (interests, not positions), and what they could do differently. Say plainly that the "
        "public back-and-forth stops now, whoever started it. Don't rule in the room."
    ))  # fmt: skip
    item.leads = True
    item.questions += [
        "What happened, from your side?",
        "What do you need from the outcome, whoever ends up owning it?",
        "What do you think the other one needs?",
        "What could you do differently from here?",
    ]
    item.prep += [
        "Before either meeting, write down what you have seen yourself (threads, dates), apart from what you were told.",
        "Hold both meetings before deciding anything, and tell each of them that you are talking to the other.",
    ]
    plan.rules.append(RuleApplied(rule="cue-conflict", guidance="facts-not-blame", detail=f"A conflict between {a} and {b}: hear each separately, facts not blame, then decide."))


def _peer_item(plan: _Plan, name: str, notes: str) -> None:
    """A 1-on-1 with a former peer or friend, perhaps one who applied for the role: name it, listen, then what they want."""
    applied = f"{name} applied for this role too, " if _APPLIED_RE.search(notes) else ""
    item = plan.add(0, 5, "The change between you: you are now their lead", "both", (
        f"Say it first, plainly: you were peers, {applied}and it is fine for this to feel strange. Ask how they feel and "
        "listen without defending the decision. Then what they want from you as a manager and from their own career, what "
        "you can offer (work to own, visibility, sponsorship), and how you keep the friendship and the work apart "
        "(feedback, reviews, what you talk about off hours)."
    ))  # fmt: skip
    item.leads = True
    item.questions += [
        "How are you feeling about how this turned out?",
        "What would you want from me as your manager, and what would you not want?",
        "What do you want to grow into next, and how can I help you get there?",
        "How do we keep our friendship and our working relationship from getting tangled?",
    ]
    item.prep += [
        f"Decide what you can offer {name} (a piece of work to own, visibility, sponsorship for their next step) before the meeting.",
        f"Don't discuss how the hiring decision was made; if {name} asks, point to the feedback the hiring manager or HR can give.",
    ]
    plan.rules.append(RuleApplied(rule="former-peer", guidance="from-coder-to-tech-lead", detail="A former peer (or friend) now reporting to you: name it, listen, agree how you work together."))


# Where the two sides meet in public ('in the weekly ops review', 'at the planning sync'): the place a shared rule covers.
_FORUM = re.compile(r"\b(?:in|at|during)\s+(?P<f>(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:review|meeting|standup|stand-up|sync|forum|huddle|call|retro|all-hands|planning))\b", re.I)
# What their side keeps doing to the manager's ('keep overriding our roll-gap recommendations'): the topic of the shared rule.
_THEIR_HABIT = re.compile(r"\b(?:keeps?|kept|always|constantly|often|regularly)\s+(?P<v>[a-z]+ing)\s+(?:our|my|the)\s+(?P<o>[\w -]{3,40}?)(?=\s+(?:with|on|in|when|and|but|then|because)\b|[,.;!?]|$)", re.I)


# What the manager concedes to a peer ('he is right that there are too many unnecessary stops', 'she has a point about
# the review load'), and the line they hold ('overriding a safety recommendation without logging why cannot continue').
_CONCEDED = re.compile(r"\b(?:he|she|they)(?:['’]s|['’]re| is| are)\s+(?:actually |partly |quite |completely |absolutely |also )?right (?:that|about|on) (?P<x>[^.;!?]{3,120}?)"
                       r"(?=[.;!?]|,?\s+(?:and|but)\s+(?:i|we)\b|$)|\b(?:he|she|they) (?:has|have|had) a (?:fair |good |real )?point (?:about|that|on) (?P<y>[^.;!?]{3,120}?)(?=[.;!?]|,?\s+(?:and|but)\s+(?:i|we)\b|$)", re.I)
_HOLD_LINE = re.compile(r"(?:^|[.;!?]\s*|\bbut\s+)(?P<x>[a-z][^.;!?]{6,120}?)\s+(?:cannot|can'?t|can not|must not|mustn'?t) (?:continue|go on|keep happening|happen again)\b", re.I)


_LEAD_WORD = re.compile(r"^(?:but|and|so|still|however),?\s+", re.I)


def _concede_first(item: _Item, notes: str, w: Words) -> None:
    """When the manager says the peer is right about something, the opening says so first, in plain words."""
    m = _CONCEDED.search(notes)
    if m is None:
        return
    said = second_person((m.group("x") or m.group("y")).strip(), w)
    item.notes = (f"Start with what {w.they} {w.are} right about, before any fact of yours, and mean it: \u201cYou're right that {said}.\u201d "
                  + item.notes)


# Words about who the person is to the manager ('peer of mine not a report'): the relationship, no fact of the case.
_RELATION_SAID = re.compile(r"\bpeers?\b|\bnot (?:a |my |one of my )?(?:direct )?reports?\b|\bsame level\b", re.I)


def _names_in(text: str, w: Words) -> str:
    """The people named in the manager's words, capitalised ('pulled sam into' -> 'pulled Sam into'); a word after 'the',
    'their' or 'on-call' is a thing ('their on-call rota'), never a name."""
    for other in w.others:
        text = re.sub(rf"(?<!the )(?<!their )(?<!our )(?<!your )(?<!his )(?<!her )(?<!-call )(?<!a )\b{re.escape(other.casefold())}\b", other, text, flags=re.I)
    return text


def _peer_rule_item(plan: _Plan, rule: str, name: str, w: Words) -> None:
    """The rule the manager came to agree with a peer, by name, in a shape that can be kept: who asks whom first, how far
    ahead, where it is written down, and who decides when two needs clash."""
    item = plan.add(0, 5, f"The rule: {rule}", "both", (
        f"Propose it in one sentence, then let {name} shape it: who asks whom before anything booked or owned by the other "
        "team is taken or changed, how far ahead, where it is written down (one shared calendar or channel both teams see), "
        f"and who decides when two needs clash. Ask what would make it easy for {w.their} team to keep, and agree a date to "
        "look at how it went."))
    item.rank = 3
    item.questions += [f"Could we agree {rule}? Who asks whom first, where is it written down, and who decides a clash?",
                       "What would make it easy for your team to keep?"]


_UNASKED = re.compile(r"\bwithout (?:asking|telling|checking|warning|notice|a word)\b", re.I)


def _intake_rule_item(plan: _Plan, intake: Intake, name: str, w: Words) -> None:
    """Their people bring one kind of request straight to one of yours: the rule proposed is an intake route for that
    kind of request (one place, picked up on set days, with a named owner on your side) and an emergency path (what
    counts, who to call), shaped by the peer; the person protected while the route starts."""
    what, person = intake.what, intake.person
    item = plan.add(0, 5, f"A route for {what}", "both", (
        f"Propose it in one sentence, then let {name} shape it: {what} from {intake.side} come through one place both teams "
        f"see (a shared queue or channel, or a named contact on your side), picked up on set days, not as direct messages "
        f"to {person}. And an emergency path for the ones that cannot wait: what counts as one, and who {w.their} people "
        f"call then. Ask what would make it easy for {w.their} team to use, and agree a date to look at how it went."))
    item.rank = 3
    item.questions += [f"Could {what} come through one route, picked up on set days, instead of direct messages to {person}?",
                       "What counts as an emergency that can't wait, and who should your people call then?"]
    plan.prep.append(f"Before you meet {name}, count last month's {what} that reached {person} directly, and how many truly could not wait.")


def _held_or_stock_rule(plan: _Plan, held: re.Match[str] | None, name: str, w: Words, topic: str, where: str) -> None:
    """The line the manager holds, with the rule that keeps it shaped by the peer; else one stock rule for the topic."""
    item = plan.add(0, 5, "One rule you both keep", "both", (
        f"Say the line you hold, once: {second_person(_LEAD_WORD.sub('', held.group('x').strip()), w)} cannot continue. Then let {name} shape the rule "
        f"that keeps it, and agree how what {w.they} {w.are} right about gets fixed too, so the rule costs {w.their} side less." if held else
        f"Propose one rule and let {name} shape it: for {topic}, each case is written down with its reason and you both look at "
        f"the results together on a fixed day; and how misses are described{where} is agreed in advance, so neither side is surprised."))
    item.rank = 3
    item.questions += [f"Could we agree one rule for {topic}, and look at the results together every week?",
                       f"How should we talk about misses{where}, so neither team is surprised?"]


def _peer_asks(plan: _Plan, asks: list[str], w: Words) -> None:
    """A concrete ask of the peer ('someone from his side to help fix the snapshot job this week'): said plainly, with
    why and by when, and who does what agreed."""
    for ask in asks:
        item = plan.add(0, 4, f"Your ask: {ask}", "you", (
            f"Say it plainly, with why it matters to your team now and by when you need it; ask what {w.they} would need to "
            "make it happen, and agree who does what before you leave."))
        item.rank = 3
        item.questions.append(f"Can we agree {ask}? What would you need from me for it?")


def _peer_agenda(inp: AgendaInput) -> Agenda:
    """A 1-on-1 with a peer who leads another team, or with someone in another team: no report's questions (growth,
    feedback for you), but the goal you share, the facts as data you both look at, their constraints, one rule you both
    keep, and what each of you will do; every fact the manager stated is named."""
    p = inp.person
    w = _person_words(inp.notes, p.name, inp.others)
    inp = inp.model_copy(update={"cues": []})  # a peer's state is not the manager's to assess
    plan = _Plan()
    facts = [x.text for x in stated_specifics(inp.notes, p.name) if not _HOLD_LINE.search(x.text)]  # the line held has its own place
    forum = _FORUM.search(inp.notes)
    habit = _THEIR_HABIT.search(inp.notes)
    topic = f"{habit.group('v').lower()} the {habit.group('o').strip()}" if habit else "how your two teams hand work and decisions to each other"
    where = f" in {forum.group('f').strip()}" if forum else " in shared meetings"
    item = plan.add(0, 4, "Why you're meeting: the goal you share", "you", (
        f"Open with the outcome you and {p.name} both want, in one sentence, before any fact, and say you want a way of "
        f"working you both keep, not a verdict on who was right. You asked for the meeting: say so, and thank {w.them} for the time."))
    item.rank, item.leads = 1, True
    _concede_first(item, inp.notes, w)
    item.questions.append("What does a good month look like for your team, and what gets in its way?")
    case = peer_case(inp.notes)
    acts = [_names_in(a, w) for a in case.acts]
    told = case.acts + case.asks + [case.rule]  # a fact inside what they did or what you ask is said there, whole
    facts = [x for x in facts if not _RELATION_SAID.search(x) and not any(longest_shared_run(x, a) >= min(len(x.split()) - 1, 4) for a in told if a)]
    shown = "; ".join(acts + [condensed(x) for x in facts]) if acts or facts else "what happened, with dates and numbers"
    both = "" if acts else f", including the times {w.their} people were right"  # what they did to your team has no other side's record
    item = plan.add(0, 5, "What happened, as data you both look at", "you", (
        f"Say the facts once, calmly, as a problem to solve together, not a charge: {shown}. Bring the record for both sides{both}, "
        "so it reads as shared data." if not acts else
        f"Say the facts once, calmly, as a problem to solve together, not a charge: {shown}. Bring the dates and what each "
        "one cost your team, so it reads as shared data."))
    item.rank = 2
    item.prep.append(f"Pull the record before you meet {p.name}: each case with its date, what was decided, by whom, and what it cost"
                     + (f", and the cases where {w.their} side was right." if not acts else "."))
    item = plan.add(0, 6, f"{p.name}'s side: what {w.they} {w.are} up against", "them", (
        f"Ask what {w.they} and {w.their} team see that your side misses, what pressure they are under, and what would make it easier "
        "to work with your team. Listen, and say back what you heard before you answer."))
    item.rank = 3
    item.questions += ["What do your people see on the ground that our side misses?",
                       "What would make it easier for your team to work with ours?"]
    held = _HOLD_LINE.search(inp.notes)
    rule = case.rule or ("a rule for asking first" if any(_UNASKED.search(a) for a in case.acts) else "")
    if case.ask_first:
        _peer_asks(plan, [_names_in(a, w) for a in case.asks[:2]], w)
    intake = direct_requests(inp.notes) if not rule and not held else None
    if intake is not None:
        _intake_rule_item(plan, intake, p.name, w)
    elif rule and not held:
        _peer_rule_item(plan, rule, p.name, w)
    else:
        _held_or_stock_rule(plan, held, p.name, w, topic, where)
    if not case.ask_first:
        _peer_asks(plan, [_names_in(a, w) for a in case.asks[:2]], w)
    item = plan.add(-1, 3, "What each of you will do", "both", "Each names one thing and a date; agree when you look at it together again.")
    item.rank = 5
    item.questions.append("What will you do, and what will I do, and by when?")
    plan.prep.append(f"No surprises either way: if you will raise this{where}, tell {p.name} first.")
    plan.rules.append(RuleApplied(rule="peer-conversation", guidance="facts-not-blame",
                                  detail=f"{p.name} is a peer, not your report: the shared goal, the facts as shared data, {w.their} constraints, one rule you both keep."))
    aims = [] if case.rule or case.asks else read_notes(inp.notes, w).aims  # what you came for is the items themselves
    return _agenda(inp, plan, "", "", frozenset({"feedback_prompts"}), aims=aims)


def _unblock_item(plan: _Plan, p: Person, cues: list[str], named: dict[str, str], words: Words | None = None, notes: str = "") -> None:
    """Unblocking comes first when they are stuck (days on record, blocked with blockers, or the manager's cue); then,
    when the notes say it went unsaid, how to flag it next time."""
    _concern_item(plan, p, concern_on_work(notes, p.name), words or Words(p.name))
    spin = spinning_on(notes, p.open_action_items) if not (p.status == "blocked" and p.blockers) else None
    if spin is not None:  # going round in circles on their own work: no one else's blocker to clear
        _spinning_item(plan, p, spin, words or Words(p.name), notes)
        return
    if not (p.days_stuck > 0 or (p.status == "blocked" and bool(p.blockers)) or "stuck" in cues):
        return
    said = named.get("blocker")
    told = _TOLD_BLOCKER.match(p.blockers[0]) if p.blockers else None  # "Stuck 6 days on write access (from your message)"
    blocker = said if said and (not p.blockers or p.blockers[0].endswith("(from your message)")) else p.blockers[0] if p.blockers else "the main blocker"
    blocker = told.group("what") if told and not said else blocker
    days = (f"{p.days_stuck:g} day" + ("" if p.days_stuck == 1 else "s")) if p.days_stuck > 0 else named.get("how_long", "") or (told.group("how") or "" if told else "")
    stuck = f"Stuck for {days}" if days else "Stuck (how long is not on record)"
    item = plan.add(0, 3, f"Unblock: {blocker}", "both", f"{stuck}; unblock first: agree who does what today to clear it.")
    if named.get("blocker_why"):  # the cause they named: the options are for that, said plainly
        w = words or Words(p.name)
        item.notes = (f"{stuck} on {blocker}: {second_person(named['blocker_why'], w)}. Name it and offer options before asking for a plan: "
                      f"someone who has untangled this kind of thing pairs with {w.them} today; a narrower cut that lets the work go on "
                      f"without the whole fix; or you take it up with whoever owns the source. Agree who does what today.")
    if "new_hire" in cues:  # weeks in and stuck alone: fixed together, the lost time no one's fault
        w = words or Words(p.name)
        item.notes += (f" Fix it together rather than hand it back: sit with {w.them} on it (or with {w.their} buddy) straight after "
                       f"the meeting, and say plainly the lost time is not on {w.them}.")
    past = f"{stuck}, well past the two-hour rule" if days else stuck
    plan.rules.append(
        RuleApplied(rule="unblock-first", guidance="two-hour-rule", detail=f"{past}; unblocking comes first.")
    )
    item.questions.append("What have you tried, and what would unblock you today?")
    if _UNSAID.search(notes):  # only when it went unsaid: a block the manager knew of was raised, and asking why not sooner stings
        item.questions.append("What made it hard to raise this sooner? (No blame: the two-hour rule is there so nobody stays stuck alone.)")
    else:
        item.questions.append("Who else could help clear it, and what can you move on meanwhile?")
    item.prep.append(f"Before the meeting, find who can help with: {blocker}.")
    _flag_early_item(plan, p, cues, words or Words(p.name), notes)


_CONCERN_NEXT = {
    "blocked": "Then ask what is in the way or creeping, and what you can take off or decide for {them} (scope, priorities, who says no).",
    "worried": "Then ask what worries {them} most about it, and agree one thing that would make it more manageable.",
    "low": "Then ask what would make it feel worth doing again, and agree one thing that would help.",
    "quiet": "Ask for a short walk-through of what it shows so far and what {they} would try next; say plainly that a result that disappoints is still a result, and that you want to hear it early.",
    "unsure": "Then agree what done looks like for now and the next step, and who {they} can check it with.",
}


def _concern_item(plan: _Plan, p: Person, concern: Concern | None, w: Words) -> None:
    """The manager's read of them on a named piece of work leads: the work by name, asked about rather than told, with
    what that kind of read calls for; the read and any guess stay with the manager."""
    if concern is None:
        return
    s = "" if w.they == "they" else "s"
    item = plan.add(0, 4, f"{concern.work[0].upper() + concern.work[1:]}: how {w.they} see{s} it", "both", (
        f"From your notes: \u201c{_tidy_quote(concern.said)}\u201d. That is your read, so ask rather than tell: how {w.they} see{s} "
        f"{concern.work} and what {w.they} would change about it, and listen for what sits under it. "
        + _CONCERN_NEXT[concern.kind].format(them=w.them, they=w.they)))
    item.rank, item.leads = 2, True
    item.questions.append(f"How do you see {concern.work} right now?")
    if concern.guess:
        item.prep.append(f"Your guess (\u201c{_tidy_quote(concern.guess)}\u201d) stays with you: check it with one open question, don't lead with it.")
    plan.rules.append(RuleApplied(rule="read-on-work", guidance="weekly-one-on-one-and-trust",
                                  detail=f"Your read of {w.them} on {concern.work}: the work by name first, asked about rather than told."))


def _spinning_item(plan: _Plan, p: Person, spin: Spinning, w: Words, notes: str) -> None:
    """Work they are going round in circles on leads: where it is and what they tried, what done looks like for now, one
    small next step with a date; the open action on record that is part of it is that step, and their goal frames it."""
    work = spin.work
    said = next((c.strip() for c in re.split(r"[.;!?\n]", notes) if SPINNING_ON.search(c)), "")
    opening = f"From your notes: \u201c{_tidy_quote(said)}\u201d. " if said else ""
    have = "have" if w.they in ("they", "you") else "has"
    cw = p.current_work
    part = f" (part of {cw.project})" if cw and part_of(work, f"{cw.project} {cw.summary}") and not part_of(cw.project, work) else ""
    text = (f"{opening}Ask {w.them} to walk you through where things stand with {work}{part} and what {w.they} {have} tried, and listen for what is "
            f"missing: a clear question, what done looks like, or a decision {w.they} {'are' if have == 'have' else 'is'} waiting for. "
            f"Then agree what done looks like for now and one small next step with a date, and who {w.they} can check it with. "
            "Say that this kind of work often goes round in circles; the way out is a smaller step, not more hours.")
    if spin.actions:
        text += (f" The open action on record is part of it ({'; '.join(spin.actions)}): make a rough version of it the next "
                 "step, shared by a day you agree.")
    if p.career_goal:
        text += f" Tie it to {w.their} goal ({p.career_goal[0].lower() + p.career_goal[1:]}): cutting {work} down to a question that can be answered is that skill."
        plan.drops.add("growth")  # the goal is tied to the work in hand: no separate stock growth item
    item = plan.add(0, 4, f"{work[0].upper() + work[1:]}: the next step", "both", text)
    item.rank, item.leads = 0, True
    item.questions += [f"Where are you with {work}, and what have you tried so far?", "What would done look like for it, for now?",
                       "What is the smallest next step you could show me, and by when?"]
    item.prep.append(f"Look at where {work} stands before the meeting, and think of one person who has done this kind of work {w.they} could pair with.")
    plan.rules.append(RuleApplied(rule="spinning", guidance="two-hour-rule",
                                  detail=f"Going round in circles on {work}: the work by name first, what done looks like and one dated next step."))


_TOLD_BLOCKER = re.compile(r"^Stuck (?:(?P<how>.+?) )?on (?P<what>.+?) \(from your message\)$")
# Whom they work with, as the notes say it ('the contractor helping aisha', 'pairs with tom on the eval'): their go-to.
_WORKS_WITH = r"\b(?:helping|helps|working with|works with|pair(?:s|ing|ed)? with|alongside|supporting|supports|shadowing|embedded with|under)\s+"
# The notes say it went unsaid, or the manager wants it flagged sooner next time.
_UNSAID = re.compile(r"\b(?:happen|happens|happening) again\b|\bnext time\b|\bin future\b|\bgoing forward\b|\bsooner\b|\bsaid nothing\b|\bonly (?:just )?(?:mentioned|said|told|flagged|raised)\b|"
                     r"\b(?:didn'?t|did not|never|wouldn'?t) (?:say|tell|mention|flag|raise)\b|\bwithout (?:saying|flagging)\b|\bsilently\b|\bkept (?:it )?quiet\b", re.I)


def go_to(notes: str, others: tuple[str, ...]) -> str:
    """The colleague the notes say they work with ('helping aisha on the migration'), who is their first person to ask."""
    for other in others:
        if re.search(_WORKS_WITH + rf"{re.escape(other)}\b", notes, re.I):
            return other
    return ""


def _flag_early_item(plan: _Plan, p: Person, cues: list[str], words: Words, notes: str) -> None:
    """After unblocking someone who stayed stuck for days without saying so: how to flag it next time, without blame: the
    two-hour rule said plainly, and who to go to first. A new joiner's settling-in item holds this already."""
    if "stuck" not in cues or "new_hire" in cues or not any(x.title.startswith("Unblock:") for x in plan.items) or not _UNSAID.search(notes):
        return
    buddy = go_to(notes, words.others)
    who = (f"that {buddy} is {words.their} first person to ask (access, context, who owns what), and you the next" if buddy
           else "who to ask first (a named colleague on the same work), and you the next")
    outsider = (f" As a {p.role.lower()}, {words.they} may not feel it is {words.their} place to escalate: say it is expected of "
                f"{words.them} as of everyone." if _CONTRACT.search(p.role) else "")
    item = plan.add(0, 2, "Next time: flag it early", "both", (
        f"No blame for the lost days: ask what made it hard to say, then agree the two-hour rule plainly (stuck for two hours "
        f"with no progress: say so in standup or the team channel, the same day) and {who}.{outsider}"))
    item.questions.append("What would make it easy to say 'I'm stuck' the same day next time?")
    if buddy:
        item.prep.append(f"Ask {buddy} to be {words.name}'s first person to ask when stuck, and to check in with {words.them} this week.")
    plan.rules.append(RuleApplied(rule="flag-early", guidance="two-hour-rule",
                                  detail="Stuck for days without saying so: the two-hour rule and a named go-to, without blame."))


# What the manager wants their own manager to know ("i want her to know about marco's block and the summarizer risk").
_TO_KNOW = re.compile(r"\b(?:want|need|would like|'d like) (?:her|him|them|[A-Z]?[a-z]+) to (?:know|hear|understand) (?:about )?(?P<what>[^.;!?]+?)(?=\s+(?:without|before|so)\b|[.;!?]|$)", re.I)
_NEW_BOSS = re.compile(r"\bnew (?:boss|manager|director|vp|head of \w+|skip)\b|\bfirst (?:1[:-]?1|one[- ]on[- ]one|meeting) with (?:my )?(?:new )?(?:boss|manager)\b", re.I)


def _managing_up_context(plan: _Plan, name: str, notes: str) -> None:
    """With a new boss: how they like to work comes first; what the manager wants them to know is said as risks owned,
    each with its plan (never as excuses)."""
    if _NEW_BOSS.search(notes):
        item = plan.add(0, 3, f"How {name} likes to work", "both", (
            f"Ask what {name} needs from your team in the first months, how they like updates (written or live, how often) "
            "and what good looks like to them; say in two minutes what your team owns and how it works."))
        item.rank, item.leads = 2, True
        item.questions += ["What do you need most from my team in your first three months?", "How would you like to hear from me, and how often?"]
    know = _TO_KNOW.search(notes)
    if know:
        risks = [re.sub(r"\b([a-z]+)(?=['’]s\b)", lambda m: m.group(1).capitalize(), r.strip())
                 for r in re.split(r"\s*(?:,|\band\b)\s*", know.group("what")) if len(r.strip()) > 2][:3]  # "marco's block": a name
        item = plan.add(0, 3, "Risks to know about: " + "; ".join(risks), "you", (
            "Say each one as a risk you own, not a reason things are late: what it is, what it puts at risk (the date or the "
            f"result), what you are already doing about it, and what, if anything, you need from {name}."))
        item.rank, item.leads = 2, True
        item.prep.append("For each risk, one line each: the risk, its date, your plan, your ask.")


# The manager's words turned to address them ('fold my team ... we'd lose our roadmap' -> 'your team ... you'd lose your').
_FIRST_PERSON = ((r"\bwe'?d\b", "you'd"), (r"\bwe'?ll\b", "you'll"), (r"\bwe'?re\b", "you're"), (r"\bi'?m\b", "you're"),
                 (r"\b(?:my|our)\b", "your"), (r"\b(?:we|i|me|us)\b", "you"), (r"\bmine\b|\bours\b", "yours"))
# What the change would cost, as the manager says it ('we'd lose our product roadmap and the two PMs we work with').
_COST = re.compile(r"\b(?:we'?d|we would|we'?ll|we will|it'?d|it would|that'?d|that would|this would|which would|it will|that will)\s+"
                   r"(?:\w+ly\s+)?(?P<v>lose|cost|kill|break|delay|slow|stall|drop|end|mean losing|mean giving up|lose out on)\s+(?P<x>[^.;!?]{3,120})", re.I)
# A boss who wants no surprises: the push-back is announced before the meeting.
_NO_SURPRISES = re.compile(r"\bhates? surprises\b|\b(?:doesn'?t|does not|don'?t) like (?:being )?surprise[sd]?\b|\bno surprises\b|\bblindsid\w+|\bcaught off guard\b", re.I)


def _to_you(text: str) -> str:
    """The manager's own words said back to them, in the second person."""
    for pattern, repl in _FIRST_PERSON:
        text = re.sub(pattern, repl, text, flags=re.I)
    return text


# What the boss asked for, that 'push back on this one' points at: 'he wants priya moved to the summarizer on monday'.
_BOSS_WANTS = re.compile(r"\b(?:he|she|they|[A-Za-z]+)\s+wants?\s+(?P<who>[A-Za-z]+)\s+(?P<v>moved|pulled|put|reassigned|loaned|switched|shifted|added|taken)\s+"
                         r"(?P<p>to|onto|off|on|from|into)\s+(?P<x>[^,.;()!?]{3,40}?)(?=\s+(?:on|by|next|this|from)\s+\w+|\s*[,.;()!?]|\s+(?:and|but|so)\b|$)", re.I)
_GERUND = {"moved": "moving", "pulled": "pulling", "put": "putting", "reassigned": "reassigning", "loaned": "loaning",
           "switched": "switching", "shifted": "shifting", "added": "adding", "taken": "taking"}
# The manager's own facts for a push-back: work close to done ('fraud v3 is 2 wks from done') and a count ('the third reshuffle this quarter').
_CLOSE_TO_DONE = re.compile(r"(?P<w>\b[\w-]+(?: [\w-]+){0,2}) (?:is|are|'s) (?P<n>\d+|one|two|three|a few) (?P<u>wks?|weeks?|days?) (?:from|away from|off) (?P<d>done|shipping|ship|launch|finished|go-?live)\b", re.I)
_COUNTED = re.compile(r"\b(?P<n>second|third|fourth|fifth|sixth) (?P<what>reshuffle|reorg|move|switch|reassignment|priority change|change of plan|cancell?ation)s?"
                      r"(?P<per> (?:this|in a|in the last) (?:week|month|quarter|half|year|sprint))?(?:,? (?:after|since|following) (?P<prev>[^.;,!?()]{3,50}))?", re.I)


def _pronoun_topic(topic: str, notes: str) -> str:
    """'push back on this one': the boss's ask it points at ('moving Priya to the summarizer'), else the topic as said."""
    wants = _BOSS_WANTS.search(notes) if _PRONOUN_TOPIC.match(topic) else None
    if wants is None or wants.group("who").casefold() in ("me", "us", "it", "them", "him", "her", "everyone"):
        return topic
    return f"{_GERUND[wants.group('v').casefold()]} {wants.group('who').capitalize()} {wants.group('p').lower()} {wants.group('x').strip()}"


def _push_back_facts(notes: str) -> str:
    """The manager's facts a push-back rests on, as a sentence ('' when none): work close to done and how often it has happened."""
    facts = []
    close = _CLOSE_TO_DONE.search(notes)
    if close:
        unit = re.sub(r"(?i)^wks?$", "weeks", close.group("u"))
        facts.append(f"{close.group('w').strip()} is {close.group('n')} {unit} from {close.group('d')}")
    counted = _COUNTED.search(notes)
    if counted:
        prev = f" (the one before: {counted.group('prev').strip()})" if counted.group("prev") else ""
        facts.append(f"this is the {counted.group('n').lower()} {counted.group('what').lower()}{counted.group('per') or ''}{prev}")
    return ("Your facts: " + "; ".join(facts) + ". ") if facts else ""


def _rule_item(plan: _Plan, who: str, topic: str) -> None:
    """A rule the manager wants agreed with their boss for next time: proposed in their words, with the reason, and how
    both will know it is kept."""
    rule = re.sub(r"(?i)^(?:on )?(?:a|an|the|some) (?:rule|norm|process|policy|way|protocol|principle)(?: going forward| for next time| from now on)?\s*[:,-]?\s*", "", topic).strip()
    item = plan.add(0, 4, "Agree a rule for next time" + (f": {rule}" if rule else ""), "you", (
        f"Propose it in one sentence{f' ({rule})' if rule else ''} and give the reason: the cost of the moves so far, not this one. "
        f"Ask what would make it workable for {who} (what counts as urgent, who to call when you are out), and agree how you "
        "will both know it is kept: the next request goes through it, and you look back at the next 1-on-1."))
    item.leads = True
    item.questions.append("Would that work for you, and what would you change about it?")
    item.prep.append("Write the rule in one sentence, with the moves this quarter that it would have changed.")


def _push_back_items(plan: _Plan, who: str, topic: str, notes: str) -> _Item:
    """Pushing back on one's own manager's plan: start from their goal, the cost in concrete terms, then the
    alternative or the conditions and the decision asked for; announced beforehand so it is no surprise."""
    cost = _COST.search(notes)
    lost = _to_you(cost.group("x").strip(" ,")) if cost else ""
    said_cost = _to_you(cost.group(0).strip(" ,")) if cost else ""  # 'we'd lose our roadmap' -> 'you'd lose your roadmap'
    costs = (f"Then the cost, concretely: {said_cost}. Put a number or a date on each (what slips, by how much, who is "
             f"affected) and tie it to a goal {who} owns." if cost else
             f"Then the cost, concretely: what slips, by how much and who is affected, with your numbers, tied to a goal {who} owns.")
    item = plan.add(0, 5, f"Push back: {topic}", "you", (
        f"Start from {who}'s goal, not your objection: ask what it is meant to solve and what success looks like, and say "
        f"back what you heard before you argue. {_push_back_facts(notes)}{costs}"))
    item.leads = True
    item.questions.append(f"What is behind {topic}, and would the alternative I propose meet the same need?")
    keep = f" (for example: keeping {lost})" if cost and cost.group("v").lower() in ("lose", "lose out on", "mean losing", "mean giving up", "drop", "end") else ""
    close = _CLOSE_TO_DONE.search(notes)
    if close and not keep:  # work close to done: the move after it ships
        keep = f" (for example: the move once {close.group('w').strip()} is done, in {close.group('n')} {re.sub(r'(?i)^wks?$', 'weeks', close.group('u'))})"
    ask = plan.add(0, 3, "Your alternative, and the decision you need", "you", (
        f"Offer one alternative that meets the same goal, and the conditions under which you could support the plan{keep}; "
        f"ask which {who} prefers. End with what you need decided and by when; if it can't be decided today, agree what "
        f"{who} needs to see and when you will come back to it."))
    ask.leads = True
    ask.questions.append("What would you need to see to change the plan, or to agree these conditions?")
    surprise = _NO_SURPRISES.search(notes)
    heads_up = (f"{who[0].upper() + who[1:]} doesn't like surprises, so" if surprise else "No surprises:")
    ask.prep.append(f"{heads_up} send a two-line note a day before: the topic, your position in one line, and that you "
                    "will bring an alternative.")
    ask.prep.append(f"One page on {topic}: {who}'s goal as you understand it, the cost with your numbers, your alternative "
                    "and conditions, the decision you need.")
    return item


# Something the boss keeps doing, in the manager's words ('my director keeps committing my team to customer dates
# on sales calls before asking me'), how often ('third time this quarter') and the latest case ('latest is a jan 8 pilot').
_KEEPS_DOING = re.compile(
    r"\b(?:my (?:\w+ )?(?:boss|manager|director|vp|cto|ceo|skip(?:[- ]level)?|head of [\w-]+)(?:\s*\([^)]{1,40}\)|\s+[A-Z][a-z]+)?|(?<![\w'])(?:she|he|they))\s+(?:keeps|keep|kept|has been|have been|always|again|repeatedly)\s+"
    r"(?P<what>[^.;!?]{8,140})"
    # done again and again, counted: 'my vp caetano has changed our top priority three times in five weeks'
    r"|\bmy (?:\w+ )?(?:boss|manager|director|vp|cto|ceo|skip|head of [\w-]+)(?:\s*\([^)]{1,40}\)|\s+[A-Za-z]+)?\s+(?:has\s+)?"
    r"(?P<what2>\w+ed [^.;!?:]{3,80}?(?:twice|three times|four times|five times|\d+ times)\b[^.;!?:]{0,30})"
    # counted first, then the act: 'third time since october he's moved someone on my team without asking me first'
    r"|\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time\b[^.;:!?]{0,25}?\b(?:he|she|they)(?:'s|'ve| has| have)?\s+(?P<what3>\w+ed\b[^.;:!?]{3,100})"
    # counted by its doer: "he's moved priya twice this quarter with a day's notice"
    r"|(?<![\w'])(?:he|she|they)(?:'s|'ve| has| have)\s+(?P<what4>\w+ed [^.;!?:,]{3,60}?\b(?:twice|three times|four times|five times|\d+ times)\b[^.;!?:,]{0,40})", re.I)
# Priorities that keep changing: held for a stated time is the ask, not a grievance.
_PRIORITY_CHURN = re.compile(r"\b(?:chang|switch|shift|flip|swap)\w* (?:our|my|the|the team'?s) (?:top |main |number one |#1 )?priorit\w*|\bpriorit\w* (?:keep|keeps|kept) chang\w*|\breprioriti\w+ (?:us|my team|the team)\b", re.I)
_HOW_OFTEN = re.compile(
    r"\b(?:(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time|(?:twice|three times|four times|\d+ times))"
    r"(?: (?:this|in a|last|in the last) (?:week|month|quarter|year|sprint|half)| since (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*| since (?:the )?\w+)?\b", re.I)
_LATEST = re.compile(r"\b(?:the )?(?:latest|most recent|newest|last)(?: one| time| case)?\s*(?:is|was|:|-|\u2013)\s*(?P<x>[^.;!?]{6,120})|\bthis time (?:it'?s|it was)\s+(?P<y>[^.;!?]{6,120})"
                     r"|,?\s*(?:and )?now (?:he|she|they)(?:'s| has| have)? (?P<z>[a-z]+\b[^.;!?]{6,120})", re.I)
# Promises made outside the company ('customer dates on sales calls'), or inside it ('dates in her staff meeting').
_TO_CUSTOMERS = re.compile(r"\bcustomers?\b|\bclients?\b|\bsales\b|\bdeals?\b|\bpartners?\b|\bprospects?\b", re.I)
# Who heard of it before the team did ('which we heard about from finance').
_HEARD_FROM = re.compile(r"\b(?:we|i|the team) (?:only )?(?:heard|found out|learned|learnt)(?: about)?(?: it| this)? (?:from|via|through) (?P<who>(?:the )?[\w-]+(?: team)?)", re.I)
_COMMITMENTS = re.compile(r"\bcommit\w*|\bpromis\w*|\b(?:customer|delivery|launch|pilot|ship) dates?\b|\bdeadlines?\b|"
                          r"\bdates?\b[^.;]{0,60}\b(?:without|before) (?:asking|checking|consulting|telling)\b", re.I)


def _month_case(text: str) -> str:
    """Month names capitalised as a reader expects them ('jan 8' -> 'Jan 8')."""
    return re.sub(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(uary|ruary|ch|il|e|y|ust|tember|ember|ober)?\b",
                  lambda m: m.group(0).capitalize(), text, flags=re.I)


# Going around the manager to their people ('keeps DMing my people directly', 'pulling my two best people into exec
# requests', 'skipping me and the inbox'): asks reach the team without the manager.
_BYPASS = re.compile(r"\b(?:dm|messag|ping|slack|email|ask|pull|grab|pok|tap|borrow|poach|steal|drag|commandeer)\w*\b[^.;!?]{0,25}?\b(?:my (?:people|team|engineers|reports|devs|folks|ds|dss|scientists|"
                     r"two best|best people|(?:\w+ )?best (?:people|engineers))\b|(?:people|engineers) directly\b)|\bskipp\w* me\b|\bbypass\w*|"
                     r"\bgo(?:es|ing)? (?:around|over) me\b|\bwent (?:around|over) me\b|\bwithout (?:going through|asking|telling|checking with|consulting) me\b|\bbehind my back\b|"
                     r"\b(?:went|goes|going|go) straight to (?!me\b)\w+", re.I)
# The change the manager wants to leave with ('agree how asks come in', 'an agreed way that requests come through me first').
_AGREED_WAY = re.compile(r"\bagree(?: on)? (?P<a>how [^.;!?,]{4,80})|\b(?:want|need|'d like|would like)(?: us| you| (?:him|her|them))? to agree (?:that |on )?(?P<c>[^.;!?,]{4,80}?)(?=,|\s+and\b|[.;!?]|$)|\ban agreed (?:way|process|rule|route)\s+(?:that |for |of |where )?(?P<b>[^.;!?,]{4,80})"
                         r"|\b(?:want|need|'d like|would like) (?:an? |to reach an? |to get an? )?(?:agreement|rule|understanding) (?:that |on |where )(?P<d>[^.;!?]{4,100})", re.I)
# What it costs, in the manager's numbers: work now behind ('the forecast is now ~2 wks behind') and a date that does
# not move ('terminal opens mar 1 and nobody's moving that').
_BEHIND = re.compile(r"(?:^|[.;,]\s*|\band\s+)(?P<x>(?:the |our |my )?[a-z][\w -]{3,70}?\s+(?:is|are|'s|was|were) (?:now |already )?(?:~|about |roughly |around )?"
                     r"\d+(?:-\d+)?\s*(?:wks?|weeks?|days?|months?) (?:behind|late|slipped))\b", re.I)
_FIXED_DATE = re.compile(r"(?P<x>(?:the )?[a-z][\w -]{2,40}?\s+(?:opens|launches|ships|goes live|is due|starts)\s+(?:on )?(?P<d>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*))"
                         r"(?=[^.;!?]{0,10}\b(?:and )?(?:nobody'?s|no one'?s|nobody is|no one is) (?:moving|going to move|changing) (?:it|that)\b|[^.;!?]{0,10}\b(?:can'?t|won'?t|cannot|will not) (?:move|slip)\b|[^.;!?]{0,5}\bis fixed\b)", re.I)
_WEEKS = ((r"\bwks?\b", "weeks"), (r"~\s*", "about "))
# What the latest case would do, in the manager's words ("this monday's move to the summarizer would put fraud v3 past the 18th").
_WOULD_COST = re.compile(r"(?:^|[.;,]\s*|\band\s+)(?P<x>(?:this|the|that|his|her|their|today'?s|\w+day'?s) [^.;!?,]{3,60}?\bwould (?:put|push|move|slip|delay|knock|cost)\b[^.;!?]{3,60}?)(?=[.;!?]|$)", re.I)
# Time a case swallowed, in the manager's words ('latest one ate most of a week of our leak model sprint').
_ATE = re.compile(r"\b(?P<x>(?:the\s+)?(?:latest|last|most recent|newest)\b[^.;!?]{0,20}?\b(?:ate|took|cost|burned|burnt|blew|wiped out|swallowed)\s+(?:up\s+)?"
                  r"(?:most of |half (?:of )?|all of |about |nearly |almost |over )?(?:a |an |one |two |three |four |\d+ )?(?:days?|weeks?|sprints?)\b[^.;!?]{0,50}?)(?=[.;!?]|,\s|\s+(?:and|but|so)\s|$)", re.I)


def _said_cost(notes: str) -> str:
    """What the pattern costs in the manager's own numbers and dates, said back to them, or ''."""
    parts = []
    behind = _BEHIND.search(notes)
    if behind:
        x = behind.group("x").strip()
        for a, b in _WEEKS:
            x = re.sub(a, b, x, flags=re.I)
        parts.append(_to_you(x))
    would = _WOULD_COST.search(notes)
    if would:
        parts.append(_to_you(would.group("x").strip()))
    ate = _ATE.search(notes)
    if ate:
        x = ate.group("x").strip()
        parts.append(_to_you(x if re.match(r"the\b", x, re.I) else f"the {x}"))
    fixed = _FIXED_DATE.search(notes)
    if fixed:
        x = fixed.group("x").strip()
        x = x if re.match(r"(?:the|our|my|your|his|her|their)\b", x, re.I) else f"the {x}"  # 'terminal opens mar 1': the terminal
        parts.append(f"{_month_case(_to_you(x))}, and that date does not move")
    return "; ".join(parts)


def _instances(notes: str, who: str, start: int, others: list[str] | None = None) -> str:
    """The cases the manager lists after the pattern ('went straight to sam twice this week and to tom about a demo'),
    with names capitalised and said back to them, or ''."""
    rest = notes[start:]
    listed = rest.lstrip().startswith(":")  # 'without asking me first: marco off recommendations, ...': the cases, listed
    sentence = re.split(r"(?<=[.!?])\s+", rest.lstrip(" .;:"), maxsplit=1)[0]
    if not (listed or _BYPASS.search(sentence)) or re.search(r"\b(?:1[:-]?1|one[- ]on[- ]one|min)\b", sentence, re.I) or len(sentence.split()) > 30:
        return ""
    text = _to_you(sentence.strip(" .;"))
    for name in others or []:
        text = re.sub(rf"\b{re.escape(name)}\b", name[0].upper() + name[1:], text, flags=re.I)
    return re.sub(r"\b(?:to|and|asked|pinged|messaged|dmed|dm'?d|slacked|grabbed|pulled) ([a-z]{3,})\b(?= (?:twice|once|about|for|on|with|\d|three|two|again|,|and))",
                  lambda m: m.group(0).replace(m.group(1), m.group(1).capitalize()), text)


def _pattern_items(plan: _Plan, who: str, notes: str, agree: str, others: list[str] | None = None) -> bool:
    """Something one's own boss keeps doing: raised as facts and their cost to the boss's own goal, then the change the
    manager wants agreed (`agree`, in their words) with a concrete proposal, then the latest case decided; False when
    the notes describe no such pattern. Asks that go around the manager to their people get the proposal for that:
    asks through the manager or the inbox, answered the same day, with a fast lane for what is urgent."""
    named = re.sub(rf"(?i)\b{re.escape(who)}\b(?=\s+(?:keeps|keep|kept|has been|always|again|repeatedly)\b)", "they", notes) if re.fullmatch(r"[A-Z][\w'-]+", who) else notes
    keeps = _KEEPS_DOING.search(named)  # 'victor keeps DMing my people directly': the attendee by name, as 'my boss keeps ...'
    if keeps is None:
        return False
    said = keeps.groupdict().get("what") or keeps.groupdict().get("what2") or keeps.groupdict().get("what3") or keeps.groupdict().get("what4") or ""
    aside = re.search(r"\s*\((?P<p>[^)]{3,80})\)?", said)  # '(3 this month, each ate 2-3 days)': facts, never a cut-off heading
    what = _to_you(_clip_words(re.split(r",\s*(?:the )?(?:last|latest|most recent)\b|,\s*(?:which|and)\b|\s+and\s+(?=the\b)", said[: aside.start()] if aside else said)[0].strip(" ,"), 14))
    if _PRIORITY_CHURN.search(notes):
        return _priority_items(plan, who, notes, what)
    bypass = bool(_BYPASS.search(notes)) and not _COMMITMENTS.search(notes)  # dates promised without asking: the commitments pattern
    often = _HOW_OFTEN.search(notes)
    latest = _LATEST.search(notes)
    case = _month_case(_clip_words(re.split(r",?\s+which\b", (latest.group("x") or latest.group("y") or latest.group("z")))[0].strip(" ,"), 18)) if latest else ""
    heard = _HEARD_FROM.search(notes)
    listed = re.match(r"\s*:\s*(?P<l>[^.;!?]{6,200})", named[keeps.end() :])  # '... without asking me first: marco off recs, ...'
    cases = _instances(named, who, keeps.end(), others) if bypass else ""
    counted = f"{often.group(0)}" if often and not (aside and often.group(0) in aside.group("p")) else ""  # said once, in the brackets
    facts = "; ".join(x for x in (f"{_month_case(counted)}: {cases}" if cases and counted else cases or _month_case(counted),
                                  f"the cases: {_to_you(listed.group('l').strip())}" if listed and not case and not cases else "",
                                  _to_you(aside.group("p").strip()) if aside else "",
                                  f"the latest: {_to_you(case)}" if case and not (cases and case in notes[keeps.end():keeps.end() + len(cases) + 40]) else "",
                                  f"your team heard it from {heard.group('who')} first" if heard else "") if x)
    commitments = _COMMITMENTS.search(notes)
    outside = bool(_TO_CUSTOMERS.search(notes))
    said_cost = _said_cost(notes)
    goal = ((" (winning the deal, keeping the customer's trust)" if outside else " (dates the business can plan on)") if commitments else
            " (getting things done fast)" if bypass else "")
    cost = ((": work your team has not sized, dates at risk, the customer told one thing and then another" if outside else
             ": work your team has not sized, dates at risk, and people relying on a date your team never agreed") if commitments else
            f": people pulled off planned work you committed to, and dates you can no longer protect ({said_cost})" if bypass and said_cost else
            ": people pulled off planned work you committed to, and dates you can no longer protect (name each one, with its date)" if bypass else
            f", in concrete terms ({said_cost})" if said_cost else
            ", in concrete terms: what slips, by how much, and who is affected")
    raise_it = plan.add(0, 5, f"The pattern: {what}", "you", (
        f"Start from what {who} is trying to achieve{goal} and say you want to help with it, not block it. Then the pattern "
        f"as facts, not a grievance{f' ({facts})' if facts else ''}, and what it costs that same goal{cost}. Ask how it "
        f"looks from {who}'s side before you propose anything."))
    raise_it.notes += (" Your first sentence, for example: \u201cI want the dates we give to hold. Can we agree how my team's dates get "
                       "set before they go out?\u201d" if commitments else
                       " Your first sentence, for example: \u201cI want your asks to get done fast, and I can only protect my team's "
                       "dates if I see them. Can we agree how they reach us?\u201d" if bypass else
                       " Your first sentence, for example: \u201cI'd like us to agree how this works from here, because I think we "
                       "can make it easier for both of us.\u201d")
    raise_it.leads, raise_it.rank = True, 2
    raise_it.questions.append("What happens in those conversations that makes a date feel necessary there and then?" if commitments else
                              "How does it look from your side, and what would make it easier to do it differently?")
    raise_it.prep.append(("Write the instances down, one line each: who was asked, for what, when, and what it took them off. "
                          if bypass else "Write the instances down, one line each: what was promised, to whom, when, and what it cost your team. ")
                         + "Facts and a proposal are what keep it from sounding like a complaint.")
    wanted = _AGREED_WAY.search(notes)
    agree = agree or (_to_you((wanted.group("a") or wanted.group("b") or wanted.group("c") or wanted.group("d")).strip()) if wanted else "")
    proposal = (f"before a date goes {'to a customer' if outside else 'out (a staff meeting, another team, finance)'} your team sizes "
                f"the work, and you turn an estimate around within a day or two; until then {who} can give it as a target, "
                "'confirming by <day>'" if commitments else
                f"asks come to you (or the team's inbox) first, not to your people directly, and you answer each one the same day with "
                f"who takes it and when; anything urgent is a call to you, and you decide with {who} what it displaces"
                if bypass else f"{agree} (your proposal, in your words)" if agree else "the step that changes, who does it, and by when")
    topic = agree or ("how commitments get made" if commitments else "how asks reach your team" if bypass else "what changes from here")
    settle = plan.add(0, 5, f"Agree: {topic}", "both", (
        f"Bring one concrete proposal and ask {who} to agree to it today: {proposal}. Agree how you will both know it is "
        f"working, and send a two-line summary of what you agreed after the meeting."))
    settle.leads, settle.rank = True, 2
    settle.questions.append(f"Would that work for you the next time {'something urgent' if bypass else 'a date'} comes up? What would you need from me to make it easy?")
    if case:
        short = re.sub(r"^(?:a|an)\s+", "the ", _clip_words(case, 8), flags=re.I)
        asked = re.match(r"(?:told|asked|got|had|pinged|messaged)\s+(?P<who>[a-z]+)\s+(?:directly\s+|straight\s+)?to\s+(?P<do>[^,;]{3,50})", case, re.I)
        if asked:  # 'told tom directly to prep a demo': the ask to Tom (prep a demo)
            short = f"the ask to {asked.group('who').capitalize()} ({asked.group('do').strip()})"
        told = "the customer" if outside else "whoever was told"
        now = plan.add(0, 3, f"Then, separately: {short}", "both", (
            f"What happens now with {short}, kept short and after the pattern is agreed so the meeting is not a fight about "
            f"one date: {f'scope it this week, then confirm the date or reset it with {told}, and agree who tells them' if commitments else 'what you will do about it this week, and who does it'}."))
        now.leads, now.rank = True, 2
        now.prep.append(f"A first rough sizing of {short} and the date it would really take, so the decision is on numbers.")
    return True


_SEQUENCE = re.compile(r"\bfirst (?P<a>[^,;.]{3,60}),\s*then (?P<b>[^,;.]{3,60}),\s*(?:and )?now (?P<c>[^,;.]{3,80})", re.I)
_TEAM_ASKING = re.compile(r"\b(?:people|two people|three people|the team|folks|\w+ and \w+) (?:have |has )?(?:asked|are asking|keep asking) (?:me )?(?:what|why)\b", re.I)


def _priority_items(plan: _Plan, who: str, notes: str, what: str) -> bool:
    """A boss whose priorities keep changing: the changes as facts and what they cost the team, then one priority held for
    a stated time as the ask, then what the team is told."""
    seq = _SEQUENCE.search(notes)
    changes = f" ({'; then '.join(_tidy_quote(g.strip()) for g in seq.group('a', 'b', 'c'))})" if seq else ""
    facts = plan.add(0, 5, f"The pattern: {what}", "you", (
        f"Start from what {who} needs the team to deliver and say you want to get there. Then the changes as facts, not a "
        f"complaint{changes}, and what they cost that goal: work restarted each time, nothing shipped in the meantime, and a "
        "team that no longer knows what matters. Ask what has been driving the changes before you propose anything. Your first "
        "sentence, for example: \u201cI want my team to deliver what matters most to you, and the changes are costing us that. "
        "Can we agree how we hold a priority?\u201d"))
    facts.leads, facts.rank = True, 2
    facts.questions.append("What has been driving the changes, and what would have to happen for a priority to hold for a quarter?")
    facts.prep.append("Write the changes down, one line each: the date, what the priority became, and what was dropped or restarted.")
    ask = plan.add(0, 5, "The ask: one priority that holds", "both", (
        f"Ask {who} to pick one top priority and hold it for a stated time (the quarter, or to a named date), with any change "
        "before then coming with a short written why and what stops, agreed with you before the team hears it. Agree the date "
        "you will review it together."))
    ask.leads, ask.rank = True, 2
    ask.questions.append("Which one would you hold for the quarter if you had to pick today?")
    if _TEAM_ASKING.search(notes):
        tell = plan.add(0, 2, "What you tell the team", "both", (
            f"Agree with {who} what you can tell the team this week: the priority, why, and how long it holds; people are "
            "already asking what is going on."))
        tell.leads, tell.rank = True, 2
    return True


# A list of topics the manager numbers or orders: '(1) ... (2) ... (3) ...', '1) ... 2) ...', '(a) ... (b) ...',
# 'first, ... second, ... third, ...'. Each is one topic, in their words and their order.
_LIST_MARK = re.compile(r"\(\s*(?:\d|[a-e])\s*\)|(?<![\w(])(?:\d|[a-e])\)|(?:(?<=^)|(?<=[\s,;.:]))(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth|finally|1st|2nd|3rd)\s*[,:-]", re.I)
_FEEDBACK_TOPIC = re.compile(r"\bfeedback\b|\bhow i'?m doing\b|\bwhat (?:she|he|they) thinks? i should\b|\bmy (?:own )?(?:development|growth|review|promo\w*)\b", re.I)
_AGREE_TOPIC = re.compile(r"^(?:to )?(?:get (?:\w+ )?(?:agreement|alignment|buy-in)(?: on| that)?|agree(?: on| that)?)\s+", re.I)
_PUSH_TOPIC = re.compile(r"^(?:to )?push back (?:on|against)\s+", re.I)
_ASK_TOPIC = re.compile(r"^(?:to )?(?:ask (?:\w+ )?(?:for|about)|get (?:sign-?off|approval|a decision|a yes) (?:on|for)|ask (?=whether|if|what|how))\s*", re.I)
_RAISE_TOPIC = re.compile(r"^(?:to )?(?:discuss|raise|talk about|bring up|flag|go over)\s+", re.I)
_GROWTH_TOPIC = re.compile(r"\b(?:my (?:own )?(?:development|growth|career|next step)|exposure|visibility|stretch)\b", re.I)
_WANT_MARK = re.compile(r"(?<![\w'])i (?:need|want|'d like|would like) (?:to )?(?=\w)", re.I)


_BOSS_EDGE = re.compile(r"\b(?:he|she|they)(?:'s| has| is| have| are)? (?:been )?(?:short|curt|terse|sharp|snappy|stressed|tense|under pressure|distracted|frustrated)\b(?: with me)?(?: lately| recently| this week| with the \w+)?", re.I)


def _first_person(text: str) -> str:
    """The manager's words as they will say them to their boss: 'whether i can backfill' -> 'whether I can backfill'."""
    return re.sub(r"\bi\b(?=\s|'|$)", "I", text)


def listed_topics(notes: str) -> list[str]:
    """The topics the manager lists in order ('(1) ..., (2) ..., (3) ...'), in their words; empty without a list of two or more."""
    marks = list(_LIST_MARK.finditer(notes))
    wants = not marks
    marks = marks or list(_WANT_MARK.finditer(notes))  # 'i need to ask for X and i want Y': two topics, unnumbered
    if len(marks) < 2:
        return []
    topics = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(notes)
        chunk = notes[m.end():end]
        if i + 1 == len(marks):  # the last topic ends with its sentence
            chunk = re.split(r"(?<=[.!?])\s|\.\s*$", chunk)[0]
        chunk = re.sub(r"(?:,|;)?\s*(?:and|or)?(?: also)?\s*$", "", chunk.strip()).strip(" ,;.")
        chunk = re.sub(r"^(?:i want to|i need to|we need to|to)\s+", "", chunk, flags=re.I)
        if chunk:
            topics.append(chunk)
    if wants and any(_PUSH_TOPIC.match(t) or _AGREE_TOPIC.match(t) or re.match(r"an? (?:agreement|rule)\b", t, re.I) for t in topics):
        return []  # a push-back or a rule said in passing: the push-back and pattern items read it with its facts
    return topics


def _listed_topic_items(plan: _Plan, who: str, topics: list[str], notes: str, others: list[str] | None = None) -> None:
    """Each topic the manager listed is an item in their words and order: an agreement proposed with the facts they gave,
    a push-back from the boss's goal to an alternative, an ask with a recommendation, and feedback on them asked for
    directly (never as a decision to settle)."""
    names = [o for o in others or [] if o.isalpha()] + ([who] if who.isalpha() else [])
    for topic in topics:
        for name in names:  # 'olivia went straight to marco': names as names
            topic = re.sub(rf"\b{re.escape(name.casefold())}\b", name[:1].upper() + name[1:], topic)
        # 'asks come through me - olivia went straight to marco', '... for the gala. we have two people', 'feedback on my
        # quarter, i don't know how i'm doing': the heading is the topic, what follows it is the facts or the why
        parts = re.split(r"\s+-{1,2}\s+|:\s+|(?<=[\w\"\u201d')])\.\s+(?=[a-z])|,\s+(?=i (?:\w+ )?(?:don'?t|do not|can'?t|am|'m|have|need|want)\b)", topic, maxsplit=1, flags=re.I)
        head, facts = parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")
        said_facts = f" What you have seen: {_to_you(facts)}." if facts else ""
        if _GROWTH_TOPIC.search(topic) and not re.search(r"\bfeedback\b", head, re.I):
            what = _to_you(re.sub(r"^(?:ask (?:\w+ )?(?:for|about)|talk about|discuss)\s+", "", head, flags=re.I))
            want = f" ({_to_you(facts)})" if facts else ""
            item = plan.add(0, 3, f"Your growth: {what}", "you", (
                f"Say what you want in one sentence{want}, and ask what {who} can do: scope, visibility, a stretch assignment, and "
                "who else should see your work."))
            item.leads = True
            item.questions.append("What would you need to see from me to take that on?")
            continue
        if _FEEDBACK_TOPIC.search(head) and not _PUSH_TOPIC.match(head):
            what = _to_you(re.sub(r"^(?:ask (?:\w+ )?(?:for|about)|ask (?=what)|get (?:his|her|their|some|real|honest)?\s*)", "", head, flags=re.I).strip())
            what = re.sub(r"^(?:(?:some|real|honest|his|her|their)\s+)*feedback (?:on|about)\s+", "", what, flags=re.I)
            item = plan.add(0, 3, f"Feedback for you: {what}", "you", (
                f"Ask for it directly, and make it easy to be specific: one thing to keep and one to change, with an example. "
                f"Listen, thank {who}, and don't defend or explain; agree when you will check back."
                + (f" Say why you ask: {_to_you(facts)}." if facts else "")))
            item.leads = True
            item.questions.append("What is one thing I should do differently, and one I should keep?")
            plan.items = [x for x in plan.items if x.title != "Feedback for you"]
            continue
        if _AGREE_TOPIC.match(head):
            rule = _AGREE_TOPIC.sub("", head)
            item = plan.add(0, 4, f"Agree: {_to_you(rule)}", "you", (
                f"Propose it in one sentence, in {who}'s terms (fewer surprises, asks that land with the right person), and give the "
                f"reason with the facts.{said_facts} Ask what would make it workable for {who} (what counts as urgent, who to go to "
                "when you are out), and agree how you will both know it is kept."))
            item.leads = True
            item.questions.append("Would that work for you, and what would you change about it?")
            item.prep.append(f"Write it in one sentence ({_to_you(rule)}), with the cases this month that it would have changed.")
            continue
        if _PUSH_TOPIC.match(head):
            what = _to_you(_PUSH_TOPIC.sub("", head))
            item = plan.add(0, 4, f"Push back: {what}", "you", (
                f"Start from {who}'s goal: ask what it is meant to solve and say back what you heard. {_push_back_facts(notes)}Then the "
                f"cost with your numbers and dates, and one alternative that meets the same goal; end with the decision you need and by when."
                f"{said_facts}"))
            item.leads = True
            item.questions.append(f"What is behind {_first_person(_PUSH_TOPIC.sub('', head))}, and would the alternative I propose meet the same need?")
            item.prep.append(f"One page on {what}: {who}'s goal as you understand it, the cost with your numbers, your alternative.")
            continue
        if _RAISE_TOPIC.match(head) or not _ASK_TOPIC.match(head) and not re.match(r"(?:whether|if|more|another|a |an |budget|approval|sign-?off|two|three|\d)", head, re.I):
            what = _to_you(_RAISE_TOPIC.sub("", head))
            item = plan.add(0, 3, f"Raise: {what}", "you", (
                f"Say where you stand in one sentence, with your numbers; ask how {who} sees it, and end with what you need from "
                f"{who} (a decision, a steer) and by when.{said_facts}"))
            item.leads = True
            item.questions.append(f"How do you see {_first_person(_RAISE_TOPIC.sub('', head))}?")
            continue
        what = _to_you(_ASK_TOPIC.sub("", head))
        item = plan.add(0, 3, f"Ask: {what}", "you", (
            f"Lead with what you are asking for and your recommendation, the numbers behind it and the trade-off; end with the "
            f"decision you need and by when.{said_facts}"))
        item.leads = True
        item.questions.append(f"Can we decide {_first_person(_ASK_TOPIC.sub('', head))} today, or what would you need to see?")
        item.prep.append(f"One page on {what}: your recommendation, the numbers and the trade-off.")
    edge = _BOSS_EDGE.search(notes)
    if edge and plan.items:
        first = next(x for x in plan.items if x.title.startswith(("Agree:", "Push back:", "Ask:", "Feedback for you:")))
        first.notes = (f"Open by asking how {who} is doing ({_to_you(edge.group(0))}), and keep each topic to the facts and your ask, "
                       "so it stays a conversation, not a fight. " + first.notes)
    plan.rules.append(RuleApplied(rule="your-listed-topics", guidance="stay-informed-ask-right-questions",
                                  detail=f"Your {len(topics)} topics, in your words and order, before anything else."))


def _backing_item(plan: _Plan, who: str, topic: str, kind: str, notes: str, names: dict[str, str]) -> None:
    """An ask for the boss's backing ('backing for Sam to own model serving'), with the reason the manager gave after it."""
    what = topic.split(" for ", 1)[-1]
    why = _WHY_AFTER.search(notes[notes.casefold().find(what.casefold()[:20]) :])
    said = re.sub(r"\b[a-z]+\b", lambda m: names.get(m.group(0), m.group(0)), _to_you(why.group("w"))) if why else ""
    link = "it is what " if why and re.search(r"\bwhat\s*$", why.group(0)[: why.start("w") - why.start(0)], re.I) else "because "
    reason = f" and why ({link}{said})" if why else " and why"
    item = plan.add(0, 3, f"Ask: {topic}", "you", (
        f"Say plainly what you want {who}'s {kind} for{reason}: what it gives the goals {who} owns, what it "
        "costs and who covers what it replaces. Ask for a yes, or the condition that would get one, and by when."))
    item.leads = True
    item.questions.append(f"Would you back {what}, and if not yet, what would you need to see?")
    item.prep.append(f"One page on {topic}: what it gives, what it costs, who covers the work it replaces.")


# The reason said after an ask: '..., which is what sam wants', '... because it unblocks the audit'.
_WHY_AFTER = re.compile(r"^[^.;!?]{0,80}?(?:,\s*)?\b(?:which is what|that'?s what|since|because|as)\s+(?P<w>[^.;!?,]{3,60})", re.I)


# Your own load, raised with your boss ('that i've been working weekends since october', 'i'm stretched thin').
_OWN_LOAD = re.compile(r"\b(?:working|worked|work) (?:(?:most|every|all|the) )?(?:weekends?|evenings?|nights?|late|overtime|\d+[- ]hour)|\bweekends?\b|\bstretched\b|\bburn(?:ing|t|ed)? out\b|"
                       r"\b(?:too much|overloaded|underwater|drowning|exhausted|running on empty)\b|\b\d{2}[- ]hour weeks?\b", re.I)
# A decision between two named options ('whether my team owns the recommendations or marketing does').
_EITHER = re.compile(r"\bwhether (?P<a>.+?) or (?P<b>.+?)$", re.I)


def _topic_item(plan: _Plan, who: str, label: str, topic: str) -> None:
    """One topic the manager brings their boss, with the shape it needs: a decision between options set side by side,
    their own load with options to lighten it, else the recommendation, numbers and alternative."""
    topic = re.sub(r"^that\s+", "", topic, flags=re.I)
    either = _EITHER.search(topic)
    if _OWN_LOAD.search(topic) and not either:
        item = plan.add(0, 3, f"{label}: {topic}", "you", (
            f"Say it once, as a fact, not a complaint: {topic}. Say it is not sustainable and what it is starting to cost (the "
            f"work, your judgement, the team). Come with options for {who} to choose from: (1) what you would stop or slow down; "
            "(2) what you would hand to someone, and to whom; (3) the help you need (a hire, a contractor, a date moved). "
            "End with which one you recommend and when you will check the hours again."))
        item.questions.append("Of those options, which would you back, and can we agree it today?")
        item.prep.append("List what filled the extra hours (the work, roughly how many hours a week) and what you would stop or hand off first.")
    elif either:
        a, b = either.group("a").strip(), either.group("b").strip()
        item = plan.add(0, 3, f"{label}: {topic}", "you", (
            f"Set the two options side by side: (a) {a}; (b) {b}. For each, who does what, what it costs and what it changes "
            "for the customer; say which you recommend and why, and end with the decision you need and by when."))
        item.questions.append("Which of the two would you back, and can we settle it today, or what would you need to decide it?")
        item.prep.append(f"One page with both options ((a) {a}; (b) {b}): your recommendation, the numbers and the trade-off.")
    else:
        item = plan.add(0, 3, f"{label}: {topic}", "you", "Lead with your recommendation, the numbers behind it and the alternative you propose; end with the decision you need.")
        item.questions.append(f"Can we settle {topic} today, or what would you need to decide it?" if label != "Raise" else f"How do you see {topic}, and what would you back?")
        item.prep.append(f"One page on {topic}: your recommendation, the numbers and the trade-off.")
    item.leads = True


def _managing_up_items(plan: _Plan, name: str, notes: str, minutes: int = 30, others: list[str] | None = None) -> None:
    """A 1-on-1 with the manager's own manager: each topic they bring (a pushback, an ask, something the boss keeps
    doing), a short update, feedback for the manager and their own growth (left for another time when one
    push-back or one pattern to raise fills a short meeting)."""
    who = _mid(name)  # 'your boss', mid-sentence
    _managing_up_context(plan, who, notes)
    listed = listed_topics(notes)
    if listed:  # the manager's own list holds the meeting: their topics in order, updates in writing
        _listed_topic_items(plan, who, listed, notes, others)
        generic = next((x for x in plan.items if x.title == CUE_SPECS["managing_up"].title), None)
        if generic is not None:
            plan.items.remove(generic)
        if minutes <= 30 or len(listed) >= 3:
            plan.drops.add("feedback_prompts")
            plan.prep.append("Send the routine updates in writing beforehand: this meeting is for your topics.")
            return
        plan.add(2, 2, "Updates", "you", f"The two or three things {who} should know: what landed, what is at risk, what changed. Details in writing beforehand.")
        return
    topics_said = [(v, t) for v, t in _topics(notes) if not _GROWTH_RE.search(t)]  # their own growth has its item below
    agree = next((_to_you(t) for v, t in topics_said if "agree" in v), "")
    pattern = _pattern_items(plan, who, notes, agree, others)
    if pattern:  # the pattern and the agreement are the topics: 'raise it' or 'push back on the pattern' says no more
        topics_said = [(v, t) for v, t in topics_said if not _PRONOUN_TOPIC.match(t) and "agree" not in v and not re.match(r"the pattern\b", t, re.I)]
    names = {o.casefold(): o[:1].upper() + o[1:] for o in others or [] if o.isalpha()}
    for verb, topic in topics_said:
        topic = re.sub(r"\b[a-z]+\b", lambda m: names.get(m.group(0), m.group(0)), topic)  # 'sam' said as 'Sam'
        to_boss = re.sub(r"\b(?:her|his|their)\b", "your", topic, flags=re.I)  # asked of the boss: 'your plan to fold my team'
        to_boss = re.sub(r"\b(?:him|her|them)\s+(?=\w+ing\b)", "you ", re.sub(r"\s*\([^)]*\)", "", to_boss))  # 'him moving Priya', asked of him
        if verb == "agree":  # 'agree a rule going forward: no moves within 2 wks of a ship date without a talk with me first'
            _rule_item(plan, who, topic)  # the rule as the manager will say it: 'with me', not 'with you'
            continue
        topic = _to_you(_pronoun_topic(topic, notes))
        to_boss = _pronoun_topic(to_boss, notes)
        backing = re.match(r"get (?:\S+ )?(backing|support|sign-?off|approval|blessing|ok) (?:for|on)$", verb)
        if backing:
            topic = f"{backing.group(1)} for {topic}"
        label = "Push back" if verb == "push back on" else "Decision" if "decision" in verb else "Ask" if verb.startswith("ask") or backing else "Raise"
        if label == "Push back":
            _push_back_items(plan, who, topic, notes).questions[-1:] = [f"What is behind {to_boss}, and would the alternative I propose meet the same need?"]
            continue
        if backing:  # 'get his backing for sam to own model serving, which is what sam wants': the ask, its reason, a yes or a condition
            _backing_item(plan, who, topic, backing.group(1), notes, names)
            continue
        _topic_item(plan, who, label, topic)
    new_boss = bool(_NEW_BOSS.search(notes))  # a first meeting: no feedback or growth talk with someone who has not seen your work
    one_hard = (pattern and not topics_said) or (len(topics_said) == 1 and topics_said[0][0] == "push back on") or (  # a pattern to raise is as hard as a push-back
        {v for v, _ in topics_said} == {"push back on", "agree"})  # and so is a push-back with the rule that would prevent the next one
    two_asks = minutes <= 30 and len(topics_said) >= 2  # two asks fill a short meeting: no filler around them
    one_push = (one_hard or two_asks) and minutes <= 30 and not _GROWTH_RE.search(notes)
    plan.add(2, 2, "Updates", "you", f"The two or three things {who} should know: what landed, what is at risk, what changed. Details in writing beforehand.")
    topics = [x for x in plan.items if x.title.startswith(("Push back:", "Decision:", "Ask:", "Raise:", "The pattern:", "Risks to know about:"))]
    generic = next((x for x in plan.items if x.title == CUE_SPECS["managing_up"].title), None)
    if topics and generic is not None:  # the manager's own topics replace the generic item; its questions and prep stay
        plan.items.remove(generic)
        topics[0].questions += generic.questions
        topics[0].prep += generic.prep
    if one_push:  # the push-back needs the time: feedback and growth wait for the next 1-on-1
        plan.drops.add("feedback_prompts")  # and so do the prompts asking for feedback on you
        this = "what you are raising" if pattern else "your asks" if two_asks and not one_hard else "the push-back"
        plan.prep.append(f"Feedback for you and your growth wait for the next 1-on-1: this one is for {this}.")
        return
    if not new_boss:
        feedback = plan.add(3, 2, "Feedback for you", "both", f"Ask how {who} sees your work and your team's, and one thing to do differently.")
        feedback.questions.append("What should I do more of, or less of, as a lead on your team?")
    if new_boss and not _GROWTH_RE.search(notes):
        return
    growth = plan.add(0 if _GROWTH_RE.search(notes) else 4, 2, "Your growth", "you", f"Where you want to grow, and what {who} can do: scope, visibility, a stretch assignment, training.")
    growth.questions.append("What would you need to see from me to take on a bigger scope?")
    growth.prep.append("Write down where you want to be in a year and one concrete thing you are asking for.")


def _finish_line_item(plan: _Plan, p: Person, cues: list[str], project: str, drops: frozenset[str] = frozenset()) -> None:
    """Near the finish: protect it from new asks; in deep work: keep this the main check-in."""
    if p.status == "near_finish" or "near_finish" in cues:
        item = plan.add(2, 2, f"Finish line for {project}", "both", "Don't add new asks; agree what not to interrupt until it ships.")
        plan.rules.append(
            RuleApplied(
                rule="protect-near-finish",
                guidance="protect-near-finished-work",
                detail=f"Near the end of {project}; protect the finish.",
            )
        )
        item.questions.append(f"What do you need to close out {project} cleanly?")
        item.prep.append("Don't bring new asks; hold incoming requests until they have finished.")
    elif p.status == "deep_work" and "deep_work_note" not in drops:
        plan.prep.append("They are in deep work: keep this meeting the main check-in and let them cook.")


_KILLED = re.compile(r"\b(?:killed|cancell?ed|scrapped|shelved|axed|canned|pulled the plug on)\s+(?:his|her|their|the)\s+(?P<w>[\w -]{3,40}?(?:project|work|model|research|prototype|pilot))\b", re.I)


def _cancelled_item(plan: _Plan, words: Words, notes: str) -> bool:
    """Their project was cancelled and they withdrew since: how they are first, the manager's part in how it was handled
    owned plainly (when they say so), the real reason, then what they would want to own next. False when no project was
    cancelled."""
    killed = _KILLED.search(notes)
    if killed is None:
        return False
    what = f"the {killed.group('w').strip()}"
    own = (f" Then own your part plainly, without excuses: how the cancellation of {what} was handled is on you; say what you "
           f"would do differently (told {words.them} first, in person, with the reasons)." if OWN_PART.search(notes) else "")
    item = plan.add(0, 4, f"The cancelled {killed.group('w').strip()}: how it landed", "both", (
        f"Start by asking how {words.they} {words.are}, and listen.{own} Give the real reason for the decision in a sentence or two, "
        f"and that it was not a verdict on {words.their} work. Then listen to how it landed, without defending it."))
    item.rank, item.leads = 2, True
    item.questions += ["How are you doing, honestly?", f"How did the way {what} ended land for you?"]
    nxt = next((x for x in plan.items if x.title == CUE_SPECS["disengaged"].title), None)
    if nxt is not None:
        nxt.notes += (f" Ask what {words.they} would want to own next; if a piece of {what} could come back in a later plan, "
                      "say so only if you mean it. Agree one concrete change and a follow-up date.")
        nxt.questions.append("What would you want to own next?")
    plan.drops |= {"growth", "technical_prompts"}  # how they are and what they own next hold the meeting
    plan.rules.append(RuleApplied(rule="cancelled-work", guidance="explain-the-why",
                                  detail="Withdrawn since their project was cancelled: how they are, your part owned, the why, then what they would own next."))
    return True


# The manager never asked how a change landed ('i never really asked how that went', "haven't checked in on how the move went").
_NEVER_ASKED = re.compile(r"\b(?:never|not|haven'?t|have not|didn'?t|did not)\s+(?:really\s+|properly\s+|actually\s+)?(?:asked|checked in|talked)\b[^.;!?]{0,30}?\bhow\b[^.;!?]{0,25}?\b(?:went|going|landed|was|is|has been)\b", re.I)


def _reprioritization_item(plan: _Plan, p: Person, cues: list[str], notes: str = "", words: Words | None = None) -> None:
    """After a change of priorities: explain the why and listen to how it landed (a cancelled project: `_cancelled_item`)."""
    if not (p.recent_reprioritizations or "reprioritized" in cues):
        return
    if "disengaged" in cues and _cancelled_item(plan, words or Words(p.name), notes):
        return
    change = p.recent_reprioritizations[0] if p.recent_reprioritizations else "the recent change of priorities"
    if _NEVER_ASKED.search(notes):  # 'i never really asked how that went': ask and listen first, the why only if wanted
        w = words or Words(p.name)
        item = plan.add(2, 2, "How the move has gone", "both", (
            f"Say plainly you never properly asked how the move went ({change[0].lower() + change[1:].rstrip('.')}), and ask now: "
            f"what is better, what {w.they} miss{'es' if w.they in ('he', 'she') else ''}, and what would make the new work fit. "
            "Listen before explaining anything; give the reason behind the move only if it is still unclear."))
        plan.rules.append(RuleApplied(rule="explain-reprioritization", guidance="explain-the-why", detail=f"Recently reprioritized, and never asked how it went: {change}."))
        item.questions += ["Looking back at the move, what's better and what do you miss?", "What would make the new work a better fit for you?"]
        item.leads = True  # named by the manager: before what only the record holds
        return
    item = plan.add(
        2,
        2,
        "Why the priority changed",
        "you",
        f"Explain the reason behind: {change}. Acknowledge what it cost them (work set aside) and listen to how it landed.",
    )
    plan.rules.append(
        RuleApplied(rule="explain-reprioritization", guidance="explain-the-why", detail=f"Recently reprioritized: {change}.")
    )
    item.questions += ["How did the change of priorities land for you?", "What was hard to set aside?"]
    item.prep.append("Prepare the business reason behind the recent reprioritization.")


# They asked for feedback ("tom asked me for feedback on his first month", "she wants honest feedback on the launch").
_FEEDBACK_ASKED = re.compile(r"(?<!\bi )(?<!\bI )\b(?:asked|asks|asking|wants?|wanted|requested)\b(?: me)?(?: for)? (?:some |honest |more |real )?feedback\b(?: on (?P<on>[^.,;?!]+))?", re.I)


# Feedback the manager says they owe on something ('also owe her feedback on the schema review').
_FEEDBACK_OWED = re.compile(r"\b(?:owe|promised|owed)\s+(?:her|him|them|\w+)\s+(?:some\s+)?(?:feedback|notes|thoughts)\s+(?:on|about)\s+(?P<on>[^.,;?!]{3,60})", re.I)


def _feedback_item(plan: _Plan, inp: AgendaInput, *, burnout: bool, drops: frozenset[str] = frozenset()) -> None:
    """Feedback when the last was long ago or never recorded (for someone known); not on a burnout day."""
    p = inp.person
    overdue_days = (inp.today - p.last_feedback).days if p.last_feedback else None
    known = inp.person_in_team or p.last_feedback is not None
    asked = _FEEDBACK_ASKED.search(inp.notes)
    owed = _FEEDBACK_OWED.search(inp.notes)
    if owed and not asked and not burnout:  # 'also owe her feedback on the schema review': the manager's own item, named
        about = _clip_words(owed.group("on"), 6)
        item = plan.add(2, 2, f"Feedback you owe: {about}", "you", (
            f"You owe {p.name} feedback on {about}: give it plainly, with one thing that worked and one to do differently, each "
            "with an example from it; then ask how they saw it."))
        item.prep.append(f"Look at {about} again and write down the two points, each with an example.")
        plan.rules.append(RuleApplied(rule="feedback-owed", guidance="regular-feedback", detail=f"Feedback you owe on {about}."))
        return
    if asked and not burnout:  # they asked for it: it is the reason for the meeting, whatever the record says
        about = f" on {_clip_words(asked.group('on'), 6)}" if asked.group("on") else ""
        item = plan.add(0, 3, "The feedback you asked for", "you", (
            f"{p.name} asked for feedback{about}: give it plainly and early. Two specific things that are going well and one to "
            "improve, each with an example from the work and what good looks like; then ask what feedback they want more of, and how often."
        ))  # fmt: skip
        item.rank, item.leads = 2, True
        item.questions += ["Which of that matches how you see it?", "What feedback would you like more of, and how often?"]
        item.prep.append(f"Write down two specific things {p.name} does well and one to improve, each with an example and a date.")
        plan.rules.append(RuleApplied(rule="feedback-asked", guidance="regular-feedback", detail="They asked for feedback: it is given plainly, with examples, early."))
    elif burnout:
        plan.prep.append(f"The feedback you owe on {_clip_words(owed.group('on'), 6)} can wait a week: today is about workload and rest."
                         if owed else "Feedback can wait: today is about workload and rest.")
    elif "feedback" in drops:
        return  # the situation's own item covers it (expectations) or it can wait (back from leave)
    elif known and (overdue_days is None or overdue_days > FEEDBACK_OVERDUE_DAYS):
        since = f"{overdue_days} days ago" if overdue_days is not None else "never recorded"
        item = plan.add(3, 2, "Feedback", "you", f"Last feedback: {since}. Give specific feedback and ask for theirs.")
        plan.rules.append(
            RuleApplied(
                rule="feedback-overdue",
                guidance="regular-feedback",
                detail=f"Last feedback {since} (more than {FEEDBACK_OVERDUE_DAYS} days).",
            )
        )
        item.prep.append("Write down one specific thing that went well and one to improve, with examples.")


def _growth_item(plan: _Plan, inp: AgendaInput, cues: list[str], drops: frozenset[str] = frozenset()) -> str:
    """The growth line (learning time first when none was taken last month), added unless promotion covers it."""
    p = inp.person
    goal = p.career_goal or "not stated yet: ask where they want to grow"
    no_learning = inp.person_in_team and p.learning_hours_last_month <= 0 and "learning" not in drops
    if no_learning:
        growth = f"Career goal ({goal}): block learning time this month and pick one concrete learning goal."
        plan.rules.append(
            RuleApplied(rule="no-learning-time", guidance="invest-in-growth", detail="No learning time taken last month.")
        )
        plan.prep.append("Suggest a learning activity that serves their goal and protect time for it.")
    else:
        growth = f"Career goal ({goal}): what would stretch them next?"
    if "wants_promotion" not in cues and "growth" not in drops | plan.drops:
        item = plan.add(4, 2, "Growth and learning" if no_learning else "Growth", "them", growth)
        item.questions.append("What would help you get closer to your career goal in the next month?")
    return growth


def _feedback_prompts(project: str, drops: frozenset[str] = frozenset(), up: bool = False) -> list[FeedbackPrompt]:
    """Two technical and two interpersonal questions that ask for the manager's feedback (no technical critique
    for someone exhausted or just back from leave); with one's own manager, prompts that ask for feedback on you."""
    if up:
        return [
            FeedbackPrompt(kind="technical", prompt="Is there a decision on my team's work that you see differently?"),
            FeedbackPrompt(kind="interpersonal", prompt="How do you see the way I lead my team, and what would you change?"),
        ]
    prompts = [
        FeedbackPrompt(
            kind="technical",
            prompt=f"What is one technical decision on {project} you'd make differently now, and what did it teach you?",
        ),
        FeedbackPrompt(
            kind="technical", prompt="Is there a review, design or data issue you think I am underestimating?"
        ),
        FeedbackPrompt(
            kind="interpersonal",
            prompt="How is collaboration with the team and stakeholders going; anything I should know?",
        ),
        FeedbackPrompt(
            kind="interpersonal", prompt="What should I do more of, or less of, to help you do your best work?"
        ),
    ]
    return [f for f in prompts if not ("technical_prompts" in drops and f.kind == "technical")]


def _agenda(
    inp: AgendaInput, plan: _Plan, project: str, growth: str, drops: frozenset[str] = frozenset(),
    answers: list[AskAnswer] | None = None, aims: list[str] | None = None,
) -> Agenda:
    """The items that fit, with minutes that add up exactly, their questions and prep notes, rendered as Markdown."""
    p = inp.person
    drops = drops | plan.drops
    _apply_vetoes(plan)
    kept, deferred = _fit_items(plan.items, inp.minutes, inp.notes)
    minutes = _allocate([x.weight for x in kept], inp.minutes)
    items = [AgendaItem(minutes=m, title=x.title, owner=x.owner, notes=x.notes) for m, x in zip(minutes, kept)]
    check_in = "What's on your mind this week?"
    theirs = any(x.title == "Their topics" for x in kept)
    joint = bool(_PAIR_NAME.fullmatch(p.name)) and joint_after_separate(inp.notes)  # a joint meeting has no open check-in
    first = [check_in] if not joint and not any(x.rank == 2 for x in kept) else []  # the reason for the meeting asks first
    questions = first + [q for q in dict.fromkeys(q for x in kept for q in x.questions) if q != check_in]
    if theirs and check_in not in questions:
        questions.append(check_in)
    most = 6 if inp.minutes <= 30 else 8 if inp.minutes <= 45 else 10  # what one meeting can ask; the leading items' first
    if len(questions) > most:
        keep = [q for q in questions if q != check_in][: most - (check_in in questions)]
        questions = [q for q in questions if q in keep or q == check_in]
    prep = list(dict.fromkeys([n for x in kept for n in x.prep] + plan.prep))
    if deferred:
        prep.append(f"No time for {', '.join(_in_prose(x.title, p.name) for x in deferred)} in {inp.minutes} minutes; cover them next time.")
    if p.recent_wins:
        prep.append(f"Recognise recent wins: {'; '.join(p.recent_wins)}.")
    agenda = Agenda(
        person=p.name,
        minutes=inp.minutes,
        date=inp.today,
        items=items,
        questions=questions,
        feedback_prompts=[] if joint or "feedback_prompts" in drops else _feedback_prompts(project, drops, up="managing_up" in inp.cues),  # a joint meeting is no 1-on-1
        growth_item=growth,
        carried_over=list(p.open_action_items),
        prep_notes=prep,
        rules_applied=plan.rules,
        answers=answers or [],
        aims=aims or [],
        markdown="",
    )
    agenda.markdown = _markdown(agenda, p, inp)
    return agenda


def _apply_vetoes(plan: _Plan) -> None:
    """Take out every question, prep note and sentence of item notes that the stance or the advice rules out, so
    nothing in the prep contradicts it."""
    if not plan.vetoes:
        return
    hit = lambda text: any(v.search(text) for v in plan.vetoes)
    for item in plan.items:
        item.questions = [q for q in item.questions if not hit(q)]
        item.prep = [n for n in item.prep if not hit(n)]
        if not item.title.startswith(("You agree", "Own your part")):
            item.notes = " ".join(x for x in re.split(r"(?<=[.!?])\s+(?=[A-Z\u201c])", item.notes) if not hit(x))
    plan.items = [x for x in plan.items if x.notes or x.title == "Next steps and owners"]
    plan.prep = [n for n in plan.prep if not hit(n)]


# Items any 1-on-1 has, with nothing of this person in them, and the words that make one the manager's own topic.
_TEMPLATE_TITLES = {"Their topics": None, "Next steps and owners": None, "Updates": None,
                    "Feedback for you": re.compile(r"\bfeedback\b", re.I), "Your growth": re.compile(r"\b(?:growth|grow|career|promotion|path)\b", re.I)}


def _generic(item: _Item, notes: str) -> bool:
    """A template item the notes never asked for: the same in every meeting (an open slot, the close, routine updates,
    feedback for the manager, growth with no goal known)."""
    if item.title.startswith("Growth") and "not stated yet" in item.notes:
        return True
    if item.title not in _TEMPLATE_TITLES:
        return False
    named = _TEMPLATE_TITLES[item.title]
    return named is None or not named.search(notes)


def _fold_actions(items: list[_Item]) -> list[_Item]:
    """Last time's open actions, when time is short, are checked in the close (owners and dates) rather than taking a slot
    a named topic needs."""
    actions = next((x for x in items if x.title == "Action items from last time"), None)
    close = next((x for x in items if x.title == "Next steps and owners"), None)
    if actions is None or close is None:
        return items
    close.notes = f"{close.notes.rstrip('.')}; check last time's open actions too ({actions.notes})."
    return [x for x in items if x is not actions]


def _fit_items(items: list[_Item], minutes: int, notes: str = "") -> tuple[list[_Item], list[_Item]]:
    """The items that fit, in order, and the ones left for next time: about six to eight minutes an item (a 30-minute
    1-on-1 holds five, with next steps), yet an item about this person or what the manager named (the owed doc, the
    stated goal, the finish) is squeezed in at about four minutes rather than pushed to next time while template items
    stay."""
    cap = max((minutes + 10) // 8, 3)
    if len(items) <= cap:
        return items, []
    items = _fold_actions(items)
    order = sorted(range(len(items)), key=lambda i: (items[i].priority, i))
    keep = set(order[:cap])
    most = max(minutes // 4, cap)
    for i in order[cap:]:
        if len(keep) < most and not _generic(items[i], notes):
            keep.add(i)
    return [x for i, x in enumerate(items) if i in keep], [x for i, x in enumerate(items) if i not in keep]


def _mid(name: str) -> str:
    """A name as it reads mid-sentence: 'Your boss' (an unnamed boss) -> 'your boss'; a real name unchanged."""
    return name[0].lower() + name[1:] if name.startswith("Your ") else name


# The meeting asked for, not what it is for ('i need to have a hard conversation with ultan').
_MEETING_ASK = re.compile(r"\b(?:have|having|hold|book|set up|schedule|run|prep|plan)\s+(?:a|an|the|this|my|our)\s+(?:\w+\s+){0,2}(?:conversation|talk|chat|1[:-]1|one[- ]on[- ]one|meeting|catch[- ]?up)\b", re.I)


def _markdown(a: Agenda, p: Person, inp: AgendaInput) -> str:
    about = (
        f"{p.role}, {p.seniority}" + ("." if "returning_from_leave" in inp.cues else f"; status: {p.status}.")  # a status from before the leave
        if inp.person_in_team
        else f"{p.name} is not in the team file: this agenda is built from your notes and cues only."
    )
    if "managing_up" in inp.cues and not inp.person_in_team:  # one's own boss is never in the team file: nothing to say
        about = "Built from your notes: your asks first."
    if inp.relationship in ("peer", "other_team"):
        about = (f"{p.name} is {'a peer' if inp.relationship == 'peer' else 'in another team'}, not your report: "
                 "built from your notes, with no report's questions (growth, feedback for you).")
    two = bool(_PAIR_NAME.fullmatch(a.person)) and not inp.person_in_team
    if two:
        about = f"{a.person} are not in the team file: one agenda for both meetings, built from your notes and cues only."
    joint = two and joint_after_separate(inp.notes)
    if joint:
        about = f"{a.person} are not in the team file: this joint meeting is built from your notes and cues only."
    head = (f"# Joint meeting with {a.person} ({a.minutes} min" if joint else f"# 1-on-1s with {a.person}, separately ({a.minutes} min each"
            if two else f"# 1-on-1 with {_mid(a.person)} ({a.minutes} min")
    when = a.date.isoformat() if inp.dated else "day not given"  # no meeting day said: never today's date passed off as it
    lines = [f"{head}, {when})", "", about, ""]
    if a.answers:
        lines += ["## Your questions", ""] + [f"- **{x.question}** {x.answer} Why: {x.why}" for x in a.answers] + [""]
    aims = [_tidy_quote(x) for x in a.aims if len(x.split()) <= 12 and not _MEETING_ASK.search(x)]  # whole clauses or none: never cut mid-phrase
    if aims:
        lines += ["What you want from this meeting: " + "; ".join(f"\u201c{x}\u201d" for x in aims) + ".", ""]
    if inp.cues:
        lines += ["Situation: " + ", ".join(c.replace("_", " ") for c in dict.fromkeys(inp.cues)) + ".", ""]
    lines += ["## Agenda", ""]
    lines += [f"{i}. **{it.title}** ({it.minutes} min, {it.owner}): {it.notes}" for i, it in enumerate(a.items, 1)]
    lines += ["", "## Questions to ask", ""] + [f"- {q}" for q in a.questions]
    if a.feedback_prompts:
        lines += ["", "## Feedback prompts", ""] + [f"- ({f.kind}) {f.prompt}" for f in a.feedback_prompts]
    if a.carried_over:
        lines += ["", "## Carried-over action items", ""] + [f"- [ ] {x}" for x in a.carried_over]
    if a.prep_notes:
        lines += ["", "## Prep notes", ""] + [f"- {x}" for x in a.prep_notes]
    if a.rules_applied:
        lines += ["", "## Why this agenda", ""] + [f"- {r.detail} ({r.guidance})" for r in a.rules_applied]
    return "\n".join(lines) + "\n"


def agenda_input_from_team(team: Team, name: str, minutes: int = 30, today: date | None = None) -> AgendaInput:
    """Build an AgendaInput for one person in the team file."""
    person = team.person(name)
    if person is None:
        raise ToolInputError(
            f"No one called {name!r} in the team file; known people: {', '.join(p.name for p in team.people) or 'none'}."
        )
    # stretch options are new scope: their tasks on other projects come first, and the steps of the work they are
    # finishing now are no stretch at all when there is other work to offer
    current = person.current_work.project.casefold() if person.current_work else ""
    mine = [(pr, t) for pr in team.projects for t in pr.tasks if (t.assignee or "").casefold() == person.name.casefold()]
    other = [(pr, t) for pr, t in mine if pr.name.casefold() != current]
    work = [f"the {t.name[0].lower() + t.name[1:]} ({pr.name})" for pr, t in (other or mine)]
    return AgendaInput(person=person, minutes=minutes, today=today or date.today(), their_work=work[:12])
