"""The form of a commitment: what a wording promises, and what only looks like a promise.

Plans told as they first stood ("was originally scheduled to visit", "devait initialement se
rendre"): a word that sets a plan against what became of it ("initially", "originally", "initialement", "à
l'origine"; "earlier" on a word of schedule: "was earlier scheduled to arrive"), on the past verb
that governs an act, tells the plan as it stood before: the news is that it changed (put off,
moved, cancelled) or that it was carried out otherwise. Such an act is neither promised now nor
done as told; and a meeting noun such a word's schedule describes ("the talks, originally scheduled
for April, were held") is not to come by it.

An outcome aimed at ("agreed to resolve the dispute", "ont convenu de régler leur différend",
"to find a solution") names a result hoped for, not an act: a general aim like "to strengthen
ties", unless a date binds it ("to resolve the dispute by 31 March", "d'ici la fin mars"): a deadline set.

A readiness voiced to the other side of talks told just before ("stressed to his counterpart that
Egypt is still willing to negotiate", "« nous sommes prêts à discuter des problèmes »") that names
no meeting of its own is a stance taken in those talks: part of the CONSULT, as concern voiced
inside talks is (DESIGN), not a promise of its own.

A commitment told under a document ("Under the agreement, both sides promised to withdraw", "Aux
termes de cet accord, les parties se sont engagées à …") tells what the document binds its
parties to, as "the memorandum commits both sides to …" does (`commitments._document_terms`): the
signing or the agreement is its own event, its terms are no new promise.

Mixed into `coder.Coder`, beside `commitments.Commitments` and `future.TimeToCome`.
"""
from __future__ import annotations

from .context import Draft, Sentence

#: The dependencies by which a verb governs the act below it (an infinitive, a participle's
#: infinitive, the noun it takes as its object): "devait se rendre", "was scheduled to visit",
#: "devait effectuer le déplacement".
GOVERNED = frozenset({"xcomp", "obj", "dobj", "ccomp", "acomp"})

#: How a word of time hangs on its verb: an adverb, or a phrase ("à l'origine").
ON_THE_VERB = frozenset({"advmod", "obl:mod", "obl", "npadvmod"})


class PromiseForms:
    """Telling a commitment from what only has its words."""

    def _plan_as_it_stood(self, draft: Draft) -> bool:
        """Is the draft's act governed, up its chain of verbs, by a verb in a past tense that a
        word of the first plan qualifies ("was originally scheduled to visit Uganda", "devaient
        initialement effectuer le déplacement", "was earlier scheduled to arrive")? Not a plan only
        compared with its first form ("will visit Uganda earlier than originally planned": the
        word qualifies "planned", which does not govern the visit)."""
        sent = self.sentences[draft.sentence]
        first = [c for c in sent.cue("first_plan") if c.root.dep_ in ON_THE_VERB]
        if not first:
            return False
        schedule = {tok.i for c in sent.cue("aux") if c._.value == "future" for tok in c}
        chain = self._chain_of(draft.trigger.root)
        if not any(self._told_in_the_past(verb) for verb in chain):
            return False
        # ("due" of "was due to meet", the verb's complement, carries the word as "was" does.)
        return any(c.root.head.i == verb.i and (c._.value != "schedule" or verb.i in schedule)
                   for c in first for verb in chain)

    def _first_schedules(self, sent: Sentence) -> set[int]:
        """The words of schedule a word of the first plan qualifies ("originally scheduled for
        April", "initialement prévues en avril"): a noun so described is not to come by them; its
        own verb tells its time ("the talks, originally scheduled for April, were held")."""
        marked = {tok.i for c in sent.cue("aux") if c._.value == "future" for tok in c}
        return {c.root.head.i for c in sent.cue("first_plan")
                if c.root.dep_ in ON_THE_VERB and c.root.head.i in marked}

    def _under_a_document(self, draft: Draft) -> bool:
        """Is the AGREE's act, or a verb governing it, framed by a preposition of terms whose noun
        phrase names a document ("under the agreement", "aux termes de cet accord", "en vertu de
        l'accord")? Not a phrase naming no document ("under pressure", "under the auspices of")."""
        if draft.event != "AGREE":
            return False
        sent = self.sentences[draft.sentence]
        frames, documents = sent.cue("terms_frame"), sent.cue("document")
        if not frames or not documents:
            return False
        chain = {tok.i for tok in self._chain_of(draft.trigger.root)}
        for frame in frames:
            noun = frame.root.head if frame.root.dep_ in ("case", "fixed") else frame.root
            if noun.head.i not in chain:
                continue
            if any(d.start <= tok.i < d.end for tok in noun.subtree for d in documents if tok.i >= frame.end):
                return True
        return False

    @staticmethod
    def _chain_of(token, depth: int = 4) -> list:
        """The token and the verbs that govern it as their complement or object, up to `depth`."""
        chain = []
        for _ in range(depth):
            chain.append(token)
            if token.dep_ not in GOVERNED or token.head.i == token.i:
                break
            token = token.head
        return chain

    @staticmethod
    def _told_in_the_past(verb) -> bool:
        """The verb, or its auxiliary, in a past tense or the imperfect ("devait", "was scheduled",
        "had been planned"); a complement takes its verb's tense ("was … due")."""
        return any({"Past", "Imp"} & set(t.morph.get("Tense")) and "Part" not in t.morph.get("VerbForm")
                   for t in (verb, verb.head if verb.dep_ == "acomp" else verb,
                             *[c for c in verb.children if c.dep_.startswith("aux")]))

    def _dated_outcome(self, sent: Sentence, aim) -> bool:
        """Is the aim an outcome (cue value "outcome": "resolve", "régler", "find a solution") whose
        verb's phrase carries a date ("to resolve the dispute by 31 March", "de régler le
        différend d'ici la fin mars")? A result promised by a date is a deadline set, a specific
        commitment; undated, it is hoped for."""
        if aim._.value != "outcome":
            return False
        words = [tok.idx for tok in aim.root.subtree]
        begin, end = min(words), max(words) + 1
        return any(begin <= d.start < end for d in sent.dates)

    #: Cues of a trigger that names a meeting of its own (a visit, a round, a signing, a call).
    OWN_MEETING = frozenset({"visit", "host", "series", "sign", "phone", "virtual", "multilateral"})

    def _readiness_in_talks(self, draft: Draft, focus: Draft | None, sent: Sentence) -> bool:
        """Is the AGREE a readiness ("willing to negotiate", "prêts à discuter") between the sides
        of the bilateral talks in focus, told after them, with no day, rank or meeting of its own
        ("ready to host the next round in Accra", "prêt à se rendre à Kigali" stay promises)?"""
        if focus is None or focus.event != "CONSULT" or focus.aux or self._is_multilateral(focus) \
                or draft.event != "AGREE" or "ready" not in self._cues(draft.trigger):
            return False
        if draft.sentence <= focus.sentence or len(draft.states) < 2 or not draft.states <= focus.states:
            return False
        if any(len(d.value or "") >= 7 for d in sent.dates) or sent.cue("ordinal"):
            return False
        return not any(self._cues(t) & self.OWN_MEETING for t in sent.triggers)
