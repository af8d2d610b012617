"""1-on-1 agendas: a time-boxed agenda for one person, built from where they stand (blocked, near
finishing, just reprioritized, overdue for feedback, short on learning time). Their topics come first;
each rule that shaped the agenda is listed with the guidance it follows. Minutes add up exactly.
"""

from __future__ import annotations

import datetime as _dt
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tools.errors import ToolInputError
from tools.team import Person, Team

FEEDBACK_OVERDUE_DAYS = 30


class AgendaInput(BaseModel):
    """The person, the meeting length and today's date."""

    model_config = ConfigDict(extra="forbid")

    person: Person = Field(
        description="The team member (role, status, current work, blockers, goals, action items...)."
    )
    minutes: int = Field(default=30, ge=15, le=120, description="Meeting length in minutes (15-120).")
    today: date = Field(description="Today's date (for feedback recency).")


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


def build_agenda(inp: AgendaInput) -> Agenda:
    """Build a time-boxed 1-on-1 agenda for one team member: unblocking first when they are stuck, their topics, protection of near-finished work, the why behind recent reprioritizations, overdue feedback, growth toward their goal and carried-over action items; minutes add up exactly to the meeting length."""
    p, today = inp.person, inp.today
    work = p.current_work
    project = work.project if work else "their current work"
    plan: list[tuple[float, str, str, str]] = []  # (weight, title, owner, notes)
    rules: list[RuleApplied] = []
    questions: list[str] = []
    prep: list[str] = []

    stuck = p.days_stuck > 0 or (p.status == "blocked" and bool(p.blockers))
    if stuck:
        blocker = p.blockers[0] if p.blockers else "the main blocker"
        days = f"{p.days_stuck:g} day(s)" if p.days_stuck > 0 else "an unknown time"
        plan.append((3, f"Unblock: {blocker}", "both", f"Stuck for {days}; agree who does what today to clear it."))
        rules.append(
            RuleApplied(
                rule="unblock-first",
                guidance="two-hour-rule",
                detail=f"Stuck for {days}, well past the two-hour rule; unblocking comes first.",
            )
        )
        questions.append("What have you tried, and what would unblock you today?")
        questions.append(
            "What stopped you from reaching out sooner? The two-hour rule is there so you don't stay stuck."
        )
        prep.append(f"Before the meeting, find who can help with: {blocker}.")

    plan.append((3, "Their topics", "them", "Open with what they want to discuss."))
    questions.insert(0, "What's on your mind this week?")

    if p.status == "near_finish":
        plan.append(
            (2, f"Finish line for {project}", "both", "Don't add new asks; agree what not to interrupt until it ships.")
        )
        rules.append(
            RuleApplied(
                rule="protect-near-finish",
                guidance="protect-near-finished-work",
                detail=f"Near the end of {project}; protect the finish.",
            )
        )
        questions.append(f"What do you need to close out {project} cleanly?")
        prep.append("Don't bring new asks; hold incoming requests until they have finished.")
    elif p.status == "deep_work":
        prep.append("They are in deep work: keep this meeting the main check-in and let them cook.")

    if p.recent_reprioritizations:
        change = p.recent_reprioritizations[0]
        plan.append(
            (2, "Why the priority changed", "you", f"Explain the reason behind: {change}. Listen to how it landed.")
        )
        rules.append(
            RuleApplied(
                rule="explain-reprioritization", guidance="explain-the-why", detail=f"Recently reprioritized: {change}."
            )
        )
        questions.append("How did the change of priorities land for you?")
        prep.append("Prepare the business reason behind the recent reprioritization.")

    overdue_days = (today - p.last_feedback).days if p.last_feedback else None
    if overdue_days is None or overdue_days > FEEDBACK_OVERDUE_DAYS:
        since = f"{overdue_days} days ago" if overdue_days is not None else "never recorded"
        plan.append((2, "Feedback", "you", f"Last feedback: {since}. Give specific feedback and ask for theirs."))
        rules.append(
            RuleApplied(
                rule="feedback-overdue",
                guidance="regular-feedback",
                detail=f"Last feedback {since} (more than {FEEDBACK_OVERDUE_DAYS} days).",
            )
        )
        prep.append("Write down one specific thing that went well and one to improve, with examples.")

    goal = p.career_goal or "not stated yet: ask where they want to grow"
    if p.learning_hours_last_month <= 0:
        growth = f"Career goal ({goal}): block learning time this month and pick one concrete learning goal."
        rules.append(
            RuleApplied(
                rule="no-learning-time", guidance="invest-in-growth", detail="No learning time taken last month."
            )
        )
        prep.append("Suggest a learning activity that serves their goal and protect time for it.")
    else:
        growth = f"Career goal ({goal}): what would stretch them next?"
    plan.append((2, "Growth and learning" if p.learning_hours_last_month <= 0 else "Growth", "them", growth))
    questions.append("What would help you get closer to your career goal in the next month?")

    if p.open_action_items:
        plan.append((1, "Action items from last time", "both", "; ".join(p.open_action_items)))
        rules.append(
            RuleApplied(
                rule="carry-over-actions",
                guidance="follow-through",
                detail=f"{len(p.open_action_items)} open action item(s).",
            )
        )

    plan.append((1, "Next steps and owners", "both", "Agree actions, owners and dates."))

    minutes = _allocate([w for w, *_ in plan], inp.minutes)
    items = [AgendaItem(minutes=m, title=t, owner=o, notes=n) for m, (_, t, o, n) in zip(minutes, plan)]

    if p.recent_wins:
        prep.append(f"Recognise recent wins: {'; '.join(p.recent_wins)}.")
    feedback = [
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
    agenda = Agenda(
        person=p.name,
        minutes=inp.minutes,
        date=today,
        items=items,
        questions=questions,
        feedback_prompts=feedback,
        growth_item=growth,
        carried_over=list(p.open_action_items),
        prep_notes=prep,
        rules_applied=rules,
        markdown="",
    )
    agenda.markdown = _markdown(agenda, p)
    return agenda


def _markdown(a: Agenda, p: Person) -> str:
    lines = [
        f"# 1-on-1 with {a.person} ({a.minutes} min, {a.date.isoformat()})",
        "",
        f"{p.role}, {p.seniority}; status: {p.status}.",
        "",
    ]
    lines += ["## Agenda", ""]
    lines += [f"{i}. **{it.title}** ({it.minutes} min, {it.owner}): {it.notes}" for i, it in enumerate(a.items, 1)]
    lines += ["", "## Questions to ask", ""] + [f"- {q}" for q in a.questions]
    lines += ["", "## Feedback prompts", ""] + [f"- ({f.kind}) {f.prompt}" for f in a.feedback_prompts]
    if a.carried_over:
        lines += ["", "## Carried-over action items", ""] + [f"- [ ] {x}" for x in a.carried_over]
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
    return AgendaInput(person=person, minutes=minutes, today=today or date.today())
