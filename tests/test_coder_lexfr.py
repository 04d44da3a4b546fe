"""French wordings of an event that hold no trigger of its type, or one of another sense: set
phrases that name a request, a recall, an opening. Sentences written for these tests."""
import pytest

import communique


def coded(text, lang, published="2024-05-13"):
    """(type, actor codes, recipient codes) of each event of the text."""
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # An appeal an adjective calls pressing is made to someone: a request, even where quotes part
    # "lancer un" from "appel".
    ("fr", "Le président malien a lancé un « appel urgent » aux pays voisins.", [("REQUEST", ["MLI"], [])]),
    ("fr", "Le Premier ministre haïtien a lancé un appel pressant à la communauté internationale.",
     [("REQUEST", ["HTI"], [])]),
    # "saisir son homologue": to ask one's counterpart to act, not a seizure.
    ("fr", "Le ministre comorien des Affaires étrangères a saisi son homologue malgache pour qu'il agisse vite.",
     [("REQUEST", ["COM"], ["MDG"])]),
    # (Seizing goods stays a seizure.)
    ("fr", "La police malienne a saisi son matériel.", [("COERCE", ["MLI"], [])]),
])
def test_french_wordings_of_a_request(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "le rappel" whose phrase names an ambassador is his recall (SANCTION, withdraw), whatever
    # stands between ("immédiat pour consultation").
    ("fr", "L'Algérie a annoncé mardi le « rappel immédiat pour consultation » de son ambassadeur à Paris.",
     [("SANCTION", ["DZA"], ["FRA"])]),
    ("fr", "Le Mali a décidé le rappel de son ambassadeur en France.", [("SANCTION", ["MLI"], ["FRA"])]),
    # (Not a reminder, nor soldiers called home.)
    ("fr", "Le ministre malien a fait un rappel des faits devant son homologue français.", []),
    ("fr", "Le Niger a annoncé le rappel de ses soldats déployés au Mali.", []),
])
def test_a_recall_names_an_envoy(lang, text, expected):
    assert coded(text, lang) == expected
