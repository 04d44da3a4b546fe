"""Past events recalled as background are not coded (DESIGN.md): a document codes the events it
reports, not what it recalls lower in the story. Sentences written for these tests."""
import pytest

from coder_probes import coded


NEWS = {
    "en": "Kenya's foreign minister met his Ugandan counterpart in Nairobi on Monday. The two ministers discussed trade. ",
    "fr": "Le ministre kényan des Affaires étrangères a reçu lundi à Nairobi son homologue ougandais. "
          "Les deux ministres ont parlé du commerce. ",
}
MEETING = {"en": ("CONSULT", ["UGA"], ["KEN"]), "fr": ("CONSULT", ["UGA"], ["KEN"])}


@pytest.mark.parametrize("lang, published, text, recalled", [
    # A day stated in full more than a month before the publication dates an act the news recalls.
    ("en", "2024-05-13", "Kenya signed a trade deal with Tanzania on 12 March 2019.", True),
    ("fr", "2024-05-13", "Le Kenya a signé un accord avec la Tanzanie le 12 mars 2019.", True),
    # So does a month the publication puts more than a month back ("last July" in a text of May).
    ("en", "2024-05-13", "The Tanzanian president visited Kampala last July.", True),
    ("fr", "2024-05-13", "Le président tanzanien s'est rendu à Kampala en juillet dernier.", True),
    # "plus tôt cette année", as "earlier this year": before the news.
    ("fr", "2024-05-13", "Le Kenya a livré des armes à la Somalie plus tôt cette année.", True),
    ("en", "2024-05-13", "Kenya delivered arms to Somalia earlier this year.", True),
    # (Not a month of the news's own weeks: "in late April" in a text of 13 May.)
    ("en", "2024-05-13", "In late April, the Tanzanian president invited Kenya and Uganda for talks.", False),
    # (Nor a day of the news's own weeks.)
    ("en", "2024-05-13", "Kenya signed a trade deal with Tanzania on 2 May 2024.", False),
    ("fr", "2024-05-13", "Le Kenya a signé un accord avec la Tanzanie le 2 mai 2024.", False),
    # (Nor a day in full with no publication to weigh it against, and none told before it.)
    ("en", None, "Kenya signed a trade deal with Tanzania on 12 March 2019.", False),
])
def test_an_act_dated_long_before_the_news_is_recalled(lang, published, text, recalled):
    events = coded(NEWS[lang] + text, lang, published)
    assert events[0] == MEETING[lang]
    assert (len(events) == 1) == recalled


@pytest.mark.parametrize("lang, text", [
    # With no publication, a day stated more than a week before the first day the text states.
    ("fr", "Le 2 mai 2023, le ministre kényan a reçu son homologue ougandais. "
           "Le Kenya a déployé des troupes en Somalie le 25 juin 2021."),
    ("en", "On 2 May 2023, Kenya's foreign minister met his Ugandan counterpart. "
           "Kenya deployed troops to Somalia on 25 June 2021."),
])
def test_a_day_before_the_first_day_told_is_recalled(lang, text):
    assert [event for event, _, _ in coded(text, lang, None)] == ["CONSULT"]


@pytest.mark.parametrize("lang, text", [
    # The story's own event, dated long before a late publication, is still told when it opens the text.
    ("en", "Kenya signed a trade deal with Tanzania on 12 March 2019."),
    ("fr", "Le Kenya a signé un accord avec la Tanzanie le 12 mars 2019."),
])
def test_the_opening_event_is_told_whatever_its_date(lang, text):
    assert coded(text, lang) == [("SUPPORT", ["KEN", "TZA"], [])]


@pytest.mark.parametrize("lang, text, recalled", [
    # A verb in the pluperfect coordinated with the clause's verb is recalled as that verb is,
    # with its own auxiliary, whatever the first verb tells.
    ("en", "The African Union suspended Mali on Friday. ECOWAS had issued a statement and had suspended Guinea.", True),
    ("fr", "L'Union africaine a suspendu vendredi le Mali. La CEDEAO avait publié un communiqué et avait "
           "suspendu la Guinée.", True),
    # (Not one told in the past: the news tells both.)
    ("en", "The African Union suspended Mali on Friday. ECOWAS issued a statement and suspended Guinea.", False),
])
def test_a_pluperfect_verb_coordinated_with_the_clause_is_recalled(lang, text, recalled):
    events = coded(text, lang, None)
    assert events[0] == ("SANCTION", ["IGO"], ["MLI"])
    assert (len(events) == 1) == recalled
