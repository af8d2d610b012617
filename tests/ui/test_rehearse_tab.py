"""The Rehearse tab: its handlers against the example team (start, reply, end, download, errors), its place
in the assembled app, and, in headless Chromium against `lead ui`, a whole rehearsal ending in a scorecard
and a downloaded Markdown session (screenshot in test-artifacts/rehearse.png)."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from agent.rehearse.store import RehearsalStore
from lead_core.settings import load_settings
from ui.rehearse_tab import EXAMPLE_SITUATION, RehearseHandlers

TODAY = date(2026, 11, 23)
REPLIES = [
    "I understand the summarizer matters. My recommendation is that Priya finishes Fraud model v3 first, about 2 weeks left.",
    "Two options: she finishes first and we lose 2.5 working days, or she switches now and we lose 6.5 days.",
]


@pytest.fixture(scope="module")
def example_team(repo_root):
    from tools.team import load_team

    return load_team(repo_root / "examples" / "team.yaml")


@pytest.fixture
def handlers(tmp_path):
    settings = load_settings(home=tmp_path, brain="offline")
    return RehearseHandlers(settings, today=TODAY)


def test_a_whole_rehearsal_through_the_handlers(handlers, example_team):
    chat, state, note = handlers.start("vp", "", "realistic", EXAMPLE_SITUATION, example_team)
    assert chat == [{"role": "assistant", "content": "I need Priya on the LLM summarizer from Monday. It's the priority now. Can you make that happen?"}]
    assert "Rehearsing with **Victor**" in note and "finishing first (over 99% chance of the new deadline, 2.5 working days lost)" in note
    for reply in REPLIES:
        chat, state, box, note = handlers.reply(reply, state, example_team)
        assert box == "" and chat[-2] == {"role": "user", "content": reply} and chat[-1]["role"] == "assistant"
    state, card, path = handlers.end(state, example_team)
    assert card.startswith("## Scorecard: ") and f"“{REPLIES[1]}”" in card
    body = path.read_text(encoding="utf-8")
    assert body.startswith("# Rehearsal with Victor") and f"**You:** {REPLIES[0]}" in body
    saved = handlers.store.load(state["id"])
    assert saved is not None and saved.scorecard is not None and len(saved.transcript) == 5


def test_mistakes_get_a_sentence_and_keep_the_session(handlers, example_team):
    chat, state, note = handlers.start("vp", "", "realistic", "   ", example_team)
    assert (chat, state) == ([], None) and note.startswith("Could not start: Describe the situation")
    assert handlers.reply("hello", None, example_team)[3] == "Start a rehearsal first."
    assert handlers.end(None, example_team) == (None, "Start a rehearsal first.", None)
    chat, state, _ = handlers.start("report", "Sam", "tough", EXAMPLE_SITUATION, example_team)
    chat2, state2, box, note = handlers.reply("   ", state, example_team)
    assert chat2 == chat and state2 == state and note.startswith("Type a reply")


def test_without_a_team_the_tab_says_there_are_no_numbers(handlers):
    _, state, note = handlers.start("cfo", "", "easy", EXAMPLE_SITUATION, None)
    assert state["case"]["strategies"] == [] and "No what-if" in note


def test_the_app_has_the_rehearse_tab(tmp_path):
    from tests.ui.fakes import FakeCopilot
    from ui.app import build_app

    demo = build_app(copilot=FakeCopilot(), settings=load_settings(home=tmp_path))
    ids = {getattr(block, "elem_id", None) for block in demo.blocks.values()}
    assert {"rehearse-role", "rehearse-situation", "rehearse-start", "rehearse-chat", "rehearse-reply",
            "rehearse-end", "rehearse-scorecard", "rehearse-download"} <= ids
    tabs = [getattr(block, "label", None) for block in demo.blocks.values() if block.__class__.__name__ == "Tab"]
    assert "Rehearse" in tabs


# ---------------------------------------------------------------------------------------- in a browser
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _browser_or_skip() -> str:
    required = bool(os.environ.get("CI")) or os.environ.get("LEAD_REQUIRE_BROWSER") == "1"
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and os.access(candidate, os.X_OK):
            try:
                import playwright.sync_api  # noqa: F401
            except ImportError:
                break
            return candidate
    if required:
        pytest.fail("Chromium and Playwright are required here: run `bash scripts/ensure-chromium.sh`.", pytrace=False)
    pytest.skip("Chromium or Playwright is not installed.")
    raise AssertionError("unreachable")


@pytest.mark.browser
@pytest.mark.timeout(180)
def test_rehearse_tab_in_a_browser(running_app, tmp_path):
    from playwright.sync_api import sync_playwright

    executable = _browser_or_skip()
    outside: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
            page.on("request", lambda r: outside.append(r.url)
                    if not r.url.startswith((running_app.url, "data:", "blob:")) else None)
            page.goto(running_app.url)
            page.get_by_text("offline brain").wait_for(timeout=30_000)
            page.get_by_role("tab", name="Rehearse").click()
            page.locator("#rehearse-start").click()
            chat = page.locator("#rehearse-chat")
            chat.get_by_text("I need Priya on the LLM summarizer", exact=False).wait_for(timeout=30_000)
            for n, reply in enumerate(REPLIES, start=1):
                page.locator("#rehearse-reply textarea").fill(reply)
                page.locator("#rehearse-send").click()
                chat.get_by_text(reply[:40], exact=False).wait_for(timeout=30_000)
                page.wait_for_function(
                    "n => document.querySelectorAll('#rehearse-chat .message-row').length >= n", arg=2 * n + 1,
                    timeout=30_000)
            page.locator("#rehearse-end").click()
            card = page.locator("#rehearse-scorecard")
            card.get_by_text("Scorecard:", exact=False).wait_for(timeout=30_000)
            card_text = card.inner_text()
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "rehearse.png"), full_page=True)
            button = page.locator("#rehearse-download")
            button.wait_for(state="visible", timeout=30_000)
            with page.expect_download(timeout=30_000) as info:
                button.click()
            saved = tmp_path / info.value.suggested_filename
            info.value.save_as(saved)
            transcript = chat.inner_text()
        finally:
            browser.close()
    assert "Leads with the decision or ask" in card_text and "Practise next" in card_text
    assert REPLIES[1][:40] in card_text  # the manager's own words quoted as evidence
    assert "I need Priya on the LLM summarizer" in transcript and all(r[:40] in transcript for r in REPLIES)
    body = saved.read_text(encoding="utf-8")
    assert saved.suffix == ".md" and body.startswith("# Rehearsal with Victor") and f"**You:** {REPLIES[0]}" in body
    (row,) = RehearsalStore(running_app.home / "conversations.sqlite").recent()
    assert row[1] == "vp" and row[2] == EXAMPLE_SITUATION
    assert outside == [], f"the page fetched from outside the app: {outside[:5]}"
