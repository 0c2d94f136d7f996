"""Sentences that use the words of violence but tell no event of their own: a pattern counted by its times, a
running total listed with others, terms of a truce, a figure in quotation marks, a depicted battle, a purpose
paid for, a ranking, a stalled campaign. Sentences are invented; parses are built by hand."""

from __future__ import annotations

from spacy.tokens import Doc

from footprint.events import build_events
from footprint.events.filters import blocked
from footprint.events.vocabulary import lexicon
from footprint.testing import token_doc

# (word, lemma, pos, tag, head, dep)
Tok = tuple[str, str, str, str, int, str]


def _doc(toks: list[Tok], ents=()) -> Doc:
    return token_doc(toks, list(ents), meta={"doc_id": "d1"})


def _why(doc: Doc, i: int) -> str:
    return blocked(doc[i], lexicon())


def _types(doc: Doc) -> list[str]:
    return [e.type for e in build_events(doc)]


# --- an act counted by its many times is a pattern ------------------------------------------------------------

def _ambushed(count: list[Tok]) -> Doc:
    # The convoys were ambushed <count> .
    toks: list[Tok] = [("The", "the", "DET", "DT", 1, "det"), ("convoys", "convoy", "NOUN", "NNS", 3, "nsubjpass"),
                       ("were", "be", "AUX", "VBD", 3, "auxpass"), ("ambushed", "ambush", "VERB", "VBN", 3, "ROOT")]
    toks += count + [(".", ".", "PUNCT", ".", 3, "punct")]
    return _doc(toks)


def test_an_attack_counted_in_hundreds_of_times_is_a_pattern():
    doc = _ambushed([("hundreds", "hundred", "NOUN", "NNS", 3, "npadvmod"), ("of", "of", "ADP", "IN", 4, "prep"),
                     ("times", "time", "NOUN", "NNS", 5, "pobj")])
    assert _why(doc, 3) == "habitual"
    assert "ambush" not in _types(doc)


def test_an_attack_counted_forty_times_in_a_week_is_still_news():
    doc = _ambushed([("40", "40", "NUM", "CD", 5, "nummod"), ("times", "time", "NOUN", "NNS", 3, "npadvmod"),
                     ("in", "in", "ADP", "IN", 3, "prep"), ("a", "a", "DET", "DT", 8, "det"),
                     ("week", "week", "NOUN", "NN", 6, "pobj")])
    assert _why(doc, 3) == ""


def test_an_attack_told_twice_on_one_day_is_still_news():
    doc = _ambushed([("two", "two", "NUM", "CD", 5, "nummod"), ("times", "time", "NOUN", "NNS", 3, "npadvmod"),
                     ("on", "on", "ADP", "IN", 3, "prep"), ("Monday", "Monday", "PROPN", "NNP", 6, "pobj")])
    assert _why(doc, 3) == ""
    assert "ambush" in _types(doc)


# --- a bare participle listed with present perfects counted from a day ----------------------------------------

def _tally(since: bool) -> Doc:
    # 40 fighters have been killed , 90 arrested and 12 have surrendered [since May] .
    toks: list[Tok] = [("40", "40", "NUM", "CD", 1, "nummod"), ("fighters", "fighter", "NOUN", "NNS", 4, "nsubjpass"),
                       ("have", "have", "AUX", "VBP", 4, "aux"), ("been", "be", "AUX", "VBN", 4, "auxpass"),
                       ("killed", "kill", "VERB", "VBN", 7, "ccomp"), (",", ",", "PUNCT", ",", 7, "punct"),
                       ("90", "90", "NUM", "CD", 7, "nsubj"), ("arrested", "arrest", "VERB", "VBN", 7, "ROOT"),
                       ("and", "and", "CCONJ", "CC", 7, "cc"), ("12", "12", "NUM", "CD", 11, "nsubj"),
                       ("have", "have", "AUX", "VBP", 11, "aux"), ("surrendered", "surrender", "VERB", "VBN", 7, "conj")]
    ents = []
    if since:
        toks += [("since", "since", "ADP", "IN", 11, "prep"), ("May", "May", "PROPN", "NNP", 12, "pobj")]
        ents = [(13, 14, "DATE")]
    toks += [(".", ".", "PUNCT", ".", 7, "punct")]
    return _doc(toks, ents)


def test_a_list_of_totals_since_a_day_tells_no_event():
    doc = _tally(since=True)
    assert _why(doc, 4) == "aggregate"  # the present perfect whose period hangs on the last member
    assert _why(doc, 7) == "aggregate"  # the bare participle between them shares tense and period
    assert not {"armed_clash", "arrest"} & set(_types(doc))


def test_the_same_list_with_no_period_is_not_a_total():
    doc = _tally(since=False)
    assert _why(doc, 4) == ""
    assert _why(doc, 7) == ""


def test_a_participle_with_its_own_past_auxiliary_keeps_its_event():
    # 3 soldiers were killed , and 12 have surrendered since May .
    doc = _doc([("3", "3", "NUM", "CD", 1, "nummod"), ("soldiers", "soldier", "NOUN", "NNS", 3, "nsubjpass"),
                ("were", "be", "AUX", "VBD", 3, "auxpass"), ("killed", "kill", "VERB", "VBN", 3, "ROOT"),
                (",", ",", "PUNCT", ",", 3, "punct"), ("and", "and", "CCONJ", "CC", 3, "cc"),
                ("12", "12", "NUM", "CD", 8, "nsubj"), ("have", "have", "AUX", "VBP", 8, "aux"),
                ("surrendered", "surrender", "VERB", "VBN", 3, "conj"), ("since", "since", "ADP", "IN", 8, "prep"),
                ("May", "May", "PROPN", "NNP", 9, "pobj"), (".", ".", "PUNCT", ".", 3, "punct")],
               ents=[(10, 11, "DATE")])
    assert _why(doc, 3) == ""


# --- terms of an agreement -------------------------------------------------------------------------------------

def _terms(verb: str, lemma: str) -> Doc:
    # The deal <verb> the militia to withdraw from the town .
    return _doc([("The", "the", "DET", "DT", 1, "det"), ("deal", "deal", "NOUN", "NN", 2, "nsubj"),
                 (verb, lemma, "VERB", "VBZ", 2, "ROOT"), ("the", "the", "DET", "DT", 4, "det"),
                 ("militia", "militia", "NOUN", "NN", 2, "dobj"), ("to", "to", "PART", "TO", 6, "aux"),
                 ("withdraw", "withdraw", "VERB", "VB", 2, "xcomp"), ("from", "from", "ADP", "IN", 6, "prep"),
                 ("the", "the", "DET", "DT", 9, "det"), ("town", "town", "NOUN", "NN", 7, "pobj"),
                 (".", ".", "PUNCT", ".", 2, "punct")])


def test_what_a_deal_requires_is_a_term_not_a_withdrawal():
    assert _why(_terms("requires", "require"), 6) == "intended"
    assert _why(_terms("obliges", "oblige"), 6) == "intended"


def test_what_a_side_was_forced_to_do_is_done():
    assert _why(_terms("forced", "force"), 6) == ""


# --- a word in quotation marks ----------------------------------------------------------------------------------

def _quoted(subject: list[Tok], obj: list[Tok]) -> Doc:
    # <subject> had " massacred " <obj> .
    n = len(subject)
    verb = n + 2
    toks = [(w, lm, p, t, verb if dep in ("nsubj",) else h, dep) for w, lm, p, t, h, dep in subject]
    toks += [("had", "have", "AUX", "VBD", verb, "aux"), ('"', '"', "PUNCT", "``", verb, "punct"),
             ("massacred", "massacre", "VERB", "VBN", verb, "ROOT"), ('"', '"', "PUNCT", "''", verb, "punct")]
    toks += [(w, lm, p, t, h + verb + 2 if dep != "dobj" else verb, dep) for w, lm, p, t, h, dep in obj]
    toks += [(".", ".", "PUNCT", ".", verb, "punct")]
    return _doc(toks)


def test_a_quoted_verb_about_a_team_is_a_figure():
    doc = _quoted([("Critics", "critic", "NOUN", "NNS", 0, "nsubj")], [("the", "the", "DET", "DT", 1, "det"),
                                                                     ("choir", "choir", "NOUN", "NN", 0, "dobj")])
    assert _why(doc, 3) == "label"
    assert _types(doc) == []


def test_a_quoted_verb_that_counts_fighters_is_an_act():
    doc = _quoted([("Troops", "troop", "NOUN", "NNS", 0, "nsubj")], [("20", "20", "NUM", "CD", 1, "nummod"),
                                                                    ("gunmen", "gunman", "NOUN", "NNS", 0, "dobj")])
    assert _why(doc, 3) == ""


# --- a depicted battle, a purpose paid for, a ranking, a stalled campaign, a comparison with all time ----------

def test_battle_scenes_are_no_battle():
    # The battle scenes were filmed in Spain .
    doc = _doc([("The", "the", "DET", "DT", 2, "det"), ("battle", "battle", "NOUN", "NN", 2, "compound"),
                ("scenes", "scene", "NOUN", "NNS", 4, "nsubjpass"), ("were", "be", "AUX", "VBD", 4, "auxpass"),
                ("filmed", "film", "VERB", "VBN", 4, "ROOT"), ("in", "in", "ADP", "IN", 4, "prep"),
                ("Spain", "Spain", "PROPN", "NNP", 5, "pobj"), (".", ".", "PUNCT", ".", 4, "punct")],
               ents=[(6, 7, "GPE")])
    assert _why(doc, 1) == "label"


def test_a_war_film_is_a_picture():
    # The war film opens on Friday .
    doc = _doc([("The", "the", "DET", "DT", 2, "det"), ("war", "war", "NOUN", "NN", 2, "compound"),
                ("film", "film", "NOUN", "NN", 3, "nsubj"), ("opens", "open", "VERB", "VBZ", 3, "ROOT"),
                ("on", "on", "ADP", "IN", 3, "prep"), ("Friday", "Friday", "PROPN", "NNP", 4, "pobj"),
                (".", ".", "PUNCT", ".", 3, "punct")], ents=[(5, 6, "DATE")])
    assert _why(doc, 1) == "label"


def test_a_hostage_drama_is_a_real_siege():
    # The hostage drama ended at dawn .
    doc = _doc([("The", "the", "DET", "DT", 2, "det"), ("hostage", "hostage", "NOUN", "NN", 2, "compound"),
                ("drama", "drama", "NOUN", "NN", 3, "nsubj"), ("ended", "end", "VERB", "VBD", 3, "ROOT"),
                ("at", "at", "ADP", "IN", 3, "prep"), ("dawn", "dawn", "NOUN", "NN", 4, "pobj"),
                (".", ".", "PUNCT", ".", 3, "punct")])
    assert _why(doc, 1) == ""


def test_battle_scenes_with_no_film_or_show_are_where_a_battle_was():
    # The battle scenes shocked residents .
    doc = _doc([("The", "the", "DET", "DT", 2, "det"), ("battle", "battle", "NOUN", "NN", 2, "compound"),
                ("scenes", "scene", "NOUN", "NNS", 3, "nsubj"), ("shocked", "shock", "VERB", "VBD", 3, "ROOT"),
                ("residents", "resident", "NOUN", "NNS", 3, "dobj"), (".", ".", "PUNCT", ".", 3, "punct")])
    assert _why(doc, 1) == ""


def test_the_scene_of_a_blast_is_where_it_happened():
    # Police cordoned off the blast scene after the attack .
    doc = _doc([("Police", "police", "NOUN", "NNS", 1, "nsubj"), ("cordoned", "cordon", "VERB", "VBD", 1, "ROOT"),
                ("off", "off", "ADP", "RP", 1, "prt"), ("the", "the", "DET", "DT", 5, "det"),
                ("blast", "blast", "NOUN", "NN", 5, "compound"), ("scene", "scene", "NOUN", "NN", 1, "dobj"),
                ("after", "after", "ADP", "IN", 1, "prep"), ("the", "the", "DET", "DT", 8, "det"),
                ("attack", "attack", "NOUN", "NN", 6, "pobj"), (".", ".", "PUNCT", ".", 1, "punct")])
    assert _why(doc, 4) == ""


def test_a_series_of_attacks_is_no_show():
    # It was the third in a series of attacks on the base , with "attacks" hung on "series" as a modifier .
    doc = _doc([("It", "it", "PRON", "PRP", 1, "nsubj"), ("was", "be", "AUX", "VBD", 1, "ROOT"),
                ("the", "the", "DET", "DT", 3, "det"), ("third", "third", "ADJ", "JJ", 1, "attr"),
                ("in", "in", "ADP", "IN", 3, "prep"), ("a", "a", "DET", "DT", 6, "det"),
                ("series", "series", "NOUN", "NN", 4, "pobj"), ("of", "of", "ADP", "IN", 6, "prep"),
                ("attacks", "attack", "NOUN", "NNS", 6, "nmod"), ("on", "on", "ADP", "IN", 8, "prep"),
                ("the", "the", "DET", "DT", 11, "det"), ("base", "base", "NOUN", "NN", 9, "pobj"),
                (".", ".", "PUNCT", ".", 1, "punct")])
    assert _why(doc, 8) != "label"


def _for(verb: str, lemma: str) -> Doc:
    # Money was <verb> for the deployment of police .
    return _doc([("Money", "money", "NOUN", "NN", 2, "nsubjpass"), ("was", "be", "AUX", "VBD", 2, "auxpass"),
                 (verb, lemma, "VERB", "VBN", 2, "ROOT"), ("for", "for", "ADP", "IN", 2, "prep"),
                 ("the", "the", "DET", "DT", 5, "det"), ("deployment", "deployment", "NOUN", "NN", 3, "pobj"),
                 ("of", "of", "ADP", "IN", 5, "prep"), ("police", "police", "NOUN", "NNS", 6, "pobj"),
                 (".", ".", "PUNCT", ".", 2, "punct")])


def test_a_deployment_money_is_allocated_for_is_a_purpose():
    doc = _for("allocated", "allocate")
    assert _why(doc, 5) == "intended"
    assert "deployment" not in _types(doc)


def test_a_deployment_after_for_on_another_verb_is_not_a_purpose_paid_for():
    assert _why(_for("praised", "praise"), 5) != "intended"


def _provided(obj: list[Tok]) -> Doc:
    # The ministry provided <obj> for the assault on the town .
    n = len(obj)
    toks: list[Tok] = [("The", "the", "DET", "DT", 1, "det"), ("ministry", "ministry", "NOUN", "NN", 2, "nsubj"),
                       ("provided", "provide", "VERB", "VBD", 2, "ROOT")]
    toks += [(w, lm, p, t, h + 3 if dep != "dobj" else 2, dep) for w, lm, p, t, h, dep in obj]
    f = 3 + n
    toks += [("for", "for", "ADP", "IN", 2, "prep"), ("the", "the", "DET", "DT", f + 2, "det"),
             ("assault", "assault", "NOUN", "NN", f, "pobj"), ("on", "on", "ADP", "IN", f + 2, "prep"),
             ("the", "the", "DET", "DT", f + 5, "det"), ("town", "town", "NOUN", "NN", f + 3, "pobj"),
             (".", ".", "PUNCT", ".", 2, "punct")]
    return _doc(toks)


def _assault(doc: Doc) -> tuple[Doc, int]:
    return doc, next(t.i for t in doc if t.text == "assault")


def test_cover_provided_for_an_assault_is_no_money():
    # Helicopters provided cover for the assault on the town .
    doc = _doc([("Helicopters", "helicopter", "NOUN", "NNS", 1, "nsubj"), ("provided", "provide", "VERB", "VBD", 1, "ROOT"),
                ("cover", "cover", "NOUN", "NN", 1, "dobj"), ("for", "for", "ADP", "IN", 1, "prep"),
                ("the", "the", "DET", "DT", 5, "det"), ("assault", "assault", "NOUN", "NN", 3, "pobj"),
                ("on", "on", "ADP", "IN", 5, "prep"), ("the", "the", "DET", "DT", 8, "det"),
                ("town", "town", "NOUN", "NN", 6, "pobj"), (".", ".", "PUNCT", ".", 1, "punct")])
    assert _why(doc, 5) == ""
    assert _why(*_assault(_provided([("trucks", "truck", "NOUN", "NNS", 0, "dobj")]))) == ""


def test_money_provided_for_an_assault_is_its_purpose():
    # The ministry provided $ 2 million for the assault on the town .
    doc = _provided([("$", "$", "SYM", "$", 2, "nmod"), ("2", "2", "NUM", "CD", 2, "compound"),
                     ("million", "million", "NUM", "CD", 0, "dobj")])
    assert _why(*_assault(doc)) == "intended"
    assert _why(*_assault(_provided([("funds", "fund", "NOUN", "NNS", 0, "dobj")]))) == "intended"


def test_a_sum_earmarked_for_a_deployment_is_its_purpose():
    # The grant earmarked for the deployment was cut .
    doc = _doc([("The", "the", "DET", "DT", 1, "det"), ("grant", "grant", "NOUN", "NN", 7, "nsubjpass"),
                ("earmarked", "earmark", "VERB", "VBN", 1, "acl"), ("for", "for", "ADP", "IN", 2, "prep"),
                ("the", "the", "DET", "DT", 5, "det"), ("deployment", "deployment", "NOUN", "NN", 3, "pobj"),
                ("was", "be", "AUX", "VBD", 7, "auxpass"), ("cut", "cut", "VERB", "VBN", 7, "ROOT"),
                (".", ".", "PUNCT", ".", 7, "punct")])
    assert _why(doc, 5) == "intended"


def _ranked(adjective: tuple[str, str, str]) -> Doc:
    # Sunday 's clashes were the <adjective> .
    return _doc([("Sunday", "Sunday", "PROPN", "NNP", 2, "poss"), ("'s", "'s", "PART", "POS", 0, "case"),
                 ("clashes", "clash", "NOUN", "NNS", 3, "nsubj"), ("were", "be", "AUX", "VBD", 3, "ROOT"),
                 ("the", "the", "DET", "DT", 5, "det"), (adjective[0], adjective[1], "ADJ", adjective[2], 3, "attr"),
                 (".", ".", "PUNCT", ".", 3, "punct")], ents=[(0, 1, "DATE")])


def _bloodiest_since(noun: tuple[str, str, str]) -> Doc:
    # The <noun> were the bloodiest since the truce .
    return _doc([("The", "the", "DET", "DT", 1, "det"), (noun[0], noun[1], "NOUN", noun[2], 2, "nsubj"),
                 ("were", "be", "AUX", "VBD", 2, "ROOT"), ("the", "the", "DET", "DT", 4, "det"),
                 ("bloodiest", "bloody", "ADJ", "JJS", 2, "attr"), ("since", "since", "SCONJ", "IN", 4, "prep"),
                 ("the", "the", "DET", "DT", 7, "det"), ("truce", "truce", "NOUN", "NN", 5, "pobj"),
                 (".", ".", "PUNCT", ".", 2, "punct")])


def test_attacks_ranked_by_a_superlative_are_described_not_told():
    assert _why(_bloodiest_since(("strikes", "strike", "NNS")), 1) == "reference"
    assert _why(_bloodiest_since(("clashes", "clash", "NNS")), 1) == "reference"


def test_attacks_described_by_a_plain_adjective_are_not_ranked():
    assert _why(_ranked(("fierce", "fierce", "JJ")), 2) == ""


def test_a_day_s_clashes_ranked_as_a_whole_are_described_not_told():
    assert _why(_ranked(("fiercest", "fierce", "JJS")), 2) == "reference"


def test_one_attack_dated_by_its_own_day_is_told_as_ranked():
    # Sunday 's attack was the deadliest .
    doc = _doc([("Sunday", "Sunday", "PROPN", "NNP", 2, "poss"), ("'s", "'s", "PART", "POS", 0, "case"),
                ("attack", "attack", "NOUN", "NN", 3, "nsubj"), ("was", "be", "AUX", "VBD", 3, "ROOT"),
                ("the", "the", "DET", "DT", 5, "det"), ("deadliest", "deadly", "ADJ", "JJS", 3, "attr"),
                (".", ".", "PUNCT", ".", 3, "punct")], ents=[(0, 1, "DATE")])
    assert _why(doc, 2) == ""


def test_an_attack_with_its_own_target_doer_and_day_is_told_as_ranked():
    # Sunday 's attack on the base by JNIM was the deadliest this year .
    toks: list[Tok] = [("Sunday", "Sunday", "PROPN", "NNP", 2, "poss"), ("'s", "'s", "PART", "POS", 0, "case"),
                       ("attack", "attack", "NOUN", "NN", 8, "nsubj"), ("on", "on", "ADP", "IN", 2, "prep"),
                       ("the", "the", "DET", "DT", 5, "det"), ("base", "base", "NOUN", "NN", 3, "pobj"),
                       ("by", "by", "ADP", "IN", 2, "prep"), ("JNIM", "JNIM", "PROPN", "NNP", 6, "pobj"),
                       ("was", "be", "AUX", "VBD", 8, "ROOT"), ("the", "the", "DET", "DT", 10, "det"),
                       ("deadliest", "deadly", "ADJ", "JJS", 8, "attr"), ("this", "this", "DET", "DT", 12, "det"),
                       ("year", "year", "NOUN", "NN", 8, "npadvmod"), (".", ".", "PUNCT", ".", 8, "punct")]
    assert _why(_doc(toks, ents=[(0, 1, "DATE"), (7, 8, "ORG"), (11, 13, "DATE")]), 2) == ""


def _attack_ranked(own: list[Tok]) -> Doc:
    # The attack <own> was the deadliest .
    n = len(own)
    toks: list[Tok] = [("The", "the", "DET", "DT", 1, "det"), ("attack", "attack", "NOUN", "NN", n + 2, "nsubj")]
    toks += [(w, lm, p, t, h + 2 if dep != "prep" else 1, dep) for w, lm, p, t, h, dep in own]
    toks += [("was", "be", "AUX", "VBD", n + 2, "ROOT"), ("the", "the", "DET", "DT", n + 4, "det"),
             ("deadliest", "deadly", "ADJ", "JJS", n + 2, "attr"), (".", ".", "PUNCT", ".", n + 2, "punct")]
    return _doc(toks)


def test_an_attack_with_a_place_or_a_doer_of_its_own_is_told_as_ranked():
    assert _why(_attack_ranked([]), 1) == "reference"
    for prep in ("on", "in", "at", "by"):
        # The attack <prep> the town was the deadliest .
        doc = _attack_ranked([(prep, prep, "ADP", "IN", 0, "prep"), ("the", "the", "DET", "DT", 2, "det"),
                              ("town", "town", "NOUN", "NN", 0, "pobj")])
        assert _why(doc, 1) == "", prep


def test_an_attack_with_a_clause_of_its_own_is_told_as_ranked():
    # The raid that militants launched was the deadliest .
    doc = _doc([("The", "the", "DET", "DT", 1, "det"), ("raid", "raid", "NOUN", "NN", 5, "nsubj"),
                ("that", "that", "PRON", "WDT", 4, "dobj"), ("militants", "militant", "NOUN", "NNS", 4, "nsubj"),
                ("launched", "launch", "VERB", "VBD", 1, "relcl"), ("was", "be", "AUX", "VBD", 5, "ROOT"),
                ("the", "the", "DET", "DT", 7, "det"), ("deadliest", "deadly", "ADJ", "JJS", 5, "attr"),
                (".", ".", "PUNCT", ".", 5, "punct")])
    assert _why(doc, 1) == ""


def _offensive(verb: str, lemma: str) -> Doc:
    # The offensive <verb> in the hills .
    return _doc([("The", "the", "DET", "DT", 1, "det"), ("offensive", "offensive", "NOUN", "NN", 2, "nsubj"),
                 (verb, lemma, "VERB", "VBD", 2, "ROOT"), ("in", "in", "ADP", "IN", 2, "prep"),
                 ("the", "the", "DET", "DT", 5, "det"), ("hills", "hill", "NOUN", "NNS", 3, "pobj"),
                 (".", ".", "PUNCT", ".", 2, "punct")])


def test_an_offensive_that_stalled_is_the_course_of_a_campaign():
    assert _why(_offensive("stalled", "stall"), 1) == "habitual"


def test_an_offensive_that_began_is_not_stalled():
    assert _why(_offensive("began", "begin"), 1) != "habitual"


def _bloodiest(ever: bool) -> Doc:
    # It was the bloodiest [ever] fought in the valley .
    toks: list[Tok] = [("It", "it", "PRON", "PRP", 1, "nsubj"), ("was", "be", "AUX", "VBD", 1, "ROOT"),
                       ("the", "the", "DET", "DT", 3, "det"), ("bloodiest", "bloody", "ADJ", "JJS", 1, "attr")]
    if ever:
        toks.append(("ever", "ever", "ADV", "RB", 5, "advmod"))
    v = len(toks)
    toks += [("fought", "fight", "VERB", "VBN", 3, "acl"), ("in", "in", "ADP", "IN", v, "prep"),
             ("the", "the", "DET", "DT", v + 3, "det"), ("valley", "valley", "NOUN", "NN", v + 1, "pobj"),
             (".", ".", "PUNCT", ".", 1, "punct")]
    return _doc(toks)


def test_ever_on_a_participle_compares_with_all_time():
    assert _why(_bloodiest(ever=True), 5) == "habitual"
    assert _why(_bloodiest(ever=False), 4) == ""
