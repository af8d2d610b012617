"""The Gradio app: a banner, then one module per tab (Chat, Team, Planner, Org, Triage, 1-on-1) assembled
around shared session state. Each browser session has its own thread id and its own team copy, and sees only
the conversations of its owner (its browser, or the logged-in user; see ui/threads.py)."""

from __future__ import annotations

import logging
import os
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
# Gradio's monitoring dashboard is off here, but its queue still keeps the last 10,000 events and, after every one,
# rebuilds their summary with pandas (about 1 ms per turn with 500 events, 5 ms with 10,000): keep one, never summarise.
os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", "1")
os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", str(2**62))

import gradio as gr

from lead_core.errors import explain_failure
from lead_core.settings import Settings, load_settings
from ui import chat_tab, one_on_one, org, planner, rehearse_tab, team_tab, triage_tab
from ui.chat import ChatHandlers, new_thread_id
from ui.context import AppContext
from ui.feedback import FeedbackStore
from ui.threads import STORAGE_KEY, ThreadOwners, db_path, is_browser_owner, new_browser_owner

log = logging.getLogger(__name__)
MODEL_CONCURRENCY = 24  # events served at once when turns mostly wait on a model endpoint
TABS = (chat_tab, team_tab, planner, org, triage_tab, one_on_one, rehearse_tab)
CSS = """
#banner {padding: 6px 12px; border-radius: 8px; background: var(--block-background-fill);}
#team-person-errors li, #team-status li {color: #b42318;}
#chatbot .image-frame img {max-height: none;}
"""
DELETE_CACHE = (3600, 86400)  # hourly, Gradio deletes the files it served (charts, downloads) once a day old
FONTS = ["DejaVu Sans", "Noto Sans", "system-ui", "Segoe UI", "Helvetica", "Arial", "sans-serif"]


def theme() -> gr.themes.Base:
    """The Soft theme with locally installed fonts, so the page fetches no web fonts."""
    return gr.themes.Soft(font=FONTS, font_mono=["DejaVu Sans Mono", "ui-monospace", "Menlo", "monospace"])


def launch_kwargs() -> dict[str, Any]:
    """Launch options shared by `lead ui`, the tests and the benchmark."""
    return {"theme": theme(), "css": CSS, "ssr_mode": False, "show_error": False, "mcp_server": False}


def build_app(copilot: Any = None, settings: Settings | None = None) -> gr.Blocks:
    """The whole app as a gr.Blocks (queue configured); `copilot` defaults to a real Copilot."""
    ctx = _context(copilot, settings or load_settings())
    with gr.Blocks(title="Lead Copilot", analytics_enabled=False, delete_cache=DELETE_CACHE) as demo:
        ctx.team_state, ctx.owner_state, ctx.thread_state = gr.State(None), gr.State(None), gr.State(None)
        browser_owner = gr.BrowserState(None, storage_key=STORAGE_KEY, secret=ctx.owners.browser_secret())
        gr.Markdown(ctx.chat.banner(), elem_id="banner")
        with gr.Tabs():
            for tab in TABS:
                tab.build(ctx)
        ctx.finish()
        _wire_page_load(ctx, demo, browser_owner)
    demo.queue(default_concurrency_limit=concurrency(ctx.settings))
    return demo


def concurrency(settings: Settings) -> int:
    """Events served at once: many while turns wait on a model; with the offline brain a turn is CPU work, so two
    per core, the rest waiting in Gradio's queue (20 sessions on 2 cores, 24 at once against 4: 9 ms more server
    CPU per turn, spent switching threads, and a p95 of 5.8 s against 3.7 s)."""
    if settings.use_openai:
        return MODEL_CONCURRENCY
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(2, min(MODEL_CONCURRENCY, 2 * cores))


def _context(copilot: Any, settings: Settings) -> AppContext:
    if copilot is None:
        from agent.service import Copilot

        copilot = Copilot(settings)
    owners = ThreadOwners(db_path(settings.home))
    chat = ChatHandlers(copilot, FeedbackStore(settings.feedback_db), max_input_chars=settings.max_input_chars,
                        owners=owners)
    return AppContext(settings=settings, copilot=copilot, owners=owners, chat=chat,
                      team_file=team_tab.team_path(settings))


def _wire_page_load(ctx: AppContext, demo: gr.Blocks, browser_owner: gr.BrowserState) -> None:
    """On load: the browser's owner id (kept in its localStorage), its conversations and the team file."""

    def on_load(stored: Any = None, request: gr.Request | None = None) -> list[Any]:
        browser = stored if is_browser_owner(stored) else new_browser_owner()
        owner = ctx.current_owner(browser, request)
        team, note = None, ""
        try:
            team = team_tab.load_session_team(ctx.settings)
            views = ctx.team_updates(team)
        except Exception as exc:  # boundary: the page-load handler
            note, views = f"The team file could not be read: {explain_failure(exc, log, 'Loading the team file')}", ctx.no_team_updates()
        threads = gr.Dropdown(choices=ctx.chat.thread_choices(owner), value=None)
        return [new_thread_id(), team, threads, note, *views, browser, owner]

    demo.load(on_load, browser_owner, [ctx.thread_state, ctx.team_state, ctx.threads, ctx.team_status,
                                       *ctx.team_components, browser_owner, ctx.owner_state], queue=False)

    def on_browser_owner(stored: Any, thread_id: str | None, request: gr.Request | None = None) -> list[Any]:
        """The browser's stored owner id arrived (or changed): use it and list its conversations."""
        if not is_browser_owner(stored):
            return [gr.update(), gr.update()]
        owner = ctx.current_owner(stored, request)
        choices = ctx.chat.thread_choices(owner)
        value = thread_id if thread_id in {v for _, v in choices} else None
        return [owner, gr.Dropdown(choices=choices, value=value)]

    browser_owner.change(on_browser_owner, [browser_owner, ctx.thread_state], [ctx.owner_state, ctx.threads],
                         queue=False, api_name=False)
