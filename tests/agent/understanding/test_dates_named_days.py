"""Which words name one day and which only a period. Fresh phrasings (b45-d06 showed the class)."""

from agent.understanding.dates import names_a_day


def test_words_that_name_one_day_and_words_that_name_a_period():
    assert names_a_day("from the 21st") and names_a_day("starting mon") and names_a_day("4/1")
    assert not names_a_day("from january") and not names_a_day("early feb") and not names_a_day("next quarter")

