"""Messages of the readers that a batch user sees as `failed: FILE: reason` lines: they say what to do."""

from __future__ import annotations

import pytest

from footprint.errors import MalformedInput
from footprint.ingest import iter_inputs, read_bytes_as
from footprint.ingest.base import Failure

PLAIN = b"Gunmen attacked a village near the river on Monday, residents said. Four people were killed."


def test_plain_text_saved_as_html_says_to_name_it_txt(tmp_path):
    page = tmp_path / "saved.html"
    page.write_bytes(PLAIN)
    [item] = list(iter_inputs([str(page)]))
    assert isinstance(item, Failure)
    assert str(item) == f"{page}: no HTML markup found; if it is plain text, name it .txt"


def test_the_same_text_as_txt_is_read(tmp_path):
    page = tmp_path / "saved.txt"
    page.write_bytes(PLAIN)
    [doc] = list(iter_inputs([str(page)]))
    assert not isinstance(doc, Failure)
    assert doc.text.startswith("Gunmen attacked")


def test_a_fetched_page_without_markup_gets_no_file_advice():
    with pytest.raises(MalformedInput) as caught:
        list(read_bytes_as("html", PLAIN, source_name="https://example.org/a", url="https://example.org/a"))
    assert str(caught.value) == "https://example.org/a: no HTML markup found"


@pytest.mark.parametrize("name", ["links.csv", "LINKS.TSV"])
def test_a_table_named_as_input_is_refused_not_stored_as_a_report(tmp_path, name):
    table = tmp_path / name
    table.write_text("url,note\nhttps://example.org/a,first\n")
    [item] = list(iter_inputs([str(table)]))
    assert isinstance(item, Failure)
    assert str(item) == f"{table}: a table, not a report: give the URLs or files it lists as arguments"
    assert isinstance(item.error, MalformedInput)


def test_a_missing_table_is_still_refused_by_name(tmp_path):
    [item] = list(iter_inputs([str(tmp_path / "nowhere.csv")]))
    assert isinstance(item, Failure) and str(tmp_path / "nowhere.csv") in str(item)
