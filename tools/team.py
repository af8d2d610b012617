"""The team file: people, their current work, projects with task estimates, and an inbox of requests.

Loaded from YAML, validated with pydantic (unknown fields, duplicate names and impossible numbers are
rejected with the field named), and saved atomically (write, fsync, rename) keeping one backup.
"""

from __future__ import annotations

import os
import stat
import threading
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError, field_validator, model_validator

from lead_core.atomic import atomic_write_bytes, atomic_write_text
from lead_core.units import WORKDAYS_PER_WEEK
from tools.errors import ToolInputError

Seniority = Literal["junior", "mid", "senior", "staff", "principal"]
WorkStatus = Literal["deep_work", "near_finish", "blocked", "ramping_up", "available", "on_leave"]
RequestKind = Literal["feature", "ad_hoc_analysis", "question", "incident", "compliance", "demo", "report", "meeting"]
Urgency = Literal["low", "normal", "high", "critical"]
Level = Literal["low", "medium", "high"]


MAX_HOLIDAYS = 1000
"""Days off a team file may list: about 25 a year for decades; more is not a calendar."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class CurrentWork(_Strict):
    """What a person is working on right now."""

    project: str = Field(min_length=1, description="Project name (matches a project in the team file if any).")
    summary: str = Field(default="", description="One line on the work itself.")
    weeks_invested: float = Field(default=0, ge=0, le=520, description="Weeks already spent on it.")
    remaining_weeks_low: float = Field(ge=0, le=260, description="Optimistic remaining weeks.")
    remaining_weeks_likely: float = Field(ge=0, le=260, description="Most likely remaining weeks.")
    remaining_weeks_high: float = Field(ge=0, le=260, description="Pessimistic remaining weeks.")
    success_probability: float = Field(default=0.9, ge=0, le=1, description="Chance the approach works.")
    value: Level = Field(default="high", description="Business value of finishing it.")

    @model_validator(mode="after")
    def _ordered(self) -> "CurrentWork":
        if not self.remaining_weeks_low <= self.remaining_weeks_likely <= self.remaining_weeks_high:
            raise ValueError("remaining weeks must satisfy low <= likely <= high")
        return self


class Person(_Strict):
    """A member of the team."""

    name: str = Field(min_length=1, max_length=80, description="First name or handle, unique in the team.")
    role: str = Field(min_length=1, description="Role, e.g. ML engineer, data scientist, ML researcher.")
    seniority: Seniority = Field(default="mid", description="Seniority level.")
    status: WorkStatus = Field(default="available", description="Where they are in their current work.")
    current_work: CurrentWork | None = Field(default=None, description="What they are doing now.")
    blockers: list[str] = Field(default_factory=list, description="Open blockers in their words.")
    days_stuck: float = Field(default=0, ge=0, le=365, description="Days without progress on the main blocker.")
    career_goal: str = Field(default="", description="Where they want to grow.")
    recent_wins: list[str] = Field(default_factory=list, description="Things that went well recently.")
    last_feedback: date | None = Field(default=None, description="Date feedback was last given.")
    open_action_items: list[str] = Field(default_factory=list, description="Items carried from the last 1-on-1.")
    recent_reprioritizations: list[str] = Field(default_factory=list, description="Recent priority changes that hit them.")
    learning_hours_last_month: float = Field(default=0, ge=0, le=744, description="Learning time taken last month.")
    capacity: float = Field(default=1.0, ge=0, le=1, description="Fraction of a full week available for project work.")


class Task(_Strict):
    """One task of a project, with a three-point estimate in its project's unit (working days unless `unit: weeks`)."""

    name: str = Field(min_length=1, description="Task name, unique within the project.")
    optimistic: float = Field(gt=0, le=1000, description="Optimistic duration, in the project's unit (working days by default).")
    most_likely: float = Field(gt=0, le=1000, description="Most likely duration, in the project's unit (working days by default).")
    pessimistic: float = Field(gt=0, le=1000, description="Pessimistic duration, in the project's unit (working days by default).")
    success_probability: float = Field(default=1.0, ge=0, le=1, description="Chance the approach works.")
    depends_on: list[str] = Field(default_factory=list, description="Names of tasks that must finish first.")
    assignee: str | None = Field(default=None, description="Person doing it.")

    @model_validator(mode="after")
    def _ordered(self) -> "Task":
        if not self.optimistic <= self.most_likely <= self.pessimistic:
            raise ValueError("estimates must satisfy optimistic <= most_likely <= pessimistic")
        return self


class Project(_Strict):
    """A project the team is delivering."""

    name: str = Field(min_length=1, description="Project name, unique in the team.")
    goal: str = Field(default="", description="What it is for, in product terms.")
    deadline: date | None = Field(default=None, description="Target date, if any.")
    start: date | None = Field(default=None, description="When the remaining work starts (default: today).")
    tasks: list[Task] = Field(default_factory=list, description="Tasks with estimates.")
    unit: Literal["days", "weeks"] = Field(default="days", description="Unit the task estimates are written in: working days (default) or weeks.")

    @model_validator(mode="after")
    def _unique_tasks(self) -> "Project":
        names = [t.name for t in self.tasks]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"duplicate task names: {', '.join(dupes)}")
        missing = sorted({d for t in self.tasks for d in t.depends_on if d not in names})
        if missing:
            raise ValueError(f"depends_on names unknown tasks: {', '.join(missing)}")
        return self

    def weeks_for(self, person: str | None = None) -> tuple[float, float, float]:
        """(optimistic, most likely, pessimistic) working weeks of the tasks assigned to `person` (all the tasks
        when none is theirs), rounded to two decimals."""
        mine = [t for t in self.tasks if person and (t.assignee or "").casefold() == person.casefold()] or self.tasks
        per = WORKDAYS_PER_WEEK if self.unit == "days" else 1
        low, likely, high = (round(sum(getattr(t, k) for t in mine) / per, 2) for k in ("optimistic", "most_likely", "pessimistic"))
        return low, likely, high

    def days(self, estimate: float) -> float:
        """One of its task estimates in working days (the unit the file gives them in, converted)."""
        return estimate * WORKDAYS_PER_WEEK if self.unit == "weeks" else estimate


class Request(_Strict):
    """An incoming request in the manager's inbox."""

    title: str = Field(min_length=1, description="What is being asked.")
    requester: str = Field(default="", description="Who asked.")
    requester_role: str = Field(default="", description="Their role, e.g. VP Product, sales lead.")
    kind: RequestKind = Field(default="feature", description="Kind of request.")
    deadline: date | None = Field(default=None, description="When they need it.")
    urgency: Urgency = Field(default="normal", description="How urgent it is.")
    impact: Level = Field(default="medium", description="Business impact.")
    effort_days: float = Field(default=1, gt=0, le=365, description="Estimated effort in working days.")
    interrupts: list[str] = Field(default_factory=list, description="Team members it would pull in.")
    part_of: str = Field(default="", max_length=200, description="The live incident it is part of (it started when that did).")
    size_given: bool = Field(default=True, description="False when nobody said how big it is (effort_days is then assumed).")

    def effort_weeks(self) -> tuple[float, float, float]:
        """The effort as a three-point estimate in working weeks: 20% under, as estimated, 50% over."""
        weeks = self.effort_days / WORKDAYS_PER_WEEK
        return round(weeks * 0.8, 2), round(weeks, 2), round(weeks * 1.5, 2)


def _is_iso_date(item: object) -> bool:
    """A calendar date (not a date and time), or text that reads as one (2026-12-24)."""
    if isinstance(item, date):
        return not isinstance(item, datetime)
    if not isinstance(item, str):
        return False
    try:
        date.fromisoformat(item.strip())
    except ValueError:
        return False
    return True


class Team(_Strict):
    """A manager's team file."""

    team: str = Field(default="My team", description="Team name.")
    manager: str = Field(default="", description="The manager's name.")
    people: list[Person] = Field(default_factory=list, description="Team members.")
    projects: list[Project] = Field(default_factory=list, description="Projects in flight.")
    inbox: list[Request] = Field(default_factory=list, description="Incoming requests.")
    interruption_budget_days: float = Field(
        default=3, ge=0, le=100, description="Working days of interrupts the team can absorb per week."
    )
    holidays: list[date] = Field(
        default_factory=list,
        max_length=MAX_HOLIDAYS,
        description="Days the team does not work (ISO dates, e.g. 2026-12-24); forecast dates skip them as they skip weekends.",
    )

    @field_validator("holidays", mode="before")
    @classmethod
    def _iso_dates(cls, value: object) -> object:
        if not isinstance(value, list):
            raise ValueError("expected a list of ISO dates, one per line (- 2026-12-24)")
        for item in value:
            if not _is_iso_date(item):
                raise ValueError(f"each day off must be an ISO date like 2026-12-24 (got {str(item)[:40]!r})")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> "Team":
        names = [p.name.casefold() for p in self.people]
        dupes = sorted({p.name for p in self.people if names.count(p.name.casefold()) > 1})
        if dupes:
            raise ValueError(f"duplicate person names: {', '.join(dupes)}")
        pnames = [p.name.casefold() for p in self.projects]
        pdupes = sorted({p.name for p in self.projects if pnames.count(p.name.casefold()) > 1})
        if pdupes:
            raise ValueError(f"duplicate project names: {', '.join(pdupes)}")
        self.holidays = sorted(set(self.holidays))
        return self

    def person(self, name: str) -> Person | None:
        """Find a person by name, case-insensitively."""
        key = name.strip().casefold()
        return next((p for p in self.people if p.name.casefold() == key), None)

    def project(self, name: str) -> Project | None:
        """Find a project by name, case-insensitively."""
        key = name.strip().casefold()
        return next((p for p in self.projects if p.name.casefold() == key), None)

    def free_people(self, besides: str = "") -> list[str]:
        """The people marked available, in file order, other than `besides` (case-insensitive): who could take new
        work instead. The one home of "who is free in the team file"."""
        key = besides.strip().casefold()
        return [p.name for p in self.people if p.status == "available" and p.name.casefold() != key]

    def current_work_owner(self, project: str) -> Person | None:
        """The person whose current work is this project, case-insensitively."""
        key = project.strip().casefold()
        return next((p for p in self.people if p.current_work and p.current_work.project.casefold() == key), None)

    def names(self) -> list[str]:
        """Every name in a name-bearing field: people, requesters, interrupted people, task assignees, the manager."""
        out = [p.name for p in self.people]
        out += [r.requester for r in self.inbox if r.requester]
        out += [name for r in self.inbox for name in r.interrupts if name]
        out += [t.assignee for p in self.projects for t in p.tasks if t.assignee]
        if self.manager:
            out.append(self.manager)
        return sorted(set(out), key=lambda s: (-len(s), s))


MAX_TEAM_BYTES = 1024 * 1024
"""Team files are a few kilobytes; anything over 1 MB is not one and is refused before parsing."""
YAML_SUFFIXES = (".yaml", ".yml", ".json")


class TeamFileError(ToolInputError):
    """The team file is missing, unreadable or invalid; the message names the line or field."""


def parse_team(data: object, source: str = "team file", *, echo: bool = True) -> Team:
    """Validate already-loaded YAML/JSON data as a Team.

    With `echo` False (a file that is not named .yaml/.yml/.json) no key or value of the file is repeated in the
    error, since it may not be a team file at all.
    """
    if data is None:
        raise TeamFileError(f"The {source} is empty; start from examples/team.yaml.")
    if not isinstance(data, dict):
        raise TeamFileError(f"The {source} must be a mapping with keys like people, projects and inbox.")
    if not set(map(str, data)) & set(Team.model_fields):
        raise TeamFileError(
            f"The {source} has none of the keys of a team file ({', '.join(Team.model_fields)}); is it the right file?"
        )
    try:
        return Team.model_validate(data)
    except RecursionError:
        raise TeamFileError(f"The {source} is nested too deeply to be a team file.") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"]) or "top level"
        if not echo and err["type"] == "extra_forbidden":
            loc = ".".join(str(p) for p in err["loc"][:-1]) or "top level"
            loc += " (an unknown field)"
        msg = str(err["msg"]).removeprefix("Value error, ")
        more = f" (and {len(exc.errors()) - 1} more problem(s))" if len(exc.errors()) > 1 else ""
        raise TeamFileError(f"Invalid {source} at {loc}: {msg}{more}.") from exc


def _yaml_loader() -> type:
    """libyaml's safe loader when PyYAML was built with it (about ten times faster), else the pure-Python one."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_TEAM_CACHE_SIZE = 8
_team_cache: dict[tuple[str, int, int], Team] = {}
_team_cache_lock = threading.Lock()


def load_team(path: str | Path) -> Team:
    """Read and validate a team file; every failure is a TeamFileError with one clear sentence.

    A file is parsed once per change: the result is kept by path, modification time and size, and each
    caller gets its own copy.
    """
    p = Path(path)
    try:
        info = p.stat()
        key = (str(p.resolve()), info.st_mtime_ns, info.st_size)
    except OSError:
        key = None  # reading it below reports the problem
    with _team_cache_lock:
        cached = _team_cache.get(key) if key else None
    if cached is not None:
        return cached.model_copy(deep=True)
    team = _read_team(p)
    if key:
        with _team_cache_lock:
            if len(_team_cache) >= _TEAM_CACHE_SIZE:
                _team_cache.pop(next(iter(_team_cache)))
            _team_cache[key] = team.model_copy(deep=True)
    return team


def _read_team_text(p: Path) -> str:
    """The file's text, refusing what is not a small regular UTF-8 file without ever blocking on it."""
    try:
        info = os.stat(p)
    except FileNotFoundError as exc:
        raise TeamFileError(f"Team file not found: {p}; pass --team with an existing file.") from exc
    except OSError as exc:
        raise TeamFileError(f"Cannot read team file {p}: {exc.strerror}.") from exc
    if not stat.S_ISREG(info.st_mode):
        raise TeamFileError(f"Team file {p} is not a regular file (a folder, pipe or device); pass a YAML file.")
    if info.st_size > MAX_TEAM_BYTES:
        raise TeamFileError(f"Team file {p} is {info.st_size / 1e6:.1f} MB; the limit is 1 MB, so it cannot be a team file.")
    try:
        with p.open("rb") as handle:
            raw = handle.read(MAX_TEAM_BYTES + 1)
    except OSError as exc:
        raise TeamFileError(f"Cannot read team file {p}: {exc.strerror}.") from exc
    if len(raw) > MAX_TEAM_BYTES:  # it grew after the check
        raise TeamFileError(f"Team file {p} is over the 1 MB limit, so it cannot be a team file.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TeamFileError(f"Team file {p} is not UTF-8 text.") from exc


def _read_team(p: Path) -> Team:
    import yaml

    text = _read_team_text(p)
    try:
        data = yaml.load(text, Loader=_yaml_loader())
    except RecursionError:
        raise TeamFileError(f"Team file {p} is nested too deeply to be a team file.") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise TeamFileError(f"Team file {p} is not valid YAML{where}: {getattr(exc, 'problem', 'syntax error')}.") from exc
    return parse_team(data, source=f"team file {p.name}", echo=p.suffix.lower() in YAML_SUFFIXES)


def dump_team(team: Team) -> str:
    """Serialise a team as YAML, keeping field order and omitting defaults that add noise."""
    import yaml

    data = team.model_dump(mode="json", exclude_defaults=True)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def save_team(team: Team, path: str | Path) -> Path:
    """Atomically write the team file (temp file, fsync, rename), keeping the previous one as `.bak`."""
    import yaml

    p = Path(path)
    text = dump_team(team)
    parse_team(yaml.safe_load(text))  # what we write must load back
    if p.exists():
        atomic_write_bytes(p.with_name(p.name + ".bak"), p.read_bytes())
    return atomic_write_text(p, text)


class TeamContextInput(BaseModel):
    """Whom or what to look up in the team file."""

    name: str | None = Field(default=None, description="A person's or project's name; leave it out for the whole team.")


class TeamContext(RootModel[dict[str, Any]]):
    """A person, a project or the whole team, as the team file records them (defaults left out)."""


def get_team_context(inp: TeamContextInput, team: Team | None) -> TeamContext:
    """Look up a person or project in the team file, or the whole team when no name is given."""
    if team is None:
        raise ToolInputError("no team file is loaded; use what the user said, and ask them for what is missing")
    name = (inp.name or "").strip()
    found = team if not name else team.person(name) or team.project(name)
    if found is None:
        raise ToolInputError(f"no person or project named {name!r}; known people: {', '.join(p.name for p in team.people)}")
    return TeamContext(found.model_dump(mode="json", exclude_defaults=True))
