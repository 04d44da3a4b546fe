"""Event dates in news (third audit): a day told for an act still to come in the same sentence
("… and the two will meet in Tokyo on Friday") is not the day of the act told in the past; a
promise told as made with no day of its own was made on the day of the story. Sentences written
for these tests."""
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


@pytest.mark.parametrize("lang, text, expected", [
    # A promise told as made (a verb in a past tense), whose sentence names no day of its making:
    # made on the day of the story.
    ("en", "Kenya and Japan held talks in Nairobi on Monday. Both sides have also agreed to hold another round "
           "of talks soon.", "2022-10-03"),
    ("fr", "Le Sénégal et le Mali ont tenu des consultations lundi à Dakar. Les deux parties ont convenu de tenir "
           "la prochaine session à Bamako.", "2022-10-03"),
    # (A plan told by a passive, or in the future, names no one who made it that day.)
    ("en", "Kenya and Japan held talks in Nairobi on Monday. The Kenyan minister is expected to travel to Tokyo "
           "soon.", None),
    ("fr", "Le Sénégal et le Mali ont tenu des consultations lundi à Dakar. Il est prévu que les deux ministres "
           "se rencontrent à Bamako.", None),
    ("en", "Kenya and Japan held talks in Nairobi on Monday. The Kenyan minister will visit Tokyo in December.", None),
])
def test_a_promise_told_as_made_takes_the_day_of_the_story(lang, text, expected):
    events = dated(text, lang, "2022-10-05")
    assert events[0] == ("CONSULT", None, "2022-10-03", "text")
    assert [e[:3] for e in events[1:]] == [("AGREE", "future", expected)]


@pytest.mark.parametrize("lang, text", [
    # "since" / "depuis" may open a phrase that names a whole event before its date: the date is when
    # a state began, no day of the meeting told with it.
    ("en", "The leaders of Cyprus and Greece held an informal meeting in Geneva, the UN chief said. Peace talks "
           "have been stalled since the collapse of a similar conference in Switzerland in July 2017."),
    ("en", "The leaders of Cyprus and Greece held an informal meeting in Geneva. The meeting was the first since "
           "the collapse of a similar conference held in Switzerland in July 2017."),
    ("fr", "Les dirigeants de Chypre et de la Grèce se sont réunis à Genève. La réunion était la première depuis "
           "l'échec d'une conférence des deux parties en Suisse en juillet 2017."),
    ("fr", "Les présidents de Chypre et de la Grèce se sont entretenus à Genève. Cet entretien est le premier "
           "depuis l'échec de la conférence sur la réunification de l'île en juillet 2017."),
])
def test_a_long_phrase_opened_by_since_dates_no_meeting(lang, text):
    assert dated(text, lang) == [("CONSULT", None, None, None)]


@pytest.mark.parametrize("lang, text", [
    # A participle right before a date that qualifies a noun ("ouvert le 2 juin 2023" of "le ballet
    # diplomatique") dates that noun's act, however the parser hung the date: not the audience.
    ("fr", "Le ballet diplomatique ouvert le 2 juin 2023 a été bouclé vendredi dernier, quand le président "
           "Paul Biya a reçu les lettres de créance de l'ambassadeur du Tchad."),
    ("fr", "Le président Paul Biya a reçu les lettres de créance de l'ambassadeur du Tchad. Le ballet diplomatique "
           "ouvert le 2 juin 2023 a été bouclé vendredi dernier."),
    ("fr", "La série d'audiences ouverte le 2 juin 2023 a été bouclée vendredi dernier : le président Paul Biya a "
           "reçu les lettres de créance de l'ambassadeur du Tchad."),
])
def test_a_date_after_a_participle_of_another_noun_dates_that_noun(lang, text):
    assert dated(text, lang) == [("CONSULT", None, None, None)]
