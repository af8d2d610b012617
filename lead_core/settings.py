"""One validated settings object read from the environment (prefix LEAD_) and an optional `.env` file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_home() -> Path:
    """Where Lead Copilot keeps its data when LEAD_HOME is not set."""
    return Path.home() / ".lead-copilot"


class Settings(BaseSettings):
    """Every setting Lead Copilot reads; see `.env.example` for documentation of each variable."""

    model_config = SettingsConfigDict(env_prefix="LEAD_", env_file=".env", extra="ignore", populate_by_name=True)

    home: Path = Field(default_factory=default_home, description="Data directory: index, conversations, feedback.")
    chroma_url: str | None = Field(default=None, description="URL of a Chroma server; unset means embedded storage.")
    collection: str = Field(default="lead_guidance", description="Chroma collection holding the guidance.")
    embeddings: Literal["local", "openai"] = Field(default="local", description="Embedding backend.")
    embedding_model: str = Field(default="text-embedding-3-small", description="Model for OpenAI-compatible embeddings.")
    model: str = Field(default="gpt-4o-mini", description="Chat model used when an endpoint is configured.")
    brain: Literal["auto", "offline", "openai"] = Field(default="auto", description="auto: openai when configured.")
    team: Path | None = Field(default=None, description="Default team file (YAML).")
    privacy: Literal["on", "off"] = Field(default="on", description="Pseudonymise team names before remote calls.")
    llm_timeout: float = Field(default=30.0, gt=0, description="Seconds before one model request times out.")
    llm_retries: int = Field(default=2, ge=0, le=10, description="Retries on 429/5xx/timeouts.")
    llm_max_tokens: int = Field(default=800, ge=16, le=32_000, description="Most tokens a model reply may generate.")
    llm_temperature: float = Field(default=0.2, ge=0, le=2, description="Sampling temperature for model replies.")
    judge_max_tokens: int = Field(
        default=200, ge=16, le=4000, description="Most tokens one rubric-judge verdict may generate (a JSON score and short reasons)."
    )
    llm_understand: Literal["auto", "model", "parser"] = Field(
        default="auto", description="Who reads the question on a model turn: auto is the parser for a loopback endpoint."
    )
    max_steps: int = Field(default=8, ge=1, le=50, description="Upper bound on model/tool rounds per turn.")
    today: date | None = Field(default=None, description="The date answers are computed for (ISO); unset means the real date. For reproducible evals.")
    max_input_chars: int = Field(default=8000, ge=100, description="Longest accepted question.")
    ui_host: str = Field(default="127.0.0.1", description="Address the app binds to.")
    ui_port: int = Field(default=7860, ge=1, le=65535, description="Port the app listens on.")
    ui_auth: SecretStr | None = Field(default=None, description="user:password, required off loopback.")
    ui_allowed_hosts: str = Field(default="", description="Extra Host names the app answers to, comma-separated.")
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "openai_api_key"), description="API key."
    )
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_BASE_URL", "openai_base_url"), description="Endpoint."
    )

    @field_validator("home", "team", mode="before")
    @classmethod
    def _expand_user(cls, value: object) -> object:
        if isinstance(value, str) and value.strip():
            return Path(value).expanduser()
        if isinstance(value, str):
            return None
        return value

    @field_validator("chroma_url", "openai_base_url", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def llm_configured(self) -> bool:
        """True when the user configured an OpenAI-compatible endpoint or key."""
        return bool(self.openai_api_key or self.openai_base_url)

    @property
    def use_openai(self) -> bool:
        """Whether the remote brain should be used for chat turns."""
        if self.brain == "offline":
            return False
        if self.brain == "openai":
            return True
        return self.llm_configured

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def conversations_db(self) -> Path:
        return self.home / "conversations.sqlite"

    @property
    def feedback_db(self) -> Path:
        return self.home / "feedback.sqlite"


def load_settings(**overrides: object) -> Settings:
    """Read settings from the environment and `.env`, with explicit overrides winning."""
    return Settings(**overrides)  # type: ignore[arg-type]
