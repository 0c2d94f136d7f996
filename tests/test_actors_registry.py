"""The curated registry files: every file loads, ids and aliases are unique across files, the region files'
entries resolve by their aliases, and aliases that are also ordinary words or other organisations' acronyms do
not turn ordinary text into armed actors (hand-built docs, no model)."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from footprint.actors import find_actors, registry
from footprint.actors.registry import DATA_FILES, actor_from_entry, normalize_tokens

REGION_FILES = ("africa.yaml", "middle_east.yaml", "south_asia.yaml", "asia_pacific.yaml", "americas.yaml")

#: alias keys two curated entries shared before the region files; each is a known, accepted ambiguity
KNOWN_SHARED = {("aa",)}  # the Arakan Army and the Anadolu agency both go by "AA"


@pytest.fixture(scope="module")
def reg():
    return registry()


def _entries(name):
    text = (resources.files("footprint.actors") / "data" / name).read_text(encoding="utf-8")
    return yaml.safe_load(text) or []


def found(nlp, text):
    return [(m.text, m.actor_id) for m in find_actors(nlp(text)) if m.actor_id is not None]


# --- the files -------------------------------------------------------------------------------------------------------


def test_region_files_are_loaded():
    assert set(REGION_FILES) <= set(DATA_FILES)


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_file_loads_into_well_formed_entries(name, reg):
    entries = _entries(name)
    assert isinstance(entries, list) and entries
    for entry in entries:
        actor = actor_from_entry(entry, source=name)
        assert reg.get(actor.id) == actor
        assert actor.country is None or (len(actor.country) == 2 and actor.country.isupper())
        for link in (actor.parent, *actor.affiliations):
            assert link is None or link in reg
        if actor.valid_from and actor.valid_to:
            assert str(actor.valid_from) <= str(actor.valid_to)


def test_no_id_repeats_across_files():
    seen: dict[str, str] = {}
    for name in DATA_FILES:
        for entry in _entries(name):
            assert entry["id"] not in seen, f"{entry['id']} in {seen.get(entry['id'])} and {name}"
            seen[entry["id"]] = name


def _same_surface_possible(p, q):
    # two case patterns clash unless both pin the token to different exact surfaces ("JEM" and "JeM")
    return all(a == b or not (isinstance(a, str) and isinstance(b, str)) for a, b in zip(p, q))


def test_no_alias_names_two_curated_actors(reg):
    shared = {}
    for keys, bucket in reg.index.items():
        curated = [(a, p) for a, p, _ in bucket if not reg.actors[a].generated]
        clash = {a for a, p in curated for b, q in curated if a != b and _same_surface_possible(p, q)}
        if clash:
            shared[keys] = clash
    assert set(shared) <= KNOWN_SHARED, shared


def test_case_aliases_share_a_key_only_with_another_written_case(reg):
    # "JeM" (Jaish-e-Mohammed) and "JEM" (Sudan's Justice and Equality Movement) are one key, two surfaces
    assert reg.lookup("JeM").id == "jaish_e_mohammed" and reg.lookup("JEM").id == "jem_sudan"
    assert not _same_surface_possible(("JeM",), ("JEM",))
    assert _same_surface_possible(("JEM",), (None,))


def test_region_aliases_do_not_take_over_a_national_entry(reg):
    # a curated alias on a generated entry's key would silently win over the national force or government
    for name in REGION_FILES:
        for entry in _entries(name):
            named = [(a, False) for a in (entry["name"], *(entry.get("aliases") or []))]
            for alias, exact in named + [(a, True) for a in entry.get("case_aliases") or []]:
                keys, pats = normalize_tokens(str(alias), exact=exact)
                others = {a for a, p, _ in reg.index.get(keys, ())
                          if a != entry["id"] and _same_surface_possible(p, pats)}
                assert not others, (alias, others)


# --- lookups ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("alias,expected", [
    ("Taliban", "taliban"), ("Pakistani Taliban", "ttp"), ("TTP", "ttp"), ("Tehrik-i-Taliban Pakistan", "ttp"),
    ("ISIS-K", "iskp"), ("Islamic State Khorasan Province", "iskp"), ("BLA", "bla"), ("Baloch Liberation Army", "bla"),
    ("Lashkar-e-Taiba", "lashkar_e_taiba"), ("Jaish-e-Mohammed", "jaish_e_mohammed"), ("TRF", "trf_kashmir"),
    ("Hizbul Mujahideen", "hizbul_mujahideen"), ("CPI (Maoist)", "cpi_maoist"), ("CPI-Maoist", "cpi_maoist"),
    ("NSCN-IM", "nscn_im"), ("NSCN (K)", "nscn_k"), ("ULFA-I", "ulfa_i"), ("ULFA", "ulfa"), ("Arambai Tenggol", "arambai_tenggol"),
    ("ARSA", "arsa"), ("NPA", "npa"), ("New People's Army", "npa"), ("Abu Sayyaf", "abu_sayyaf"), ("BIFF", "biff"),
    ("Dawlah Islamiyah", "dawlah_islamiyah"), ("Maute group", "maute_group"), ("MILF", "milf"), ("TPNPB", "tpnpb"),
    ("Popular Mobilization Forces", "pmf_iraq"), ("Hashd al-Shaabi", "pmf_iraq"), ("Kataib Hezbollah", "kataib_hezbollah"),
    ("Islamic Resistance in Iraq", "islamic_resistance_in_iraq"), ("AQAP", "aqap"), ("Jaish al-Adl", "jaish_al_adl"),
    ("3R", "three_r"), ("UPC", "upc_car"), ("anti-balaka", "anti_balaka"), ("CPC rebels", "cpc_car"),
    ("Front pour l'alternance et la concorde au Tchad", "fact_chad"), ("LRA", "lra"), ("RED-Tabara", "red_tabara"),
    ("Red Tabara", "red_tabara"), ("SPLA-IO", "splm_io"), ("Polisario Front", "polisario"), ("IPOB", "ipob"),
    ("Los Choneros", "los_choneros"), ("Los Lobos", "los_lobos"), ("MS-13", "ms13"), ("Mara Salvatrucha", "ms13"),
    ("Barrio 18", "barrio_18"), ("Primeiro Comando da Capital", "pcc_brazil"), ("Comando Vermelho", "comando_vermelho"),
    ("10th Front", "frente_10"), ("Frente 10", "frente_10"), ("Tren de Aragua", "tren_de_aragua"),
    ("RDF", "armed_forces.rw"), ("Rwanda Defence Force", "armed_forces.rw"), ("UPDF", "armed_forces.ug"),
    ("People's Liberation Army", "armed_forces.cn"), ("People's Liberation Army of Manipur", "pla_manipur"),
    ("Islamic Emirate of Afghanistan", "government.af"), ("Taliban authorities", "government.af"),
    ("Hezbollah", "hezbollah"), ("Hamas", "hamas"), ("AFP", "afp"),
    ("LeT", "lashkar_e_taiba"), ("JeM", "jaish_e_mohammed"), ("JuA", "jamaat_ul_ahrar"), ("CoBRA", "crpf"),
    ("white army", "white_army"),  # a name given on its own is a name, whatever its case
    ("Asayish", "asayish"), ("Asayesh", "asayish"), ("Knights Templar", "knights_templar"),
    ("Los Caballeros Templarios", "knights_templar"), ("Knights Templar cartel", "knights_templar"),
])
def test_region_entries_resolve_by_alias(reg, alias, expected):
    actor = reg.lookup(alias)
    assert actor is not None and actor.id == expected, (alias, actor)


def test_fronts_hang_under_the_dissident_organisations(reg):
    assert reg.get("frente_10").parent == "emc" and reg.get("emc").parent == "farc_dissidents"
    assert reg.get("comandos_de_la_frontera").parent == "segunda_marquetalia"
    assert reg.get("ulfa_i").parent == "ulfa" and reg.get("nscn_im").parent == "nscn"


def test_the_asayish_and_the_knights_templar_keep_their_ties(reg):
    assert reg.get("asayish").type == "state_force" and reg.get("asayish").affiliations == ("sdf",)
    assert reg.get("knights_templar").split_from == ("familia_michoacana",)
    assert not reg.active("knights_templar", "2009") and reg.active("knights_templar", "2014-02")


def test_validity_of_region_entries(reg):
    assert not reg.active("iskp", "2014") and reg.active("iskp", "2024-03")
    assert not reg.active("jemaah_islamiyah", "2025") and reg.active("jemaah_islamiyah", "2019")


# --- risky aliases ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("alias", [
    "bla", "ulfa", "upc", "lra", "npa", "trf", "kdf", "updf", "rdf", "pla", "jem", "esn", "rso", "jad", "bras", "asg",
    "cnf", "laf", "aqap", "Let", "let", "LET", "jem", "Jem", "cobra", "Cobra", "COBRA", "jua", "Jua",
])
def test_acronyms_match_only_in_capitals(reg, alias):
    assert reg.lookup(alias) is None


@pytest.mark.parametrize("text", [
    "Let them go, the judge said.",                                   # "LeT" matches only as written
    "let the cobra go, said Jem.",                                    # "LeT", "CoBRA", "JeM" likewise
    "A white army truck crossed a national salvation front of sorts.",  # names of groups only capitalised
    "The CPC Central Committee met in Beijing on Monday.",             # China's party, not the CAR coalition
    "Send your CV to the PCC office before Friday.",                  # a résumé and a police commissioner
    "FACT CHECK: the claim about the bridge is false.",               # a heading, not the Chadian rebels
    "The MPC raised interest rates by a quarter point.",               # a monetary policy committee
    "He walked into the lions' den at the hearing.",                   # an idiom, not the Nablus group
    "Flooding hit North Sinai province last week.",                   # a province, not IS Sinai
    "The CPP won every seat in the Cambodian election.",              # Cambodia's ruling party
    "OPM issued new guidance to federal employees.",                  # a US federal office
    "Jem and Nas played a concert in the park.",                       # names, not JEM or NAS
    "The Lobos won the game in overtime.",                            # a team, not Los Lobos
    "The calle 18 market reopened.",                                  # a street
    "They moved to the red command line in the terminal.",            # "Red Command" only with "gang"/"faction"
    "A novel about knights templar and their castles sold well.",     # the lowercase words, not the cartel
])
def test_ordinary_text_names_no_armed_actor(nlp, text):
    assert found(nlp, text) == []


def test_longer_names_win_over_their_parts(nlp):
    assert found(nlp, "The Pakistani Taliban and the Afghan Taliban met.") == [
        ("Pakistani Taliban", "ttp"), ("Afghan Taliban", "taliban")]
    assert found(nlp, "Hezbollah and Kataib Hezbollah fired rockets.") == [
        ("Hezbollah", "hezbollah"), ("Kataib Hezbollah", "kataib_hezbollah")]
    assert found(nlp, "Free Syrian Army fighters clashed with Syrian troops.") == [
        ("Free Syrian Army fighters", "free_syrian_army"), ("Syrian troops", "armed_forces.sy")]


def test_state_forces_of_new_regions(nlp):
    assert found(nlp, "Rwandan troops and the RDF crossed into Congo.")[1] == ("RDF", "armed_forces.rw")
    got = found(nlp, "The Armed Forces of the Philippines said NPA rebels were killed.")
    assert got == [("Armed Forces of the Philippines", "armed_forces.ph"), ("NPA rebels", "npa")]
    assert found(nlp, "AFP reported that the TTP claimed it.") == [("AFP", "afp"), ("TTP", "ttp")]
    assert found(nlp, "Taliban authorities said ISKP was behind it.") == [
        ("Taliban authorities", "government.af"), ("ISKP", "iskp")]


def test_group_names_take_member_nouns(nlp):
    assert found(nlp, "CRPF jawans and Naxals exchanged fire.")[0][1] == "crpf"
    assert ("Barrio 18 members", "barrio_18") in found(nlp, "MS-13 and Barrio 18 members were arrested.")


def test_a_name_shared_with_regions_is_no_alias(reg):
    # "Sool Sanaag Cayn" is also three regions: as an alias it turned "fighting in Sool ..." into the group
    assert reg.lookup("SSC-Khaatumo").id == "ssc_khaatumo"
    assert reg.lookup("Sool Sanaag Cayn") is None
