"""People who only report: a spokesperson tells of his side's acts without taking part in them,
and speaks its statements (DESIGN.md: participants take part in the event, not those who tell of
it). Sentences written for these tests."""
import pytest

import communique


def people(text, lang, published="2024-05-13"):
    """(type, names of the participants) of each event of the text."""
    return [(e.event, [p.name for p in e.participants])
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # A spokesperson who announces aid, a pact or a meeting tells of it: no participant of it.
    ("fr", "Le Japon a accordé une aide de 10 millions de dollars au Niger, a annoncé le porte-parole "
           "du ministère japonais des Affaires étrangères, Kenji Sato.", [("AID", [])]),
    # (His title told in an earlier sentence still makes him the teller when named again.)
    ("en", "Ghana and Togo signed a defence cooperation agreement in Accra on Monday. Foreign ministry "
           "spokesperson Kwame Mensah said the pact would allow joint patrols. Mensah added that it was "
           "Ghana's first such pact.", [("SUPPORT", []), ("COOPERATE", [])]),
    ("en", "The Ghanaian president Nana Akufo-Addo met Togo's president Faure Gnassingbe in Accra on "
           "Monday, presidential spokesperson Kwame Mensah said.",
     [("CONSULT", ["Nana Akufo-Addo", "Faure Gnassingbe"])]),
    # A statement is his: he speaks for his side.
    ("en", "Foreign ministry spokesperson Kwame Mensah condemned Togo's decision to close the border.",
     [("ACCUSE", ["Kwame Mensah"])]),
    ("fr", "Le porte-parole du gouvernement sénégalais, Abdou Diallo, a condamné l'attaque du Mali "
           "contre le poste frontière.", [("ACCUSE", ["Abdou Diallo"])]),
])
def test_a_spokesperson_tells_of_acts_and_speaks_statements(lang, text, expected):
    assert people(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Who tells that another state acted does not take part in its act.
    ("fr", "Le ministre togolais Robert Agbo explique que l'Allemagne salue le rôle du président Faure "
           "Gnassingbé.", [("SUPPORT", ["Faure Gnassingbé"])]),
    ("en", "Togolese foreign minister Robert Agbo explained that Germany praised President Faure Gnassingbe "
           "for his role in maritime security.", [("SUPPORT", ["Faure Gnassingbe"])]),
    ("en", "Togolese foreign minister Robert Agbo said that Germany praised President Faure Gnassingbe "
           "for his role in maritime security.", [("SUPPORT", ["Faure Gnassingbe"])]),
    ("fr", "Le ministre sénégalais Abdou Diallo a indiqué que la France avait accordé une aide de 5 millions "
           "d'euros au Sénégal.", [("AID", [])]),
    # (His own state's act he speaks for.)
    ("en", "New Zealand's foreign minister, Jane Cole, said that New Zealand had condemned the pact between "
           "Fiji and China.", [("ACCUSE", ["Jane Cole"])]),
])
def test_who_tells_of_another_states_act_takes_no_part(lang, text, expected):
    assert people(text, lang) == expected
