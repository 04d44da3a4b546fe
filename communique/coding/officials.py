"""Stage 2, officials: the states of offices named by title alone and of organisations' officials.

A title with no holder and no state refers back to the office the text named last ("le président
ivoirien Alassane Ouattara … Le Chef de l'Etat"), or speaks for the publisher's state; a state
written beside an organisation's official (a demonym, a remit) is the official's birth or field,
not a side of the event.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..recognising.lexicon import fold
from ..recognising.people import Person
from .context import NATIONAL_ROLES, NON_STATE, SUBJECT_DEPS, Sentence, is_plural

#: A title's role, and the roles of the holders it may refer back to: "the minister" is also
#: the foreign minister named before; a foreign minister's title only a foreign minister.
GENERIC_OFFICES = {"minister": {"minister", "foreign_minister"}}


class OfficialsStates:
    """The states officials speak for, where the text gives them only through a title."""

    #: (start, role, state, office) of the national offices the document names with their
    #: state, for titles that refer back to them (computed on first use).
    _offices_named: list[tuple[int, str, str, str | None]] | None = None

    def _unnamed_offices(self, sent: Sentence) -> list[tuple[int, str]]:
        """States of the national offices a sentence names by title alone as the subject of a
        verb, with no holder and no state ("Le ministre des Affaires étrangères a reçu …", "The
        Prime Minister received a call from …"): the publisher's state, as for a named holder
        (`DocumentContext._home_offices`), unless the text names that office for another state."""
        out = []
        for t in sent.titles:
            title = t._.value
            # A spokesperson of a ministry or a government ("le porte-parole du ministère des Affaires
            # étrangères", "a spokesperson for the Ministry") speaks for an office every state has.
            spokesperson = title.role == "senior_official" and any(t.start <= c.start < t.end for c in sent.cue("teller"))
            if title.country or title.org or not (title.role in NATIONAL_ROLES or spokesperson) \
                    or t.root.dep_ not in SUBJECT_DEPS:
                continue  # (the office that acts, the subject of its verb; not "in the presence of the Minister")
            if is_plural(t.root):
                continue  # "les ministres", "the two Prime Ministers": several holders, not one office
            if any(p.start <= t.end + 4 and p.end >= t.start - 2 for p in sent.people) or any(
                    p.title_span and p.title_span[0] < t.end_char and t.start_char < p.title_span[1]
                    for p in self.people.values()):
                continue  # the holder is named beside the title ("le Premier ministre (PM) X"): his state is his
            if any(t.start <= p.root.head.i < t.end or p.start <= t.root.head.i < p.end for p in sent.people):
                continue  # "Le ministre des Affaires étrangères, de la Coopération …, SEM X": in apposition
            if self._office_mentioned_only(t, sent):
                continue
            earlier = None if spokesperson else self._office_antecedent(t)
            if earlier:
                # "le président ivoirien Alassane Ouattara … Le Chef de l'Etat a condamné …": the
                # office named last with a holder or a state is the one the title refers back to.
                out.append((t.start, earlier))
                continue
            key = fold(t.text)
            holders = {p.country for p in self.people.values()
                       if p.title and key in fold(p.title) and p.country and p.country not in NON_STATE}
            holders |= {o._.value.country for o in self.doc.spans.get("titles", [])
                        if o._.value.country and o._.value.country not in NON_STATE and key in fold(o.text)}
            if self.home and holders <= {self.home}:
                # (Not when the text names another state's holder of the title: "le Premier
                # ministre" may then be his.)
                out.append((t.start, self.home))
        return out

    def _office_antecedent(self, title: Span) -> str | None:
        """The state of the office a title alone refers back to: the nearest person before it
        whose role is the title's ("le président ivoirien Alassane Ouattara" for "le Chef de
        l'Etat", "Foreign Minister X" for "the minister"), or the nearest title of that role
        naming a state ("le chef de la diplomatie mauricienne")."""
        if self._offices_named is None:
            titles = {t.start_char: t._.value for t in self.doc.spans.get("titles", [])}
            named = []
            for p in self.doc.spans.get("people", []):
                person: Person = p._.value
                office = titles.get(person.title_span[0]) if person.title_span else None
                named.append((p.start_char, person.role, person.country, office.office if office else None))
            named += [(start, t.role, t.country, t.office) for start, t in titles.items() if not t.org]
            self._offices_named = sorted(row for row in named
                                         if row[1] in NATIONAL_ROLES and row[2] and row[2] not in NON_STATE)
        value = title._.value
        roles = GENERIC_OFFICES.get(value.role, {value.role})
        for start, role, country, office in reversed(self._offices_named):
            if start < title.start_char and role in roles and not (office and value.office and office != value.office):
                return country  # (not a king for "le président", nor a president for "le Souverain")
        return None

    def _office_mentioned_only(self, title: Span, sent: Sentence) -> bool:
        """A title named as the sender of instructions or greetings ("sur instructions du Président
        de la République"), or inside another title ("l'envoyé spécial du Président"), whose
        holder takes no part."""
        if any(c.end <= title.start and title.start - c.end <= 12 for c in sent.cue("not_participant")):
            return True
        j = title.start - 1
        while j >= sent.span.start and (self.doc[j].pos_ == "DET" or fold(self.doc[j].text) in self.words.article):
            j -= 1
        if j >= sent.span.start and fold(self.doc[j].text) in self.words.of:
            return any(t.end == j for t in sent.titles)
        return False

    def _org_head_remit(self, span: Span, sent: Sentence) -> bool:
        """A state after the title of an organisation's head or envoy and a preposition of remit
        ("le représentant spécial du secrétaire général des Nations unies pour la Libye") is
        the office's field, not a side: the organisation acts."""
        j = span.start - 1
        while j > sent.span.start and (self.doc[j].pos_ == "DET" or fold(self.doc[j].text) in self.words.article):
            j -= 1
        if j <= sent.span.start or fold(self.doc[j].text) not in self.words.remit:
            return False
        return any(t.end == j and t._.value.role == "org_head" and t._.value.org for t in sent.titles)

    @staticmethod
    def _org_head_nationality(span: Span, sent: Sentence) -> bool:
        """A demonym just before the name of an organisation's head ("la Rwandaise Louise
        Mushikiwabo, secrétaire générale de l'OIF") is the official's birth, not a side: the
        organisation acts."""
        if (span._.value or ("", ""))[1] != "adjective":
            return False
        doc = span.doc
        for p in sent.people:
            person: Person = p._.value
            if person.role != "org_head" or not person.org or p.start < span.end:
                continue
            if all(t.pos_ == "DET" for t in doc[span.end:p.start]) and p.start - span.end <= 1:
                return True
        # (The name may go unrecognised: "le Mozambicain Leonardo Santos Simao, représentant
        # spécial du secrétaire général des Nations unies": the demonym used as a noun, a run
        # of capitalised words, a comma, then the organisation's title.)
        if span.start == 0 or doc[span.start - 1].pos_ != "DET":
            return False
        if OfficialsStates._after_org_title(span.start - 1, sent):
            return True
        j = span.end
        while j < len(doc) and j - span.end < 5 and doc[j].text[:1].isupper():
            j += 1
        if j == span.end or j >= len(doc) or doc[j].text != ",":
            return False
        return any(t.start == j + 1 and t._.value.role == "org_head" and t._.value.org for t in sent.titles)

    @staticmethod
    def _after_org_title(det: int, sent: Sentence) -> bool:
        """Does an organisation's head or envoy title end just before the comma that precedes
        token `det` ("La secrétaire générale de l'OIF, la Rwandaise Louise Mushikiwabo", "l'envoyé
        spécial du secrétaire général de l'Onu, le Mauritanien Ahmedou Ould-Abdallah")? The
        demonym in apposition to the title is the official's nationality, not a side."""
        comma = det - 1
        if comma <= sent.span.start or sent.span.doc[comma].text != ",":
            return False
        return any(0 <= comma - t.end <= 3 and t._.value.role == "org_head" and t._.value.org for t in sent.titles)

    def _apposed_org_official(self, person: Span, sent: Sentence) -> str | None:
        """The organisation of a person named after a demonym in apposition to an organisation's
        title ("la secrétaire générale de l'OIF, la Rwandaise Louise Mushikiwabo"), else None."""
        demonym = self.country_ending_at.get(person.start)
        if demonym is None or (demonym._.value or ("", ""))[1] != "adjective" or demonym.start == 0 \
                or self.doc[demonym.start - 1].pos_ != "DET" or not self._after_org_title(demonym.start - 1, sent):
            return None
        comma = demonym.start - 2
        return next((t._.value.org for t in sent.titles
                     if 0 <= comma - t.end <= 3 and t._.value.role == "org_head"), None)
