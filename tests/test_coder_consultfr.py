"""French meetings (CONSULT): talks the text speaks of that no one held, and meetings told as
held that must stay. Sentences written for these tests."""
import pytest

from coder_probes import coded


@pytest.mark.parametrize("lang, text, expected", [
    # A meeting noun whose predicate says the talks go on or are not over ("sont en cours",
    # "ne sont pas encore terminées"): talks spoken of, not a meeting held.
    ("fr", "Alors que la Guinée vient de rouvrir sa frontière avec tous ses voisins, le gouvernement du "
           "Sénégal annonce que les négociations ne sont pas encore terminées pour qu'il rouvre sa "
           "frontière avec ce pays.", [("RETREAT", ["GIN"], ["SEN"])]),
    ("fr", "Le Sénégal a rappelé son ambassadeur. « Les négociations avec la Guinée sont déjà en cours », "
           "a déclaré mardi le ministre sénégalais.", [("SANCTION", ["SEN"], ["GIN"])]),
    # (A meeting told as held stays, and so does the meeting a later "en cours" qualifies.)
    ("fr", "Le ministre sénégalais a rencontré lundi son homologue guinéen. Les entretiens, en cours "
           "depuis le matin, portent sur la frontière.", [("CONSULT", ["GIN", "SEN"], [])]),
    ("fr", "Le ministre marocain a reçu lundi à Rabat son homologue espagnol.", [("CONSULT", ["ESP"], ["MAR"])]),
])
def test_talks_in_progress_are_no_meeting_held(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A visitor received at the airport by his counterpart, after the visit's meeting was told,
    # is that visit's welcome, not an audience of its own.
    ("fr", "L'accord a été conclu au cours d'une rencontre entre le Premier ministre malien, Moussa "
           "Traoré, et le ministre sénégalais de l'Intérieur, Amadou Ba. Le ministre sénégalais a effectué "
           "le déplacement pour Bamako mardi matin. Il y a été reçu sur le tarmac de l'aéroport par son "
           "homologue malien, Ibrahim Keita.", [("CONSULT", ["SEN"], ["MLI"])]),
    # (Received elsewhere by another office: a second audience stays.)
    ("fr", "Le ministre sénégalais de l'Intérieur, Amadou Ba, a effectué mardi une visite à Bamako, où il "
           "a eu un entretien avec le Premier ministre malien, Moussa Traoré. Il a ensuite été reçu au "
           "ministère par son homologue malien, Ibrahim Keita.",
     [("CONSULT", ["SEN"], ["MLI"]), ("CONSULT", ["SEN"], ["MLI"])]),
    # (A welcome at the airport told alone is the visit.)
    ("fr", "Le président malien a été reçu mardi à l'aéroport de Dakar par son homologue sénégalais.",
     [("CONSULT", ["MLI"], ["SEN"])]),
])
def test_a_welcome_at_the_airport_opens_the_visit(lang, text, expected):
    assert coded(text, lang) == expected


def test_a_welcome_beside_talks_keeps_the_talks():
    # (A sentence that tells talks beside the welcome tells an audience of its own.)
    text = ("La visite d'Etat qu'effectue depuis lundi le président malien, Ibrahim Keita, vise à relancer "
            "la coopération entre Bamako et Dakar. Accueilli lundi à sa descente d'avion par le ministre "
            "sénégalais des Affaires étrangères, Amadou Ba, le président malien a eu des entretiens mardi "
            "avec Moussa Sall, Premier ministre sénégalais.")
    assert len([e for e in coded(text, "fr") if e[0] == "CONSULT"]) == 2
