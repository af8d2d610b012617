"""Speed of the simulation tools: a 20-task plan at 100,000 trials, a 4-strategy what-if at 10,000
trials, and the vectorised simulation against a straightforward per-trial Python loop on the same plan."""

from __future__ import annotations

import random
import statistics
import time

from tools.simulate import PlanInput, WorkItem, forecast_completion
from tools.whatif import NewWork, WhatIfInput, WorkInFlight, compare_strategies

PEOPLE = ("Ann", "Bo", "Cy", "Di")
LOOP_TRIALS = 10_000


def twenty_task_plan(trials: int = 100_000) -> PlanInput:
    """Four parallel tracks of five tasks, with cross-track dependencies and a few risky approaches."""
    tasks = []
    for i in range(20):
        track, step = divmod(i, 5)
        deps = [f"t{i - 1}"] if step else []
        if step == 2 and track:
            deps.append(f"t{i - 4}")  # wait on the previous track's second task
        tasks.append(
            WorkItem(
                name=f"t{i}",
                optimistic=1 + step,
                most_likely=2 + step + track % 2,
                pessimistic=5 + 2 * step,
                success_probability=0.9 if step == 3 else 1.0,
                depends_on=deps,
                assignee=PEOPLE[(track + (step == 4)) % len(PEOPLE)],
            )
        )
    return PlanInput(tasks=tasks, trials=trials)


def loop_reference(plan: PlanInput, trials: int, seed: int = 7) -> list[float]:
    """The same model one trial at a time with `random.triangular`: dependencies, assignees, failures."""
    rng = random.Random(seed)
    finishes: list[float] = []
    for _ in range(trials):
        finish: dict[str, float] = {}
        free: dict[str, float] = {}
        ok = True
        for task in plan.tasks:  # already in dependency order
            ready = max((finish[d] for d in task.depends_on), default=0.0)
            start = max(ready, free.get(task.assignee, 0.0))
            end = start + rng.triangular(task.optimistic, task.pessimistic, task.most_likely)
            finish[task.name] = end
            free[task.assignee] = end
            ok = ok and rng.random() < task.success_probability
        if ok:
            finishes.append(max(finish.values()))
    finishes.sort()
    return [finishes[int(q * (len(finishes) - 1))] for q in (0.5, 0.8, 0.95)]


def whatif_case() -> WhatIfInput:
    return WhatIfInput(
        current=WorkInFlight(remaining_low=1.5, remaining_likely=2, remaining_high=3, weeks_invested=4),
        new_work=NewWork(estimate_low=3, estimate_likely=4, estimate_high=6, deadline_weeks=8),
        trials=10_000,
    )


def _median_seconds(fn, runs: int = 3) -> float:
    fn()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run() -> list[dict]:
    plan = twenty_task_plan()
    sim = _median_seconds(lambda: forecast_completion(plan))
    whatif = _median_seconds(lambda: compare_strategies(whatif_case()))
    loop = _median_seconds(lambda: loop_reference(plan, LOOP_TRIALS), runs=1)
    loop_scaled = loop * plan.trials / LOOP_TRIALS
    vector_p80 = forecast_completion(plan).p80.working_days
    loop_p80 = loop_reference(plan, LOOP_TRIALS)[1]
    return [
        {"name": "simulate: 20 tasks x 100k trials", "value": sim, "unit": "s", "target": "< 0.5 s", "ok": sim < 0.5},
        {"name": "whatif: 4 strategies x 10k trials", "value": whatif, "unit": "s", "target": "< 0.2 s", "ok": whatif < 0.2},
        {"name": "per-trial Python loop, scaled to 100k trials", "value": loop_scaled, "unit": "s"},
        {"name": "speed-up of vectorised simulation over the loop", "value": loop_scaled / sim, "unit": "x",
         "target": ">= 10x", "ok": loop_scaled / sim >= 10},
        {"name": "P80 agreement with the loop (relative difference)", "value": abs(vector_p80 - loop_p80) / loop_p80,
         "unit": "ratio", "target": "< 0.02", "ok": abs(vector_p80 - loop_p80) / loop_p80 < 0.02},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
