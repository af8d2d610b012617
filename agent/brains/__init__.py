"""Brains decide the next step of a turn: call tools or answer. Offline (deterministic) and OpenAI-compatible."""
