"""Citation numbering: whatever passage positions a brain cites, the answer's [n] markers and the
citations run 1..k in order of first use, and each still points at a passage retrieved this turn."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.brains.base import Step
from agent.graph import build_graph, parse_citations, renumber_citations
from agent.state import new_turn
from knowledge.retrieval import Passage

PASSAGES = [
    Passage(f"card-{c}#what-to-do", f"card-{c}", f"Card {c.upper()} — What to do", f"Src {c}", f"- Advice {c}.", 1.0 - i / 10)
    for i, c in enumerate("abcde")
]


class FiveRetriever:
    """Five fixed passages, ids card-a..card-e in that order."""

    def search(self, query, k=5, **kwargs):
        return PASSAGES[:k]

    def get(self, pid):
        return next((p for p in PASSAGES if p.id == pid), None)


class OneStep:
    """A brain that answers with fixed text."""

    label = model = "scripted"
    remote = False

    def __init__(self, content: str) -> None:
        self.content = content

    def think(self, ctx):
        return Step(content=self.content)


def answer_with(text: str) -> dict:
    graph = build_graph(brain=OneStep(text), retriever=FiveRetriever())
    return graph.invoke(new_turn("How should I respond to my VP moving Priya?"), {"recursion_limit": 50})


def as_dicts() -> list[dict]:
    return [p.to_dict() for p in PASSAGES]


def test_markers_are_renumbered_in_order_of_first_use():
    out = answer_with("Finish first [4]. Then talk [2]. Again [4].")
    assert out["answer"] == "Finish first [1]. Then talk [2]. Again [1]."
    assert [(c["n"], c["id"]) for c in out["citations"]] == [(1, "card-d#what-to-do"), (2, "card-b#what-to-do")]
    assert out["history"][-1]["content"] == out["answer"]


def test_grouped_markers_are_renumbered_sorted_and_deduplicated():
    text, cites = renumber_citations("A [5, 3]. B [3, 5, 3]. C [1].", as_dicts())
    assert text == "A [1, 2]. B [1, 2]. C [3]."
    assert [(c["n"], c["card_id"]) for c in cites] == [(1, "card-e"), (2, "card-c"), (3, "card-a")]


def test_invalid_markers_are_dropped_before_renumbering():
    out = answer_with("Do this [3] and that [9], also [5, 8].")
    assert out["answer"] == "Do this [1] and that, also [2]."
    assert [c["id"] for c in out["citations"]] == ["card-c#what-to-do", "card-e#what-to-do"]
    assert any("[9]" in n and "[8]" in n for n in out["notices"])


def test_already_ordered_answer_is_unchanged():
    text, cites = renumber_citations("One [1], two [2] and [1, 2].", as_dicts())
    assert text == "One [1], two [2] and [1, 2]."
    assert [c["n"] for c in cites] == [1, 2]


class ActionsLastRetriever(FiveRetriever):
    """Passages 1, 2 and 5 are principles; only 3 and 4 carry 'What to do' advice the offline brain cites (advice that
    backs the question, as a quoted line must)."""

    def search(self, query, k=5, **kwargs):
        return [
            Passage(p.id, p.card_id, p.title, p.source, p.text.replace(".", ": filter incoming requests and protect the team's focus."), p.score)
            if i in (2, 3)
            else Passage(p.id.replace("what-to-do", "the-principle"), p.card_id, p.title, p.source, p.text, p.score)
            for i, p in enumerate(PASSAGES)
        ][:k]


def test_offline_brain_citing_passages_three_and_four_shows_one_and_two():
    from agent.brains.offline import OfflineBrain

    graph = build_graph(brain=OfflineBrain(), retriever=ActionsLastRetriever())
    out = graph.invoke(new_turn("Sales asked my team for a two-day demo build next week. Should it reach the team?"), {"recursion_limit": 50})
    assert parse_citations(out["answer"]) == [1, 2]
    assert "Advice c: filter incoming requests and protect the team's focus. [1]" in out["answer"]
    assert "Advice d: filter incoming requests and protect the team's focus. [2]" in out["answer"]
    assert [(c["n"], c["id"]) for c in out["citations"]] == [(1, "card-c#what-to-do"), (2, "card-d#what-to-do")]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(1, 5), min_size=1, max_size=3), max_size=8))
def test_renumbering_keeps_every_reference(groups):
    text = " x ".join("[" + ", ".join(map(str, g)) + "]" for g in groups)
    first_use = parse_citations(text)
    new_text, cites = renumber_citations(text, as_dicts())
    assert parse_citations(new_text) == list(range(1, len(first_use) + 1))
    assert [c["n"] for c in cites] == list(range(1, len(first_use) + 1))
    # Citation k is the passage that was cited k-th, so meaning is preserved.
    assert [c["id"] for c in cites] == [PASSAGES[n - 1].id for n in first_use]
