"""Organisations of an event: the frameworks DESIGN.md asks for, not every organisation the
sentences name. Each table is one fact of the language or of the genre, on sentences written
for it."""
import pytest

import communique


def event_of(text: str, lang: str, event: str):
    """The document's first event of the type."""
    record = communique.extract(text, lang=lang)
    events = [e for e in record.events if e.event == event]
    assert events, (event, [e.event for e in record.events])
    return events[0]


@pytest.mark.parametrize("lang, text, event, org", [
    # An organisation that acts (its secretary-general condemns, its council suspends a member)
    # is the event's actor, named by the actor's `org`; it is no framework of its own act.
    ("en", "The Secretary-General of the United Nations strongly condemned Tuesday's attack on a market in "
           "northern Mali.", "ACCUSE", "UN"),
    ("fr", "Le Secrétaire général de l'ONU a fermement condamné l'attaque de mardi contre un marché du nord du Mali.",
     "ACCUSE", "UN"),
    ("en", "The African Union suspended Niger from all its activities on Friday after the military takeover.",
     "SANCTION", "AU"),
    ("fr", "L'Union africaine a suspendu vendredi le Niger de toutes ses activités à la suite du coup d'État.",
     "SANCTION", "AU"),
])
def test_an_organisation_that_acts_is_not_its_own_framework(lang, text, event, org):
    e = event_of(text, lang, event)
    assert [a.org for a in e.actor] == [org], e.actor
    assert org not in e.organizations, e.organizations


@pytest.mark.parametrize("lang, text, event, org", [
    # A forum has no body of its own: what "the G7" says, its members say within it.
    ("en", "The G7 foreign ministers called on Iran to release the detained sailors.", "REQUEST", "G7"),
])
def test_a_forum_that_speaks_is_its_members_framework(lang, text, event, org):
    assert org in event_of(text, lang, event).organizations


@pytest.mark.parametrize("lang, text, absent", [
    # "On the margins of" a gathering in a sentence that tells only a plan frames the meeting to
    # come, not the talks the document reports before it.
    ("fr", "Le président sénégalais Macky Sall et le président gabonais Ali Bongo se sont entretenus au téléphone "
           "ce jeudi. Macky Sall se rendra ensuite au Brésil où il s'entretiendra avec le président russe, en marge "
           "du sommet des BRICS.", "BRICS"),
    ("en", "Indian Prime Minister Narendra Modi and Kenyan President William Ruto held talks by telephone on "
           "Thursday. Modi will then travel to Brazil, where he will meet the Russian president on the sidelines "
           "of the BRICS summit.", "BRICS"),
])
def test_the_margins_of_a_planned_meeting_do_not_frame_the_talks_held(lang, text, absent):
    assert absent not in event_of(text, lang, "CONSULT").organizations


@pytest.mark.parametrize("lang, text, event, org", [
    # French writes the Arab League's summit, and often the League, with a small letter.
    ("fr", "Le ministre algérien des Affaires étrangères s'est entretenu mardi avec son homologue tunisien, "
           "à la veille du 33e sommet arabe.", "CONSULT", "LAS"),
    ("fr", "Le ministre algérien des Affaires étrangères s'est entretenu mardi avec son homologue tunisien sur "
           "les dossiers inscrits à l'agenda de la ligue arabe.", "CONSULT", "LAS"),
])
def test_an_organisation_written_with_a_small_letter(lang, text, event, org):
    assert org in event_of(text, lang, event).organizations


@pytest.mark.parametrize("lang, text, state", [
    # A member of the European Commission ("commissaire européen", "EU Commissioner") acts for
    # the EU: the other side of a meeting with a state's official.
    ("fr", "Le ministre tunisien des Affaires étrangères, Ali Ben Salah, s'est entretenu mardi avec le "
           "commissaire européen à l'énergie, Jan Novak.", "TUN"),
    ("fr", "La commissaire européenne au commerce, Anna Berg, a rencontré lundi à Rabat le ministre "
           "marocain de l'Industrie.", "MAR"),
    ("en", "Kenyan Foreign Minister Amina Otieno met European Commissioner for Trade Jan Novak in Nairobi "
           "on Monday.", "KEN"),
    ("en", "Ghana's President held talks with EU Commissioner Anna Berg in Accra on Tuesday.", "GHA"),
])
def test_a_european_commissioner_meets_for_the_eu(lang, text, state):
    e = event_of(text, lang, "CONSULT")
    sides = e.actor + e.recipient
    assert sorted(a.code for a in sides) == sorted(["EUR", state]), sides
