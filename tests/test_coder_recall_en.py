"""Recall of the coder on English news: constructions that tell an event the coder used to miss
(disapproval voiced in set phrases, a main verb under a dateline; French rows where the
construction is shared). Sentences written for these tests."""
import pytest

from coder_probes import coded


@pytest.mark.parametrize("text, expected", [
    # A main verb that the parser hangs on a dateline's city ("ATHENS – Cyprus is opposing …")
    # is still the sentence's main verb: its act is told.
    ("ATHENS – Cyprus and Egypt are opposing a pact between Turkey and Libya.",
     [("ACCUSE", ["CYP", "EGY"], ["LBY", "TUR"])]),
    ("Kenya and Tanzania are opposing a deal between Uganda and Rwanda dividing the lake.",
     [("ACCUSE", ["KEN", "TZA"], ["RWA", "UGA"])]),
])
def test_a_main_verb_under_a_dateline_tells_its_act(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "sound the alarm about / over": to voice alarm at what another does, a disapproval.
    ("Chile sounded the alarm over Peru's naval build-up near the border.", [("ACCUSE", ["CHL"], ["PER"])]),
    ("The Chilean government has sounded the alarm about Peru's new fishing quotas.",
     [("ACCUSE", ["CHL"], ["PER"])]),
])
def test_sounding_the_alarm_is_disapproval(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "question the legitimacy / legality of": to dispute that another's act is lawful, a
    # disapproval (the verb "question" alone only asks).
    ("Chile questioned the legality of the fishing quotas set by Peru.", [("ACCUSE", ["CHL"], ["PER"])]),
    ("Chile and Argentina question legitimacy of Peru's maritime claim.", [("ACCUSE", ["ARG", "CHL"], ["PER"])]),
    ("Chile questioned Peru's envoy about the fishing quotas.", []),
])
def test_questioning_legitimacy_is_disapproval(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A judging word put before a long object is the verb's predicate, though the parser hangs it
    # on the object: the subject condemns, the object's state is condemned, and a signing named in
    # the object is what is judged, done by others.
    ('Chile deemed "illegal" the fishing accord signed between Peru and Ecuador last year.',
     [("ACCUSE", ["CHL"], ["ECU", "PER"])]),
    ('Chile on Monday declared "unacceptable" the new quotas set by Peru for its fishing fleet.',
     [("ACCUSE", ["CHL"], ["PER"])]),
    # (Not a modifier after the determiner, nor a judgement denied.)
    ('Chile deported the "illegal" migrants to Peru.', [("COERCE", ["CHL"], ["PER"])]),
    ('Chile did not deem "illegal" the fishing accord signed between Peru and Ecuador last year.', []),
])
def test_a_judgement_put_before_its_object(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A threat told by a participle that qualifies an actor inside what is spoken of says what
    # that actor does: no threat is made, nor is the act coordinated with it done.
    ("Chile will not tolerate a foreign government threatening Chilean fishermen, the Chilean president said.", []),
    ('"We will never tolerate the involvement of a foreign government threatening and killing Chilean citizens '
     'on Chilean soil," the Chilean president said.', []),
    # (A statement or a letter so qualified is a threat issued.)
    ("Chile issued a statement threatening retaliation against Peru.", [("THREATEN", ["CHL"], ["PER"])]),
])
def test_a_threatening_party_described_makes_no_threat(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A warning participle with no subject of its own shares the subject of the act it follows:
    # the warned measure is threatened, not taken.
    ("Chile expelled two Peruvian diplomats on Monday, warning of further sanctions against Peru.",
     [("SANCTION", ["CHL"], ["PER"]), ("THREATEN", ["CHL"], ["PER"])]),
    # (A danger warned of threatens nothing.)
    ("Chile called on Peru to withdraw the new quotas, warning that the dispute could escalate.",
     [("REQUEST", ["CHL"], ["PER"])]),
])
def test_a_warning_participle_shares_the_subject(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # What a warning holds is not done, even where no state is named as the one who warns.
    ("The bloc urged Peru to lift the quotas and warned of further sanctions.", ["REQUEST"]),
])
def test_a_warning_by_no_one_named_imposes_nothing(text, expected):
    assert [event for event, _, _ in coded(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # The states named after "between" in what a disapproval is about did it: they are the ones
    # disapproved of, not a topic.
    ("Chile criticized the security agreement between Peru and Bolivia.", [("ACCUSE", ["CHL"], ["BOL", "PER"])]),
    ("Chile sounded the alarm about the new defence pact between Peru and Bolivia.",
     [("ACCUSE", ["CHL"], ["BOL", "PER"])]),
    # (In talks they stay a topic.)
    ("The Chilean and Peruvian ministers discussed the exchange of prisoners between Ukraine and Russia in Lima.",
     [("CONSULT", ["CHL"], ["PER"])]),
])
def test_the_parties_to_what_is_disapproved_of(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # What the news happened in spite of was done before it: a protest so named is no new event
    # (the disapprovals of each text are compared).
    ("en", "Despite Chile's strong protest, Peru opened a consulate in Arica on Monday.", []),
    ("en", "On Monday, Peru, in disregard of Chile's repeated condemnation, opened a consulate in Arica.", []),
    ("fr", "Le Pérou a ouvert lundi un consulat à Arica, au mépris des protestations du Chili.", []),
    ("fr", "Malgré la condamnation du Chili, le Pérou a ouvert lundi un consulat à Arica.", []),
    # (The act itself stays: "condemned Peru despite its ties with Lima".)
    ("en", "Chile condemned Peru despite their economic ties.", [("ACCUSE", ["CHL"], ["PER"])]),
])
def test_what_the_news_happened_in_spite_of_is_not_told(lang, text, expected):
    assert [e for e in coded(text, lang) if e[0] == "ACCUSE"] == expected


@pytest.mark.parametrize("text, expected", [
    # "The statement condemned …": a statement told before speaks for those who made it, the
    # doers of the last thing stated, not one state of the document's pair.
    ("In the document released after two days of talks in Lima, representatives of Chile, Peru and Ecuador "
     "stressed their solidarity with Bolivia. The statement condemned Argentina's blockade of the river.",
     [("SUPPORT", ["CHL", "ECU", "PER"], ["BOL"]), ("ACCUSE", ["CHL", "ECU", "PER"], ["ARG"])]),
    # (A document is no speaker: "This agreement threatens stability" is no threat by its parties.)
    ("Chile and Peru signed a fishing agreement in Lima on Monday. This agreement threatens the livelihoods "
     "of fishermen in Ecuador, Ecuadorian officials said.",
     [("SUPPORT", ["CHL", "PER"], [])]),
])
def test_a_statement_speaks_for_its_authors(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "be / stand opposed to": a stance against what another does, told after a linking verb (no
    # passive: "by Peru" belongs to "set") or as a report's clause.
    ("Chile is strongly opposed to the fishing quotas set by Peru.", [("ACCUSE", ["CHL"], ["PER"])]),
    ("Chile says opposed to Peru's new fishing quotas", [("ACCUSE", ["CHL"], ["PER"])]),
    ("Chile said that it was opposed to Peru's new fishing quotas.", [("ACCUSE", ["CHL"], ["PER"])]),
    # (Not a participle that describes someone, a contrast, a stance denied or to come.)
    ("The parties opposed to the agreement with Peru boycotted the vote.", []),
    ("Chile prefers bilateral talks as opposed to a court ruling on the border with Peru.", []),
    ("Chile is not opposed to the fishing quotas set by Peru.", []),
    ("Chile will be opposed to the fishing quotas set by Peru.", []),
])
def test_being_opposed_to_is_disapproval(text, expected):
    assert coded(text) == expected
