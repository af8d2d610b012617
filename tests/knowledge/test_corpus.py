"""The built-in guidance corpus: every card parses, covers the coverage map, cites a source, and is original."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.corpus import (
    CORPUS_DIR,
    SECTIONS,
    USE_FOR_VALUES,
    card_passages,
    corpus_fingerprint,
    corpus_passages,
    is_searched,
    load_card,
    load_corpus,
    parse_card,
)
from knowledge.errors import KnowledgeError

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
COVERAGE = SHARED / "COVERAGE.md"
SEEDS = SHARED / "seeds"
RUN = 12


@pytest.fixture(scope="module")
def cards():
    return load_corpus()


def _known_source_titles() -> list[str]:
    rows = []
    for line in (SEEDS / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[0].endswith(".txt"):
            rows.append(cells[1])
    return rows


def test_corpus_has_at_least_45_cards(cards) -> None:
    assert len(cards) >= 45


def test_every_card_has_the_five_sections_and_allowed_use_for(cards) -> None:
    for card in cards:
        assert list(card.sections) == list(SECTIONS), card.id
        assert all(card.sections[name].strip() for name in SECTIONS), card.id
        assert set(card.use_for) <= USE_FOR_VALUES, card.id
        assert card.topics and card.covers and card.sources, card.id


def test_card_ids_are_unique_and_match_files(cards) -> None:
    ids = [card.id for card in cards]
    assert len(ids) == len(set(ids))
    assert all(card.path is not None and card.path.stem == card.id for card in cards)


@pytest.mark.skipif(not COVERAGE.exists(), reason=f"coverage map {COVERAGE} not present")
def test_every_coverage_id_is_covered(cards) -> None:
    wanted = re.findall(r"^- (C\d\d) ", COVERAGE.read_text(encoding="utf-8"), flags=re.M)
    assert len(wanted) >= 60
    covered = {c for card in cards for c in card.covers}
    assert sorted(set(wanted) - covered) == []


@pytest.mark.skipif(not (SEEDS / "SOURCES.md").exists(), reason="seeds/SOURCES.md not present")
def test_every_card_cites_a_known_source(cards) -> None:
    known = _known_source_titles()
    assert known, "no source rows parsed from SOURCES.md"
    for card in cards:
        for source in card.sources:
            title = str(source["title"]).strip()
            ok = title == "ML tech leadership essay" or any(title in row for row in known)
            assert ok, f"{card.id} cites unknown source {title!r}"


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def test_no_card_copies_a_run_of_12_words_from_the_sources(cards) -> None:
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        pytest.skip(f"source seeds folder {SEEDS} is absent; the originality check needs it")
    source_runs: set[tuple[str, ...]] = set()
    for seed in seeds:
        words = _words(seed.read_text(encoding="utf-8", errors="replace"))
        source_runs.update(tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1))
    copied = []
    for card in cards:
        words = _words(card.path.read_text(encoding="utf-8"))
        for i in range(len(words) - RUN + 1):
            if tuple(words[i : i + RUN]) in source_runs:
                copied.append(f"{card.id}: {' '.join(words[i : i + RUN])}")
                break
    assert copied == []


def test_cards_only_for_sensitive_situations_are_read_directly_not_searched(cards) -> None:
    direct = {c.id for c in cards if not is_searched(c)}
    assert {"support-a-grieving-report", "contain-a-data-privacy-incident"} <= direct
    searched = {p.card_id for p in corpus_passages()}
    assert not direct & searched and searched | direct == {c.id for c in cards}


def test_passages_have_stable_ids_and_context(cards) -> None:
    card = next(c for c in cards if c.id == "protect-near-finished-work")
    passages = card_passages(card)
    ids = [p.id for p in passages]
    assert ids == [
        "protect-near-finished-work#overview",
        "protect-near-finished-work#the-principle",
        "protect-near-finished-work#why-it-matters-for-ml-teams",
        "protect-near-finished-work#what-to-do",
        "protect-near-finished-work#what-to-say",
        "protect-near-finished-work#what-to-watch-out-for",
    ]
    assert passages[0].embed_text.startswith(card.title)
    assert passages[0].embed_text.endswith(passages[0].text)
    assert all(p.source == card.source and p.card_id == card.id for p in passages)
    assert card.source.startswith("Managing High Technical Talent")


GOOD = """---
id: sample-card
title: A sample
topics: [x]
use_for: [triage]
covers: [C01]
sources:
  - title: "ML tech leadership essay"
    author: "someone"
---

## The principle
p
## Why it matters for ML teams
w
## What to do
d
## What to say
s
## What to watch out for
o
"""


def test_parse_card_accepts_a_well_formed_card(tmp_path: Path) -> None:
    card = parse_card(GOOD, tmp_path / "sample-card.md")
    assert card.sections["What to say"] == "s"
    assert card.source == "ML tech leadership essay, someone"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (GOOD.replace("use_for: [triage]", "use_for: [gossip]"), "use_for"),
        (GOOD.replace("## What to say\ns\n", ""), "What to say"),
        (GOOD.replace("topics: [x]", "topics: [x"), "YAML"),
        (GOOD.replace("id: sample-card", "id: other-card"), "file name"),
        (GOOD.replace("covers: [C01]", "covers: [X1]"), "covers"),
        (GOOD.replace("---\n", "", 1), "front matter"),
    ],
)
def test_bad_cards_raise_an_error_naming_the_file(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "sample-card.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        load_card(path)
    assert "sample-card.md" in str(info.value)
    assert problem in str(info.value)


def test_fingerprint_changes_with_the_corpus(tmp_path: Path) -> None:
    (tmp_path / "sample-card.md").write_text(GOOD, encoding="utf-8")
    first = corpus_fingerprint(tmp_path)
    (tmp_path / "sample-card.md").write_text(GOOD.replace("\np\n", "\nchanged\n"), encoding="utf-8")
    assert corpus_fingerprint(tmp_path) != first
    assert corpus_fingerprint(CORPUS_DIR) == corpus_fingerprint()
