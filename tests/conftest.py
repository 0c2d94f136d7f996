"""Fixtures every test module may use. Unit tests never load the spaCy model."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` (seeds and evaluation data); skips the test where it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared not present: seeds and evaluation data are not available here")
    return SHARED


@pytest.fixture(scope="session")
def pipeline_installed() -> str:
    """The configured spaCy pipeline's name; skips the test where that model is not installed."""
    import spacy.util

    from footprint.config import Settings

    pipeline = Settings.from_env().pipeline
    if not spacy.util.is_package(pipeline) and not Path(pipeline).exists():
        pytest.skip(f"spaCy model {pipeline!r} not installed")
    return pipeline


@pytest.fixture(scope="module")
def blank_nlp():
    """A blank English pipeline with sentence boundaries: tokens and sentences, no model."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture(scope="module")
def nlp(blank_nlp):
    return blank_nlp


@pytest.fixture
def tmp_store(tmp_path):
    from footprint.store import open_store

    store = open_store(tmp_path / "test.db")
    yield store
    store.close()
