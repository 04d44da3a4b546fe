"""Event dates in news (second audit): the date a document's undated events take is told in its
lead; a year after a quarter or a half of the year ("premier trimestre 2025") dates a promise;
the day a meeting ends ("which will end on Thursday") is not its date. Sentences written for these tests."""
import pytest

import communique


def dated(text, lang, published=None):
    """(type, date) of each event of the text."""
    return [(e.event, e.date) for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, published, expected", [
    # A date told far below the lead for another act (a recalled incident) is that act's: the lead's
    # undated act keeps the publication date.
    ("en", "Chile summoned the Peruvian ambassador over the incident at its embassy in Lima.\n\n"
           "The foreign ministry said a protest was delivered to the ambassador.\n\n"
           "As reported earlier, protesters who gathered outside the Chilean embassy on May 12 were attacked "
           "by a group of guards during the visit of the Peruvian president to Santiago.",
     "2021-05-16", "2021-05-16"),
    ("fr", "Le Gabon a convoqué l'ambassadeur du Cameroun après l'incident survenu devant son ambassade.\n\n"
           "Le ministère a remis une note de protestation à l'ambassadeur.\n\n"
           "Comme rapporté plus tôt, des manifestants rassemblés devant l'ambassade du Gabon le 3 mars ont été "
           "attaqués par des gardes pendant la visite du président camerounais à Libreville.",
     "2021-03-15", "2021-03-15"),
    # (A date told in the lead's paragraph still dates the story.)
    ("en", "Chile summoned the Peruvian ambassador over the incident at its embassy in Lima. The summons took "
           "place on May 12.\n\nThe foreign ministry said a protest was delivered to the ambassador.",
     "2021-05-16", "2021-05-12"),
])
def test_a_date_far_below_the_lead_dates_its_own_act(lang, text, published, expected):
    first = communique.extract(text, lang=lang, published=published).events[0]
    assert first.date == expected


def test_the_leads_weekday_named_below_still_dates_the_story():
    # The lead says "mercredi" with no publication date; a Wednesday told below names it.
    text = ("Le ministre sénégalais des Affaires étrangères a reçu, mercredi à Dakar, ses homologues du Mali "
            "et de la Guinée.\n\nIl s'est entretenu mercredi 6 mars 2024 avec le ministre malien des "
            "Affaires étrangères.")
    events = communique.extract(text, lang="fr").events
    assert events and all(e.date == "2024-03-06" for e in events)


@pytest.mark.parametrize("lang, text, expected", [
    # A year after a quarter or a half of the year is when a promise is for: its year.
    ("fr", "Le ministre a annoncé que le président français se rendra au Maroc au premier trimestre 2025.", "2025"),
    ("fr", "Le Sénégal et le Mali ont convenu de tenir leur prochaine commission mixte au second semestre 2025.",
     "2025"),
    ("en", "Kenya and Japan agreed to hold the next round of talks in the first half of 2025.", "2025"),
    ("en", "Kenya and Japan agreed to hold a summit in Tokyo in the second quarter of 2025.", "2025"),
])
def test_a_quarter_or_a_half_of_a_year_is_that_year(lang, text, expected):
    events = communique.extract(text, lang=lang, published="2024-10-02").events
    assert [(e.event, e.aux, e.planned.date if e.planned else None) for e in events] == [("AGREE", "future", expected)]


@pytest.mark.parametrize("lang, text, expected", [
    # The day a meeting or a visit ends is its last day, not the day it was held: a meeting over
    # several days is dated by its first day.
    ("en", "The foreign ministers of Kenya and Uganda opened their talks in Nairobi on Monday. The meeting, which "
           "will end on Thursday, covers trade.", "2024-05-06"),
    ("fr", "Les ministres des Affaires étrangères du Mali et du Niger ont ouvert lundi leurs travaux à Niamey. La "
           "réunion, qui prendra fin jeudi, porte sur la sécurité.", "2024-05-06"),
    ("fr", "Le président ghanéen est arrivé lundi au Togo pour une visite d'Etat. Cette visite, qui s'achèvera "
           "jeudi, porte sur la sécurité.", "2024-05-06"),
    ("en", "The presidents of Ghana and Togo began talks in Lome on Monday. The visit, which ends on Thursday, "
           "covers security.", "2024-05-06"),
])
def test_the_day_a_meeting_ends_is_not_its_date(lang, text, expected):
    assert dated(text, lang, "2024-05-08") == [("CONSULT", expected)]
