"""Figures the benchmarks share: the nearest-rank percentile of a list of timings."""

from __future__ import annotations


def percentile(values: list[float], q: float) -> float:
    """The value at quantile q (0-1) by nearest rank; NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]
