"""The built-in guidance corpus: parse `knowledge/corpus/*.md` cards and split them into retrievable passages.

A card is YAML front matter (id, title, topics, use_for, covers, sources) followed by five `##` sections.
Each section becomes one passage with the id `<card-id>#<section-slug>`, and one `<card-id>#overview`
passage (title, topics and principle) carries the card's context; this layout scored best on the
retrieval eval (evals/datasets/retrieval.yaml).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from knowledge.errors import KnowledgeError

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: every start parses 62 cards
SECTIONS = (
    "The principle",
    "Why it matters for ML teams",
    "What to do",
    "What to say",
    "What to watch out for",
)
# What a card may be used for: the intents it answers plus broader themes (one home; the CLI's --use-for reads it).
USE_FOR: tuple[str, ...] = (
    "reprioritization", "stakeholder_message", "one_on_one", "triage", "archetype",
    "planning", "hiring", "growth", "culture", "strategy", "sensitive",
)
# A card only for sensitive people situations is read directly by that path (agent/sensitive.py), which never
# searches; it stays out of the index so it is never quoted under unrelated advice.
DIRECT_ONLY = frozenset({"sensitive"})
USE_FOR_VALUES = frozenset(USE_FOR)
# Bump when the passage layout changes, so existing indexes are rebuilt.
PASSAGE_FORMAT = "sections-overview-v2"

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_COVER_RE = re.compile(r"^C\d\d$")


def slugify(text: str) -> str:
    """Lowercase words joined by hyphens: 'What to do' -> 'what-to-do'."""
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())) or "section"


@dataclass(frozen=True)
class Card:
    """One guidance card as written in the corpus."""

    id: str
    title: str
    topics: tuple[str, ...]
    use_for: tuple[str, ...]
    covers: tuple[str, ...]
    sources: tuple[dict, ...]
    sections: dict[str, str] = field(hash=False, compare=False)
    path: Path | None = None

    @property
    def source(self) -> str:
        """'Title, Author' of the first source."""
        first = self.sources[0]
        author = first.get("author")
        return f"{first['title']}, {author}" if author else str(first["title"])


@dataclass(frozen=True)
class PassageRecord:
    """A passage ready to be stored: `text` is what the user sees, `embed_text` what gets indexed."""

    id: str
    card_id: str
    title: str
    source: str
    text: str
    embed_text: str
    section: str
    use_for: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()


def _fail(path: Path, problem: str) -> KnowledgeError:
    return KnowledgeError(f"Bad guidance card {path.name}: {problem}.")


def parse_card(text: str, path: Path) -> Card:
    """Parse one card's text; raises KnowledgeError naming the file on any problem."""
    if not text.startswith("---"):
        raise _fail(path, "it must start with YAML front matter between '---' lines")
    parts = text.split("\n---", 1)
    if len(parts) != 2:
        raise _fail(path, "the front matter is not closed with a '---' line")
    head, body = parts[0][3:], parts[1].split("\n", 1)[1] if "\n" in parts[1] else ""
    try:
        meta = yaml.load(head, Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise _fail(path, f"the front matter is not valid YAML{where}") from exc
    if not isinstance(meta, dict):
        raise _fail(path, "the front matter must be a mapping")
    for key in ("id", "title", "topics", "use_for", "covers", "sources"):
        if not meta.get(key):
            raise _fail(path, f"the front matter has no '{key}'")
    card_id = str(meta["id"])
    if not _ID_RE.match(card_id):
        raise _fail(path, f"id '{card_id}' must be lowercase words joined by hyphens")
    if card_id != path.stem:
        raise _fail(path, f"id '{card_id}' does not match the file name")
    for key in ("topics", "use_for", "covers", "sources"):
        if not isinstance(meta[key], list):
            raise _fail(path, f"'{key}' must be a list")
    bad_use = sorted(set(map(str, meta["use_for"])) - USE_FOR_VALUES)
    if bad_use:
        raise _fail(path, f"use_for has unknown value(s) {', '.join(bad_use)}")
    bad_cover = [str(c) for c in meta["covers"] if not _COVER_RE.match(str(c))]
    if bad_cover:
        raise _fail(path, f"covers has malformed id(s) {', '.join(bad_cover)}")
    for source in meta["sources"]:
        if not isinstance(source, dict) or not source.get("title"):
            raise _fail(path, "every source needs a title")
    sections: dict[str, str] = {}
    current: str | None = None
    lines: list[str] = []
    for line in body.splitlines():
        if line.startswith("## "):
            if current is not None:
                sections[current] = "\n".join(lines).strip()
            current, lines = line[3:].strip(), []
        elif current is not None:
            lines.append(line)
    if current is not None:
        sections[current] = "\n".join(lines).strip()
    missing = [name for name in SECTIONS if not sections.get(name)]
    if missing:
        raise _fail(path, f"missing or empty section(s): {', '.join(missing)}")
    extra = [name for name in sections if name not in SECTIONS]
    if extra:
        raise _fail(path, f"unexpected section(s): {', '.join(extra)}")
    return Card(
        id=card_id,
        title=str(meta["title"]).strip(),
        topics=tuple(str(t) for t in meta["topics"]),
        use_for=tuple(str(u) for u in meta["use_for"]),
        covers=tuple(str(c) for c in meta["covers"]),
        sources=tuple(dict(s) for s in meta["sources"]),
        sections={name: sections[name] for name in SECTIONS},
        path=path,
    )


def load_card(path: Path) -> Card:
    """Read and parse one card file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(path, f"it cannot be read as UTF-8 text ({exc.__class__.__name__})") from exc
    return parse_card(text, path)


def corpus_files(corpus_dir: Path | None = None) -> list[Path]:
    """The card files, sorted by name."""
    return sorted((corpus_dir or CORPUS_DIR).glob("*.md"))


def load_corpus(corpus_dir: Path | None = None) -> list[Card]:
    """Parse every card; raises KnowledgeError for the first bad one or an empty corpus."""
    files = corpus_files(corpus_dir)
    if not files:
        raise KnowledgeError(f"No guidance cards found in {corpus_dir or CORPUS_DIR}; reinstall Lead Copilot.")
    return [load_card(path) for path in files]


def corpus_fingerprint(corpus_dir: Path | None = None) -> str:
    """sha256 over the card files and the passage format: changes whenever the index must be rebuilt."""
    digest = hashlib.sha256(PASSAGE_FORMAT.encode())
    for path in corpus_files(corpus_dir):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def card_passages(card: Card) -> list[PassageRecord]:
    """An overview passage (title, topics, principle) followed by one passage per section."""
    principle = card.sections[SECTIONS[0]]
    records = [
        PassageRecord(
            id=f"{card.id}#overview",
            card_id=card.id,
            title=card.title,
            source=card.source,
            text=principle,
            embed_text=f"{card.title} ({', '.join(card.topics)}). {principle}",
            section="Overview",
            use_for=card.use_for,
            topics=card.topics,
        )
    ]
    for name, text in card.sections.items():
        records.append(
            PassageRecord(
                id=f"{card.id}#{slugify(name)}",
                card_id=card.id,
                title=f"{card.title} — {name}",
                source=card.source,
                text=text,
                embed_text=text,
                section=name,
                use_for=card.use_for,
                topics=card.topics,
            )
        )
    return records


def is_searched(card: Card) -> bool:
    """False for a card that is only for sensitive people situations (read directly, never searched)."""
    return not set(card.use_for) <= DIRECT_ONLY


def corpus_passages(corpus_dir: Path | None = None) -> list[PassageRecord]:
    """Every passage of the built-in corpus that the index searches (see `is_searched`)."""
    return [p for card in load_corpus(corpus_dir) if is_searched(card) for p in card_passages(card)]
