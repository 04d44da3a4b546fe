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
           "negotiated by Tanzania.", [("SUPPORT", None)]),  # (the old protocol's mediation is no meeting told)
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


def promised(text, lang, published="2024-05-15"):
    """(date, planned date) of each promise (AGREE to come) of the text."""
    return [(e.date, e.planned.date) for e in communique.extract(text, lang=lang, published=published).events
            if e.aux == "future"]


@pytest.mark.parametrize("lang, text, expected", [
    # A promise's own date is the day it was made, told with a verb in a past tense; what it is
    # for is the planned date (published Wednesday 15 May 2024).
    ("en", "Chile and Peru agreed on Monday to hold the next round of talks in Lima in June.",
     [("2024-05-13", "2024-06")]),
    ("fr", "Le Chili et le Pérou ont convenu lundi de tenir la prochaine session à Lima en juin.",
     [("2024-05-13", "2024-06")]),
    ("fr", "Le président chilien se rendra au Pérou le 20 juin, a annoncé lundi la présidence.",
     [("2024-05-13", "2024-06-20")]),
    ("en", "The Chilean president will visit Peru in June, his office said on Monday.", [("2024-05-13", "2024-06")]),
    # (A day that the promised act's own verb governs is the planned one only.)
    ("en", "Chile and Peru will hold the next round of talks in Lima on Friday.", [(None, "2024-05-17")]),
    ("fr", "Le président chilien se rendra au Pérou le 20 juin.", [(None, "2024-06-20")]),
])
def test_a_promise_is_dated_by_the_day_it_was_made(lang, text, expected):
    assert promised(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # A participle with an infinitive's or a future's auxiliary is no past tense: its date is the
    # promised act's, not the day the promise was made.
    ("en", "The ministers pledged to meet regularly before the Quad summit, scheduled to be hosted by India in "
           "September."),
    ("fr", "Le Chili et le Pérou ont promis de se revoir avant le sommet, qui sera organisé par le Pérou en septembre."),
])
def test_a_date_of_the_act_to_come_is_not_the_promises_own(lang, text):
    assert [e.date for e in communique.extract(text, lang=lang, published="2025-01-22").events
            if e.aux == "future"] in ([], [None])
