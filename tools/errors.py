"""Errors tools raise for input that validates field by field but is inconsistent as a whole."""

from lead_core.errors import LeadError


class ToolInputError(LeadError, ValueError):
    """Inconsistent tool input (unknown dependency, unknown person), explained in one sentence."""
