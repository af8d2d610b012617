"""Monte Carlo schedule forecast: when does a project finish, and how likely is it to work at all?

Each task's duration is a triangular draw (optimistic, most likely, pessimistic) in working days, or in
weeks of five working days. A task whose approach fails sinks the plan unless it is retried until it
works (attempts ~ Geometric(p), each a fresh draw) or sits in a portfolio of alternatives: `parallel`
(tried at once, first success wins and the others stop), `sequential` (tried in order until one works)
or `all` (every one needed). Dependencies are finish-to-start. A person works on one task at a time:
tasks are scheduled in dependency order (ties keep the file's order) and a task waits until its
assignee is free; capacity below 1 stretches their tasks (duration / capacity). Every task draws from
its own random stream keyed by the seed and its name, so adding or changing one task leaves the other
tasks' draws unchanged (common random numbers). Percentiles are over the trials where the plan succeeds;
the share that fails outright is reported beside them. `prescribe` re-runs the same trials on concrete plan
changes (defer, cut, fallback, a second person, parallel work, a new date) against a target chance.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import zlib
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from lead_core.numbers import percent, triangular
from lead_core.units import WORKDAYS_PER_WEEK, is_working_day, working_day_ending, working_days_between
from tools.errors import ToolInputError
from tools.task_names import helped_by_people, is_core, is_gate, name_problem, problem_text
from tools.team import MAX_HOLIDAYS, Person, Project

MAX_CELLS = 4_000_000  # trials x tasks: bounds memory and time (about 32 MB per array set)
EXACT_ATTEMPTS = 24  # retries beyond this many attempts are summed with the central limit theorem
HISTOGRAM_BINS = 30
MIN_RETRY_PROBABILITY = 0.01


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, allow_inf_nan=False)


class WorkItem(_Strict):
    """One task or approach with a three-point estimate."""

    name: str = Field(min_length=1, max_length=120, description="Task name, unique in the plan.")
    optimistic: float = Field(ge=0, le=10_000, description="Optimistic duration (in the plan's unit).")
    most_likely: float = Field(ge=0, le=10_000, description="Most likely duration (in the plan's unit).")
    pessimistic: float = Field(ge=0, le=10_000, description="Pessimistic duration (in the plan's unit).")
    success_probability: float = Field(
        default=1.0, ge=0, le=1, description="Chance this approach works; a failed required task fails the plan."
    )
    retry_until_success: bool = Field(
        default=False,
        description="Retry with a fresh estimate until it works (needs success_probability >= 0.01).",
    )
    retry_duration: float | None = Field(
        default=None, ge=0, le=10_000,
        description="With retry_until_success: each further attempt takes this long (in the plan's unit), e.g. 'otherwise another 2 week round'; null: a fresh draw of the estimate.",
    )
    depends_on: list[str] = Field(
        default_factory=list, max_length=100, description="Tasks or portfolios that must finish before this starts."
    )
    assignee: str | None = Field(default=None, max_length=80, description="Person doing it (one task at a time).")

    @model_validator(mode="after")
    def _ordered(self) -> "WorkItem":
        if not self.optimistic <= self.most_likely <= self.pessimistic:
            raise ValueError("estimates must satisfy optimistic <= most_likely <= pessimistic")
        if self.retry_until_success and self.success_probability < MIN_RETRY_PROBABILITY:
            raise ValueError(
                f"retry_until_success needs success_probability >= {MIN_RETRY_PROBABILITY} (got {self.success_probability})"
            )
        return self


class Portfolio(_Strict):
    """A group of alternative approaches to the same problem."""

    name: str = Field(min_length=1, max_length=120, description="Portfolio name; other tasks may depend on it.")
    mode: Literal["parallel", "sequential", "all"] = Field(
        default="parallel",
        description="parallel: tried at once, first success wins; sequential: tried in order until one works; all: every one needed.",
    )
    tasks: list[str] = Field(min_length=1, max_length=50, description="Names of the member tasks (the order to try them in).")


class Assignee(_Strict):
    """A person's availability for the plan."""

    name: str = Field(min_length=1, max_length=80, description="Person's name as used in task assignee fields.")
    capacity: float = Field(
        default=1.0, ge=0.05, le=1, description="Fraction of full time on this plan; 0.5 doubles their task durations."
    )
    days_off: list[date] = Field(
        default_factory=list, max_length=MAX_HOLIDAYS,
        description="This person's own days off (leave, a course): only their tasks stop on them; the team's days off go in the plan's holidays.",
    )
    capacity_until: date | None = Field(
        default=None, description="The last day the capacity holds ('60% on it till mid jan'); full time after it. None: the whole plan."
    )

    def share_days_off(self, start: date | None, holidays: Iterable[date]) -> list[date]:
        """A capacity that holds until a date, as the working days off this plan that make it up, spread evenly from the
        start ('60% until 15 Jan': two working days in five off it until then); [] for a capacity of the whole plan."""
        if self.capacity_until is None or start is None or self.capacity >= 1:
            return []
        days = [start + dt.timedelta(days=i) for i in range((self.capacity_until - start).days + 1)]
        days = [d for d in days if is_working_day(d, holidays)]
        gap = 1 - self.capacity
        return [d for i, d in enumerate(days) if math.floor((i + 1) * gap) > math.floor(i * gap)]

    def plan_capacity(self) -> float:
        """The share of time that stretches each task: the capacity, unless it holds only until a date (then days off)."""
        return 1.0 if self.capacity_until is not None else self.capacity


class PlanInput(_Strict):
    """A project plan to simulate."""

    tasks: list[WorkItem] = Field(min_length=1, max_length=200, description="Tasks and approaches with estimates.")
    portfolios: list[Portfolio] = Field(
        default_factory=list, max_length=50, description="Groups of alternative approaches; tasks outside one are required."
    )
    people: list[Assignee] = Field(
        default_factory=list, max_length=200, description="Assignees' capacity; unlisted assignees work full time."
    )
    unit: Literal["days", "weeks"] = Field(default="days", description="Unit of the estimates: working days or weeks (5 days).")
    start: date | None = Field(default=None, description="Start date, for calendar dates (weekends and holidays skipped).")
    holidays: list[date] = Field(
        default_factory=list, max_length=MAX_HOLIDAYS, description="Days the team does not work; calendar dates skip them."
    )
    assumed_holidays: list[date] = Field(
        default_factory=list,
        max_length=MAX_HOLIDAYS,
        description="Which of the holidays are an assumption (a default year-end break) rather than the team's own days off.",
    )
    deadline: date | None = Field(default=None, description="Deadline as a date (needs start).")
    deadline_days: float | None = Field(
        default=None, ge=0, le=1_000_000, description="Deadline in working days from the start (instead of a date)."
    )
    today: date | None = Field(
        default=None, description="Today's date; a deadline before it is reported as passed (overdue), not forecast."
    )
    left_out: list[str] = Field(
        default_factory=list, max_length=200,
        description="Tasks of the project left out because its release step does not wait for them (off the path to it); "
        "the forecast says so in its notes.",
    )
    confidence_level: float | None = Field(
        default=None, ge=1, le=99.9,
        description="A confidence (percent) to commit a date at: the date by which that share of ALL trials finish, failures included.",
    )
    trials: int = Field(default=10_000, ge=100, le=200_000, description="Monte Carlo trials.")
    seed: int = Field(default=7, ge=0, le=2**32 - 1, description="Random seed; same seed and plan give the same forecast.")

    @model_validator(mode="after")
    def _consistent(self) -> "PlanInput":
        if self.deadline is not None and self.deadline_days is not None:
            raise ValueError("give deadline or deadline_days, not both")
        if self.deadline is not None and self.start is None:
            raise ValueError("deadline: a deadline date needs a start date (or use deadline_days)")
        if not set(self.assumed_holidays) <= set(self.holidays):
            raise ValueError("assumed_holidays: every assumed day off must also be in holidays")
        if self.trials * len(self.tasks) > MAX_CELLS:
            raise ValueError(
                f"trials x number of tasks must be at most {MAX_CELLS:,} (got {self.trials:,} x {len(self.tasks)}); lower trials"
            )
        names = [p.name for p in self.people]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"people: duplicate names: {', '.join(dupes)}")
        _build_graph(self)
        return self


class Percentile(BaseModel):
    """One completion percentile."""

    level: int = Field(description="Percentile level, e.g. 80 means 80% of successful trials finish by then.")
    working_days: float | None = Field(description="Working days from the start (null if the plan never succeeds).")
    date: dt.date | None = Field(
        default=None,
        description="Calendar date of the working day it ends on; weekends and the plan's holidays skipped (null without a start).",
    )
    std_error: float | None = Field(default=None, description="Monte Carlo standard error of working_days.")


class Histogram(BaseModel):
    """Completion times of successful trials, binned for plotting, and how many trials failed outright."""

    edges: list[float] = Field(description="Bin edges in working days (one more than counts).")
    counts: list[int] = Field(description="Trials per bin.")
    failed_trials: int = Field(default=0, description="Trials in which the plan failed outright (not in any bin).")
    caption: str = Field(default="", description="Plain-words caption: what the bars show and what share failed.")


class FailureCause(BaseModel):
    """A required task or portfolio that can fail outright, and how often it did."""

    name: str = Field(description="Task or portfolio name.")
    share: float = Field(description="Share of all trials in which it failed outright.")


class Driver(BaseModel):
    """A task or portfolio that runs alongside other work and, in some trials, is the one that decides the finish."""

    name: str = Field(description="Task or portfolio name.")
    share: float = Field(description="Share of the trials that succeed in which it is on the path that ends last.")


class PortfolioOutcome(BaseModel):
    """How one portfolio of alternatives fared."""

    name: str = Field(description="Portfolio name.")
    mode: str = Field(description="parallel, sequential or all.")
    success_probability: float = Field(description="Chance the portfolio delivers (any approach works, or all for mode all).")
    expected_wasted_days: float = Field(description="Expected working days spent on approaches that failed or lost.")


class Commitment(BaseModel):
    """The date to commit to at a confidence level, counting the trials that fail outright as never finishing."""

    level: float = Field(description="The confidence asked for, in percent.")
    reachable: bool = Field(description="False when more trials fail outright than the level allows: no date reaches it.")
    working_days: float | None = Field(default=None, description="Working days from the start (null when unreachable).")
    date: dt.date | None = Field(default=None, description="Calendar date (null when unreachable or without a start).")
    best_probability: float = Field(description="The highest chance any date reaches: the share of trials that succeed.")
    if_works_working_days: float | None = Field(
        default=None, description="When unreachable: the working days by which `level`% of the trials that succeed finish."
    )
    if_works_date: dt.date | None = Field(
        default=None, description="That as a calendar date: the date to give with the condition 'if the risky step works'."
    )
    known_by_date: dt.date | None = Field(
        default=None, description="When unreachable: the date by which, in `level`% of all trials, the step that can fail "
        "has finished or failed, so whether it works is known (the day to decide on a fallback).",
    )


class Tail(BaseModel):
    """A stated worst case that misses the deadline although nearly every trial meets it: triangular draws rarely
    reach a task's pessimistic estimate, but a manager's worst case is often a named scenario ('if the labels are as
    bad as last year'), so the chance is said no higher than TAIL_CAP and the task is named."""

    task: str = Field(description="The task whose own worst case (every other task at its most likely) misses the deadline.")
    pessimistic: float = Field(description="That task's pessimistic estimate, in the plan's unit.")
    unit: str = Field(description="weeks or working days.")
    working_days: float = Field(description="Working days from the start to the finish in that case.")
    date: dt.date | None = Field(default=None, description="That finish as a calendar date (null without a start).")


class Forecast(BaseModel):
    """The simulated completion of a plan."""

    trials: int = Field(description="Monte Carlo trials run.")
    seed: int = Field(description="Random seed used.")
    success_probability: float = Field(description="Chance the plan succeeds (every required task and portfolio delivers).")
    p50: Percentile = Field(description="Median completion.")
    p80: Percentile = Field(description="80th percentile completion.")
    p95: Percentile = Field(description="95th percentile completion.")
    mean_days: float | None = Field(description="Mean completion in working days over successful trials.")
    std_days: float | None = Field(description="Standard deviation of completion in working days.")
    deadline_days: float | None = Field(default=None, description="The deadline in working days from the start.")
    slack_days: float | None = Field(
        default=None,
        description="Working days between the P80 finish and the deadline, rounded to a whole day (negative when P80 is "
        "later; null without both).",
    )
    deadline_probability: float | None = Field(
        default=None, description="Chance the plan succeeds and finishes by the deadline (null when the deadline has passed)."
    )
    deadline_passed: bool = Field(
        default=False, description="True when the deadline is before today (or before the start): the work is overdue."
    )
    failure_share: float = Field(
        default=0.0, description="Share of trials in which a step fails outright and the project does not finish without a new plan."
    )
    failure_causes: list[FailureCause] = Field(
        default_factory=list, description="Required tasks or portfolios that failed outright, most frequent first."
    )
    expected_wasted_days: float = Field(
        description="Expected working days spent on failed approaches, failed attempts and alternatives that lost."
    )
    portfolios: list[PortfolioOutcome] = Field(default_factory=list, description="Outcome of each portfolio.")
    drivers: list[Driver] = Field(
        default_factory=list,
        description="When work runs in parallel: the parallel tasks that decide the finish, most often first (empty for a chain).",
    )
    commitment: Commitment | None = Field(
        default=None, description="The date to commit to at the plan's confidence_level (null when none was asked)."
    )
    tail: Tail | None = Field(
        default=None, description="When the deadline chance is high but one task's stated worst case misses it: that task."
    )
    deadline_chance: str | None = Field(
        default=None,
        description="The chance of meeting the deadline as every answer says it ('over 95%' when a stated worst case "
        "misses it, else the rounded chance); null without a deadline chance.",
    )
    single_point: bool = Field(
        default=False,
        description="True when every estimate is a single number and nothing can fail: every trial gives the same date, "
        "so its chances are not real odds.",
    )
    histogram: Histogram = Field(description="Completion times of successful trials.")
    notes: list[str] = Field(default_factory=list, description="Caveats, e.g. why percentiles are missing.")
    calendar_note: str | None = Field(
        default=None,
        description="When the work from the start to P95 spans 24 Dec-1 Jan or a weekday in the plan's holidays: one sentence "
        "on how the dates treat them (also in notes); null otherwise.",
    )
    calendar_caveat: str | None = Field(
        default=None,
        description="The same caveat for the reader of a message that states these dates (plain words, no numbers): "
        "put it next to the dates; null when calendar_note is null.",
    )
    summary: str = Field(description="One-sentence summary.")


@dataclass
class _Node:
    name: str
    mode: str  # "task" for a lone task, else the portfolio mode
    members: list[int]
    deps: set[int] = field(default_factory=set)
    member_deps: dict[int, set[int]] = field(default_factory=dict)


@dataclass
class _Graph:
    nodes: list[_Node]
    order: list[int]


def _build_graph(plan: PlanInput) -> _Graph:
    """Group tasks into nodes (lone tasks and portfolios), resolve dependencies and order them."""
    index = {}
    for i, task in enumerate(plan.tasks):
        if task.name in index:
            raise ValueError(f"tasks[{i}].name: duplicate task name {task.name!r}")
        index[task.name] = i
    owner: dict[int, int] = {}
    nodes: list[_Node] = []
    portfolio_node: dict[str, int] = {}
    for j, port in enumerate(plan.portfolios):
        if port.name in index or port.name in portfolio_node:
            raise ValueError(f"portfolios[{j}].name: {port.name!r} is already used by a task or another portfolio")
        members = []
        for name in port.tasks:
            if name not in index:
                raise ValueError(f"portfolios[{j}].tasks: {name!r} is not a task in this plan")
            i = index[name]
            if i in owner:
                raise ValueError(f"portfolios[{j}].tasks: task {name!r} is already in another portfolio or listed twice")
            owner[i] = len(nodes)
            members.append(i)
        portfolio_node[port.name] = len(nodes)
        nodes.append(_Node(port.name, port.mode, members))
    for i, task in enumerate(plan.tasks):
        if i not in owner:
            owner[i] = len(nodes)
            nodes.append(_Node(task.name, "task", [i]))
    for i, task in enumerate(plan.tasks):
        node_id = owner[i]
        deps: set[int] = set()
        for dep in task.depends_on:
            if dep in index:
                target = owner[index[dep]]
            elif dep in portfolio_node:
                target = portfolio_node[dep]
            else:
                raise ValueError(f"tasks[{i}].depends_on: {dep!r} is not a task or portfolio in this plan")
            if target == node_id:
                where = "itself" if dep == task.name else f"{dep!r} in its own portfolio"
                raise ValueError(f"tasks[{i}].depends_on: task {task.name!r} cannot depend on {where}")
            deps.add(target)
        nodes[node_id].member_deps[i] = deps
        nodes[node_id].deps |= deps
    order = _topological_order(nodes)
    return _Graph(nodes, order)


def _topological_order(nodes: list[_Node]) -> list[int]:
    """Kahn's algorithm, always taking the earliest ready node so ties keep the file's order."""
    indegree = [len(n.deps) for n in nodes]
    children: list[list[int]] = [[] for _ in nodes]
    for k, node in enumerate(nodes):
        for d in node.deps:
            children[d].append(k)
    ready = sorted(k for k, deg in enumerate(indegree) if deg == 0)
    order: list[int] = []
    while ready:
        k = ready.pop(0)
        order.append(k)
        for child in children[k]:
            indegree[child] -= 1
            if indegree[child] == 0:
                ready.append(child)
                ready.sort()
    if len(order) < len(nodes):
        stuck = [nodes[k].name for k in range(len(nodes)) if indegree[k] > 0]
        raise ValueError(f"depends_on: dependency cycle among {', '.join(repr(s) for s in stuck[:6])}")
    return order


@dataclass
class _Draw:
    duration: np.ndarray  # total working days the task occupies its assignee
    success: np.ndarray  # bool: the approach worked
    wasted: np.ndarray  # days on failed attempts (all of it if the task failed)


def _draw(task: WorkItem, seed: int, trials: int, scale: float) -> _Draw:
    """Draw one task's duration and outcome from its own stream (seed, crc32 of its name)."""
    rng = np.random.default_rng([seed, zlib.crc32(task.name.encode("utf-8"))])
    a, b, c = task.optimistic * scale, task.most_likely * scale, task.pessimistic * scale
    first = triangular(rng.random(trials), a, b, c)
    success = rng.random(trials) < task.success_probability
    if not task.retry_until_success:
        return _Draw(first, success, np.where(success, 0.0, first))
    attempts = rng.geometric(task.success_probability, trials)
    total = first.copy()
    last = first.copy()
    if task.retry_duration is not None:  # the round the manager said a miss costs ('otherwise another 2 wk round')
        a = b = c = task.retry_duration * scale
    for k in range(1, EXACT_ATTEMPTS):
        more = attempts > k
        if not more.any():
            break
        draw = triangular(rng.random(trials), a, b, c)
        total += np.where(more, draw, 0.0)
        last = np.where(attempts == k + 1, draw, last)
    rest = np.maximum(attempts - EXACT_ATTEMPTS, 0).astype(float)
    if rest.any():
        mean = (a + b + c) / 3
        sd = math.sqrt(max((a * a + b * b + c * c - a * b - a * c - b * c) / 18, 0.0))
        approx = rest * mean + np.sqrt(rest) * sd * rng.standard_normal(trials)
        total += np.clip(approx, rest * a, rest * c)
        last = np.where(rest > 0, mean, last)
    return _Draw(total, np.ones(trials, dtype=bool), np.maximum(total - last, 0.0))


@dataclass
class _Run:
    completion: np.ndarray  # working days until the last task or portfolio ends
    ok: np.ndarray  # bool: every required task and portfolio delivered
    wasted: np.ndarray  # working days spent on failed approaches and losing alternatives
    outcomes: list[PortfolioOutcome]
    failures: dict[str, np.ndarray]  # required task or portfolio -> bool: it failed outright
    graph: _Graph | None = None
    finish_of: dict[int, np.ndarray] = field(default_factory=dict)  # node -> working days until it ends


def forecast_completion(plan: PlanInput) -> Forecast:
    """Simulate a project plan (three-point task estimates, approaches that may fail, dependencies,
    portfolios of alternatives) and forecast P50/P80/P95 completion, the chance of meeting the deadline,
    the chance it works at all, and the effort wasted on failed approaches."""
    return _summarise(plan, _simulate(plan))


def _simulate(plan: PlanInput) -> _Run:
    """Run the Monte Carlo trials of a plan and keep the per-trial arrays."""
    graph = _build_graph(plan)
    n = plan.trials
    schedule = _Schedule(plan, _draws(plan), n)
    layout = {"task": schedule.all_of, "all": schedule.all_of, "parallel": schedule.first_of, "sequential": schedule.one_after_another}
    ok = np.ones(n, dtype=bool)
    wasted = np.zeros(n)
    completion = np.zeros(n)
    outcomes: list[PortfolioOutcome] = []
    failures: dict[str, np.ndarray] = {}
    for k in graph.order:
        node = graph.nodes[k]
        end, node_ok, node_wasted = layout[node.mode](node)
        schedule.finish_of[k] = end
        ok &= node_ok
        if not node_ok.all():
            failures[node.name] = ~node_ok
        completion = np.maximum(completion, end)
        wasted += node_wasted
        if node.mode != "task":
            outcomes.append(
                PortfolioOutcome(
                    name=node.name,
                    mode=node.mode,
                    success_probability=float(node_ok.mean()),
                    expected_wasted_days=round(_finite(float(node_wasted.mean())), 4),
                )
            )
    by_name = {o.name: o for o in outcomes}
    outcomes = [by_name[p.name] for p in plan.portfolios]
    return _Run(completion, ok, wasted, outcomes, failures, graph, schedule.finish_of)


def _draws(plan: PlanInput) -> list[_Draw]:
    """Every task's per-trial duration, success and waste, in working days at its assignee's capacity."""
    scale = WORKDAYS_PER_WEEK if plan.unit == "weeks" else 1.0
    capacity = {p.name: p.plan_capacity() for p in plan.people}
    draws: list[_Draw] = []
    for task in plan.tasks:
        d = _draw(task, plan.seed, plan.trials, scale)
        cap = capacity.get(task.assignee, 1.0) if task.assignee else 1.0
        if cap != 1.0:
            d = _Draw(d.duration / cap, d.success, d.wasted / cap)
        draws.append(d)
    return draws


def _away_offsets(plan: PlanInput) -> dict[str, np.ndarray]:
    """Each person's own days off that fall on the team's working days from the start, as the working-day offset each
    one begins at (the start's first working day is 0); a plan without a start has no calendar to place them on."""
    if plan.start is None:
        return {}
    out: dict[str, np.ndarray] = {}
    for person in plan.people:
        days = sorted({d for d in [*person.days_off, *person.share_days_off(plan.start, plan.holidays)] if d >= plan.start and is_working_day(d, plan.holidays)})
        if days:
            out[person.name] = np.array([working_days_between(plan.start, d, plan.holidays) - 1 for d in days], dtype=float)
    return out


_NodeResult = tuple[np.ndarray, np.ndarray, np.ndarray]  # per trial: when the node ends, whether it delivered, days wasted


@dataclass
class _Schedule:
    """Per-trial state while nodes are laid out in dependency order: when each person is free, when each node ends."""

    plan: PlanInput
    draws: list[_Draw]
    n: int
    free: dict[str, np.ndarray] = field(default_factory=dict)
    finish_of: dict[int, np.ndarray] = field(default_factory=dict)
    away: dict[str, np.ndarray] = field(default_factory=dict)  # person -> their own days off, as working-day offsets

    def __post_init__(self) -> None:
        self.away = _away_offsets(self.plan)

    def finish(self, i: int, start: np.ndarray) -> np.ndarray:
        """When member task i, begun at `start`, ends: its duration in its assignee's working days, so their own days
        off (`Assignee.days_off`) stretch it and nobody else's work."""
        end = start + self.draws[i].duration
        offs = self.away.get(self.plan.tasks[i].assignee or "")
        if offs is None:
            return end
        for _ in range(offs.size + 1):  # each pass adds the days off the stretched span now covers; it settles
            covered = np.clip(np.minimum(end[:, None], offs + 1) - np.maximum(start[:, None], offs), 0.0, 1.0).sum(axis=1)
            stretched = start + self.draws[i].duration + covered
            if np.array_equal(stretched, end):
                break
            end = stretched
        return end

    def start(self, node: _Node, i: int) -> np.ndarray:
        """When member task i can start: its dependencies done and its assignee free."""
        ready = np.zeros(self.n)
        for dep in node.member_deps[i]:
            ready = np.maximum(ready, self.finish_of[dep])
        person = self.plan.tasks[i].assignee
        return ready if person is None or person not in self.free else np.maximum(ready, self.free[person])

    def all_of(self, node: _Node) -> _NodeResult:
        """A lone task, or a portfolio that needs every member: done when the last one ends."""
        end, wasted = np.zeros(self.n), np.zeros(self.n)
        for i in node.members:
            finish = self.finish(i, self.start(node, i))
            if self.plan.tasks[i].assignee:
                self.free[self.plan.tasks[i].assignee] = finish
            end = np.maximum(end, finish)
            wasted += self.draws[i].wasted
        return end, np.all([self.draws[i].success for i in node.members], axis=0), wasted

    def first_of(self, node: _Node) -> _NodeResult:
        """Alternatives run side by side: done when the first success ends; the others stop and count as waste."""
        starts, finishes = [], []
        for i in node.members:
            start = self.start(node, i)
            finish = self.finish(i, start)
            if self.plan.tasks[i].assignee:
                self.free[self.plan.tasks[i].assignee] = finish
            starts.append(start)
            finishes.append(finish)
        success = np.array([self.draws[i].success for i in node.members])
        fin = np.array(finishes)
        node_ok = success.any(axis=0)
        end = np.where(node_ok, np.where(success, fin, np.inf).min(axis=0), fin.max(axis=0))
        winner = np.where(success, fin, np.inf).argmin(axis=0)
        wasted = np.zeros(self.n)
        stopped: dict[str, np.ndarray] = {}
        for pos, i in enumerate(node.members):
            spent = np.minimum(fin[pos], np.maximum(end, starts[pos])) - starts[pos]
            lost = np.where(node_ok, spent, fin[pos] - starts[pos])
            wasted += np.where(node_ok & (winner == pos), self.draws[i].wasted, lost)
            person = self.plan.tasks[i].assignee
            if person:
                freed = np.where(node_ok, starts[pos] + spent, fin[pos])
                stopped[person] = np.maximum(stopped.get(person, freed), freed)
        self.free.update(stopped)
        return end, node_ok, wasted

    def one_after_another(self, node: _Node) -> _NodeResult:
        """Alternatives tried in order: the next starts only when the previous one failed."""
        end, wasted = np.zeros(self.n), np.zeros(self.n)
        active = np.ones(self.n, dtype=bool)
        node_ok = np.zeros(self.n, dtype=bool)
        for i in node.members:
            finish = self.finish(i, np.maximum(self.start(node, i), end))
            person = self.plan.tasks[i].assignee
            if person:
                self.free[person] = np.where(active, finish, self.free.get(person, np.zeros(self.n)))
            end = np.where(active, finish, end)
            wasted += np.where(active, self.draws[i].wasted, 0.0)
            node_ok |= active & self.draws[i].success
            active &= ~self.draws[i].success
        return end, node_ok, wasted


def _finite(value: float, fallback: float = 0.0) -> float:
    return value if math.isfinite(value) else fallback


def _percentile_error(ordered: np.ndarray, q: float) -> float | None:
    """Standard error of a sample quantile from the binomial order-statistic interval (about +-1 sigma)."""
    m = ordered.size
    if m < 10:
        return None
    half = math.sqrt(m * q * (1 - q))
    lo = int(max(math.floor(m * q - half), 0))
    hi = int(min(math.ceil(m * q + half), m - 1))
    return round(_finite(float(ordered[hi] - ordered[lo]) / 2), 4)


def _calendar(start: date | None, days: float | None, holidays: Iterable[date] = ()) -> date | None:
    """The working day on which work that takes `days` working days from `start` ends (weekends and holidays skipped)."""
    if start is None or days is None:
        return None
    return working_day_ending(start, days, holidays)


def working_days_until(start: date, deadline: date, holidays: Iterable[date] = ()) -> float:
    """Working days available from `start` through `deadline` inclusive (0 if the deadline is earlier); weekends and
    `holidays` are not working days."""
    return float(working_days_between(start, deadline, holidays))


def deadline_date(plan: PlanInput) -> date | None:
    """The deadline as a calendar date: the date given, or the working day `deadline_days` from the start."""
    if plan.deadline is not None:
        return plan.deadline
    if plan.deadline_days is not None and plan.start is not None:
        return _calendar(plan.start, plan.deadline_days, plan.holidays)
    return None


def is_deadline_passed(plan: PlanInput) -> bool:
    """True when the deadline date is before today (or before the start): there is nothing left to forecast for it."""
    when = deadline_date(plan)
    if when is None:
        return False
    return (plan.today is not None and when < plan.today) or (plan.start is not None and when < plan.start)


def _deadline_days(plan: PlanInput) -> float | None:
    if plan.deadline is not None and plan.start is not None:
        return working_days_until(plan.start, plan.deadline, plan.holidays)
    return plan.deadline_days


def _percentiles(plan: PlanInput, good: np.ndarray) -> dict[int, Percentile]:
    out = {}
    for level in (50, 80, 95):
        if good.size:
            value = _finite(float(np.quantile(good, level / 100)))
            out[level] = Percentile(
                level=level,
                working_days=round(value, 3),
                date=_calendar(plan.start, value, plan.holidays),
                std_error=_percentile_error(good, level / 100),
            )
        else:
            out[level] = Percentile(level=level, working_days=None)
    return out


def _histogram(good: np.ndarray, trials: int) -> Histogram:
    failed = trials - int(good.size)
    if not good.size:
        return Histogram(edges=[], counts=[], failed_trials=failed)
    low, high = float(good.min()), float(good.max())
    if high - low < 1e-6 * max(1.0, abs(high)):
        # All trials (nearly) agree: one bin around the value instead of 30 zero-width bins.
        low, high = low - 0.5, high + 0.5
    counts, edges = np.histogram(good, bins=HISTOGRAM_BINS, range=(low, high))
    return Histogram(
        edges=[round(_finite(float(e)), 4) for e in edges], counts=[int(c) for c in counts], failed_trials=failed
    )


def _notes(plan: PlanInput, good: np.ndarray, passed: bool) -> list[str]:
    notes: list[str] = []
    if not good.size:
        notes.append("No trial succeeded, so completion percentiles are not defined; raise success chances or add alternatives.")
    elif good.size < 10:
        notes.append(f"Only {good.size} trials succeeded; percentiles are rough and have no standard error.")
    if plan.start is None:
        notes.append("No start date given, so completion is in working days only.")
    if plan.unit == "weeks":
        notes.append(f"Estimates were in weeks; results are in working days ({WORKDAYS_PER_WEEK} per week).")
    if passed:
        notes.append("The deadline has already passed, so no chance of meeting it is given; agree a new date.")
    for t in [t for t in plan.tasks if t.retry_until_success and t.success_probability < 1][:2]:
        again = t.retry_duration if t.retry_duration is not None else t.most_likely
        notes.append(f"'{t.name}' works first time in {t.success_probability:.0%} of attempts (the figure given); each miss adds "
                     f"another round of about {again:g} {_unit(plan)}, which is what stretches the P80 and P95. Measure it against "
                     "its bar as early as possible: the day that is known is the day to confirm or move the date.")
    if plan.left_out:
        names = " and ".join(f"'{n}'" for n in plan.left_out[:3])
        release = next((t for t in plan.tasks if is_gate(t.name) and not _needed_by_others(plan.tasks, t.name)), None)
        before = ", ".join("'" + d + "'" for d in release.depends_on) if release is not None else ""
        waits = f": '{release.name}' waits only for {before or 'nothing else'}" if release is not None else ""
        notes.append(f"Left out: {names}, which the release does not wait for{waits}. {'It does' if len(plan.left_out) == 1 else 'They do'} "
                     "not decide the date, and a failure there does not stop the release.")
    return notes + _away_notes(plan)


def _away_notes(plan: PlanInput) -> list[str]:
    """One sentence per person who works part time on the plan, and per person whose own days off the plan places:
    both stretch that person's tasks only."""
    notes = []
    for person in plan.people:
        days = sorted(d for d in person.days_off if plan.start is None or d >= plan.start)
        if person.capacity < 1 and person.capacity_until is not None and any(t.assignee == person.name for t in plan.tasks):
            share = person.share_days_off(plan.start, plan.holidays)
            notes.append(f"{person.name} works on this at {person.capacity:.0%} of their time until {person.capacity_until:%a %d %b} "
                         f"({len(share)} working days off it until then, spread evenly) and full time after.")
        elif person.capacity < 1 and any(t.assignee == person.name for t in plan.tasks):
            notes.append(f"{person.name} works on this at {person.capacity:.0%} of their time, so each of their tasks takes "
                         f"{1 / person.capacity:.3g} times as long as its estimate.")
        if not days:
            continue
        listed = ", ".join(f"{d:%a %d %b}" for d in days[:3]) + (f" and {len(days) - 3} more" if len(days) > 3 else "")
        if not any(t.assignee == person.name for t in plan.tasks):
            notes.append(f"{person.name}'s own days off ({listed}) do not move this plan: no task in it is {person.name}'s.")
            continue
        notes.append(f"{person.name}'s own days off ({listed}) stretch only the work assigned to {person.name}; the rest of "
                     "the team works on.")
    return notes


def _needed_by_others(tasks: list[WorkItem], name: str) -> bool:
    return any(name in t.depends_on for t in tasks)


def off_release_path(tasks: list[WorkItem]) -> list[str]:
    """Tasks the release does not wait for: when exactly one of the plan's last steps (nothing depends on them) is a
    release step (a review, sign-off or go-live) and others are not, the work only those others need is off its path
    ('Launch review' depends on 'Prompted baseline'; 'Fine-tuned model' feeds nothing)."""
    names = {t.name for t in tasks}
    last = [t for t in tasks if not _needed_by_others(tasks, t.name)]
    gates = [t for t in last if is_gate(t.name)]
    if len(last) < 2 or len(gates) != 1:
        return []
    by_name = {t.name: t for t in tasks}
    needed, todo = set(), [gates[0].name]
    while todo:
        name = todo.pop()
        if name in needed or name not in names:
            continue
        needed.add(name)
        todo += by_name[name].depends_on
    return [t.name for t in tasks if t.name not in needed]


def _year_end_between(low: date, high: date) -> bool:
    """True when a day from 24 Dec to 1 Jan, when most teams take some days off, falls from `low` to `high`."""
    years = range(max(low.year - 1, 1), min(high.year, 9998) + 1)
    return any(date(y, 12, 24) <= high and low <= date(y + 1, 1, 1) for y in years)


def _is_year_end(day: date) -> bool:
    return (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day == 1)


def _weekdays_off(holidays: Iterable[date], low: date, high: date) -> list[date]:
    return [d for d in holidays if low <= d <= high and d.weekday() < 5]


def _weekdays(n: int) -> str:
    return "1 weekday" if n == 1 else f"{n} weekdays"


# What a message's reader is told about the same calendar: plain words, no percentiles and no numbers.
COUNTED_AS_WORKING = "These dates count the year-end holidays as working days, so time off over the holidays would move them later."
READER_CAVEATS = {
    "year_end_unlisted": COUNTED_AS_WORKING,
    "year_end_not_listed": COUNTED_AS_WORKING,
    "year_end_listed": "These dates already allow for the team's days off over the year-end holidays.",
    "year_end_assumed": "These dates allow for a break over the year-end holidays.",
    "days_off": "These dates already allow for the team's planned days off.",
}


def _calendar_notes(plan: PlanInput, percentiles: dict[int, Percentile]) -> tuple[str | None, str | None]:
    """When the work from the start to P95 spans the year-end holidays or a listed day off: one sentence for the
    manager on how the dates treat them, and one for a message's reader (READER_CAVEATS); (None, None) otherwise.
    A range that already skipped the holidays may no longer touch them, so the start counts."""
    high = percentiles[95].date
    if plan.start is None or high is None:
        return None, None
    year_end = _year_end_between(plan.start, high)
    skipped = _weekdays_off(plan.holidays, plan.start, high)
    head = f"The work from the start to P95 ({_fmt_date(plan.start)} to {_fmt_date(high)}) spans"
    if year_end and not plan.holidays:
        case, note = "year_end_unlisted", (f"{head} the year-end holidays; dates count Monday-Friday with no holidays: "
                                           "add the team's days off to the team file (holidays:).")
    elif year_end and not any(_is_year_end(d) for d in skipped):
        listed = ", ".join(f"{d:%a %d %b}" for d in skipped[:3])
        others = f"; they skip only the {_weekdays(len(skipped))} off given ({listed})" if skipped else ""
        case, note = "year_end_not_listed", (f"{head} the year-end holidays, but the days off given do not cover 24 Dec to "
                                             f"1 Jan, so the dates count those days as working days{others}: if the team "
                                             "is off for longer, tell me the first and last day off.")
    elif year_end and any(d in plan.assumed_holidays for d in skipped):
        case, note = "year_end_assumed", (f"{head} the year-end holidays; no dates were given for the break, so the dates skip an "
                                          f"assumed break from 24 Dec to 1 Jan ({_weekdays(len(skipped))}): tell me your "
                                          "team's days off to redo this.")
    elif year_end:
        one_stretch = len(skipped) > 1 and (skipped[-1] - skipped[0]).days <= 21
        span = f" ({_fmt_date(skipped[0])} to {_fmt_date(skipped[-1])}: the team's own days off, not an assumed break)" if one_stretch else ""
        case, note = "year_end_listed", f"{head} the year-end holidays; the dates skip the {_weekdays(len(skipped))} off given{span}."
    elif skipped:
        case, note = "days_off", f"{head} {_weekdays(len(skipped))} off given; the dates skip {'it' if len(skipped) == 1 else 'them'}."
    else:
        return None, None
    return note, READER_CAVEATS[case]


def _known_by(plan: PlanInput, run: _Run, level: float) -> dt.date | None:
    """The date by which, in `level`% of all trials, the step that fails most often has ended (worked or not)."""
    if not run.failures or run.graph is None:
        return None
    cause = max(run.failures, key=lambda name: float(run.failures[name].mean()))
    node = next((k for k, n in enumerate(run.graph.nodes) if n.name == cause), None)
    if node is None or node not in run.finish_of:
        return None
    ends = _finite(float(np.quantile(run.finish_of[node], level / 100, method="higher")))
    return _calendar(plan.start, ends, plan.holidays)


def _commitment(plan: PlanInput, run: _Run) -> Commitment | None:
    """The date by which `confidence_level`% of all trials finish; a trial that fails outright never does."""
    if plan.confidence_level is None:
        return None
    level, best = plan.confidence_level, float(run.ok.mean())
    if not run.ok.any():
        return Commitment(level=level, reachable=False, best_probability=best)
    if level / 100 > best + 1e-9:
        works = _finite(float(np.quantile(run.completion[run.ok], level / 100, method="higher")))
        return Commitment(level=level, reachable=False, best_probability=best, if_works_working_days=round(works, 3),
                          if_works_date=_calendar(plan.start, works, plan.holidays), known_by_date=_known_by(plan, run, level))  # fmt: skip
    ends = np.where(run.ok, run.completion, np.inf)
    value = _finite(float(np.quantile(ends, level / 100, method="higher")))
    return Commitment(level=level, reachable=True, working_days=round(value, 3), date=_calendar(plan.start, value, plan.holidays),
                      best_probability=best)  # fmt: skip


DRIVER_MIN_SHARE = 0.05  # a parallel task that ends last in fewer trials than this has slack: it does not decide the date


def _drivers(run: _Run) -> list[Driver]:
    """The tasks that run alongside other work, by how often they lie on the path that ends last (over the trials that
    succeed): walk back from the last node to end through, at each step, the dependency that ended last."""
    graph = run.graph
    if graph is None or not run.ok.any():
        return []
    nodes, ok = graph.nodes, run.ok
    ancestors: list[set[int]] = [set() for _ in nodes]
    for k in graph.order:
        for d in nodes[k].deps:
            ancestors[k] |= {d} | ancestors[d]
    parallel = [k for k in range(len(nodes)) if any(j != k and j not in ancestors[k] and k not in ancestors[j] for j in range(len(nodes)))]
    if not parallel:
        return []
    finish = {k: run.finish_of[k][ok] for k in range(len(nodes))}
    on_path = {k: np.zeros(int(ok.sum()), dtype=bool) for k in range(len(nodes))}
    sinks = [k for k in range(len(nodes)) if not any(k in other.deps for other in nodes)]
    last = np.argmax(np.array([finish[k] for k in sinks]), axis=0)
    for i, k in enumerate(sinks):
        on_path[k] |= last == i
    for k in reversed(graph.order):
        deps = sorted(nodes[k].deps)
        if deps:
            latest = np.argmax(np.array([finish[d] for d in deps]), axis=0)
            for i, d in enumerate(deps):
                on_path[d] |= on_path[k] & (latest == i)
    ranked = sorted(parallel, key=lambda k: (-float(on_path[k].mean()), k))
    return [Driver(name=nodes[k].name, share=round(float(on_path[k].mean()), 4)) for k in ranked]


def _drivers_note(drivers: list[Driver]) -> str | None:
    """One sentence naming the parallel work that decides the date, and the work with slack."""
    deciding = [d for d in drivers if d.share >= DRIVER_MIN_SHARE]
    if not deciding:
        return None
    first, *others = deciding
    also = "".join(f", '{d.name}' in {d.share:.0%}" for d in others[:2])
    slack = [d.name for d in drivers if d.share < DRIVER_MIN_SHARE]
    named = " and ".join(f"'{n}'" for n in slack[:2])
    spare = (f"; {named} {'has' if len(slack) == 1 else 'have'} slack ({'it ends' if len(slack) == 1 else 'each ends'} last in under "
             f"{DRIVER_MIN_SHARE:.0%} of them)") if slack else ""
    return (f"What decides the date: '{first.name}' ends last in {first.share:.0%} of the trials that finish{also}{spare}. "
            f"That is the work to watch and, if the date matters, to speed up.")


def _single_point(plan: PlanInput) -> bool:
    return all(t.optimistic == t.pessimistic and t.success_probability >= 1 for t in plan.tasks)


SINGLE_POINT_NOTE = (
    "Every estimate is a single number and nothing can fail, so every trial finishes on the same day: the chances "
    "here are not real odds. Give each task a best, likely and worst case for an honest forecast."
)


def year_end_break(first: date, last: date) -> list[date]:
    """The weekdays from 24 Dec to 1 Jan between `first` and `last`: the break most teams take, for a plan whose
    calendar lists none (said to be assumed wherever it is used)."""
    days: list[date] = []
    for year in range(first.year - 1, last.year + 1):
        day = date(year, 12, 24)
        while day <= date(year + 1, 1, 1):
            if first <= day <= last and day.weekday() < 5:
                days.append(day)
            day = date.fromordinal(day.toordinal() + 1)
    return days


def _summarise(plan: PlanInput, run: _Run) -> Forecast:
    n = plan.trials
    ok, completion = run.ok, run.completion
    good = np.sort(completion[ok])
    percentiles = _percentiles(plan, good)
    calendar_note, calendar_caveat = _calendar_notes(plan, percentiles)
    passed = is_deadline_passed(plan)
    deadline_days = _deadline_days(plan)
    deadline_probability = None
    if deadline_days is not None and not passed:
        deadline_probability = float((ok & (completion <= deadline_days + 1e-9)).mean())
    causes = sorted(
        (FailureCause(name=name, share=float(failed.mean())) for name, failed in run.failures.items()),
        key=lambda c: -c.share,
    )
    tail = _tail(plan, deadline_days) if deadline_probability is not None and deadline_probability >= TAIL_CAP else None
    drivers = _drivers(run)
    drivers_note = _drivers_note(drivers)
    forecast = Forecast(
        trials=n,
        seed=plan.seed,
        success_probability=float(ok.mean()),
        p50=percentiles[50],
        p80=percentiles[80],
        p95=percentiles[95],
        mean_days=round(_finite(float(good.mean())), 4) if good.size else None,
        std_days=(round(_finite(float(good.std(ddof=1))) if good.size > 1 else 0.0, 4) if good.size else None),
        deadline_days=deadline_days,
        slack_days=(float(round(deadline_days - percentiles[80].working_days))
                    if deadline_days is not None and percentiles[80].working_days is not None else None),
        deadline_probability=deadline_probability,
        deadline_passed=passed,
        failure_share=float((~ok).mean()),
        failure_causes=causes,
        expected_wasted_days=round(_finite(float(run.wasted.mean())), 4),
        portfolios=run.outcomes,
        drivers=drivers,
        commitment=_commitment(plan, run),
        tail=tail,
        deadline_chance=_chance_text(deadline_probability, tail),
        single_point=_single_point(plan),
        histogram=_histogram(good, n),
        notes=_notes(plan, good, passed) + ([SINGLE_POINT_NOTE] if _single_point(plan) else []) + ([calendar_note] if calendar_note else [])
        + ([drivers_note] if drivers_note else []) + _plain_sum_check(plan, percentiles[50].working_days),
        calendar_note=calendar_note,
        calendar_caveat=calendar_caveat,
        summary="",
    )
    forecast.histogram.caption = _caption(forecast)
    forecast.summary = _sentence(forecast, plan)
    return forecast


TAIL_CAP = 0.95  # the highest chance said when a stated worst case misses the deadline


def _tail(plan: PlanInput, deadline_days: float | None) -> Tail | None:
    """The task whose own worst case, with every other task at its most likely, ends latest, when that misses the
    deadline (None when every single worst case still meets it)."""
    if deadline_days is None:
        return None
    latest: tuple[float, int] | None = None
    for i, task in enumerate(plan.tasks):
        if task.pessimistic <= task.most_likely:
            continue
        end = _point_finish(plan, i)
        if end > deadline_days + 1e-9 and (latest is None or end > latest[0]):
            latest = (end, i)
    if latest is None:
        return None
    end, i = latest
    return Tail(task=plan.tasks[i].name, pessimistic=plan.tasks[i].pessimistic, unit=_unit(plan), working_days=round(end, 3),
                date=_calendar(plan.start, end, plan.holidays))  # fmt: skip


def _point_finish(plan: PlanInput, worst: int) -> float:
    """Working days to finish when task `worst` takes its pessimistic estimate and every other task its most likely,
    every approach working."""
    tasks = [
        t.model_copy(update={"optimistic": v, "most_likely": v, "pessimistic": v, "success_probability": 1.0, "retry_until_success": False})
        for k, t in enumerate(plan.tasks) for v in [t.pessimistic if k == worst else t.most_likely]
    ]  # fmt: skip
    run = _simulate(plan.model_copy(update={"tasks": tasks, "trials": 100}))
    return float(run.completion.max())


PLAIN_MARGIN = 0.35  # how far the simulated P50 may sit from the plain sum of the most likely estimates before it is explained
PLAIN_SLACK_DAYS = 2.0


def _plain_sum_check(plan: PlanInput, p50: float | None) -> list[str]:
    """A sanity check on the result: the most likely estimates added up along the plan (what runs in parallel counted
    once, every step working first time) against the simulated P50. When they disagree by more than a clear margin, one
    note says so and names the input that drives the gap, so a surprising figure is checked rather than trusted."""
    if p50 is None or len(plan.tasks) * plan.trials > MAX_CELLS // 4:
        return []
    plain = _point_finish(plan, -1)
    if plain <= 0 or abs(p50 - plain) <= PLAIN_MARGIN * plain + PLAIN_SLACK_DAYS:
        return []
    retried = [t for t in plan.tasks if t.retry_until_success and t.success_probability < 1]
    wide = max(plan.tasks, key=lambda t: t.pessimistic - t.most_likely)
    if p50 > plain and retried:
        cause = f"the further rounds of {' and '.join(repr(t.name) for t in retried[:2])} when a first attempt misses"
    elif p50 > plain:
        cause = f"the long worst case of {wide.name!r} ({wide.most_likely:g} most likely, up to {wide.pessimistic:g} {_unit(plan)})"
    else:
        cause = "estimates whose most likely value sits near their high end"
    return [f"Check: the most likely estimates add up to {plain:.0f} working days along the plan, but the simulated P50 is "
            f"{p50:.0f}; the gap comes from {cause}. If that is not how the plan works, correct that input and re-run."]


def _chance_text(p: float | None, tail: Tail | None) -> str | None:
    """The deadline chance in words: never above TAIL_CAP while a stated worst case misses the date."""
    if p is None:
        return None
    return f"over {TAIL_CAP:.0%}" if tail is not None and p >= TAIL_CAP else percent(p, words=True)


def _failure_clause(f: Forecast, trials: str = "trials") -> str:
    """'in 15% of trials 'Train model' fails outright and the project does not finish without a new plan'."""
    causes = f.failure_causes
    if len(causes) == 1:
        what = f"'{causes[0].name}' fails outright"
    else:
        listed = ", ".join(f"'{c.name}' in {percent(c.share)}" for c in causes[:3])
        what = f"a risky step fails outright ({listed})"
    return f"in {percent(f.failure_share)} of {trials} {what} and the project does not finish without a new plan"


def _caption(f: Forecast) -> str:
    if f.failure_share == 0:
        return f"Completion of all {f.trials:,} trials; none fails outright."
    finished = f.trials - f.histogram.failed_trials
    return f"Completion of the {finished:,} of {f.trials:,} trials that finish; {_failure_clause(f)}."


def _fmt_date(day: date) -> str:
    return f"{day:%a %d %b %Y}"


def _when(p: Percentile) -> str:
    text = f"{p.working_days:.1f} working days"
    return f"{text} ({p.date:%a %d %b %Y})" if p.date else text


def _sentence(f: Forecast, plan: PlanInput) -> str:
    head = f"Over {f.trials:,} trials"
    if f.p50.working_days is None:
        return f"{head} no trial succeeded: {_failure_clause(f)}, so there is no completion forecast."
    spread = f"{_when(f.p50)} at P50, {_when(f.p80)} at P80 and {_when(f.p95)} at P95"
    if f.failure_share > 0:
        clause = _failure_clause(f, f"{f.trials:,} trials")
        out = f"{clause[0].upper()}{clause[1:]}; the other {percent(1 - f.failure_share)} finish in {spread}"
    else:
        out = f"{head} the plan finishes in {spread}"
    when = deadline_date(plan)
    target = f"{when:%a %d %b %Y}" if when else f"{f.deadline_days or 0:g} working days"
    if f.deadline_passed:
        today = f" (today is {plan.today:%a %d %b %Y})" if plan.today else ""
        out += f"; the deadline ({target}) has already passed{today}, so the work is overdue and needs a new date"
    elif f.deadline_probability is not None:
        overall = " overall" if f.failure_share > 0 else ""
        odds = f.deadline_chance or percent(f.deadline_probability, words=True)  # rough inputs never give 0% or 100%
        chance = f"a chance{overall} {odds}" if odds[0].isalpha() else f"a {odds} chance{overall}"
        out += f", with {chance} of finishing by the deadline ({target})"
    return out + "."


def plan_from_project(
    project: Project,
    people: list[Person] | None = None,
    deadline: date | float | None = None,
    *,
    start: date | None = None,
    today: date | None = None,
    holidays: Iterable[date] = (),
    trials: int = 10_000,
    seed: int = 7,
) -> PlanInput:
    """Build a plan from a team-file project, taking assignees' capacity from the team's people and the days off
    from `holidays` (the team file's); with `today`, a deadline that has passed is reported as overdue."""
    if not project.tasks:
        raise ToolInputError(f"Project {project.name!r} has no tasks with estimates to simulate.")
    by_name = {p.name.casefold(): p for p in people or []}
    assignees: dict[str, Assignee] = {}
    for task in project.tasks:
        person = by_name.get((task.assignee or "").casefold())
        if person is None or person.name in assignees:
            continue
        if person.capacity < 0.05:
            raise ToolInputError(
                f"{person.name} has capacity {person.capacity:g} but is assigned {task.name!r}; reassign the task or raise their capacity."
            )
        assignees[person.name] = Assignee(name=person.name, capacity=person.capacity)
    tasks = [
        WorkItem(
            name=t.name,
            optimistic=t.optimistic,
            most_likely=t.most_likely,
            pessimistic=t.pessimistic,
            success_probability=t.success_probability,
            depends_on=list(t.depends_on),
            assignee=by_name[t.assignee.casefold()].name if t.assignee and t.assignee.casefold() in by_name else t.assignee,
        )
        for t in project.tasks
    ]
    left_out = off_release_path(tasks)
    tasks = [t for t in tasks if t.name not in left_out]
    deadline = project.deadline if deadline is None else deadline
    begin = start or project.start
    kwargs: dict = {"left_out": left_out} if left_out else {}
    if isinstance(deadline, date):
        begin = begin or today or date.today()
        kwargs["deadline"] = deadline
    elif deadline is not None:
        kwargs["deadline_days"] = float(deadline)
    return PlanInput(
        tasks=tasks, people=list(assignees.values()), start=begin, today=today, holidays=sorted(set(holidays)),
        trials=trials, seed=seed, unit=project.unit, **kwargs,
    )


# --- prescriptions: which concrete plan changes reach a target chance of meeting the deadline -----------

ChangeKind = Literal["cut_task", "defer_task", "parallel_fallback", "add_person", "full_time", "move_date", "run_in_parallel"]
CHANGE_KINDS: tuple[str, ...] = ("defer_task", "cut_task", "parallel_fallback", "add_person", "full_time", "run_in_parallel", "move_date")
LARGEST_TASKS = 3  # cut or defer candidates: the largest tasks after the first
FALLBACK_TASKS = 2  # fallback candidates: the riskiest tasks
FALLBACK_SUCCESS = 0.95
SECOND_PERSON_SAVING = 1 / 3  # a second person removes about a third of a splittable task's work
RAMP_UP_DAYS = 2.0
# Names of work that usually does not consume the previous step's output (docs, dashboards, reviews...).
INDEPENDENT_NAMES = re.compile(
    r"\b(docs?|documentation|runbooks?|dashboards?|monitoring|alert(s|ing)?|reviews?|training materials?|"
    r"write[- ]?ups?|comms|announcements?|ui|front[- ]?end|playbooks?)\b",
    re.IGNORECASE,
)


class PrescribeInput(_Strict):
    """A plan with a deadline and the chance of meeting it that the manager wants."""

    plan: PlanInput = Field(description="The plan to improve; it needs a deadline or deadline_days.")
    target_probability: float = Field(
        default=0.8, ge=0.05, le=0.99, description="Chance of meeting the deadline to aim for (default 0.8)."
    )
    max_changes: int = Field(default=5, ge=1, le=10, description="How many changes to report, best first.")
    order_assumed: bool = Field(
        default=False,
        description="True when the task order was assumed (no dependencies were given): only then are tasks whose "
        "names suggest independence proposed to run in parallel.",
    )
    delivers: str = Field(
        default="", max_length=200,
        description="What the plan delivers ('crop yield launch'): a task named after it is its core, never deferred.",
    )

    @model_validator(mode="after")
    def _has_deadline(self) -> "PrescribeInput":
        if self.plan.deadline is None and self.plan.deadline_days is None:
            raise ValueError("plan: a deadline (or deadline_days) is needed to suggest plan changes")
        return self


class PlanChange(BaseModel):
    """One concrete change to the plan and what it does to the chance of meeting the deadline."""

    kind: ChangeKind = Field(description="cut_task, defer_task, parallel_fallback, add_person, full_time, move_date or run_in_parallel.")
    task: str | None = Field(default=None, description="The task the change is about, if one.")
    description: str = Field(description="The change in plain words, naming the task.")
    deadline_probability: float = Field(description="Chance of meeting the deadline after the change (the new date for move_date).")
    gain: float = Field(description="Change in that chance against the plan as it is (0 when the deadline has passed).")
    reaches_target: bool = Field(description="True when the change alone reaches the target probability.")
    assumptions: list[str] = Field(description="What the change assumes; always stated.")
    new_p80: float | None = Field(default=None, description="P80 completion after the change, in working days.")
    new_p80_date: date | None = Field(default=None, description="P80 completion date after the change.")
    new_p95: float | None = Field(default=None, description="P95 completion after the change, in working days (the tail).")
    new_p95_date: date | None = Field(default=None, description="P95 completion date after the change.")
    new_deadline_days: float | None = Field(default=None, description="move_date (or a fallback with a date): the new deadline in working days from the start.")
    new_deadline_date: date | None = Field(default=None, description="move_date (or a fallback with a date): the new deadline date.")


class Prescriptions(BaseModel):
    """Plan changes re-simulated with the same seed, best first, and which reach the target."""

    baseline_probability: float | None = Field(description="Chance of meeting the deadline as planned (null when it has passed).")
    target_probability: float = Field(description="The chance aimed for.")
    deadline_passed: bool = Field(description="True when the deadline is already in the past: only a new date is offered.")
    failure_share: float = Field(description="Share of trials in which a step fails outright as planned.")
    changes: list[PlanChange] = Field(description="Changes sorted by their chance of meeting the deadline, best first.")
    gates: list[str] = Field(
        default_factory=list,
        description="Tasks that are gates (sign-off, review, testing, go-live): never offered as cut or deferred.",
    )
    doubtful_tasks: list[str] = Field(
        default_factory=list,
        description="Why some task names look misread (a date phrase, a verb): no lever is built on them; ask.",
    )
    reaches_target: list[ChangeKind] = Field(description="Kinds of the listed changes that reach the target.")
    summary: str = Field(description="One-sentence summary.")
    trials: int = Field(description="Monte Carlo trials per simulation.")
    seed: int = Field(description="Random seed used for every simulation.")


@dataclass
class _Candidate:
    kind: str
    task: str | None
    description: str
    plan: PlanInput
    assumptions: list[str]


def prescribe(inp: PrescribeInput) -> Prescriptions:
    """Suggest concrete plan changes (defer or cut a large task, run a fallback approach in parallel, add a person,
    run independent tasks in parallel, move the date), re-simulate each with the same seed, and report which reach
    the target chance of meeting the deadline."""
    plan = inp.plan
    base = _simulate(plan)
    passed = is_deadline_passed(plan)
    deadline = _deadline_days(plan) or 0.0
    baseline = None if passed else _meets(base, deadline)
    changes: list[PlanChange] = []
    if not passed:
        for candidate in _candidates(inp):
            changes.append(_evaluate(inp, candidate, deadline, baseline or 0.0))
    move = _move_date(inp, base, passed, baseline)
    if move is not None:
        changes.append(move)
    elif not passed:
        changes += _fallback_and_date(inp, baseline or 0.0)
    changes.sort(key=lambda c: (-c.deadline_probability, CHANGE_KINDS.index(c.kind), c.description))
    kept = changes[: inp.max_changes]
    kinds = list(dict.fromkeys(c.kind for c in kept if c.reaches_target))
    return Prescriptions(
        baseline_probability=baseline,
        target_probability=inp.target_probability,
        deadline_passed=passed,
        failure_share=float((~base.ok).mean()),
        changes=kept,
        reaches_target=kinds,
        gates=[t.name for t in plan.tasks if is_gate(t.name)],
        doubtful_tasks=[problem_text(t.name, why) for t in plan.tasks if (why := name_problem(t.name)) is not None],
        summary=_prescription_summary(inp, base, baseline, kept),
        trials=plan.trials,
        seed=plan.seed,
    )


def _meets(run: _Run, deadline: float) -> float:
    return float((run.ok & (run.completion <= deadline + 1e-9)).mean())


def _candidates(inp: PrescribeInput) -> list[_Candidate]:
    plan = inp.plan
    return [*_shed_work(plan, inp.delivers), *_fallbacks(plan), *_second_person(plan), *_full_time(plan), *_parallel_chain(plan, inp.order_assumed)]


def _full_time(plan: PlanInput) -> list[_Candidate]:
    """A person on the plan part time ('he's only at 50% on it') given to it full time: their tasks at their estimates."""
    out = []
    for person in plan.people:
        if person.capacity >= 1 or not any(t.assignee == person.name for t in plan.tasks):
            continue
        people = [p.model_copy(update={"capacity": 1.0}) if p.name == person.name else p for p in plan.people]
        out.append(_Candidate(
            "full_time", None, f"Put {person.name} on it full time (now {person.capacity:.0%})",
            plan.model_copy(update={"people": people}),
            [f"{person.name}'s other work (the other {1 - person.capacity:.0%} of their time) moves to someone else or waits."],
        ))
    return out


def _unit(plan: PlanInput) -> str:
    return "weeks" if plan.unit == "weeks" else "working days"


def _lone_tasks(plan: PlanInput) -> list[int]:
    """Indexes of tasks outside any portfolio."""
    members = {name for port in plan.portfolios for name in port.tasks}
    return [i for i, t in enumerate(plan.tasks) if t.name not in members]


def _levers(plan: PlanInput) -> list[int]:
    """Lone tasks a change may be built on: not a gate (a release cannot ship without it) and not a name that looks
    misread (a date phrase or a verb, which is reported instead)."""
    return [i for i in _lone_tasks(plan) if not is_gate(plan.tasks[i].name) and name_problem(plan.tasks[i].name) is None]


def _mean(task: WorkItem) -> float:
    return (task.optimistic + task.most_likely + task.pessimistic) / 3


def _replace(plan: PlanInput, index: int, task: WorkItem) -> PlanInput:
    tasks = list(plan.tasks)
    tasks[index] = task
    return plan.model_copy(update={"tasks": tasks})


def _shed_work(plan: PlanInput, delivers: str = "") -> list[_Candidate]:
    """Defer the largest later tasks nothing else needs (never the one named after what the plan delivers: that is
    the release itself); cut the others down to a minimal version."""
    needed = {dep for t in plan.tasks for dep in t.depends_on}
    lone = [i for i in _levers(plan) if i > 0 and _mean(plan.tasks[i]) > 0]
    largest = sorted(lone, key=lambda i: (-_mean(plan.tasks[i]), i))[:LARGEST_TASKS]
    unit = _unit(plan)
    out = []
    for i in largest:
        task = plan.tasks[i]
        if task.name not in needed and not is_core(task.name, delivers):
            # Deferred work takes no time in this plan; kept as an instant, certain step so every other task's
            # dependencies and order stay exactly as they were.
            gone = WorkItem(name=task.name, optimistic=0, most_likely=0, pessimistic=0, depends_on=task.depends_on)
            out.append(_Candidate(
                "defer_task", task.name, f"Defer '{task.name}' to a follow-up release",
                _replace(plan, i, gone),
                [f"The release is useful without '{task.name}'; it follows after the deadline.",
                 f"Its {task.optimistic:g}-{task.pessimistic:g} {unit} of work leave this plan."],
            ))
        elif task.optimistic < task.most_likely:
            small = task.model_copy(update={"most_likely": task.optimistic, "pessimistic": task.optimistic})
            out.append(_Candidate(
                "cut_task", task.name,
                f"Cut '{task.name}' down to a minimal version (about {task.optimistic:g} {unit} instead of {task.most_likely:g})",
                _replace(plan, i, small),
                [f"A smaller version of '{task.name}' takes about its optimistic estimate ({task.optimistic:g} {unit}) "
                 "and is enough for the tasks that depend on it.",
                 "Its chance of working is unchanged."],
            ))
    return out


def _fallbacks(plan: PlanInput) -> list[_Candidate]:
    """Run a simpler approach beside each of the riskiest tasks, first success wins."""
    risky = [i for i in _levers(plan) if plan.tasks[i].success_probability < 1 and not plan.tasks[i].retry_until_success]
    risky = sorted(risky, key=lambda i: (plan.tasks[i].success_probability, i))[:FALLBACK_TASKS]
    taken = {t.name for t in plan.tasks} | {p.name for p in plan.portfolios}
    unit = _unit(plan)
    out = []
    for i in risky:
        task = plan.tasks[i]
        backup, group = f"{task.name[:100]} (simpler fallback)", f"{task.name[:100]} or its fallback"
        if backup in taken or group in taken:
            continue
        fallback = WorkItem(
            name=backup, optimistic=task.optimistic, most_likely=task.most_likely, pessimistic=task.pessimistic,
            success_probability=FALLBACK_SUCCESS, depends_on=task.depends_on,
        )
        tasks = [
            t.model_copy(update={"depends_on": [group if d == task.name else d for d in t.depends_on]})
            for t in plan.tasks
        ]
        changed = plan.model_copy(update={
            "tasks": [*tasks, fallback],
            "portfolios": [*plan.portfolios, Portfolio(name=group, mode="parallel", tasks=[task.name, backup])],
        })
        owner = task.assignee or "the person on it"
        out.append(_Candidate(
            "parallel_fallback", task.name,
            f"Run a simpler fallback approach for '{task.name}' in parallel and keep whichever works first",
            changed,
            [f"The fallback approach is assumed to take {task.optimistic:g}-{task.pessimistic:g} {unit} "
             f"(the same range as '{task.name}') with {FALLBACK_SUCCESS:.0%} success.",
             f"Someone other than {owner} works on the fallback at the same time.",
             f"The original approach works {task.success_probability:.0%} of the time, as planned."],
        ))
    return out


def _second_person(plan: PlanInput) -> list[_Candidate]:
    """Add a second person to the longest task, if it is long enough for the help to pay off."""
    lone = [i for i in _lone_tasks(plan) if helped_by_people(plan.tasks[i].name) and name_problem(plan.tasks[i].name) is None]
    if not lone:
        return []
    i = max(lone, key=lambda k: (_mean(plan.tasks[k]), -k))
    task = plan.tasks[i]
    ramp = RAMP_UP_DAYS / (WORKDAYS_PER_WEEK if plan.unit == "weeks" else 1)

    def helped(x: float) -> float:
        return min(x, ramp + x * (1 - SECOND_PERSON_SAVING))

    if helped(task.most_likely) >= task.most_likely:
        return []
    faster = task.model_copy(update={
        "optimistic": helped(task.optimistic), "most_likely": helped(task.most_likely),
        "pessimistic": helped(task.pessimistic),
    })
    unit = _unit(plan)
    return [_Candidate(
        "add_person", task.name, f"Add a second person to '{task.name}'",
        _replace(plan, i, faster),
        [f"A second person speeds '{task.name}' up by about a third after a ramp-up of about {ramp:g} {unit}.",
         f"'{task.name}' can be split between two people, and someone is free to join for its whole duration."],
    )]


def _parallel_chain(plan: PlanInput, order_assumed: bool) -> list[_Candidate]:
    """Run tasks whose names suggest independence alongside a strict chain, when no dependency was stated: either
    the chain's order was assumed (order_assumed) or there are no dependencies and one person does every task."""
    tasks = plan.tasks
    if plan.portfolios or len(tasks) < 3:
        return []
    chained = not tasks[0].depends_on and all(t.depends_on == [tasks[k].name] for k, t in enumerate(tasks[1:]))
    one_person = len({t.assignee for t in tasks}) == 1 and tasks[0].assignee is not None
    unlinked = all(not t.depends_on for t in tasks)
    if not ((order_assumed and chained) or (unlinked and one_person)):
        return []
    free = [k for k in range(1, len(tasks)) if INDEPENDENT_NAMES.search(tasks[k].name)]
    if not free:
        return []
    main = [k for k in range(len(tasks)) if k not in free]
    rewired = []
    for k, task in enumerate(tasks):
        if k in free:
            deps = [tasks[0].name] if chained and k > 1 else list(task.depends_on)
            rewired.append(task.model_copy(update={"depends_on": deps, "assignee": None}))
        elif chained:
            before = [m for m in main if m < k]
            rewired.append(task.model_copy(update={"depends_on": [tasks[before[-1]].name] if before else []}))
        else:
            rewired.append(task)
    one = len(free) == 1
    names = " and ".join(f"'{tasks[k].name}'" for k in free)
    return [_Candidate(
        "run_in_parallel", tasks[free[0]].name if one else None,
        f"Run {names} alongside the main work instead of one after another",
        plan.model_copy(update={"tasks": rewired}),
        [f"{names} {'does' if one else 'do'} not need the tasks before {'it' if one else 'them'} to finish first: "
         "assumed from the names, because no dependencies were given; check this before promising anything.",
         "Someone other than the person on the main work does "
         + ("it." if one else "them.")],
    )]


def _point(plan: PlanInput, run: _Run, level: float = 0.8) -> tuple[float | None, date | None]:
    """A completion percentile of the trials that finish, in working days and as a date."""
    good = run.completion[run.ok]
    if not good.size:
        return None, None
    value = round(_finite(float(np.quantile(good, level))), 3)
    return value, _calendar(plan.start, value, plan.holidays)


def _evaluate(inp: PrescribeInput, candidate: _Candidate, deadline: float, baseline: float) -> PlanChange:
    run = _simulate(candidate.plan)
    p = _meets(run, deadline)
    p80, p80_date = _point(candidate.plan, run)
    p95, p95_date = _point(candidate.plan, run, 0.95)
    return PlanChange(
        kind=candidate.kind,
        task=candidate.task,
        description=candidate.description,
        deadline_probability=p,
        gain=round(p - baseline, 6),
        reaches_target=p >= inp.target_probability - 1e-12,
        assumptions=candidate.assumptions,
        new_p80=p80,
        new_p80_date=p80_date,
        new_p95=p95,
        new_p95_date=p95_date,
    )


def _earliest_days(run: _Run, target: float) -> float | None:
    """Whole working days by which at least `target` of all trials succeed and finish (None if never)."""
    finish = np.sort(np.where(run.ok, run.completion, np.inf))
    value = float(finish[max(math.ceil(target * finish.size - 1e-9) - 1, 0)])
    return float(math.ceil(value - 1e-9)) if math.isfinite(value) else None


def _move_date(inp: PrescribeInput, run: _Run, passed: bool, baseline: float | None) -> PlanChange | None:
    """The earliest date (never before today) with the target chance, when the current deadline misses it."""
    plan = inp.plan
    if baseline is not None and baseline >= inp.target_probability - 1e-12:
        return None
    days = _earliest_days(run, inp.target_probability)
    if days is None:
        return None
    if plan.start is not None and plan.today is not None and plan.today > plan.start:
        # Never propose a date in the past: today is the earliest possible.
        days = max(days, working_days_until(plan.start, plan.today, plan.holidays))
    when = _calendar(plan.start, days, plan.holidays)
    p = _meets(run, days)
    target = _fmt_date(when) if when else f"{days:g} working days from the start"
    description = f"Move the date to {target}" if not passed else f"Agree a new date: {target} (the old one has passed)"
    return PlanChange(
        kind="move_date",
        description=description,
        deadline_probability=p,
        gain=0.0 if baseline is None else round(p - baseline, 6),
        reaches_target=p >= inp.target_probability - 1e-12,
        assumptions=["The scope and the plan stay as they are; only the promised date moves.",
                     f"{percent(p)} of trials finish by then, counting the ones that fail outright as missing it."],
        new_deadline_days=days,
        new_deadline_date=when,
    )


def _fallback_and_date(inp: PrescribeInput, baseline: float) -> list[PlanChange]:
    """When steps that fail outright keep every later date below the target, the one change that can reach it: a
    fallback for the riskiest step together with the earliest date the plan with it reaches the target."""
    plan, out = inp.plan, []
    for candidate in _fallbacks(plan):
        run = _simulate(candidate.plan)
        days = _earliest_days(run, inp.target_probability)
        if days is None:
            continue
        if plan.start is not None and plan.today is not None and plan.today > plan.start:
            days = max(days, working_days_until(plan.start, plan.today, plan.holidays))
        current = _deadline_days(plan)
        if current is not None and days <= current + 1e-9:
            continue  # the fallback alone reaches the target by the current date: moving the date earlier is no change
        when = _calendar(plan.start, days, plan.holidays)
        p = _meets(run, days)
        target = _fmt_date(when) if when else f"{days:g} working days from the start"
        out.append(PlanChange(
            kind="parallel_fallback", task=candidate.task, description=f"{candidate.description}, and move the date to {target}",
            deadline_probability=p, gain=round(p - baseline, 6), reaches_target=p >= inp.target_probability - 1e-12,
            assumptions=[*candidate.assumptions[:1], "No later date alone gets there while the step can fail outright; "
                         "with the fallback, this is the earliest date that does."],
            new_deadline_days=days, new_deadline_date=when,
        ))
    return sorted(out, key=lambda c: c.new_deadline_days or 0.0)[:1]


def _prescription_summary(inp: PrescribeInput, run: _Run, baseline: float | None, kept: list[PlanChange]) -> str:
    target = percent(inp.target_probability)
    if baseline is None:
        move = next((c for c in kept if c.kind == "move_date"), None)
        if move is None:
            return f"The deadline has already passed, so the work is overdue; no date reaches a chance of {target}."
        when = _fmt_date(move.new_deadline_date) if move.new_deadline_date else f"{move.new_deadline_days:g} working days from the start"
        return f"The deadline has already passed, so the work is overdue; the earliest date with a chance of {target} is {when}."
    head = f"The plan has a {percent(baseline)} chance of meeting the deadline against a target of {target}"
    if baseline >= inp.target_probability - 1e-12:
        return f"{head}, so it already reaches it; the changes below add margin."
    reaching = [c for c in kept if c.reaches_target]
    failure = float((~run.ok).mean())
    capped = (f"; no date alone reaches it, because a step fails outright in {percent(failure)} of trials"
              if 1 - failure < inp.target_probability else "")
    if reaching:
        listed = "; ".join(f"{c.description.lower()[0]}{c.description[1:]} ({percent(c.deadline_probability)})" for c in reaching[:2])
        return f"{head}; {len(reaching)} of the changes below reach it, best first: {listed}{capped}."
    best = f"the best is to {kept[0].description[0].lower()}{kept[0].description[1:]} ({percent(kept[0].deadline_probability)})" if kept else "no change helps"
    why = (
        f", and no date reaches it because a step fails outright in {percent(failure)} of trials"
        if 1 - failure < inp.target_probability else ""
    )
    return f"{head}; no single change reaches it, {best}{why}."
