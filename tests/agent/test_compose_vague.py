"""A vague question is answered with its one question, not a guess dressed as guidance."""

from datetime import date

from agent.compose import compose_answer, understood_block
from agent.understanding import parse_situation


def test_a_vague_question_gets_the_question_and_no_guidance():
    s = parse_situation("something is off with my team lately, thoughts?", None, date(2026, 12, 4))
    answer = compose_answer(s, "something is off with my team lately, thoughts?", [], [{"id": "x#what-to-do", "title": "T", "text": "- Do a thing."}])
    assert answer.startswith("**One question first:** What are you seeing?") and "[1]" not in answer
    assert understood_block(s) == ""



def test_the_managers_own_sentences_are_shown_once_and_short() -> None:
    from datetime import date

    from agent.understanding import parse_situation

    question = (
        "slack post for #search-ml, decided: from jan 11 we stop hand-tuning ranking weights per market and move every market "
        "onto the learned ranker with a per-market config file. ayo and ren did most of the hand tuning and i want to thank them properly"
    )
    block = understood_block(parse_situation(question, None, date(2026, 12, 4)))
    line = next(x for x in block.splitlines() if x.startswith("- Decision to share"))
    assert line.endswith("(your words)") and line.count("hand-tuning") == 1 and len(line) < 200


def test_a_clarifying_question_with_no_tool_run_quotes_no_guidance_whatever_the_intent():
    from agent.situation import Situation

    s = Situation(intents=["one_on_one"])
    s.clarifying_question = "Who is the 1-on-1 with?"
    passage = {"id": "growth-budget#what-to-do", "card_id": "growth-budget", "title": "Budget",
               "text": "- Training budget asks for conference growth made in December usually fail; plan training budget asks early."}
    answer = compose_answer(s, "prep my 1-on-1: she wants conference training budget for growth, asks in December fail", [], [passage])
    assert "What the guidance says" not in answer and "[1]" not in answer
