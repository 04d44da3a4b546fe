"""French wordings of an event that hold no trigger of its type, or one of another sense: set
phrases that name a request, a recall, an opening. Sentences written for these tests."""
import pytest

from coder_probes import coded


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


@pytest.mark.parametrize("lang, text, expected", [
    # "le ruban inaugural" of a mission names its opening ceremony, as "le ruban d'inauguration"
    # does: the mission has been opened (SUPPORT, CAMEO 054).
    ("fr", "Les ministres des Affaires étrangères du Maroc et du Burundi ont coupé le ruban inaugural de ce "
           "consulat situé à Dakhla.", [("SUPPORT", ["BDI", "MAR"], [])]),
    ("fr", "Le Burundi a coupé le ruban inaugural de son consulat à Dakhla.", [("SUPPORT", ["BDI"], [])]),
    # (Not the ribbon of a bridge or a fair.)
    ("fr", "Le ministre sénégalais a coupé le ruban inaugural du nouveau pont.", []),
    ("fr", "Le ministre gabonais a coupé le ruban inaugural de la foire à Libreville.", []),
])
def test_an_inaugural_ribbon_opens_a_mission(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The states that own the other missions a city already holds are no side of the opening.
    ("fr", "Le Burundi a inauguré son consulat à Dakhla, ville qui abrite déjà les consulats du Gabon et des Comores.",
     [("SUPPORT", ["BDI"], [])]),
    ("fr", "Le ministre sénégalais a inauguré le consulat général de Gambie à Dakar.", [("SUPPORT", ["SEN"], ["GMB"])]),
])
def test_other_missions_are_no_side_of_an_opening(lang, text, expected):
    assert coded(text, lang) == expected
