"""The Planner tab: the reprioritization what-if (named new work against a person's current work) and the
plan forecast (dates on its axis), each as a matplotlib figure and a table shown once there is something in
it, plus a stakeholder message drafted from the forecast shown that lists the options it offers. The same
figures are drawn inline in the chat when the agent ran these tools, as PNG files drawn once per tool call."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import typing
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from lead_core.atomic import atomic_write_bytes
from lead_core.errors import explain_failure
from lead_core.numbers import percent
from lead_core.units import WORKDAYS_PER_WEEK, working_day_ending
from tools.errors import ToolInputError
from ui.plots import new_figure

log = logging.getLogger(__name__)
PCT_STYLES = {"p50": ":", "p80": "--", "p95": "-."}
FORECAST_HEADERS = ["Forecast", "Date", "Effort"]
CHART_TOOLS = frozenset({"compare_strategies", "forecast_completion"})
CHART_DRAWING = 1  # part of a chart file's name: change it when the drawing code changes
MAX_CHART_FILES = 256  # the oldest chart files beyond this many are deleted


def _whatif_module() -> Any:
    import tools.whatif as whatif

    return whatif


def strategy_choices() -> list[str]:
    """Strategy names the what-if tool accepts (its `Strategy` type)."""
    return list(typing.get_args(_whatif_module().Strategy))


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


def working_day(start: date, days: float, holidays: Iterable[date] = ()) -> date:
    """The calendar date `days` working days after `start` (weekends and holidays skipped, as the simulator counts)."""
    return working_day_ending(start, days, holidays) or date.max


def forecast_figure(forecast: Any, title: str, start: date | None = None, holidays: Iterable[date] = ()) -> Any:
    """Distribution of completion times of one plan with P50/P80/P95 (and the deadline) marked; dates on the
    axis when the start date is known."""
    fig, ax = new_figure()
    color = _hist_line(ax, forecast.histogram, "completion")
    _mark_percentiles(ax, forecast, color, with_labels=True)
    if forecast.deadline_days is not None:
        ax.axvline(forecast.deadline_days, color="#c53030", linewidth=2, label="deadline")
    if start is not None:
        ticks = [t for t in ax.get_xticks() if t >= 0]
        ax.set_xticks(ticks, [f"{working_day(start, t, holidays):%d %b}" for t in ticks], fontsize=8)
        ax.set_xlim(left=max(ax.get_xlim()[0], 0))
        ax.set_xlabel(f"finish date (work starts {start:%d %b %Y})")
    else:
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
    plan = plan_from_project(project, team.people, project.deadline, start=project.start or date.today(), holidays=team.holidays, trials=4000)
    result = forecast_completion(plan)
    rows = [[f"{getattr(result, key).level}% chance done by", str(getattr(result, key).date or "never"),
             _fmt(_days(getattr(result, key)), "working days")] for key in ("p50", "p80", "p95")]
    rows.append(["Chance the plan works at all", percent(result.success_probability), ""])
    if result.deadline_probability is not None:
        rows.append([f"Chance of meeting the deadline ({project.deadline})", percent(result.deadline_probability), ""])
    note = result.summary + ("\n\n" + "\n".join(f"- {n}" for n in result.notes) if result.notes else "")
    figure = forecast_figure(result, f"{project.name}: completion forecast", plan.start, plan.holidays)
    return figure, _table(FORECAST_HEADERS, rows), note, result


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
        fc = MessageForecast(unit="weeks", **{k: max(_days(getattr(result, k)) or 0.1, 0.1) / WORKDAYS_PER_WEEK for k in ("p50", "p80", "p95")})
    facts = Facts(
        forecast=fc, deadline=getattr(project, "deadline", None), deadline_probability=result.deadline_probability,
        project=project_name or "", product_impact=(getattr(project, "goal", "") or "")[:300],
        options=forecast_options(result, getattr(project, "deadline", None)) if at_risk(result) else [],
    )
    purpose = "forecast_risk" if at_risk(result) else "progress_update"
    msg = draft_message(DraftInput(audience=audience or "product", purpose=purpose, facts=facts,
                                   sender=getattr(team, "manager", "") or ""))
    text = f"Subject: {msg.subject}\n\n{msg.body}"
    if msg.notes:
        text += "\n\n---\nNotes for you:\n" + "\n".join(f"- {n}" for n in msg.notes)
    return text


def at_risk(result: Any) -> bool:
    """True when the forecast gives the deadline less than four chances in five (or there is no deadline)."""
    return result.deadline_probability is None or result.deadline_probability < 0.8


def forecast_options(result: Any, deadline: date | None) -> list[Any]:
    """The options a forecast-risk message offers, built from the forecast's own dates (no other numbers)."""
    from tools.message import Option

    p80 = result.p80.date
    options = []
    if p80 is not None:
        later = deadline is not None and p80 > deadline
        options.append(Option(name=f"Plan on {p80:%d %b}", tradeoff="Four in five simulated runs that succeed finish by then; "
                              + ("it is later than the deadline but we can commit to it." if later
                                 else "we can commit to it.")))
    if deadline is not None:
        options.append(Option(name=f"Keep {deadline:%d %b} with less scope",
                              tradeoff="We agree now what to cut so the date holds; users get less at first."))
    options.append(Option(name="Keep scope and date, add help",
                          tradeoff="Someone moves from other work, which slows that work and costs ramp-up time."))
    return options


def whatif(team: Any, person: str, title: str, low: float, likely: float, high: float, deadline_weeks: float,
           strategies: list[str] | None, *, trials: int = 4000) -> tuple[Any, Any, str]:
    """Compare strategies for moving `person` onto the new work named `title`: (figure, table, summary)."""
    mod = _whatif_module()
    if not person:
        raise ToolInputError("Pick the person being asked to switch.")
    if not strategies:
        raise ToolInputError("Pick at least one strategy to compare.")
    title = (title or "").strip() or "the new work"
    new = mod.NewWork(title=title, estimate_low=low, estimate_likely=likely, estimate_high=high,
                      deadline_weeks=deadline_weeks)
    result = mod.compare_strategies(mod.whatif_from_team(team, person, new, strategies=list(strategies), trials=trials))
    note = f"**Recommended: {result.recommendation.replace('_', ' ')}.** {result.summary}"
    if result.reasons:
        note += "\n\n" + "\n".join(f"- {r}" for r in result.reasons)
    return whatif_figure(result, deadline_weeks, title), whatif_table(result, title), note


def chart_for_tool(name: str, arguments: dict[str, Any], result: dict[str, Any]) -> Any:
    """The figure for a what-if or forecast tool call made by the agent, or None for other tools."""
    if name == "compare_strategies":
        new_work = arguments.get("new_work") or {}
        parsed = _whatif_module().WhatIfResult.model_validate(result)
        return whatif_figure(parsed, new_work.get("deadline_weeks"), new_work.get("title") or "new work")
    if name == "forecast_completion":
        from tools.simulate import Forecast

        start = arguments.get("start")
        holidays = [date.fromisoformat(d) for d in arguments.get("holidays") or [] if isinstance(d, str)]
        return forecast_figure(Forecast.model_validate(result), "Completion forecast",
                               date.fromisoformat(start) if isinstance(start, str) else None, holidays)
    return None


def chart_file(name: str, arguments: dict[str, Any], result: dict[str, Any], folder: Path) -> Path | None:
    """The chart of a what-if or forecast tool call as a PNG file in `folder`, or None for other tools.

    The file is named by a hash of the call (tool, arguments, result), so a chart is drawn once and the
    same call shown again (each screen update of a turn, the same plan in another session) reuses it."""
    if name not in CHART_TOOLS:
        return None
    call = json.dumps([CHART_DRAWING, name, arguments, result], sort_keys=True, default=str)
    path = folder / f"chart-{hashlib.sha256(call.encode()).hexdigest()[:32]}.png"
    if path.exists():
        return path
    fig = chart_for_tool(name, arguments, result)
    if fig is None:
        return None
    with io.BytesIO() as png:
        fig.savefig(png, format="png")
        atomic_write_bytes(path, png.getvalue())
    _prune_charts(folder, keep=MAX_CHART_FILES)
    return path


def _prune_charts(folder: Path, keep: int) -> None:
    """Delete the least recently written chart files beyond the newest `keep`."""
    files = sorted(folder.glob("chart-*.png"), key=lambda p: p.stat().st_mtime if p.exists() else 0.0)
    for old in files[: max(len(files) - keep, 0)]:
        old.unlink(missing_ok=True)


def whatif_figure(result: Any, deadline_weeks: float | None = None, title: str = "new work") -> Any:
    """Per strategy, the completion-time range of the new and the current work with P50/P80/P95 marked."""
    fig, ax = new_figure(7.5, 1.4 + 0.75 * max(len(result.strategies), 1))
    labels = []
    for i, outcome in enumerate(result.strategies):
        for offset, (part, weeks, color) in enumerate(
            ((title, outcome.new_work, "#2b6cb0"), ("current work", outcome.current_work, "#718096"))
        ):
            y = i + (offset - 0.5) * 0.3
            ax.plot([0, weeks.p95], [y, y], color=color, alpha=0.25, linewidth=6, solid_capstyle="butt",
                    label=part if i == 0 else None)
            ax.plot([weeks.p50, weeks.p95], [y, y], color=color, linewidth=6, solid_capstyle="butt")
            for key, marker in (("p50", "o"), ("p80", "s"), ("p95", "D")):
                ax.plot(getattr(weeks, key), y, marker=marker, color="black", markersize=4, linestyle="none",
                        label=key.upper() if i == 0 and offset == 0 else None)
        best = " (recommended)" if outcome.strategy == result.recommendation else ""
        labels.append(f"{outcome.strategy.replace('_', ' ')}{best}\n{percent(outcome.deadline_probability)} on time")
    if deadline_weeks:
        ax.axvline(deadline_weeks, color="#c53030", linewidth=1.5, label="deadline")
    ax.set_yticks(range(len(labels)), labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("weeks from now (bar: P50 to P95)")
    ax.set_title("Completion time by strategy")
    ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=6, frameon=False)
    fig.tight_layout()
    return fig


def whatif_table(result: Any, title: str = "new work") -> Any:
    """The figures behind the plot, one row per strategy."""
    def spread(weeks: Any) -> str:
        return " / ".join(f"{v:.1f}" for v in (weeks.p50, weeks.p80, weeks.p95))

    rows = [
        [o.strategy.replace("_", " ") + (" (recommended)" if o.strategy == result.recommendation else ""),
         spread(o.new_work), percent(o.deadline_probability), spread(o.current_work),
         percent(o.current_finish_probability), round(o.lost_days, 1)]
        for o in result.strategies
    ]
    short = title if len(title) <= 30 else title[:29] + "\u2026"
    headers = ["strategy", f"{short} done in (weeks: 50% / 80% / 95% chance)", "on time",
               "current work done in (weeks)", "current work lands", "working days lost"]
    return _table(headers, rows)


__all__ = ["audience_choices", "draft_from_forecast", "forecast", "strategy_choices", "whatif"]


def build(ctx: Any) -> None:
    """Lay out the Planner tab and wire its events."""
    import gradio as gr


    with gr.Tab("Planner", id="planner"):
        gr.Markdown("### Reprioritization what-if\nWhat happens to current and new work under each strategy?")
        with gr.Row():
            w_person = gr.Dropdown(label="Person asked to switch", choices=[], elem_id="whatif-person")
            w_title = gr.Textbox(label="New work", value="LLM summarizer", elem_id="whatif-title")
            w_deadline = gr.Number(label="Deadline (weeks from now)", value=9)
        with gr.Row():
            w_low = gr.Number(label="New work effort: optimistic (weeks)", value=3)
            w_likely = gr.Number(label="most likely (weeks)", value=5)
            w_high = gr.Number(label="pessimistic (weeks)", value=8)
        w_strategies = gr.CheckboxGroup(label="Strategies", choices=[(s.replace("_", " "), s) for s in strategy_choices()],
                                        value=strategy_choices())
        w_btn = gr.Button("Run what-if", variant="primary", elem_id="run-whatif")
        w_note = gr.Markdown(elem_id="whatif-note")
        w_plot = gr.Plot(label="Completion time by strategy", elem_id="whatif-plot", visible=False)
        w_table = gr.Dataframe(label="Figures", interactive=False, wrap=True, visible=False, elem_id="whatif-table")
        gr.Markdown("### Plan forecast")
        with gr.Row():
            f_project = gr.Dropdown(label="Project", choices=[], elem_id="forecast-project")
            f_btn = gr.Button("Forecast", variant="primary", elem_id="run-forecast")
        f_note = gr.Markdown(elem_id="forecast-note")
        f_plot = gr.Plot(label="Completion forecast", elem_id="forecast-plot", visible=False)
        f_table = gr.Dataframe(label="Forecast", interactive=False, wrap=True, visible=False, elem_id="forecast-table")
        with gr.Row():
            m_audience = gr.Dropdown(label="Message for", choices=audience_choices(), value="product")
            m_btn = gr.Button("Draft stakeholder message from the forecast shown", elem_id="draft-message")
        m_text = gr.Textbox(label="Draft message", lines=12, buttons=["copy"], elem_id="draft-text")
        last_forecast = gr.State(None)

    def render(team: Any) -> list[Any]:
        people = [p.name for p in team.people if p.current_work is not None] or [p.name for p in team.people]
        projects = [p.name for p in team.projects]
        return [gr.Dropdown(choices=people, value=people[0] if people else None),
                gr.Dropdown(choices=projects, value=projects[0] if projects else None)]

    ctx.show_team([w_person, f_project], render)

    def run_whatif(team: Any, person: str, title: str, low: float, likely: float, high: float, deadline: float,
                   strategies: list[str]):
        try:
            fig, rows, note = whatif(ctx.session_team(team), person, title, low, likely, high, deadline, strategies)
        except Exception as exc:  # boundary: the what-if button's handler
            return gr.Plot(visible=False), gr.Dataframe(visible=False), f"Could not run the what-if: {explain_failure(exc, log, 'The what-if')}"
        return gr.Plot(fig, visible=True), gr.Dataframe(rows, visible=True), note

    w_btn.click(run_whatif, [ctx.team_state, w_person, w_title, w_low, w_likely, w_high, w_deadline, w_strategies],
                [w_plot, w_table, w_note], api_name="whatif")

    def run_forecast(team: Any, project: str):
        try:
            fig, rows, note, result = forecast(ctx.session_team(team), project)
        except Exception as exc:  # boundary: the forecast button's handler
            return gr.Plot(visible=False), gr.Dataframe(visible=False), f"Could not forecast: {explain_failure(exc, log, 'The forecast')}", None
        return gr.Plot(fig, visible=True), gr.Dataframe(rows, visible=True), note, result

    f_btn.click(run_forecast, [ctx.team_state, f_project], [f_plot, f_table, f_note, last_forecast], api_name="forecast")

    def draft(team: Any, project: str, result: Any, audience: str):
        try:
            return draft_from_forecast(ctx.session_team(team), project, result, audience)
        except Exception as exc:  # boundary: the draft button's handler
            return f"Could not draft the message: {explain_failure(exc, log, 'The draft')}"

    m_btn.click(draft, [ctx.team_state, f_project, last_forecast, m_audience], m_text, api_name=False)
