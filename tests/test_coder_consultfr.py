"""French meetings (CONSULT): talks the text speaks of that no one held, and meetings told as
held that must stay. Sentences written for these tests."""
import pytest

import communique


def coded(text, lang, published="2024-05-13"):
    """(type, actor codes, recipient codes) of each event of the text."""
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # A meeting noun whose predicate says the talks go on or are not over ("sont en cours",
    # "ne sont pas encore terminées"): talks spoken of, not a meeting held.
    ("fr", "Alors que la Guinée vient de rouvrir sa frontière avec tous ses voisins, le gouvernement du "
           "Sénégal annonce que les négociations ne sont pas encore terminées pour qu'il rouvre sa "
           "frontière avec ce pays.", [("RETREAT", ["GIN"], ["SEN"])]),
    ("fr", "Le Sénégal a rappelé son ambassadeur. « Les négociations avec la Guinée sont déjà en cours », "
           "a déclaré mardi le ministre sénégalais.", [("SANCTION", ["SEN"], [])]),
    # (A meeting told as held stays, and so does the meeting a later "en cours" qualifies.)
    ("fr", "Le ministre sénégalais a rencontré lundi son homologue guinéen. Les entretiens, en cours "
           "depuis le matin, portent sur la frontière.", [("CONSULT", ["GIN", "SEN"], [])]),
    ("fr", "Le ministre marocain a reçu lundi à Rabat son homologue espagnol.", [("CONSULT", ["ESP"], ["MAR"])]),
])
def test_talks_in_progress_are_no_meeting_held(lang, text, expected):
    assert coded(text, lang) == expected
