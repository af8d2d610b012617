"""Where data goes: the default OpenAI endpoint and whether a host or URL is this machine."""

from __future__ import annotations

import ipaddress
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
