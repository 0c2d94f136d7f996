"""The guard on name blocks: generic words for attackers key nothing, and a crowded block links nothing."""

from __future__ import annotations

import pytest

from footprint import fuse
from footprint.fuse import blocks, event_features
from footprint.fuse.event_features import generic_name
from footprint.fuse.identity import judge

from fuse_factories import F, event, key, meets, report, result

DAY = ("2024-09-10", "2024-09-10", "day")


def linked(store) -> set[tuple[str, ...]]:
    return {tuple(sorted(cl["events"])) for cl in fuse.fused_events(store) if len(cl["events"]) > 1}


@pytest.fixture
def no_generic_words(monkeypatch):
    monkeypatch.setattr(event_features, "GENERIC_ACTOR_WORDS", frozenset())
    event_features._generic_words.cache_clear()
    yield
    event_features._generic_words.cache_clear()


def _gunmen_pair():
    a = report("Gunmen fired on a wedding party in Gao on Tuesday, killing three guests.", source="one.example")
    b = report("Gunmen opened fire on a market on Tuesday, killing two traders.", source="two.example")
    placed = event(a, a.text, "attack_on_civilians", actors=(("gunmen", None),), place="Gao", date=DAY)
    placeless = event(b, b.text, "attack_on_civilians", actors=(("unidentified gunmen", None),
                                                                ("gunmen", None)), date=DAY)
    return (a, placed), (b, placeless)


def test_generic_names_are_made_of_attacker_words_only():
    assert generic_name("n:gunmen") and generic_name("n:suspected militants") and generic_name("n:security forces")
    assert generic_name("n:armed men")
    assert not generic_name("n:officers") and not generic_name("n:koza vigilantes") and not generic_name("n:")
    assert not generic_name("a:gunmen")  # a registry key is never a word


def test_a_placeless_event_sharing_only_gunmen_links_without_the_guard(no_generic_words, tmp_store):
    (a, placed), (b, placeless) = _gunmen_pair()
    assert meets(F(placeless), F(placed)) and judge(F(placed), F(placeless)).match
    for doc, ev in ((a, placed), (b, placeless)):
        tmp_store.add(result(doc, ev))
        fuse.update(tmp_store, [doc.id], actor_key=key)
    assert linked(tmp_store) == {tuple(sorted((placed.id, placeless.id)))}  # the wrong link the guard stops


def test_a_placeless_event_sharing_only_gunmen_does_not_link_with_the_guard(tmp_store):
    (a, placed), (b, placeless) = _gunmen_pair()
    assert not F(placeless).name_blocked
    assert not meets(F(placeless), F(placed)) and not meets(F(placed), F(placeless))
    assert not judge(F(placed), F(placeless)).match
    for doc, ev in ((a, placed), (b, placeless)):
        tmp_store.add(result(doc, ev))
        fuse.update(tmp_store, [doc.id], actor_key=key)
    assert linked(tmp_store) == set()
    fuse.rebuild(tmp_store, actor_key=key)
    assert linked(tmp_store) == set()


def test_a_placeless_event_still_links_on_a_specific_word_beside_a_generic_one(tmp_store):
    a = report("Gunmen attacked the Marvo checkpoint in Gao on Tuesday, wounding two officers.", source="one.example")
    b = report("Two officers were hurt when gunmen attacked the Marvo checkpoint on Tuesday.", source="two.example")
    placed = event(a, a.text, "armed_clash", actors=(("gunmen", None), ("officers", None)), place="Gao", date=DAY)
    placeless = event(b, b.text, "armed_clash", actors=(("gunmen", None), ("Marvo", None), ("officers", None)),
                      date=DAY)
    assert F(placeless).name_blocked and meets(F(placeless), F(placed)) and judge(F(placed), F(placeless)).match
    for doc, ev in ((b, placeless), (a, placed)):
        tmp_store.add(result(doc, ev))
        fuse.update(tmp_store, [doc.id], actor_key=key)
    want = {tuple(sorted((placed.id, placeless.id)))}
    assert linked(tmp_store) == want
    fuse.rebuild(tmp_store, actor_key=key)
    assert linked(tmp_store) == want


def _officer_reports(n: int):
    """One placeless report of wounded officers, and ``n`` placed reports of officers under fire in Gao that day."""
    x = report("Four officers were wounded in an assault on Tuesday, the police said.", source="x.example")
    out = [(x, event(x, x.text, "armed_clash", actors=(("officers", None),), date=DAY))]
    for i in range(n):
        d = report(f"Officers came under fire in Gao on Tuesday (report {i}).", source=f"s{i}.example")
        out.append((d, event(d, d.text, "armed_clash", actors=(("officers", None),), place="Gao", date=DAY)))
    return out


def _ingest(store, reports, *, update: bool = True):
    for doc, ev in reports:
        store.add(result(doc, ev))
        if update:
            fuse.update(store, [doc.id], actor_key=key)


def _with_placeless(store, placeless_id: str) -> bool:
    return any(placeless_id in group for group in linked(store))


@pytest.mark.parametrize("cap", [2, 3])
def test_a_name_block_over_the_cap_links_nothing_and_update_agrees_with_rebuild(monkeypatch, tmp_store, cap):
    monkeypatch.setattr(blocks, "NAME_BLOCK_CAP", cap)
    reports = _officer_reports(3)
    placeless = reports[0][1].id
    _ingest(tmp_store, reports[:2])
    assert linked(tmp_store) == {tuple(sorted(ev.id for _d, ev in reports[:2]))}  # a rare word: it links
    _ingest(tmp_store, reports[2:])
    over = len(reports) > cap  # the block holds every event naming officers that week
    assert _with_placeless(tmp_store, placeless) is not over  # the old link goes once the word is too common
    by_update = linked(tmp_store)
    fuse.rebuild(tmp_store, actor_key=key)
    assert linked(tmp_store) == by_update


def test_a_name_block_at_the_default_cap_still_links_a_few_reports(tmp_store):
    reports = _officer_reports(3)
    _ingest(tmp_store, reports, update=False)
    fuse.rebuild(tmp_store, actor_key=key)
    assert linked(tmp_store) == {tuple(sorted(ev.id for _d, ev in reports))}


def test_a_block_that_falls_back_under_the_cap_links_again(monkeypatch, tmp_store):
    monkeypatch.setattr(blocks, "NAME_BLOCK_CAP", 3)
    reports = _officer_reports(3)
    _ingest(tmp_store, reports)
    assert not _with_placeless(tmp_store, reports[0][1].id)
    gone = reports[3][0]
    with tmp_store.transaction() as conn:  # the report's event went at re-extraction
        conn.execute("DELETE FROM events WHERE doc_id = ?", (gone.id,))
    fuse.update(tmp_store, [gone.id], actor_key=key)
    assert _with_placeless(tmp_store, reports[0][1].id)
