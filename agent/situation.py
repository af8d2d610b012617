"""The manager's situation, understood once per turn: what they ask for (intents) and the facts of the
case, each with where it came from (the question, the team file, or an assumption) and the words it
came from. Planners, composers, drafts and the app read this model; nothing re-reads the raw question.

Durations are working weeks as `[low, likely, high]` (5 working days = 1 week); dates are ISO dates
resolved against today's date.
"""

from __future__ import annotations

from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from agent.types import Intent

FactName = Literal[
    "person",
    "person_in_team",
    "person_role",
    "project",
    "done_weeks",
    "remaining_weeks",
    "new_work",
    "new_work_weeks",
    "success_probability",
    "deadline",
    "start_date",
    "requester",
    "audience",
    "recipient",
    "recipient_org",
    "recipient_group",
    "purpose",
    "meeting_minutes",
    "meeting_date",
    "cues",
    "question_asked",
    "tasks",
    "parallel",
    "headcount",
    "load_percent",
    "backlog_weeks",
    "confidence_level",
    "decision",
    "reason",
    "request_title",
    "request_kind",
    "request_effort_weeks",
    "urgency",
    "org",
    "org_change",
    "draft_text",
    "cost",
    "days_off",
    "away_days",
    "away_person",
    "work_share",
    "work_share_until",
    "no_year_end_break",
    "due_item",
    "blocker",
    "offer",
    "requests",
    "interrupt_budget_days",
    "with_inbox",
    "free_teammates",
    "time_share",
    "share_offered",
    "new_date",
    "current_deadline",
    "new_work_shape",
    "checkpoint",
    "promised_to",
    "milestone",
    "ships_on",
    "done_tasks",
    "ready_before",
    "answer_by",
    "relationship",
    "fallback_asked",
]
FACT_NAMES: tuple[str, ...] = get_args(FactName)

FACT_DOCS: dict[str, str] = {
    "person": "The team member the question is about (a name, in the team file or not).",
    "person_in_team": "True when that person is in the loaded team file.",
    "person_role": "Their role or seniority as the question describes it ('senior engineer', 'new hire').",
    "project": "The project the question is about: their current work, or the project to forecast.",
    "done_weeks": "Working weeks already invested in the current work.",
    "remaining_weeks": "Working weeks left on the current work, [low, likely, high].",
    "new_work": "The new work being asked for (a short name).",
    "new_work_weeks": "Effort of the new work in working weeks, [low, likely, high].",
    "success_probability": "Stated chance (0-1) that the risky part works ('maybe 60%', 'a coin flip').",
    "deadline": "The date that matters (ISO), resolved against today ('8 Jan', 'in 7 weeks', 'end of quarter').",
    "start_date": "When a change starts (ISO), e.g. 'from next week', 'on Monday'.",
    "requester": "Who is asking (a name or a role: 'my director', 'Victor').",
    "audience": "The recipient's role: vp, cto, cfo, ceo, director, head_of_product, product, exec, own_team, peer_team, report, customer.",
    "recipient": "The recipient's name when known.",
    "recipient_group": "A group the message is for, with or without a named person ('wiebke + the 3 product leads', 'post for #contracts-ml'): greet them as a group.",
    "recipient_org": "The organisation the recipient belongs to when the question says ('mariana at valle verde co-op'): the message says 'your' for what is theirs.",
    "purpose": "What a drafted message must do: answer_question, forecast_risk, decline_or_negotiate, ask_for_resources, explain_uncertainty, announce_change, respond_to_reprioritization, progress_update, rewrite (clean up a pasted message).",
    "meeting_minutes": "Length of the meeting in minutes.",
    "meeting_date": "For 1-on-1s: the day of the meeting (ISO date), when the question says ('tomorrow', 'Thursday').",
    "cues": "For 1-on-1s: new_hire, quiet, burnout, wants_promotion, stuck, underperforming, conflict, research_go_no_go, conduct (how they treat others, raised by those on the receiving end), returning_from_leave, reprioritized, near_finish, disengaged, retention_risk (an outside offer, interviews, may leave), inherited, managing_up, skip_level.",
    "question_asked": "The stakeholder's actual question, in plain words ('can we ship by early January?').",
    "tasks": "Tasks to forecast, in order: [{name, weeks: [low, likely, high], success_probability}].",
    "parallel": "True when the tasks run in parallel rather than one after another.",
    "headcount": "How many people the manager wants to ask for.",
    "load_percent": "How loaded the team is, as a percentage of capacity ('about 120% of capacity').",
    "backlog_weeks": "Size of the backlog in working weeks.",
    "confidence_level": "Confidence level the manager asks a date for, in percent ('with 85% confidence').",
    "decision": "A decision the manager has already made and wants to communicate ('Priya moves after fraud v3 ships').",
    "reason": "What the manager wants explained, in their words ('why the offline gains did not show up in the A/B test').",
    "request_title": "The incoming request, in short.",
    "request_kind": "Its kind: feature, ad_hoc_analysis, question, incident, compliance, demo (a demo, talk or webinar), report, meeting (a conversation to book).",
    "request_effort_weeks": "Effort of the incoming request in working weeks, [low, likely, high].",
    "urgency": "How urgent the request is: low, normal, high, critical.",
    "org": "Org questionnaire answers the description implies: {question_id: answer}, each from stated words.",
    "org_change": "The org change the description floats, in its words ('moving the MLOps team under me').",
    "draft_text": "A message the manager pasted to clean up, soften, tighten or check, in their words.",
    "cost": "What a resource ask costs, in the manager's words ('roughly 180k fully loaded', 'about $30k').",
    "requests": "Requests pasted as a list, one per line: [{title, requester, requester_role, kind, urgency, effort_days, deadline}].",
    "time_share": "Share of the person's time the new work would take (0-1), e.g. '2 days a week' = 0.4.",
    "share_offered": "True when the share of time is the manager's own answer to the ask ('i'd rather give him one day a week of lena'): the plan the reply states.",
    "interrupt_budget_days": "Working days of interruptions the team can absorb this week, as the question states.",
    "free_teammates": "The team file's people marked available, other than the person asked for: who could take new work instead.",
    "with_inbox": "True when the one request is weighed with the team file's inbox ('on top of what's already in the inbox').",
    "offer": "The counter-offer the manager states for a decline ('what i can offer: a 2-week propensity score from jan 11').",
    "blocker": "What the person is stuck on and for how long, in the manager's words (a 1-on-1's first item; a forecast says what it assumes of it).",
    "days_off": "Working days the team is off that the question states (ISO dates), skipped by forecasts.",
    "no_year_end_break": "True when the manager says the team works through the year-end holidays ('we work through christmas'): the forecast assumes no break.",
    "away_days": "The weekdays of days_off that are one person's own time off ('she's on leave 14-18 dec'), not the team's: the forecast skips them, but they are no team break.",
    "work_share": "In a forecast: the share of a person's time the work gets ('he's only at 50% on it', '40% of her time', 'tom's only on it about 60%'), 0-1; their tasks take that much longer (stated tasks are all theirs; in a team-file project, only the tasks of the person named).",
    "work_share_until": "The last day the stated share of time holds ('60% on it ... till mid jan'): after it the person is back full time (ISO date).",
    "away_person": "Whose own time off away_days is: the person named just before it ('sam is off 14-18 dec'); a forecast stretches only that person's tasks by it when the plan says who does what.",
    "due_item": "What the date that matters is due for, from the date's own clause ('grace's lineage doc (due the 15th)'): the item due then, which need not be the person's current work.",
    "current_deadline": "In a move: the date the person's CURRENT work must land by, when the question ties a date to it ('limit model has to be with model risk by end of jan'); deadline is then the new work's, if stated.",
    "new_work_shape": "In a move: fixed_loan when the new work is a fixed stretch of the person's time ('borrow tom for two weeks starting the 14th', 'for a couple sprints', 'until the demo on the 17th'), so splitting it makes no sense.",
    "checkpoint": "True when the date that matters is a decision on the evidence so far, not the work finishing ('a go/no-go by end of feb').",
    "promised_to": "Who the date that matters was promised to ('i told marta we'd decide by the 20th'), a name.",
    "fallback_asked": "True when the manager asks what to offer if the answer to the ask is no ('what do i offer her if it's a no'): the offers that keep the date, and the line that says no with them, are drafted too.",
    "milestone": "The one task of the named team project the date is asked for ('the summarizer's prompted baseline'): the forecast ends there.",
    "ships_on": "The task of the named team project the release goes out on ('we launch on the prompted baseline'): the forecast counts it, what it waits for and what waits only on it, each on its own estimate; the rest is left out.",
    "done_tasks": "Steps of the plan the question says are done ('the backfill wrapped today', 'picks up at train and tune'): never simulated; the forecast counts what is left.",
    "new_date": "The new date of a slip or move the manager states (ISO): 'slips from dec 18 to feb 5' gives deadline 18 Dec, new_date 5 Feb.",
    "answer_by": "When the asker needs the ANSWER (ISO), not the work ('need to know by xmas whether to plan manual orders', 'let me know by thurs'): never the date a forecast tests.",
    "relationship": "For 1-on-1s: who the person is to the manager when not one of their reports: peer (leads another team, 'he\'s a peer, not my report'), boss, skip (a report's report), other_team (works in another team).",
    "ready_before": "True when the work must be in place before the date that matters, for something that happens on it ('live for the feb 1 emails', 'before the march 15 shutdown'): the forecast counts to the working day before.",
}

Source = Literal["question", "team_file", "assumed"]
FactValue = bool | int | float | str | list[Any] | dict[str, Any]


class Fact(BaseModel):
    """One fact of the situation, with its provenance."""

    model_config = ConfigDict(extra="forbid")

    name: FactName = Field(description="Fact name from the fixed vocabulary (see FACT_DOCS).")
    value: FactValue = Field(description="The value; durations are [low, likely, high] working weeks, dates ISO.")
    source: Source = Field(description="question, team_file or assumed.")
    text: str = Field(default="", description="The words of the question it came from, or why it was assumed.")


class Unclear(BaseModel):
    """Words read into a fact that could not be what the fact says; the fact was set aside and is asked about."""

    model_config = ConfigDict(extra="forbid")

    fact: FactName = Field(description="The fact the words were read as.")
    words: str = Field(description="The words of the question, as the manager wrote them.")
    read_as: str = Field(description="What they were read as, in plain words ('a person', 'the new work').")
    ask: str = Field(description="The question that settles it.")


DateRole = Literal["deadline", "answer_by", "start", "off", "away", "back", "until", "stake", "past", "event", "hedge"]
DATE_ROLE_DOCS: dict[str, str] = {
    "deadline": "a date the work must meet: the only role a forecast tests",
    "answer_by": "when the asker needs the answer, not the work ('need to know by xmas whether ...')",
    "start": "when something starts: the work, a loan or share ('from the wk of jan 11'), a change",
    "off": "a day nobody works: a closure or holiday the manager states ('we shut from the 23rd dec to jan 3rd')",
    "away": "a day one person does not work, said of them ('he's also off the 21st to the 23rd', 'ravi is on leave from jan 4'): their days off, not a closure",
    "back": "the first day back after a closure or an absence ('doesn't come back till the 7th', 'reopens jan 5'): the days off end the day before",
    "until": "the end of a stretch that started earlier ('from the 14th until mid feb', 'through january')",
    "stake": "what a miss costs ('or we miss the dec 18 retrain')",
    "past": "a date already gone ('the fix on the 1st', 'the last friday deploy')",
    "event": "when something else happens or is from, which the work need not meet ('the returns data from this christmas')",
    "hedge": "a tentative date said with a hedge in its own clause ('she'll probably be in on monday', 'friday-ish'): never a deadline",
}


class StatedDate(BaseModel):
    """One date the question states, resolved, with its role read from the clause around it."""

    model_config = ConfigDict(extra="forbid")

    date: str = Field(description="ISO date.")
    role: DateRole = Field(description="What the date is to the manager (see DATE_ROLE_DOCS).")
    words: str = Field(default="", description="The words of the question it came from.")
    weekday_said: str = Field(default="", description="A weekday said with the date that is not its own ('tue jan 6', a Wednesday): the date stands, the mismatch is said.")


class Unused(BaseModel):
    """Something the manager named (a dated event, a project, a person, a blocker) that the answer does not use."""

    model_config = ConfigDict(extra="forbid")

    words: str = Field(description="The words of the question, as the manager wrote them.")
    what: str = Field(description="What it is, in plain words ('Wed 09 Dec', 'a project in your team file').")


class Situation(BaseModel):
    """What the manager asks for and the facts of the case, parsed once per turn."""

    model_config = ConfigDict(extra="forbid")

    intents: list[Intent] = Field(default_factory=list, description="What is asked for, most important first.")
    facts: list[Fact] = Field(default_factory=list, description="Facts, one per name.")
    missing: list[FactName] = Field(default_factory=list, description="Facts that change the answer and are not known.")
    clarifying_question: str | None = Field(default=None, description="One short question to ask, when it matters.")
    unclear: list[Unclear] = Field(default_factory=list, description="Words set aside because they cannot be what they were read as.")
    dates: list[StatedDate] = Field(default_factory=list, description="Every date the question states, each in its role, in the order said.")
    unused: list[Unused] = Field(default_factory=list, description="What the manager named that the answer does not use, so it is said, never silently dropped.")

    @property
    def intent(self) -> str:
        """The main intent (the first one asked for)."""
        return self.intents[0] if self.intents else "guidance"

    def fact(self, name: str) -> Fact | None:
        """The fact with this name, if known."""
        return next((f for f in self.facts if f.name == name), None)

    def get(self, name: str, default: Any = None) -> Any:
        """The value of a fact, or `default`."""
        found = self.fact(name)
        return default if found is None else found.value

    def has(self, name: str) -> bool:
        """True when the fact is known (from any source)."""
        return self.fact(name) is not None

    def stated(self, name: str) -> bool:
        """True when the question itself states the fact."""
        found = self.fact(name)
        return found is not None and found.source == "question"

    def put(self, name: str, value: Any, source: str, text: str = "") -> Fact:
        """Set a fact, replacing an earlier one of the same name."""
        fact = Fact(name=name, value=value, source=source, text=text)
        self.facts = [f for f in self.facts if f.name != name] + [fact]
        return fact

    def drop(self, name: str) -> None:
        """Remove a fact (when a more specific one holds it, e.g. a task's own chance)."""
        self.facts = [f for f in self.facts if f.name != name]

    def assumed(self) -> list[Fact]:
        """Facts that were assumed rather than stated or read from the team file."""
        return [f for f in self.facts if f.source == "assumed"]

    def to_json(self) -> dict[str, Any]:
        """The `situation` object of `lead ask --json`."""
        return {
            "intents": list(self.intents),
            "facts": [f.model_dump(mode="json") for f in self.facts],
            "missing": list(self.missing),
            "clarifying_question": self.clarifying_question,
            "unclear": [u.model_dump() for u in self.unclear],
            "dates": [d.model_dump() for d in self.dates],
            "unused": [u.model_dump() for u in self.unused],
        }
