"""The Team tab: where the team file lives, a person-by-person form (ui/team_form.py), and tables for what
fits in a table (projects, tasks, inbox) with labelled columns. Using or saving an edit validates it first and
lists every problem in words next to the form; saving writes atomically and a failure changes nothing."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lead_core.errors import explain_failure
from lead_core.settings import Settings
from tools.team import Team, TeamFileError, load_team, parse_team, save_team
from ui.team_form import PERSON_FIELDS, form_to_person, person_to_form, problems

log = logging.getLogger(__name__)
REPO_EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "team.yaml"

PROJECT_COLUMNS = ["name", "goal", "deadline", "start"]
PROJECT_LABELS = ["Project", "Goal", "Deadline (YYYY-MM-DD)", "Start (YYYY-MM-DD)"]
TASK_COLUMNS = ["project", "task", "optimistic", "most_likely", "pessimistic", "success_probability", "depends_on",
                "assignee"]
TASK_LABELS = ["Project", "Task", "Optimistic (days)", "Most likely (days)", "Pessimistic (days)",
               "Chance it works (%)", "Waits for (tasks, ;)", "Who"]
INBOX_COLUMNS = ["title", "requester", "requester_role", "kind", "deadline", "urgency", "impact", "effort_days",
                 "interrupts"]
INBOX_LABELS = ["Request", "From", "Their role", "Kind", "Needed by", "Urgency", "Impact", "Effort (days)",
                "Pulls in (people, ;)"]
LIST_SEPARATOR = "; "


class TeamEditError(TeamFileError):
    """The edited team is invalid; `problems` holds (person index or None, sentence) for each problem."""

    def __init__(self, found: list[tuple[int | None, str]]):
        self.problems = found
        count = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        super().__init__(f"{found[0][1]}{count}")


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


def _cell(value: Any, percent: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if percent and isinstance(value, (int, float)):
        value = round(float(value) * 100, 4)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def team_to_draft(team: Team) -> dict[str, Any]:
    """The team as the data the editor changes (what the YAML file holds)."""
    return team.model_dump(mode="json")


def team_to_tables(team: Team) -> dict[str, Any]:
    """The team's scalar fields and its projects, tasks and inbox as rows of strings."""
    projects = [[_cell(pr.model_dump(mode="json").get(c)) for c in PROJECT_COLUMNS] for pr in team.projects]
    tasks = []
    for pr in team.projects:
        for t in pr.tasks:
            d = t.model_dump(mode="json")
            d["task"], d["project"] = d.pop("name"), pr.name
            tasks.append([_cell(d.get(c), percent=c == "success_probability") for c in TASK_COLUMNS])
    inbox = [[_cell(r.model_dump(mode="json").get(c)) for c in INBOX_COLUMNS] for r in team.inbox]
    return {"team": team.team, "manager": team.manager, "budget": team.interruption_budget_days,
            "projects": projects, "tasks": tasks, "inbox": inbox}


def _rows(table: Any, columns: list[str]) -> list[dict[str, str]]:
    """Table rows (pandas DataFrame, gradio dict or list of lists) as dicts of stripped strings, blank rows skipped."""
    if table is None:
        return []
    if isinstance(table, dict):
        values = table.get("data") or []
    elif hasattr(table, "values") and hasattr(table, "columns"):
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


def _fraction(text: str) -> Any:
    try:
        return float(text) / 100
    except ValueError:
        return text


def tables_to_data(projects: Any, tasks: Any, inbox: Any) -> dict[str, Any]:
    """Projects (with their tasks) and the inbox as team-file data; blank cells mean 'default'."""
    projects_by_name: dict[str, dict[str, Any]] = {}
    for row in _rows(projects, PROJECT_COLUMNS):
        proj: dict[str, Any] = {k: v for k, v in row.items() if v != ""}
        proj["tasks"] = []
        projects_by_name[row["name"].casefold()] = proj
    for row in _rows(tasks, TASK_COLUMNS):
        key = row["project"].casefold()
        if key not in projects_by_name:
            raise TeamEditError([(None, f"Task \u201c{row['task'] or 'unnamed'}\u201d names project "
                                        f"\u201c{row['project']}\u201d, which is not in the projects table.")])
        task: dict[str, Any] = {"name": row["task"]}
        for k in TASK_COLUMNS[2:]:
            if row[k] != "":
                task[k] = _split(row[k]) if k == "depends_on" else _fraction(row[k]) if k == "success_probability" else row[k]
        projects_by_name[key]["tasks"].append(task)
    inbox_rows = [{k: (_split(v) if k == "interrupts" else v) for k, v in row.items() if v != ""}
                  for row in _rows(inbox, INBOX_COLUMNS)]
    return {"projects": list(projects_by_name.values()), "inbox": inbox_rows}


def commit_person(draft: dict[str, Any] | None, index: int | None, form: list[Any]) -> dict[str, Any]:
    """The draft with the form's values written into person `index` (nothing when there is no such person)."""
    data = dict(draft or {})
    people = list(data.get("people") or [])
    if index is not None and 0 <= int(index) < len(people):
        people[int(index)] = form_to_person(form)
    data["people"] = people
    return data


def edited_data(draft: dict[str, Any] | None, index: int | None, form: list[Any], team_name: str, manager: str,
                budget: Any, projects: Any, tasks: Any, inbox: Any) -> dict[str, Any]:
    """Team-file data from everything on the Team tab."""
    data = commit_person(draft, index, form)
    out: dict[str, Any] = {"team": (team_name or "").strip() or "My team", "manager": (manager or "").strip()}
    if budget not in (None, ""):
        out["interruption_budget_days"] = budget
    out["people"] = data["people"]
    if data.get("holidays"):
        out["holidays"] = data["holidays"]  # no field on the tab: kept as loaded
    out.update(tables_to_data(projects, tasks, inbox))
    return out


def apply_edit(*tab: Any) -> Team:
    """Validate the Team tab's contents as a Team; TeamEditError lists every problem in words."""
    data = edited_data(*tab)
    found = problems(data)
    if found:
        raise TeamEditError(found)
    return parse_team(data, source="edited team")


def save_edit(path: Path, *tab: Any) -> Team:
    """Validate the Team tab's contents and write them atomically to `path`; nothing is written when invalid."""
    team = apply_edit(*tab)
    save_team(team, path)
    return team


def people_choices(draft: dict[str, Any] | None) -> list[tuple[str, int]]:
    """(name, index) for the person picker; unnamed people are 'Person 3'."""
    return [(str(p.get("name") or "").strip() or f"Person {i + 1}", i) for i, p in enumerate((draft or {}).get("people") or [])]


def person_form(draft: dict[str, Any] | None, index: int | None) -> list[Any]:
    """The form values of person `index` (blank values when there is none)."""
    people = (draft or {}).get("people") or []
    if index is None or not 0 <= int(index) < len(people):
        return person_to_form({})
    return person_to_form(people[int(index)])


def problems_markdown(found: list[tuple[int | None, str]], index: int | None = None) -> str:
    """The problems as a list (only person `index`'s when given)."""
    shown = [text for who, text in found if index is None or who == index]
    return "\n".join(f"- {text}" for text in shown)


def unflatten(values: tuple[Any, ...] | list[Any]) -> list[Any]:
    """The Team tab's event inputs (draft, index, each form field, team fields, tables) with the form as one list."""
    size = len(PERSON_FIELDS)
    return [values[0], values[1], list(values[2:2 + size]), *values[2 + size:]]


@dataclass
class _TeamTabParts:
    """The Team tab's components, for the functions that wire its events."""

    team_fields: list[Any]  # team name, manager, interruption budget
    draft: Any
    index: Any
    picker: Any
    add_btn: Any
    remove_btn: Any
    form: list[Any]
    person_errors: Any
    tables: list[Any]  # projects, tasks, inbox
    apply_btn: Any
    save_btn: Any
    reload_btn: Any


def build(ctx: Any) -> None:
    """Lay out the Team tab and wire its events."""
    import gradio as gr

    parts = _layout(gr, ctx)
    _wire_people(gr, parts)
    _wire_team(gr, ctx, parts)


def _layout(gr: Any, ctx: Any) -> _TeamTabParts:
    """The Team tab's components: team fields, the people picker and form, the tables and the buttons."""
    with gr.Tab("Team", id="team"):
        gr.Markdown(f"Edit the team, then **Use in this session** or **Save to team file** (`{ctx.team_file}`).")
        with gr.Row():
            team_fields = [gr.Textbox(label="Team name"), gr.Textbox(label="Manager"),
                           gr.Number(label="Interruptions the team can absorb (days a week)")]
        draft, index = gr.State(None), gr.State(0)
        gr.Markdown("### People")
        with gr.Row():
            with gr.Column(scale=1, min_width=180):
                picker = gr.Radio(label="Person", choices=[], elem_id="team-people")
                add_btn = gr.Button("Add a person", size="sm", elem_id="team-add-person")
                remove_btn = gr.Button("Remove this person", size="sm", variant="stop", elem_id="team-remove-person")
            with gr.Column(scale=4):
                form = _person_form(gr)
                person_errors = gr.Markdown(elem_id="team-person-errors")
        gr.Markdown("### Projects, tasks and inbox")
        projects_df = gr.Dataframe(headers=PROJECT_LABELS, type="array", interactive=True, label="Projects", wrap=True,
                                   column_count=len(PROJECT_LABELS), elem_id="team-projects")
        tasks_df = gr.Dataframe(headers=TASK_LABELS, type="array", interactive=True, wrap=True,
                                label="Tasks (estimates in working days)", column_count=len(TASK_LABELS),
                                elem_id="team-tasks", column_widths=["13%", "22%", "9%", "9%", "9%", "9%", "19%", "10%"])
        inbox_df = gr.Dataframe(headers=INBOX_LABELS, type="array", interactive=True, label="Inbox", wrap=True,
                                column_count=len(INBOX_LABELS), elem_id="team-inbox",
                                column_widths=["24%", "8%", "12%", "11%", "11%", "8%", "7%", "8%", "11%"])
        with gr.Row():
            apply_btn = gr.Button("Use in this session", elem_id="team-apply")
            save_btn = gr.Button("Save to team file", variant="primary", elem_id="team-save")
            reload_btn = gr.Button("Reload from file", elem_id="team-reload")
        ctx.team_status = gr.Markdown(elem_id="team-status")
    return _TeamTabParts(team_fields, draft, index, picker, add_btn, remove_btn, form, person_errors,
                         [projects_df, tasks_df, inbox_df], apply_btn, save_btn, reload_btn)


def _wire_people(gr: Any, c: _TeamTabParts) -> None:
    """Picking, adding and removing a person: the form shows the chosen person, edits are kept in the draft."""
    draft, index, picker, form = c.draft, c.index, c.picker, c.form

    def select(data: Any, current: Any, chosen: Any, *values: Any):
        data = commit_person(data, current, list(values))
        found = problems(data)
        return [data, chosen, gr.Radio(choices=people_choices(data), value=chosen), *person_form(data, chosen),
                problems_markdown(found, chosen)]

    person_io = [draft, index, picker, *form, c.person_errors]
    picker.input(select, [draft, index, picker, *form], person_io, api_name=False, queue=False)

    def add(data: Any, current: Any, *values: Any):
        data = commit_person(data, current, list(values))
        data["people"] = [*data["people"], {"name": "", "role": ""}]
        new = len(data["people"]) - 1
        return [data, new, gr.Radio(choices=people_choices(data), value=new), *person_form(data, new), ""]

    c.add_btn.click(add, [draft, index, *form], person_io, api_name=False, queue=False)

    def remove(data: Any, current: Any):
        data = dict(data or {})
        people = list(data.get("people") or [])
        if current is not None and 0 <= int(current) < len(people):
            people.pop(int(current))
        data["people"] = people
        chosen = 0 if people else None
        return [data, chosen, gr.Radio(choices=people_choices(data), value=chosen), *person_form(data, chosen), ""]

    c.remove_btn.click(remove, [draft, index], person_io, api_name=False, queue=False)


def _wire_team(gr: Any, ctx: Any, c: _TeamTabParts) -> None:
    """Showing the session's team, and Use in this session, Save to team file, Reload from file."""
    def show(team: Team) -> list[Any]:
        t, data = team_to_tables(team), team_to_draft(team)
        return [t["team"], t["manager"], t["budget"], data, 0,
                gr.Radio(choices=people_choices(data), value=0 if data["people"] else None), *person_form(data, 0),
                t["projects"], t["tasks"], t["inbox"]]

    ctx.show_team([*c.team_fields, c.draft, c.index, c.picker, *c.form, *c.tables], show)
    tab_inputs = [c.draft, c.index, *c.form, *c.team_fields, *c.tables]

    def refused(exc: Exception, current: Any, verb: str) -> list[Any]:
        sentence = explain_failure(exc, log, f"The team tab ({verb.lower()})")
        found = exc.problems if isinstance(exc, TeamEditError) else [(None, sentence)]
        mine = problems_markdown(found, current)
        lines = problems_markdown(found)
        head = f"{verb}: {len(found)} problem{'s' if len(found) != 1 else ''} to fix first."
        if not isinstance(exc, TeamEditError):
            head = f"{verb}: {sentence}"
            lines = ""
        return [gr.update(), "\n\n".join(part for part in (head, lines) if part), mine, *ctx.no_team_updates()]

    def apply(*tab: Any):
        try:
            team = apply_edit(*unflatten(tab))
        except Exception as exc:  # boundary: the Use in this session handler
            return refused(exc, tab[1], "Not applied")
        return [team, "Using the edited team in this session (not saved to the file).", "", *ctx.team_updates(team)]

    def save(*tab: Any):
        try:
            team = save_edit(ctx.team_file, *unflatten(tab))
        except Exception as exc:  # boundary: the Save to team file handler
            out = refused(exc, tab[1], "Not saved")
            out[1] = out[1].replace(" to fix first.", " to fix first. Nothing was saved.", 1)
            if not isinstance(exc, TeamEditError):
                out[1] += " Nothing was saved."
            return out
        return [team, f"Saved to `{ctx.team_file}` (previous version kept as `.bak`).", "", *ctx.team_updates(team)]

    def reload():
        try:
            team = load_session_team(ctx.settings)
        except Exception as exc:  # boundary: the Reload from file handler
            return [gr.update(), f"Not reloaded: {explain_failure(exc, log, 'Reloading the team file')}", gr.update(), *ctx.no_team_updates()]
        return [team, f"Reloaded `{ctx.team_file}`.", "", *ctx.team_updates(team)]

    def wire() -> None:
        outputs = [ctx.team_state, ctx.team_status, c.person_errors, *ctx.team_components]
        c.apply_btn.click(apply, tab_inputs, outputs, api_name=False)
        c.save_btn.click(save, tab_inputs, outputs, api_name=False)
        c.reload_btn.click(reload, None, outputs, api_name=False)

    ctx.later(wire)


def _person_form(gr: Any) -> list[Any]:
    """The person form's components, in PERSON_FIELDS order."""
    from ui.team_form import CHOICES

    made: dict[str, Any] = {}

    def field(key: str) -> Any:
        spec = next(f for f in PERSON_FIELDS if f.key == key)
        elem = f"person-{key.replace('_', '-')}"
        if spec.kind == "choice":
            made[key] = gr.Dropdown(label=spec.label, choices=CHOICES[key], value=None, elem_id=elem)
        elif spec.kind in ("number", "percent"):
            made[key] = gr.Number(label=spec.label, value=None, elem_id=elem)
        elif spec.kind == "lines":
            made[key] = gr.Textbox(label=spec.label, lines=2, max_lines=6, elem_id=elem)
        else:
            made[key] = gr.Textbox(label=spec.label, elem_id=elem)
        return made[key]

    with gr.Row():
        for key in ("name", "role", "seniority", "status"):
            field(key)
    with gr.Group():
        gr.Markdown("**Current work**", elem_classes=["form-heading"])
        with gr.Row():
            for key in ("project", "summary", "value"):
                field(key)
        with gr.Row():
            for key in ("weeks_invested", "remaining_weeks_low", "remaining_weeks_likely", "remaining_weeks_high",
                        "success_probability"):
                field(key)
    with gr.Accordion("Goals and notes", open=True):
        with gr.Row():
            for key in ("career_goal", "last_feedback", "learning_hours_last_month", "capacity"):
                field(key)
        with gr.Row():
            for key in ("blockers", "days_stuck", "recent_wins"):
                field(key)
        with gr.Row():
            for key in ("open_action_items", "recent_reprioritizations"):
                field(key)
    return [made[f.key] for f in PERSON_FIELDS]
