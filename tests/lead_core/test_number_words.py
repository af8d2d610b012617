"""Numbers the manager writes are read the same in words or figures: British 'and', hyphens, 'and a half', a leading
'a', 'k'/'M' suffixes, percent, currency, the idioms text2num leaves alone, and a list's 'and' between two numbers."""

import pytest

from lead_core.number_words import amounts, digits, in_figures, number, numbers_in


@pytest.mark.parametrize(
    "said, value",
    [
        ("two hundred and fifty", 250),
        ("six hundred and seven", 607),
        ("twenty-five", 25),
        ("eighty three", 83),
        ("one and a half", 1.5),
        ("four and a half", 4.5),
        ("a hundred and thirty percent", 130),
        ("a thousand", 1000),
        ("three hundred k", 300_000),
        ("seventy grand", 70_000),
        ("$9k", 9000),
        ("€12k", 12_000),
        ("1.5M", 1_500_000),
        ("£2.4m", 2_400_000),
        ("sixty-two thousand", 62_000),
        ("1,250", 1250),
        ("71%", 71),
        ("half a million", 500_000),
        ("a dozen", 12),
        ("three dozen", 36),
    ],
)
def test_a_number_phrase_is_read_whole_at_its_value(said, value):
    assert number(said) == value


@pytest.mark.parametrize("said", ["forty and sixty", "march 8", "about 5", "a one-page memo", "the committee", ""])
def test_what_is_not_one_number_reads_as_none(said):
    assert number(said) is None


def test_two_numbers_joined_by_a_list_and_stay_two():
    found = amounts("somewhere between six hundred and twenty and seven hundred and five litres")
    assert [a.value for a in found] == [620, 705]
    assert [a.said for a in found] == ["six hundred and twenty", "seven hundred and five"]


def test_an_amount_keeps_its_percent_currency_and_words():
    pct, money = amounts("we're at a hundred and ten per cent, and it costs eighty-five thousand euros a year")
    assert (pct.value, pct.percent, pct.said) == (110, True, "a hundred and ten per cent")
    assert (money.value, money.currency) == (85_000, "euros")
    dollars = amounts("roughly $14k a month")[0]
    assert (dollars.value, dollars.face, dollars.currency) == (14_000, 14, "$")


def test_half_a_and_a_couple_are_numbers_with_their_unit_after():
    half, couple = amounts("the new ranker gains half a point over a couple of sprints")
    assert (half.value, couple.value) == (0.5, 2)


def test_a_lowercase_m_alone_is_not_a_million():
    assert amounts("a 45m slot tomorrow")[0].value == 45
    assert amounts("$45m round")[0].value == 45_000_000


def test_numbers_in_gives_each_number_as_written_and_at_its_value():
    assert {400.0, 400_000.0, 3.0} <= numbers_in("four hundred k over three quarters")
    assert numbers_in("a hundred and thirty percent") == numbers_in("130%") == {130.0}


@pytest.mark.parametrize(
    "text, want",
    [
        ("two hundred and fifty people", "250 people"),
        ("one and a half weeks", "1.5 weeks"),
        ("three and a half days", "3.5 days"),
        ("a couple of reviewers", "2 reviewers"),
        ("couple more weeks", "2 more weeks"),
        ("a fortnight from now", "2 weeks from now"),
        ("half a sprint", "0.5 sprint"),
        ("a dozen dashboards", "12 dashboards"),
        ("ninety per cent sure", "90 percent sure"),
        ("a hundred and thirty percent", "130 percent"),
        ("between three hundred and forty and four hundred and ten", "between 340 and 410"),
        ("twenty and thirty", "20 and 30"),
    ],
)
def test_digits_writes_number_words_in_running_text(text, want):
    assert digits(text) == want


def test_digits_keeps_words_that_are_no_numbers():
    assert digits("someone sent a one-page memo") == "someone sent a one-page memo"


def test_an_ordinal_stays_a_word_unless_asked_for():
    assert digits("a decision on the second GPU node by the twenty-first") == "a decision on the second GPU node by the twenty-first"
    assert digits("by the twenty-first", ordinals=True) == "by the 21st"


@pytest.mark.parametrize(
    "text, want",
    [
        ("we run at about a hundred and ten percent", "we run at about 110%"),
        ("each hire is roughly eighty-two thousand pounds", "each hire is roughly 82,000 pounds"),
        ("it saves four hundred k a year", "it saves 400k a year"),
        ("somewhere between six hundred and twenty and seven hundred and five litres", "somewhere between 620 and 705 litres"),
        ("three million rows", "3 million rows"),
        ("seven weeks of backlog, half a point, one and a half hires", "seven weeks of backlog, half a point, one and a half hires"),
        ("like it was in twenty-three", "like it was in twenty-three"),
        ("already 40% and $12k", "already 40% and $12k"),
    ],
)
def test_in_figures_writes_the_larger_numbers_said_in_words_as_figures(text, want):
    assert in_figures(text) == want


def test_a_day_of_the_month_said_as_two_words_is_one_ordinal():
    from lead_core.number_words import digits, joined_ordinals

    assert joined_ordinals("renewal on february twenty third") == "renewal on february twenty-third"
    assert digits("renewal on february twenty third", ordinals=True) == "renewal on february 23rd"
    assert joined_ordinals("a twenty second clip") == "a twenty second clip"  # no month or 'the': a length, left alone


def test_a_decimal_said_in_words_is_never_half_written_in_figures():
    assert in_figures("the outage cost us about two point four million in refunds") == "the outage cost us about two point four million in refunds"
