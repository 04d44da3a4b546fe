"""AGREE on text the coder was not tuned on: the family of phrasings that tell a commitment, a
decision, an invitation or an announced meeting, visit, round or signing (DESIGN.md: AGREE with aux
`future`), and the near misses that are no commitment. Sentences written for these tests."""
import pytest

import communique


def coded(text, lang, published="2024-05-13"):
    """(type, aux, actor codes, recipient codes, planned kind) of each event of the text."""
    return [(e.event, e.aux, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient),
             e.planned.kind if e.planned else None)
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # Invited to come (visit, attend): the guest travels to the place named, whoever invites.
    ("fr", "Le président malien a invité son homologue nigérien à effectuer une visite à Bamako.",
     [("AGREE", "future", ["NER"], ["MLI"], "visit")]),
    ("fr", "Le président du Kazakhstan a invité Emmanuel Macron à visiter le Kazakhstan, déclarant que cela "
           "renforcerait la coopération économique entre les deux pays.",
     [("AGREE", "future", ["FRA"], ["KAZ"], "visit")]),
    ("en", "The Ghanaian president invited his Togolese counterpart to attend the summit in Accra.",
     [("AGREE", "future", ["TGO"], ["GHA"], "visit")]),
    # The invitation as a noun, extended, conveyed, still standing or accepted.
    ("fr", "Le ministre malien a transmis à son homologue nigérien une invitation à visiter le Mali.",
     [("AGREE", "future", ["NER"], ["MLI"], "visit")]),
    ("fr", "L'invitation adressée au ministre malien à se rendre au Maroc tient toujours.",
     [("AGREE", "future", ["MLI"], ["MAR"], "visit")]),
    ("en", "The Ghanaian president extended an invitation to his Togolese counterpart to visit Ghana.",
     [("AGREE", "future", ["TGO"], ["GHA"], "visit")]),
    ("en", "The Ghanaian minister accepted an invitation to visit Japan.",
     [("AGREE", "future", ["GHA"], ["JPN"], "visit")]),
    # Invited to act, not to come: a request.
    ("fr", "Le Mali a invité le Niger à retirer ses troupes.", [("REQUEST", None, ["MLI"], ["NER"], None)]),
    ("en", "Turkey invited Austrian authorities to refrain from hostile statements.",
     [("REQUEST", None, ["TUR"], ["AUT"], None)]),
])
def test_invitations(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A meeting, call or signing to come, told by a verb of schedule or intent before it.
    ("en", "The presidents of Serbia and Kosovo are to meet in Brussels on 15 June.",
     [("AGREE", "future", ["KOS", "SRB"], [], "meeting")]),
    ("en", "The militaries of Thailand and Cambodia are set to meet this week.",
     [("AGREE", "future", ["KHM", "THA"], [], "meeting")]),
    ("en", "Kenya and Uganda are set to sign a trade agreement in June.",
     [("AGREE", "future", ["KEN", "UGA"], [], "signing")]),
    ("en", "The Kenyan president is slated to travel to Uganda next week.",
     [("AGREE", "future", ["KEN"], ["UGA"], "visit")]),
    ("fr", "Le ministre malien devrait rencontrer son homologue russe.",
     [("AGREE", "future", ["MLI", "RUS"], [], "meeting")]),
    ("fr", "Le Maroc et l'Espagne doivent signer un accord sur la migration en juillet.",
     [("AGREE", "future", ["ESP", "MAR"], [], "signing")]),
    ("fr", "Les présidents du Mali et du Niger doivent s'entretenir par téléphone mardi.",
     [("AGREE", "future", ["MLI", "NER"], [], "call")]),
    ("fr", "Le président sénégalais s'apprête à effectuer une visite en Gambie.",
     [("AGREE", "future", ["SEN"], ["GMB"], "visit")]),
    # The same words before an act that is no meeting tell no plan.
    ("fr", "La Gambie et le Sénégal doivent cesser les hostilités.", []),
])
def test_meetings_and_signings_to_come(lang, text, expected):
    assert coded(text, lang) == expected
