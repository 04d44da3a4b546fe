"""The state a named person speaks for, where the title itself names none.

Read from the words around the name: the superior served ("conseillère du président français"),
a state after the name ("le roi Salmane d'Arabie saoudite"), a demonym before it ("l'Angolais
X"), the delegation led ("la délégation malienne, conduite par X"), or an office brought in before
with its state ("A Chinese Foreign Ministry spokesperson … spokesperson X said").
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span, Token

from .lexicon import fold

#: "The Indian delegation was led by …", "la délégation malienne, conduite par …".
DELEGATION_WORDS = {"delegation", "delegations", "side", "team", "delegation", "partie", "equipe"}
LEADING_WORDS = ("led", "headed", "conduit", "dirige", "presid")
#: "Jamaica was represented by X", "la France sera représentée par X".
REPRESENTING_WORDS = ("represented", "represente")
#: The "of" between a titled name and its state ("le roi Salmane d'Arabie saoudite").
STATE_OF = frozenset({"of", "de", "du", "d'", "d’"})


def superior_country(doc: Doc, title: Span, titles: list[Span]) -> str | None:
    """"conseillère diplomatique du président français", "envoy of the President of
    Ghana": one who serves the holder of another title serves that holder's state."""
    j = title.end
    while j < len(doc) and j - title.end < 3 and fold(doc[j].text) in ("de", "du", "d'", "of", "the", "to", "au", "aupres"):
        j += 1
    if j == title.end:
        return None
    for t in titles:
        if t.start == j and t._.value.country:
            return t._.value.country
    return None


def state_after_name(doc: Doc, name: Span) -> str | None:
    """"le roi Salmane d'Arabie saoudite", "President Kofi Mensah of Ghana": a state named by
    its name right after a titled person's name, joined by "of", is the state of the title
    (a state's capital there is a place: "le président X de Ryad" is not said)."""
    j = name.end
    if j >= len(doc) or fold(doc[j].text) not in STATE_OF:
        return None
    j += 1
    if j < len(doc) and fold(doc[j].text) in ("la", "l'", "the"):
        j += 1
    for span in doc.spans.get("countries", []):
        if span.start == j and (span._.value or ("", ""))[1] in ("name", "alias"):
            return span.label_
    return None


def state_in_brackets(doc: Doc, name: Span) -> str | None:
    """"Milan Petrovic (Serbie), Ola Hansen (Royaume de Norvège)", "Juan Soto (Chile)": a state
    named alone in brackets right after a person's name is the state he speaks for (the form of
    lists of envoys and ambassadors). (Its name or a form of it, not a city: "X (Paris)" tells
    where he is, nor a word beside it: "(R-Texas)", "(Serbia's ambassador)".)"""
    j = name.end
    if j >= len(doc) or doc[j].text != "(":
        return None
    return next((span.label_ for span in doc.spans.get("countries", [])
                 if span.start == j + 1 and alone_in_brackets(doc, span)), None)


def alone_in_brackets(doc: Doc, country: Span) -> bool:
    """Is the state named by its name or a form of it, alone between brackets ("(Serbie)", "(Royaume
    de Norvège)"), the form `state_in_brackets` reads after a person's name?"""
    return country.start >= 1 and country.end < len(doc) and doc[country.start - 1].text == "(" \
        and doc[country.end].text == ")" and (country._.value or ("", ""))[1] in ("name", "alias", "form")


def delegation_country(doc: Doc, name: Span, title: Span | None, is_honorific: Callable[[Token], bool]) -> str | None:
    """"The Indian delegation was led by X", "la partie marocaine, conduite par X": the
    state of the delegation or side a person leads."""
    j = title.start if title is not None and title.end <= name.start else name.start
    j -= 1
    cut = 0  # a given name the named-entity model left out ("Shri Vinay | Mohan Kwatra")
    while j > 0 and (is_honorific(doc[j]) or doc[j].pos_ == "DET"
                     or (cut < 2 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper())):
        cut += doc[j].pos_ == "PROPN"
        j -= 1
    if j < 1 or fold(doc[j].text) not in ("by", "par"):
        return None
    sent_start = doc[j].sent.start
    if fold(doc[j - 1].text).startswith(REPRESENTING_WORDS):
        # "Jamaica was represented by Senator X", "la France sera représentée par X": the
        # state that is the subject, with nothing but auxiliaries between.
        k = j - 2
        while k >= sent_start and doc[k].pos_ == "AUX":
            k -= 1
        for span in doc.spans.get("countries", []):
            if span.end == k + 1 and span.start >= sent_start:
                return span.label_
        return None
    if not fold(doc[j - 1].text).startswith(LEADING_WORDS):
        return None
    for span in doc.spans.get("countries", []):
        if not (sent_start <= span.start and span.end <= j - 1 and j - 1 - span.end <= 8):
            continue
        near = doc[max(sent_start, span.start - 3): min(span.end + 2, j - 1)]
        if any(fold(t.text) in DELEGATION_WORDS for t in near):
            return span.label_
    return None


def unnamed_office_before(title: Span, titles: list[Span], used: set[int]) -> str | None:
    """"A Chinese Foreign Ministry spokesperson on Thursday called for … spokesperson Mao Ning
    said": an office brought in before with its state, no holder and an indefinite article is
    the one the later holder's bare title (the same office, the same head word) speaks of: the
    last such before it."""
    head = fold(title.root.text)
    doc = title.doc

    def served(t: Span) -> bool:
        # "envoyé spécial du Président des Emirats": an office named as whom another serves,
        # not one who acts.
        return any(0 <= t.start - u.end <= 2 and all(w.pos_ in ("ADP", "DET") for w in doc[u.end:t.start])
                   for u in titles if u.end <= t.start)
    def introduced(t: Span) -> bool:
        # "A Chinese Foreign Ministry spokesperson": an indefinite article brings in someone new;
        # "The Kenyan minister said" refers back to one named before.
        return t.start > 0 and "Ind" in doc[t.start - 1].morph.get("Definite")
    earlier = [t for t in titles if t.end <= title.start and t.start not in used and t.label_ == title.label_
               and t._.value.country and not t._.value.org and fold(t.root.text) == head and not served(t)
               and introduced(t)]
    return earlier[-1]._.value.country if earlier else None


#: The conjunction that joins two titled names ("X and Defense Minister Y", "X et le ministre Y").
JOINING_WORDS = frozenset({"and", "et"})


def coordinated_state(doc: Doc, title: Span, titled_before: dict[int, tuple[Span, str]]) -> str | None:
    """"Japanese Foreign Minister X and Defense Minister Y", "le ministre sénégalais du Pétrole
    X et le ministre de l'Energie Y": a state word that qualifies the first of two titled names
    joined by "and" with no comma qualifies the second too, when the second's title names no
    state and another office (the same office twice is two states': "the French President X and
    the President Y" would not be said of one state). `titled_before` maps the end of each name
    whose own title, right before it, names a state to that title and state."""
    j = title.start - 1
    # (Past the portfolio a title's words may leave out before it: "Defense" | "Minister".)
    while j > 0 and title.start - j <= 2 and doc[j].is_alpha and doc[j].text[:1].isupper() \
            and doc[j].ent_type_ not in ("PER", "PERSON"):
        j -= 1
    if j >= 0 and fold(doc[j].text) in ("le", "la", "l'", "l’"):  # (French repeats the article; English does not)
        j -= 1
    if j < 1 or fold(doc[j].text) not in JOINING_WORDS:
        return None
    first = titled_before.get(j)
    if first is None or first[0].label_ == title.label_:
        return None
    return first[1]


def demonym_before(doc: Doc, name: Span) -> str | None:
    """"l'Angolais Joao Lourenço", "the Kenyan Amina Otieno": a demonym just before the name."""
    j = name.start - 1
    while j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    for span in doc.spans.get("countries", []):
        if span.end in (name.start, j + 1) and span._.value and span._.value[1] == "adjective":
            return span.label_
    return None
