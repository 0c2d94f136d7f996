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


def _ranked(adjective: tuple[str, str, str]) -> Doc:
    # Sunday 's clashes were the <adjective> .
    return _doc([("Sunday", "Sunday", "PROPN", "NNP", 2, "poss"), ("'s", "'s", "PART", "POS", 0, "case"),
                 ("clashes", "clash", "NOUN", "NNS", 3, "nsubj"), ("were", "be", "AUX", "VBD", 3, "ROOT"),
                 ("the", "the", "DET", "DT", 5, "det"), (adjective[0], adjective[1], "ADJ", adjective[2], 3, "attr"),
                 (".", ".", "PUNCT", ".", 3, "punct")], ents=[(0, 1, "DATE")])


def test_attacks_ranked_by_a_superlative_are_described_not_told():
    assert _why(_ranked(("fiercest", "fierce", "JJS")), 2) == "reference"


def test_attacks_described_by_a_plain_adjective_are_not_ranked():
    assert _why(_ranked(("fierce", "fierce", "JJ")), 2) == ""


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
