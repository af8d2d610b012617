"""Errors: one base for everything a user can fix, and a pydantic validation error as one sentence."""

import pytest
from pydantic import BaseModel, Field, ValidationError

from lead_core.errors import LeadError, UserError, describe_validation_error


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
