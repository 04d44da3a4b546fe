"""States of right-typed events: who acts and who is acted on, as the language shows it.
Sentences written for these tests."""
import pytest

from coder_probes import coded


def actors_of(text, lang, event):
    return [a for e, a, _ in coded(text, lang) if e == event]


@pytest.mark.parametrize("lang, text, event, not_actor", [
    # A state calls another its brother or its sister, never itself: the state so called is the
    # one spoken to or of, not the unnamed speaker who condemns or consoles.
    ("fr", "La Tunisie sœur a été victime hier d'une agression terroriste. Je condamne avec la plus "
           "grande fermeté cet acte lâche.", "ACCUSE", "TUN"),
    ("fr", "Le ministère des Affaires étrangères a condamné l'attentat commis vendredi. Nous exprimons "
           "notre solidarité avec le peuple malien frère.", "ACCUSE", "MLI"),
    ("fr", "Le ministère des Affaires étrangères a condamné fermement l'attaque terroriste perpétrée "
           "vendredi contre un bus. Nous exprimons notre solidarité avec le gouvernement égyptien frère.",
     "ACCUSE", "EGY"),
    ("en", "The Ministry of Foreign Affairs strongly condemned the terrorist attack on Monday. We stand "
           "in solidarity with the government of brotherly Jordan.", "ACCUSE", "JOR"),
    # (Nor does the brother, named only as whom the solidarity goes to, voice it.)
    ("en", "The Ministry of Foreign Affairs strongly condemned the terrorist attack on Monday. We stand "
           "in solidarity with the government of brotherly Jordan.", "SUPPORT", "JOR"),
])
def test_a_state_called_brother_or_sister_is_not_the_speaker(lang, text, event, not_actor):
    assert all(not_actor not in actors for actors in actors_of(text, lang, event))


@pytest.mark.parametrize("lang, text, expected", [
    # (A state that names itself keeps its act; the brother it speaks of receives.)
    ("fr", "Le Maroc condamne l'attaque qui a visé la Tunisie sœur.", [("ACCUSE", ["MAR"], [])]),
    ("fr", "Le Sénégal a exprimé sa solidarité au Mali frère.", [("SUPPORT", ["SEN"], ["MLI"])]),
])
def test_a_named_speaker_keeps_his_act_beside_a_brother_state(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # What a praise or a welcome is about, a document "between" two states (made by them: "conclu
    # entre"), goes to those states: its parties receive it, they are no topic of it.
    ("fr", "Le ministre djiboutien a salué le récent accord entre l'Arabie saoudite et l'Iran.",
     [("SUPPORT", ["DJI"], ["IRN", "SAU"])]),
    ("fr", "La présidente du Conseil italien a salué le mémorandum d'entente conclu entre la Tunisie "
           "et l'Union européenne.", [("SUPPORT", ["ITA"], ["TUN"])]),
    ("en", "Kenya welcomed the agreement between Ethiopia and Eritrea.", [("SUPPORT", ["KEN"], ["ERI", "ETH"])]),
    # (Not the states of a matter after "between" that is no document: a topic still.)
    ("fr", "Le ministre djiboutien a salué les efforts de paix dans le conflit entre le Soudan et le Tchad.",
     [("SUPPORT", ["DJI"], [])]),
])
def test_the_parties_of_a_praised_document_receive_the_praise(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Guests received apart are promised their next audience apart too (DESIGN: one per audience).
    ("en", "Senegal's foreign minister yesterday received the ambassadors of Japan and Brazil separately. "
           "The ambassadors of Japan and Brazil will be received by the Senegalese President tomorrow.",
     [("CONSULT", ["JPN"], ["SEN"]), ("CONSULT", ["BRA"], ["SEN"]),
      ("AGREE", ["JPN"], ["SEN"]), ("AGREE", ["BRA"], ["SEN"])]),
    ("fr", "La ministre sénégalaise des Affaires étrangères a reçu séparément hier l'ambassadeur du Japon et "
           "celui du Brésil. L'ambassadeur du Japon et celui du Brésil vont être reçus demain par le président "
           "sénégalais.",
     [("CONSULT", ["JPN"], ["SEN"]), ("CONSULT", ["BRA"], ["SEN"]),
      ("AGREE", ["JPN"], ["SEN"]), ("AGREE", ["BRA"], ["SEN"])]),
    # (Guests received together stay together.)
    ("en", "Senegal's foreign minister yesterday received the ambassadors of Japan and Brazil together. "
           "The ambassadors of Japan and Brazil will be received by the Senegalese President tomorrow.",
     [("CONSULT", ["BRA", "JPN"], ["SEN"]), ("AGREE", ["BRA", "JPN"], ["SEN"])]),
])
def test_guests_received_apart_are_promised_audiences_apart(lang, text, expected):
    assert sorted(coded(text, lang)) == sorted(expected)
