"""Topics told outside the event's own sentence, and topics kept to the event of a document they belong
to: the matters of a signed text told in a sentence that names the text again. Sentences written for
these tests."""
import pytest

import communique


def topics(text, lang, published="2024-05-13"):
    """(type, topics) of each event of the text, topics sorted."""
    return [(e.event, sorted(e.topics)) for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # A sentence whose subject is the documents signed, named again with a definite or demonstrative
    # article, tells the signed text's matters: the signing's, not the talks' told beside it.
    ("fr", "Le ministre sénégalais des Affaires étrangères s'est entretenu mardi à Dakar avec son homologue malien. "
           "Les deux ministres ont signé trois accords de coopération. "
           "Les accords couvrent principalement la santé et l'agriculture.",
     [("CONSULT", []), ("SUPPORT", ["agriculture_food", "health"])]),
    ("en", "The foreign ministers of Kenya and Ghana held talks in Nairobi on Monday. They signed two agreements. "
           "The agreements cover tourism and energy.",
     [("CONSULT", []), ("SUPPORT", ["energy", "tourism"])]),
    ("en", "The foreign ministers of Kenya and Ghana held talks in Nairobi on Monday. They signed two agreements. "
           "These agreements cover tourism and energy.",
     [("CONSULT", []), ("SUPPORT", ["energy", "tourism"])]),
    # (The talks told again keep their matters.)
    ("en", "The foreign ministers of Kenya and Ghana held talks in Nairobi on Monday. They signed two agreements. "
           "The talks covered tourism and energy.",
     [("CONSULT", ["energy", "tourism"]), ("SUPPORT", [])]),
    # Told before the signing is: the signing told after takes them too.
    ("fr", "Le ministre sénégalais des Affaires étrangères s'est entretenu mardi à Dakar avec son homologue malien. "
           "Cet accord porte sur la santé. Les deux ministres ont ensuite signé un accord de coopération.",
     [("CONSULT", ["health"]), ("SUPPORT", ["health"])]),
    # A demonstrative points back to the documents signed wherever it names them: what the sides say of
    # "these agreements" in talks told after the signing is the documents' matter, not the talks'.
    ("fr", "Les Premiers ministres sénégalais et mauritanien ont signé jeudi à Dakar trois accords. "
           "Ils se sont ensuite entretenus en tête-à-tête. Les deux chefs de gouvernement ont souligné "
           "l'importance de ces accords pour renforcer la coopération économique et scientifique.",
     [("SUPPORT", ["economy", "science_technology"]), ("CONSULT", [])]),
    ("en", "Kenya and Ghana signed three agreements in Nairobi on Monday. The two presidents then held talks. "
           "They stressed that these agreements will boost trade and tourism.",
     [("SUPPORT", ["tourism", "trade"]), ("CONSULT", [])]),
    # (With the signing in focus, a weak word of the text told again is no field of it.)
    ("en", "Kenya and Ghana signed an agreement on cooperation in fisheries in Nairobi on Monday. "
           "The agreement provides for the training of fisheries inspectors.",
     [("SUPPORT", ["agriculture_food"])]),
])
def test_a_signed_text_told_again_tells_its_matters(lang, text, expected):
    assert topics(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The title of a document signed names what it binds to: its weak words tell the signing's matter.
    ("en", "Kenya and Ghana signed the agreement on economic and technical cooperation in Nairobi on Monday.",
     [("SUPPORT", ["economy"])]),
    ("en", "Kenya and Ghana signed the Agreement on Economic and Technical Cooperation in Nairobi on Monday.",
     [("SUPPORT", ["economy"])]),
    ("en", "Kenya and Ghana signed two agreements in Nairobi on Monday. The agreements signed were the "
           "\"Agreement on Economic and Technical Cooperation between the Government of Kenya and the Government "
           "of Ghana\" and the \"Memorandum of Understanding on Tourism\".",
     [("SUPPORT", ["economy", "tourism"])]),
    # (Not the states a title names as its parties: no regional question.)
    ("en", "Kenya and Ghana signed the Agreement between the Republic of Kenya and the Republic of Ghana in Nairobi.",
     [("SUPPORT", [])]),
])
def test_a_signed_documents_title_tells_its_matter(lang, text, expected):
    assert topics(text, lang) == expected
