"""Topics and organisations of an event on wordings where a cue's words tell no matter, or where
an organisation's name holds another's: each table is one fact of the language, on sentences
written for it."""
import pytest

import communique


def event_of(text: str, lang: str, event: str):
    """The document's first event of the type."""
    record = communique.extract(text, lang=lang)
    events = [e for e in record.events if e.event == event]
    assert events, (event, [e.event for e in record.events])
    return events[0]


@pytest.mark.parametrize("lang, text, event, expected, absent", [
    # An organisation's full name may hold another's shorter name ("Organisation de coopération
    # économique", ECO, inside APEC's): the whole name is the organisation named.
    ("fr", "Le président chilien s'est entretenu mardi à Lima avec le Premier ministre japonais en marge du "
           "sommet de l'Organisation de coopération économique Asie-Pacifique.",
     "CONSULT", "APEC", "ECO"),
    ("fr", "Le président chilien s'est entretenu mardi à Lima avec le Premier ministre japonais en marge du "
           "sommet de l'Organisation de coopération économique pour l'Asie-Pacifique.",
     "CONSULT", "APEC", "ECO"),
])
def test_a_name_inside_a_longer_name_is_not_a_second_organisation(lang, text, event, expected, absent):
    orgs = event_of(text, lang, event).organizations
    assert expected in orgs and absent not in orgs, orgs


@pytest.mark.parametrize("lang, text, event, absent", [
    # "Security" that names the job of staff (guards, a leader's protection) tells who they are,
    # not what a protest or talks are about.
    ("en", "Kenya's Foreign Ministry summoned the Ugandan ambassador on Tuesday to protest the conduct of "
           "Ugandan security personnel outside the Kenyan embassy in Kampala.",
     "ACCUSE", "security_defense"),
    ("en", "Kenya's Foreign Ministry summoned the Ugandan ambassador on Tuesday to protest the treatment of the "
           "president's security detail during his visit to Kampala.",
     "ACCUSE", "security_defense"),
    ("en", "Kenya's Foreign Ministry summoned the Ugandan ambassador on Tuesday to protest the treatment of Kenyan "
           "security officials at the border post.",
     "ACCUSE", "security_defense"),
    ("fr", "Le ministère sénégalais des Affaires étrangères a convoqué mardi l'ambassadeur du Mali pour protester "
           "contre le comportement des agents de sécurité de l'ambassade malienne à Dakar.",
     "ACCUSE", "security_defense"),
    # Honours rendered by troops when a guest is welcomed are the protocol of the visit.
    ("fr", "Le président nigérien est arrivé lundi à Dakar pour une visite officielle. Il a été accueilli à "
           "l'aéroport par son homologue sénégalais avec les honneurs militaires.",
     "CONSULT", "security_defense"),
    ("en", "The Nigerien president arrived in Dakar on Monday for an official visit. He was received at the "
           "airport by his Senegalese counterpart with full military honours.",
     "CONSULT", "security_defense"),
    ("fr", "Le président nigérien a été reçu mardi à Dakar par son homologue sénégalais. Les deux présidents ont "
           "passé en revue les troupes avant leur entretien.",
     "CONSULT", "security_defense"),
    ("en", "The Nigerien president was received in Dakar on Tuesday by his Senegalese counterpart. The two "
           "presidents reviewed the troops before their talks.",
     "CONSULT", "security_defense"),
    # A group of states named by the size of their economies is described, not discussed.
    ("en", "The foreign ministers of Brazil and India met in Rio on Monday on the sidelines of the gathering of "
           "the Group of 20 major economies.",
     "CONSULT", "economy"),
])
def test_words_that_describe_people_or_states_are_no_topic(lang, text, event, absent):
    topics = event_of(text, lang, event).topics
    assert absent not in topics, topics


@pytest.mark.parametrize("lang, text, event, expected, absent", [
    # The health of livestock ("zoo-sanitaire") is a veterinary matter, agriculture's, not public health.
    ("fr", "Le Niger et le Tchad ont signé lundi à Niamey un accord de coopération dans le domaine "
           "zoo-sanitaire.",
     "SUPPORT", "agriculture_food", "health"),
    ("fr", "Le Niger et le Tchad ont signé lundi à Niamey une convention relative à la protection zoosanitaire "
           "du cheptel.",
     "SUPPORT", "agriculture_food", "health"),
])
def test_the_health_of_livestock_is_agriculture(lang, text, event, expected, absent):
    topics = event_of(text, lang, event).topics
    assert expected in topics and absent not in topics, topics


@pytest.mark.parametrize("lang, text, absent", [
    # A promise whose sentence tells the talks to come lists their matters, weak cues as well as
    # strong ones ("regional security"); a verb of the journey ("will
    # travel to") is none.
    ("en", "Kenya's President William Ruto will travel to Dar es Salaam on Friday, where he will confer with "
           "Tanzanian President Samia Suluhu Hassan on regional security and trade.", "tourism"),
])
def test_a_promise_that_tells_talks_has_their_matters(lang, text, absent):
    topics = event_of(text, lang, "AGREE").topics
    assert "regional_issues" in topics and absent not in topics, topics


@pytest.mark.parametrize("lang, text, event, expected, absent", [
    # The words of a sphere that name its topic: a high-speed railway is transport, the
    # development of skills education, the field of justice legal cooperation, economic
    # security (supply chains) the economy's and not defence's.
    ("en", "India and Japan signed a memorandum in Tokyo on Tuesday on cooperation in the bullet train project.",
     "SUPPORT", "transport_logistics", None),
    ("en", "The foreign ministers of Ghana and Kenya met in Accra on Monday and discussed skills development.",
     "CONSULT", "education", None),
    ("en", "The foreign ministers of Japan and India met in Tokyo on Monday and discussed economic security.",
     "CONSULT", "economy", "security_defense"),
    ("fr", "Le Maroc et le Sénégal ont signé lundi à Rabat un mémorandum d'entente dans le domaine de la justice.",
     "SUPPORT", "legal_framework", None),
    ("fr", "Les ministres des Affaires étrangères du Maroc et de la France se sont entretenus lundi à Rabat du "
           "projet de train à grande vitesse.",
     "CONSULT", "transport_logistics", None),
    ("fr", "Les ministres des Affaires étrangères du Sénégal et du Ghana se sont entretenus lundi à Dakar du "
           "développement des compétences.",
     "CONSULT", "education", None),
    ("fr", "Les ministres des Affaires étrangères du Japon et de l'Inde se sont entretenus lundi à Tokyo de la "
           "sécurité économique.",
     "CONSULT", "economy", "security_defense"),
])
def test_the_words_of_a_sphere_name_its_topic(lang, text, event, expected, absent):
    topics = event_of(text, lang, event).topics
    assert expected in topics and absent not in topics, topics


@pytest.mark.parametrize("lang, text, expected, absent", [
    # The matters of talks to come are the complement of the word that tells them, after it; a weak
    # cue before that word tells something else ("Praising Tanzania's role in regional security").
    ("en", "Praising Tanzania's role in regional security, Kenyan President William Ruto said he will confer with "
           "Tanzanian President Samia Suluhu Hassan in Nairobi next month on trade.", "trade", "regional_issues"),
])
def test_a_promise_s_matters_follow_the_word_of_talks(lang, text, expected, absent):
    topics = event_of(text, lang, "AGREE").topics
    assert expected in topics and absent not in topics, topics


@pytest.mark.parametrize("lang, text, multilateral", [
    # Talks about an organisation of states are about cooperation within it; talks about a
    # non-governmental one (a sports federation, a forum of business people, a charity) are not.
    ("fr", "Le ministre sénégalais des Affaires étrangères a reçu mardi à Dakar son homologue ghanéen. Les deux "
           "ministres ont discuté de la préparation de la Coupe du monde de la FIFA.", False),
    ("fr", "Le ministre sénégalais des Affaires étrangères a reçu mardi à Dakar son homologue ghanéen. Les deux "
           "ministres ont discuté de la préparation du prochain sommet de l'Union africaine.", True),
    ("en", "The Kenyan foreign minister received his Ugandan counterpart in Nairobi on Monday. The two ministers "
           "discussed the budget of the World Economic Forum.", False),
    ("en", "The Kenyan foreign minister received his Ugandan counterpart in Nairobi on Monday. The two ministers "
           "discussed the budget of the East African Community.", True),
])
def test_only_an_organisation_of_states_makes_talks_multilateral(lang, text, multilateral):
    topics = event_of(text, lang, "CONSULT").topics
    assert ("multilateral" in topics) == multilateral, topics


@pytest.mark.parametrize("lang, text, expected", [
    # A statement or a promise of the sides, told after their talks with a word that says what was
    # discussed, was made in the talks: what it names is what the talks were about, while it stays an
    # event of its own.
    ("fr", "Le président sénégalais s'est entretenu lundi au téléphone avec son homologue ivoirien. Les deux chefs "
           "d'État ont évoqué les domaines dans lesquels ils sont convenus de coopérer : la lutte contre le "
           "terrorisme et la sécurité alimentaire.", {"terrorism_extremism", "agriculture_food"}),
    ("fr", "Le ministre sénégalais des Affaires étrangères a reçu mardi à Dakar son homologue malien. Abordant la "
           "crise au Soudan, le ministre malien a marqué son soutien aux efforts de l'Union africaine.",
     {"regional_issues"}),
])
def test_what_a_statement_made_in_talks_names_is_what_they_were_about(lang, text, expected):
    topics = event_of(text, lang, "CONSULT").topics
    assert expected <= set(topics), topics


@pytest.mark.parametrize("lang, text", [
    # A terrorist attack condemned with no state to blame is a matter of terrorism: whom it hit and
    # where it happened are its circumstances.
    ("fr", "Le gouvernement sénégalais a condamné fermement l'attaque terroriste qui a visé lundi un convoi de "
           "touristes et des soldats dans l'est du Burkina Faso."),
    ("en", "The Kenyan government strongly condemned the terrorist attack that targeted a hotel full of tourists "
           "and a military convoy in northern Mali on Monday."),
])
def test_a_condemned_terrorist_attack_is_a_matter_of_terrorism(lang, text):
    assert event_of(text, lang, "ACCUSE").topics == ["terrorism_extremism"]


@pytest.mark.parametrize("lang, text", [
    # "Au sein de" is "within" any group: a community, a government, a population. Only the
    # organisation named after it (itself a matter of the talks) tells cooperation within one.
    ("fr", "Le ministre sénégalais des Affaires étrangères a reçu mardi à Dakar son homologue malien. Ils ont "
           "évoqué les inquiétudes qui grandissent au sein de la communauté internationale."),
    ("fr", "Le ministre sénégalais des Affaires étrangères a reçu mardi à Dakar son homologue malien. Ils ont "
           "discuté du dialogue au sein de leurs gouvernements respectifs."),
])
def test_within_a_group_is_not_within_an_organisation(lang, text):
    assert "multilateral" not in event_of(text, lang, "CONSULT").topics


@pytest.mark.parametrize("lang, text", [
    # A state's national security council is a body of its government, named in a title: neither the UN
    # Security Council nor a matter of security.
    ("fr", "Le secrétaire du Conseil suprême de la sécurité nationale iranien s'est entretenu lundi à Pékin avec "
           "son homologue saoudien de la réouverture des ambassades."),
    ("fr", "Le secrétaire général du conseil national de sécurité du Mali a été reçu mardi à Dakar par le ministre "
           "sénégalais des Affaires étrangères."),
])
def test_a_national_security_council_is_no_matter(lang, text):
    topics = event_of(text, lang, "CONSULT").topics
    assert "multilateral" not in topics and "security_defense" not in topics, topics


@pytest.mark.parametrize("lang, text", [
    # An open-skies agreement, an agreement on air services, opens airports to the other side's airlines.
    ("en", "Kenya and Uganda signed an open skies agreement in Nairobi on Monday."),
    ("fr", "Le Sénégal et le Mali ont signé lundi à Dakar un accord de ciel ouvert."),
    ("fr", "Le Sénégal et le Mali ont signé lundi à Dakar un accord sur les services aériens."),
])
def test_open_skies_are_air_transport(lang, text):
    assert "transport_logistics" in event_of(text, lang, "SUPPORT").topics
