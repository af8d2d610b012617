"""Remote embeddings with privacy on: refused before anything is sent (questions and documents would reach the
embedding endpoint as written); a loopback endpoint, or privacy off, is allowed."""

from __future__ import annotations

import pytest

from agent.cli import main
from lead_core.settings import load_settings
from knowledge.errors import KnowledgeError
from knowledge.store import embedding_function


def test_remote_embeddings_are_refused_with_privacy_on(tmp_path):
    settings = load_settings(home=tmp_path, embeddings="openai", openai_base_url="https://api.example.com/v1")
    with pytest.raises(KnowledgeError, match="LEAD_PRIVACY"):
        embedding_function(settings)


def test_loopback_or_privacy_off_is_allowed(tmp_path):
    assert embedding_function(load_settings(home=tmp_path, embeddings="openai", openai_base_url="http://127.0.0.1:11434/v1"))
    assert embedding_function(load_settings(home=tmp_path, embeddings="openai", privacy="off"))


def test_cli_refuses_in_one_line_before_any_request(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LEAD_HOME", str(tmp_path))
    monkeypatch.setenv("LEAD_EMBEDDINGS", "openai")
    monkeypatch.setenv("OPENAI_BASE_URL", "https://api.example.com/v1")
    assert main(["ask", "How often should I hold one-on-ones?", "--brain", "offline"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "api.example.com" in err[0] and "LEAD_EMBEDDINGS=local" in err[0]
