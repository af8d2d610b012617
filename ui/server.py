"""Starting the app: refuse to bind off loopback without a password, parse LEAD_UI_AUTH, answer only the bound host
names (no DNS rebinding), slow down password guessing, and launch Gradio with no share link, no analytics and
nothing fetched from the network."""

from __future__ import annotations

import json
import math
import os
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from lead_core.errors import UserError
from lead_core.network import is_loopback
from lead_core.settings import Settings


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """`user:password` as a (user, password) pair; UserError when malformed."""
    if value is None or not value.strip():
        return None
    user, sep, password = value.partition(":")
    if not sep or not user.strip() or not password:
        raise UserError("LEAD_UI_AUTH must look like user:password (both parts non-empty).")
    return user.strip(), password


def check_bind(settings: Settings) -> tuple[str, str] | None:
    """Check the host/auth combination before starting; returns the credentials to require, if any."""
    auth = parse_auth(settings.ui_auth.get_secret_value() if settings.ui_auth else None)
    if not is_loopback(settings.ui_host) and auth is None:
        raise UserError(
            f"Refusing to listen on {settings.ui_host}, which other machines can reach, without a password: "
            "set LEAD_UI_AUTH=user:password or use LEAD_UI_HOST=127.0.0.1."
        )
    return auth


def allowed_hosts(settings: Settings) -> list[str]:
    """Host names the app answers to: loopback, the bound host, this machine's name when bound to every
    interface, and LEAD_UI_ALLOWED_HOSTS (comma-separated; "*" turns the check off)."""
    hosts = ["localhost", "127.0.0.1", "[::1]"]
    bound = settings.ui_host.strip().strip("[]")
    if bound in ("0.0.0.0", "::"):
        hosts.append(socket.gethostname())
    elif bound:
        hosts.append(f"[{bound}]" if ":" in bound else bound)
    hosts += [h.strip() for h in settings.ui_allowed_hosts.split(",") if h.strip()]
    return list(dict.fromkeys(h.lower() for h in hosts))


class LoginThrottle:
    """ASGI middleware: after `free_attempts` failed logins a client waits base_delay, then twice as long after
    each further failure (up to max_delay); a successful login clears its record. Clients are told apart by
    their address, so behind a reverse proxy they share one record (see SECURITY.md)."""

    PATHS = ("/login", "/login/")
    MAX_CLIENTS = 10_000

    def __init__(self, app: Any, *, free_attempts: int = 5, base_delay: float = 2.0, max_delay: float = 900.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.app = app
        self.free_attempts, self.base_delay, self.max_delay = free_attempts, base_delay, max_delay
        self.clock = clock
        self._failures: OrderedDict[str, tuple[int, float]] = OrderedDict()  # client -> (failures, locked until)
        self._lock = threading.Lock()

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope.get("type") != "http" or scope.get("method") != "POST" or scope.get("path") not in self.PATHS:
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("unknown",))[0]
        wait = self._wait(client)
        if wait > 0:
            await _too_many(send, wait)
            return
        status: list[int] = []

        async def record(message: dict) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        await self.app(scope, receive, record)
        if status:
            self._record(client, ok=status[0] < 400)

    def _wait(self, client: str) -> float:
        with self._lock:
            _, until = self._failures.get(client, (0, 0.0))
        return until - self.clock()

    def _record(self, client: str, *, ok: bool) -> None:
        with self._lock:
            if ok:
                self._failures.pop(client, None)
                return
            failures = self._failures.pop(client, (0, 0.0))[0] + 1
            until = 0.0
            if failures >= self.free_attempts:
                until = self.clock() + min(self.base_delay * 2 ** (failures - self.free_attempts), self.max_delay)
            self._failures[client] = (failures, until)
            while len(self._failures) > self.MAX_CLIENTS:
                self._failures.popitem(last=False)


async def _too_many(send: Any, wait: float) -> None:
    seconds = max(1, math.ceil(wait))
    body = json.dumps({"detail": f"Too many failed logins from your address; try again in {seconds} s."}).encode()
    headers = [(b"content-type", b"application/json"), (b"retry-after", str(seconds).encode()),
               (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 429, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def middleware(settings: Settings) -> list[Any]:
    """The app's own middleware: the Host allow-list, then login throttling."""
    from starlette.middleware import Middleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware

    return [Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(settings), www_redirect=False),
            Middleware(LoginThrottle)]


def launch(settings: Settings, *, copilot: Any = None, block: bool = True) -> Any:
    """Build the app and serve it on settings.ui_host:ui_port; prints the URL."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    auth = check_bind(settings)
    from ui.app import build_app, launch_kwargs

    app = build_app(copilot=copilot, settings=settings)
    host = settings.ui_host
    try:
        app.launch(
            server_name=host, server_port=settings.ui_port, auth=auth, share=False, quiet=True,
            prevent_thread_lock=True, app_kwargs={"middleware": middleware(settings)}, **launch_kwargs(),
        )
    except OSError as exc:
        raise UserError(
            f"Cannot listen on {host}:{settings.ui_port} ({exc.strerror or 'port in use'}); "
            "stop the other server or set LEAD_UI_PORT to a free port."
        ) from exc
    shown = f"[{host}]" if ":" in host else host
    print(f"Lead Copilot is running on http://{shown}:{settings.ui_port}  (Ctrl+C to stop)", flush=True)
    if not is_loopback(host):
        print(f"Answering requests addressed to: {', '.join(allowed_hosts(settings))} "
              "(add the names people type with LEAD_UI_ALLOWED_HOSTS; put a TLS proxy in front)", flush=True)
    if block:
        app.block_thread()
    return app
