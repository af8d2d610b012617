"""Where data goes: the default OpenAI endpoint and whether a host or URL is this machine."""

from __future__ import annotations

import ipaddress
from typing import Any
from urllib.parse import urlparse

DEFAULT_OPENAI_URL = "https://api.openai.com/v1"
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


def is_loopback(host: str) -> bool:
    """True when `host` is this machine (localhost, 127.0.0.0/8, ::1)."""
    host = host.strip().strip("[]")
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_loopback_url(url: str) -> bool:
    """True when an http(s) URL points at this machine."""
    return is_loopback(urlparse(url if "://" in url else f"http://{url}").hostname or "")


def openai_client(api_key: str | None, base_url: str | None, *, timeout: float | None = None, max_retries: int = 0) -> Any:
    """The one place an OpenAI-compatible client is built (chat and embeddings alike): a local server needs no
    key, and retries are ours unless asked for."""
    from openai import OpenAI

    kwargs: dict[str, Any] = {"api_key": api_key or "not-needed", "base_url": base_url, "max_retries": max_retries}
    if timeout is not None:
        kwargs["timeout"] = timeout
    return OpenAI(**kwargs)
