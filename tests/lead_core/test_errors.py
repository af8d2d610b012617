"""Errors: one base for everything a user can fix, and a pydantic validation error as one sentence."""

import logging

import pytest
from pydantic import BaseModel, Field, ValidationError

from lead_core.errors import LeadError, UserError, describe_validation_error, explain_failure, one_sentence


class _Model(BaseModel):
    weeks: float = Field(gt=0)
    name: str


def test_validation_error_names_field_rule_and_value():
    with pytest.raises(ValidationError) as info:
        _Model(weeks=-1, name="x")
    message = describe_validation_error(info.value, source="plan.yaml")
    assert message.startswith("Invalid input in plan.yaml: weeks:")
    assert "greater than 0" in message and "-1" in message
    assert "\n" not in message


def test_validation_error_lists_at_most_three_problems():
    class Wide(BaseModel):
        a: int
        b: int
        c: int
        d: int
        e: int

    with pytest.raises(ValidationError) as info:
        Wide()
    message = describe_validation_error(info.value)
    assert message.count("Field required") == 3 and message.endswith("; and 2 more problem(s).")


def test_user_error_is_a_lead_error():
    assert issubclass(UserError, LeadError)


def test_one_sentence_is_the_first_line_the_class_name_or_the_fields():
    assert one_sentence(ValueError("bad weeks\nTraceback (most recent call last)")) == "bad weeks"
    assert one_sentence(RuntimeError()) == "RuntimeError"
    with pytest.raises(ValidationError) as info:
        _Model(weeks=0, name="x")
    assert one_sentence(info.value).startswith("Invalid input: weeks:")


def test_a_boundary_logs_a_users_problem_in_one_line_and_a_bug_with_its_traceback(caplog):
    log = logging.getLogger("tests.boundary")
    with caplog.at_level(logging.INFO, logger="tests.boundary"):
        assert explain_failure(LeadError("The team file has no people."), log, "Loading the team") == "The team file has no people."
        try:
            {}["missing"]
        except KeyError as exc:
            assert explain_failure(exc, log, "Drawing the chart") == "'missing'"
    user, bug = caplog.records
    assert (user.levelno, user.exc_info) == (logging.INFO, None) and "Loading the team" in user.getMessage()
    assert bug.levelno == logging.ERROR and bug.exc_info is not None and "Drawing the chart failed" in bug.getMessage()
