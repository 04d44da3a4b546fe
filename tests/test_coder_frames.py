"""Background acts told in frames and relative clauses are not coded (DESIGN.md: past events
recalled are not coded; a document codes the events it reports). Sentences written for these tests."""
import pytest

from coder_probes import coded


NEWS = {
    "en": "Kenya's foreign minister met his Ugandan counterpart in Nairobi on Monday. The two ministers discussed trade. ",
    "fr": "Le ministre kényan des Affaires étrangères a reçu lundi à Nairobi son homologue ougandais. "
          "Les deux ministres ont parlé du commerce. ",
}
MEETING = ("CONSULT", ["UGA"], ["KEN"])


@pytest.mark.parametrize("lang, text, told", [
    # An English relative clause in the present perfect describes its head by an older act, undated:
    # neither its verb nor what it is about is an act of the day.
    ("en", "The list names twelve states which have backed Nairobi in condemning Ethiopia.", False),
    ("en", "Tanzania is the second state with which Uganda has signed such a treaty.", False),
    # (Not the main verb in the present perfect: it tells the act.)
    ("en", "Uganda has signed a trade treaty with Tanzania.", True),
    # (Nor a relative clause in the simple past: it may tell an act of the day.)
    ("en", "The list names twelve states which backed Nairobi in condemning Ethiopia on Monday.", True),
    # (Nor the French passé composé, which has the perfect's form and may tell the news.)
    ("fr", "Le président tanzanien, qui a signé mardi un accord avec l'Ouganda, est rentré à Dodoma.", True),
])
def test_a_perfect_relative_clause_describes_its_head(lang, text, told):
    events = coded(NEWS[lang] + text, lang)
    assert events[0] == MEETING
    assert (len(events) > 1) == told


@pytest.mark.parametrize("lang, text, told", [
    # A charge named by its content, definite and with no author, as a clause's subject is known:
    # the sentence tells what it does, not that anyone made it.
    ("fr", "Par ailleurs, les accusations selon lesquelles le Kenya armerait des rebelles en Éthiopie compliquent la crise.", False),
    ("en", "Meanwhile, the allegations that Kenya supplies weapons to the rebels have strained relations.", False),
    ("en", "The accusation that Ethiopia is arming the rebels has angered Kenya.", False),
    # (Not a charge made, the object of its author's verb.)
    ("fr", "Par ailleurs, l'Éthiopie a porté des accusations selon lesquelles le Kenya armerait des rebelles.", True),
    ("en", "Meanwhile, Ethiopia raised allegations that Kenya armed rebels.", True),
    # (Nor a charge whose author is named.)
    ("fr", "Par ailleurs, les accusations de l'Éthiopie contre le Kenya compliquent la crise.", True),
])
def test_a_known_charge_as_a_subject_is_no_accusation_made(lang, text, told):
    events = coded(NEWS[lang] + text, lang)
    assert events[0] == MEETING
    assert any(event == "ACCUSE" for event, _, _ in events[1:]) == told
