"""Stage 4, the document pass: one event told over several sentences. A sentence that only
tells more of the event in focus elaborates it (said, praised or chaired in the talks, a
courtesy, the next audience of a round); the same meeting, plan or measure told again merges
into the event already drafted (`merging.EventMerging`)."""
from __future__ import annotations

from ..recognising.lexicon import fold
from ..recognising.people import Person
from .context import MEETING_CUES, Draft, Sentence, dedupe
from .tables import PRAISE_CAMEO

#: Dependencies from a praise verb to its object, and from a preposition to its noun or to its
#: gerund ("for receiving him").
OBJECT_DEPS = frozenset({"obj", "dobj", "obl", "obl:arg", "obl:mod", "iobj"})
PREP_DEPS = frozenset({"prep"})
PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})


class Retelling:
    """Telling more of one event: what elaborates the event in focus rather than makes a new one."""

    def _implied_talks(self, focus: Draft | None, sent: Sentence) -> Draft | None:
        """"X and Y signed a memorandum. The ministers stressed …": a signing whose sides then
        discuss matters implies their talks, a meeting of its own."""
        if focus is None or focus.event != "SUPPORT" or "sign" not in focus.cues or not focus.participants:
            return None
        if not any(c.start - sent.span.start <= 3 for c in sent.cue("sides")) or not (sent.topics or sent.organisations):
            return None  # "the ministers stressed …" opens the sentence: they act in it
        talks = Draft("CONSULT", None, "040", {"meet"}, sent.index, sent.span)
        talks.actor = list(focus.actor) + [c for c in focus.recipient if c not in focus.actor]
        talks.participants = list(focus.participants)
        talks.entity_spans = dict(focus.entity_spans)
        return talks

    def _next_audience(self, focus: Draft | None, sent: Sentence, drafts: list[Draft]) -> Draft | None:
        """"Enfin, Attaf a exploré avec le ministre du Bénin, X, …": in a round of bilateral meetings,
        a sentence bringing a counterpart of a new state is the next meeting, even with no meeting word."""
        if focus is None or focus.event != "CONSULT" or focus.aux or self._is_multilateral(focus) or len(focus.states) < 2:
            return None
        home = [c for c in focus.ordered_states if any(c in d.states for d in drafts if d is not focus)]
        round_of_envoys = self._round_of_envoys(focus)
        for p in sent.people:
            person: Person = p._.value
            if not person.role or not person.country or person.country in focus.states or self._person_excluded(sent, p):
                continue
            if round_of_envoys and person.role in ("ambassador", "envoy") \
                    and not any(person.country in d.states for d in drafts if d.event == "CONSULT"):
                # "En tête, l'on avait S.E. X, ambassadeur désigné du royaume d'Espagne": in a host's
                # round of audiences to envoys (credentials, farewells), a sentence bringing the envoy
                # of a new state is that envoy's audience, told with no meeting word of its own.
                talks = Draft("CONSULT", focus.mode, focus.cameo, set(focus.cues), sent.index, sent.span)
                talks.actor = [person.country]
                talks.recipient = list(focus.recipient)
                talks.directed = True
                talks.participants = [person] + [q for q in focus.participants if q.country in focus.recipient]
                talks.format = focus.format
                return talks
            start = min(p.start, *[t.start for t in sent.titles if t.end <= p.start and p.start - t.end <= 3]) \
                if any(t.end <= p.start and p.start - t.end <= 3 for t in sent.titles) else p.start
            if not any(fold(t.text) in self.words.with_ for t in self._prev_words(self.doc[start:p.end], 4)):
                continue
            talks = Draft("CONSULT", focus.mode, focus.cameo, set(focus.cues), sent.index, sent.span)
            talks.actor = dedupe(home[:1] + [person.country])
            talks.participants = [person]
            talks.format = focus.format
            return talks
        return None

    def _round_of_envoys(self, focus: Draft) -> bool:
        """Is the event in focus a host's audience in a round of audiences to foreign envoys: a visit
        with one host receiving, and an audience to that host whose visitor is an ambassador or
        envoy (its sentence names one's title)?"""
        if not focus.directed or len(focus.recipient) != 1 or len(focus.actor) != 1 or focus.mode != "visit":
            return False
        # (Or the round's first audience was one: "S.E. X a, comme les autres, présenté ses lettres".)
        audiences = [d for d in self.drafts_so_far if d.event == "CONSULT" and d.directed and d.recipient == focus.recipient]
        return any(p.role in ("ambassador", "envoy") and p.country in d.actor for d in audiences for p in d.participants) \
            or any(t.label_ in ("ambassador", "envoy") for d in audiences for t in self.sentences[d.sentence].titles)

    def _only_elaborates(self, draft: Draft, focus: Draft | None, sent: Sentence) -> bool:
        """"They also discussed …", "il a été question de …": talk about the meeting in focus,
        with no new person, date, medium or round of its own, is not another meeting."""
        if focus is None or focus.event != "CONSULT" or focus.aux or draft.event != "CONSULT" or draft.aux:
            return False
        if self._on_margins(sent) or (self._is_multilateral(focus) and len(draft.states) <= 2
                                      and [p for p in draft.participants if p not in focus.participants]):
            return False  # a bilateral meeting on the margins of a summit is a meeting of its own
        if self._audience_in_another_office(focus, sent):
            return False  # "he then held a meeting with the Foreign Minister": the visit's next audience
        if self._another_of_its_kind(draft, self.drafts_so_far):
            return False  # "another meeting", "un autre entretien": one more
        if self._met_after_a_meeting(draft):
            return False  # "After her meeting with X, May met Y": the next audience
        specific = {"phone", "virtual", "visit", "host", "multilateral"}
        # People of the same sides (or of no known side) are still the same meeting's people.
        new_sides = [p for p in draft.participants if p not in focus.participants
                     and p.country and p.country not in focus.states]
        return not new_sides and not sent.dates and not (draft.cues & specific) and draft.series is None

    def _chaired_again(self, draft: Draft, focus: Draft | None, sent: Sentence) -> bool:
        """"The talks were chaired by X", "La réunion a été présidée par X", "The meeting, chaired by
        X, is the first since …": the meeting's noun, definite, said to be chaired, is the meeting
        in focus told again (held, or the one announced), not another; its chair takes part in it."""
        if focus is None or not ((draft.event == "CONSULT" and not draft.aux) or (draft.event == "AGREE" and draft.aux == "future")):
            return False
        if not ((focus.event == "CONSULT" and not focus.aux)
                or (focus.event == "AGREE" and focus.aux == "future" and focus.cues & MEETING_CUES)):
            return False
        root = draft.trigger.root
        if root.pos_ != "NOUN":
            return False
        definite = self._definite_noun(root)
        # (Or attended: "The virtual meeting was attended by representatives of X, Y and Z".)
        chairing = {tok.i for kind in ("chair", "attendance") for c in sent.cue(kind) for tok in c}
        said_chaired = (root.dep_.split(":")[0] in ("nsubj", "nsubjpass") and root.head.i in chairing) \
            or any(c.i in chairing and c.dep_.split(":")[0] == "acl" for c in root.children)
        # (A round named with its number, "Cette 38e session …, présidée par X, a rassemblé …", merges
        # as the meeting it is, its round with it.)
        return definite and said_chaired and draft.series is None

    def _add_chairs(self, focus: Draft, sent: Sentence) -> None:
        """Add the titled people a sentence names as chairing (the agent of a chairing verb)."""
        chairing = {tok.i for c in sent.cue("chair") for tok in c}
        for p in sent.people:
            person: Person = p._.value
            token = p.root
            for _ in range(4):
                if token.dep_.split(":")[0] in ("conj", "appos", "flat", "compound"):
                    token = token.head
                elif token.dep_ == "pobj" and token.head.dep_ == "agent":
                    token = token.head
                else:
                    break
            if token.head.i in chairing and token.dep_ in ("agent", "obl:agent") and (person.role or person.title) \
                    and not self._person_excluded(sent, p) and person not in focus.participants:
                focus.participants.append(person)

    def _visit_told_again(self, draft: Draft, drafts: list[Draft]) -> bool:
        """"La visite du président français s'inscrit dans une tournée …" after "à l'occasion de la
        visite d'État du président Emmanuel Macron dans la Grande Île": a visit noun with the
        definite article whose own visitor (named after "de"/"of") already visits in an event told
        before names that visit again; it is no new visit."""
        noun = draft.trigger.root
        if draft.event != "CONSULT" or draft.aux or "visit" not in draft.cues or noun.pos_ != "NOUN" \
                or not any(c.dep_ == "det" and "Def" in c.morph.get("Definite") and not
                           set(c.morph.get("PronType")) & {"Dem"} and "Yes" not in c.morph.get("Poss")
                           for c in noun.children):
            return False
        sent = self.sentences[draft.sentence]
        own = self._visitors_named_by_the_visit(draft, sent)
        visits = [d for d in drafts if d.event == "CONSULT" and d.aux is None and d.directed and "visit" in d.cues]
        if own:
            return any(set(own) <= set(d.actor) for d in visits)
        # "President Biden called the visit “historic”", "la visite a permis …": the visit, naming
        # no visitor of its own, is the one visit told so far, between its sides. (Not "the previous
        # visit", "la prochaine visite", "the first visit": words that set it apart from that one.)
        apart = {tok.i for kind in ("recalled", "repetition", "ordinal", "one_more") for c in sent.cue(kind) for tok in c}
        if any(t.i in apart for t in self.doc[max(noun.i - 3, sent.span.start):noun.i + 1]) \
                or any(c.i in apart for c in noun.children):
            return False
        return len(visits) == 1 and bool(draft.states) and draft.states <= visits[0].states

    def _visit_under_way_again(self, draft: Draft, drafts: list[Draft]) -> bool:
        """"Arrived in Beijing on Thursday … hopes the visit will further cement the consensus": a
        visit noun with the definite article, or with a possessor, which makes it as definite
        ("Johnson's visit will advance relations", "sa visite"), told with a verb in the future after
        a visit under way or held between the same states, is that visit again (what it will bring),
        no visit to come. ("The next visit", "the upcoming visit", with a future marker on the noun
        itself, and a visit to another host are plans of their own.)"""
        if draft.event != "AGREE" or draft.aux != "future" or "visit" not in draft.cues:
            return False
        noun = draft.trigger.root
        if noun.pos_ != "NOUN" or not (self._definite_noun(noun) or self._possessed(draft.trigger)
                                       or any(c.dep_ in ("poss", "nmod:poss") for c in noun.children)):
            return False
        sent = self.sentences[draft.sentence]
        if any(c._.value == "future" and (c.root.head.i == noun.i or 0 <= noun.i - c.end <= 2) for c in sent.cue("aux")):
            return False
        destinations = set(self._destinations(sent))
        return any(d.event == "CONSULT" and d.aux is None and d.directed and "visit" in d.cues
                   and draft.states <= d.states and destinations <= set(d.recipient) for d in drafts)

    def _talks_of_the_meeting_held(self, draft: Draft, focus: Draft | None, sent: Sentence) -> bool:
        """"Talks between Putin and Kim began on Wednesday at the cosmodrome. … The two leaders will
        inspect the cosmodrome and then sit down for talks": in the report of a meeting held or under
        way, talks to come of the very same states, told by a word of meeting with no date, round or
        word of repetition of their own ("again", "further", "à nouveau", "la prochaine"), are the
        rest of that meeting's programme, not another plan."""
        if focus is None or focus.event != "CONSULT" or focus.aux or draft.event != "AGREE" or draft.aux != "future":
            return False
        # (Told in a later sentence: a plan beside the meeting in its own sentence is another act.)
        if draft.sentence <= focus.sentence or not self._talks_word(draft) or draft.series is not None or sent.dates or sent.cue("ordinal"):
            return False
        if len(draft.states) < 2 or draft.states != focus.states or self._is_multilateral(focus):
            return False
        # (Talks placed elsewhere are another meeting: "visited the camps … will hold a meeting with
        # the foreign secretary in Dhaka".)
        if draft.place and focus.place and draft.place[0] != focus.place[0]:
            return False
        return not sent.cue("repetition")

    def _said_in_talks(self, draft: Draft, focus: Draft | None, sent: Sentence, drafts: list[Draft]) -> bool:
        """"Ils se sont entretenus au téléphone. … Ils ont évoqué les sujets sur lesquels ils sont convenus
        de travailler : la lutte contre le terrorisme, …", "The two ministers met in New York. … They
        underscored the importance of cooperation on regional peace, counterterrorism …": in the report of
        talks held, a statement of the very sides of the talks, told after them with no day of its own,
        or a statement or a promise whose sentence tells what was discussed, was made in the talks: the matters it
        names are theirs too (it stays an event of its own). (Not a signing: the matters of a signed text
        are the text's.)"""
        if focus is None or focus is draft or focus.event != "CONSULT" or focus.aux \
                or draft.event not in ("SUPPORT", "AGREE") or "sign" in draft.cues or draft.sentence <= focus.sentence:
            return False
        if any(len(d.value or "") == 10 for d in sent.dates) or self._recalls_earlier(sent, drafts):
            return False
        sides = len(draft.states) >= 2 and draft.states <= focus.states
        # (A word of talks in the future tells the talks to come, not those held: "a Strategic Dialogue
        # where the counterparts will discuss …".)
        told = any(not self._future_verb(sent, c.root) for c in sent.cue("discussed"))
        return told and draft.states <= focus.states or (draft.event == "SUPPORT" and sides)

    def _praise_in_talks(self, draft: Draft, focus: Draft | None, sent: Sentence, drafts: list[Draft]) -> bool:
        """"The 15th consultations were held in New Delhi. … The UK commended India's priorities as
        G20 president": in the report of bilateral talks, one side's praise (cue `praise`) of the
        other, told after the talks with no date of its own, is what was said in them, not a
        support of its own. (A signing, a recognition, backing or thanks are not praise words;
        praise of a third state, or told on another day, stands apart; so does praise in a text
        that also tells aid or cooperation between the sides: it may praise that act.)"""
        if focus is None or focus.event != "CONSULT" or focus.aux or self._is_multilateral(focus) \
                or draft.event != "SUPPORT" or draft.aux or draft.cameo != PRAISE_CAMEO or "sign" in draft.cues:
            return False
        # (A day of its own sets it apart; "this year", "as G20 president this year" does not.)
        if draft.sentence <= focus.sentence or any(len(d.value or "") == 10 for d in sent.dates) or len(focus.states) < 2 \
                or not draft.states <= focus.states or len(draft.states) < 2:
            return False
        if any(d.event in ("AID", "COOPERATE") and d.states & focus.states for d in drafts):
            return False
        praise = {tok.i for c in sent.cue("praise") for tok in c}
        return draft.trigger.root.i in praise

    def _courtesy(self, draft: Draft, focus: Draft | None, sent: Sentence) -> bool:
        """"Il s'est félicité de la visite", "thanked him for his gracious hospitality": praise
        (CAMEO 051) of the visit, the welcome or the invitation, or of the meeting told as a verb
        ("thanked him for receiving his delegation"), said by the sides of the meeting in focus, is
        part of that meeting. Praise of anything else (aid, a vote, reforms) is not."""
        # (A meeting whose other side is not known yet, "Osinbajo received the President of Ghana",
        # gets it from the thanks: "Akufo-Addo thanked Osinbajo for receiving his delegation".)
        if focus is None or focus.event != "CONSULT" or focus.aux or draft.event != "SUPPORT" \
                or draft.cameo != PRAISE_CAMEO or draft.aux or not (
                    draft.states <= focus.states or len(focus.states) < 2 and draft.states & focus.states):
            return False
        root = draft.trigger.root
        # (A noun of thanks that a verb takes as its object shares that verb's reason: "a renouvelé sa
        # gratitude au président pour sa présence", the "pour" hung on the verb.)
        heads = [root, root.head] if root.pos_ == "NOUN" and root.dep_ in ("obj", "dobj") else [root]
        objects = [c for h in heads for c in h.children if c.dep_ in OBJECT_DEPS and c.i != root.i]
        objects += [g for h in heads for c in h.children if c.dep_ in PREP_DEPS for g in c.children if g.dep_ in PREP_OBJECT_DEPS]
        # (The occasion's nouns are the `occasion` cues of each language's cues.tsv.)
        occasion = {tok.i for c in sent.cue("occasion") for tok in c}
        # (A verb of meeting as the object, "for receiving his delegation", "for hosting him", is the
        # meeting thanked for.)
        meeting = {t.root.i for t in sent.triggers if t.label_ == "CONSULT"}
        return any((t.pos_ == "NOUN" and t.i in occasion) or (t.pos_ == "VERB" and t.i in meeting) for t in objects)

    def _on_margins(self, sent: Sentence) -> bool:
        """"On the margins of …" in the sentence, or alone in the fragment just before it (the
        parser cuts "En marge des travaux, M. X s'est entretenu …" after the frame)."""
        if sent.cue("margin"):
            return True
        before = self.sentences[sent.index - 1] if sent.index > 0 else None
        return before is not None and bool(before.cue("margin")) and not any(
            t.pos_ in ("VERB", "AUX") for t in before.span)

    def _another_of_its_kind(self, draft: Draft, drafts: list[Draft] = ()) -> bool:
        """"A second and separate demarche was lodged", "une autre audience", "another meeting": a
        trigger noun that a word of one more (cue `one_more`) qualifies, with no definite,
        demonstrative or possessive determiner, names one more act of its kind beside the one told
        before, unless that one was told with such a word too ("files another protest" in the
        headline, "filed another protest" in the lead: the same one, another beside earlier ones).
        ("The second meeting" with the definite article may name a round or point back; a plan,
        "the next meeting", is `_same_plan`'s.)"""
        if draft.aux is not None or not self._one_more(draft):
            return False
        return not any(d.event == draft.event and self._one_more(d) for d in drafts if d is not draft)

    def _one_more(self, draft: Draft) -> bool:
        """Is the draft's trigger a noun that a word of one more qualifies ("a second protest")?"""
        root = draft.trigger.root
        if root.pos_ != "NOUN":
            return False
        if any(c.dep_ in ("det", "poss", "nmod:poss") and ("Def" in c.morph.get("Definite") or "Yes" in c.morph.get("Poss")
                                                          or set(c.morph.get("PronType")) & {"Dem", "Prs"})
               for c in root.children):
            return False
        sent = self.sentences[draft.sentence]
        qualifiers = {c.i for c in root.children if c.dep_ in ("amod", "det", "nummod")}
        qualifiers |= {g.i for c in root.children if c.i in qualifiers for g in c.children if g.dep_ == "conj"}
        return any(tok.i in qualifiers for c in sent.cue("one_more") for tok in c)
