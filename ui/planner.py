"""The Planner tab's logic: the reprioritization what-if and the plan forecast, each as a matplotlib
figure (completion-time distributions with P50/P80/P95 marked) and a table, plus drafting a stakeholder
message from the forecast shown."""

from __future__ import annotations

import typing
from typing import Any

from tools.errors import ToolInputError
from ui.plots import new_figure

PCT_STYLES = {"p50": ":", "p80": "--", "p95": "-."}
DEFAULT_STRATEGIES = ["switch_now", "finish_first", "split_capacity", "defer_new"]


def _whatif_module() -> Any:
    import tools.whatif as whatif

    return whatif


def strategy_choices() -> list[str]:
    """Strategy names accepted by the what-if tool (read from its input model when available)."""
    try:
        model = _whatif_module().WhatIfInput
    except Exception:  # noqa: BLE001 - the tool module may not be installed yet
        return list(DEFAULT_STRATEGIES)
    field = model.model_fields.get("strategies")
    if field is not None:
        for arg in typing.get_args(field.annotation) or (field.annotation,):
            inner = typing.get_args(arg)
            if inner and all(isinstance(v, str) for v in inner):
                return list(inner)
            for sub in inner:
                values = typing.get_args(sub)
                if values and all(isinstance(v, str) for v in values):
                    return list(values)
    return list(DEFAULT_STRATEGIES)


def audience_choices() -> list[str]:
    """Audiences the message drafter knows."""
    from tools.message import DraftInput

    return [str(v) for v in typing.get_args(DraftInput.model_fields["audience"].annotation)] or ["product"]


def _days(p: Any) -> float | None:
    return getattr(p, "working_days", None) if p is not None else None


def _fmt(value: float | None, unit: str = "d") -> str:
    return "—" if value is None else f"{value:.1f} {unit}"


def _hist_line(ax: Any, hist: Any, label: str, color: str | None = None) -> str:
    edges, counts = list(hist.edges), list(hist.counts)
    if not counts:
        return color or "C0"
    total = float(sum(counts)) or 1.0
    centers = [(edges[i] + edges[i + 1]) / 2 for i in range(len(counts))]
    widths = [edges[i + 1] - edges[i] for i in range(len(counts))]
    density = [c / total / (w or 1) for c, w in zip(counts, widths)]
    (line,) = ax.plot(centers, density, label=label, color=color)
    ax.fill_between(centers, density, alpha=0.15, color=line.get_color())
    return line.get_color()


def _mark_percentiles(ax: Any, forecast: Any, color: str, with_labels: bool) -> None:
    for key, style in PCT_STYLES.items():
        days = _days(getattr(forecast, key, None))
        if days is not None:
            ax.axvline(days, color=color, linestyle=style, linewidth=1.2,
                       label=key.upper() if with_labels else None)


def forecast_figure(forecast: Any, title: str) -> Any:
    """Distribution of completion times of one plan with P50/P80/P95 (and the deadline) marked."""
    fig, ax = new_figure()
    color = _hist_line(ax, forecast.histogram, "completion")
    _mark_percentiles(ax, forecast, color, with_labels=True)
    if forecast.deadline_days is not None:
        ax.axvline(forecast.deadline_days, color="#c53030", linewidth=2, label="deadline")
    ax.set_xlabel("working days from start")
    ax.set_ylabel("share of trials per day")
    ax.set_title(title)
    ax.legend(fontsize=8)
    fig.tight_layout()
    return fig


def forecast(team: Any, project_name: str) -> tuple[Any, list[list[Any]], str, Any]:
    """Forecast one project of the team: (figure, table rows, summary, forecast)."""
    from tools.simulate import forecast_completion, plan_from_project
    from tools.team import TeamFileError

    project = team.project(project_name or "")
    if project is None:
        raise TeamFileError(f"Pick a project; known projects: {', '.join(p.name for p in team.projects) or 'none'}.")
    result = forecast_completion(plan_from_project(project, team.people, project.deadline, start=project.start, trials=4000))
    rows = [[key.upper(), _fmt(_days(getattr(result, key)), "working days"),
             str(getattr(result, key).date or "—")] for key in ("p50", "p80", "p95")]
    rows.append(["Chance of success", f"{result.success_probability:.0%}", ""])
    if result.deadline_probability is not None:
        rows.append(["Chance of meeting the deadline", f"{result.deadline_probability:.0%}", str(project.deadline or "")])
    note = result.summary + ("\n\n" + "\n".join(f"- {n}" for n in result.notes) if result.notes else "")
    return forecast_figure(result, f"{project.name}: completion forecast"), _table(["measure", "value", "date"], rows), note, result


def _table(headers: list[str], rows: list[list[Any]]) -> Any:
    import pandas as pd

    return pd.DataFrame(rows, columns=headers)


def draft_from_forecast(team: Any, project_name: str, result: Any, audience: str) -> str:
    """A stakeholder message about the forecast shown (subject line, then body)."""
    from tools.message import DraftInput, Facts, draft_message
    from tools.message import Forecast as MessageForecast

    if result is None:
        return "Run a forecast first; the message uses its numbers."
    project = team.project(project_name or "") if team is not None else None
    dates = {f"{k}_date": getattr(result, k).date for k in ("p50", "p80", "p95")}
    if all(dates.values()):
        fc = MessageForecast(unit="dates", **dates)
    else:
        fc = MessageForecast(unit="weeks", **{k: max(_days(getattr(result, k)) or 0.1, 0.1) / 5 for k in ("p50", "p80", "p95")})
    facts = Facts(
        forecast=fc, deadline=getattr(project, "deadline", None), deadline_probability=result.deadline_probability,
        project=project_name or "", product_impact=(getattr(project, "goal", "") or "")[:300],
    )
    msg = draft_message(DraftInput(audience=audience or "product", purpose="forecast_risk", facts=facts,
                                   sender=getattr(team, "manager", "") or ""))
    text = f"Subject: {msg.subject}\n\n{msg.body}"
    if msg.notes:
        text += "\n\n---\nNotes for you:\n" + "\n".join(f"- {n}" for n in msg.notes)
    return text


def whatif(team: Any, person: str, low: float, likely: float, high: float, deadline_weeks: float,
           strategies: list[str] | None, *, trials: int = 4000) -> tuple[Any, Any, str]:
    """Compare strategies for moving `person` onto new work: (figure, table, summary)."""
    mod = _whatif_module()
    if not person:
        raise ToolInputError("Pick the person being asked to switch.")
    if not strategies:
        raise ToolInputError("Pick at least one strategy to compare.")
    new = mod.NewWork(estimate_low=low, estimate_likely=likely, estimate_high=high, deadline_weeks=deadline_weeks)
    result = mod.compare_strategies(mod.whatif_from_team(team, person, new, strategies=list(strategies), trials=trials))
    note = f"**Recommended: {result.recommendation.replace('_', ' ')}.** {result.summary}"
    if result.reasons:
        note += "\n\n" + "\n".join(f"- {r}" for r in result.reasons)
    return whatif_figure(result, deadline_weeks), whatif_table(result), note


def whatif_figure(result: Any, deadline_weeks: float | None = None) -> Any:
    """Per strategy, the completion-time range of the new and the current work with P50/P80/P95 marked."""
    fig, ax = new_figure(7.5, 1.4 + 0.75 * max(len(result.strategies), 1))
    labels = []
    for i, outcome in enumerate(result.strategies):
        for offset, (part, weeks, color) in enumerate(
            (("new work", outcome.new_work, "#2b6cb0"), ("current work", outcome.current_work, "#718096"))
        ):
            y = i + (offset - 0.5) * 0.3
            ax.plot([0, weeks.p95], [y, y], color=color, alpha=0.25, linewidth=6, solid_capstyle="butt",
                    label=part if i == 0 else None)
            ax.plot([weeks.p50, weeks.p95], [y, y], color=color, linewidth=6, solid_capstyle="butt")
            for key, marker in (("p50", "o"), ("p80", "s"), ("p95", "D")):
                ax.plot(getattr(weeks, key), y, marker=marker, color="black", markersize=4, linestyle="none",
                        label=key.upper() if i == 0 and offset == 0 else None)
        best = " ★" if outcome.strategy == result.recommendation else ""
        labels.append(f"{outcome.strategy.replace('_', ' ')}{best}\n{outcome.deadline_probability:.0%} on time")
    if deadline_weeks:
        ax.axvline(deadline_weeks, color="#c53030", linewidth=1.5, label="deadline")
    ax.set_yticks(range(len(labels)), labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("weeks from now (bar: P50 to P95)")
    ax.set_title("Completion time by strategy")
    ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=6, frameon=False)
    fig.tight_layout()
    return fig


def whatif_table(result: Any) -> Any:
    """The figures behind the plot, one row per strategy."""
    rows = [
        [o.strategy.replace("_", " ") + (" (recommended)" if o.strategy == result.recommendation else ""),
         *(round(v, 1) for v in (o.new_work.p50, o.new_work.p80, o.new_work.p95)), f"{o.deadline_probability:.0%}",
         *(round(v, 1) for v in (o.current_work.p50, o.current_work.p80, o.current_work.p95)),
         f"{o.current_finish_probability:.0%}",
         round(o.lost_days, 1)]
        for o in result.strategies
    ]
    headers = ["strategy", "new P50 (wk)", "new P80", "new P95", "new on time", "current P50 (wk)", "current P80",
               "current P95", "current lands", "lost days"]
    return _table(headers, rows)


__all__ = ["audience_choices", "draft_from_forecast", "forecast", "strategy_choices", "whatif"]
