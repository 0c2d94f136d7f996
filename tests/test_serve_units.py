"""Small parts of the web app: the shapefile reader, simplification, highlighting, the CLI."""

from __future__ import annotations

import struct
import zipfile

import pytest
from typer.testing import CliRunner

from footprint.errors import ConfigError, MalformedInput
from footprint.model import Document, Segment
from footprint.serve import basemap
from footprint.serve.highlight import document_blocks, pieces


def shp_bytes(polygons: list[list[list[tuple[float, float]]]]) -> bytes:
    """A polygon shapefile (type 5), written field by field from the format's layout."""
    records = b""
    for n, rings in enumerate(polygons, 1):
        if not rings:
            content = struct.pack("<i", 0)
        else:
            points = [p for ring in rings for p in ring]
            parts, at = [], 0
            for ring in rings:
                parts.append(at)
                at += len(ring)
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            content = struct.pack("<i4d2i", 5, min(xs), min(ys), max(xs), max(ys), len(rings), len(points))
            content += struct.pack(f"<{len(parts)}i", *parts)
            content += struct.pack(f"<{2 * len(points)}d", *[v for p in points for v in p])
        records += struct.pack(">2i", n, len(content) // 2) + content
    header = struct.pack(">7i", 9994, 0, 0, 0, 0, 0, (100 + len(records)) // 2) + struct.pack("<2i4d4d", 1000, 5, 0, 0, 0, 0, 0, 0, 0, 0)
    return header + records


def dbf_bytes(fields: list[tuple[str, int]], rows: list[list[str]]) -> bytes:
    header_len = 32 + 32 * len(fields) + 1
    record_len = 1 + sum(n for _, n in fields)
    out = struct.pack("<B3BIHH20x", 3, 24, 1, 1, len(rows), header_len, record_len)
    for name, n in fields:
        out += name.encode().ljust(11, b"\0") + b"C" + b"\0" * 4 + bytes([n, 0]) + b"\0" * 14
    out += b"\x0d"
    for row in rows:
        out += b" " + b"".join(v.encode().ljust(n, b" ") for v, (_, n) in zip(row, fields))
    return out + b"\x1a"


SQUARE = [(0.0, 0.0), (0.0, 2.0), (2.0, 2.0), (2.0, 0.0), (0.0, 0.0)]
ISLET = [(5.0, 5.0), (5.0, 5.001), (5.001, 5.001), (5.0, 5.0)]


def test_reads_polygons_and_attributes():
    shp = shp_bytes([[SQUARE, ISLET], [], [[(10.0, 10.0), (10.0, 14.0), (14.0, 14.0), (14.0, 10.0), (10.0, 10.0)]]])
    dbf = dbf_bytes([("ISO_A2", 5), ("ISO_A2_EH", 3), ("NAME", 20)],
                    [["AA", "AA", "Alphaland"], ["XX", "XX", "Nowhere"], ["-99", "BB", "Betaland"]])
    assert basemap.parse_shp(shp)[0] == [SQUARE, ISLET]
    assert basemap.parse_dbf(dbf, ("ISO_A2", "NAME"))[2] == {"ISO_A2": "-99", "NAME": "Betaland"}
    countries = basemap.build_countries(shp, dbf, tolerance=0.01)
    assert [(c.iso, c.name) for c in countries] == [("AA", "Alphaland"), ("BB", "Betaland")]  # empty shape dropped
    alpha = countries[0]
    assert len(alpha.rings) == 1  # the islet is below the tolerance
    assert alpha.label == (1.0, 1.0)


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00" * 50, b"not a shapefile at all" * 10, shp_bytes([[SQUARE]])[:-20]],
)
def test_malformed_shapefiles_are_clear_errors(data):
    with pytest.raises(MalformedInput):
        basemap.parse_shp(data, source="x.shp")


def test_malformed_dbf_and_archives(tmp_path):
    with pytest.raises(MalformedInput):
        basemap.parse_dbf(b"\x03", ("NAME",))
    with pytest.raises(MalformedInput):
        basemap.parse_dbf(dbf_bytes([("NAME", 5)], [["a"], ["b"]])[:-8], ("NAME",))
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK not really")
    with pytest.raises(MalformedInput, match="bad.zip"):
        basemap.read_archive(bad)
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("readme.txt", "nothing here")
    with pytest.raises(MalformedInput, match="no .shp"):
        basemap.read_archive(empty)
    rows = dbf_bytes([("NAME", 5)], [["a"]])
    with pytest.raises(MalformedInput, match="attribute rows"):
        basemap.build_countries(shp_bytes([[SQUARE], [SQUARE]]), rows)


def test_missing_package_is_a_config_error(monkeypatch):
    monkeypatch.setattr(basemap, "PACKAGE", "no_such_package_for_borders")
    with pytest.raises(ConfigError, match="serve"):
        basemap.archive_path()
    assert basemap.is_available() is False


def test_simplify_keeps_shape_and_ends():
    wiggly = [(x / 100, 0.001 * (x % 2)) for x in range(0, 1001)] + [(10.0, 5.0), (0.0, 5.0), (0.0, 0.0)]
    out = basemap.simplify(wiggly, 0.01)
    assert out[0] == wiggly[0] and out[-1] == wiggly[-1]
    assert len(out) <= 6
    assert (10.0, 5.0) in out and (0.0, 5.0) in out
    assert basemap.simplify([(0, 0), (1, 1), (0, 0)], 1.0) == [(0, 0), (1, 1), (0, 0)]


def test_pieces_join_back_and_resolve_overlaps():
    text = "Wagner forces reached Kidal in November 2023."
    spans = [
        {"start": 10, "end": 20, "kind": "actor", "label": "A"},  # the longer of two at one start wins
        {"start": 10, "end": 16, "kind": "actor", "label": "Wagner Group"},
        {"start": 32, "end": 37, "kind": "place", "label": "Kidal"},
        {"start": 34, "end": 36, "kind": "place"},  # inside another: dropped
        {"start": 41, "end": 60, "kind": "timex", "label": "2023-11"},  # clipped to the text
        {"start": 41, "end": 45, "kind": "unknown-kind"},
    ]
    out = pieces(text, 10, spans)
    assert "".join(p.text for p in out) == text
    marked = [(p.kind, p.text) for p in out if p.kind]
    assert marked == [("actor", "Wagner for"), ("place", "Kidal"), ("timex", "November 2023.")]
    assert pieces("", 0, spans) == []


def test_a_span_running_on_past_an_earlier_one_keeps_its_rest():
    text = "Troops entered an army base left by the French in Gao."
    spans = [
        {"start": 18, "end": 27, "kind": "actor", "label": "owner (target)"},   # "army base"
        {"start": 23, "end": 53, "kind": "place", "label": "Gao base"},         # "base left by the French in Gao"
        {"start": 40, "end": 46, "kind": "actor", "label": "France"},           # inside the place: dropped
    ]
    out = pieces(text, 0, spans)
    assert "".join(p.text for p in out) == text
    marked = [(p.kind, p.text) for p in out if p.kind]
    assert marked == [("actor", "army base"), ("place", " left by the French in Gao")]


def test_document_blocks_cover_the_text_in_order():
    text = "Title line\nBody text here.\nShare this."
    doc = Document(id="d", text=text, raw_sha256="x",
                   segments=(Segment(27, 38, "boilerplate"), Segment(0, 10, "title"), Segment(11, 26, "body")))
    blocks = document_blocks(doc, [{"start": 11, "end": 15, "kind": "actor"}])
    assert [b.kind for b in blocks] == ["title", "unmarked", "body", "unmarked", "boilerplate"]
    assert "".join(p.text for b in blocks for p in b.pieces) == text
    no_segments = document_blocks(Document(id="e", text="plain", raw_sha256="y"), [])
    assert [(b.kind, b.start, b.end) for b in no_segments] == [("body", 0, 5)]


def test_serve_command_is_registered_and_refuses_a_missing_read_only_store(tmp_path):
    from footprint.cli import app

    runner = CliRunner()
    help_text = runner.invoke(app, ["serve", "--help"]).output
    for option in ("--db", "--host", "--port", "--read-only", "--online-tiles", "--allowed-host"):
        assert option in help_text
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "absent.db"), "--read-only"])
    assert result.exit_code == 1
    assert "no store" in result.output


def test_event_pages_read_the_listing_index(tmp_path):
    """A page of events walks the listing index instead of sorting every match."""
    from footprint.serve.queries import Query
    from footprint.store import open_store

    with open_store(tmp_path / "plan.db") as store:
        for params in ({}, {"since": "2020-01-01", "until": "2020-03-31"}, {"since": "2020-01-01"}):
            statements: list[str] = []
            store.conn.set_trace_callback(statements.append)
            store.event_rows(Query.parse(params).event_filter(limit=200, offset=0), ["json"])
            store.conn.set_trace_callback(None)
            listing = next(sql for sql in statements if sql.startswith("SELECT e.json"))
            plan = " ".join(str(r[-1]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + listing))
            assert "events_listing" in plan and "TEMP B-TREE" not in plan, (params, plan)


def test_serve_command_passes_the_host_names_it_serves(tmp_path, monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    from browser.sample import Client
    from footprint.cli import app

    started = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: started.update(app=application, **kw))
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--host", "box.example",
                                      "--allowed-host", "footprint.lan"])
    assert result.exit_code == 0, result.output
    assert started["server_header"] is False
    for base, status in (("http://footprint.lan", 200), ("http://box.example:8000", 200), ("http://127.0.0.1", 200),
                         ("http://rebound.example", 400)):
        c = Client(started["app"], base_url=base)
        try:
            assert c.get("/api/v1/events").status_code == status, base
        finally:
            c.close()
