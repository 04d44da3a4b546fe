"""Actors beyond governments: which state and sector an actor word or a named group stands for
("Kenyan police" -> KEN COP, "the Taliban" -> AFG REB, "protesters in Tbilisi" -> GEO CVL), and
the sides of an event they add to the states named in its sentence.

A sector word takes the state named next to it (an adjective or a possessive before it, "of X"
or "in X" after it), else the place of the sentence, else the document's main state; with no
state at all its code is XXX (ISO 3166's user-assigned code for an unspecified state).
"""
from __future__ import annotations

from spacy.tokens import Span

from ..recognising.lexicon import fold
from .context import DIRECTED_TYPES, STATEMENT_TYPES, Draft, Sentence, dedupe, points_back

#: Roles whose title's sector is the person's (others act for the government whatever their rank).
TITLE_SECTOR_ROLES = {"military_officer", "parliamentarian", "parliament_speaker", "other"}
#: The code of an actor whose state the text does not tell.
UNKNOWN_STATE = "XXX"
#: Words that may stand between a state and the actor word it qualifies: "Kenya's riot police",
#: "the Israeli air force", "les forces armées maliennes".
QUALIFIER_POS = {"ADJ", "DET", "PART", "PUNCT"}


def participant_sectors(draft: Draft) -> dict[str, str]:
    """Sector of each state from its people's titles, where the title tells more than the
    government: a general or a member of parliament, not an ambassador who is a general."""
    out: dict[str, str] = {}
    for p in draft.participants:
        if p.country and p.sector and (p.role in TITLE_SECTOR_ROLES or p.role is None):
            out.setdefault(p.country, p.sector)
        elif p.country:
            out[p.country] = "GOV"
    return out


class SectorActors:
    """The sector of each side of an event, and the sides that only sector words name."""

    def _sector_sides(self, draft: Draft, sent: Sentence, subject: list[str], objects: list[str],
                      subject_zone: tuple[int, int] | None, places: list[Span]) -> tuple[list[str], list[str]]:
        """Return `subject` and `objects` with the states of the actor words of the sentence
        added, and record each side's sector in `draft.sectors`."""
        trig = draft.trigger
        # (Titles too: "le ministre des Affaires étrangères" is an office, whose state the titles tell.)
        people = [(p.start, p.end) for p in sent.people] + [(t.start, t.end) for t in sent.titles]
        for span in sent.actors:
            if self._in_dateline(span):
                continue
            if (span._.value or {}).get("kind") != "group" and any(s <= span.start < e for s, e in people):
                continue  # a word of a person's name or title; a group is a group even if parsed as a name
            code, own, named = self._actor_state(span, sent, places)
            sector = span.label_
            # "Special forces of India and the US", "Indian and US troops": each state named with them.
            conjuncts = self._conjoined(named, sent) if named is not None else []
            # The trigger may name its own actors ("protesters", "strikers"): they act.
            if span.end <= trig.start or span.start < trig.end:
                if subject_zone is not None and not (subject_zone[0] <= span.start < subject_zone[1]):
                    continue
                if code is None:
                    if subject:
                        continue  # a state already acts: the words describe it ("the government")
                    # (A government word making a statement speaks as the last speaker did: "the
                    # ministry also called on …". Others, "quake victims", keep the document's state.)
                    # (Nor, for aid, the state it is for, named after it: "planes left with aid
                    # for the Palestinians" are the sender's.)
                    told_after = self._states_after(draft, sent) | (set(objects) if draft.event == "AID" else set())
                    code = self._context_state(places, told_after=told_after,
                                               speaker=sector == "GOV" and draft.event in STATEMENT_TYPES,
                                               office=sector == "GOV")
                if code not in subject:
                    subject = subject + [code]
                for state in [code] + [c for c in conjuncts if c in subject]:
                    self._set_sector(draft, state, sector)
            elif draft.event == "CONSULT" and own and code not in subject and self._met(span, trig):
                # The other side of a meeting named by what it is: "held talks with a Yemeni rebel
                # official", "a rencontré des responsables syriens".
                objects = dedupe(objects + [code])
                self._set_sector(draft, code, sector)
            elif draft.event in ("AGREE", "SUPPORT") and own and code not in subject and not any(
                    c.label_ == code and c is not named for c in sent.countries):
                # A promise or support to a state named only by its army, police…: "s'est engagée
                # à fournir un soutien à l'armée camerounaise" is to Cameroon's military.
                self._set_sector(draft, code, sector)
            elif draft.event in DIRECTED_TYPES and own and code not in subject and not (
                    draft.event != "AID" and self._in_other_clause(span, trig) and not self._after_agent_word(span)):
                # The receiving side only from words that name their own state: "the attack on
                # Malian soldiers" names them; "condemned the attack by gunmen" names no one.
                # (Nor words in a relative clause that describes what the act is about: "condemned
                # the attack that happened outside the British Parliament" tells where it happened,
                # not who is condemned. A participle may tell the target of the act itself: "les
                # allégations de torture visant l'armée péruvienne".)
                objects = dedupe(objects + [code])
                for state in [code] + [c for c in conjuncts if c in objects]:
                    self._set_sector(draft, state, sector)
        if not subject and not draft.org_actor:
            subject = self._stateless_speaker(draft, sent, subject_zone, places)
        if not subject and not draft.org_actor and draft.event in STATEMENT_TYPES:
            subject = self._statement_authors(draft, sent) or self._first_person_speaker(draft, sent, objects)
        if not subject and not draft.org_actor and "CONSULT" not in (draft.event, draft.trigger.label_):
            subject = self._named_subject(draft, sent, objects, places)
        return subject, objects

    def _named_subject(self, draft: Draft, sent: Sentence, objects: list[str], places: list[Span]) -> list[str]:
        """The grammatical subject of the act when it names no state: an organisation ("the
        European Commission announced aid", "WHO is providing assistance") acts under its own
        code; any other noun phrase ("the Federal Foreign Office", "the strikers' union") acts
        for a state the text does not tell (XXX, sector UNK). A meeting is left out: it needs
        states on both sides, and so does a meeting to come ("the Security Council will discuss")."""
        zone = self._acting_zone(draft.trigger)
        if zone is None:
            return []
        for org in sent.organisations:
            if zone[0] <= org.start < zone[1]:
                row = self.orgs.get(org.label_)
                draft.org_actor = row["actor_code"] if row else "IGO"
                draft.organizations = dedupe(draft.organizations + [org.label_])
                return []
        head = self.doc[zone[2]]
        if head.pos_ not in ("PROPN", "NOUN") or head.i in self.trigger_tokens:
            return []  # "a car bomb killed …": the act itself, no actor named
        # A title, a person, "both sides" or a state in the subject speak for a state the
        # context knows ("the Home Minister praised …"): not an unknown actor.
        told = sent.titles + sent.people + sent.cue("sides") + sent.countries
        if any(zone[0] <= s.start < zone[1] or s.start <= head.i < s.end for s in told):
            return []
        if any(c.start <= head.i < c.end for c in sent.cue("statement")):
            # "The statement strongly condemned …", "Le communiqué condamne …": the words of the
            # state that spoke last, else of the publisher's.
            speaker = self._last_speaker() or self.home
            return [speaker] if speaker and speaker not in objects else []
        words = self.doc[zone[0]:zone[1]]
        verb = draft.trigger.root
        if verb.dep_ == "advcl" and any(t.dep_ == "mark" or t.pos_ == "SCONJ" for t in list(verb.children) + list(words)):
            return []  # "when two states break off relations, …": a condition, no one's act
        # Words the recognisers do not know, in a text about known states, most likely name one
        # of them or their people ("the delegations decided", "Kassym-Jomart Tokaïev" split at a
        # line break): theirs, not a new actor. So do a document or a meeting ("the agreement provides").
        if len(self.sentences) > 1 and self.pair or any(d.start <= head.i < d.end for d in sent.cue("document")):
            return []
        # A person's name the people recogniser did not place speaks for the state in context.
        person = any(t.ent_type_ in ("PERSON", "PER") for t in words)
        code = self._context_state(places) if person else UNKNOWN_STATE
        if code in objects:
            return []
        if code == UNKNOWN_STATE and not objects and len(self.sentences) > 1:
            # Inside a longer text, an act of a body the text does not place, aimed at no state
            # ("the Board decided to keep the rate", "the Chief Observer called for"), is its
            # background: the story's own actors are named.
            return []
        self._set_sector(draft, code, "UNK")
        return [code]

    def _acting_zone(self, trigger: Span) -> tuple[int, int, int] | None:
        """Token range and head of the subject that does the act: the trigger verb's subject, or
        for a noun trigger the subject of the verb whose object it is ("announced aid"); a
        pronoun subject of a reported clause hands over to the reporting verb's subject ("X
        says it is providing …"). None when there is no such subject."""
        tok = trigger.root
        for _ in range(4):
            if tok.pos_ in ("VERB", "AUX"):
                subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
                named = [s for s in subjects if s.pos_ != "PRON"]
                if named:
                    if any(c.dep_ in ("auxpass", "aux:pass") for c in tok.children):
                        return None  # a passive's subject undergoes the act
                    tokens = [t.i for s in named for t in s.subtree]
                    return min(tokens), max(tokens) + 1, named[0].i
                # ("… and provided aid", "agreed to send": the subject of the verb they hang on.)
                shares = not subjects and tok.dep_ in ("conj", "xcomp", "advcl")
                if not shares and not (subjects and tok.dep_ == "ccomp"):
                    return None
            elif tok.dep_ not in ("dobj", "obj"):
                return None
            if tok.head.i == tok.i:
                return None
            tok = tok.head
        return None

    def _met(self, span: Span, trigger: Span) -> bool:
        """Is the actor word the one met: the meeting verb's object, or after a counterpart word
        ("with", "avec") that hangs on the meeting word?"""
        tok = span.root
        while tok.dep_ in ("compound", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and not (
                trigger.start <= tok.head.i < trigger.end):
            tok = tok.head  # "Yemeni rebel leaders": the phrase's head noun
        head = tok
        for _ in range(4):
            if trigger.start <= tok.head.i < trigger.end:
                # (The object itself, not a word inside it: "discussed the attack on soldiers".)
                return (tok.dep_ in ("dobj", "obj") and tok.i == head.i) or (
                    (tok.dep_ in ("prep", "nmod") or tok.dep_.startswith("obl")) and (
                    fold(tok.text) in self.words.counterpart or any(
                        c.dep_ in ("case", "prep") and fold(c.text) in self.words.counterpart for c in tok.children)))
            if tok.dep_ == "pobj" and fold(tok.head.text) in self.words.counterpart and \
                    trigger.start <= tok.head.head.i < trigger.end:
                return True
            if tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    def _stateless_speaker(self, draft: Draft, sent: Sentence, subject_zone: tuple[int, int] | None,
                           places: list[Span]) -> list[str]:
        """A person who acts with no state known ("President Herrera refused …"): the state in
        context, with the sector of their title."""
        for p in sent.people:
            person = p._.value
            if p.start >= draft.trigger.start or person.country or person.org or self._person_excluded(sent, p):
                continue
            if subject_zone is not None and not (subject_zone[0] <= p.start < subject_zone[1]):
                continue
            code = self._context_state(places, told_after=self._states_after(draft, sent),
                                       speaker=draft.event in STATEMENT_TYPES)
            self._set_sector(draft, code, person.sector or ("GOV" if person.role else "UNK"))
            return [code]
        return []

    def _statement_authors(self, draft: Draft, sent: Sentence) -> list[str]:
        """Who speaks through a statement told before, when the statement itself is the subject
        ("In the document released …, the US, the UK and Japan stressed their solidarity …. The
        statement condemned …"): the doers of the last thing stated (an event of a statement type)
        or of the last event told in a sentence that names a statement. A statement named for the
        first time ("a statement condemned") points back to none."""
        verb = draft.trigger.root
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        # (A document is no speaker: "This agreement threatens stability" names a thing.)
        if not subjects or not any(c.start <= subjects[0].i < c.end for c in sent.cue("statement")) or not any(
                c.dep_ == "det" and points_back(c) for c in subjects[0].children):
            return []
        for told in reversed(self.drafts_so_far):
            told_in = self.sentences[told.sentence]
            if told.actor and (told.event in STATEMENT_TYPES or told_in.cue("statement")):
                return [c for c in told.actor if c in told.states]
        return []

    def _set_sector(self, draft: Draft, code: str, sector: str) -> None:
        # Of a government and its army named together, the more specific sector tells the actor.
        if draft.sectors.get(code, "GOV") == "GOV":
            draft.sectors[code] = sector

    def _actor_state(self, span: Span, sent: Sentence, places: list[Span]) -> tuple[str | None, bool, Span | None]:
        """The state an actor word names itself (a named group's, or a state next to the words),
        with True and the state's words; else (None, False, None)."""
        value = span._.value or {}
        if value.get("code"):
            return value["code"], True, None
        for c in sent.countries:
            if c.end <= span.start and span.start - c.end <= 3 and all(
                    t.pos_ in QUALIFIER_POS or t.dep_ in ("compound", "amod") for t in self.doc[c.end:span.start]):
                return c.label_, True, c
            if c.start >= span.end and c.start - span.end <= 3:
                between = self.doc[span.end:c.start]
                if (c._.value or ("", ""))[1] == "adjective" and all(t.pos_ == "ADJ" for t in between):
                    return c.label_, True, c  # "la police sénégalaise", "les forces armées maliennes"
                links = [t for t in between if t.pos_ != "DET"]
                if links and all(fold(t.text) in self.words.of | self.words.place for t in links):
                    return c.label_, True, c
            if c.start <= span.start and c.end >= span.end:
                return c.label_, True, c
        return None, False, None

    def _conjoined(self, named: Span, sent: Sentence) -> list[str]:
        """The states named in one list with `named` ("India and the US", "Indian and US")."""
        out, seen = [], {named.start}
        changed = True
        while changed:
            changed = False
            for c in sent.countries:
                if c.start in seen:
                    continue
                for other in [x for x in sent.countries if x.start in seen]:
                    a, b = (other, c) if other.start < c.start else (c, other)
                    between = self.doc[a.end:b.start]
                    if 0 < len(between) <= 2 and any(t.pos_ == "CCONJ" or t.text == "," for t in between) and all(
                            t.pos_ in ("CCONJ", "DET", "PUNCT") for t in between):
                        seen.add(c.start)
                        out.append(c.label_)
                        changed = True
                        break
        return out

    def _context_state(self, places: list[Span], told_after: set[str] = frozenset(), speaker: bool = True,
                       office: bool = False) -> str:
        """The state of an actor word that names none: the sentence's place, else the state that
        last spoke alone in the document, else the document's. Of the document's pair, not one
        the sentence names after the act (`told_after`): "The ministry condemned the attack on
        the Spanish parliament" is not Spain's ministry, which would not need its state told."""
        if office:
            # "The ministry condemned the attack on Peru": not where what it condemns took place
            # (a person's is: "President X refused to release the prisoners held in Abuja").
            places = [p for p in places if p.label_ not in told_after]
        if places:
            return places[0].label_
        last = self._last_speaker() if speaker else None
        if last is not None:
            return last
        if office and self.home:
            # "The Ministry of Foreign Affairs thanked both governments for the confidence placed
            # in the UAE" in a text its own state's agency publishes: a ministry the text does not
            # place is the publisher's, which it may name in what it says of itself.
            return self.home
        # (Not a state the text calls a brother or a sister: "le gouvernement égyptien frère" is
        # whom the ministry speaks to; when the pair has no other, the ministry's state is untold.)
        kin = self._kin_states()
        return next((c for c in self.pair if c not in told_after and c not in kin), None) or (
            self.pair[0] if self.pair and self.pair[0] not in kin else UNKNOWN_STATE)

    def _states_after(self, draft: Draft, sent: Sentence) -> set[str]:
        """The states a statement or a promise names after its words, as what it is about
        ("condemned the attack on the Spanish parliament", "pledged to back Angola's bid"); not
        the sides of a relation after "between" ("urged the two sides to upgrade the agreement
        between Viet Nam and …"), which may be the speaker's own. Other acts name their doer's
        own people after them ("the arrest of Venezuela's citizens")."""
        if draft.event not in STATEMENT_TYPES | {"AGREE"}:
            return set()
        return {c.label_ for c in sent.countries if c.start >= draft.trigger.end
                and not any(fold(t.text) in self.words.between for t in self._prev_words(c, 2))}

    def _last_speaker(self) -> str | None:
        """The one state that did the statement told last ("The Ministry condemned the attack in
        London … The ministry also called on …": the ministry is the one that condemned), where
        the document's pair ranks states by how often they are named, and the state a statement
        is about is named as often as the one that makes it."""
        for draft in reversed(self.drafts_so_far):
            if draft.event in STATEMENT_TYPES and draft.directed and not draft.org_actor:
                return draft.actor[0] if len(draft.actor) == 1 else None
        return None
