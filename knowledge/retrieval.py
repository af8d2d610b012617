"""Hybrid retrieval over the guidance collection: dense (Chroma) and BM25 (bm25s) fused by reciprocal rank.

The BM25 index is built in memory from the collection's documents when the retriever opens. Each list
ranks cards by their best passage and the card ranks are fused (this beat passage-level fusion by about
two points of recall@5 and four of MRR@10 on evals/datasets/retrieval.yaml). By default one passage per
card reaches the top k, so a question touching several cards sees several cards, not five sections of one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from lead_core.settings import Settings, load_settings
from knowledge.errors import KnowledgeError, storage_error

Mode = Literal["hybrid", "dense", "bm25"]
RRF_K = 60
CANDIDATES = 100
MAX_PER_CARD = 1

_TOKEN_RE = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    """a about above after again against all am an and any are aren't as at be because been before being below
    between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
    few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself
    him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't
    my myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd
    she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's
    these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd
    we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's with
    won't would wouldn't you you'd you'll you're you've your yours yourself yourselves s t d ll m re ve just also
    get got gets like really want wants one ones""".split()
)


@functools.lru_cache(maxsize=1 << 15)  # words repeat: the built-in passages' 16,800 words are ~3,000 distinct
def _stem(word: str) -> str:
    """A light suffix stripper (plurals, -ing, -ed, -ly) so 'deadlines' meets 'deadline'."""
    if len(word) <= 3:
        return word
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("edly", ""), ("ed", ""), ("ly", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            return word[: -len(suffix)] + keep
    return word


def tokenize(text: str) -> list[str]:
    """Lowercase word tokens without stopwords, lightly stemmed."""
    return [_stem(t) for t in _TOKEN_RE.findall(text.lower().replace("'", "")) if t not in _STOPWORDS]


@dataclass(frozen=True)
class Passage:
    """One retrieved passage with its provenance."""

    id: str
    card_id: str
    title: str
    source: str
    text: str
    score: float
    use_for: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """The JSON shape used by `lead retrieve --json` and citations."""
        return {
            "id": self.id,
            "card_id": self.card_id,
            "title": self.title,
            "source": self.source,
            "text": self.text,
            "score": round(float(self.score), 6),
        }


def _split(value: Any) -> tuple[str, ...]:
    return tuple(v for v in str(value or "").split(",") if v)


class HybridRetriever:
    """Search one collection (Chroma's, or the built-in array) by dense similarity, BM25, or both fused with
    reciprocal rank fusion. With `reopen`, `refresh` asks it for the collection to search from now on."""

    def __init__(
        self,
        collection: Any,
        *,
        rrf_k: int = RRF_K,
        candidates: int = CANDIDATES,
        max_per_card: int | None = MAX_PER_CARD,
        reopen: Callable[[], Any] | None = None,
    ) -> None:
        self.collection = collection
        self.rrf_k = rrf_k
        self.candidates = candidates
        self.max_per_card = max_per_card
        self._reopen = reopen
        self._load()

    def refresh(self) -> None:
        """Reload the passages and rebuild the BM25 index (after an ingest, for example)."""
        if self._reopen is not None:
            self.collection = self._reopen()
        self._load()

    def _load(self) -> None:
        import bm25s

        got = self.collection.get(include=["documents", "metadatas"])
        ids: list[str] = list(got["ids"])
        docs: list[str] = list(got["documents"] or [])
        metas: list[dict] = [dict(m or {}) for m in (got["metadatas"] or [])]
        index = None
        if ids:
            index = bm25s.BM25()
            index.index([tokenize(doc) or ["__empty__"] for doc in docs], show_progress=False)
        row = {pid: i for i, pid in enumerate(ids)}
        tags = [(frozenset(_split(m.get("use_for"))), frozenset(_split(m.get("topics")))) for m in metas]
        # Swap everything in one statement so a concurrent search sees either the old or the new state.
        self._ids, self._docs, self._metas, self._bm25, self._row, self._tags = ids, docs, metas, index, row, tags

    def _card(self, row: int) -> str:
        return str(self._metas[row].get("card_id") or self._ids[row])

    def __len__(self) -> int:
        return len(self._ids)

    def _passage(self, row: int, score: float) -> Passage:
        meta = self._metas[row]
        doc = self._docs[row]
        start = int(meta.get("text_start", 0) or 0)
        return Passage(
            id=self._ids[row],
            card_id=str(meta.get("card_id", self._ids[row])),
            title=str(meta.get("title", "")),
            source=str(meta.get("source", "")),
            text=doc[start:].strip(),
            score=float(score),
            use_for=_split(meta.get("use_for")),
            topics=_split(meta.get("topics")),
        )

    def get(self, passage_id: str) -> Passage | None:
        """The passage with this id, or None."""
        row = self._row.get(passage_id)
        return None if row is None else self._passage(row, 0.0)

    def _dense(self, query: str, n: int) -> list[tuple[int, float]]:
        if not self._ids:
            return []
        try:
            res = self.collection.query(query_texts=[query], n_results=min(n, len(self._ids)), include=["distances"])
        except Exception as exc:
            raise KnowledgeError(f"The dense search failed ({exc.__class__.__name__}: {exc}).") from exc
        out = []
        for pid, dist in zip(res["ids"][0], res["distances"][0]):
            row = self._row.get(pid)
            if row is not None:
                out.append((row, 1.0 - float(dist)))
        return out

    def _bm25_rank(self, query: str, n: int) -> list[tuple[int, float]]:
        if self._bm25 is None:
            return []
        tokens = [t for t in tokenize(query) if t in self._bm25.vocab_dict]
        if not tokens:
            return []
        scores = self._bm25.get_scores(tokens)
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]

    def _allowed(self, row: int, use_for: frozenset[str], topics: frozenset[str]) -> bool:
        row_use_for, row_topics = self._tags[row]
        return (not use_for or not use_for.isdisjoint(row_use_for)) and (not topics or not topics.isdisjoint(row_topics))

    def search(
        self,
        query: str,
        k: int = 5,
        *,
        mode: Mode = "hybrid",
        use_for: Sequence[str] | None = None,
        topics: Sequence[str] | None = None,
    ) -> list[Passage]:
        """The k best passages for the query (filters keep passages tagged with any of the given values)."""
        if mode not in ("hybrid", "dense", "bm25"):
            raise KnowledgeError(f"Unknown retrieval mode '{mode}'; use hybrid, dense or bm25.")
        if not query.strip() or k <= 0:
            return []
        filtered = bool(use_for or topics)
        pool = max(self.candidates, k * 8) * (4 if filtered else 1)
        rankings: list[list[int]] = []
        if mode in ("hybrid", "dense"):
            rankings.append([row for row, _ in self._dense(query, pool)])
        if mode in ("hybrid", "bm25"):
            rankings.append([row for row, _ in self._bm25_rank(query, pool)])
        if filtered:
            wanted_use_for, wanted_topics = frozenset(use_for or ()), frozenset(topics or ())
            rankings = [[row for row in ranking if self._allowed(row, wanted_use_for, wanted_topics)] for ranking in rankings]
        # Cards are ranked by their best passage in each list and fused with reciprocal rank fusion;
        # passages inside a card are ordered by their own fused rank.
        card_score: dict[str, float] = {}
        passage_score: dict[int, float] = {}
        for ranking in rankings:
            seen_cards: dict[str, int] = {}
            for rank, row in enumerate(ranking):
                passage_score[row] = passage_score.get(row, 0.0) + 1.0 / (self.rrf_k + rank + 1)
                card = self._card(row)
                if card not in seen_cards:
                    seen_cards[card] = len(seen_cards)
                    card_score[card] = card_score.get(card, 0.0) + 1.0 / (self.rrf_k + seen_cards[card] + 1)
        ordered = sorted(
            passage_score,
            key=lambda row: (-card_score[self._card(row)], self._card(row), -passage_score[row], self._ids[row]),
        )
        results: list[Passage] = []
        per_card: dict[str, int] = {}
        for row in ordered:
            card = self._card(row)
            if self.max_per_card and per_card.get(card, 0) >= self.max_per_card:
                continue
            per_card[card] = per_card.get(card, 0) + 1
            results.append(self._passage(row, card_score[card]))
            if len(results) >= k:
                break
        return results


def builtin_array() -> Any:
    """The built-in corpus with its shipped vectors, searchable without Chroma."""
    from knowledge.embeddings import embed_cached
    from knowledge.ingest import builtin_records
    from knowledge.store import BuiltinArray

    ids, documents, metadatas = builtin_records()
    return BuiltinArray(ids, documents, metadatas, embed_cached(documents))


def _open_collection(settings: Settings, ensure_index: bool) -> Any:
    """What to search: the built-in array when nothing was ingested, else the Chroma collection."""
    from knowledge.store import serves_builtin_only

    if serves_builtin_only(settings):
        return builtin_array()
    from knowledge.ingest import ensure_builtin
    from knowledge.store import get_collection, open_client

    collection = get_collection(open_client(settings), settings, create=ensure_index)
    if collection is None:
        raise KnowledgeError(f"There is no index at {settings.chroma_url or settings.index_dir}; run `lead index rebuild`.")
    if ensure_index and ensure_builtin(settings, collection):
        collection = get_collection(open_client(settings), settings)
    return collection


def open_retriever(settings: Settings | None = None, *, ensure_index: bool = True, **options: Any) -> HybridRetriever:
    """A retriever over the guidance: the built-in vectors in memory while nothing was ingested, else the Chroma
    collection (building the built-in index on first use); `refresh()` switches when documents arrive."""
    settings = settings or load_settings()
    collection = _open_collection(settings, ensure_index)
    try:
        return HybridRetriever(collection, reopen=lambda: _open_collection(settings, ensure_index), **options)
    except KnowledgeError:
        raise
    except Exception as exc:
        raise storage_error(exc, settings.chroma_url or settings.index_dir) or KnowledgeError(
            f"The index cannot be read ({exc.__class__.__name__}); run `lead index rebuild`."
        ) from exc
