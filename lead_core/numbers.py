"""Number helpers the tools and their renderers share: probabilities as honest percentages and the
triangular distribution's inverse CDF used by every Monte Carlo tool. NumPy is imported only by the
function that needs it, so a CLI module that formats a percentage does not pay for it at import."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


def percent(p: float | None, *, words: bool = False) -> str:
    """A probability as a percentage that never rounds a possibility to 0% or a near-certainty to 100%.

    `words` is for prose ("under 1%", "over 99%", and a simulated 1.0 is "over 99%" too); "n/a" for None.
    """
    if p is None:
        return "n/a"
    if 0 < p < 0.005:
        return "under 1%" if words else "<1%"
    if p >= 0.995 and (words or p < 1):
        return "over 99%" if words else ">99%"
    return f"{p:.0%}"


NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def chance_words(p: float | None) -> str:
    """A chance from rough inputs in words, rounded to tenths: 'almost certainly not', 'about seven in ten',
    'almost certainly' (never '0%' or '100%', which rough estimates cannot support)."""
    if p is None:
        return "unknown"
    if p < 0.05:
        return "almost certainly not"
    if p > 0.95:
        return "almost certainly"
    return f"about {NUMBER_WORDS[min(max(round(p * 10), 1), 9)]} in ten"


def days_words(days: float) -> str:
    """Working days from rough inputs, in whole days; under half a day is no effect you could measure."""
    if days < 0.5:
        return "no effect you could measure"
    n = round(days)
    return f"about {n} working day{'s' if n != 1 else ''}"


def triangular(u: np.ndarray, a: float, b: float, c: float) -> np.ndarray:
    """Inverse CDF of the triangular distribution (low a, mode b, high c); monotone in u and in each of a, b, c."""
    import numpy as np

    if c <= a:
        return np.full(u.shape, a)
    split = (b - a) / (c - a)
    low = a + np.sqrt(u * (c - a) * (b - a))
    high = c - np.sqrt((1.0 - u) * (c - a) * (c - b))
    return np.where(u < split, low, high)
