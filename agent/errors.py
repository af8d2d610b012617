"""Errors the agent layer raises for problems a user can fix, each explained in one sentence."""


class AgentError(Exception):
    """A user-fixable problem in the agent layer (bad question, unreachable endpoint, bad thread)."""
