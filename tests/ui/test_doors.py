"""The app's doors, over real HTTP: only the bound host names are answered (DNS rebinding gets 400), and
repeated failed logins from one client are locked out with a growing delay while other clients can still log in."""

from __future__ import annotations

import asyncio
import http.client
import urllib.parse

import pytest

from lead_core.settings import load_settings
from tests.support.app_process import free_port
from tests.ui.fakes import FakeCopilot
from ui.server import LoginThrottle, allowed_hosts, launch

pytestmark = pytest.mark.timeout(240)


@pytest.fixture(scope="module")
def app_port(tmp_path_factory):
    port = free_port()
    home = tmp_path_factory.mktemp("doors-home")
    settings = load_settings(home=home, ui_port=port, ui_auth="lead:correct-horse", ui_allowed_hosts="copilot.internal")
    app = launch(settings, copilot=FakeCopilot(), block=False)
    try:
        yield port
    finally:
        app.close()


def request(port: int, method: str, path: str, *, host: str | None = None, body: dict | None = None,
            source: str = "127.0.0.1") -> http.client.HTTPResponse:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(source, 0))
    headers = {"Host": host or f"127.0.0.1:{port}"}
    data = None
    if body is not None:
        data = urllib.parse.urlencode(body)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    conn.request(method, path, body=data, headers=headers)
    response = conn.getresponse()
    response.read()
    conn.close()
    return response


def test_foreign_host_header_is_refused(app_port):
    assert request(app_port, "GET", "/", host="evil.example").status == 400
    assert request(app_port, "GET", "/config", host=f"evil.example:{app_port}").status == 400
    for host in (f"127.0.0.1:{app_port}", f"localhost:{app_port}", "copilot.internal"):
        assert request(app_port, "GET", "/", host=host).status == 200, host


def test_repeated_failed_logins_are_locked_out_per_client(app_port):
    wrong = {"username": "lead", "password": "guess"}
    statuses = [request(app_port, "POST", "/login", body=wrong, source="127.0.0.3").status for _ in range(6)]
    assert statuses[:5] == [400] * 5 and statuses[5] == 429, statuses
    locked = request(app_port, "POST", "/login", body={"username": "lead", "password": "correct-horse"}, source="127.0.0.3")
    assert locked.status == 429 and int(locked.getheader("Retry-After")) >= 1
    other = request(app_port, "POST", "/login", body={"username": "lead", "password": "correct-horse"}, source="127.0.0.4")
    assert other.status == 200


def test_lockout_doubles_then_expires():
    now = [1000.0]
    statuses: list[int] = []

    async def inner(scope, receive, send):
        await send({"type": "http.response.start", "status": 400 if scope["path"] == "/login" else 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    throttle = LoginThrottle(inner, free_attempts=3, base_delay=1.0, max_delay=60.0, clock=lambda: now[0])

    async def login() -> int:
        sent: list[dict] = []

        async def send(message):
            sent.append(message)

        async def receive():
            return {"type": "http.request", "body": b""}

        await throttle({"type": "http", "method": "POST", "path": "/login", "client": ("10.0.0.9", 1), "headers": []},
                       receive, send)
        return sent[0]["status"]

    for _ in range(3):
        statuses.append(asyncio.run(login()))
    assert statuses == [400, 400, 400] and asyncio.run(login()) == 429  # third failure: locked for 1 s
    now[0] += 1.1
    assert asyncio.run(login()) == 400  # fourth failure: locked for 2 s
    now[0] += 1.1
    assert asyncio.run(login()) == 429
    now[0] += 1.0
    assert asyncio.run(login()) == 400


def test_allowed_hosts_cover_loopback_and_the_configured_host():
    hosts = allowed_hosts(load_settings(ui_host="10.1.2.3", ui_allowed_hosts="a.example, b.example"))
    assert {"localhost", "127.0.0.1", "[::1]", "10.1.2.3", "a.example", "b.example"} <= set(hosts)
    assert "*" not in hosts
