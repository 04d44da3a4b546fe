"""Stage 2: states, sides and direction. Which states act in an event and which receive it:
from the people's titles, the states named in the sentence that are not places or topics, the
trigger's cues (a host receives, a visitor travels) and the place of the meeting.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..recognising.lexicon import fold
from ..recognising.people import Person
from .context import DIRECTED_TYPES, NON_STATE, Draft, Sentence, dedupe


#: Dependency labels of a verb's subject, and of the marks of its passive voice (UD and spaCy's English).
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass", "expl:subj")
PASSIVE_DEPS = ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass")


class SidesAndDirection:
    """Who acts and who receives, for a draft event in its sentence."""

    def _assign_states(self, draft: Draft, sent: Sentence) -> None:
        trig = draft.trigger
        if self._is_directed_type(draft):
            # "congratulated him and praised …": who says it to whom is told around the first
            # word of the act, not around a later verb of the same act.
            trig = min([t for t in sent.triggers if t.label_ == draft.event] + [trig], key=lambda t: t.start)
        before, after, places = [], [], []
        people_states = []
        for p in sent.people:
            person: Person = p._.value
            if self._person_excluded(sent, p):
                continue
            if person.country and person.country not in NON_STATE:
                people_states.append((p.start, person.country))
        subject_zone = self._subject_zone(trig)
        for c in sent.countries:
            if c.start_char < self.dateline_end:
                continue
            if self._is_place(c):
                places.append(c)
                continue
            if self._names_no_actor(c):
                continue
            if any(self._person_excluded(sent, p) and p.start <= c.start <= p.end + 8 for p in sent.people):
                continue
            if c.start < trig.start:
                if subject_zone is not None and not (subject_zone[0] <= c.start < subject_zone[1]):
                    continue  # before the verb but outside its subject ("Ahead of talks on X, …")
                before.append(c)
            elif self._between_topic(c, sent):
                continue  # "the exchange of prisoners between Ukraine and Russia": a topic
            elif draft.event not in ("CONSULT", "AGREE") or "host" in draft.cues or self._is_counterpart_state(c, sent):
                # After "received", a state is the visitor's ("a delegation of the Kazakh parliament").
                after.append(c)
        # An organisation speaking through its head ("the Secretary-General condemns …").
        heads = [(p.start, p._.value) for p in sent.people]
        heads += [(t.start, person) for t in sent.titles for person in self._titled_references(sent)
                  if person.title and fold(t.text) in fold(person.title)]
        for start, person in heads:
            if person.role == "org_head" and person.org and start < trig.start:
                row = self.orgs.get(person.org)
                draft.org_actor = row["actor_code"] if row else "IGO"
        subject = [c.label_ for c in before] + [s for pos, s in people_states if pos < trig.start and (
            subject_zone is None or subject_zone[0] <= pos < subject_zone[1])]
        objects = [c.label_ for c in after] + [s for pos, s in people_states if pos >= trig.start]
        sides = sent.cue("sides")
        subject, objects = dedupe(subject), [c for c in dedupe(objects) if c not in subject]
        subject, objects = self._sector_sides(draft, sent, subject, objects, subject_zone, places)
        if draft.org_actor:
            subject = [c for c in subject if c not in objects]
        # "The parties", "both sides": the sides of the meeting in focus, else the document's pair.
        parties = self.focus.ordered_states if self.focus is not None and self.focus.states else list(self.pair)
        if self.focus is not None:
            parties = [c for c in self.focus.actor + self.focus.recipient]
        if not subject and not objects and not draft.org_actor and (sides or draft.event in ("CONSULT", "AGREE", "SUPPORT")):
            # Without states, people or "the parties", only a meeting falls back on the document's pair;
            # a plan or a claim with no one named is someone else's ("the Security Council will discuss").
            subject = parties if sides else (list(self.pair) if draft.event != "AGREE" else [])
        elif sides and len(subject) + len(objects) < 2 and draft.event in ("CONSULT", "AGREE", "SUPPORT"):
            # One side named ("with the Ethiopian minister, … between the two countries"): the other
            # is the protagonist, the state in most of the events told so far.
            known = subject + objects
            if known and self.focus is not None:
                subject = dedupe(subject + self._protagonist_states(known)[:1])
            else:
                subject = dedupe(subject + [c for c in parties if c not in objects])

        if draft.event == "CONSULT" and len(set(subject + objects)) == 1 and self.focus is not None \
                and self.focus.event == "CONSULT":
            # "With the Beninese minister, the talks covered …": the other side is the protagonist.
            subject = dedupe(subject + self._protagonist_states(subject + objects)[:1])
        cues = draft.cues
        place_state = places[0].label_ if places else None
        if places:
            draft.place = (places[0].text, places[0].label_)
        if draft.event == "CONSULT":
            self._consult_direction(draft, sent, subject, objects, place_state)
        elif self._is_directed_type(draft):
            draft.directed = True
            if self._is_passive(trig):
                # "The ambassador was summoned by the minister": the subject undergoes the act and
                # the agent ("by", "par") does it, else the other state of the document's pair.
                subject, objects = [c for c in objects if c not in subject], subject
                if not subject and objects:
                    subject = [c for c in self.pair if c not in objects][:1]
            else:
                # "condemned the attack launched by Iran against Israel": who is condemned is the
                # one who did what the act is about, named after "by".
                agents = [c.label_ for c in after if self._after_agent_word(c)]
                if agents:
                    objects = [c for c in objects if c in agents]
            fallback = draft.event in ("ACCUSE", "SUPPORT") and not draft.org_actor
            draft.actor = subject or (list(self.pair[:1]) if fallback else [])
            draft.recipient = [c for c in objects if c not in draft.actor]
            if not draft.recipient and draft.event in ("REJECT", "REQUEST", "AGREE"):
                # Ruling out, asking for or promising a visit: its destination receives it.
                draft.recipient = [c for c in self._destinations(sent) if c not in draft.actor]
            if draft.event == "AID" and not draft.recipient:
                # Aid goes to where it is sent: "relief to those affected in Turkey and Syria"; a
                # place it passes through ("flown to El Arish in Egypt for Palestinians") is not a receiver.
                draft.recipient = dedupe([c.label_ for c in places if c.label_ not in draft.actor])
        elif draft.event == "AGREE" and ("visit" in cues or "host" in cues):
            self._consult_direction(draft, sent, subject, objects, place_state)
        else:
            draft.actor = dedupe(subject + objects)
        for c in sent.countries:
            if c.label_ in draft.states and c.label_ not in draft.entity_spans:
                draft.entity_spans[c.label_] = (c.text, c.start_char, c.end_char)

    @staticmethod
    def _is_directed_type(draft: Draft) -> bool:
        return draft.event in DIRECTED_TYPES or (draft.event == "SUPPORT" and "sign" not in draft.cues)

    def _after_agent_word(self, country: Span) -> bool:
        """Is the state named just after "by"/"par" ("by Iran", "par un haut responsable autrichien")?"""
        for token in reversed(self._prev_words(country, 5)):
            if token.pos_ == "ADP":
                return fold(token.text) in self.words.agent
        return False

    @staticmethod
    def _is_passive(trigger: Span) -> bool:
        """A trigger verb in the passive voice ("was summoned", "a été convoqué")."""
        verb = trigger.root
        return verb.pos_ in ("VERB", "AUX") and any(
            c.dep_ in PASSIVE_DEPS for c in verb.children)

    def _subject_zone(self, trigger: Span) -> tuple[int, int] | None:
        """Token range of a trigger verb's grammatical subject, when the parser found one; a verb
        coordinated with another ("received him and discussed …") shares that verb's subject."""
        verb = trigger.root
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if not subjects and verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            # "received him and discussed …" shares its subject; so does "X gave the ambassador
            # 72 hours to leave the country": the measure is X's.
            verb = verb.head
            subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if not subjects or all(s.pos_ == "PRON" for s in subjects):
            return None  # no subject, or a pronoun pointing elsewhere ("where she was received")
        tokens = [t.i for s in subjects for t in s.subtree]
        return min(tokens), max(tokens) + 1

    def _protagonist_states(self, known: list[str]) -> list[str]:
        """States of the events told so far, most frequent first, leaving out `known`."""
        counts: dict[str, int] = {}
        for d in self.drafts_so_far:
            for c in d.states:
                counts[c] = counts.get(c, 0) + 1
        # Ties go to the state the text names first: the protagonist of a release comes first.
        return sorted((c for c in counts if c not in known), key=lambda c: (-counts[c], self._first_seen(c)))

    def _first_seen(self, state: str) -> int:
        offsets = [s.start_char for s in self.doc.spans.get("countries", []) if s.label_ == state]
        offsets += [m[0] for p in self.people.values() if p.country == state for m in p.mentions]
        return min(offsets, default=len(self.text))

    def _between_topic(self, country: Span, sent: Sentence) -> bool:
        link = next((t for t in reversed(self._prev_words(country, 8)) if fold(t.text) in self.words.between), None)
        if link is None:
            return False
        return not any(t.end >= link.i - 2 and t.start < link.i for t in sent.triggers if t.label_ == "CONSULT")

    def _is_counterpart_state(self, country: Span, sent: Sentence) -> bool:
        """After a meeting verb, a state counts only as the other side ("with X", "between X and Y",
        an adjective in a person's title), not as a subject of discussion."""
        if any(t.start <= country.start < t.end for t in sent.titles):
            return True
        if (country._.value or ("", ""))[1] == "prefix" or self.text[max(0, country.start_char - 1)] == "-" \
                or self.text[country.end_char:country.end_char + 1] == "-":
            # "relations algéro-rwandaises" names both sides; "the Russia-Ukraine crisis" a topic.
            nouns = [c for c in sent.cue("bilateral_noun") if abs(c.start - country.start) <= 3]
            return bool(nouns) or any(abs(t.start - country.start) <= 3 for t in sent.triggers if t.label_ == "CONSULT")
        prev = [t for t in self._prev_words(country, 3) if t.pos_ != "DET"]
        if not prev:
            return False
        if prev[-1].pos_ == "CCONJ" or prev[-1].text == ",":
            # "with X and Y": a conjunct of the other side is the other side; "Ukraine, Russia and China"
            # after "including" are not.
            before = self.country_ending_at.get(prev[-1].i)
            return before is not None and before.start < country.start and self._is_counterpart_state(before, sent)
        link = prev[-1] if fold(prev[-1].text) in self.words.counterpart else None
        if link is None:
            return False
        if fold(link.text) in self.words.between:
            # "consultations between X and Y" names the sides; "the exchange of prisoners between
            # X and Y" names a topic: the word before "between" must be a meeting word.
            return any(t.end >= link.i - 2 and t.start < link.i for t in sent.triggers
                       if t.label_ == "CONSULT" or "sign" in self._cues(t))  # "la signature … entre X et Y"
        return True

    def _consult_direction(self, draft: Draft, sent: Sentence, subject, objects, place_state) -> None:
        cues = draft.cues | {c._.value for c in sent.cue("format")}
        states = dedupe(subject + objects)
        if "host" in cues and "visit" not in cues and (subject or objects):
            # "X received Y": Y visits X; "Y was received by X": the agent hosts. The visitors
            # may only be listed later ("the ambassadors are from …", see `_elaborate`).
            passive = self._is_passive(draft.trigger)
            visitor, host = (subject, objects[:1]) if passive else (objects, subject[:1])
            if not host and place_state and place_state not in visitor:
                host = [place_state]  # "X a reçu à Rabat une délégation …": one receives at home
            if not host:
                draft.actor = states
                return
            visitor = [c for c in visitor if c not in host]
            draft.mode = draft.mode or "visit"
            draft.actor, draft.recipient, draft.directed = visitor, host, True
            draft.cameo = "043" if draft.event == "CONSULT" else draft.cameo
            return
        if ("visit" in cues or self._destinations(sent)) and (objects or place_state or self._destinations(sent)):
            # ("During his visit to Kenya, he held meetings with …": the visit frames the meetings.)
            # The host is where the visit goes ("visit to Portugal", "en visite au Maroc").
            destinations = self._destinations(sent)
            host = destinations[:1] or [c for c in objects if c not in subject][:1] or (
                [place_state] if place_state else [])
            visitor = [c for c in subject if c not in host] or [c for c in states if c not in host][:1]
            if visitor and host:
                draft.mode = "visit"
                draft.actor, draft.recipient, draft.directed = visitor, host, True
                return
        if place_state and len(states) >= 2 and place_state in states:
            draft.mode = draft.mode or "visit"
            if "series" in cues or sent.cue("series"):
                draft.actor = states          # a round held in one side's capital: symmetric
            else:
                draft.actor = [c for c in states if c != place_state]
                draft.recipient, draft.directed = [place_state], True
            return
        draft.actor = states

    def _destinations(self, sent: Sentence) -> list[str]:
        """States named after "to"/"à"/"en"/"au" following a visit word in the sentence, or visited
        (the direct object of a visit verb)."""
        visits = [t for t in sent.triggers if "visit" in self._cues(t)]
        out = []
        for c in sent.countries:
            prev = [t for t in self._prev_words(c, 3) if t.pos_ != "DET"]
            if prev and fold(prev[-1].text) in self.words.destination and any(v.start < c.start for v in visits):
                out.append(c.label_)
            elif c.root.dep_ in ("obj", "dobj", "nmod") and not any(x.dep_ == "case" for x in c.root.children) \
                    and any(v.root.pos_ == "VERB" and c.root.head.i == v.root.i for v in visits):
                # "visited Uganda", "visitera la Gambie" (which the French parser may attach as nmod)
                out.append(c.label_)
        return dedupe(out)
