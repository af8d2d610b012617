"""One base for every error a user can fix (`LeadError`), the CLI's input error, the sentence an error becomes,
and what a documented boundary (the app's event handlers, the model brain's request) does with a failure: log
it and show one line, never a traceback."""

from __future__ import annotations

import logging
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


def one_sentence(exc: BaseException) -> str:
    """An error as the one line a user is shown: a validation error names its fields, anything else gives the
    first line of its message (its class name when it has none)."""
    if callable(getattr(exc, "errors", None)):
        return describe_validation_error(exc)
    text = str(exc).strip()
    return text.splitlines()[0] if text else exc.__class__.__name__


def explain_failure(exc: Exception, log: logging.Logger, doing: str) -> str:
    """At a documented boundary: log the failure of `doing` and return the one sentence the user sees.

    A problem the user can fix (a LeadError, invalid input) is logged in one line; anything else is logged with
    its traceback, because it is a bug or an outage and the sentence alone would hide where it came from."""
    sentence = one_sentence(exc)
    if isinstance(exc, LeadError) or callable(getattr(exc, "errors", None)):
        log.info("%s: %s", doing, sentence)
    else:
        log.error("%s failed: %s", doing, sentence, exc_info=exc)
    return sentence
