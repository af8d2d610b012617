"""Errors tools raise for input that validates field by field but is inconsistent as a whole."""


class ToolInputError(ValueError):
    """Inconsistent tool input (unknown dependency, unknown person), explained in one sentence."""
