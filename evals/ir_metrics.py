"""Information-retrieval metrics over ranked card ids: recall@k, MRR@k and nDCG@k with binary relevance.

Pure functions: `ranked` is the retrieved ids best first (duplicates after the first occurrence are
ignored), `gold` the ids that count as relevant.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence


def _distinct(ranked: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ranked))


def recall_at_k(ranked: Sequence[str], gold: Iterable[str], k: int) -> float:
    """Share of the gold ids found in the top k."""
    relevant = set(gold)
    if not relevant:
        return 0.0
    return len(relevant & set(_distinct(ranked)[:k])) / len(relevant)


def mrr_at_k(ranked: Sequence[str], gold: Iterable[str], k: int) -> float:
    """1 / rank of the first gold id in the top k, or 0 when none is there."""
    relevant = set(gold)
    for rank, item in enumerate(_distinct(ranked)[:k], start=1):
        if item in relevant:
            return 1.0 / rank
    return 0.0


def ndcg_at_k(ranked: Sequence[str], gold: Iterable[str], k: int) -> float:
    """Normalised discounted cumulative gain with binary relevance."""
    relevant = set(gold)
    if not relevant:
        return 0.0
    dcg = sum(1.0 / math.log2(rank + 1) for rank, item in enumerate(_distinct(ranked)[:k], start=1) if item in relevant)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(len(relevant), k) + 1))
    return dcg / ideal
