"""Percentages never claim impossibility or certainty a simulation cannot show; the triangular inverse CDF
stays inside its bounds and puts its mode where the distribution peaks."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lead_core.numbers import chance_words, days_words, percent, triangular


@pytest.mark.parametrize(
    "p, symbols, words",
    [
        (0.0, "0%", "0%"),
        (0.001, "<1%", "under 1%"),
        (0.42, "42%", "42%"),
        (0.996, ">99%", "over 99%"),
        (1.0, "100%", "over 99%"),
    ],
)
def test_percent_in_symbols_and_words(p, symbols, words):
    assert percent(p) == symbols
    assert percent(p, words=True) == words


def test_percent_of_nothing_is_not_available():
    assert percent(None) == "n/a"


@given(
    a=st.floats(0, 50),
    spread=st.tuples(st.floats(0, 1), st.floats(0, 50)),
)
def test_triangular_stays_within_its_bounds_and_is_monotone(a, spread):
    share, width = spread
    c = a + width
    b = a + share * width
    u = np.linspace(0, 1, 101)
    x = triangular(u, a, b, c)
    assert np.all(x >= a - 1e-9) and np.all(x <= c + 1e-9)
    assert np.all(np.diff(x) >= -1e-9)


def test_triangular_median_of_a_symmetric_triangle_is_its_mode():
    assert triangular(np.array([0.5]), 2.0, 5.0, 8.0)[0] == pytest.approx(5.0)


@pytest.mark.parametrize("p,words", [(0.0, "almost certainly not"), (0.03, "almost certainly not"), (0.31, "about three in ten"),
                                     (0.88, "about nine in ten"), (1.0, "almost certainly"), (None, "unknown")])
def test_a_rough_chance_reads_in_words_never_as_zero_or_a_hundred_percent(p, words):
    assert chance_words(p) == words


@given(st.floats(0, 1))
def test_chance_words_never_show_a_digit(p):
    assert not any(ch.isdigit() for ch in chance_words(p))


@pytest.mark.parametrize("days,words", [(0.0, "no effect you could measure"), (0.4, "no effect you could measure"),
                                        (0.9, "about 1 working day"), (5.1, "about 5 working days")])
def test_working_days_are_whole_days_and_a_trace_is_no_measurable_effect(days, words):
    assert days_words(days) == words


# --- one table for what a chance means in words (forecasts, what-ifs and drafts read it) --------------------------


def test_a_coin_flip_is_too_close_to_call_and_one_in_three_is_never_likely():
    from lead_core.numbers import odds_answer, odds_plain

    assert odds_answer(0.5) == "too close to call" and odds_plain(0.5) == "roughly a coin flip"
    assert odds_answer(0.33) == "probably not" and "likely" not in odds_plain(0.33).replace("less likely than not", "")
    assert odds_answer(0.85) == "yes" and odds_answer(0.7) == "probably" and odds_answer(0.02) == "no"


def test_the_answer_never_gets_more_hopeful_as_the_chance_falls():
    from lead_core.numbers import odds_answer

    order = ["no", "probably not", "too close to call", "probably", "yes"]
    ranks = [order.index(odds_answer(p / 100)) for p in range(0, 101)]
    assert ranks == sorted(ranks)
