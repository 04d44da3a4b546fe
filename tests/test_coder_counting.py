"""How many events a document tells: the same act told again is one event, one more of its kind
is another (on short releases written for these tests)."""
import pytest

import communique
from communique.coding.coder import Coder
from communique.coding.extract import get_pipeline


def coded(text, lang, published=None, title=None):
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published, title=title).events]


def drafted(text, lang):
    """The events the coder drafts, before the confidence floors leave any out."""
    return [d.event for d in Coder(get_pipeline(lang)(text), lang, None).code()]


@pytest.mark.parametrize("lang, text, event, count", [
    # A word of repetition on the trigger noun ("a second", "another", "une autre") tells one
    # more act of its kind, not the one told before.
    ("en", "Chile summoned the Peruvian ambassador on Tuesday over the fishing quotas. "
           "The ambassador was told that the quotas were unacceptable. "
           "A second protest was lodged with the ambassador over the arrest of two Chilean fishermen.",
     "ACCUSE", 2),
    ("fr", "Le Chili a convoqué mardi l'ambassadeur du Pérou pour protester contre les quotas de pêche. "
           "Une autre protestation lui a été remise au sujet de l'arrestation de deux pêcheurs chiliens.",
     "ACCUSE", 2),
    # "Another" beside earlier protests, said in the lead and said again: the same one.
    ("en", "Chile files another protest against Peru\n\nChile on Tuesday filed another diplomatic protest against "
           "Peru over the fishing quotas.",
     "ACCUSE", 1),
    # Told again with the definite article, the act is the one told before.
    ("en", "Chile summoned the Peruvian ambassador on Tuesday over the fishing quotas. "
           "The protest was delivered in writing.",
     "ACCUSE", 1),
])
def test_one_more_of_its_kind_is_another_event(lang, text, event, count):
    assert [e[0] for e in coded(text, lang)].count(event) == count


@pytest.mark.parametrize("lang, text, event, count", [
    # A headline (a first line with no final stop) and the lead that tells its act again, in other
    # words: one act.
    ("en", "Chile expels Peruvian diplomats in fishing row\n\nThe fishing dispute between the two neighbours is "
           "growing. In a swift move, Chile says it is expelling three Peruvian diplomats and closing the consulate "
           "in Arica.",
     "SANCTION", 1),
    ("fr", "Le Chili expulse des diplomates péruviens\n\nLe gouvernement chilien a ordonné lundi l'expulsion de trois "
           "diplomates péruviens, accusés d'espionnage.",
     "SANCTION", 1),
    # The act told in the body the other way is another act: one each way.
    ("en", "Peru expels Chilean diplomat over fishing row\n\nOn Monday, Chile expelled three Peruvian diplomats over "
           "the fishing quotas.",
     "SANCTION", 2),
])
def test_the_lead_tells_the_headlines_act_again(lang, text, event, count):
    assert drafted(text, lang).count(event) == count


@pytest.mark.parametrize("lang, text, event, count", [
    # A quotation right after an act, telling an act of its kind between the same sides, gives the
    # words the act was said in.
    ("fr", "Le ministre chilien des Affaires étrangères a annoncé lundi la rupture des relations diplomatiques avec "
           "le Pérou. « Le Chili a décidé de rompre ses relations diplomatiques avec le Pérou dès aujourd'hui », a "
           "déclaré le ministre lors d'une conférence de presse.",
     "SANCTION", 1),
    ("en", "Chile's foreign minister on Monday announced the severing of diplomatic relations with Peru. \"Chile has "
           "decided to break off diplomatic relations with Peru as of today,\" the minister told reporters.",
     "SANCTION", 1),
    # Between other sides, the quotation tells another act.
    ("fr", "Le ministre chilien des Affaires étrangères a annoncé lundi la rupture des relations diplomatiques avec "
           "le Pérou. « La Bolivie a décidé de rompre ses relations diplomatiques avec le Pérou dès aujourd'hui », a "
           "déclaré le ministre bolivien.",
     "SANCTION", 2),
])
def test_a_quotation_gives_the_words_of_the_act_told(lang, text, event, count):
    assert drafted(text, lang).count(event) == count


@pytest.mark.parametrize("lang, text, event, count", [
    # "The visit", naming no visitor of its own, is the one visit told so far (told beside a summit
    # attended before it).
    ("en", "Chile's President Ana Soto arrived in Peru on Monday for a state visit after attending the G20 summit in "
           "India. Soto called the visit historic.",
     "CONSULT", 1),
    ("en", "Chile's President Ana Soto arrived in Lima on Monday for a two-day state visit to Peru. She held talks with "
           "Peru's President Luis Vargas on trade. President Soto called the visit a turning point during a press "
           "conference.",
     "CONSULT", 1),
    ("fr", "Une délégation chilienne conduite par le ministre de la Défense, Ana Soto, a effectué une visite de travail "
           "de deux jours à Lima. La visite s'est achevée mardi après une rencontre entre Ana Soto et son homologue "
           "péruvien.",
     "CONSULT", 1),
])
def test_the_visit_named_again_is_the_one_told(lang, text, event, count):
    assert drafted(text, lang).count(event) == count


@pytest.mark.parametrize("lang, text, event, count", [
    # Thanks for receiving one's delegation are part of the audience, even when the audience's
    # first sentence left its other side unknown.
    ("en", "Acting President Luis Vargas on Sunday evening received the President of Chile, Ana Soto, at Palacio de "
           "Gobierno, his official residence.\n\nThe two leaders highlighted the role that Peru and Chile play in the "
           "region.\n\nPresident Soto thanked Acting President Vargas for receiving her delegation on a special day, "
           "when Peru was commemorating its independence.",
     "SUPPORT", 0),
])
def test_thanks_for_the_welcome_are_part_of_the_meeting(lang, text, event, count):
    assert drafted(text, lang).count(event) == count
