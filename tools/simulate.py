"""Monte Carlo schedule forecast: when does a project finish, and how likely is it to work at all?

Each task's duration is a triangular draw (optimistic, most likely, pessimistic) in working days, or in
weeks of five working days. A task whose approach fails sinks the plan unless it is retried until it
works (attempts ~ Geometric(p), each a fresh draw) or sits in a portfolio of alternatives: `parallel`
(tried at once, first success wins and the others stop), `sequential` (tried in order until one works)
or `all` (every one needed). Dependencies are finish-to-start. A person works on one task at a time:
tasks are scheduled in dependency order (ties keep the file's order) and a task waits until its
assignee is free; capacity below 1 stretches their tasks (duration / capacity). Every task draws from
its own random stream keyed by the seed and its name, so adding or changing one task leaves the other
tasks' draws unchanged (common random numbers). Percentiles are over the trials where the plan succeeds.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass, field
import datetime as dt
from datetime import date
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from tools.errors import ToolInputError
from tools.team import Person, Project

WORKDAYS_PER_WEEK = 5
MAX_CELLS = 4_000_000  # trials x tasks: bounds memory and time (about 32 MB per array set)
EXACT_ATTEMPTS = 24  # retries beyond this many attempts are summed with the central limit theorem
HISTOGRAM_BINS = 30
MIN_RETRY_PROBABILITY = 0.01
MAX_DATE_OFFSET = 2_000_000  # working days; later dates would pass year 9999


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
    start: date | None = Field(default=None, description="Start date, for calendar dates (weekends skipped).")
    deadline: date | None = Field(default=None, description="Deadline as a date (needs start).")
    deadline_days: float | None = Field(
        default=None, ge=0, le=1_000_000, description="Deadline in working days from the start (instead of a date)."
    )
    trials: int = Field(default=10_000, ge=100, le=200_000, description="Monte Carlo trials.")
    seed: int = Field(default=7, ge=0, le=2**32 - 1, description="Random seed; same seed and plan give the same forecast.")

    @model_validator(mode="after")
    def _consistent(self) -> "PlanInput":
        if self.deadline is not None and self.deadline_days is not None:
            raise ValueError("give deadline or deadline_days, not both")
        if self.deadline is not None and self.start is None:
            raise ValueError("deadline: a deadline date needs a start date (or use deadline_days)")
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
        description="Calendar date of the working day it ends on; weekends skipped, holidays not (null without a start).",
    )
    std_error: float | None = Field(default=None, description="Monte Carlo standard error of working_days.")


class Histogram(BaseModel):
    """Completion times of successful trials, binned for plotting."""

    edges: list[float] = Field(description="Bin edges in working days (one more than counts).")
    counts: list[int] = Field(description="Trials per bin.")


class PortfolioOutcome(BaseModel):
    """How one portfolio of alternatives fared."""

    name: str = Field(description="Portfolio name.")
    mode: str = Field(description="parallel, sequential or all.")
    success_probability: float = Field(description="Chance the portfolio delivers (any approach works, or all for mode all).")
    expected_wasted_days: float = Field(description="Expected working days spent on approaches that failed or lost.")


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
    deadline_probability: float | None = Field(
        default=None, description="Chance the plan succeeds and finishes by the deadline."
    )
    expected_wasted_days: float = Field(
        description="Expected working days spent on failed approaches, failed attempts and alternatives that lost."
    )
    portfolios: list[PortfolioOutcome] = Field(default_factory=list, description="Outcome of each portfolio.")
    histogram: Histogram = Field(description="Completion times of successful trials.")
    notes: list[str] = Field(default_factory=list, description="Caveats, e.g. why percentiles are missing.")
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


def _triangular(u: np.ndarray, a: float, b: float, c: float) -> np.ndarray:
    """Inverse CDF of the triangular distribution; monotone in u and in each of a, b, c."""
    if c <= a:
        return np.full(u.shape, a)
    split = (b - a) / (c - a)
    low = a + np.sqrt(u * (c - a) * (b - a))
    high = c - np.sqrt((1.0 - u) * (c - a) * (c - b))
    return np.where(u < split, low, high)


@dataclass
class _Draw:
    duration: np.ndarray  # total working days the task occupies its assignee
    success: np.ndarray  # bool: the approach worked
    wasted: np.ndarray  # days on failed attempts (all of it if the task failed)


def _draw(task: WorkItem, seed: int, trials: int, scale: float) -> _Draw:
    """Draw one task's duration and outcome from its own stream (seed, crc32 of its name)."""
    rng = np.random.default_rng([seed, zlib.crc32(task.name.encode("utf-8"))])
    a, b, c = task.optimistic * scale, task.most_likely * scale, task.pessimistic * scale
    first = _triangular(rng.random(trials), a, b, c)
    success = rng.random(trials) < task.success_probability
    if not task.retry_until_success:
        return _Draw(first, success, np.where(success, 0.0, first))
    attempts = rng.geometric(task.success_probability, trials)
    total = first.copy()
    last = first.copy()
    for k in range(1, EXACT_ATTEMPTS):
        more = attempts > k
        if not more.any():
            break
        draw = _triangular(rng.random(trials), a, b, c)
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


def forecast_completion(plan: PlanInput) -> Forecast:
    """Simulate a project plan (three-point task estimates, approaches that may fail, dependencies,
    portfolios of alternatives) and forecast P50/P80/P95 completion, the chance of meeting the deadline,
    the chance it works at all, and the effort wasted on failed approaches."""
    graph = _build_graph(plan)
    n = plan.trials
    scale = WORKDAYS_PER_WEEK if plan.unit == "weeks" else 1.0
    capacity = {p.name: p.capacity for p in plan.people}
    draws: list[_Draw] = []
    for task in plan.tasks:
        d = _draw(task, plan.seed, n, scale)
        cap = capacity.get(task.assignee, 1.0) if task.assignee else 1.0
        if cap != 1.0:
            d = _Draw(d.duration / cap, d.success, d.wasted / cap)
        draws.append(d)

    free: dict[str, np.ndarray] = {}
    finish_of: dict[int, np.ndarray] = {}
    ok = np.ones(n, dtype=bool)
    wasted = np.zeros(n)
    completion = np.zeros(n)
    outcomes: list[PortfolioOutcome] = []

    def ready_for(node: _Node, i: int) -> np.ndarray:
        out = np.zeros(n)
        for dep in node.member_deps[i]:
            out = np.maximum(out, finish_of[dep])
        return out

    def start_for(i: int, ready: np.ndarray) -> np.ndarray:
        person = plan.tasks[i].assignee
        return ready if person is None or person not in free else np.maximum(ready, free[person])

    for k in graph.order:
        node = graph.nodes[k]
        node_wasted = np.zeros(n)
        if node.mode in ("task", "all"):
            end = np.zeros(n)
            for i in node.members:
                start = start_for(i, ready_for(node, i))
                finish = start + draws[i].duration
                if plan.tasks[i].assignee:
                    free[plan.tasks[i].assignee] = finish
                end = np.maximum(end, finish)
                ok &= draws[i].success
                node_wasted += draws[i].wasted
            node_ok = np.all([draws[i].success for i in node.members], axis=0)
        elif node.mode == "parallel":
            starts, finishes = [], []
            for i in node.members:
                start = start_for(i, ready_for(node, i))
                finish = start + draws[i].duration
                if plan.tasks[i].assignee:
                    free[plan.tasks[i].assignee] = finish
                starts.append(start)
                finishes.append(finish)
            success = np.array([draws[i].success for i in node.members])
            fin = np.array(finishes)
            node_ok = success.any(axis=0)
            first_success = np.where(success, fin, np.inf).min(axis=0)
            end = np.where(node_ok, first_success, fin.max(axis=0))
            winner = np.where(success, fin, np.inf).argmin(axis=0)
            stopped: dict[str, np.ndarray] = {}
            for pos, i in enumerate(node.members):
                spent = np.minimum(fin[pos], np.maximum(end, starts[pos])) - starts[pos]
                lost = np.where(node_ok, spent, fin[pos] - starts[pos])
                node_wasted += np.where(node_ok & (winner == pos), draws[i].wasted, lost)
                person = plan.tasks[i].assignee
                if person:
                    freed = np.where(node_ok, starts[pos] + spent, fin[pos])
                    stopped[person] = np.maximum(stopped.get(person, freed), freed)
            free.update(stopped)
            ok &= node_ok
        else:  # sequential
            end = np.zeros(n)
            active = np.ones(n, dtype=bool)
            node_ok = np.zeros(n, dtype=bool)
            for i in node.members:
                start = np.maximum(start_for(i, ready_for(node, i)), end)
                finish = start + draws[i].duration
                person = plan.tasks[i].assignee
                if person:
                    free[person] = np.where(active, finish, free.get(person, np.zeros(n)))
                end = np.where(active, finish, end)
                node_wasted += np.where(active, draws[i].wasted, 0.0)
                node_ok |= active & draws[i].success
                active &= ~draws[i].success
            ok &= node_ok
        finish_of[k] = end
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
    return _summarise(plan, completion, ok, wasted, outcomes)


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


def _calendar(start: date | None, days: float | None) -> date | None:
    """The working day on which work that takes `days` working days from `start` ends (weekends skipped)."""
    if start is None or days is None:
        return None
    offset = max(math.ceil(days - 1e-9) - 1, 0)
    if offset > MAX_DATE_OFFSET:
        return None
    rolled = np.busday_offset(np.datetime64(start, "D"), 0, roll="forward")
    out = np.busday_offset(rolled, offset, roll="forward")
    if out > np.datetime64("9999-12-31"):
        return None
    return out.astype("datetime64[D]").item()


def working_days_until(start: date, deadline: date) -> float:
    """Working days available from `start` through `deadline` inclusive (0 if the deadline is earlier)."""
    rolled = np.busday_offset(np.datetime64(start, "D"), 0, roll="forward")
    end = np.datetime64(deadline, "D") + np.timedelta64(1, "D")
    return float(max(np.busday_count(rolled, end), 0))


def _summarise(
    plan: PlanInput, completion: np.ndarray, ok: np.ndarray, wasted: np.ndarray, outcomes: list[PortfolioOutcome]
) -> Forecast:
    n = plan.trials
    success_probability = float(ok.mean())
    good = np.sort(completion[ok])
    notes: list[str] = []
    percentiles = {}
    for level in (50, 80, 95):
        if good.size:
            value = _finite(float(np.quantile(good, level / 100)))
            percentiles[level] = Percentile(
                level=level,
                working_days=round(value, 3),
                date=_calendar(plan.start, value),
                std_error=_percentile_error(good, level / 100),
            )
        else:
            percentiles[level] = Percentile(level=level, working_days=None)
    if not good.size:
        notes.append("No trial succeeded, so completion percentiles are not defined; raise success chances or add alternatives.")
    elif good.size < 10:
        notes.append(f"Only {good.size} trials succeeded; percentiles are rough and have no standard error.")
    if plan.start is None:
        notes.append("No start date given, so completion is in working days only.")
    if plan.unit == "weeks":
        notes.append(f"Estimates were in weeks; results are in working days ({WORKDAYS_PER_WEEK} per week).")
    deadline_days = plan.deadline_days
    if plan.deadline is not None and plan.start is not None:
        deadline_days = working_days_until(plan.start, plan.deadline)
    deadline_probability = None
    if deadline_days is not None:
        deadline_probability = float((ok & (completion <= deadline_days + 1e-9)).mean())
    if good.size:
        low, high = float(good.min()), float(good.max())
        if high - low < 1e-6 * max(1.0, abs(high)):
            # All trials (nearly) agree: one bin around the value instead of 30 zero-width bins.
            low, high = low - 0.5, high + 0.5
        counts_arr, edges_arr = np.histogram(good, bins=HISTOGRAM_BINS, range=(low, high))
        histogram = Histogram(edges=[round(_finite(float(e)), 4) for e in edges_arr], counts=[int(c) for c in counts_arr])
        mean_days = round(_finite(float(good.mean())), 4)
        std_days = round(_finite(float(good.std(ddof=1))) if good.size > 1 else 0.0, 4)
    else:
        histogram = Histogram(edges=[], counts=[])
        mean_days = std_days = None
    forecast = Forecast(
        trials=n,
        seed=plan.seed,
        success_probability=success_probability,
        p50=percentiles[50],
        p80=percentiles[80],
        p95=percentiles[95],
        mean_days=mean_days,
        std_days=std_days,
        deadline_days=deadline_days,
        deadline_probability=deadline_probability,
        expected_wasted_days=round(_finite(float(wasted.mean())), 4),
        portfolios=outcomes,
        histogram=histogram,
        notes=notes,
        summary="",
    )
    forecast.summary = _sentence(forecast, plan)
    return forecast


def _when(p: Percentile) -> str:
    text = f"{p.working_days:.1f} working days"
    return f"{text} ({p.date:%a %d %b %Y})" if p.date else text


def _sentence(f: Forecast, plan: PlanInput) -> str:
    head = f"Over {f.trials:,} trials the plan succeeds with {f.success_probability:.0%} probability"
    if f.p50.working_days is None:
        return head + "; no trial succeeded, so there is no completion forecast."
    out = f"{head}; when it does, it finishes in {_when(f.p50)} at P50, {_when(f.p80)} at P80 and {_when(f.p95)} at P95"
    if f.deadline_probability is not None:
        target = f"{plan.deadline:%d %b %Y}" if plan.deadline else f"{f.deadline_days:g} working days"
        out += f", with a {f.deadline_probability:.0%} chance of succeeding by the deadline ({target})"
    return out + "."


def plan_from_project(
    project: Project,
    people: list[Person] | None = None,
    deadline: date | float | None = None,
    *,
    start: date | None = None,
    trials: int = 10_000,
    seed: int = 7,
) -> PlanInput:
    """Build a plan from a team-file project, taking assignees' capacity from the team's people."""
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
    deadline = project.deadline if deadline is None else deadline
    begin = start or project.start
    kwargs: dict = {}
    if isinstance(deadline, date):
        begin = begin or date.today()
        kwargs["deadline"] = deadline
    elif deadline is not None:
        kwargs["deadline_days"] = float(deadline)
    return PlanInput(tasks=tasks, people=list(assignees.values()), start=begin, trials=trials, seed=seed, **kwargs)
