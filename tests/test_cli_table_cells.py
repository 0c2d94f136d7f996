"""Table cells are plain text: brackets in a place, an actor or a sentence are printed, not read as markup."""

from footprint.cli.common import Format, emit


def test_bracketed_cells_print_as_written(capsys):
    rows = [{"place": "Kassala [town]", "evidence": "He said [bold]nothing[/bold] more."}]
    assert emit(rows, Format.table, columns=["place", "evidence"]) == 1
    printed = capsys.readouterr().out
    assert "[town]" in printed
    assert "[bold]nothing[/bold]" in printed


def test_csv_cells_carry_no_escapes(capsys):
    emit([{"place": "Kassala [town]"}], Format.csv, columns=["place"])
    assert capsys.readouterr().out.splitlines() == ["place", "Kassala [town]"]
