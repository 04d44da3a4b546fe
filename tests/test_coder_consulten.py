"""English meetings (CONSULT): how English tells a visit's further audiences and the sides of a
meeting. Sentences written for these tests."""
import pytest

from coder_probes import coded


RECEIVED = "Kenyan President Uhuru Kenyatta received British Foreign Secretary Boris Johnson in Nairobi on Monday. "


@pytest.mark.parametrize("lang, text, expected", [
    # A visitor who then meets a host's official in another office, named as the object of the
    # meeting verb as well as after "with", has a second audience (DESIGN: one CONSULT per audience).
    ("en", RECEIVED + "Johnson met Kenyan Foreign Minister Amina Mohamed.",
     [("CONSULT", ["GBR"], ["KEN"]), ("CONSULT", ["GBR"], ["KEN"])]),
    ("en", RECEIVED + "He then met the Foreign Minister, Amina Mohamed.",
     [("CONSULT", ["GBR"], ["KEN"]), ("CONSULT", ["GBR"], ["KEN"])]),
    ("en", RECEIVED + "Johnson later met with Kenyan Foreign Minister Amina Mohamed.",
     [("CONSULT", ["GBR"], ["KEN"]), ("CONSULT", ["GBR"], ["KEN"])]),
    # (The host met again is the same audience, and the host's verb takes the visitor.)
    ("en", RECEIVED + "Johnson also met President Uhuru Kenyatta at State House.", [("CONSULT", ["GBR"], ["KEN"])]),
    ("en", RECEIVED + "Kenyatta met Johnson at State House.", [("CONSULT", ["GBR"], ["KEN"])]),
])
def test_a_visitors_next_audience(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A talk noun compounded into another thing's name qualifies that thing: no meeting held.
    ("en", "Qatar and Iraq concluded a hostage negotiation deal on Friday.", []),
    # (The talks themselves, and a summit named in a title, are still meetings.)
    ("en", "Qatar and Iraq held negotiations on Friday.", [("CONSULT", ["IRQ", "QAT"], [])]),
    ("en", "Qatar and Iraq held a summit meeting on Friday.", [("CONSULT", ["IRQ", "QAT"], [])]),
])
def test_a_talk_noun_qualifying_a_thing(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A participle of signalling set off after the meeting tells what it meant to a third state,
    # which is no side of it.
    ("en", "The American president held a bilateral meeting with Vietnamese leader Nguyen Phu Trong in Hanoi "
           "on Sunday, signalling a thaw with Japan.", [("CONSULT", ["USA", "VNM"], [])]),
    ("en", "The American president held a bilateral meeting with Vietnamese leader Nguyen Phu Trong in Hanoi "
           "on Sunday, sending a signal to Japan.", [("CONSULT", ["USA", "VNM"], [])]),
])
def test_a_signal_sent_to_a_third_state(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A headline's "says to" + infinitive reports what one means to do: a plan, not a meeting held.
    ("en", "Kenya minister says to discuss border issue with Ugandan counterpart", [("AGREE", ["KEN", "UGA"], [])]),
    # (What he says he did, or is said to have done, was done.)
    ("en", "Kenyan minister says he discussed the border issue with his Ugandan counterpart",
     [("CONSULT", ["KEN", "UGA"], [])]),
    ("en", "The Kenyan minister is said to have met his Ugandan counterpart.", [("CONSULT", ["KEN", "UGA"], [])]),
])
def test_said_to_do_is_a_plan(lang, text, expected):
    assert coded(text, lang) == expected
