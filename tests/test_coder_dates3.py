"""Event dates in news (third audit): a day told for an act still to come in the same sentence
("… and the two will meet in Tokyo on Friday") is not the day of the act told in the past.
Sentences written for these tests."""
import pytest

import communique


def dated(text, lang, published=None):
    """(type, aux, date, date_source) of each event of the text."""
    return [(e.event, e.aux, e.date, e.date_source)
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # The weekday hangs from a verb of an act to come: the call keeps the publication date.
    ("en", "Kenya's foreign minister spoke by phone with his Japanese counterpart, and the two will meet in "
           "Tokyo on Friday.", ("2022-10-05", "published")),
    ("en", "Kenya's foreign minister spoke by phone with his Japanese counterpart, who will be received in "
           "Nairobi on Friday.", ("2022-10-05", "published")),
    ("fr", "Le ministre sénégalais s'est entretenu au téléphone avec son homologue malien, et les deux ministres "
           "se rencontreront à Bamako samedi.", ("2022-10-05", "published")),
    ("fr", "Le ministre sénégalais s'est entretenu au téléphone avec son homologue malien, qui sera reçu à Dakar "
           "samedi.", ("2022-10-05", "published")),
    # (The act's own day is kept beside the day to come.)
    ("en", "Kenya's foreign minister spoke by phone with his Japanese counterpart on Monday, and the two will "
           "meet in Tokyo on Friday.", ("2022-10-03", "text")),
])
def test_a_day_of_an_act_to_come_does_not_date_the_act_told(lang, text, expected):
    events = dated(text, lang, "2022-10-05")
    assert events and events[0][0] == "CONSULT" and events[0][1] is None
    assert events[0][2:] == expected


def test_the_day_to_come_is_the_promise_s():
    # The meeting to come keeps its day as what the promise is for.
    text = ("Le ministre sénégalais s'est entretenu au téléphone avec son homologue malien, et les deux ministres "
            "se rencontreront à Bamako samedi.")
    events = communique.extract(text, lang="fr", published="2022-10-05").events
    assert [(e.event, e.aux, e.planned.date if e.planned else None) for e in events][1:] == \
        [("AGREE", "future", "2022-10-08")]
