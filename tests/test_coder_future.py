"""Meetings, visits and signings to come told only by tense or modal: DESIGN.md codes an announced
one AGREE (aux future). Sentences written for these tests."""
import pytest

import communique


def coded(text, lang, published="2024-03-01"):
    """(type, sorted state codes, aux) of each event of the text."""
    return [(e.event, sorted({a.code for a in e.actor} | {r.code for r in e.recipient}), e.aux)
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # The meeting noun is the subject of the verb of the near future ("aller", "be going") + an
    # infinitive: announced, as "reprendront", "will resume" tell it.
    ("fr", "Les négociations entre le Mali et l'Algérie vont reprendre la semaine prochaine.",
     [("AGREE", ["DZA", "MLI"], "future")]),
    ("fr", "Le sommet entre le Mali et l'Algérie va se tenir à Alger en mai.",
     [("AGREE", ["DZA", "MLI"], "future")]),
    ("en", "Talks between Mali and Algeria are going to resume next week.",
     [("AGREE", ["DZA", "MLI"], "future")]),
    # (As before: "will resume", and the verb of the near future on the meeting verb itself.)
    ("en", "Talks between Mali and Algeria will resume next week.", [("AGREE", ["DZA", "MLI"], "future")]),
    ("fr", "Le président sénégalais va recevoir son homologue malien lundi à Dakar.",
     [("AGREE", ["MLI", "SEN"], "future")]),
    # Not "aller", "go" as a verb of its own ("allaient bon train", "were going well"): held.
    ("fr", "Les négociations entre le Mali et l'Algérie allaient bon train lundi.", [("CONSULT", ["DZA", "MLI"], None)]),
    ("en", "Talks between Mali and Algeria were going well on Monday.", [("CONSULT", ["DZA", "MLI"], None)]),
    # Nor a possibility: "pourraient reprendre" announces nothing.
    ("fr", "Les négociations entre le Mali et l'Algérie pourraient reprendre la semaine prochaine.", []),
])
def test_meeting_noun_subject_of_the_near_future(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Only the meeting's own subject: a quality said of it with a copula is no plan, nor a negated one.
    ("en", "Serbia said that the dialogue between Mali and Algeria is not going to be easy.", []),
    # A visit under way told beside the near future of another verb stays held.
    ("fr", "En visite d'Etat au Mali ce lundi, le président algérien va participer à plusieurs cérémonies.",
     [("CONSULT", ["DZA", "MLI"], None)]),
])
def test_near_future_only_of_the_meeting_itself(lang, text, expected):
    assert coded(text, lang) == expected


def test_negated_near_future_is_no_plan():
    # (What the coder makes of talks that will not resume is another matter: no plan is announced.)
    events = coded("Talks between Mali and Algeria are not going to resume next week.", "en")
    assert not [e for e in events if e[0] == "AGREE"]


@pytest.mark.parametrize("lang, text, expected", [
    # A plan that the meeting referred back to ("cette réunion", "la rencontre") is to end with:
    # its sides are that meeting's.
    ("fr", "Le Premier ministre malien est arrivé lundi à Niamey pour une visite de travail au Niger. "
           "Cette réunion doit se conclure par la signature de plusieurs accords.",
     [("CONSULT", ["MLI", "NER"], None), ("AGREE", ["MLI", "NER"], "future")]),
    ("fr", 'Le Premier ministre malien est arrivé lundi à Niamey pour une visite de travail au Niger. '
           'Cette "réunion gouvernementale" doit se conclure par la signature de plusieurs accords.',
     [("CONSULT", ["MLI", "NER"], None), ("AGREE", ["MLI", "NER"], "future")]),
    ("fr", "Le Premier ministre malien est arrivé lundi à Niamey pour une visite de travail au Niger. "
           "La rencontre se conclura par la signature de plusieurs accords.",
     [("CONSULT", ["MLI", "NER"], None), ("AGREE", ["MLI", "NER"], "future")]),
    # Not "une réunion": another meeting, whose sides the sentence does not name.
    ("fr", "Le Premier ministre malien est arrivé lundi à Niamey pour une visite de travail au Niger. "
           "Une réunion d'experts se conclura par la signature de plusieurs accords.",
     [("CONSULT", ["MLI", "NER"], None)]),
    # Nor talks told with their own sides: they are other talks.
    ("fr", "Le Premier ministre malien est arrivé lundi à Niamey pour une visite de travail au Niger. "
           "Les discussions entre le gouvernement et les rebelles doivent se conclure par la signature d'un accord.",
     [("CONSULT", ["MLI", "NER"], None)]),
])
def test_plan_of_the_meeting_referred_back_to(lang, text, expected):
    assert coded(text, lang) == expected
