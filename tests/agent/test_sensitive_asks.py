"""The manager's own questions in a sensitive case are each answered, with the thing they name and its date; a person
who asked for confidence is not reported to HR or a boss without their agreement."""

from agent.sensitive import _pronouns
from agent.sensitive_asks import asked_questions, kept_in_confidence, question_lines

LOSS = ("my analyst yusuf lost his sister last week. he says he's coming back wednesday. he is supposed to demo the routing "
        "pilot to the regional directors on jan 9. what do i say, should i take the routing demo off him, and should i tell my director?")
PRIVATE = ("dana told me she's starting chemo next month and asked me not to tell anyone yet. she's still on the pricing rebuild, "
           "which is stuck waiting on finance. what do i do about the pricing rebuild? do i tell hr?")


def _words(text: str, name: str) -> dict:
    return _pronouns(text, name) | {"s": "s"}


def test_each_question_clause_is_found_in_order():
    assert asked_questions(LOSS) == ["what do i say", "should i take the routing demo off him", "should i tell my director"]


def test_taking_work_off_someone_is_their_choice_with_a_backup_before_its_date():
    lines = question_lines(LOSS, _words(LOSS, "Yusuf"))
    demo = next(line for line in lines if line.startswith("**The routing demo?**"))
    assert "jan 9" in demo and "Ask him" in demo


def test_a_boss_hears_only_what_they_need_to_act_on():
    lines = question_lines(LOSS, _words(LOSS, "Yusuf"))
    assert any(line.startswith("**Your director?**") and "only after Yusuf agrees" in line for line in lines)


def test_stuck_work_is_unblocked_by_the_manager_and_hr_waits_for_consent():
    lines = question_lines(PRIVATE, _words(PRIVATE, "Dana"))
    assert any(line.startswith("**The pricing rebuild?**") and "clear or escalate" in line for line in lines)
    assert any(line.startswith("**HR?**") and "Not without her agreement" in line for line in lines)


def test_a_playbook_step_to_tell_hr_waits_for_their_agreement_when_asked_for_confidence():
    step = "Today: tell HR (or your people partner) so leave is set up."
    assert kept_in_confidence(step, PRIVATE, _words(PRIVATE, "Dana")) == "Today: once she agrees, tell HR (or your people partner) so leave is set up."
    assert kept_in_confidence(step, LOSS, _words(LOSS, "Yusuf")) == step
