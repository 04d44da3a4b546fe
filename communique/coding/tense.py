"""When an act is told: done now, recalled or imagined.

The coder's tests of tense and mood on a trigger and its clause: a condition ("if Uganda
agreed"), what a conditional says would follow, the pluperfect and the imperfect of background,
a compound participle, a clause dated long before the news. What is told as to come is
`future.TimeToCome`'s. Mixed into `coder.Coder`.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from .context import Draft, Sentence

#: Punctuation that ends a clause, for markers that reach to their clause's end.
CLAUSE_BREAKS = frozenset({",", ";", ":"})
#: Dependencies of a clause that qualifies a noun: a time word inside dates that clause only.
SUBORDINATE = frozenset({"acl", "relcl", "acl:relcl"})
#: Dependencies by which a clause completes the verb above it (what was said, asked, planned).
COMPLEMENTS = frozenset({"ccomp", "xcomp", "pcomp", "prep", "pobj"})


#: How the words of a noun's own phrase hang from it: complements (with their preposition),
#: compounds, appositions and names ("du Forum sur la coopération (FOCAC)", "the summit of the forum").
PHRASE_DEPS = frozenset({"nmod", "pobj", "prep", "compound", "appos", "flat", "flat:name", "nmod:poss"})


class TimeOfTelling:
    def _in_condition(self, sent: Sentence, trigger: Span) -> bool:
        """Is the trigger inside a clause introduced by a conjunction of condition ("if", "si")?"""
        marks = {tok.i for c in sent.cue("condition") for tok in c}
        token = trigger.root
        while token.head.i != token.i:
            if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.i in marks for c in token.children):
                return True
            token = token.head
        return False

    def _would_follow(self, sent: Sentence, trigger: Span, reported: bool = False) -> bool:
        """Is the trigger the main verb of the sentence, in the conditional ("would lift", "lèverait"),
        with a clause of condition of its own? With `reported`, also the verb of a clause said
        ("told parliament he would agree to … if the opposition agreed"): an offer on condition."""
        verb = trigger.root if trigger.root.pos_ in ("VERB", "AUX") else self._governing_verb(trigger.root)
        if verb is None or verb.dep_ not in (("ROOT", "ccomp") if reported else ("ROOT",)):
            return False
        marks = {tok.i for c in sent.cue("condition") for tok in c}
        # (An offer's condition may hang on the act offered: "would agree to hold elections if …".)
        clauses = [c for c in verb.subtree if c.i != verb.i] if reported else verb.children
        supposing = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.i in marks for m in c.children)
                        for c in clauses)
        hypothetical = {tok.i for c in sent.cue("aux") if c._.value == "hypothetical" for tok in c}
        return supposing and any("Cnd" in t.morph.get("Mood") or t.i in hypothetical
                                 for t in (verb, *[c for c in verb.children if c.dep_.startswith("aux")]))

    def _only_possible(self, sent: Sentence, trigger: Span) -> bool:
        """Is the trigger's verb told as only possible, by a modal of its own ("could be signed",
        "may block off", "might object to", "could reach an agreement"), or as only aimed at, by
        a verb of attempt whose infinitive it is ("tried to sign", "is seeking to meet"), or as a
        chance missed ("missed an opportunity to sign", "ont manqué une occasion de signer")?"""
        verb = trigger.root
        attempts = {tok.i for c in sent.cue("attempt") for tok in c}
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ == "xcomp" and verb.head.i in attempts:
            return True
        # (Or as only considered, by a verb of deliberation whose object or gerund it is: "weigh
        # further sanctions", "is considering expelling the envoy", "mulls a visit to Lima".)
        deliberating = {tok.i for c in sent.cue("deliberation") for tok in c}
        if verb.dep_ in ("dobj", "obj", "xcomp") and verb.head.i in deliberating and verb.head.pos_ == "VERB":
            return True
        # (The infinitive of a chance that a verb of missing takes as its object: what one could
        # have done and did not. A chance taken tells its act: "a profité de l'occasion pour saluer".)
        chances = {tok.i for c in sent.cue("chance") for tok in c}
        missing = {tok.i for c in sent.cue("missing") for tok in c}
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("acl", "relcl", "xcomp") and verb.head.i in chances \
                and verb.head.dep_ in ("dobj", "obj") and verb.head.head.i in missing:
            return True
        if verb.pos_ not in ("VERB", "AUX"):
            # A noun by the verb it is the subject or object of, not one in a phrase beside it
            # ("before the signing, troops could only …").
            if verb.dep_ not in ("nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj") or verb.head.pos_ not in ("VERB", "AUX"):
                return False
            verb = verb.head
        modals = {tok.i for c in sent.cue("possibility") for tok in c}
        # (French makes "pouvoir" the head and the act its complement: "pourrait expulser",
        # "d'autres sanctions peuvent être envisagées".)
        return any(c.dep_.startswith("aux") and c.i in modals for c in verb.children) \
            or (verb.dep_ == "xcomp" and verb.head.i in modals) \
            or (verb.i in modals and any(c.dep_ == "xcomp" for c in verb.children))

    def _conditional(self, sent: Sentence) -> bool:
        """A verb in the conditional mood, or a hypothetical modal ("could", "would")."""
        return any("Cnd" in t.morph.get("Mood") for t in sent.span) or any(
            c._.value == "hypothetical" for c in sent.cue("aux"))

    def _imagined(self, sent: Sentence, trigger: Span) -> bool:
        """Is the trigger in the clause of a conditional verb or a hypothetical modal ("could be
        held", "pourrait réunir", "would meet … for consultations"), or in what that clause governs?
        A clause of its own beside it, with its own subject, keeps its own mood: in "X spoke with Y
        and both ministers would meet on Sunday" the call is told as done."""
        if trigger.root.pos_ not in ("VERB", "AUX") and self._governing_verb(trigger.root) is None:
            return True  # a noun with no verb of its own: no clause to tell it apart
        moods = [t for t in sent.span if "Cnd" in t.morph.get("Mood")] + [
            c.root for c in sent.cue("aux") if c._.value == "hypothetical"]
        # (The French parser labels a subject "il" as an expletive, "expl:subj", even where it
        # stands for someone: "qu'il voudrait marquer une rupture" has its subject all the same.)
        subject = ("nsubj", "nsubj:pass", "nsubjpass", "expl:subj")
        for token in moods:
            clause = token.head if (token.dep_.startswith("aux") or token.dep_ == "cop") and token.head.i != token.i else token
            # A predicate that shares its subject with the one before shares its clause ("the pact
            # was negotiated in secret and could undermine …": one claim, imagined as a whole).
            while clause.dep_ == "conj" and clause.head.i != clause.i and not any(c.dep_ in subject for c in clause.children):
                clause = clause.head
            if not any(c.dep_ in subject for c in clause.children):
                return True  # a clause whose subject the parse does not show: no bound to tell it by
            # (Not a clause coordinated with it that names its own subject: "… and Z said it would".)
            apart = {t.i for c in clause.children if c.dep_ == "conj" and any(
                s.dep_ in subject for s in c.children) for t in c.subtree}
            if trigger.root.i in {t.i for t in clause.subtree} - apart:
                return True
        return False

    def _pluperfect(self, trigger: Span) -> bool:
        """A main verb in the pluperfect ("had promised", "avait condamné"): told as done before.
        So is a noun its object or subject ("avaient facilité des échanges de prisonniers"), and a
        relative clause in the pluperfect, which describes someone by an older act ("le président,
        qui s'était rendu au Liban", "the envoy, who had visited Kigali")."""
        verb = trigger.root
        clauses = ("ROOT", "relcl", "acl:relcl")
        if verb.pos_ != "VERB" and verb.dep_ in ("obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass") \
                and verb.head.i != verb.i:
            verb = verb.head
        elif verb.pos_ == "NOUN" and self._time_or_cause_of(verb) is not None:
            # So is a meeting that gives such an act its time or cause, told or reported ("précisant
            # que la décision avait été prise après des consultations avec Haïti", "said the deal
            # had been reached during talks in Kampala"): the meeting came before the act.
            verb = self._time_or_cause_of(verb)
            clauses = ("ROOT", "relcl", "acl:relcl", "ccomp")
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
            # A verb coordinated with a clause's verb, with its own auxiliary, is told in that
            # clause's place ("avait annoncé la suspension …, mais n'avait prononcé aucune sanction").
            clause = clause.head
        if clause.dep_ not in clauses or (verb.pos_ != "VERB" and not self._aux_of_tense(verb)):
            return False
        if clause.dep_ != "ROOT" and any(d.start <= clause.head.idx < d.end for d in self.dates):
            return False  # a clause the parser hangs on a day: "ont déclaré mercredi qu'ils avaient convenu …"
        return self._pluperfect_form(verb)

    @staticmethod
    def _time_or_cause_of(noun):
        """The verb of which the noun is a phrase opened by a preposition ("après des consultations"
        in UD, an oblique with its `case`; "during talks" in English, the object of a `prep` on the
        verb), or None."""
        if noun.dep_ in ("obl", "obl:mod", "obl:arg") and noun.head.pos_ == "VERB":
            return noun.head if any(c.dep_ == "case" for c in noun.children) else None
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
            return noun.head.head
        return None

    @staticmethod
    def _aux_of_tense(word) -> bool:
        """A word the parser took for a noun that has an auxiliary of tense ("avaient facilité",
        facilité read as a noun): a participle."""
        return word.pos_ == "NOUN" and any(c.dep_ == "aux:tense" and c.pos_ == "AUX" for c in word.children)

    def _recalled_in_clause(self, trigger: Span) -> bool:
        """A trigger in an adverbial clause in the pluperfect ("although the two had agreed in
        May that …", "after they had met in Kampala"): what the news is set against, told as
        done before it."""
        verb = trigger.root if trigger.root.pos_ == "VERB" else self._governing_verb(trigger.root)
        if verb is None or verb.pos_ != "VERB" or verb.dep_ != "advcl" or not any(c.dep_ == "mark" for c in verb.children):
            return False
        return self._pluperfect_form(verb)

    def _said_before(self, trigger: Span) -> bool:
        """Is the trigger in what a verb in the pluperfect says or decides, at any depth of
        complement clauses ("the minister had said that Chile condemns …", "avait expliqué que
        Nairobi et Kampala avaient décidé de rompre …")? A saying told as done before the news
        is an old statement: what it says is recalled with it."""
        token = trigger.root if trigger.root.pos_ in ("VERB", "AUX") else self._governing_verb(trigger.root)
        while token is not None and token.dep_ in ("ccomp", "xcomp") and token.head.i != token.i:
            token = token.head
            if token.pos_ == "VERB" and self._pluperfect_form(token):
                return True
        return False

    def _agreed_as_the_news_time(self, sent: Sentence, trigger: Span) -> bool:
        """An agreeing verb in an adverbial clause that gives the news its time or cause ("peace
        efforts have gained momentum after Saudi Arabia and Iran agreed to restore ties", "stepped
        up evacuations as a truce was agreed", conjunction cue `given_act`): a commitment the
        news is set against, made before it, not the news."""
        verb = trigger.root
        if trigger.label_ != "AGREE" or verb.pos_ != "VERB" or verb.dep_ != "advcl":
            return False
        marks = {tok.i for c in sent.cue("given_act") for tok in c}
        return any(c.dep_ == "mark" and c.i in marks for c in verb.children)

    @staticmethod
    def _pluperfect_form(verb) -> bool:
        if "Part" not in verb.morph.get("VerbForm") and not TimeOfTelling._aux_of_tense(verb):
            return False
        return any(c.dep_ in ("aux", "aux:tense") and c.morph.get("Tense") and
                   set(c.morph.get("Tense")) <= {"Past", "Imp"} and "Cnd" not in c.morph.get("Mood")
                   for c in verb.children)

    @staticmethod
    def _imperfect(trigger: Span) -> bool:
        """A trigger verb in the imperfect indicative ("accusait", "annonçait", "exigeaient"), or a
        noun that is the object of one ("En février, Ottawa annonçait l'octroi d'un fonds")."""
        verb = trigger.root
        if verb.pos_ != "VERB" and verb.dep_ in ("obj", "dobj") and verb.head.i != verb.i:
            verb = verb.head
        return verb.pos_ == "VERB" and "Imp" in verb.morph.get("Tense") and "Ind" in verb.morph.get("Mood")

    @staticmethod
    def _anterior(trigger: Span) -> bool:
        """A trigger verb in a compound participle ("ayant rompu", "having broken off")."""
        verb = trigger.root
        return verb.pos_ == "VERB" and any(
            c.dep_.startswith("aux") and "Part" in c.morph.get("VerbForm") and "Pres" in c.morph.get("Tense")
            for c in verb.children)

    @staticmethod
    def _after_auxiliary(verb, copula: bool = True) -> bool:
        """Is there an auxiliary among the four words before the participle ("a « fermement »
        condamné", "a en réaction fustigé", which the parser tags a copula unless `copula` is
        False)? The parser may tag it a finite verb when only punctuation, pronouns and adverbs
        stand between ("a, lui, appelé")."""
        before = list(verb.doc[max(verb.sent.start, verb.i - 4):verb.i])
        for n, t in enumerate(before):
            if t.pos_ == "AUX" and (copula or t.dep_ != "cop"):
                return True
            if t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm") and all(
                    x.pos_ in ("PUNCT", "PRON", "ADV") for x in before[n + 1:]):
                return True
        return False

    def _dated_long_before(self, sent: Sentence, trigger: Span) -> bool:
        """Does the trigger's clause carry a word that puts it well before the news ("agreed five
        months ago", "signed last year", "recall that … agreed")?"""
        markers = {tok.i for c in sent.cue("recalled") for tok in c}
        if trigger.root.pos_ not in ("VERB", "AUX") and trigger.root.i in markers:
            # The marker names the meeting noun itself ("la dernière visite d'un pape en France
            # remonte à 2008", "la visite précédente du ministre date d'avril"): an earlier one.
            return True
        if trigger.root.pos_ in ("NOUN", "PROPN") and any(
                self._dates_noun(c.root, trigger) for c in sent.cue("lately")):
            # A few days back dates the news when it dates its verb ("met last week"), but an act's
            # noun so dated inside another act's sentence is an earlier act ("protested the
            # treatment of its officials during a visit by the president last week").
            return True
        clause = trigger.root if trigger.root.pos_ in ("VERB", "AUX") else self._governing_verb(trigger.root)
        if clause is None or not (markers or sent.dates):
            return False
        if any(self._dates_clause(c.root, clause, trigger) for c in sent.cue("recalled")) \
                or self._in_bygone_year(sent, trigger, clause):
            return True
        # A clause of "when" happens at the time it hangs on: the clause it qualifies ("the talks
        # collapsed in 2019 when Turkey invaded"), or the time word itself, whose relative clause the
        # parser makes it ("was split in 1974 when a coup triggered a Turkish invasion").
        whens = {tok.i for c in sent.cue("when") for tok in c}
        then = clause.head
        if clause.dep_ in SUBORDINATE | {"advcl"} and then.i != clause.i \
                and any(c.dep_ in ("mark", "advmod") and c.i in whens for c in clause.children):
            if then.pos_ in ("VERB", "AUX"):
                return any(self._dates_clause(c.root, then, trigger) for c in sent.cue("recalled")) \
                    or self._in_bygone_year(sent, trigger, then)
            return then.i in markers or any(d.kind in ("year", "month") and d.value and self._bygone(d)
                                            and d.start <= then.idx < d.end for d in sent.dates)
        if any(tok.i in markers for tok in clause.head.subtree) and clause.dep_ in ("ccomp", "xcomp"):
            return True
        # What a dated saying says ("Earlier this month, Kurti said that the meeting will focus on
        # how the dialogue will proceed") was said then, down through the clauses it governs.
        return any(self._said_then(c.root, clause) for c in sent.cue("recalled"))

    @staticmethod
    def _dates_noun(token, trigger: Span) -> bool:
        """Does a time word hang on the trigger's noun itself ("a visit by the president last
        week"), not on a noun below it ("condolences on the loss of lives in the floods last week":
        the floods are dated)?"""
        return token.head.i != token.i and trigger.start <= token.head.i < trigger.end

    @staticmethod
    def _said_then(marker, clause) -> bool:
        """Is the clause a complement, at any depth, of the verb a time word hangs on?"""
        verb = marker.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i == clause.i:
            return False
        token = clause
        while token.i != verb.i:
            if token.dep_ not in COMPLEMENTS or token.head.i == token.i:
                return False
            token = token.head
        return True

    @staticmethod
    def _dates_clause(token, clause, trigger: Span, direct: bool = False) -> bool:
        """Does a time word belong to the trigger's clause: it hangs on the trigger (any of its words:
        "a coupé les ponts l'an dernier"), or on the clause's
        verb with no subordinate clause nor noun between? A clause of its own dates only itself ("met the
        envoy after the talks broke down earlier this month": the talks, not the meeting), and a
        noun it hangs on dates that noun ("condemned Hamas for its attacks in 2023"). Coordinated
        verbs share their time ("had invaded and occupied the islands in the past"). With `direct`,
        no verb may stand between ("committed to raise spending by 2035" dates the raising)."""
        def first_of(verb):
            while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
            return verb
        while token.head.i != token.i:
            token = token.head
            if trigger.start <= token.i < trigger.end or first_of(token).i == first_of(clause).i:
                return True
            if token.dep_ == "acl" and token.pos_ == "VERB" and trigger.start <= token.head.i < trigger.end:
                return True  # a participle qualifying the act's noun dates it ("la session tenue en 1984")
            if token.pos_ in ("NOUN", "PROPN"):
                return False
            if token.pos_ in ("VERB", "AUX") and (direct or token.dep_ in SUBORDINATE or any(
                    c.dep_ == "mark" for c in token.children)):
                return False
        return False

    def _in_bygone_year(self, sent: Sentence, trigger: Span, clause) -> bool:
        """Is an act in the past tense dated by a year alone, or by a month of a named year, in a
        text whose publication date is unknown ("closed its office in 2000", "the agreement signed
        in 2019", "le conseil a été institué en mars 2017 lors de la visite de …")? The news names
        its day; a bare year, or a month with its year, dates what it is set against. With the
        publication date known, so does a month of a named year more than a month before it
        ("had been signed in August of 2015"); a bare year before it makes the whole sentence
        background: `_is_background`."""
        if "Past" not in clause.morph.get("Tense"):
            return False
        for d in sent.dates:
            if d.kind not in ("year", "month", "absolute") or not d.value or d.past is False or not self._bygone(d):
                continue
            span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None and self._dates_clause(span.root, clause, trigger, direct=True):
                return True
        return False

    def _bygone(self, date) -> bool:
        """Is a year, or a month with its year written out ("mars 2017", "August of 2015"), one
        the news is not of: any, with no publication date; a month more than a month before it,
        or of an earlier year, with one. A month without its year ("last July", "en juillet
        dernier") is one when the publication puts it more than a month back; a day stated in full
        when it is long before the news's (`_day_before_the_news`)."""
        if date.kind == "absolute":
            return len(date.value) == 10 and self._day_before_the_news(date)
        if date.kind == "month" and not re.search(r"\d{4}", date.text):
            # "en mars": the month of the news' own year, unless the publication puts it more than a
            # month back ("visited Kampala last July" in a text of May).
            return bool(self.published) and len(date.value) >= 7 and self._long_before(date.value)
        if not self.published:
            return True
        return date.kind == "month" and len(date.value) >= 7 and (
            self._long_before(date.value) or date.value[:4] < self.published[:4])

    def _day_before_the_news(self, date) -> bool:
        """Is a day stated in full long before the news's? The first day the text states in full is
        the news's ("Le 2 mai 2023, … Le 25 mars 2021, …": a week before it is an older act); where
        the text told the news's day only relative to the publication ("met on Monday"), a day
        more than a month before the publication is ("signed a deal on 12 March 2019" in a text of
        May 2024). (Not the first date a text states: a dateline's "Mar 26" is the news's day,
        however late the publication.)"""
        told = [m for m in self.dates if m.start < date.start and m.value]
        if any(m.kind == "absolute" and len(m.value) == 10 for m in told):
            return self._before_the_news(date)
        return bool(told) and self._long_before(date.value)

    def _is_background(self, sent: Sentence, drafts: list[Draft]) -> bool:
        """A sentence that recalls an earlier event ("the first round was held in 2018")."""
        if not drafts or not self.published:
            return False
        year = int(self.published[:4])
        for d in sent.dates:
            if d.kind == "year" and d.value and int(d.value[:4]) < year:
                return True
            if d.value and len(d.value) >= 7 and d.value[:7] < self.published[:7] and d.kind == "absolute":
                main = next((x.date for x in drafts if x.date), None)
                if main and d.value < main[: len(d.value)]:
                    return True
        return False
