"""Shared test helpers (scripted OpenAI-compatible server)."""
