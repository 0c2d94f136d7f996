"""The town named in both sentences must be named as a place: only a name in a place slot ("in", "near",
"north of", "the village of", "Niger's … region") keys, never one the registries know as an actor, outlet,
organisation, country or people; and the spelling/named blocks are capped like name blocks (hand-built
events and stores)."""

from __future__ import annotations


from footprint import fuse
from footprint.fuse import blocks
from footprint.fuse.blocks import name_block, over_cap, stored_keys
from footprint.fuse.identity import judge
from footprint.fuse.spelling import named_keys, skeleton, slot_names
from footprint.store import open_store

from fuse_factories import F, event, key, meets, report, result

DAY = ("2024-09-10", "2024-09-10", "day")
TOWN = skeleton("Bourzanga")


def _pair(placeless_text: str, regional_text: str):
    """A placeless report and one placed only at its region, same type and day, no actor shared."""
    a = report(placeless_text, source="one.example")
    b = report(regional_text, source="two.example")
    loose = event(a, a.text, "attack_on_civilians", actors=(("gunmen", None),), date=DAY)
    placed = event(b, b.text, "attack_on_civilians", actors=(("armed men", None),), place="Mopti region", date=DAY)
    return (a, loose), (b, placed)


def _linked(placeless_text: str, regional_text: str) -> bool:
    (_, loose), (_, placed) = _pair(placeless_text, regional_text)
    return judge(F(loose), F(placed)).match


def test_only_names_in_a_place_slot_count():
    assert slot_names("Fighters stormed the army post in Bourzanga on Sunday.") == ["Bourzanga"]
    assert slot_names("Gunmen struck near the remote village of Bourzanga and Kongoussi.") == [
        "Bourzanga", "Kongoussi"]
    assert slot_names("Troops fought 20 km north of Kongoussi, outside Barsalogho's market.") == [
        "Kongoussi", "Barsalogho"]
    assert set(slot_names("Attacks hit Burkina Faso's Centre-Nord region.")) == {"Centre-Nord"}
    assert slot_names("In Bourzanga, residents fled.") == ["Bourzanga"]
    # outside a slot, or known to the registries as no town
    assert slot_names("Reuters reported that a Malian official said five Christians were killed.") == []
    assert slot_names("At least five Christians died, Red Cross staff said.") == []
    assert slot_names("Fighting near Mali and in Malian territory, at Red Cross offices, in an ambush JNIM "
                      "claimed.") == []
    assert slot_names("Soldiers died near Bamako.") == ["Bamako"]  # a capital is a place
    for bad in ("", "\x00\ufffd" * 500, "in " * 5000, "In In In"):
        assert slot_names(bad) == []


def test_the_four_false_links_stay_apart():
    cases = [
        ("Gunmen killed six villagers on Tuesday, Reuters reported.",
         "Armed men killed villagers in the Mopti region on Tuesday, Reuters reported."),
        ("Gunmen killed six villagers on Tuesday, a Malian official said.",
         "Armed men killed villagers in the Mopti region on Tuesday, a Malian official said."),
        ("Gunmen killed six Christians on Tuesday.",
         "Armed men killed at least five Christians in the Mopti region on Tuesday."),
        ("Gunmen killed six villagers on Tuesday, Red Cross staff said.",
         "Armed men killed villagers in the Mopti region on Tuesday, Red Cross staff said."),
    ]
    for loose_text, placed_text in cases:
        (_, loose), (_, placed) = _pair(loose_text, placed_text)
        assert named_keys(loose_text, None, "unknown", True, ("gunmen",)) == frozenset(), loose_text
        j = judge(F(loose), F(placed))
        assert not j.match, (loose_text, j)
        assert "named in both sentences" not in " ".join(j.reasons)


def test_a_town_both_sentences_name_after_in_or_near_still_links():
    assert _linked("Gunmen killed six villagers near Bourzanga on Tuesday.",
                   "Armed men killed villagers in Bourzanga, in the Mopti region, on Tuesday.")
    (_, loose), (_, placed) = _pair("Gunmen killed six villagers near Bourzanga on Tuesday, Reuters reported.",
                                    "Armed men killed villagers in the village of Bourzanga on Tuesday.")
    j = judge(F(loose), F(placed))
    assert j.match and f"place: named in both sentences ({TOWN})" in j.reasons, j


def test_spell_blocks_are_capped_like_name_blocks():
    assert name_block("spell|violence|abc|W000001") == "spell|violence|abc|W000001"
    assert name_block("noplacespell|violence|abc|W000001") == "spell|violence|abc|W000001"
    assert name_block("noplace|violence|a:x|W000001") is None
    sizes = {"spell|violence|abc|W000001": blocks.NAME_BLOCK_CAP + 1}
    assert over_cap(sizes, "noplacespell|violence|abc|W000001")
    assert not over_cap({"spell|violence|abc|W000001": blocks.NAME_BLOCK_CAP}, "spell|violence|abc|W000001")
    (_, loose), (_, placed) = _pair("Gunmen killed six villagers near Bourzanga on Tuesday.",
                                    "Armed men killed villagers in Bourzanga, in the Mopti region, on Tuesday.")
    assert any(k.startswith("noplacespell|") for k in stored_keys(F(loose)))
    assert meets(F(loose), F(placed))


def _region_reports(n: int):
    """``n`` region reports of one week naming the town, each with its own actor."""
    out = []
    for i, who in enumerate(("herders", "hunters", "traders", "farmers")[:n]):
        c = report(f"Armed {who} clashed near Bourzanga, in the Mopti region, on Tuesday ({i}).",
                   source=f"r{i}.example")
        out.append((c, event(c, c.text, "attack_on_civilians", actors=((who, None),), place="Mopti region",
                             date=DAY)))
    return out


def _pairs_judged(tmp_path, name: str, cap: int, monkeypatch) -> tuple[int, int]:
    """Pairs judged by one-by-one updates and by a rebuild of a placeless report and three region reports."""
    monkeypatch.setattr(blocks, "NAME_BLOCK_CAP", cap)
    store = open_store(tmp_path / name)
    try:
        (a, loose), _ = _pair("Gunmen killed six villagers near Bourzanga on Tuesday.", "unused")
        updated = 0
        for doc, ev in (*_region_reports(3), (a, loose)):
            store.add(result(doc, ev))
            updated += fuse.update(store, [doc.id], actor_key=key).pairs
        return updated, fuse.rebuild(store, actor_key=key).pairs
    finally:
        store.close()


def test_a_crowded_spell_block_is_not_looked_in(tmp_path, monkeypatch):
    # under the cap the placeless report is judged against the three region reports that name the town
    # (and they against one another through their region); over it only the region pairs are judged
    assert _pairs_judged(tmp_path, "open.db", 40, monkeypatch) == (6, 6)
    assert _pairs_judged(tmp_path, "capped.db", 2, monkeypatch) == (3, 3)


def test_a_region_owner_starts_a_word():
    """"X's … region" keys its region only when the owner is a whole word ("d'Ivoire's" and "al-Anbar's" are);
    the owner is bounded, so a long capitalized run gives nothing instead of being rescanned from every letter."""
    assert slot_names("Raids hit Côte d'Ivoire's Bafing region.") == ["Bafing"]
    assert slot_names("Raids hit al-Anbar's Ramadi district.") == ["Ramadi"]
    assert slot_names("Raids hit xNiger's Gao region.") == []
    assert slot_names("A" * 50_000 + "'s Gao region") == []  # no owner is that long
    assert slot_names("A-" * 25_000 + "'s Gao region") == ["Gao"]  # the last part after a hyphen owns it
