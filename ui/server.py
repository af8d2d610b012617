"""Starting the app: refuse to bind off loopback without a password, parse LEAD_UI_AUTH, and launch
Gradio with no share link, no analytics and nothing fetched from the network."""

from __future__ import annotations

import os
from typing import Any

from agent.commands.common import UserError
from agent.privacy import is_loopback
from agent.settings import Settings


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
            prevent_thread_lock=True, **launch_kwargs(),
        )
    except OSError as exc:
        raise UserError(
            f"Cannot listen on {host}:{settings.ui_port} ({exc.strerror or 'port in use'}); "
            "stop the other server or set LEAD_UI_PORT to a free port."
        ) from exc
    shown = f"[{host}]" if ":" in host else host
    print(f"Lead Copilot is running on http://{shown}:{settings.ui_port}  (Ctrl+C to stop)", flush=True)
    if block:
        app.block_thread()
    return app
