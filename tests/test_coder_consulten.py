"""English meetings (CONSULT): how English tells a visit's further audiences and the sides of a
meeting. Sentences written for these tests."""
import pytest

import communique


def coded(text, lang, published="2024-05-13"):
    """(type, actor codes, recipient codes) of each event of the text."""
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published).events]


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
