"""An undated claim of a party's own act, and one weapon told as two types (fuse/identity.py)."""

from __future__ import annotations

import dataclasses

from fuse_factories import F, event, report

from footprint.fuse.identity import judge

_DAY = ("2024-03-03", "2024-03-03", "day")


def _own(sentence, source, *args, **kw):
    return event(report(sentence, source=source), sentence, *args, **kw)


def _claim(sentence, claimant_id):
    """A group's post on its channel: its own act, no date in the text (open up to the report), placed at the
    country only."""
    ev = _own(sentence, "channel.example", "ambush", actors=(("JNIM", "jnim"),), place="Mali",
              date=(None, "2024-03-06", "no date in the text for it; on or before the report date"),
              claimant="JNIM", modality="claimed")
    return F(dataclasses.replace(ev, attribution=dataclasses.replace(ev.attribution, claimant_id=claimant_id)))


def test_an_undated_claim_of_its_own_act_is_dated_by_its_telling():
    wire = F(_own("JNIM fighters ambushed an army convoy in the Mopti region on 3 March.", "wire.example", "ambush",
                  actors=(("JNIM", "jnim"),), place="Mopti region", date=_DAY))
    claim = _claim("JNIM said its fighters ambushed a convoy of the army and burnt its trucks.", "jnim")
    assert claim.claim and claim.d_start is not None
    j = judge(wire, claim)
    assert j.match and any("undated claim" in r for r in j.reasons), j
    # the same words told by another body are no claim of its own act: still undated, no date points
    other = _claim("JNIM said its fighters ambushed a convoy of the army and burnt its trucks.", "fama")
    assert not other.claim and not judge(wire, other).match


def test_a_claim_told_weeks_later_gains_no_week():
    wire = F(_own("JNIM fighters ambushed an army convoy in the Mopti region on 3 March.", "wire.example", "ambush",
                  actors=(("JNIM", "jnim"),), place="Mopti region", date=("2024-02-01", "2024-02-01", "day")))
    assert not judge(wire, _claim("JNIM said its fighters ambushed a convoy of the army.", "jnim")).match


def test_a_drone_strike_and_an_air_strike_are_one_weapon():
    residents = F(_own("A drone strike hit the market of Gao on 3 March, residents said.", "radio.example",
                       "drone_strike", actors=(), place="Gao", date=_DAY))
    army = F(_own("The army said an air strike hit terrorists near Gao on 3 March.", "army.example", "air_strike",
                  actors=(), place="Gao", date=_DAY))
    j = judge(residents, army)
    assert j.match and any("one weapon" in r for r in j.reasons), j
    # an ambush and a raid are two tactics on the ground: still the group's half point only
    ambush = F(_own("Gunmen ambushed a patrol in Gao on 3 March.", "a.example", "ambush", actors=(), place="Gao",
                    date=_DAY))
    raid = F(_own("Gunmen raided a village in Gao on 3 March.", "b.example", "raid", actors=(), place="Gao", date=_DAY))
    assert not any("one weapon" in r for r in judge(ambush, raid).reasons)
