"""Direction of coded events: who is `actor` and who is `recipient` (DESIGN.md's coding rules: a
meeting with no clear host is symmetric; a visit goes from the visitor to the host). Sentences
written for these tests."""
import pytest

import communique


def directed(text, lang, kind, published="2024-05-13"):
    """(mode, actor codes, recipient codes) of each event of type `kind` of the text."""
    return [(e.mode, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published).events if e.event == kind]


@pytest.mark.parametrize("lang, text, expected", [
    # English names a part of a state by an adjective right before it ("in eastern Russia"): the
    # state is the place of the meeting, as after "in the east of": its side hosts the other.
    ("en", "The Russian president and the North Korean leader met at a space base in eastern Russia.",
     [("visit", ["PRK"], ["RUS"])]),
    ("en", "The Kenyan and Ugandan presidents met in a lodge in western Kenya.", [("visit", ["UGA"], ["KEN"])]),
    ("en", "The Kenyan and Ugandan presidents met in a lodge in the west of Kenya.", [("visit", ["UGA"], ["KEN"])]),
    # (A meeting in a third state's region hosts neither side.)
    ("en", "The Kenyan and Ugandan presidents met in a lodge in northern Tanzania.", [(None, ["KEN", "UGA"], [])]),
])
def test_a_state_after_an_adjective_of_its_part_is_a_place(lang, text, expected):
    assert directed(text, lang, "CONSULT") == expected


@pytest.mark.parametrize("lang, kind, text, expected", [
    # The agent of a participle on the act's noun ("lancée par", "sent by") does the act, and the
    # state the participle's phrase names besides receives it.
    ("fr", "SUPPORT", "La campagne de solidarité lancée par le Sénégal en faveur de la Gambie se poursuit.",
     [(None, ["SEN"], ["GMB"])]),
    ("fr", "SUPPORT", "La campagne de solidarité lancée par le Sénégal et le Mali en faveur de la Gambie se poursuit.",
     [(None, ["MLI", "SEN"], ["GMB"])]),
    ("fr", "AID", "L'aide humanitaire envoyée par le Japon au Liban a été distribuée.", [(None, ["JPN"], ["LBN"])]),
    ("en", "SUPPORT", "The solidarity campaign launched by Senegal for the Gambia continues.", [(None, ["SEN"], ["GMB"])]),
    ("en", "AID", "The aid sent by Japan to Lebanon was distributed.", [(None, ["JPN"], ["LBN"])]),
    # (A participle on what is condemned, not on the act's noun, names the one condemned.)
    ("fr", "ACCUSE", "La Turquie a condamné l'attaque lancée par l'Iran contre Israël.", [("disapprove", ["TUR"], ["IRN"])]),
    ("en", "ACCUSE", "Turkey condemned the attack launched by Iran against Israel.", [("disapprove", ["TUR"], ["IRN"])]),
])
def test_the_agent_of_a_participle_on_the_acts_noun_does_the_act(lang, kind, text, expected):
    assert directed(text, lang, kind) == expected
