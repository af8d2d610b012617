"""Pseudonymisation for remote brains: team members' names become stable placeholders ("Person_1")
before anything leaves the machine, and are restored in replies and tool arguments.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import TYPE_CHECKING, Any

from lead_core.network import DEFAULT_OPENAI_URL
from tools.team import Team

if TYPE_CHECKING:
    from lead_core.settings import Settings


# Names that are also everyday words: masked only where the text uses them as a name (see `_used_as_name`).
COMMON_WORD_NAMES = frozenset(
    """will mark may june april august bill grant rose faith hope joy summer autumn drew chase frank jack pat art
    rob dawn ray guy max miles don sandy penny ruby amber iris lily holly ivy rich cliff dale glen lance wade sky
    river reed hunter sue gene carol crystal brook dean earl forest jay kit mason page piper rocky rusty sterling
    stone taylor tucker bob gay mercy honor patience grace sunny storm rain""".split()
)
MONTH_NAMES = frozenset({"may", "june", "april", "august"})
DATE_WORDS = frozenset({"in", "by", "since", "until", "till", "of", "early", "late", "mid", "next", "last", "this", "from"})
# Words that, right after a capitalised common-word name at the start of a sentence, show it is a person.
NAME_VERBS = frozenset(
    """is was has had said says asked asks wants wanted needs needed thinks thought told tells feels felt seems
    seemed keeps kept joined left did does will would can could should might must and or agreed agrees wrote
    writes owns owned leads led works worked knows knew mentioned reported reports""".split()
)
# Name particles that are never masked alone ("van", "de" in "Anna van der Berg").
PARTICLES = frozenset("van von de der den da di du la le del della dos das bin ibn al el st".split())
# In the team file's free-text fields, a capitalised word after one of these is taken to be a person.
PERSON_CUES = ("with", "from", "by", "on", "ask", "asked", "tell", "told", "cc", "ping", "pinged", "and", "for",
               "via", "to", "waiting on", "pair with")
# Capitalised words after a cue that name a group, a day or a month rather than a person.
NOT_PERSONS = frozenset(
    """platform product sales legal hr finance marketing engineering data infra infrastructure security support
    research design ops operations team teams management leadership the a an our their my monday tuesday wednesday
    thursday friday saturday sunday january february march july september october november december q1 q2 q3 q4
    ml ai it qa""".split()
)
# Scripts written without spaces between words: their names match without word boundaries.
NO_SPACE_SCRIPT_RE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
PLACEHOLDER_RE = re.compile(r"\b(?:Person|Project)_\d+\b")


def normalize_name(text: str) -> str:
    """NFC, whitespace (NBSP and other Unicode spaces included) collapsed to one space, trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def name_key(text: str) -> str:
    """The comparison key of a name: normalised and case-folded."""
    return normalize_name(text).casefold()


class Pseudonymizer:
    """A reversible name <-> placeholder mapping over full names and their parts, whole words only.

    Every full name gets a placeholder ("Person_1"); each part of it ("Priya", "Raman") gets the same placeholder
    when only one person has that part, or one of its own when several do. Text is NFC-normalised and matched
    case-insensitively with any whitespace between name parts.
    """

    def __init__(self, names: list[str], projects: list[str] | None = None) -> None:
        self._entries: dict[str, str] = {}  # name key -> placeholder
        self.backward: dict[str, str] = {}  # placeholder -> name as written in the team file
        full = _unique(names)
        for i, name in enumerate(full, start=1):
            self._entries[name_key(name)] = f"Person_{i}"
            self.backward[f"Person_{i}"] = name
        self._add_parts(full, start=len(full) + 1)
        for i, name in enumerate(_unique(projects or []), start=1):
            self._entries.setdefault(name_key(name), f"Project_{i}")
            self.backward[f"Project_{i}"] = name
        self.forward = {self.backward[v]: v for v in set(self._entries.values()) if v in self.backward}
        self._fwd_re = _pattern(list(self._entries))

    def _add_parts(self, full: list[str], start: int) -> None:
        owners: dict[str, list[str]] = {}
        surface: dict[str, str] = {}
        for name in full:
            parts = name.split()
            if len(parts) < 2:
                continue
            for part in parts:
                key = name_key(part)
                if len(part) < 2 or key in PARTICLES or key in self._entries:
                    continue
                surface.setdefault(key, part)
                if self._entries[name_key(name)] not in owners.setdefault(key, []):
                    owners[key].append(self._entries[name_key(name)])
        n = start
        for key in sorted(owners):
            if len(owners[key]) == 1:
                self._entries[key] = owners[key][0]
            else:  # shared by several people: its own placeholder, restored as the part itself
                self._entries[key] = f"Person_{n}"
                self.backward[f"Person_{n}"] = surface[key]
                n += 1

    @classmethod
    def for_team(cls, team: Team | None, *, include_projects: bool = False) -> "Pseudonymizer":
        """The mapping for a team file: every name-bearing field, names found in its free text, projects optionally."""
        if team is None:
            return cls([])
        projects = [p.name for p in team.projects] if include_projects else []
        return cls([*team.names(), *free_text_names(team)], projects)

    @property
    def active(self) -> bool:
        return bool(self._entries)

    def encode(self, text: str) -> str:
        """Replace names with placeholders; JSON text is decoded first, so `\\u` escapes hide no name."""
        if not self._fwd_re or not text:
            return text
        decoded = _json_value(text)
        if decoded is not None:
            return json.dumps(self.encode_obj(decoded), ensure_ascii=False)
        return self._encode_text(unicodedata.normalize("NFC", text))

    def _encode_text(self, text: str) -> str:
        assert self._fwd_re is not None

        def swap(m: re.Match[str]) -> str:
            key = name_key(m.group(0))
            if key in COMMON_WORD_NAMES and not _used_as_name(m.string, m.start(), m.end()):
                return m.group(0)
            return self._entries[key]

        return self._fwd_re.sub(swap, text)

    def _encode_value(self, value: str) -> str:
        """A whole string value (a structured field): a name on its own is always masked."""
        key = name_key(value)
        return self._entries[key] if key in self._entries else self.encode(value)

    def decode(self, text: str) -> str:
        """Restore names from placeholders."""
        if not self.backward or not text:
            return text
        return PLACEHOLDER_RE.sub(lambda m: self.backward.get(m.group(0), m.group(0)), text)

    def encode_obj(self, obj: Any) -> Any:
        """Encode every string inside a JSON-like object."""
        return _walk(obj, self._encode_value)

    def decode_obj(self, obj: Any) -> Any:
        """Decode every string inside a JSON-like object."""
        return _walk(obj, self.decode)

    def encode_json(self, obj: Any) -> str:
        """JSON text of an object with names replaced."""
        return json.dumps(self.encode_obj(obj), ensure_ascii=False, default=str)


def _unique(names: list[str]) -> list[str]:
    """Normalised names, one per key, longest first (stable placeholder numbering)."""
    seen: dict[str, str] = {}
    for raw in names:
        name = normalize_name(raw)
        if name:
            seen.setdefault(name.casefold(), name)
    return sorted(seen.values(), key=lambda s: (-len(s), s))


def _alternative(key: str) -> str:
    return r"\s+".join(re.escape(part) for part in key.split())


def _pattern(keys: list[str]) -> re.Pattern[str] | None:
    """One regex over every name key: whole words, any whitespace between parts, case-insensitive."""
    if not keys:
        return None
    ordered = sorted(keys, key=len, reverse=True)
    spaced = [_alternative(k) for k in ordered if not NO_SPACE_SCRIPT_RE.search(k)]
    unspaced = [_alternative(k) for k in ordered if NO_SPACE_SCRIPT_RE.search(k)]
    branches = []
    if spaced:
        branches.append(rf"(?<!\w)(?:{'|'.join(spaced)})(?!\w)")
    if unspaced:
        branches.append(f"(?:{'|'.join(unspaced)})")
    return re.compile("|".join(branches), re.IGNORECASE)


def _used_as_name(text: str, start: int, end: int) -> bool:
    """Whether a common-word name ("Will", "Mark") at text[start:end] is used as a name.

    The rule: it must be capitalised (not all capitals); then it is a name when followed by a possessive, a comma
    or a verb that takes a person as subject ("Mark said"), or when it is not the first word of a sentence
    ("ask Mark"), or when it is a whole quoted value (`"requester": "Grace"`), except for a month after a date word
    ("in May") or before a number ("May 3").
    """
    word = text[start:end]
    if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
        return False
    after = text[end:]
    if text[start - 1 : start] == '"' and after[:1] == '"':  # a whole quoted value, e.g. "requester": "Grace"
        return True
    if re.match(r"['’]s\b|\s*,", after):
        return True
    following = re.match(r"\s+([^\W\d_]+)", after)
    if following and following.group(1).casefold() in NAME_VERBS:
        return True
    before = text[:start].rstrip()
    if not before or before[-1] in ".!?:;\n-*#>\"(“":
        return False
    if word.casefold() in MONTH_NAMES:
        previous = re.search(r"([^\W\d_]+)\W*$", before)
        if (previous and previous.group(1).casefold() in DATE_WORDS) or re.match(r"\s*\d", after):
            return False
    return True


def free_text_names(team: Team) -> list[str]:
    """People the team file's free text mentions without a field of their own ("waiting on Jonas Berg")."""
    cues = "|".join(re.escape(c) for c in sorted(PERSON_CUES, key=len, reverse=True))
    pattern = re.compile(rf"(?i:\b(?:{cues}))\s+([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)")
    known = {name_key(p.name) for p in team.projects} | {t for p in team.projects for t in name_key(p.name).split()}
    found = []
    for text in _free_texts(team):
        for m in pattern.finditer(text):
            words = []
            for word in m.group(1).split():
                word = re.sub(r"['’]s$", "", word)
                if not word[:1].isupper() or word.isupper() or word.casefold() in NOT_PERSONS | known:
                    break
                words.append(word)
            if words:
                found.append(" ".join(words))
    return found


def _free_texts(team: Team) -> list[str]:
    texts: list[str] = []
    for person in team.people:
        texts += [*person.blockers, *person.open_action_items, *person.recent_reprioritizations,
                  *person.recent_wins, person.career_goal]
        if person.current_work:
            texts.append(person.current_work.summary)
    texts += [p.goal for p in team.projects]
    texts += [t for r in team.inbox for t in (r.title, r.requester_role)]
    return [t for t in texts if t]


def _json_value(text: str) -> Any:
    """The decoded object or array when `text` is JSON text, else None."""
    stripped = text.strip()
    if not stripped or stripped[0] not in "[{":
        return None
    try:
        value = json.loads(stripped)
    except ValueError:
        return None
    return value if isinstance(value, (dict, list)) else None


def _walk(obj: Any, fn: Any) -> Any:
    if isinstance(obj, str):
        return fn(obj)
    if isinstance(obj, list):
        return [_walk(v, fn) for v in obj]
    if isinstance(obj, dict):
        return {(fn(k) if isinstance(k, str) else k): _walk(v, fn) for k, v in obj.items()}
    return obj


def endpoints_in_use(settings: "Settings", *, chat: bool) -> list[str]:
    """Every endpoint that receives data in these settings, e.g. "embeddings at https://api.openai.com/v1"."""
    url = settings.openai_base_url or DEFAULT_OPENAI_URL
    found = [f"chat model at {url}"] if chat else []
    if settings.embeddings == "openai":
        found.append(f"embeddings at {url}")
    if settings.chroma_url:
        found.append(f"Chroma server at {settings.chroma_url}")
    return found


def privacy_label(settings: "Settings", *, chat: bool, pseudonymise: bool) -> str:
    """"local" when nothing is sent anywhere, else "on"/"off" (chat names pseudonymised) and every endpoint."""
    endpoints = endpoints_in_use(settings, chat=chat)
    if not endpoints:
        return "local"
    return f"{'on' if pseudonymise else 'off'} (sent to: {', '.join(endpoints)})"


def describe_privacy(label: str) -> str:
    """The privacy label as the app's banner shows it, after "privacy mode **"."""
    mode, _, rest = label.partition(" ")
    where = rest.strip().strip("()")
    meaning = {
        "local": "nothing leaves this machine",
        "on": "team names are pseudonymised before any call to the chat model",
        "off": "team names are sent to the model as written",
    }.get(mode, "")
    return f"{mode}** ({'; '.join(p for p in (meaning, where) if p)})"
