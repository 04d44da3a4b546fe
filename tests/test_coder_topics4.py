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
