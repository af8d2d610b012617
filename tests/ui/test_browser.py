"""End to end in headless Chromium: `lead ui` on the offline brain, a chat turn with a tool step and a
citation, the Conversations list kept across a page reload (and not shown to another browser), a what-if plot
in the Planner, and a downloaded 1-on-1 agenda. Screenshots go to test-artifacts/."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _required() -> bool:
    return bool(os.environ.get("CI")) or os.environ.get("LEAD_REQUIRE_BROWSER") == "1"


def _missing(reason: str) -> None:
    if _required():
        pytest.fail(f"{reason} The browser test is required here (CI or LEAD_REQUIRE_BROWSER=1): "
                    "run `bash scripts/ensure-chromium.sh` (installs Debian's chromium).", pytrace=False)
    pytest.skip(reason)


def _chromium() -> str:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    _missing("Chromium is not installed.")
    raise AssertionError("unreachable")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out, err = proc.communicate()
            raise AssertionError(f"`lead ui` exited with {proc.returncode}:\n{out}\n{err}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"`lead ui` did not answer on {url} within {timeout:.0f} s")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory, lead_home):
    home = tmp_path_factory.mktemp("browser-home")
    if (lead_home / "index").is_dir():  # reuse the session's built index to keep the test fast
        shutil.copytree(lead_home / "index", home / "index")
    port = _free_port()
    env = {**os.environ, "LEAD_HOME": str(home), "LEAD_UI_PORT": str(port), "LEAD_UI_HOST": "127.0.0.1",
           "LEAD_BRAIN": "offline", "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1",
           "ORT_DISABLE_TELEMETRY": "1", "NO_PROXY": "127.0.0.1,localhost"}
    env.pop("LEAD_UI_AUTH", None)
    lead = Path(sys.executable).with_name("lead")
    cmd = [str(lead), "ui"] if lead.exists() else [sys.executable, "-m", "agent.cli", "ui"]
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_http(url, proc, timeout=120)
        yield url, home
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _conversations(page, *, reload: bool, expect: str | None = None) -> list[str]:
    """The labels in the Conversations dropdown once the page has loaded (after a reload when asked)."""
    if reload:
        page.reload()
    page.get_by_text("offline brain").wait_for(timeout=20_000)
    # the page load event has run once the browser keeps its owner id
    page.wait_for_function("() => localStorage.getItem('lead-copilot-owner') !== null", timeout=20_000)
    page.get_by_label("Conversations").click()
    options = page.locator("[data-testid=dropdown-option]")
    if expect:
        options.filter(has_text=expect).first.wait_for(timeout=10_000)
    labels = options.all_inner_texts()
    page.keyboard.press("Escape")
    return [label.strip() for label in labels]


def _visible_in_chat(page, locator) -> bool:
    """True when `locator` is inside the chat's visible area (not scrolled away)."""
    return bool(page.evaluate(
        """(el) => { const box = el.closest('.bubble-wrap') || document.querySelector('#chatbot');
                     const a = el.getBoundingClientRect(), b = box.getBoundingClientRect();
                     return a.top >= b.top - 1 && a.top < b.bottom; }""", locator.element_handle()))


def test_chat_planner_and_agenda_download(app_url, tmp_path):
    app_url, home = app_url
    executable = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright for Python is not installed (pip install -e '.[test]').")
    ARTIFACTS.mkdir(exist_ok=True)
    first_person = yaml.safe_load((REPO / "examples" / "team.yaml").read_text())["people"][0]["name"]
    outside: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
            page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((app_url, "data:", "blob:")) else None)
            page.goto(app_url)
            page.get_by_text("offline brain").wait_for(timeout=20_000)

            # Chat: the reprioritization example -> the answer opens at its top with the recommendation; the tool
            # step reads as one line with its details folded, the sources are folded below, a chart is inline.
            page.get_by_text("Protect Priya?").click()
            chat = page.locator("#chatbot")
            chat.get_by_text("Sources (", exact=False).first.wait_for(timeout=60_000)
            chat.get_by_text("What-if: 4 ways compared", exact=False).first.wait_for(timeout=10_000)
            page.wait_for_timeout(800)  # the scroll to the answer runs after the turn
            page.screenshot(path=str(ARTIFACTS / "chat.png"))
            text = chat.inner_text()
            assert "[1]" in text, text[:2000]
            assert "Priya" in text
            assert _visible_in_chat(page, chat.get_by_text("Recommendation:", exact=False).first)
            assert chat.locator(".matplotlib img, .matplotlib svg").count() >= 1  # the what-if chart, inline
            assert not chat.get_by_text("deadline_at_risk").count() and not chat.get_by_text("seed").count()

            # Thumbs down on the answer is stored for export as a regression case.
            chat.get_by_role("button", name="Dislike").last.click()
            page.get_by_text("regression case").first.wait_for(timeout=10_000)

            # The Conversations list of this browser shows the question after a page reload (owner id kept in
            # localStorage); a second browser (fresh localStorage) does not see it.
            conversations_after_reload = _conversations(page, reload=True, expect="My VP wants Priya")
            other = browser.new_context().new_page()
            other.on("request", lambda r: outside.append(r.url) if not r.url.startswith((app_url, "data:", "blob:")) else None)
            other.goto(app_url)
            conversations_elsewhere = _conversations(other, reload=False)
            other.context.close()

            # Planner: run the what-if and see the plot.
            page.get_by_role("tab", name="Planner").click()
            page.locator("#run-whatif").click()
            page.locator("#whatif-plot img").first.wait_for(timeout=60_000)
            page.get_by_text("Recommended:").first.wait_for(timeout=10_000)
            page.screenshot(path=str(ARTIFACTS / "planner.png"), full_page=True)

            # 1-on-1: build and download the agenda.
            page.get_by_role("tab", name="1-on-1").click()
            page.locator("#build-agenda").click()
            button = page.locator("#download-agenda")
            button.wait_for(state="visible", timeout=30_000)
            with page.expect_download(timeout=30_000) as info:
                button.click()
            download = info.value
            saved = tmp_path / download.suggested_filename
            download.save_as(saved)
            page.screenshot(path=str(ARTIFACTS / "one_on_one.png"), full_page=True)
        finally:
            browser.close()
    assert any(c.startswith("My VP wants Priya") for c in conversations_after_reload), conversations_after_reload
    assert not any("Priya" in c for c in conversations_elsewhere), conversations_elsewhere
    assert saved.suffix == ".md"
    body = saved.read_text(encoding="utf-8")
    assert body.startswith(f"# 1-on-1 with {first_person}") and "## Agenda" in body
    assert outside == [], f"the page fetched from outside the app: {outside[:5]}"
    from ui.feedback import FeedbackStore

    (row,) = FeedbackStore(home / "feedback.sqlite").all()
    assert row.rating == -1 and row.question.startswith("My VP wants Priya") and row.answer
