"""Typed records of a rehearsal: the counterpart's role and difficulty, the case's numbers, transcript lines,
the scorecard and the saved session."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["vp", "cto", "cfo", "head_of_product", "peer_lead", "report"]
ROLES: tuple[str, ...] = get_args(Role)
Difficulty = Literal["easy", "realistic", "tough"]
DIFFICULTIES: tuple[str, ...] = get_args(Difficulty)
Speaker = Literal["counterpart", "manager"]
Score = Literal[0, 50, 100]


class StrategyFigures(BaseModel):
    """One what-if strategy's figures, as the counterpart and the scorecard use them."""

    strategy: str = Field(description="switch_now, finish_first, split_capacity or defer_new.")
    label: str = Field(description="Readable name, e.g. 'finishing first'.")
    deadline_probability: float = Field(description="Chance the new work meets its deadline (0-1).")
    lost_days: float = Field(description="Expected working days lost to switching.")
    current_p80_weeks: float = Field(description="When the current work lands (P80, weeks from now).")
    new_p80_weeks: float = Field(description="When the new work lands (P80, weeks from now).")


class Case(BaseModel):
    """The numbers of the situation being rehearsed, each from the team file, the situation or the what-if."""

    model_config = ConfigDict(extra="forbid")

    person: str | None = Field(default=None, description="The team member the situation is about.")
    project: str | None = Field(default=None, description="Their current work.")
    weeks_invested: float | None = Field(default=None, description="Weeks already spent on the current work.")
    remaining_weeks: list[float] | None = Field(default=None, description="[low, likely, high] weeks left.")
    new_work: str | None = Field(default=None, description="The new work competing for them.")
    new_work_weeks: list[float] | None = Field(default=None, description="[low, likely, high] weeks of new work.")
    deadline_weeks: float | None = Field(default=None, description="The new work's deadline, weeks from today.")
    requester: str | None = Field(default=None, description="Who asked for the change, when the team file says.")
    switches_this_quarter: int = Field(default=0, description="Earlier reprioritizations the team file lists for them.")
    strategies: list[StrategyFigures] = Field(default_factory=list, description="What-if figures per strategy.")
    recommendation: str | None = Field(default=None, description="The what-if's recommended strategy.")
    deadline_at_risk: bool = Field(default=False, description="True when no strategy meets the deadline safely.")
    assumptions: list[str] = Field(default_factory=list, description="Numbers that were assumed, said plainly.")

    def figures(self, strategy: str) -> StrategyFigures | None:
        """The figures of one strategy, if the what-if ran."""
        return next((s for s in self.strategies if s.strategy == strategy), None)

    @property
    def has_whatif(self) -> bool:
        return bool(self.strategies)


class Line(BaseModel):
    """One line of the conversation."""

    speaker: Speaker = Field(description="counterpart or manager.")
    text: str = Field(description="What was said.")
    move: str = Field(default="", description="Counterpart only: the pushback move the line makes.")


class Criterion(BaseModel):
    """One scorecard criterion with the manager's own words as evidence and a better line."""

    name: str = Field(description="Criterion id, e.g. leads_with_decision.")
    title: str = Field(description="What the criterion asks for, in words.")
    score: Score = Field(description="0, 50 or 100.")
    evidence: str = Field(description="The manager's own words this score rests on (empty if they said nothing).")
    better: str = Field(description="A line that would score 100.")


class Scorecard(BaseModel):
    """The scorecard of a rehearsal."""

    overall: int = Field(description="Mean of the criterion scores, 0-100.")
    criteria: list[Criterion] = Field(description="One entry per criterion, in a fixed order.")
    practise_next: list[str] = Field(description="What to practise next, weakest first.")


class Session(BaseModel):
    """A saved rehearsal: who played whom, on what situation, the transcript and (once ended) the scorecard."""

    id: str = Field(description="Session id, e.g. rh-1a2b3c4d.")
    role: Role = Field(description="The counterpart's role.")
    name: str = Field(description="The counterpart's name.")
    difficulty: Difficulty = Field(description="How hard the counterpart pushes.")
    situation: str = Field(description="The situation as the manager described it.")
    case: Case = Field(description="The numbers behind the situation.")
    transcript: list[Line] = Field(default_factory=list, description="The conversation so far.")
    scorecard: Scorecard | None = Field(default=None, description="Set when the session ends.")
    notices: list[str] = Field(default_factory=list, description="Things the manager should know (model fallbacks).")
    created_at: str = Field(default="", description="ISO time the session started.")

    def manager_lines(self) -> list[str]:
        """What the manager said, in order."""
        return [line.text for line in self.transcript if line.speaker == "manager"]

    def to_json(self) -> dict[str, object]:
        """The `lead rehearse --json` object."""
        return {
            "id": self.id,
            "role": self.role,
            "name": self.name,
            "difficulty": self.difficulty,
            "situation": self.situation,
            "numbers": self.case.model_dump(mode="json"),
            "transcript": [{"speaker": line.speaker, "text": line.text} for line in self.transcript],
            "scorecard": self.scorecard.model_dump(mode="json") if self.scorecard else None,
            "notices": list(self.notices),
        }
