"""A text over the pipeline's length limit is refused with an error naming it, and a stored one
is skipped by reprocessing (its old extraction kept) instead of ending the whole run."""

import pytest
import spacy

from footprint import extract as extract_mod, process
from footprint.errors import InputTooLarge
from footprint.model import Document, ExtractionResult
from footprint.store import open_store


def _doc(text: str, path: str) -> Document:
    return Document(id=f"id-{path}", text=text, raw_sha256="x", path=path)


def test_extract_names_the_document_over_the_pipeline_limit(monkeypatch):
    nlp = spacy.blank("en")
    nlp.max_length = 40
    monkeypatch.setattr(extract_mod.nlp_mod, "build", lambda pipeline: nlp)
    monkeypatch.setattr(extract_mod.nlp_mod, "prepare", lambda doc, meta: None)
    with pytest.raises(InputTooLarge) as err:
        list(extract_mod.extract([_doc("word " * 20, "long.txt")], pipeline="any"))
    assert err.value.source == "long.txt"
    assert "40" in str(err.value)


def test_reprocess_skips_a_stored_text_over_the_limit_and_keeps_the_rest(tmp_store, monkeypatch):
    short, long_ = _doc("A short report.", "short.txt"), _doc("x" * 200, "long.txt")
    for d in (short, long_):
        tmp_store.add(ExtractionResult(document=d, events=()))
    monkeypatch.setattr("footprint.ingest.base.MAX_CHARS", 100)
    seen: list[str] = []

    def fake_extract(documents, settings):
        for d in documents:
            seen.append(d.path)
            yield ExtractionResult(document=d, events=())

    monkeypatch.setattr(process, "extract_documents", fake_extract)
    report = process.reprocess(tmp_store, fuse=False)
    assert seen == ["short.txt"]
    assert [f.source for f in report.failures] == ["long.txt"]
    assert "over the limit" in report.failures[0].reason
    assert tmp_store.has_document(long_.id)  # nothing stored is lost


def test_reprocess_cli_prints_each_skipped_document_and_exits_non_zero(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from footprint.cli import app

    def fake_reprocess(store, **kwargs):
        report = process.IngestReport()
        report.failures.append(process.InputFailure("long.txt", "too long; kept as stored"))
        return report

    monkeypatch.setattr(process, "reprocess", fake_reprocess)
    db = tmp_path / "s.db"
    open_store(db).close()  # reprocess refuses a store that does not exist
    result = CliRunner().invoke(app, ["reprocess", "--db", str(db), "--quiet"])
    assert result.exit_code == 2
    assert "long.txt: too long; kept as stored" in result.output
