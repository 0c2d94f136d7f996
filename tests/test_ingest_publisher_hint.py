"""A plain-text report whose first line is an outlet's name has no publisher (no outlet is guessed from a name);
`ingest` and `extract` say which plain-text reports have none and how to give it."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from footprint.cli import app
from footprint.ingest.text import no_publisher_line, read_text, unsourced_name
from footprint.testing import document

runner = CliRunner()

BODY = ("Gunmen on motorbikes attacked a convoy on the road north of the town on Friday, killing four drivers, "
        "two local officials told reporters on Saturday.")


def _read(text: str, name: str = "report.txt"):
    return read_text(text.encode(), source_name=name, path=f"/reports/{name}")


def test_an_outlet_name_line_is_not_taken_for_a_publisher():
    doc = _read(f"Sahel Weekly\n\nConvoy ambushed on the road north of the town\n\n{BODY}\n")
    assert doc.source is None  # a name is never turned into an outlet
    assert _read(f"sahelweekly.example\n\nConvoy ambushed north of the town\n\n{BODY}\n").source == "sahelweekly.example"


def test_the_line_names_plain_text_reports_without_a_publisher_only():
    unsourced = _read(f"Sahel Weekly\n\nConvoy ambushed north of the town\n\n{BODY}\n", "weekly.txt")
    sourced = _read(f"desk.example\n\nConvoy ambushed north of the town\n\n{BODY}\n", "desk.txt")
    markdown = document(BODY, format="markdown")
    def line_for(documents):
        return no_publisher_line([n for n in map(unsourced_name, documents) if n])

    assert no_publisher_line([]) is None
    assert line_for([sourced, markdown]) is None
    line = line_for([sourced, unsourced, markdown])
    assert line.startswith("1 plain-text report with no publisher (weekly.txt): ")
    assert "first line" in line and "source: example.com" in line and "docs/ingest.md" in line
    many = line_for([unsourced] * 5)
    assert many.startswith("5 plain-text reports with no publisher (weekly.txt, weekly.txt, weekly.txt and 2 more)")


@pytest.mark.integration
def test_extract_ends_with_the_line(tmp_path):
    (tmp_path / "weekly.txt").write_text(f"Sahel Weekly\n\nConvoy ambushed north of the town\n\n{BODY}\n",
                                         encoding="utf-8")
    (tmp_path / "desk.txt").write_text(f"desk.example\n\nConvoy ambushed north of the town\n\n{BODY} Again.\n",
                                       encoding="utf-8")
    res = runner.invoke(app, ["extract", str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert "1 plain-text report with no publisher (weekly.txt)" in res.stderr
    res = runner.invoke(app, ["ingest", "--db", str(tmp_path / "s.db"), str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert "1 plain-text report with no publisher (weekly.txt)" in res.stderr
    res = runner.invoke(app, ["ingest", "--quiet", "--db", str(tmp_path / "q.db"), str(tmp_path / "weekly.txt")])
    assert res.exit_code == 0 and "no publisher" not in res.output
