"""Boundaries between the events of one document: the people of another act the sentence names
(an earlier meeting it is set after) are not the people of the act it tells. Sentences written
for these tests."""
import pytest

import communique


def coded(text, lang, published="2024-05-13"):
    """(type, actor codes, recipient codes, participants' names) of each event of the text."""
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient),
             sorted(p.name for p in e.participants))
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # "Following / after the meeting with X, Y met Z", the meeting with X told before: X is of
    # that meeting, not of Y's with Z.
    ("en", "British Prime Minister Keir Hamble arrived in Nairobi on Monday. Following the meeting with Kenyan "
           "President William Otieno, the British Prime Minister held talks with Kenyan Foreign Minister Grace Wanjiru.",
     # (The talks with the minister are the visit's next audience, an event of their own.)
     [("CONSULT", ["GBR"], ["KEN"], ["Keir Hamble"]), ("CONSULT", ["GBR"], ["KEN"], ["Grace Wanjiru", "Keir Hamble"])]),
    # "À la suite d'un entretien avec X": the same in French, where the parser may hang "avec X"
    # on the main verb.
    ("fr", "Le ministre français des Affaires étrangères Jean Lacoste est arrivé à Yaoundé lundi. À la suite d'un "
           "entretien avec le président camerounais Paul Biya, il a rencontré le Premier ministre camerounais Joseph Ngute.",
     [("CONSULT", ["FRA"], ["CMR"], ["Jean Lacoste"]), ("CONSULT", ["FRA"], ["CMR"], ["Jean Lacoste", "Joseph Ngute"])]),
    # (With no other act told, the framed meeting is the one told: its partner takes part.)
    ("en", "British Prime Minister Keir Hamble arrived in Nairobi on Monday. Following the meeting with Kenyan "
           "President William Otieno, the British Prime Minister told reporters that the talks went well.",
     [("CONSULT", ["GBR"], ["KEN"], ["Keir Hamble", "William Otieno"])]),
    # (Nor a meeting first named in the frame, not told before: it is told there, its people with it.)
    ("en", "After his meeting with Kenyan President William Otieno, British Prime Minister Keir Hamble met Kenyan "
           "Foreign Minister Grace Wanjiru in Nairobi.",
     [("CONSULT", ["GBR", "KEN"], [], ["Grace Wanjiru", "Keir Hamble", "William Otieno"])]),
])
def test_people_of_the_meeting_before(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A meeting set after a meeting told before ("After her meeting with X, she met Y") is the
    # next audience, not the first told again.
    ("en", "Kenyan President William Otieno received British Prime Minister Keir Hamble in Nairobi on Monday. "
           "After her meeting with Otieno, Hamble met Kenyan Prime Minister Grace Wanjiru at State House.",
     [("CONSULT", ["GBR"], ["KEN"], ["Keir Hamble", "William Otieno"]),
      ("CONSULT", ["GBR"], ["KEN"], ["Grace Wanjiru", "Keir Hamble"])]),
    ("fr", "Le président camerounais Paul Biya a reçu lundi à Yaoundé le ministre français des Affaires étrangères "
           "Jean Lacoste. Après son entretien avec le président Biya, Jean Lacoste a rencontré le Premier ministre "
           "camerounais Joseph Ngute.",
     [("CONSULT", ["FRA"], ["CMR"], ["Jean Lacoste", "Paul Biya"]),
      ("CONSULT", ["FRA"], ["CMR"], ["Jean Lacoste", "Joseph Ngute"])]),
    # (One meeting told over two sentences stays one.)
    ("en", "Kenyan President William Otieno received British Prime Minister Keir Hamble in Nairobi on Monday. "
           "The two leaders discussed trade and security.",
     [("CONSULT", ["GBR"], ["KEN"], ["Keir Hamble", "William Otieno"])]),
])
def test_a_meeting_after_a_meeting_told_before(lang, text, expected):
    assert coded(text, lang) == expected



@pytest.mark.parametrize("lang, text, expected", [
    # The host of the visit is not filled in as the next audience's protagonist when the sentence
    # names him as of the meeting before (the minister met next has no state of his own named).
    ("en", "Kenyan President William Otieno received British Prime Minister Keir Hamble in Nairobi on Monday. "
           "Following the meeting with Otieno, the British Prime Minister held a meeting with the Foreign "
           "Minister, Grace Wanjiru.",
     [["Keir Hamble", "William Otieno"], ["Grace Wanjiru", "Keir Hamble"]]),
])
def test_the_host_of_the_meeting_before_is_not_the_next_audiences(lang, text, expected):
    events = communique.extract(text, lang=lang, published="2024-05-13").events
    assert [sorted(p.name for p in e.participants) for e in events] == expected
