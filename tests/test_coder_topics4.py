"""Topics of events (fourth round): words that name no matter of the event although they are words of a
field: the portfolios of a minister's title, however long their list. Sentences written for these tests."""
import pytest

import communique


def topics(text, lang, published="2024-05-13"):
    """(type, topics) of each event of the text."""
    return [(e.event, sorted(e.topics)) for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # A minister's title runs on over the list of its portfolios: every field of the list is the title's.
    ("fr", "Le président togolais a reçu lundi à Lomé le ministre burundais de la Jeunesse, des Sports et de la Culture.",
     [("CONSULT", [])]),
    ("fr", "Le président togolais a reçu lundi à Lomé le ministre burundais de la jeunesse, des sports et de la culture, "
           "Jean Ndayi.", [("CONSULT", [])]),
    ("en", "The Togolese president received on Monday in Lomé the Burundian Minister of Youth, Sports, Arts and Culture, "
           "John Ndayi.", [("CONSULT", [])]),
    # (Not a field told after the title by a clause of its own: the talks' matter.)
    ("fr", "Le président togolais a reçu lundi à Lomé le ministre burundais des Affaires étrangères, avec qui il a évoqué "
           "la culture et le commerce.", [("CONSULT", ["culture", "trade"])]),
    ("fr", "Le président togolais a reçu lundi à Lomé le ministre burundais de la Culture, et ils ont parlé de commerce.",
     [("CONSULT", ["trade"])]),
])
def test_the_portfolios_of_a_title_name_no_matter(lang, text, expected):
    assert topics(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # An organisation named as the office a person holds ("le représentant spécial de l'ONU", "the special envoy
    # of the African Union") is no matter of the talks.
    ("fr", "Le 15 mars s'ouvrira à Lomé une session de la commission mixte Togo-Ghana, qui sera présidée par le "
           "représentant spécial de l'ONU pour l'Afrique de l'Ouest, Jean Dupont.", [("AGREE", [])]),
    ("fr", "Le 15 mars s'ouvrira à Lomé une session de la commission mixte Togo-Ghana, qui sera présidée par "
           "l'envoyé spécial de l'Union africaine, Jean Dupont.", [("AGREE", [])]),
    ("en", "A session of the Togo-Ghana joint commission will open in Lomé on 15 March, chaired by the special envoy "
           "of the African Union, John Doe.", [("AGREE", [])]),
    # (An organisation whose matters the talks are about makes them multilateral.)
    ("fr", "Le 15 mars s'ouvrira à Lomé une session de la commission mixte Togo-Ghana, qui portera sur la réforme "
           "de l'ONU.", [("AGREE", ["multilateral"])]),
    ("en", "A session of the Togo-Ghana joint commission will open in Lomé on 15 March to discuss the reform of the "
           "African Union.", [("AGREE", ["multilateral"])]),
])
def test_an_office_or_a_membership_names_no_multilateral_matter(lang, text, expected):
    assert topics(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A summit named as where or while two sides met is a place and a time, not what they discussed.
    ("en", "Kenyan President William Ruto met Ghanaian President John Mahama at the African Union summit in Addis Ababa "
           "on Sunday.", [("CONSULT", [])]),
    ("fr", "Le président sénégalais s'est entretenu dimanche avec son homologue ivoirien au sommet de la CEDEAO à Abuja.",
     [("CONSULT", [])]),
    ("en", "President Biden arrived in Vietnam on Sunday after his meetings at the G20 summit in India, and met President "
           "Vo Van Thuong in Hanoi.", [("CONSULT", [])]),
    # (Not a summit whose preparation they discussed; nor a body whose name is a gathering's word.)
    ("en", "Kenyan President William Ruto met Ghanaian President John Mahama on Sunday to discuss the preparations for "
           "the African Union summit.", [("CONSULT", ["multilateral"])]),
    ("fr", "Le président sénégalais s'est entretenu dimanche avec son homologue ivoirien de la préparation du sommet de "
           "la CEDEAO.", [("CONSULT", ["multilateral"])]),
])
def test_a_summit_named_as_the_place_of_talks_is_not_their_matter(lang, text, expected):
    assert topics(text, lang) == expected
