"""The coder's document-level reading, sides and direction, on short releases written for these tests."""
import pytest

import communique


def coded(text, lang, published=None, title=None):
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published, title=title).events]


@pytest.mark.parametrize("lang, text, expected", [
    # Several counterparts met one by one: one CONSULT each, the host receiving every visitor.
    ("fr", "Le Premier ministre sénégalais, Ousmane Diallo, a reçu en audience les ambassadeurs du Japon, du Chili et de "
           "la Norvège. Ces rencontres ont porté sur la coopération bilatérale.",
     [("CONSULT", ["JPN"], ["SEN"]), ("CONSULT", ["CHL"], ["SEN"]), ("CONSULT", ["NOR"], ["SEN"])]),
    ("en", "On the sidelines of the forum, Senegal's Foreign Minister Ousmane Diallo held bilateral talks with "
           "the Foreign Ministers of Chile, Norway and Japan.",
     [("CONSULT", ["CHL", "SEN"], []), ("CONSULT", ["NOR", "SEN"], []), ("CONSULT", ["JPN", "SEN"], [])]),
    # A joint audience of a group stays one event with all their states.
    ("en", "Senegalese President Ousmane Diallo received the credentials of the ambassadors of Chile, Norway and Japan "
           "at a ceremony held at the presidential palace.",
     [("CONSULT", ["CHL", "JPN", "NOR"], ["SEN"])]),
])
def test_meetings_held_one_by_one_are_one_event_each(lang, text, expected):
    got = coded(text, lang)
    assert [g for g in got if g[0] == "CONSULT"] == expected
