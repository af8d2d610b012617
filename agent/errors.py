"""Errors the agent layer raises for problems a user can fix, each explained in one sentence."""

from lead_core.errors import LeadError


class AgentError(LeadError):
    """A user-fixable problem in the agent layer (bad question, unreachable endpoint, bad thread)."""
