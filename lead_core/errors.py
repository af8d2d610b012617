"""One base for every error a user can fix (`LeadError`), the CLI's input error, and the sentence a pydantic
validation error becomes; the CLI, the app and the evals print these as one line, never a traceback."""

from __future__ import annotations

from typing import Any


class LeadError(Exception):
    """A problem the user can fix (bad file, bad argument, unreachable endpoint), explained in one sentence."""


class UserError(LeadError):
    """A problem with the user's input, files or flags; the CLI prints the message as one line and exits 2."""


def _short_repr(value: Any, limit: int = 60) -> str:
    """repr() of a value cut to `limit` characters, so echoing bad input never floods the terminal."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe_validation_error(exc: Exception, source: str | None = None) -> str:
    """Turn a pydantic ValidationError into one sentence naming the field and the rule."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    parts = []
    for err in errors()[:3]:
        loc = ".".join(str(p) for p in err.get("loc", ()) if p != "__root__") or "input"
        msg = str(err.get("msg", "is invalid")).removeprefix("Value error, ")
        value = err.get("input")
        shown = "" if isinstance(value, (dict, list)) or value is None else f" (got {_short_repr(value)})"
        parts.append(f"{loc}: {msg}{shown}")
    more = len(errors()) - 3
    suffix = f"; and {more} more problem(s)" if more > 0 else ""
    where = f" in {source}" if source else ""
    return f"Invalid input{where}: " + "; ".join(parts) + suffix + "."
