"""Host and password rules for `lead ui`."""

from __future__ import annotations

import pytest

from agent.cli import main
from lead_core.errors import UserError
from lead_core.settings import load_settings
from ui.server import check_bind, is_loopback, parse_auth


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.5"])
def test_loopback_hosts(host):
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "::", "example.com"])
def test_non_loopback_hosts(host):
    assert not is_loopback(host)


def test_parse_auth():
    assert parse_auth("dana:s3cret:with-colon") == ("dana", "s3cret:with-colon")
    assert parse_auth(None) is None and parse_auth("  ") is None
    for bad in ("dana", ":pw", "dana:"):
        with pytest.raises(UserError, match="user:password"):
            parse_auth(bad)


def test_off_loopback_requires_auth():
    with pytest.raises(UserError, match="LEAD_UI_AUTH"):
        check_bind(load_settings(ui_host="0.0.0.0"))
    assert check_bind(load_settings(ui_host="0.0.0.0", ui_auth="dana:pw")) == ("dana", "pw")
    assert check_bind(load_settings(ui_host="127.0.0.1")) is None


def test_cli_refuses_in_one_line_with_exit_2(monkeypatch, capsys):
    monkeypatch.setenv("LEAD_UI_HOST", "0.0.0.0")
    monkeypatch.delenv("LEAD_UI_AUTH", raising=False)
    assert main(["ui"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: Refusing to listen on 0.0.0.0") and err.count("\n") == 1


def test_cli_rejects_malformed_auth(monkeypatch, capsys):
    monkeypatch.setenv("LEAD_UI_AUTH", "no-colon")
    assert main(["ui", "--host", "0.0.0.0"]) == 2
    assert "user:password" in capsys.readouterr().err


def test_port_in_use_is_one_sentence(tmp_path):
    import socket

    from tests.ui.fakes import FakeCopilot
    from ui.server import launch

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        settings = load_settings(home=tmp_path, ui_port=port)
        with pytest.raises(UserError, match=f"Cannot listen on 127.0.0.1:{port}.*LEAD_UI_PORT"):
            launch(settings, copilot=FakeCopilot(), block=False)
