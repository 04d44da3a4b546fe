"""Who takes part in an event (coding/participants.py, recognising/people.py): each table is
one rule, a fact of the language or of news form, on sentences written for it."""
import pytest

import communique


def participants_of(text: str, lang: str, event: str) -> list:
    """The participants of the document's first event of the type."""
    record = communique.extract(text, lang=lang)
    events = [e for e in record.events if e.event == event]
    assert events, (event, [e.event for e in record.events])
    return events[0].participants


def people_of(text: str, lang: str, event: str) -> list[str]:
    """The sorted names of the participants of the document's first event of the type."""
    return sorted(p.name for p in participants_of(text, lang, event))


@pytest.mark.parametrize("lang, text, event, expected", [
    # A definite plural that counts people ("les deux hommes", "the two leaders", "host and
    # guest") stands for the people just named, one of each side of the event.
    ("fr", "Le président du Ghana, Kofi Boateng, s'est rendu lundi à Lomé, où il a été reçu par le président "
           "togolais, Komla Agbeko. La rencontre a été suivie de la signature d'un accord de coopération "
           "agricole entre les deux hommes.",
     "SUPPORT", ["Kofi Boateng", "Komla Agbeko"]),
    ("fr", "Le Premier ministre béninois, Paul Dossou, recevra le 3 juin à Cotonou son homologue nigérien, "
           "Ali Maïga. Les deux chefs de gouvernement signeront un accord sur le transport.",
     "AGREE", ["Ali Maïga", "Paul Dossou"]),
    ("en", "Kenyan President Peter Otieno received the Ambassador of Brazil, Carlos Mendes, in Nairobi on "
           "Monday. Host and guest signed a memorandum on cultural exchanges.",
     "SUPPORT", ["Carlos Mendes", "Peter Otieno"]),
    ("en", "Ghana's Foreign Minister Kofi Mensah met the Foreign Minister of Peru, Luis Quispe, in Accra. "
           "The two ministers signed a memorandum on visa exemption.",
     "SUPPORT", ["Kofi Mensah", "Luis Quispe"]),
])
def test_a_plural_that_counts_people_stands_for_those_just_named(lang, text, event, expected):
    assert people_of(text, lang, event) == expected


def roles_of(text: str, lang: str, event: str) -> dict[str, str]:
    """Each participant's role in the document's first event of the type."""
    return {p.name: p.role for p in participants_of(text, lang, event)}


@pytest.mark.parametrize("lang, text, event, expected", [
    # A word saying the office is no longer held ("ancien", "ex-", "former") makes the person a
    # former official: the office is who he was, not what he acts as.
    ("fr", "L'ancien Premier ministre malien, Oumar Keïta, chef de la mission d'observation, a félicité mardi "
           "le Bénin pour la tenue du scrutin.",
     "SUPPORT", {"Oumar Keïta": "other"}),
    ("fr", "Le président sénégalais, Macky Diop, a reçu lundi à Dakar l'ex-ministre ivoirien des Affaires "
           "étrangères, Paul Koffi.",
     "CONSULT", {"Macky Diop": "head_of_state", "Paul Koffi": "other"}),
    ("en", "Former Nigerian President Samuel Okafor, who leads the observer mission, praised Ghana for the "
           "conduct of the vote.",
     "SUPPORT", {"Samuel Okafor": "other"}),
    ("en", "Kenyan President Peter Otieno received former Foreign Minister of Japan Kenji Tanaka in Nairobi "
           "on Monday.",
     "CONSULT", {"Peter Otieno": "head_of_state", "Kenji Tanaka": "other"}),
])
def test_a_former_office_is_no_office_held(lang, text, event, expected):
    assert roles_of(text, lang, event) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Whom a verb of accusing or criticising has for its object is whom the accusation is about,
    # not someone taking part in it; an ambassador summoned to hear a protest takes part.
    ("fr", "Le président du Burundi, Jean Ndayishimiye, a accusé mardi son homologue tanzanien, Paul Mrema, "
           "de soutenir les rebelles.",
     ["Jean Ndayishimiye"]),
    ("fr", "Le Burundi a vivement critiqué les propos du président tanzanien Paul Mrema.",
     []),
    ("en", "Poland's Foreign Minister Jan Nowak accused Belarusian President Igor Petrov of orchestrating the "
           "crisis on the border.",
     ["Jan Nowak"]),
    ("fr", "Le ministre malien des Affaires étrangères a convoqué lundi l'ambassadeur de France, Luc Martin, pour "
           "protester contre ses propos.",
     ["Luc Martin"]),
    ("en", "Kenya's Foreign Minister Kofi Otieno summoned the Ugandan Ambassador, Moses Okello, to protest the "
           "incursion.",
     ["Kofi Otieno", "Moses Okello"]),
])
def test_whom_an_accusation_is_about_takes_no_part(lang, text, expected):
    assert people_of(text, lang, "ACCUSE") == expected


@pytest.mark.parametrize("lang, text, event, expected", [
    # A bare title in the singular that names no state refers back to the one person named
    # before with that office, whatever words first gave it.
    ("fr", "Le président de la République, Alassane Kouadio, a reçu mercredi à Abidjan le ministre japonais "
           "des Affaires étrangères, Kenji Tanaka. Interrogé sur la situation dans l'ouest du pays, le Chef de "
           "l'État a condamné les violences.",
     "ACCUSE", ["Alassane Kouadio"]),
    ("en", "Prime Minister Rahim Chowdhury received the Foreign Minister of Japan, Kenji Tanaka, in Dhaka on "
           "Monday. Later, the Head of Government condemned the attack on the border post.",
     "ACCUSE", ["Rahim Chowdhury"]),
])
def test_a_bare_title_refers_back_to_its_holder(lang, text, event, expected):
    assert people_of(text, lang, event) == expected


@pytest.mark.parametrize("lang, text, event, expected", [
    # What the news is set against ("the call came two days after X and Y met", "cette rencontre
    # intervient après que le président X a annoncé") is an older act: its people are its own, not
    # the news's. (In the passive, "will be followed by a meeting with X", the act comes after the
    # news and is told as such.)
    ("en", "Kenya's Foreign Minister Amina Wanjiru held a phone call with her Ugandan counterpart Moses Okello "
           "on Monday. The call came two days after Kenyan President Peter Otieno and Ugandan President Paul "
           "Mugisha met in Arusha.",
     "CONSULT", ["Amina Wanjiru", "Moses Okello"]),
    ("en", "Kenya's Foreign Minister Amina Wanjiru met her Ugandan counterpart Moses Okello in Nairobi on "
           "Monday. The meeting came a day after Trade Minister John Kamau announced new tariffs on steel.",
     "CONSULT", ["Amina Wanjiru", "Moses Okello"]),
    ("fr", "Le ministre togolais des Affaires étrangères, Komla Agbeko, a reçu lundi à Lomé son homologue "
           "béninois, Paul Dossou. Cette rencontre intervient deux jours après que le président ghanéen, Kofi "
           "Boateng, a annoncé un sommet régional.",
     "CONSULT", ["Komla Agbeko", "Paul Dossou"]),
    ("en", "The UN Secretary-General opened the talks in Geneva on Tuesday. That will be followed by a meeting "
           "between the UN chief and Cypriot President Andreas Nicolaou on Wednesday.",
     "AGREE", ["Andreas Nicolaou"]),
])
def test_the_older_act_the_news_is_set_against_keeps_its_people(lang, text, event, expected):
    assert people_of(text, lang, event) == expected


@pytest.mark.parametrize("lang, text, event, expected", [
    # Spain's prime minister is the President of the Government ("Presidente del Gobierno", « le
    # Président du Gouvernement espagnol »): the head of its government, not of its state. The
    # Philippine defence minister is the Secretary of National Defense.
    ("fr", "Le roi Hassan Idrissi a reçu lundi à Rabat le Président du Gouvernement espagnol, Carlos Ortega, qui "
           "effectue une visite de travail au Maroc.",
     "CONSULT", {"Carlos Ortega": "head_of_government", "Hassan Idrissi": "head_of_state"}),
    ("en", "King Hassan Idrissi received the President of the Government of Spain, Carlos Ortega, in Rabat on "
           "Monday.",
     "CONSULT", {"Carlos Ortega": "head_of_government", "Hassan Idrissi": "head_of_state"}),
    ("en", "Japanese Foreign Minister Aiko Sato and Philippine Secretary of National Defense Ramon Cruz signed a "
           "defence agreement in Manila on Monday.",
     "SUPPORT", {"Aiko Sato": "foreign_minister", "Ramon Cruz": "minister"}),
])
def test_offices_named_otherwise_in_some_states(lang, text, event, expected):
    assert roles_of(text, lang, event) == expected


@pytest.mark.parametrize("lang, text, event, expected", [
    # A name right before a capitalised word that heads an institution's name ("the X Institute
    # of Diplomacy", "the X Foundation") is the institution's name, not someone who takes part.
    ("en", "Kenya and Ghana signed a memorandum between the Uhuru Kenyatta Institute of Diplomacy and the "
           "Ghanaian Ministry of Foreign Affairs on Friday.",
     "SUPPORT", []),
    ("en", "Russia and Kenya signed a memorandum on Friday. Sergey Lavrov and Kenyan Foreign Minister Paul "
           "Mugisha signed for their states.",
     "SUPPORT", ["Paul Mugisha", "Sergey Lavrov"]),
])
def test_a_name_that_heads_an_institution_is_no_person(lang, text, event, expected):
    assert people_of(text, lang, event) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The protagonist of a series of meetings stays in each meeting, and in what the sides commit to
    # together there; one side's commitment to the other, told after the meeting, is the act of those
    # its own sentence names, not of the meeting's people.
    ("fr", "Le ministre togolais des Affaires étrangères, Komla Agbeko, s'est entretenu lundi à New York avec "
           "son homologue béninois, Paul Dossou. Avec le ministre des Affaires étrangères du Ghana, Kofi "
           "Mensah, les discussions ont porté sur les préparatifs de la prochaine session de la commission "
           "mixte entre les deux pays.",
     ["Kofi Mensah", "Komla Agbeko"]),
    ("fr", "Le président angolais, João Mbala, a reçu lundi à Luanda le ministre français des Affaires "
           "étrangères, Paul Martin. Le sénateur français Jean Dupont s'est aussi engagé à soutenir la "
           "candidature de l'Angola à l'Organisation internationale de la francophonie.",
     ["Jean Dupont"]),
    ("en", "Kenyan President Peter Otieno received Ugandan Foreign Minister Paul Mugisha in Nairobi on Monday. "
           "Ugandan Trade Minister Grace Akello later pledged to support Kenya's bid for a seat on the UN "
           "Security Council.",
     ["Grace Akello"]),
])
def test_a_commitment_keeps_only_its_own_people(lang, text, expected):
    assert people_of(text, lang, "AGREE") == expected


@pytest.mark.parametrize("lang, text", [
    # The Pope, named as the dictionary names him ("Pope Francis", "le pape François"), is the Holy
    # See's head of state, whichever city the meeting is in.
    ("en", "Togolese President Faure Gnassingbe travelled to Rome on Monday to meet Pope Francis."),
    ("fr", "Le président togolais Faure Gnassingbé s'est rendu lundi à Rome pour rencontrer le pape François."),
])
def test_the_pope_takes_part_for_the_holy_see(lang, text):
    offices = {(p.role, p.country) for p in participants_of(text, lang, "CONSULT")}
    assert offices == {("head_of_state", "TGO"), ("head_of_state", "VAT")}
