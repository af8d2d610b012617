"""The Team tab's logic: where the team file lives, and converting a Team to and from editable tables
(people, projects, tasks, inbox). Saving validates first and writes atomically; a failure changes nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from agent.settings import Settings
from tools.team import Team, TeamFileError, load_team, parse_team, save_team

REPO_EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "team.yaml"

PEOPLE_COLUMNS = [
    "name", "role", "seniority", "status", "project", "summary", "weeks_invested", "remaining_weeks_low",
    "remaining_weeks_likely", "remaining_weeks_high", "success_probability", "value", "blockers", "days_stuck",
    "career_goal", "recent_wins", "last_feedback", "open_action_items", "recent_reprioritizations",
    "learning_hours_last_month", "capacity",
]
WORK_FIELDS = ["project", "summary", "weeks_invested", "remaining_weeks_low", "remaining_weeks_likely",
               "remaining_weeks_high", "success_probability", "value"]
PERSON_LISTS = {"blockers", "recent_wins", "open_action_items", "recent_reprioritizations"}
PROJECT_COLUMNS = ["name", "goal", "deadline", "start"]
TASK_COLUMNS = ["project", "task", "optimistic", "most_likely", "pessimistic", "success_probability", "depends_on", "assignee"]
INBOX_COLUMNS = ["title", "requester", "requester_role", "kind", "deadline", "urgency", "impact", "effort_days", "interrupts"]
LIST_SEPARATOR = "; "


def team_path(settings: Settings) -> Path:
    """The team file the app edits: LEAD_TEAM, else LEAD_HOME/team.yaml copied from the example on first use."""
    if settings.team is not None:
        return Path(settings.team)
    path = settings.home / "team.yaml"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO_EXAMPLE, path)
    return path


def load_session_team(settings: Settings) -> Team:
    """The team a new browser session starts from."""
    return load_team(team_path(settings))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def team_to_tables(team: Team) -> dict[str, Any]:
    """The team as rows of strings for each table, plus the scalar team fields."""
    people = []
    for p in team.people:
        data = p.model_dump(mode="json")
        work = data.pop("current_work") or {}
        row = {**data, **{k: work.get(k) for k in WORK_FIELDS}}
        people.append([_cell(row.get(c)) for c in PEOPLE_COLUMNS])
    projects = [[_cell(pr.model_dump(mode="json").get(c)) for c in PROJECT_COLUMNS] for pr in team.projects]
    tasks = []
    for pr in team.projects:
        for t in pr.tasks:
            d = t.model_dump(mode="json")
            d["task"], d["project"] = d.pop("name"), pr.name
            tasks.append([_cell(d.get(c)) for c in TASK_COLUMNS])
    inbox = [[_cell(r.model_dump(mode="json").get(c)) for c in INBOX_COLUMNS] for r in team.inbox]
    return {"team": team.team, "manager": team.manager, "budget": team.interruption_budget_days,
            "people": people, "projects": projects, "tasks": tasks, "inbox": inbox}


def _rows(table: Any, columns: list[str]) -> list[dict[str, str]]:
    """Table rows (pandas DataFrame or list of lists) as dicts of stripped strings, skipping blank rows."""
    if table is None:
        return []
    if hasattr(table, "values") and hasattr(table, "columns"):
        values = table.values.tolist()
    else:
        values = list(table)
    out = []
    for raw in values:
        cells = ["" if v is None or (isinstance(v, float) and v != v) else str(v).strip() for v in list(raw)]
        cells += [""] * (len(columns) - len(cells))
        if any(cells):
            out.append(dict(zip(columns, cells)))
    return out


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace("\n", ";").split(";") if part.strip()]


def tables_to_data(team_name: str, manager: str, budget: Any, people: Any, projects: Any, tasks: Any, inbox: Any) -> dict[str, Any]:
    """Rebuild team-file data (as YAML would hold it) from the edited tables; blank cells mean 'default'."""
    data: dict[str, Any] = {"team": (team_name or "").strip() or "My team", "manager": (manager or "").strip()}
    if budget not in (None, ""):
        data["interruption_budget_days"] = budget
    data["people"] = []
    for row in _rows(people, PEOPLE_COLUMNS):
        person: dict[str, Any] = {}
        work: dict[str, Any] = {}
        for key, value in row.items():
            if value == "":
                continue
            if key in WORK_FIELDS:
                work[key] = value
            elif key in PERSON_LISTS:
                person[key] = _split(value)
            else:
                person[key] = value
        if work:
            person["current_work"] = work
        data["people"].append(person)
    projects_by_name: dict[str, dict[str, Any]] = {}
    for row in _rows(projects, PROJECT_COLUMNS):
        proj = {k: v for k, v in row.items() if v != ""}
        proj["tasks"] = []
        projects_by_name[row["name"].casefold()] = proj
    for row in _rows(tasks, TASK_COLUMNS):
        key = row["project"].casefold()
        if key not in projects_by_name:
            raise TeamFileError(f"Task {row['task'] or '(unnamed)'!r} names project {row['project']!r}, which is not in the projects table.")
        task: dict[str, Any] = {"name": row["task"]}
        for k in TASK_COLUMNS[2:]:
            if row[k] != "":
                task[k] = _split(row[k]) if k == "depends_on" else row[k]
        projects_by_name[key]["tasks"].append(task)
    data["projects"] = list(projects_by_name.values())
    data["inbox"] = []
    for row in _rows(inbox, INBOX_COLUMNS):
        req = {k: (_split(v) if k == "interrupts" else v) for k, v in row.items() if v != ""}
        data["inbox"].append(req)
    return data


def apply_tables(team_name: str, manager: str, budget: Any, people: Any, projects: Any, tasks: Any, inbox: Any) -> Team:
    """Validate the edited tables as a Team (TeamFileError with one sentence when invalid)."""
    return parse_team(tables_to_data(team_name, manager, budget, people, projects, tasks, inbox), source="team tables")


def save_tables(path: Path, *tables: Any) -> Team:
    """Validate the edited tables and write them atomically to `path`; nothing is written when invalid."""
    team = apply_tables(*tables)
    save_team(team, path)
    return team


def build(ctx: Any) -> None:
    """Lay out the Team tab and wire its events."""
    import gradio as gr

    from ui.context import one_line

    with gr.Tab("Team", id="team"):
        gr.Markdown(f"Edit the team, then **Use in this session** or **Save to team file** (`{ctx.team_file}`). "
                    "Lists inside a cell are separated by `;`.")
        with gr.Row():
            t_name = gr.Textbox(label="Team")
            t_manager = gr.Textbox(label="Manager")
            t_budget = gr.Number(label="Interruption budget (days/week)")
        people_df = gr.Dataframe(headers=PEOPLE_COLUMNS, type="array", interactive=True,
                                 label="People", wrap=True, column_count=len(PEOPLE_COLUMNS))
        projects_df = gr.Dataframe(headers=PROJECT_COLUMNS, type="array", interactive=True,
                                   label="Projects", column_count=len(PROJECT_COLUMNS))
        tasks_df = gr.Dataframe(headers=TASK_COLUMNS, type="array", interactive=True,
                                label="Tasks (working days)", column_count=len(TASK_COLUMNS))
        inbox_df = gr.Dataframe(headers=INBOX_COLUMNS, type="array", interactive=True,
                                label="Inbox", wrap=True, column_count=len(INBOX_COLUMNS))
        with gr.Row():
            apply_btn = gr.Button("Use in this session")
            save_btn = gr.Button("Save to team file", variant="primary")
            reload_btn = gr.Button("Reload from file")
        ctx.team_status = gr.Markdown()

    def render(team: Team) -> list[Any]:
        t = team_to_tables(team)
        return [t["team"], t["manager"], t["budget"], t["people"], t["projects"], t["tasks"], t["inbox"]]

    ctx.show_team([t_name, t_manager, t_budget, people_df, projects_df, tasks_df, inbox_df], render)

    def apply(*tables: Any):
        try:
            team = apply_tables(*tables)
        except Exception as exc:  # noqa: BLE001
            return [gr.update(), f"Not applied: {one_line(exc)}", *ctx.no_team_updates()]
        return [team, "Using the edited team in this session (not saved to the file).", *ctx.team_updates(team)]

    def save(*tables: Any):
        try:
            team = save_tables(ctx.team_file, *tables)
        except Exception as exc:  # noqa: BLE001
            return [gr.update(), f"Not saved: {one_line(exc)} Nothing was saved.", *ctx.no_team_updates()]
        return [team, f"Saved to `{ctx.team_file}` (previous version kept as `.bak`).", *ctx.team_updates(team)]

    def reload():
        try:
            team = load_session_team(ctx.settings)
        except Exception as exc:  # noqa: BLE001
            return [gr.update(), f"Not reloaded: {one_line(exc)}", *ctx.no_team_updates()]
        return [team, f"Reloaded `{ctx.team_file}`.", *ctx.team_updates(team)]

    def wire() -> None:
        table_inputs = [t_name, t_manager, t_budget, people_df, projects_df, tasks_df, inbox_df]
        outputs = [ctx.team_state, ctx.team_status, *ctx.team_components]
        apply_btn.click(apply, table_inputs, outputs, api_name=False)
        save_btn.click(save, table_inputs, outputs, api_name=False)
        reload_btn.click(reload, None, outputs, api_name=False)

    ctx.later(wire)
