"""Test-session setup: an isolated LEAD_HOME, no telemetry, and a guard that fails any non-loopback socket."""

from __future__ import annotations

import atexit
import ipaddress
import os
import shutil
import socket
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["NO_PROXY"] = "127.0.0.1,localhost"
for _var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "LEAD_CHROMA_URL", "LEAD_TEAM", "LEAD_BRAIN", "LEAD_MODEL"):
    os.environ.pop(_var, None)

# One data directory for the whole session, so the built-in index is built once and shared.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="lead-test-home-"))
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)  # ~90 MB each (index, optimised graph)
os.environ["LEAD_HOME"] = str(_SESSION_HOME)
os.environ["XDG_CACHE_HOME"] = str(_SESSION_HOME / "cache")  # the optimised ONNX graph, kept out of ~/.cache

REPO_ROOT = Path(__file__).resolve().parent.parent

# CI and `make test` replay a fixed set of examples so a run is reproducible; direct pytest runs keep exploring new ones.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI") or os.environ.get("LEAD_HYPOTHESIS") == "ci":
    hypothesis_settings.load_profile("ci")


class NetworkAccessError(RuntimeError):
    """Raised when a test tries to reach a non-loopback address."""


def _is_loopback(address: object) -> bool:
    if isinstance(address, tuple) and address:
        host = address[0]
    else:
        return True  # AF_UNIX paths and similar are local
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False  # a host name other than localhost would need DNS


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


def _guarded_connect(self: socket.socket, address: object) -> object:
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
        raise NetworkAccessError(f"test tried to open a network connection to {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> object:
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
        raise NetworkAccessError(f"test tried to open a network connection to {address!r}")
    return _real_connect_ex(self, address)


def _guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
    if host not in (None, "localhost", "127.0.0.1", "::1", "0.0.0.0", b"localhost") and not _is_loopback((host,)):
        raise NetworkAccessError(f"test tried to resolve {host!r}")
    return _real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]


socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
socket.getaddrinfo = _guarded_getaddrinfo  # type: ignore[assignment]


@pytest.fixture(scope="session")
def lead_home() -> Path:
    """The session's LEAD_HOME (shared, holds the built-in index once built)."""
    return _SESSION_HOME


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture
def team_file(repo_root: Path) -> Path:
    return repo_root / "examples" / "team.yaml"
