"""Whom a speaker speaks for: a ministry, a spokesman or an office holder the text does not place
speaks for the state of the agency or ministry that publishes it. Sentences written for these tests."""
import pytest

import communique


def coded(text, lang, source=None, url=None, published="2024-05-13"):
    """(type, actor codes, recipient codes) of each event of the text."""
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published, source=source, url=url).events]


UAE_AGENCY = ("Emirates News Agency", "https://wam.ae/en/article/1")
MOROCCAN_AGENCY = ("Agence marocaine de presse", "https://mapexpress.ma/actualite/1")


@pytest.mark.parametrize("lang, text, publisher, expected", [
    # A ministry named without its state, in a text its own state's agency publishes, is the
    # publisher's: not an unknown state, and not the states it speaks about.
    ("en", "The Ministry of Foreign Affairs strongly condemned the bombing of a market in Mogadishu.",
     UAE_AGENCY, [("ACCUSE", ["ARE"], [])]),
    ("en", "The Ministry of Foreign Affairs thanked the governments of Ghana and Togo for their help.",
     UAE_AGENCY, [("SUPPORT", ["ARE"], ["GHA", "TGO"])]),
    ("fr", "Le ministère des Affaires étrangères a condamné fermement l'attentat contre un marché de Mogadiscio.",
     MOROCCAN_AGENCY, [("ACCUSE", ["MAR"], [])]),
    # (A ministry the sentence places keeps its state.)
    ("fr", "Le ministère ghanéen des Affaires étrangères a condamné fermement l'attentat contre un marché "
           "de Mogadiscio.", MOROCCAN_AGENCY, [("ACCUSE", ["GHA"], [])]),
])
def test_unplaced_ministry_speaks_for_the_publisher(lang, text, publisher, expected):
    assert coded(text, lang, *publisher) == expected


@pytest.mark.parametrize("lang, text, publisher, expected", [
    # A ministry's spokesperson, named by title alone as the subject, speaks for the publisher's
    # state as the ministry does.
    ("fr", "Le porte-parole du ministère des Affaires étrangères a condamné l'attentat contre un marché de "
           "Mogadiscio.", MOROCCAN_AGENCY, [("ACCUSE", ["MAR"], [])]),
    ("en", "A spokesperson for the Ministry of Foreign Affairs condemned the bombing of a market in Mogadishu.",
     UAE_AGENCY, [("ACCUSE", ["ARE"], [])]),
    # (With no publisher's state the spokesperson's state is untold: no side invented.)
    ("en", "A spokesperson for the Ministry of Foreign Affairs condemned the bombing of a market in Mogadishu.",
     (None, None), []),
])
def test_unplaced_spokesperson_speaks_for_the_publisher(lang, text, publisher, expected):
    assert coded(text, lang, *publisher) == expected


GHANAIAN_AGENCY = ("Ghana News Agency", "https://gna.org.gh/news/1")


@pytest.mark.parametrize("lang, text, publisher, expected", [
    # A counted pair after the act ("thanked both governments") is whom the act is aimed at, not a
    # co-author beside the ministry that does it; a ministry speaking of its own state by name is
    # still the publisher's.
    ("en", "Ghana has confirmed it helped arrange a prisoner exchange between Mali and Niger. One Malian "
           "and one Nigerien were swapped in Accra. The Ministry of Foreign Affairs thanked both governments "
           "for the confidence placed in Ghana.", GHANAIAN_AGENCY,
     [("RETREAT", ["GHA"], ["MLI", "NER"]), ("SUPPORT", ["GHA"], ["MLI", "NER"])]),
])
def test_pair_counted_after_the_act_is_its_target(lang, text, publisher, expected):
    assert coded(text, lang, *publisher) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Talks of several states that an organisation's head convenes: the states are the sides, the
    # organisation is the meeting's (`organizations`), not one more side.
    ("en", "The informal meeting on the border dispute, convened by UN Secretary-General Antonio Guterres in "
           "Geneva, was attended by the foreign ministers of Ethiopia, Eritrea and Djibouti.",
     [("CONSULT", ["DJI", "ERI", "ETH"], [])]),
    # (Meeting one state, the head acts for his organisation.)
    ("en", "UN Secretary-General Antonio Guterres met the President of Ghana in New York.",
     [("CONSULT", ["GHA", "UNO"], [])]),
])
def test_convener_of_multilateral_talks_is_not_a_side(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # A promised visit that the host's speaker speaks of: whom the visit noun names comes, though
    # the verb's subject is the host's head of government, the publisher's state.
    ("Le Premier ministre Nguyen Van An a reçu mardi à Hanoï l'ambassadeur du Japon au Vietnam, Taro "
     "Suzuki. Le chef du gouvernement a apprécié les efforts des deux parties pour bien préparer la "
     "prochaine visite du Premier ministre japonais Shinzo Abe.",
     [("CONSULT", ["JPN"], ["VNM"]), ("AGREE", ["JPN"], ["VNM"])]),
])
def test_a_visit_spoken_of_is_made_by_whom_its_noun_names(text, expected):
    assert coded(text, "fr", "Agence vietnamienne d'information", "https://vna.vn/1") == expected
