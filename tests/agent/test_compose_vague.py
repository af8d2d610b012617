"""A vague question is answered with its one question, not a guess dressed as guidance."""

from datetime import date

from agent.compose import compose_answer, understood_block
from agent.understanding import parse_situation


def test_a_vague_question_gets_the_question_and_no_guidance():
    s = parse_situation("something is off with my team lately, thoughts?", None, date(2026, 12, 4))
    answer = compose_answer(s, "something is off with my team lately, thoughts?", [], [{"id": "x#what-to-do", "title": "T", "text": "- Do a thing."}])
    assert answer.startswith("**One question first:** What are you seeing?") and "[1]" not in answer
    assert understood_block(s) == ""

