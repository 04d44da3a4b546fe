"""When an act is told as to come: a future marker before the trigger, a future verb (the
future tense, "aller"/"going to", "devoir" of schedule, "be to"), a commitment word governing it, a
date after publication; and what looks future but is not (a future in the past, a headline
infinitive, a conditional read as an imperfect). Mixed into `coder.Coder`, beside
`tense.TimeOfTelling` (what is told as done, recalled or imagined).
"""
from __future__ import annotations

from spacy.tokens import Span

from ..recognising.lexicon import fold
from .context import Sentence, is_negation
from .tense import CLAUSE_BREAKS, PHRASE_DEPS


class TimeToCome:
    """The coder's tests of what a trigger tells as to come (a mixin of the coder)."""

    def _is_future(self, sent: Sentence, trigger: Span) -> bool:
        """The trigger announces what is to come: a future marker just before it, a future verb, or
        a commitment word that governs it ("agreed that the commission would meet", "a décidé que
        les ministres se réuniraient", "a proposal for talks")."""
        if "future" in self._cues(trigger):
            return True
        if self._committed_to(sent, trigger):
            return True
        for cue in sent.cue("aux"):
            if cue._.value == "future" and 0 <= trigger.start - cue.end <= 5:
                return True
            if cue._.value == "future_clause" and cue.end <= trigger.start and not any(
                    t.text in CLAUSE_BREAKS for t in self.doc[cue.end:trigger.start]):
                return True  # "wird am Sonntag … zusammentreffen": up to its clause's end
        if self.words.future_endings and not self.doc.has_annotation("POS"):
            # Untagged text: the trigger verb in the future ("visitará", "se reunirá"), or a noun
            # beside a verb in the future ("realizará una visita", "la riunione avrà luogo").
            window = self.doc[max(sent.span.start, trigger.start - 3):min(sent.span.end, trigger.end + 2)]
            return any(self._future_form(tok) for tok in window)
        if trigger.root.pos_ not in ("VERB", "AUX"):
            # A noun is future by a marker before it ("la prochaine session"), one describing it
            # ("la 5e session, prévue à Alger", "a summit scheduled for July") or by the verb that
            # governs it ("participera au sommet", "will attend the meeting", "la signature aura lieu").
            marked = {i for c in sent.cue("aux") if c._.value == "future" for i in range(c.start, c.end)}
            # (Not a first plan: "the talks, originally scheduled for April, were held".)
            marked -= self._first_schedules(sent)
            if any(c.dep_ in ("acl", "amod") and c.i in marked for c in trigger.root.children):
                return True
            # (Hung by the parser on a noun inside the meeting's own phrase, it still describes the
            # meeting: "le sommet du Forum sur la coopération … prévu du 4 au 6 septembre", "the
            # summit of the forum scheduled for July": a forum, a cooperation is not scheduled apart.)
            if any(self._in_phrase_of(self.doc[i].head, trigger.root) for i in marked
                   if self.doc[i].dep_ in ("acl", "amod") and self.doc[i].i > trigger.root.i):
                return True
            if any(self._detached_participle_of(self.doc[i], trigger.root) for i in marked):
                return True
            return self._future_by_verb(sent, trigger)
        return self._future_verb(sent, trigger.root)

    @staticmethod
    def _detached_participle_of(token, noun) -> bool:
        """Is `token` a participle set off by a comma after the noun, which the parser hangs on the
        verb the noun depends on (as a clause or a conjunct), with no auxiliary or subject of its
        own, and which agrees with the noun in gender and number? Such a
        participle describes the noun: "prépare la visite d'État du président au Maroc, prévue au
        premier trimestre" ("prévue", feminine singular, is the visit's, not the president's).
        (A language that marks no agreement on participles never matches.)"""
        if token.dep_ not in ("advcl", "conj") or token.i <= noun.i or token.head.i != noun.head.i \
                or token.i == 0 or token.doc[token.i - 1].text != ",":
            return False
        if any(c.dep_.startswith(("aux", "nsubj", "expl")) for c in token.children):
            return False  # a clause of its own ("…, a prévu", "…, elle est prévue"), not a description
        gender, number = token.morph.get("Gender"), token.morph.get("Number")
        return bool(gender and number) and gender == noun.morph.get("Gender") and number == noun.morph.get("Number")

    @staticmethod
    def _in_phrase_of(token, noun) -> bool:
        """Is `token` a noun of `noun`'s own phrase: a complement, a compound or an apposition of it,
        at any depth, with no verb or clause between ("the summit of the forum on cooperation")?"""
        while token.i != noun.i:
            if token.head.i == token.i or token.dep_ not in PHRASE_DEPS:
                return False
            token = token.head
        return True

    def _dated_after_publication(self, sent: Sentence, trigger: Span) -> bool:
        """Is the date told nearest the trigger a full date later than the publication ("is
        travelling to Moscow … on September 10", published on 8 September; "se réuniront le 12
        mai" told on the 5th)? A meeting on a day still to come is a plan, whatever the tense."""
        dates = [d for d in sent.dates if d.value]
        if len(self.published or "") < 10 or not dates:
            return False
        nearest = min(dates, key=lambda d: abs(d.start - trigger.start_char))
        return nearest.kind == "absolute" and nearest.past is not True and len(nearest.value) == 10 \
            and self._after_publication(nearest)

    def _noun_trigger(self, trigger: Span) -> bool:
        """A trigger that is a noun: by its tag, or, in untagged text, by its table row's cue."""
        if self.doc.has_annotation("POS"):
            return trigger.root.pos_ != "VERB"
        return "noun" in self._cues(trigger)

    def _future_form(self, token) -> bool:
        """A lower-case word with an ending of the future tense of the tables ("visitará")."""
        text = token.text
        # (Lower case only: a name may end the same way, "Irán".)
        return len(text) > 3 and text.isalpha() and text == text.lower() and text.endswith(self.words.future_endings)

    def _committed_to(self, sent: Sentence, trigger: Span) -> bool:
        """Is the trigger inside the clause a commitment verb governs ("agreed to hold the next
        round", "decided that the commission would meet", "sont convenus de tenir")? Not what a
        weak word ("assure", "volonté") or a preposition ("committed to continued discussion") governs,
        but for the infinitive of a weak verb: what one proposes, offers or intends to do is not done
        ("a proposé de tenir des consultations", "a offert de se rendre à Bamako")."""
        for agreeing in sent.triggers:
            verb = agreeing.root
            weak = "weak" in self._cues(agreeing)
            if agreeing.label_ != "AGREE" or verb.pos_ != "VERB" or agreeing.end > trigger.start:
                continue
            token, below = trigger.root, None
            while token.head.i != token.i and token.head.i != verb.i:
                token, below = token.head, token
            if token.head.i == verb.i and token.i != verb.i and token.dep_ in ("xcomp", "ccomp") and (
                    not weak or token.dep_ == "xcomp" and "Inf" in token.morph.get("VerbForm")):
                return True
            if weak and token.head.i == verb.i and token.dep_ == "ccomp" and any(
                    token.i == act.i or act.head.i == token.i for act in self._clauses_to_come(sent, agreeing)):
                return True  # "assured Uganda that it would send troops": what one assures one will do is not done
            if weak and token.head.i == verb.i and token.dep_ in ("obl:arg", "iobj") and below is not None \
                    and below.dep_ == "acl" and "Inf" in below.morph.get("VerbForm"):
                return True  # "a proposé à son homologue de se rendre en France": the parser hangs it on the dative
            if weak:
                continue
            if self._named_as_agreed(trigger.root, verb):
                return True
        return False

    # (How a commitment verb takes the noun it agrees on, "de"/"sur", "on": the cues' agreed_on_preposition.)
    #: Dependencies of the noun a commitment verb takes: its object or its oblique argument.
    AGREED_NOUN_DEPS = frozenset({"obj", "dobj", "obl:arg", "obl"})

    def _named_as_agreed(self, noun, verb) -> bool:
        """Is the trigger noun what a commitment verb agrees on, itself or as the complement of the
        noun that verb takes ("ont convenu de la tenue d'une réunion", "se sont accordés sur
        l'organisation d'une visite", "ont retenu le principe d'une réunion", "agreed on the holding
        of a summit")? A meeting so named is one to come. (Not a meeting the verb is told at: "ont
        convenu, lors de la réunion de mardi, de …" hangs the meeting on "lors", no noun of the verb.)"""
        if noun.pos_ != "NOUN":
            return False
        token, nouns = noun, 0
        while token.head.i != verb.i:
            # (Up through noun complements only, one noun at most: "la tenue d'une réunion" — "réunion"
            # on "tenue"; not "la mise en œuvre des mécanismes de dialogue", what exists already.)
            if token.dep_ not in ("nmod", "pobj", "prep") or token.head.pos_ not in ("NOUN", "ADP"):
                return False
            token = token.head
            nouns += token.pos_ == "NOUN"
            if nouns > 1:
                return False
        if token.pos_ == "ADP":  # English: "agreed on …", the preposition hangs on the verb
            return token.dep_ == "prep" and fold(token.text) in self.words.agreed_on
        if token.dep_ not in self.AGREED_NOUN_DEPS:
            return False
        cases = [c for c in token.children if c.dep_ == "case"]
        return all(fold(c.lemma_) in self.words.agreed_on for c in cases) and (bool(cases) or token.dep_ in ("obj", "dobj"))

    def _future_by_verb(self, sent: Sentence, trigger: Span) -> bool:
        # (A noun with a copula of its own is what the copula says, whatever the parser hangs it
        # on: "Ce sera une visite officielle …, a précisé l'ambassade".)
        verb = self._own_copula(trigger.root) or self._governing_verb(trigger.root) \
            or self._copula_of_predicate(trigger.root)
        if verb is not None and self._subject_of_the_near_future(sent, trigger.root, verb):
            return True
        return verb is not None and self._future_verb(sent, verb)

    def _subject_of_the_near_future(self, sent: Sentence, noun, verb) -> bool:
        """Is the noun the subject of the verb of the near future, whose infinitive tells what the
        noun does ("les négociations vont reprendre", "le sommet va se tenir", "talks are going to
        resume")? The parser hangs the subject on "aller", "going": the meeting is to come, as
        "reprendront", "will resume" tell it. Not a quality said of it ("the dialogue is not going
        to be easy": a copula), nor a negated one."""
        if not noun.dep_.startswith("nsubj") or noun.head.i != verb.i or any(is_negation(c) for c in verb.children):
            return False
        return any(c.dep_ == "xcomp" and c.pos_ == "VERB" and self._near_future(sent, c)
                   and not any(k.dep_ == "cop" or is_negation(k) for k in c.children) for c in verb.children)

    @staticmethod
    def _own_copula(noun):
        """The copula of a noun that is itself what is said ("Ce sera une visite officielle",
        "le ministre sera en visite à Alger", "it will be a working visit"): the copula carries
        the tense. None when the noun has no copula of its own."""
        return next((c for c in noun.children if c.dep_ == "cop"), None)

    @staticmethod
    def _copula_of_predicate(noun):
        """The copula of the noun or adjective a subject noun is said to be ("La 27e session sera
        l'occasion de …", "la réunion sera consacrée à …"): French analyses the predicate as the
        head, and the copula carries the tense. None when the noun is no subject of a predicate."""
        if not noun.dep_.startswith("nsubj") or noun.head.pos_ not in ("NOUN", "ADJ", "PROPN"):
            return None
        return next((c for c in noun.head.children if c.dep_ == "cop"), None)

    def _future_verb(self, sent: Sentence, verb) -> bool:
        """A verb in the future tense, or marked future ("will", "is expected to"), itself or the
        verb it completes ("is expected to hold")."""
        marked = {i for c in sent.cue("aux") if c._.value == "future" for i in range(c.start, c.end)}
        if self._future_in_the_past(sent, verb) or self._headline_infinitive(verb) or self._said_to_do(sent, verb):
            return True
        for _ in range(3):
            for tok in (verb, *[c for c in verb.children if c.dep_.startswith("aux")]):
                if self._tagged_future(sent, tok) or tok.i in marked or self._future_read_as_present(tok):
                    return True
            if verb.dep_ == "xcomp" and self._near_future(sent, verb):
                return True
            if self._present_in_time_clause(verb) and any(
                    c.dep_ == "mark" and any(k.start <= c.i < k.end for k in sent.cue("later_clause")) for c in verb.children):
                # A present in a clause of what comes later than the news ("the move comes days
                # before the delegation arrives in Honiara") tells what is still to come.
                return True
            if verb.dep_ == "xcomp":
                verb = verb.head
            elif self._present_in_time_clause(verb):
                # English tells what is to come in the present inside a clause of time or
                # condition ("will talk when they convene", "will sign once they meet"): its
                # time is that of the verb it qualifies.
                verb = verb.head
            elif self._present_participle_of_noun(verb) or self._infinitive_of_noun(verb):
                # A present participle that describes a noun has the time of the verb that governs
                # the noun ("will join other leaders attending the summit": the summit is to come);
                # so has an infinitive that does ("will be the first leader to visit Seoul": the
                # visit is to come; "became the first leader to visit Seoul": it was made).
                verb = self._governing_verb(verb.head)
                if verb is None:
                    return False
            else:
                break
        return False

    def _tagged_future(self, sent: Sentence, token) -> bool:
        """Does the tagger read the verb in the future, on a form that can be one? Where the
        language's future has endings of its own (French "-ra", "-ront": every verb's, irregular
        stems too), a word without one is another tense the tagger misread ("Yaoundé accueille une
        réunion": a present, the meeting of the day). (The verb of the near future keeps the
        tagger's reading: "vont coopérer".)"""
        if "Fut" not in token.morph.get("Tense"):
            return False
        endings = self.words.future_endings
        return not endings or token.text.lower().endswith(endings) or any(
            c.start <= token.i < c.end for c in sent.cue("near_future"))

    @staticmethod
    def _present_in_time_clause(verb) -> bool:
        """Is the verb a finite present in an adverbial clause opened by a conjunction or a
        wh-adverb ("when they convene", "once they meet", "after they sign")?"""
        if verb.dep_ != "advcl" or "Pres" not in verb.morph.get("Tense") or "Fin" not in verb.morph.get("VerbForm"):
            return False
        return any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in verb.children)

    @staticmethod
    def _headline_infinitive(verb) -> bool:
        """"Chile, Peru to hold talks on trade", "Leaders from X to hold talks during AU summit": an
        infinitive that hangs on the noun a sentence with no finite verb is built on is a headline's
        way of announcing what is to come. (Not one its own preposition makes a purpose: "Le
        président à Lima pour relancer le dialogue"; nor a modal's: "would meet".)"""
        if "Inf" not in verb.morph.get("VerbForm") or any(c.dep_ in ("mark", "case") for c in verb.children):
            return False
        if not any(c.dep_ == "aux" and c.pos_ == "PART" for c in verb.children):
            return False  # the infinitive's own marker ("to"), not a modal ("would meet") nor a bare present
        head = verb.head
        return verb.dep_ in ("acl", "relcl", "acl:relcl") and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")

    def _said_to_do(self, sent: Sentence, verb) -> bool:
        """"Japan minister says to discuss the issue with his counterpart": a reporting verb in the
        active whose complement is a bare "to"-infinitive reports what one means to do, not what was
        done. (Not a passive report, "is said to be planning", nor "said to have met", done.)"""
        head = verb.head
        if verb.dep_ != "xcomp" or "Inf" not in verb.morph.get("VerbForm") \
                or not any(c.dep_ == "aux" and c.pos_ == "PART" for c in verb.children):
            return False
        return any(c.start <= head.i < c.end for c in sent.cue("reporting")) \
            and not any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for c in head.children)

    @staticmethod
    def _near_future(sent: Sentence, verb) -> bool:
        """An infinitive after the verb of the near future in the present or the imperfect ("va
        participer", "vont coopérer", "is going to sign", "vont être reçus"): announced for soon.
        Not a past tense of motion: "est allé voir le président", "went to see" tell a journey made."""
        head = verb.head
        # (Or a passive whose auxiliary is the infinitive: "vont être reçus", "is going to be received".)
        infinitive = "Inf" in verb.morph.get("VerbForm") or any(
            c.dep_ in ("aux:pass", "auxpass") and "Inf" in c.morph.get("VerbForm") for c in verb.children)
        if not infinitive or not any(c.start <= head.i < c.end for c in sent.cue("near_future")):
            return False
        if "Part" in head.morph.get("VerbForm"):  # "is going to": the participle with its auxiliary
            return any(c.dep_.startswith("aux") for c in head.children)
        return bool(set(head.morph.get("Tense")) & {"Pres", "Imp"}) and not any(
            c.dep_.startswith("aux") for c in head.children)

    def _future_in_the_past(self, sent: Sentence, verb) -> bool:
        """A verb in the conditional in the clause a past verb of saying governs ("a ajouté qu'il
        rencontrerait son homologue le 20 juin", "said he would visit Lima next week"): the sequence
        of tenses makes it the future seen from the saying, a plan told, not a supposition. (Not
        a verb the conditional only governs: "would like to visit" is a wish.)"""
        if verb.dep_ != "ccomp" or verb.head.i == verb.i:
            return False
        speaking = {tok.i for c in sent.cue("speaking") for tok in c}
        said = verb.head
        if said.i not in speaking or not any("Past" in t.morph.get("Tense") for t in (
                said, *[c for c in said.children if c.dep_.startswith("aux")])):
            return False
        later = {tok.i for c in sent.cue("future_in_past") for tok in c}
        return any("Cnd" in t.morph.get("Mood") or t.i in later or self._conditional_read_as_imperfect(t)
                   for t in (verb, *[c for c in verb.children if c.dep_.startswith("aux")]))

    def _conditional_read_as_imperfect(self, token) -> bool:
        """A verb the tagger reads in the imperfect that has a conditional ending right after its
        infinitive's stem ("rencontrerait": rencontrer + -ait; "rendrait": rendr(e) + -ait), or
        after an irregular stem of the future ("serait": ser- of être); not an imperfect whose
        stem ends in r ("déclarait")."""
        return self._ending_after_stem(token, "Imp", self.words.conditional_endings)

    @staticmethod
    def _infinitive_of_noun(verb) -> bool:
        """Is the verb an infinitive that describes a noun the clause says something of ("will be the
        first leader to visit Seoul"), not its subject, whose act the clause only judges ("the
        decision to sign the pact will not hurt peace": the pact was signed)?"""
        return verb.dep_ in ("acl", "relcl") and "Inf" in verb.morph.get("VerbForm") \
            and verb.head.pos_ in ("NOUN", "PROPN", "PRON") \
            and verb.head.dep_ not in ("nsubj", "nsubjpass", "nsubj:pass", "csubj")

    @staticmethod
    def _present_participle_of_noun(verb) -> bool:
        return verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense") \
            and verb.head.pos_ in ("NOUN", "PROPN", "PRON")

    def _future_read_as_present(self, token) -> bool:
        """A verb the tagger reads in the present that has a future ending right after its
        infinitive's stem ("nous discuterons": discuter + -ons; "rendra": rendr(e) + -a) or
        after an irregular stem of the tables ("sera": ser- of être)."""
        return self._ending_after_stem(token, "Pres", self.words.future_endings)

    def _ending_after_stem(self, token, tagged_tense: str, endings: tuple[str, ...]) -> bool:
        """Is a verb the tagger reads in `tagged_tense` one of `endings` ("-ons", "-ait", each
        starting with the infinitive's "r") right after its infinitive's stem or an irregular
        stem of the future ("ser-" of être)?"""
        if not endings or token.pos_ not in ("VERB", "AUX") or tagged_tense not in token.morph.get("Tense"):
            return False
        word, lemma = token.text.lower(), token.lemma_.lower()
        for ending in endings:
            if word.endswith(ending):
                stem = word[:-len(ending)] + ending[0]  # the infinitive's "r"
                if lemma in (stem, stem + "e") or (stem, lemma) in self.words.future_stems:
                    return True
        return False

    def _governing_verb(self, token):
        """The verb a noun is the subject, object or complement of, within its clause."""
        for _ in range(3):
            if token.head.i == token.i or token.dep_ in ("conj", "appos", "acl", "relcl", "acl:relcl", "advcl"):
                return None
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                return token
        return None
