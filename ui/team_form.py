"""The Team tab's person form and its validation in words: one person's fields (name, role, status, current
work with its estimate, goals, notes) as labelled form values and back, and every problem in the edited team
as a sentence that names the person and the field ("Priya's chance of success must be between 0 and 100%")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from tools.team import CurrentWork, Person, Project, Request, Task, Team


@dataclass(frozen=True)
class FormField:
    """One field of the person form."""

    key: str
    label: str
    kind: str = "text"  # text, number, percent, lines, choice, date
    work: bool = False  # part of current_work


SENIORITY = [("Junior", "junior"), ("Mid-level", "mid"), ("Senior", "senior"), ("Staff", "staff"),
             ("Principal", "principal")]
STATUS = [("Deep in focused work", "deep_work"), ("Nearly finished", "near_finish"), ("Blocked", "blocked"),
          ("Ramping up", "ramping_up"), ("Available", "available"), ("On leave", "on_leave")]
VALUE = [("Low", "low"), ("Medium", "medium"), ("High", "high")]
CHOICES = {"seniority": SENIORITY, "status": STATUS, "value": VALUE}

PERSON_FIELDS: list[FormField] = [
    FormField("name", "Name"),
    FormField("role", "Role"),
    FormField("seniority", "Seniority", "choice"),
    FormField("status", "Status", "choice"),
    FormField("project", "Current project", work=True),
    FormField("summary", "What they are doing", work=True),
    FormField("weeks_invested", "Weeks already invested", "number", work=True),
    FormField("remaining_weeks_low", "Weeks left: optimistic", "number", work=True),
    FormField("remaining_weeks_likely", "Weeks left: most likely", "number", work=True),
    FormField("remaining_weeks_high", "Weeks left: pessimistic", "number", work=True),
    FormField("success_probability", "Chance of success (%)", "percent", work=True),
    FormField("value", "Value of finishing it", "choice", work=True),
    FormField("career_goal", "Career goal"),
    FormField("blockers", "Blockers (one per line)", "lines"),
    FormField("days_stuck", "Days stuck on the main blocker", "number"),
    FormField("recent_wins", "Recent wins (one per line)", "lines"),
    FormField("open_action_items", "Open action items (one per line)", "lines"),
    FormField("recent_reprioritizations", "Recent priority changes that hit them (one per line)", "lines"),
    FormField("last_feedback", "Last feedback given (YYYY-MM-DD)", "date"),
    FormField("learning_hours_last_month", "Learning hours last month", "number"),
    FormField("capacity", "Time for project work (% of a week)", "percent"),
]
FIELD_NAMES = {f.key: f.label.split(" (")[0].lower() for f in PERSON_FIELDS}
FIELD_NAMES.update({"remaining_weeks_low": "optimistic weeks left", "remaining_weeks_likely": "most likely weeks left",
                    "remaining_weeks_high": "pessimistic weeks left", "current_work": "current work"})
PERCENT_KEYS = {f.key for f in PERSON_FIELDS if f.kind == "percent"} | {"success_probability"}
TASK_NAMES = {"name": "name", "optimistic": "optimistic days", "most_likely": "most likely days",
              "pessimistic": "pessimistic days", "success_probability": "chance it works", "depends_on": "tasks it waits for",
              "assignee": "person"}
PROJECT_NAMES = {"name": "name", "goal": "goal", "deadline": "deadline", "start": "start date"}
REQUEST_NAMES = {"title": "title", "requester": "requester", "requester_role": "requester's role", "kind": "kind",
                 "deadline": "date needed", "urgency": "urgency", "impact": "impact", "effort_days": "effort in days",
                 "interrupts": "people it pulls in"}
TEAM_NAMES = {"team": "team name", "manager": "manager", "interruption_budget_days": "interruption budget"}


def _number(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def person_to_form(person: dict[str, Any]) -> list[Any]:
    """A person (as the team file holds them) as the form's values, in PERSON_FIELDS order."""
    work = person.get("current_work") or {}
    values = []
    for f in PERSON_FIELDS:
        raw = (work if f.work else person).get(f.key)
        if f.kind == "lines":
            values.append("\n".join(str(v) for v in raw or []))
        elif f.kind == "percent":
            values.append(None if raw is None else _number(round(float(raw) * 100, 4)))
        elif f.kind == "number":
            values.append(None if raw is None else _number(raw))
        elif f.kind == "choice":
            values.append(raw if raw is not None else None)
        else:
            values.append("" if raw is None else str(raw))
    return values


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or (isinstance(value, float) and value != value)


def form_to_person(values: list[Any]) -> dict[str, Any]:
    """The form's values as a person for the team file; blank fields mean 'default', no work means none."""
    person: dict[str, Any] = {}
    work: dict[str, Any] = {}
    for f, value in zip(PERSON_FIELDS, values):
        if _blank(value):
            continue
        if f.kind == "lines":
            value = [line.strip() for line in str(value).splitlines() if line.strip()]
            if not value:
                continue
        elif f.kind == "percent":
            value = _percent(value)
        elif isinstance(value, str):
            value = value.strip()
        (work if f.work else person)[f.key] = value
    if work:
        person["current_work"] = work
    return person


def _percent(value: Any) -> Any:
    try:
        return float(value) / 100
    except (TypeError, ValueError):
        return value  # left for validation to name


def person_name(data: dict[str, Any], index: int) -> str:
    """How a person is called in messages: their name, else 'Person 3'."""
    people = data.get("people") or []
    name = str(people[index].get("name") or "").strip() if index < len(people) else ""
    return name or f"Person {index + 1}"


def problems(data: dict[str, Any]) -> list[tuple[int | None, str]]:
    """Every problem in the edited team as (person index or None, sentence); empty when the team is valid."""
    try:
        Team.model_validate(data)
    except ValidationError as exc:
        return [_sentence(data, err) for err in exc.errors()]
    return []


def _sentence(data: dict[str, Any], err: dict[str, Any]) -> tuple[int | None, str]:
    loc = list(err.get("loc") or [])
    if len(loc) >= 2 and loc[0] == "people" and isinstance(loc[1], int):
        who = person_name(data, loc[1])
        rest = loc[2:]
        model: type[BaseModel] = CurrentWork if rest[:1] == ["current_work"] else Person
        field = str(rest[-1]) if rest and rest[-1] != "current_work" else ""
        if not field:
            return loc[1], f"{who}'s current work: {_why(err, model, '')}"
        return loc[1], f"{who}'s {FIELD_NAMES.get(field, field.replace('_', ' '))} {_why(err, model, field)}"
    if len(loc) >= 2 and loc[0] == "projects" and isinstance(loc[1], int):
        projects = data.get("projects") or []
        pname = str(projects[loc[1]].get("name") or f"project {loc[1] + 1}") if loc[1] < len(projects) else "a project"
        if len(loc) >= 4 and loc[2] == "tasks" and isinstance(loc[3], int):
            tasks = projects[loc[1]].get("tasks") or [] if loc[1] < len(projects) else []
            tname = str(tasks[loc[3]].get("name") or f"task {loc[3] + 1}") if loc[3] < len(tasks) else "a task"
            field = str(loc[4]) if len(loc) > 4 else ""
            what = f"'s {TASK_NAMES.get(field, field.replace('_', ' '))}" if field else ""
            return None, f"Task \u201c{tname}\u201d of {pname}{what} {_why(err, Task, field)}".replace(" \u201d", "\u201d")
        field = str(loc[2]) if len(loc) > 2 else ""
        return None, f"Project {pname}'s {PROJECT_NAMES.get(field, field or 'tasks')} {_why(err, Project, field)}"
    if len(loc) >= 2 and loc[0] == "inbox" and isinstance(loc[1], int):
        inbox = data.get("inbox") or []
        title = str(inbox[loc[1]].get("title") or f"request {loc[1] + 1}") if loc[1] < len(inbox) else "a request"
        field = str(loc[2]) if len(loc) > 2 else ""
        return None, f"Request \u201c{title}\u201d: its {REQUEST_NAMES.get(field, field)} {_why(err, Request, field)}"
    field = str(loc[0]) if loc else ""
    if field in TEAM_NAMES:
        return None, f"The {TEAM_NAMES[field]} {_why(err, Team, field)}"
    return None, _clean(str(err.get("msg", "is not valid"))).capitalize() + "."


def _clean(msg: str) -> str:
    return msg.removeprefix("Value error, ").replace("_", " ")


def _bounds(model: type[BaseModel], field: str) -> tuple[float | None, float | None]:
    info = model.model_fields.get(field)
    low = high = None
    for meta in getattr(info, "metadata", []) or []:
        for name in ("ge", "gt"):
            if getattr(meta, name, None) is not None:
                low = getattr(meta, name)
        for name in ("le", "lt"):
            if getattr(meta, name, None) is not None:
                high = getattr(meta, name)
    return low, high


def _why(err: dict[str, Any], model: type[BaseModel], field: str) -> str:
    """What is wrong with one field, in words."""
    kind = str(err.get("type", ""))
    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        low, high = _bounds(model, field)
        if field in PERCENT_KEYS:
            return f"must be between {_fmt(low * 100 if low is not None else 0)} and {_fmt(high * 100 if high is not None else 100)}%"
        if low is not None and high is not None:
            return f"must be between {_fmt(low)} and {_fmt(high)}"
        return f"must be at least {_fmt(low)}" if low is not None else f"must be at most {_fmt(high)}"
    if kind == "missing":
        return "is required"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return "is too long"
    if kind in {"float_parsing", "float_type", "int_parsing"}:
        return "must be a number"
    if kind.startswith("date"):
        return "must be a date like 2026-11-20"
    if kind == "literal_error":
        options = [label for label, _ in CHOICES.get(field, [])]
        return f"must be one of: {', '.join(options)}" if options else _clean(str(err.get("msg")))
    if kind == "extra_forbidden":
        return "is not a field the team file knows"
    if kind == "value_error":
        return _value_error(str(err.get("msg", "")))
    return _clean(str(err.get("msg", "is not valid")))


def _value_error(msg: str) -> str:
    text = _clean(msg)
    if "low <= likely <= high" in msg:
        return "must go optimistic \u2264 most likely \u2264 pessimistic (weeks left)"
    if "optimistic <= most likely <= pessimistic" in text:
        return "must go optimistic \u2264 most likely \u2264 pessimistic"
    return text


def _fmt(value: Any) -> str:
    return f"{value:g}" if isinstance(value, (int, float)) else str(value)
