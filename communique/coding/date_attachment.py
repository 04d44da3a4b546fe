"""Which act a date of a sentence dates: the event's, or another thing the sentence names.

A sentence that tells an event often carries dates of other things: a date's possessive ("Monday's
attack"), a date before a noun ("the November 2020 ceasefire"), a participle's clause ("la
coopération, interrompue en avril 2017"), an act of another type ("les décisions du sommet du 24
février"), a clause opened by "after"/"après", an act still to come ("and the two will meet on
Friday"). The predicates here read the parse and the words to tell those dates from the event's
own; `event_dates.EventDates` asks them before it dates an event.

Mixed into `coder.Coder`, beside `event_dates.EventDates`.
"""
from __future__ import annotations

import re

from .context import Draft, Sentence


class DateAttachment:
    """What a date of a sentence is attached to."""
    #: How far from its trigger the words that say when an event happened stand ("held talks on
    #: Friday", "la réunion s'est tenue la semaine dernière"); words further off in a long
    #: sentence date something else ("… à propos de la visite des 25 et 26 août courant").
    WHEN_REACH = 100

    def _near_trigger(self, mention, draft: Draft) -> bool:
        start, end = draft.trigger.start_char, draft.trigger.end_char
        return max(mention.start - end, start - mention.end) <= self.WHEN_REACH

    #: How far after "after", "après" a date may stand in the clause they open.
    SEQUENCE_REACH = 80

    def _in_sequence_clause(self, mention, draft: Draft, index: int) -> bool:
        """Whether `mention` is told in a clause that "after", "before", "après", "avant" opens
        and that has a verb of its own before the date ("the visit came after Blinken spoke by
        phone on Friday", "a suspendu le Mali après le coup de force mené jeudi"): it dates what
        came before or after the act, not the act. Not when the event's trigger is in the clause,
        nor for a phrase with no verb ("after talks on Monday, they signed": one occasion)."""
        if index >= len(self.sentences):
            return False
        sent = self.sentences[index]
        for cue in sent.cue("sequence"):
            if not (cue.end_char <= mention.start and mention.start - cue.end_char <= self.SEQUENCE_REACH):
                continue
            if any(ch in self.text[cue.end_char:mention.start] for ch in ",;:()«»\"“”"):
                continue
            if index == draft.sentence and cue.start_char <= draft.trigger.start_char < mention.start:
                continue
            if any(t.pos_ in ("VERB", "AUX") and cue.end_char <= t.idx < mention.start for t in sent.span):
                return True
        return False

    #: A date's possessive and the words up to the noun it possesses ("Monday's attack",
    #: "Thursday’s regular press conference", "Monday's regular briefing").
    POSSESSIVE = re.compile(r"['’]s\s+(?:[^\W\d][\w-]*\s+){0,2}")

    def _dates_a_thing(self, mention, draft: Draft, index: int) -> bool:
        """Whether `mention` is a date's possessive ("Monday's attack", "Thursday's agreement"),
        which dates the noun it possesses: the event's date only when that noun is a trigger of
        the event's type ("Tuesday's meeting was held to discuss …" of a meeting)."""
        if index >= len(self.sentences):
            return False
        if index == draft.sentence and self._dates_another_act(mention, draft, index):
            return True
        if self._dates_a_qualified_noun(mention, draft, index):
            return True
        if self._dates_another_noun(mention, draft, index):
            return True
        m = self.POSSESSIVE.match(self.text, mention.end)
        if m is None:
            return False
        return not any(t.label_ == draft.event and mention.end < t.start_char <= m.end()
                       for t in self.sentences[index].triggers)

    def _dates_another_noun(self, mention, draft: Draft, index: int) -> bool:
        """Whether `mention` stands before a noun as its modifier (`_attributive_noun`) and that noun
        is neither a word of the event's type nor a gathering or an occasion, in which acts take
        place ("at their October 2024 summit called for …"): it dates that thing ("follows the
        November 2020 ceasefire", "in a February 2021 coup")."""
        noun = self._attributive_noun(mention, index)
        if not noun:
            return False
        sent = self.sentences[index]
        words = [t for t in sent.triggers if t.label_ == draft.event] + sent.cue("gathering") + sent.cue("occasion")
        return not any(w.start <= n.i < w.end for w in words for n in noun)

    def _attributive_noun(self, mention, index: int) -> list:
        """The noun a date stands before as its modifier, between a determiner and that noun ("the
        November 2020 ceasefire", "a February 2021 coup", "their October 2024 summit", "the July 9
        deal"): the words of the noun phrase after the date (nouns, and adjectives before them), or
        [] when the date is no such modifier. Such a date says when that thing was, not the act the
        sentence tells, unless the noun is a word of the act itself ("at their October 2024 summit
        called for …" of the summit). The parse tells a modifier from a date whose own article
        stands before it ("obtenue le 29 novembre grâce à …")."""
        sent = self.sentences[index].span
        before = [t for t in sent if t.idx + len(t) <= mention.start]
        after = [t for t in sent if t.idx >= mention.end]
        if not before or not after or before[-1].pos_ != "DET" and "Poss=Yes" not in str(before[-1].morph):
            return []
        if self.text[before[-1].idx + len(before[-1]):mention.start].strip() or self.text[mention.end:after[0].idx].strip():
            return []
        noun = []
        for t in after:
            if t.pos_ not in ("NOUN", "ADJ") or t.is_punct:
                break
            noun.append(t)
        while noun and noun[-1].pos_ != "NOUN":
            noun.pop()
        # (the parse must hang the date and the determiner on that noun: "le 29 novembre grâce à …"
        # is a day of the verb, whose determiner is the date's own)
        inside = {t.i for t in noun}
        words = [t for t in sent if mention.start <= t.idx < mention.end]
        if not (before[-1].head.i in inside and any(t.head.i in inside for t in words)):
            return []
        return noun

    def _dates_a_qualified_noun(self, mention, draft: Draft, index: int) -> bool:
        """Whether `mention` hangs from a participle that qualifies a noun of no act of the event's
        type, nor people ("pour relancer la coopération, interrompue en avril 2017", "to review
        the accord signed in August of 2015"): it says when that thing was done or began, not when
        the event took place. Not a participle of the event's own word ("la réunion tenue le 2
        mai", "the agreement signed on Monday" of a signing), nor one that qualifies people
        ("les ministres, réunis lundi à Lima")."""
        sent = self.sentences[index]
        own = {t.i for s in sent.triggers if s.label_ == draft.event for t in s} | {t.i for t in draft.trigger}
        tok = self._date_head(mention, sent)
        if tok is None:
            return False
        tok = self._participle_of_agent(self._participle_before(mention, tok, sent))
        if mention.start <= tok.idx < mention.end or tok.pos_ != "VERB" or tok.dep_ not in ("acl", "amod", "advcl", "xcomp") \
                or "Part" not in tok.morph.get("VerbForm") \
                or any(c.dep_.startswith(("aux", "nsubj", "mark")) for c in tok.children):
            return False
        noun = tok.head
        if tok.dep_ in ("acl", "amod") and self._disagree(noun, tok):
            # (a participle agrees with its noun: hung by the parser on a noun it does not agree
            # with, it qualifies the nearest noun before it that it agrees with: "la coopération
            # militaire entre les deux pays, interrompue …" is the cooperation's)
            nouns = [t for t in tok.doc[max(sent.span.start, tok.i - self.AGREEMENT_REACH):tok.i]
                     if t.pos_ == "NOUN" and not self._disagree(t, tok)]
            noun = nouns[-1] if nouns else noun
        if tok.dep_ not in ("acl", "amod"):
            # (the parser often hangs a participle after a comma on the verb: the noun before it
            # is the one it qualifies when they agree: "la coopération, interrompue en …")
            before = [t for t in tok.doc[max(sent.span.start, tok.i - 2):tok.i] if not t.is_punct]
            noun = before[-1] if before else tok
            if any(noun.morph.get(f) and tok.morph.get(f) and noun.morph.get(f) != tok.morph.get(f)
                   for f in ("Gender", "Number")):
                return False
        people = sent.titles + sent.people + sent.cue("sides") + sent.countries
        return noun.pos_ == "NOUN" and tok.i not in own and noun.i not in own \
            and not any(p.start <= noun.i < p.end for p in people)

    @staticmethod
    def _participle_before(mention, head, sent: Sentence):
        """The participle right before `mention` (its own article or preposition between) when it
        qualifies the noun the parser hung the date on ("Le ballet diplomatique ouvert le 2 juin
        2023 a été bouclé vendredi dernier": the date is the opening's, hung on "ballet" beside
        "ouvert"), taken as the participle's clause; else `head`."""
        if head.pos_ not in ("NOUN", "PROPN"):
            return head
        before = [t for t in sent.span if t.idx + len(t) <= mention.start]
        while before and before[-1].pos_ in ("DET", "ADP"):
            before.pop()
        if not before:
            return head
        word = before[-1]
        if word.pos_ == "VERB" and "Part" in word.morph.get("VerbForm") and word.head.i == head.i \
                and word.dep_ in ("acl", "amod") and not any(c.dep_.startswith("aux") for c in word.children):
            return word
        return head

    #: How many words before a participle the noun it agrees with may stand.
    AGREEMENT_REACH = 8

    @staticmethod
    def _disagree(noun, participle) -> bool:
        """Whether a noun and a participle differ in gender or number (where the language marks them)."""
        return any(noun.morph.get(f) and participle.morph.get(f) and noun.morph.get(f) != participle.morph.get(f)
                   for f in ("Gender", "Number"))

    @staticmethod
    def _participle_of_agent(tok):
        """The verb whose agent's phrase `tok` is in, or `tok`: the parser often hangs a date told
        after a participle's agent on the agent ("interrompue par le régime Kabila en avril 2017",
        "interrupted by the regime in April 2017"); the date is the participle's, as the agent is."""
        word = tok
        for _ in range(3):
            if word.dep_ in ("obl:agent", "agent"):
                return word.head
            if word.head.dep_ == "agent":
                return word.head.head
            if word.dep_ not in ("nmod", "pobj", "prep") or word.head.i == word.i:
                break
            word = word.head
        return tok

    def _dates_another_act(self, mention, draft: Draft, index: int) -> bool:
        """Whether `mention` hangs from the noun of an act of another type that a noun phrase
        names ("in compliance with the decisions of the summit on February 24", "conformément aux
        décisions du sommet du 24 février" beside a lifting of sanctions): it dates that act.
        Not when that noun is the occasion of a verb ("imposed sanctions at its summit on 9
        January") or of another act's word ("signed on the sidelines of the summit on 5 May"):
        then it says when the verb's act took place. Read in the event's own sentence only: the
        lead's date says when the news happened ("leaders at their October 2024 summit called
        for …" over what the story tells after it)."""
        sent = self.sentences[index]
        others = {t.i for s in sent.triggers if s.label_ != draft.event for t in s}
        marks = {t.i for s in sent.triggers for t in s} | {t.i for t in draft.trigger}
        tok = next((t for t in sent.span if t.idx >= mention.start), None)
        if tok is None or tok.idx >= mention.end:
            return False
        noun = None
        while tok.head.i != tok.i:
            tok = tok.head
            if mention.start <= tok.idx < mention.end or tok.pos_ == "ADP":
                continue
            if tok.pos_ in ("VERB", "AUX"):
                return False
            if noun is None:
                if tok.pos_ != "NOUN" or tok.i not in others:
                    return False
                noun = tok
            elif tok.i in marks or tok.pos_ in ("NOUN", "PROPN"):
                # (a phrase hung from the subject is often the parser's slip for one of the verb:
                # "leaders at their October 2024 summit called for …")
                return tok.i not in marks and not tok.dep_.startswith(("nsubj", "csubj"))
        return False

    def _hangs_from_own_kind(self, mention, draft: Draft, index: int) -> bool:
        """Whether `mention` hangs, through the parse, from a word of the event's own type
        ("Accueilli lundi, il a eu des entretiens mardi 17 septembre": "entretiens" is a meeting
        too): it dates the event whatever other words of the sentence say."""
        sent = self.sentences[index]
        own = {t.i for s in sent.triggers if s.label_ == draft.event for t in s}
        head = self._date_head(mention, sent)
        return head is not None and head.i in own

    @staticmethod
    def _date_head(mention, sent: Sentence):
        """The word a date hangs from through the parse, past its own words and the prepositions
        that introduce it ("agreed" in "agreed on Monday"); None when the date's words are the
        sentence's root or it has none."""
        tok = next((t for t in sent.span if t.idx >= mention.start), None)
        if tok is None or tok.idx >= mention.end:
            return None
        while tok.head.i != tok.i and (mention.start <= tok.idx < mention.end or tok.pos_ == "ADP"):
            tok = tok.head
        return None if mention.start <= tok.idx < mention.end else tok

    def _dates_act_to_come(self, mention, draft: Draft, index: int) -> bool:
        """Whether `mention` hangs, through the parse, from a verb of an act to come other than the
        event's own ("spoke by phone, and the two will meet in Tokyo on Friday", "s'est entretenu
        avec son homologue, et les deux se rencontreront samedi"): a bare weekday there names the
        day ahead, not the day of the act told in the past. Not the verb of the event's own trigger
        nor one it hangs from."""
        if index >= len(self.sentences):
            return False
        verb = self._date_head(mention, self.sentences[index])
        own = {t.i for t in draft.trigger} if index == draft.sentence else set()
        for _ in range(4):
            # (the parser often hangs a day told after a place or a noun on it: "se rencontreront à
            # Bamako samedi", "would meet in Cairo for consultations on Sunday")
            if verb is None or verb.i in own:
                return False
            if verb.pos_ not in ("NOUN", "PROPN", "ADP") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return False
        if "Part" in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children):
            return False  # (a participle that qualifies a noun dates that noun: "le sommet prévu du 4 au 6 septembre")
        trigger = draft.trigger.root
        if index == draft.sentence and any(t.i == verb.i for t in [trigger, *trigger.ancestors]):
            return False
        return self._to_come(self.sentences[index], verb)

    def _to_come(self, sent: Sentence, verb) -> bool:
        """Whether a verb tells an act not done yet: one to come as the coder reads one
        (`TimeToCome._future_verb`: a future, "will", "is expected to", "a ajouté qu'il
        rencontrerait"), or one under a modal ("and both would meet in Cairo on Sunday", "could
        meet on Friday"); in no perfect ("would have met", "aura reçu", "serait arrivé": what is
        said to have happened by then)."""
        if self._perfect(verb):
            return False
        return any(c.tag_ == "MD" for c in verb.children if c.dep_.startswith("aux")) or self._future_verb(sent, verb)

    @staticmethod
    def _perfect(verb) -> bool:
        """Whether a verb is a participle with an auxiliary of tense that is no modal ("have met",
        "aura reçu"); a passive's auxiliary is not one ("will be received", "sera reçu")."""
        return "Part" in verb.morph.get("VerbForm") and any(
            c.dep_ in ("aux", "aux:tense") and c.tag_ != "MD" for c in verb.children)

    @staticmethod
    def _in_past_tense(verb) -> bool:
        """Whether a verb is in a past tense: a finite past ("agreed", "said"), or a past participle
        with a finite auxiliary and none that is a future, a conditional, a modal or an infinitive
        ("ont convenu", "has agreed"; not "sera signé", "will be signed", "would be held", "to be
        hosted", "doit être signé")."""
        if "Past" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm"):
            return True
        aux = [c for c in verb.children if c.dep_.startswith("aux")]
        return "Part" in verb.morph.get("VerbForm") and any("Fin" in a.morph.get("VerbForm") for a in aux) \
            and not any("Fut" in a.morph.get("Tense") or "Cnd" in a.morph.get("Mood") or a.tag_ in ("MD", "TO")
                        or "Inf" in a.morph.get("VerbForm") for a in aux)
