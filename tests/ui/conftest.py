"""UI-test fixtures: one real `lead ui` subprocess (offline brain) shared by the modules that need a running app."""

from __future__ import annotations

import pytest

from tests.support.app_process import start_app

# A fake key in the server's environment: the reliability tests check it is never printed or served.
FAKE_API_KEY = "sk-reliability-test-NEVER-SHOW-0123456789"


@pytest.fixture(scope="session")
def running_app(tmp_path_factory, lead_home):
    """`lead ui` on a free loopback port with its own LEAD_HOME, reusing the session's built index."""
    from knowledge.retrieval import open_retriever

    open_retriever()  # build the session index once (shared with other tests), then copy it: fast startup
    app = start_app(tmp_path_factory.mktemp("running-app-home"), index_from=lead_home,
                    extra_env={"OPENAI_API_KEY": FAKE_API_KEY})
    try:
        yield app
    finally:
        app.stop()
