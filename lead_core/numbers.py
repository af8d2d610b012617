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


# The one table of what a chance means in words: (lowest chance of the band, the answer to "will it?", plain words).
# 80% is where a date becomes safe to promise; a coin flip is "too close to call", never "probably"; 1 in 3 is
# "probably not", never "likely". Forecasts, what-ifs and drafts all read it through odds_answer and odds_plain.
ODDS_BANDS: tuple[tuple[float, str, str], ...] = (
    (0.95, "yes", "almost certain"),
    (0.80, "yes", "very likely"),
    (0.60, "probably", "more likely than not"),
    (0.40, "too close to call", "roughly a coin flip"),
    (0.20, "probably not", "less likely than not"),
    (0.05, "no", "unlikely"),
    (0.0, "no", "very unlikely"),
)


def _band(p: float) -> tuple[float, str, str]:
    return next(b for b in ODDS_BANDS if p >= b[0])


def odds_answer(p: float) -> str:
    """The answer a chance gives to 'will it?': yes, probably, too close to call, probably not, or no."""
    return _band(p)[1]


def odds_plain(p: float) -> str:
    """A chance in plain words without a number ('more likely than not', 'roughly a coin flip')."""
    return _band(p)[2]


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
