"""Rehearse a hard conversation: the copilot plays a VP, stakeholder, peer or report, grounded in the team's
numbers, then scores the manager's replies with quoted evidence. `session.Rehearsal` drives one session."""
