"""Settings come from LEAD_* variables, .env and the OpenAI variables, validated."""

from pathlib import Path

import pytest
from pydantic import ValidationError

from lead_core.settings import Settings, load_settings


def test_defaults_are_offline_and_local(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    s = load_settings()
    assert s.chroma_url is None
    assert s.use_openai is False
    assert s.privacy == "on"
    assert s.ui_host == "127.0.0.1" and s.ui_port == 7860


def test_lead_home_and_derived_paths(monkeypatch, tmp_path):
    monkeypatch.setenv("LEAD_HOME", str(tmp_path / "data"))
    s = load_settings()
    assert s.home == tmp_path / "data"
    assert s.index_dir == tmp_path / "data" / "index"
    assert s.conversations_db.parent == s.home and s.feedback_db.parent == s.home


def test_openai_variables_switch_the_brain(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:11434/v1")
    s = load_settings()
    assert s.llm_configured and s.use_openai
    monkeypatch.setenv("LEAD_BRAIN", "offline")
    assert load_settings().use_openai is False


def test_api_key_is_secret(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret")
    s = load_settings()
    assert "sk-test-secret" not in repr(s) and "sk-test-secret" not in str(s.model_dump())
    assert s.openai_api_key.get_secret_value() == "sk-test-secret"


def test_dotenv_file_is_read(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LEAD_HOME", raising=False)
    (tmp_path / ".env").write_text("LEAD_HOME=/tmp/from-dotenv\nLEAD_MODEL=llama3.1\n")
    s = load_settings()
    assert s.home == Path("/tmp/from-dotenv") and s.model == "llama3.1"


def test_invalid_values_name_the_field(monkeypatch):
    monkeypatch.setenv("LEAD_UI_PORT", "99999")
    with pytest.raises(ValidationError) as info:
        load_settings()
    assert "ui_port" in str(info.value)


def test_blank_chroma_url_means_embedded(monkeypatch):
    monkeypatch.setenv("LEAD_CHROMA_URL", "  ")
    assert load_settings().chroma_url is None


def test_env_example_documents_every_setting(repo_root):
    text = (repo_root / ".env.example").read_text()
    for name, field in Settings.model_fields.items():
        env = "OPENAI_API_KEY" if name == "openai_api_key" else "OPENAI_BASE_URL" if name == "openai_base_url" else f"LEAD_{name.upper()}"
        assert env in text, f"{env} is not documented in .env.example"
