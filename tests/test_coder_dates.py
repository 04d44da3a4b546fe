"""Event dates in news: a date told as that of another thing than the event (a noun it stands
before, a participle that qualifies another noun) does not date the event. Sentences written for
these tests."""
import pytest

import communique


def dated(text, lang, published=None):
    """(type, date) of each event of the text."""
    return [(e.event, e.date) for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # A date between a determiner and a noun dates that noun: a ceasefire, a protocol, a coup.
    ("en", "Kenya and Uganda signed a trade agreement at the White House. The deal follows the November 2020 "
           "ceasefire mediated by Tanzania.", [("SUPPORT", None)]),
    ("en", "Kenya and Uganda signed a border agreement in Kampala. The agreement replaces the May 2019 protocol "
           "negotiated by Tanzania.", [("SUPPORT", None), ("CONSULT", None)]),
    ("en", "The leaders of Ghana and Togo met in Accra. The talks came after the June 2022 coup in Burkina Faso.",
     [("CONSULT", None)]),
    # (The event's date when the noun is a word of the event itself.)
    ("en", "The leaders of Ghana and Togo met at their March 2023 summit in Accra.", [("CONSULT", "2023-03")]),
    # (Not a day whose own article stands before it, followed by the verb's other words.)
    ("fr", "Le Togo a obtenu la libération des deux gendarmes ivoiriens. La libération des deux hommes a été "
           "obtenue le 29 novembre 2024 grâce à la médiation du président togolais.", [("RETREAT", "2024-11-29")]),
    # (And the day of the act beside it stays the act's.)
    ("en", "Kenya and Uganda signed a trade agreement on Friday. The deal follows the March 2021 ceasefire "
           "brokered by Tanzania.", [("SUPPORT", None)]),
])
def test_a_date_before_a_noun_dates_that_noun(lang, text, expected):
    assert dated(text, lang) == expected


def test_a_date_before_a_noun_leaves_the_acts_own_day():
    text = ("Kenya and Uganda signed a trade agreement on Friday. The deal follows the March 2021 ceasefire "
            "brokered by Tanzania.")
    assert dated(text, "en", "2024-05-13") == [("SUPPORT", "2024-05-10")]


@pytest.mark.parametrize("lang, text, expected", [
    # A participle agrees with the noun it qualifies, and a date told after its agent is its own:
    # "la coopération …, interrompue par le régime … en avril 2021" was interrupted then.
    ("fr", "Le président malien a reçu le Premier ministre sénégalais. Ils ont évoqué la reprise de la "
           "coopération militaire entre les deux pays, interrompue par le régime de transition en avril 2021.",
     [("CONSULT", None)]),
    # (The meeting's own day stays its date.)
    ("fr", "Le président malien a reçu mardi 4 mai 2021 le Premier ministre sénégalais. Ils ont évoqué la "
           "coopération militaire entre les deux pays, interrompue par la junte en avril 2021.",
     [("CONSULT", "2021-05-04")]),
    # (Nor is a participle of the event's own word set aside.)
    ("fr", "La réunion entre le Mali et le Sénégal, tenue à Dakar le 2 mai 2023, a porté sur la sécurité.",
     [("CONSULT", "2023-05-02")]),
])
def test_a_participles_date_is_of_the_noun_it_agrees_with(lang, text, expected):
    assert dated(text, lang) == expected
