"""Reprioritization what-ifs: when new work lands on someone mid-project, compare switching now,
finishing first, splitting their time, and deferring the new work to the next planning cycle.

Times are in weeks from now for one person at full capacity; remaining and new work are triangular
draws. Switching costs are explicit inputs with defaults: ramp-up on the new work (0.5 week, paid by
every strategy since the new work is new to them), re-ramp when resuming paused work (0.5 week), decay
of paused work (remaining work grows 5% per week paused: knowledge loss, stale branches and data), and
a split-capacity overhead (15% of capacity lost to context switching while both are open). `switch_now`
pauses the current work for the whole new work (from the new work's `start_weeks`); `finish_first` starts the
new work when the current work is done; `split_capacity` gives the new work a fraction of the time until either finishes, then
full time to the other; `defer_new` keeps going until the next planning cycle (`defer_weeks`), then
switches if the current work is not done yet. "Lost days" are expected working days of ramp-up,
re-ramp, decay and overhead. Each strategy also gets the chance the current work keeps its own date, when it has
one. The recommendation (`_recommend`) weighs only real dates: an urgent short request is done now if the current
work's date survives it; a stated new date is met with the fewest lost days; the current work's own date decides
when the new work has none (a time share or a loan is time-boxed); with no real date the answer depends on when the
new work is needed, and says so. Whether the current work's approach succeeds does not change its timing here.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from lead_core.numbers import chance_words, days_words, triangular
from lead_core.units import WORKDAYS_PER_WEEK, next_working_day, working_day_ending
from tools.errors import ToolInputError
from tools.team import MAX_HOLIDAYS, Team

Strategy = Literal["switch_now", "finish_first", "split_capacity", "defer_new"]
STRATEGIES: tuple[str, ...] = ("switch_now", "finish_first", "split_capacity", "defer_new")
LABELS = {
    "switch_now": "switching now",
    "finish_first": "finishing first",
    "split_capacity": "splitting time",
    "defer_new": "deferring the new work",
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, allow_inf_nan=False)


class DatedCommitment(_Strict):
    """Something else the person owes by a date (an ask that names them, a task on another project)."""

    title: str = Field(min_length=1, max_length=200, description="What is owed.")
    due_date: date = Field(description="When it is due.")
    requester: str = Field(default="", max_length=80, description="Who is waiting for it, when known.")
    effort_days: float | None = Field(default=None, gt=0, le=365, description="Working days of their work it takes, when known.")


class WorkInFlight(_Strict):
    """The work the person is doing now."""

    person: str = Field(default="the engineer", min_length=1, max_length=80, description="Who is doing it.")
    project: str = Field(default="current work", min_length=1, max_length=120, description="What it is.")
    weeks_invested: float = Field(default=0, ge=0, le=520, description="Weeks already spent on it.")
    remaining_low: float = Field(ge=0, le=260, description="Optimistic remaining weeks.")
    remaining_likely: float = Field(ge=0, le=260, description="Most likely remaining weeks.")
    remaining_high: float = Field(ge=0, le=260, description="Pessimistic remaining weeks.")
    success_probability: float = Field(default=0.9, ge=0, le=1, description="Chance the current approach works.")
    success_assumed: bool = Field(
        default=False, description="True when nobody stated that chance: the answer says the figure is assumed wherever it shows."
    )
    value: Literal["low", "medium", "high"] = Field(default="high", description="Business value of finishing it.")
    deadline_weeks: float | None = Field(
        default=None, gt=0, le=520, description="The current work's own date, in weeks from now (null when it has none)."
    )
    due_date: date | None = Field(
        default=None, description="That date as a calendar date, for the answer's wording (deadline_weeks is what is simulated)."
    )
    due_is_decision: bool = Field(
        default=False,
        description="True when that date is a decision point (a go/no-go on the evidence so far), not the work finishing.",
    )
    promised_to: str = Field(default="", max_length=80, description="Who was promised that date, when the manager said.")
    owner_only: bool = Field(
        default=False,
        description="True when nobody else can carry the work while the person is away (research only its owner knows).",
    )
    other_commitments: list[DatedCommitment] = Field(
        default_factory=list, max_length=50,
        description="The person's other dated commitments, to check against a loan's or a share's dates.",
    )
    blocked_on: str = Field(
        default="", max_length=300,
        description="What the person is blocked on now, in the team's words: while it lasts the current work cannot move, "
        "so time lent meanwhile costs it less than the slip simulated (which assumes the work could move).",
    )
    free_teammates: list[str] = Field(
        default_factory=list, max_length=20, description="Teammates free now who could clear the block while the person is away.",
    )

    @model_validator(mode="after")
    def _ordered(self) -> "WorkInFlight":
        if not self.remaining_low <= self.remaining_likely <= self.remaining_high:
            raise ValueError("remaining weeks must satisfy remaining_low <= remaining_likely <= remaining_high")
        return self


class NewWork(_Strict):
    """The new request competing for the same person."""

    title: str = Field(default="new work", min_length=1, max_length=200, description="What is being asked.")
    estimate_low: float = Field(gt=0, le=260, description="Optimistic effort in weeks.")
    estimate_likely: float = Field(gt=0, le=260, description="Most likely effort in weeks.")
    estimate_high: float = Field(gt=0, le=260, description="Pessimistic effort in weeks.")
    deadline_weeks: float = Field(gt=0, le=520, description="Deadline in weeks from now.")
    value: Literal["low", "medium", "high"] = Field(default="high", description="Business value of the new work.")
    deadline: Literal["stated", "assumed", "none"] = Field(
        default="stated",
        description="Whether deadline_weeks is the requester's date (stated), a guess (assumed) or only a horizon (none); "
        "only a stated date decides the recommendation.",
    )
    shape: Literal["open_ended", "fixed_loan", "time_share"] = Field(
        default="open_ended",
        description="open_ended: work to finish; fixed_loan: a fixed stretch of full time (split makes no sense); "
        "time_share: a share of the person's week for a period (estimate = the share's working weeks in total).",
    )
    start_weeks: float = Field(default=0, ge=0, le=52, description="When the new work is asked to start, weeks from now.")
    due_date: date | None = Field(
        default=None, description="The new work's date as a calendar date, for the answer's wording (deadline_weeks is simulated)."
    )
    urgent: bool = Field(default=False, description="The requester says it is urgent.")
    first_day: date | None = Field(default=None, description="A loan's or a share's first day, when its dates are fixed.")
    last_day: date | None = Field(default=None, description="A loan's or a share's last day, when its dates are fixed.")

    @model_validator(mode="after")
    def _ordered(self) -> "NewWork":
        if not self.estimate_low <= self.estimate_likely <= self.estimate_high:
            raise ValueError("estimates must satisfy estimate_low <= estimate_likely <= estimate_high")
        return self


class WhatIfInput(_Strict):
    """Work in flight, the new request, the strategies to compare and the switching costs."""

    current: WorkInFlight = Field(description="The work in flight.")
    new_work: NewWork = Field(description="The new request.")
    instead: WorkInFlight | None = Field(
        default=None,
        description="Someone else who could take the new work instead, with their own work in flight (null when none named).",
    )
    strategies: list[Strategy] = Field(
        default_factory=lambda: list(STRATEGIES),
        min_length=1,
        max_length=4,
        description="Strategies to compare: switch_now, finish_first, split_capacity, defer_new (default all).",
    )
    split_fraction: float = Field(
        default=0.5, ge=0.05, le=0.95, description="split_capacity: fraction of time given to the new work (0.05-0.95)."
    )
    defer_weeks: float = Field(
        default=2.0, ge=0, le=52, description="defer_new: weeks until the next planning cycle, when the new work starts."
    )
    ramp_up_weeks: float = Field(default=0.5, ge=0, le=26, description="Weeks of ramp-up before the new work moves.")
    re_ramp_weeks: float = Field(default=0.5, ge=0, le=26, description="Weeks to get back into paused work.")
    decay_per_week: float = Field(
        default=0.05, ge=0, le=1, description="Fraction by which paused remaining work grows per week paused."
    )
    split_overhead: float = Field(
        default=0.15, ge=0, le=0.9, description="Fraction of capacity lost to context switching while splitting time."
    )
    horizon_weeks: float = Field(
        default=13, gt=0, le=520, description="Horizon for the chance the current work lands (default a quarter)."
    )
    deadline_threshold: float = Field(
        default=0.8, gt=0, le=1, description="Minimum chance of meeting the new deadline for a strategy to count as safe."
    )
    trials: int = Field(default=10_000, ge=100, le=200_000, description="Monte Carlo trials.")
    seed: int = Field(default=7, ge=0, le=2**32 - 1, description="Random seed; same input gives the same result.")
    today: date | None = Field(default=None, description="The day the weeks count from, for calendar dates (optional).")
    holidays: list[date] = Field(
        default_factory=list, max_length=MAX_HOLIDAYS, description="Days off skipped when weeks become calendar dates."
    )
    assumed_holidays: list[date] = Field(
        default_factory=list,
        max_length=MAX_HOLIDAYS,
        description="Which of the holidays are an assumption (a default year-end break), so the answer can say so.",
    )

    @field_validator("strategies")
    @classmethod
    def _unique(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("strategies must not repeat")
        return value


class Weeks(BaseModel):
    """Completion percentiles in weeks from now."""

    p50: float = Field(description="Median completion, weeks from now.")
    p80: float = Field(description="80th percentile completion, weeks from now.")
    p95: float = Field(description="95th percentile completion, weeks from now.")


class LostDays(BaseModel):
    """Expected working days lost to switching, by cause."""

    ramp_up: float = Field(description="Ramp-up on the new work.")
    re_ramp: float = Field(description="Getting back into paused work.")
    decay: float = Field(description="Paused work that grew while it waited.")
    overhead: float = Field(description="Capacity lost to context switching while splitting time.")


class StrategyOutcome(BaseModel):
    """What one strategy does to both pieces of work."""

    strategy: Strategy = Field(description="Strategy name.")
    description: str = Field(description="What the strategy means here.")
    new_work: Weeks = Field(description="When the new work finishes.")
    current_work: Weeks = Field(description="When the current work finishes.")
    deadline_probability: float = Field(description="Chance the new work meets its deadline.")
    current_finish_probability: float = Field(
        description="Chance the current work finishes and works within the horizon."
    )
    lost_days: float = Field(description="Expected working days lost to ramp-up, re-ramp, decay and overhead.")
    lost_breakdown: LostDays = Field(description="Lost days by cause.")
    current_deadline_probability: float | None = Field(
        default=None, description="Chance the current work lands by its own date (null when it has none)."
    )
    current_slip_days: float = Field(
        default=0.0, description="Working days the current work's P80 lands later than if they had finished first."
    )
    current_p50_date: date | None = Field(default=None, description="The current work's P50 as a date (needs `today`).")
    current_p80_date: date | None = Field(default=None, description="The current work's P80 as a date (needs `today`).")


class InsteadOutcome(BaseModel):
    """What the ask does to the other person's own work if they take it instead."""

    person: str = Field(description="Who would go instead.")
    project: str = Field(description="Their own work in flight.")
    slip_days: float = Field(description="Working days their work's P80 lands later than without the ask.")
    p80_date: date | None = Field(default=None, description="Their work's P80 with the ask, as a date (needs `today`).")
    p80_date_without: date | None = Field(default=None, description="Their work's P80 without the ask.")
    due_date: date | None = Field(default=None, description="Their work's own date, when it has one.")
    due_probability: float | None = Field(default=None, description="Chance their work keeps its date with the ask.")
    due_probability_without: float | None = Field(default=None, description="The same chance without the ask.")


class WhatIfResult(BaseModel):
    """The strategies compared, and the recommended one with reasons."""

    strategies: list[StrategyOutcome] = Field(description="One outcome per strategy, in the order asked.")
    recommendation: Strategy = Field(description="The recommended strategy.")
    deadline_at_risk: bool = Field(description="True when no strategy meets the deadline threshold.")
    reasons: list[str] = Field(description="Sentences explaining the recommendation with numbers.")
    summary: str = Field(description="One-sentence summary.")
    deadline_threshold: float = Field(description="Threshold used for meeting the deadline.")
    current_due_date: date | None = Field(default=None, description="The current work's own date, as given in the input.")
    new_due_date: date | None = Field(default=None, description="The new work's date, as given in the input.")
    basis: Literal["new_deadline", "current_deadline", "urgent", "no_deadline"] = Field(
        default="new_deadline",
        description="What decided: the new work's stated date, the current work's date, urgency of a short request, or "
        "no real date (then the choice depends on when the new work is needed: ask).",
    )
    days_off: list[date] = Field(
        default_factory=list, description="Weekdays off the calendar dates skip, from `today` to the latest date shown."
    )
    lands_before_start: bool = Field(
        default=False,
        description="True when the current work lands (P80, finishing first) before the new work's start: no conflict.",
    )
    collisions: list[DatedCommitment] = Field(
        default_factory=list,
        description="The person's other commitments due between the new work's first and last day (a loan or share).",
    )
    instead: InsteadOutcome | None = Field(default=None, description="The ask's cost to the other person named, if they go instead.")
    first_day: date | None = Field(default=None, description="A loan's or share's first day, as given.")
    last_day: date | None = Field(default=None, description="A loan's or share's last day, as given.")
    back_day: date | None = Field(default=None, description="The first working day after a loan or share ends: back full time.")
    trials: int = Field(description="Monte Carlo trials run.")
    seed: int = Field(description="Random seed used.")


def _simulate(inp: WhatIfInput, strategy: str, remaining: np.ndarray, new: np.ndarray) -> dict[str, np.ndarray]:
    """Completion times (weeks) and lost weeks by cause for one strategy, vectorised over trials."""
    ramp, re_ramp, decay = inp.ramp_up_weeks, inp.re_ramp_weeks, inp.decay_per_week
    zero = np.zeros_like(remaining)
    start = inp.new_work.start_weeks
    if strategy == "finish_first":
        new_end = np.maximum(remaining, start) + ramp + new
        return {"new": new_end, "current": remaining, "ramp": zero + ramp, "re_ramp": zero, "decay": zero, "overhead": zero}
    if strategy in ("switch_now", "defer_new"):
        at = start if strategy == "switch_now" else max(inp.defer_weeks, start)
        switched = remaining > at  # defer_new only switches if the current work is not done by then
        left = np.maximum(remaining - at, 0.0)
        paused = ramp + new
        grown = left * decay * paused
        new_end = np.where(switched, at + paused, np.maximum(remaining, at) + ramp + new)
        current_end = np.where(switched, at + paused + re_ramp + left + grown, remaining)
        return {
            "new": new_end,
            "current": current_end,
            "ramp": zero + ramp,
            "re_ramp": np.where(switched, re_ramp, 0.0),
            "decay": np.where(switched, grown, 0.0),
            "overhead": zero,
        }
    # split_capacity: full time on the current work until the share starts, then both progress at reduced rates until
    # one is done, then the other gets full time; current work done before the share starts leaves the new work alone.
    f, o = inp.split_fraction, inp.split_overhead
    rate_new, rate_cur = f * (1 - o), (1 - f) * (1 - o)
    new_work = ramp + new
    left = np.maximum(remaining - start, 0.0)
    t_new, t_cur = new_work / rate_new, left / rate_cur
    before = remaining <= start
    first = np.where(before, 0.0, np.minimum(t_new, t_cur))
    new_end = np.where(before, start + new_work, start + np.where(t_new <= t_cur, t_new, t_cur + (new_work - t_cur * rate_new)))
    current_end = np.where(before, remaining, start + np.where(t_cur < t_new, t_cur, t_new + (left - t_new * rate_cur)))
    return {"new": new_end, "current": current_end, "ramp": zero + ramp, "re_ramp": zero, "decay": zero, "overhead": o * first}


def _weeks(values: np.ndarray) -> Weeks:
    q = np.quantile(values, [0.5, 0.8, 0.95])
    return Weeks(p50=round(float(q[0]), 3), p80=round(float(q[1]), 3), p95=round(float(q[2]), 3))


def _describe(inp: WhatIfInput, strategy: str) -> str:
    who = inp.current.person
    if strategy == "switch_now":
        return f"{who} pauses {inp.current.project} now and starts {inp.new_work.title}, resuming afterwards."
    if strategy == "finish_first":
        return f"{who} finishes {inp.current.project}, then starts {inp.new_work.title}."
    if strategy == "split_capacity" and inp.new_work.shape == "time_share":
        when = f" from week {inp.new_work.start_weeks:g}" if inp.new_work.start_weeks else ""
        return (f"{who} gives {inp.split_fraction:.0%} of their time to {inp.new_work.title}{when} for the period asked, "
                f"then goes back full time to {inp.current.project} ({inp.split_overhead:.0%} lost to context switching).")
    if strategy == "split_capacity":
        return (
            f"{who} gives {inp.split_fraction:.0%} of their time to {inp.new_work.title} until one piece is done "
            f"({inp.split_overhead:.0%} lost to context switching)."
        )
    return (
        f"{inp.new_work.title} waits for the next planning cycle in {inp.defer_weeks:g} weeks; "
        f"{who} switches then if {inp.current.project} is not done."
    )


def compare_strategies(inp: WhatIfInput) -> WhatIfResult:
    """Compare switching someone to new work now, letting them finish first, splitting their time, or
    deferring the new work: completion of both, chance of meeting the new deadline, working days lost to
    switching, and a recommended strategy with reasons."""
    rng = np.random.default_rng(inp.seed)
    cur, new = inp.current, inp.new_work
    # Stable draw order: remaining, new, current success. Every strategy sees the same draws.
    remaining = triangular(rng.random(inp.trials), cur.remaining_low, cur.remaining_likely, cur.remaining_high)
    new_effort = triangular(rng.random(inp.trials), new.estimate_low, new.estimate_likely, new.estimate_high)
    works = rng.random(inp.trials) < cur.success_probability
    outcomes = []
    for strategy in inp.strategies:
        sim = _simulate(inp, strategy, remaining, new_effort)
        lost = LostDays(
            **{
                key: round(float(sim[src].mean()) * WORKDAYS_PER_WEEK, 3)
                for key, src in (("ramp_up", "ramp"), ("re_ramp", "re_ramp"), ("decay", "decay"), ("overhead", "overhead"))
            }
        )
        outcomes.append(
            StrategyOutcome(
                strategy=strategy,
                description=_describe(inp, strategy),
                new_work=_weeks(sim["new"]),
                current_work=_weeks(sim["current"]),
                deadline_probability=float((sim["new"] <= new.deadline_weeks + 1e-9).mean()),
                current_finish_probability=float((works & (sim["current"] <= inp.horizon_weeks + 1e-9)).mean()),
                lost_days=round(lost.ramp_up + lost.re_ramp + lost.decay + lost.overhead, 3),
                lost_breakdown=lost,
                current_deadline_probability=(
                    None if cur.deadline_weeks is None else float((sim["current"] <= cur.deadline_weeks + 1e-9).mean())
                ),
            )
        )
        _date_current(inp, outcomes[-1])
    _slips(outcomes)
    best, at_risk, basis = _recommend(inp, outcomes)
    first = next((o for o in outcomes if o.strategy == "finish_first"), None)
    before_start = first is not None and 0 < inp.new_work.start_weeks and first.current_work.p80 <= inp.new_work.start_weeks
    if before_start and not at_risk and _keeps_dates(inp, first):
        best = first  # the current work lands before the new work starts: finishing first costs the new work nothing
    reasons = _reasons(inp, outcomes, best, at_risk, basis)
    return WhatIfResult(
        strategies=outcomes,
        recommendation=best.strategy,
        deadline_at_risk=at_risk,
        reasons=reasons,
        summary=_summary(inp, best, at_risk, basis),
        deadline_threshold=inp.deadline_threshold,
        current_due_date=cur.due_date,
        new_due_date=new.due_date,
        basis=basis,
        days_off=_days_off(inp, outcomes),
        lands_before_start=before_start,
        collisions=_collisions(inp),
        instead=_instead(inp),
        first_day=new.first_day,
        last_day=new.last_day,
        back_day=next_working_day(new.last_day + timedelta(days=1), inp.holidays) if new.last_day else None,
        trials=inp.trials,
        seed=inp.seed,
    )


def _instead(inp: WhatIfInput) -> InsteadOutcome | None:
    """The same ask run on the other person named, as asked and against their finishing first: what it costs their work."""
    other = inp.instead
    if other is None:
        return None
    asked = ASKED[inp.new_work.shape]
    run = compare_strategies(inp.model_copy(update={"current": other, "instead": None,
                                                    "strategies": list(dict.fromkeys([asked, "finish_first"]))}))
    by_name = {o.strategy: o for o in run.strategies}
    went, without = by_name[asked], by_name["finish_first"]
    return InsteadOutcome(person=other.person, project=other.project, slip_days=went.current_slip_days,
                          p80_date=went.current_p80_date, p80_date_without=without.current_p80_date, due_date=other.due_date,
                          due_probability=went.current_deadline_probability,
                          due_probability_without=without.current_deadline_probability)  # fmt: skip


def _collisions(inp: WhatIfInput) -> list[DatedCommitment]:
    """The person's other commitments due while they are on a loan or a share with fixed dates, earliest first."""
    first, last = inp.new_work.first_day, inp.new_work.last_day
    if first is None or last is None:
        return []
    return sorted((c for c in inp.current.other_commitments if first <= c.due_date <= last), key=lambda c: c.due_date)


def _date_current(inp: WhatIfInput, outcome: StrategyOutcome) -> None:
    """The current work's P50 and P80 as calendar dates, counted in working days from `today` past the days off."""
    if inp.today is None:
        return
    outcome.current_p50_date = working_day_ending(inp.today, outcome.current_work.p50 * WORKDAYS_PER_WEEK, inp.holidays)
    outcome.current_p80_date = working_day_ending(inp.today, outcome.current_work.p80 * WORKDAYS_PER_WEEK, inp.holidays)


MEASURABLE_DAYS = 1.0  # a difference in switching cost under a working day is not worth a sentence on rough inputs
def _days_off(inp: WhatIfInput, outcomes: list[StrategyOutcome]) -> list[date]:
    """The weekdays off between `today` and the latest calendar date shown: what the dates skipped."""
    last = max((o.current_p80_date for o in outcomes if o.current_p80_date is not None), default=None)
    if inp.today is None or last is None:
        return []
    return sorted(d for d in set(inp.holidays) if inp.today <= d <= last and d.weekday() < 5)


URGENT_SHORT_WEEKS = 1.0  # an urgent request up to this long is done now when the current work's date survives it
ASKED = {"open_ended": "switch_now", "fixed_loan": "switch_now", "time_share": "split_capacity"}  # what the requester asked for


def _slips(outcomes: list[StrategyOutcome]) -> None:
    """Each strategy's slip of the current work against finishing first (its P80, in working days)."""
    first = next((o for o in outcomes if o.strategy == "finish_first"), None)
    if first is None:
        return
    for o in outcomes:
        o.current_slip_days = round(max(0.0, o.current_work.p80 - first.current_work.p80) * WORKDAYS_PER_WEEK, 1)


def _fewest(pool: list[StrategyOutcome]) -> StrategyOutcome:
    return min(pool, key=lambda o: (round(o.lost_days, 1), o.current_work.p80))


def _recommend(inp: WhatIfInput, outcomes: list[StrategyOutcome]) -> tuple[StrategyOutcome, bool, str]:
    """The recommended strategy, whether every strategy puts a real date at risk, and what decided (a table of rules,
    first match wins): an urgent short request is done now if the current work's date survives it; with the current
    new work's stated date, the fewest lost days among the strategies that meet it and keep the current work's own
    date (if it has one), else among those that meet it the one likeliest to keep that date, else the likeliest to
    meet it; with only the current work's date, what the requester asked for when that date survives it, else the
    fewest lost days among those it survives, else the likeliest to keep it; with no real date, the fewest lost days
    (and the answer says it depends on when the new work is needed)."""
    th = inp.deadline_threshold - 1e-12
    new_real = inp.new_work.deadline == "stated"
    has_current = inp.current.deadline_weeks is not None

    def keeps_current(o: StrategyOutcome) -> bool:
        return not has_current or (o.current_deadline_probability or 0.0) >= th

    def meets_new(o: StrategyOutcome) -> bool:
        return not new_real or o.deadline_probability >= th

    by_name = {o.strategy: o for o in outcomes}
    asked = by_name.get(ASKED[inp.new_work.shape])
    if inp.new_work.urgent and inp.new_work.estimate_high <= URGENT_SHORT_WEEKS and asked is not None and keeps_current(asked):
        return asked, False, "urgent"
    safe = [o for o in outcomes if keeps_current(o) and meets_new(o)]
    if new_real:
        if safe:
            return _fewest(safe), False, "new_deadline"
        meeting = [o for o in outcomes if meets_new(o)]  # the new date holds but the current work's own date does not
        if meeting:
            return max(meeting, key=lambda o: (o.current_deadline_probability or 0.0, -o.lost_days)), False, "new_deadline"
        return max(outcomes, key=lambda o: (o.deadline_probability, -o.lost_days)), True, "new_deadline"
    if inp.new_work.shape == "fixed_loan" and asked is not None and has_current:
        return asked, not keeps_current(asked), "current_deadline"  # a fixed loan is decided as asked: the question is its cost
    if has_current:
        if asked is not None and asked in safe:  # the date survives what was asked: say yes to it
            return asked, False, "current_deadline"
        if safe:
            return _fewest(safe), False, "current_deadline"
        return max(outcomes, key=lambda o: (o.current_deadline_probability or 0.0, -o.lost_days)), True, "current_deadline"
    return _fewest(outcomes), False, "no_deadline"


def _keeps_dates(inp: WhatIfInput, o: StrategyOutcome) -> bool:
    """True when a strategy keeps the current work's own date and meets the new work's stated one (those it has)."""
    th = inp.deadline_threshold - 1e-12
    keeps = inp.current.deadline_weeks is None or (o.current_deadline_probability or 0.0) >= th
    return keeps and (inp.new_work.deadline != "stated" or o.deadline_probability >= th)


def _reasons(inp: WhatIfInput, outcomes: list[StrategyOutcome], best: StrategyOutcome, at_risk: bool, basis: str = "new_deadline") -> list[str]:
    threshold = inp.deadline_threshold
    name = LABELS[best.strategy]
    reasons: list[str] = [_lead_reason(inp, outcomes, best, at_risk, basis)]
    for other in outcomes:
        if other is best:
            continue
        saved = other.lost_days - best.lost_days
        if saved >= MEASURABLE_DAYS:
            reasons.append(
                f"{name.capitalize()} keeps {days_words(saved)} that {LABELS[other.strategy]} loses "
                f"({days_words(other.lost_days)} of ramp-up, re-ramp, decay and overhead)."
            )
        elif basis == "new_deadline" and not at_risk and other.deadline_probability < threshold:
            odds = (
                "almost never meets the deadline"
                if other.deadline_probability < 0.05
                else f"meets the deadline only {chance_words(other.deadline_probability).removeprefix('about ')} times"
            )
            fewer = "loses no time you could measure" if other.lost_days < 0.5 else f"loses fewer days ({days_words(other.lost_days)})"
            reasons.append(f"{LABELS[other.strategy].capitalize()} {fewer} but {odds}.")
    if inp.new_work.deadline == "assumed" and basis != "no_deadline":
        reasons.append(f"The {inp.new_work.deadline_weeks:g}-week date for {inp.new_work.title} is only an assumption, so it did not decide this.")
    reasons.append(
        f"{inp.current.project} lands by week {best.current_work.p80:.1f} (P80) under {name}"
        + _compare_current(outcomes, best)
        # the chance it works only when someone stated one: an assumed figure would read as a finding
        + ("." if inp.current.success_assumed else f"; the chance it lands and works within {inp.horizon_weeks:g} weeks: {chance_words(best.current_finish_probability)}.")
    )
    return reasons


def _lead_reason(inp: WhatIfInput, outcomes: list[StrategyOutcome], best: StrategyOutcome, at_risk: bool, basis: str) -> str:
    """The first reason: what decided, in numbers."""
    new, cur, threshold = inp.new_work, inp.current, inp.deadline_threshold
    name = LABELS[best.strategy]
    safe = [o for o in outcomes if o.deadline_probability >= threshold - 1e-12]
    if basis == "urgent":
        cost = f"costs {cur.project} {days_words(best.current_slip_days)}"
        kept = (f" and its own date still holds ({chance_words(best.current_deadline_probability or 0)})"
                if best.current_deadline_probability is not None else "")
        return f"{new.title} is urgent and short (at most {new.estimate_high:g} weeks): {name} {cost}{kept}."
    if basis == "current_deadline" and new.shape == "fixed_loan":
        return (f"The loan's start and length are fixed, so the question is what it costs {cur.project}: with it, "
                f"{cur.project} lands by week {best.current_work.p80:.1f} (P80), {days_words(best.current_slip_days)} "
                f"later than without it; it keeps its date: {chance_words(best.current_deadline_probability or 0)}.")
    if basis == "current_deadline":
        due = f"{cur.project}'s date, {cur.deadline_weeks:g} weeks away"
        if at_risk:
            return (f"No strategy keeps {due}, with {threshold:.0%} probability; {name} comes closest at "
                    f"{chance_words(best.current_deadline_probability or 0)}, so the date or the ask should be negotiated.")
        return (f"{name.capitalize()} keeps {due}: {chance_words(best.current_deadline_probability or 0)} "
                f"(P80 week {best.current_work.p80:.1f}); switching costs {days_words(best.lost_days)}.")
    if basis == "no_deadline":
        guess = f" (the {new.deadline_weeks:g}-week date is only an assumption)" if new.deadline == "assumed" else ""
        return (f"No date was given for {new.title}{guess}, so the choice depends on when it is needed: {name} loses the fewest "
                f"days ({days_words(best.lost_days)}); ask for the real date before deciding.")
    if at_risk:
        return (f"No strategy meets {_due_words(new)} with {threshold:.0%} probability; "
                f"{name} comes closest ({chance_words(best.deadline_probability)}), so the deadline or scope should be negotiated.")
    return (f"{name.capitalize()} meets {_due_words(new)} for {new.title} "
            f"({chance_words(best.deadline_probability)}, P80 {best.new_work.p80:.1f} weeks) and switching costs "
            f"{days_words(best.lost_days)}: "
            + ("the only strategy that meets it." if len(safe) == 1 else "the fewest of the strategies that meet it."))


def _due_words(new: NewWork) -> str:
    """The new work's deadline as the manager knows it: its date when given ('the Fri 08 Jan deadline'), else in weeks."""
    return f"the {new.due_date:%a %d %b} deadline" if new.due_date is not None else f"the {new.deadline_weeks:g}-week deadline"


def _compare_current(outcomes: list[StrategyOutcome], best: StrategyOutcome) -> str:
    switch = next((o for o in outcomes if o.strategy == "switch_now"), None)
    if switch is None or switch is best:
        return ""
    return f", against week {switch.current_work.p80:.1f} if switching now"


def _summary(inp: WhatIfInput, best: StrategyOutcome, at_risk: bool, basis: str = "new_deadline") -> str:
    name = LABELS[best.strategy]
    cap = name[0].upper() + name[1:]
    if basis == "urgent":
        return f"{cap}: {inp.new_work.title} is urgent and short, and it costs {inp.current.project} {days_words(best.current_slip_days)}."
    if basis == "current_deadline" and inp.new_work.shape == "fixed_loan":
        return (f"The fixed loan costs {inp.current.project} {days_words(best.current_slip_days)}; its date holds: "
                f"{chance_words(best.current_deadline_probability or 0)}.")
    if basis == "current_deadline":
        chance = chance_words(best.current_deadline_probability or 0)
        if at_risk:
            return (f"{inp.current.project}'s date is at risk under every strategy; {name} gives it the best chance ({chance}), "
                    "so negotiate the date or the ask.")
        return f"{cap} keeps {inp.current.project}'s date ({chance}) and loses {days_words(best.lost_days)} to switching."
    if basis == "no_deadline":
        return f"It depends on when {inp.new_work.title} is needed; {name} loses the fewest working days ({days_words(best.lost_days)})."
    if at_risk:
        return (
            f"The {inp.new_work.deadline_weeks:g}-week deadline is at risk under every strategy; {name} gives the best "
            f"chance ({chance_words(best.deadline_probability)}), so negotiate the date or scope."
        )
    return (
        f"{cap} meets the new deadline ({chance_words(best.deadline_probability)}) and loses "
        f"{days_words(best.lost_days)} to switching."
    )


def whatif_from_team(team: Team, person_name: str, new_work: NewWork, **options: object) -> WhatIfInput:
    """Build a what-if from a team file: the person's current work against a new request."""
    person = team.person(person_name)
    known = ", ".join(p.name for p in team.people) or "nobody"
    if person is None:
        raise ToolInputError(f"No person named {person_name!r} in the team file; known people: {known}.")
    work = person.current_work
    if work is None:
        with_work = ", ".join(p.name for p in team.people if p.current_work) or "nobody"
        raise ToolInputError(f"{person.name} has no current_work in the team file; people with current work: {with_work}.")
    current = WorkInFlight(
        person=person.name,
        project=work.project,
        weeks_invested=work.weeks_invested,
        remaining_low=work.remaining_weeks_low,
        remaining_likely=work.remaining_weeks_likely,
        remaining_high=work.remaining_weeks_high,
        success_probability=work.success_probability,
        value=work.value,
    )
    return WhatIfInput(current=current, new_work=new_work, **options)
