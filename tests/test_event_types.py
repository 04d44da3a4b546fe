"""The event types users miss most (issue 9, item 2): sanctions, expulsions and summonses, aid,
joint exercises, requests and commitments, on sentences written for these tests."""
import pytest

import communique


def coded(text, lang, published="2024-05-13"):
    return [(e.event, e.mode, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # Sanctions, visa bans and asset freezes: SANCTION discontinue, sanctioning -> sanctioned.
    ("en", "Canada imposed sanctions on Venezuela on Monday.",
     [("SANCTION", "discontinue", ["CAN"], ["VEN"])]),
    ("en", "The United States imposed visa restrictions on 300 Venezuelan officials.",
     [("SANCTION", "discontinue", ["USA"], ["VEN"])]),
    ("fr", "Le Canada a imposé des sanctions contre le Venezuela lundi.",
     [("SANCTION", "discontinue", ["CAN"], ["VEN"])]),
    ("fr", "Le Canada a décidé le gel des avoirs de dix responsables vénézuéliens.",
     [("SANCTION", "discontinue", ["CAN"], ["VEN"])]),
    # The reason of a sanction is not an event of its own; restrictions listed with it are the sanction.
    ("en", "Canada announced new sanctions against Russia over its invasion of Ukraine, banning exports of "
           "machine tools.", [("SANCTION", "discontinue", ["CAN"], ["RUS", "UKR"])]),
    # Expulsions: SANCTION expel.
    ("fr", "Le Mali a donné 72 heures à l'ambassadeur de France pour quitter le pays.",
     [("SANCTION", "expel", ["MLI"], ["FRA"])]),
    ("en", "Canada expelled two Indian diplomats on Monday.", [("SANCTION", "expel", ["CAN"], ["IND"])]),
    # Summoning an ambassador: ACCUSE disapprove, summoner -> the ambassador's state.
    ("en", "Iran summoned the British ambassador on Monday.", [("ACCUSE", "disapprove", ["IRN"], ["GBR"])]),
    ("fr", "Le Maroc a convoqué lundi l'ambassadeur de Belgique.", [("ACCUSE", "disapprove", ["MAR"], ["BEL"])]),
])
def test_sanctions_expulsions_and_summonses(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, modes", [
    # Breaking off relations and expelling diplomats are two measures, even in one sentence.
    ("fr", "Le Rwanda a annoncé lundi la rupture de ses relations diplomatiques avec la Belgique et donné 48 heures "
           "aux diplomates belges pour quitter le pays.", ["withdraw", "expel"]),
    # A new measure told in a later sentence is another event; the noun that refers back is not.
    ("en", "The United States imposed visa restrictions on Russian officers. The restrictions apply to 300 "
           "officers of Russia. The State Department also announced new sanctions against Russia.",
     ["discontinue", "discontinue"]),
])
def test_each_measure_is_one_sanction(lang, text, modes):
    got = [e for e in communique.extract(text, lang=lang, published="2024-05-13").events]
    assert [e.event for e in got] == ["SANCTION"] * len(modes)
    assert [e.mode for e in got] == modes
