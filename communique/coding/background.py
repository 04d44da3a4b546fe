"""Stage 1, triggers of acts that are not the news: an act the text takes as known (its cause or
its time, "a shift brought on by Russia's invasion"), judged ("the strikes were unlawful"), lasting
up to the news ("after eleven years of rupture"), set as what the news follows ("comes two days
after …"), told by a participle that describes someone or something ("un agent accusé de complot",
"the expelled diplomats", "the roadmap agreed in April") or by what a document says it does, or
dated long before the news. `triggers.EventProposal` drops what these find; `_news_triggers` is
the pass that drops, from a sentence's triggers, what is recalled, set against the news, going
on, habitual, a statement's matter, conceded or learned of.
"""
from __future__ import annotations

from datetime import date as day

from spacy.tokens import Span

from ..recognising.lexicon import fold
from .context import ABOUT_TYPES, SUBJECT_DEPS, Draft, Sentence, negated, points_back
from .frames import known_charge, perfect_describing
from .tables import QUAD
from .tense import TimeOfTelling


#: Acts done, not said: a phrase of cause or time may name one as known (cue `given_act`), a
#: participle may name those who underwent one ("the expelled diplomats", "assets seized from").
MATERIAL_ACTS = frozenset(t for t, quad in QUAD.items() if quad == 4) | {"RETREAT"}
#: Acts whose victims may be told to have endured them for a span of time: held, occupied, shelled.
ENDURED_ACTS = frozenset({"COERCE", "ASSAULT"})
#: How what is learned hangs from a verb of learning: its object, or a preposition's phrase ("learned
#: of the attack").
LEARNED_DEPS = frozenset({"dobj", "obj", "prep"})
#: How a word that tells a habit hangs from the verb it qualifies: an adverb ("often"), or a phrase of
#: time ("every year", an English bare noun phrase; "chaque année", a French adjunct). The French
#: parser also reads a phrase of repetition as an argument or an object ("a condamné à maintes
#: reprises", "a été reçu plusieurs fois"): such a phrase is no argument of the act it repeats.
#: English hangs a prepositional phrase of repetition on the verb by its preposition ("have
#: requested from time to time").
HABIT_DEPS = frozenset({"advmod", "npadvmod", "obl:mod", "obl:tmod", "nmod:tmod", "obl:arg", "obj", "prep"})


class Background:
    """Which triggers tell an act other than the news's: known, judged, lasting, framed, described."""

    def _handed_over(self, trigger: Span, sent: Sentence) -> bool:
        """Whether the thing an `object` trigger names (credentials) is handed over in an act the
        sentence tells: not in a definition ("la lettre de créance est un document …"), nor by a
        verb negated ("qui n'ont pas encore remis leurs lettres"), describing someone ("the envoys
        who presented their credentials were …") or giving the time of the news ("Après avoir
        présenté ses lettres de créance, la diplomate a signé …")."""
        phrase = trigger.root
        while phrase.dep_ in ("nmod", "pobj", "prep", "compound") and phrase.head.i != phrase.i:
            phrase = phrase.head  # "la présentation des lettres de créance": the phrase's head noun
        if phrase.dep_.startswith("nsubj") and (any(c.dep_ == "cop" for c in phrase.head.children) or (
                phrase.head.pos_ == "AUX" and any(c.dep_ == "attr" for c in phrase.head.children))):
            return False  # the subject of "est une formalité", "are documents presented by …"
        verb = trigger.root
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return True  # "la cérémonie de présentation des lettres de créance": the ceremony's own words
        if negated(verb):
            return False
        clause = verb
        while clause.dep_ == "xcomp" and clause.head.i != clause.i:
            clause = clause.head  # "qui lui a permis de présenter …": the clause it completes
        if clause.dep_ in ("relcl", "acl:relcl"):
            return False
        given = sent.cue("given_act")
        markers = [c for c in verb.children if c.dep_ in ("mark", "case")] + ([verb.head] if verb.dep_ == "pcomp" else [])
        return not any(c.start <= m.i < c.end for m in markers for c in given)

    @staticmethod
    def _thanked_for(trigger: Span, sent: Sentence) -> bool:
        """An act told by a gerund as the reason of thanks or praise ("thanked Putin for attending
        the summit", "sent his gratitude to the president for hosting the talks"): what is thanked
        for is done before, not a new act. From the parse: the gerund (or the gerund whose object
        the trigger's noun is: "for attending the summit") completes a preposition hung on a word
        of thanks (cue `thanked`), or on the verb whose object that word is."""
        verb = trigger.root
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "obj"):
            verb = verb.head
        elif trigger.label_ == "CONSULT":
            # (A meeting verb thanked for, "for receiving his delegation", "for visiting Nigeria", is
            # the meeting the text tells, which the thanks are part of: left to the retelling pass.)
            return False
        if verb.pos_ != "VERB" or verb.tag_ != "VBG" or verb.dep_ != "pcomp":
            return False
        thanks = {tok.i for c in sent.cue("thanked") for tok in c}
        head = verb.head.head  # the word the preposition hangs on
        objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]  # "his regards and gratitude"
        return head.i in thanks or any(o.i in thanks for o in objects)

    def _given_act(self, trigger: Span, sent: Sentence) -> bool:
        """A material act named by a definite or possessed noun in a phrase that gives the news's
        cause or time ("a shift brought on by Russia's invasion of Ukraine", "divided since the
        Turkish invasion", "sanctioned in response to Russia's invasion"): an act the reader is
        taken to know, background. An indefinite noun may bring a new act in ("after an attack on
        a convoy on Monday"); a phrase that hangs on a trigger is its reason, read there."""
        noun = trigger.root
        if noun.pos_ != "NOUN":
            return False
        if noun.dep_ == "pobj":
            prep = noun.head
        else:
            # (UD hangs the preposition on its noun: "en raison de la répression", "après l'attaque".)
            prep = next((c for c in noun.children if c.dep_ in ("case", "fixed")), None)
            if prep is None:
                return False
        cue = next((c for c in sent.cue("given_act") if c.start <= prep.i < c.end), None)
        if cue is None:
            return False
        head = prep if noun.dep_ == "pobj" else noun.head  # what the phrase hangs on: the first word above it outside the cue
        while cue.start <= head.i < cue.end and head.head.i != head.i:
            head = head.head
        if head.i in self.trigger_tokens:
            return False  # "sanctions over its invasion": the measure's reason (see _events_of)
        if trigger.label_ not in MATERIAL_ACTS:
            # A spoken or diplomatic act is given when it opens a span up to the news ("since the
            # Geneva talks", "depuis la visite de …") or, but for a meeting, when the phrase names whose
            # it was ("following the US' recognition of …"): "after their talks", "following Biden's
            # talks with Trong" may be the news itself, the meeting the announcement closed.
            return cue._.value == "span" and any(c.dep_ == "det" and points_back(c) for c in noun.children) \
                or (trigger.label_ != "CONSULT" and any(self._named_owner(c) for c in noun.children))
        return any(c.dep_ == "poss" or (c.dep_ == "det" and points_back(c)) for c in noun.children)

    @staticmethod
    def _named_owner(word) -> bool:
        """Is a word the named owner of its noun: a name in the possessive ("Russia's", "the US'";
        a parse may take "US’" for a modifier with the apostrophe apart)?"""
        if word.pos_ != "PROPN":
            return False
        after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
        return word.dep_ == "poss" or (word.dep_ == "nmod" and after is not None and after.tag_ == "POS") or (
            word.dep_ == "nmod" and after is not None and after.text in ("'", "’") and after.head.i == word.head.i)

    @staticmethod
    def _any_such_act(trigger: Span, sent: Sentence) -> bool:
        """An act named by a noun that "any" chooses ("has not been informed of any visa
        restrictions", "would oppose any sanctions"): whichever act there may be, none told."""
        noun = trigger.root
        if noun.pos_ != "NOUN":
            return False
        free = {tok.i for c in sent.cue("free_choice") for tok in c}
        return any(c.dep_ == "det" and c.i in free for c in noun.children)

    @staticmethod
    def _judged(trigger: Span) -> bool:
        """A material act named by a noun that is the subject of a judgement ("the drone strikes were
        unlawful", "the annexation is a violation of international law", "les frappes sont
        illégales"): what a statement says of an act the reader knows, not an act it tells. From the
        parse: the noun is the subject of a copula ("be" with an adjective or a noun after it)."""
        noun = trigger.root
        if trigger.label_ not in MATERIAL_ACTS or noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubj:pass"):
            return False
        head = noun.head
        if any(c.dep_ == "cop" for c in head.children):
            return head.pos_ in ("ADJ", "NOUN")  # UD: the predicate heads the clause
        return head.pos_ == "AUX" and any(c.dep_ in ("acomp", "attr") for c in head.children)

    def _lasting_over(self, trigger: Span, sent: Sentence) -> bool:
        """An act noun that a span of time is made of ("after eleven years of rupture", "après
        des années d'isolement", "the abduction led to months of negotiations", "deux décennies
        de concertations"): a state or a process that lasted up to the news, not an act of its
        day. (Days are left out: "after two days of talks" may be the meeting itself.)"""
        noun = trigger.root
        if noun.pos_ != "NOUN":
            return False
        while noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i != noun.i:
            noun = noun.head  # "une décennie de suspension … et d'isolement"
        spans = {tok.i for c in sent.cue("span_of_time") for tok in c}
        if not spans:
            return False
        made_of = self.words.made_of
        if noun.dep_ == "pobj" and fold(noun.head.text) in made_of:
            of = noun.head
            while of.dep_ == "conj" and fold(of.head.text) in made_of and of.head.i != of.i:
                of = of.head  # "two decades of talks and of sanctions"
            return of.head.i in spans
        return noun.dep_ == "nmod" and noun.head.i in spans and any(
            c.dep_ == "case" and fold(c.text) in made_of for c in noun.children)

    def _held_for_a_span(self, trigger: Span, sent: Sentence) -> bool:
        """Coercion or force told by a verb with the span of time it lasted ("after being detained
        in China for nearly three years", "détenus depuis deux ans"): a state its victims were in
        up to the news, not an act of its day. (Days and hours are left out: "detained for two
        hours on Monday" is the day's act.) So is one told by a noun, the state a span of time was
        spent in ("after spending 1,000 days in detention in China") or that a release ends
        ("released from house arrest")."""
        verb = trigger.root
        if trigger.label_ not in ENDURED_ACTS:
            return False
        spans = {tok.i for c in sent.cue("span_of_time") for tok in c}
        if verb.pos_ == "NOUN":
            # The act as the state a span of time was spent in ("after spending more than 1,000 days in
            # detention", "who have spent 16 months in captivity"): the verb's object is the span.
            # (The parse hangs the act on the span, "days in detention", or on the verb.)
            if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
                above = verb.head.head
            elif verb.dep_.startswith(("obl", "nmod")):
                above = verb.head
            else:
                return False
            if any(t.label_ == "RETREAT" and t.start <= above.i < t.end for t in sent.triggers):
                return True  # "was released from house arrest": the state the release ends
            counted = [above] if above.dep_ in ("dobj", "obj") else [
                c for c in above.children if c.dep_ in ("dobj", "obj")]
            # (Days too, counted: "1,000 days", which `span_of_time` leaves out as too short alone.)
            days = {tok.i for c in sent.cue("counted_span") for tok in c}
            return any(c.head.pos_ == "VERB" and (c.i in spans or (
                c.i in days and any(n.dep_ == "nummod" for n in c.children))) for c in counted)
        if verb.pos_ not in ("VERB", "AUX") or not self.words.duration:
            return False
        for c in verb.children:
            if c.dep_ == "prep" and fold(c.text) in self.words.duration and any(t.i in spans for t in c.subtree):
                return True  # English: "for" heads the phrase
            if c.dep_.startswith("obl") and c.i in spans and any(
                    a.dep_ == "case" and fold(a.text) in self.words.duration for a in c.children):
                return True  # UD: the noun heads it, "depuis" its case
        return False

    def _framed_acts(self, sent: Sentence, told_before: bool = False) -> set[int]:
        """The words of an older act a frame verb sets the news against: what follows "comes
        (a day) after", "intervient après que", "follows", "fait suite à", when the verb's subject
        is the news (a noun or a pronoun: "the visit", "cette décision", "elle"), not a person
        or a state ("the minister came after the talks", "le Mali fait suite …" tell acts). With
        `told_before`, the subject's words too: it names the news again."""
        framed: set[int] = set()
        named = sent.people + sent.titles + sent.countries + sent.actors + sent.organisations
        prepositions = sent.cue("frame_preposition")
        for cue in sent.cue("frame_verb"):
            verb = cue.root
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            if any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for c in verb.children):
                continue  # "would be followed by a meeting": in the passive, what it names comes after the news
            subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
            if not subjects and verb.dep_ == "conj":
                # A frame verb coordinated with the one that names the news shares its subject ("The
                # launch marked the first test since May and came a day after …", "this is the third deal and
                # follows …", "cette visite est la première et intervient après …": a copula's predicate).
                subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
            zone = {t.i for s in subjects for t in s.subtree}
            # (The subject's head word: "President Ruto's visit to Uganda comes …" is a visit.)
            if not subjects or any(s.pos_ == "PROPN" or fold(s.text) in self.words.personal_subjects
                                   or any(n.start <= s.i < n.end for n in named) for s in subjects):
                continue
            # Only a span of time may stand between ("comes a week after", "intervient juste après"),
            # not a place ("came to Kampala after the talks": a journey). A span of time may be
            # compared ("less than a week after", "little more than six months after", "moins d'un
            # mois après"): its "than", "de" is no place.
            if cue._.value == "after" and not any(
                    p.start >= cue.end and all(t.pos_ in ("ADV", "NUM", "DET", "NOUN", "ADJ") or fold(t.text) in self.words.span_comparers
                                               for t in self.doc[cue.end:p.start])
                    and p.start - cue.end <= 6 for p in prepositions):
                continue  # "comes into force", "intervient dans le débat": no older act named
            framed |= {t.i for t in verb.subtree if t.i >= cue.end} | (zone if told_before else set())
        return framed

    @staticmethod
    def _describes_someone(trigger: Span) -> bool:
        """An accusation told by a participle that describes a noun, with no one named as its
        author ("un agent accusé de complot", "un festival critiqué pour …", "a man accused of
        fraud"): a charge or a reputation, not an accusation made. ("La décision, condamnée par
        le Maroc" names its author: an event.)"""
        verb = trigger.root
        if trigger.label_ != "ACCUSE" or verb.pos_ != "VERB" or verb.dep_ not in ("acl", "amod") \
                or "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense"):
            return False
        # (The parser also reads a main verb as a participle: "a « fermement » condamné l'attaque",
        # "a en réaction fustigé": an auxiliary just before or an object tells a verb in action.)
        return not TimeOfTelling._after_auxiliary(verb) and not any(
            c.dep_ in ("obj", "dobj", "obl:agent", "agent") for c in verb.children)

    def _plan_naming_a_thing(self, trigger: Span) -> bool:
        """A plan told by a relative clause on the thing planned, the clause's subject being the
        planner ("la mission de police qu'elles prévoient d'envoyer", "the force they plan to
        deploy"): the thing is named by a plan already known, no plan is announced. (Not a relative
        clause on the planner, "Kenya, which plans to send police", told of the planner.)"""
        verb = trigger.root
        if trigger.label_ != "AGREE" or "future" not in self._cues(trigger) or verb.pos_ != "VERB" \
                or verb.dep_ not in ("relcl", "acl:relcl") or verb.head.pos_ != "NOUN":
            return False
        # The thing is the object of the planned act, which has none of its own ("qu'elles prévoient
        # d'envoyer"; not a that-clause the parser hangs on a noun, "mercredi qu'ils avaient convenu
        # de rouvrir le poste").
        acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        return any(c.dep_ == "nsubj" and "Rel" not in c.morph.get("PronType") for c in verb.children) \
            and any(not any(o.dep_ in ("obj", "dobj") for o in act.children) for act in acts)

    @staticmethod
    def _describes_a_thing(trigger: Span, sent: Sentence) -> bool:
        """A meeting told by a past participle that qualifies a thing, a noun that is no one ("the
        agreement mediated by Sudan", "les bureaux de vote visités", "une solution négociée"): it
        says how the thing came about, not that a meeting was held. ("Le ministre, reçu par le
        président" qualifies someone: the audience is told.)"""
        if trigger.label_ != "CONSULT":
            return False
        word = trigger.root
        head = word.head
        # (Not a main verb the parser hangs on the sentence's root noun: "a été, par la suite, reçu par".)
        if head.i == word.i or head.pos_ != "NOUN" or head.dep_ == "ROOT" \
                or any(t.start <= head.i < t.end for t in sent.triggers):
            return False
        if any(s.start <= head.i < s.end for spans in (sent.people, sent.titles, sent.countries,
                                                         sent.organisations, sent.actors) for s in spans):
            return False
        if word.pos_ != "VERB" or word.dep_ not in ("acl", "amod", "nmod") or TimeOfTelling._after_auxiliary(word):
            return False
        form = word.morph.get("VerbForm")
        # (The French tagger may read such a participle as an infinitive, "une solution négociée":
        # an infinitive of purpose has its own mark, "une solution à négocier", "a plan to meet".)
        return "Part" in form and "Past" in word.morph.get("Tense") \
            or "Inf" in form and not any(c.dep_ in ("mark", "aux") for c in word.children)

    @staticmethod
    def _conceded(sent: Sentence) -> set[int]:
        """The tokens of the phrases a concessive preposition (cue `concessive`: "despite", "in
        disregard of", "malgré", "au mépris de") opens: the preposition's own phrase in English
        ("despite" -> "protests"), the noun it marks in UD ("malgré" is a `case` of "protestations")."""
        out: set[int] = set()
        for cue in sent.cue("concessive"):
            word = cue[-1]
            if word.dep_ == "case" or word.dep_ == "fixed" and word.head.dep_ == "case":
                head = word.head if word.dep_ == "case" else word.head.head
                out |= {t.i for t in head.subtree}
            else:
                out |= {t.i for t in word.subtree if t.i >= word.i}
        return out

    @staticmethod
    def _describes_a_threatening_party(trigger: Span, sent: Sentence) -> bool:
        """A threat told by a present participle that qualifies an actor named inside what the
        sentence is about ("will not tolerate a foreign government threatening Canadian citizens",
        "the involvement of a government threatening its citizens"): it says what that actor does,
        the matter of another's words, not a threat made; so is an act coordinated with it
        ("threatening and killing Canadian citizens"). (A statement or a letter "threatening
        retaliation" is a threat issued: its noun names no actor.)"""
        verb = trigger.root
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and any(
                t.root.i == verb.head.i and t.label_ == "THREATEN" for t in sent.triggers):
            verb = verb.head
        elif trigger.label_ != "THREATEN":
            return False
        if verb.pos_ != "VERB" or "Prog" not in verb.morph.get("Aspect"):
            return False
        if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "obj", "pobj"):
            noun = verb.head
        elif verb.dep_ == "pcomp":
            # (The parser may hang the participle on the preposition beside its noun: "of a
            # government threatening …", the noun before it its subject.)
            noun = next((c for c in verb.head.children if c.dep_ == "pobj" and c.i < verb.i), None)
            if noun is None:
                return False
        else:
            return False
        return any(a.start <= noun.i < a.end for a in sent.actors + sent.countries)

    @staticmethod
    def _called_by_no_one(trigger: Span) -> bool:
        """A request participle that describes a noun, with no one named as its author ("deux pays
        appelés à vivre ensemble", "les chefs de mission appelés à présenter leurs lettres"): what
        someone is destined or due to do. (A passive verb stays a request: "seront invités à
        s'exprimer" names who takes part.)"""
        verb = trigger.root
        if trigger.label_ != "REQUEST" or verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm") \
                or "Past" not in verb.morph.get("Tense") or verb.dep_ not in ("acl", "amod"):
            return False
        # ("sont deux pays appelés à": a copula, the participle describes the countries; but
        # "a, lui, appelé à" is a verb in action the parser took for a participle.)
        return not TimeOfTelling._after_auxiliary(verb, copula=False) and not any(
            c.dep_ in ("obl:agent", "agent") for c in verb.children)

    @staticmethod
    def _act_as_a_subject(trigger: Span) -> bool:
        """A word of disapproval or pressure told by an infinitive or a gerund that is a clause's
        subject ("convoquer un ambassadeur est une façon claire de manifester son mécontentement",
        "summoning an ambassador is a clear way to show displeasure", "condemning Russia is easy"):
        a kind of act talked of, done by no one, not a condemnation or a demand made."""
        verb = trigger.root
        if trigger.label_ not in ("ACCUSE", "REQUEST", "THREATEN", "REJECT") or verb.pos_ != "VERB":
            return False
        if verb.dep_ in ("csubj", "csubj:pass", "csubjpass"):
            return True
        # (The French parser may make such an infinitive the sentence's root or hang it on a quotation
        # mark: an infinitive that no verb, noun or preposition governs, with no subject of its own.)
        return "Inf" in verb.morph.get("VerbForm") and (verb.head.i == verb.i or verb.head.pos_ == "PUNCT") \
            and not any(c.dep_ in ("mark", "case", "aux", "nsubj", "expl:subj") for c in verb.children)

    @staticmethod
    def _talks_in_progress(trigger: Span, sent: Sentence) -> bool:
        """A meeting noun that is the subject of a predicate of progress ("les négociations sont
        déjà en cours", "ne sont pas encore terminées", "the talks are still underway"): talks
        spoken of as going on, with no one meeting anyone on a day, not a meeting told as held."""
        root = trigger.root
        if trigger.label_ != "CONSULT" or root.pos_ != "NOUN" or root.dep_ not in SUBJECT_DEPS:
            return False
        progress = {tok.i for c in sent.cue("in_progress") for tok in c}
        head = root.head
        return head.i in progress or (head.pos_ == "AUX" and any(
            c.i in progress for c in head.children if c.dep_ in ("acomp", "attr", "advmod", "prep")))

    def _charged_by_no_one(self, trigger: Span) -> bool:
        """An accusation verb in the passive with no one named as its author ("Davis was accused of
        killing two men", "the regime, which is accused of suppressing dissent", "the crew is alleged
        to have fished illegally"): a charge or a reputation, whose accuser the text does not give,
        not an accusation made. ("Russia was accused by Ukraine of …" names its author: an event.)"""
        verb = trigger.root
        if trigger.label_ != "ACCUSE" or verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm"):
            return False
        # (English parses only: a French one may take "a accusé", a compound past, for a passive.)
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        # (The author may hang lower: "condemned in a statement by the Kenyan ministry".)
        return passive and not any(t.dep_ in ("agent", "obl:agent") or (t.dep_ == "prep" and fold(t.text) in self.words.agent)
                                   for t in verb.subtree)

    @staticmethod
    def _describes_those_affected(trigger: Span) -> bool:
        """A measure told by a participle that describes those who underwent it, with no one named
        as its author ("the expelled diplomats", "carrying expelled American diplomats", "les
        diplomates expulsés ont quitté Moscou"): the people of a measure told before, not a new
        one. ("Russia expelled ten diplomats", "les diplomates expulsés par Moscou" stay.) So for any
        material act: "assets seized from Japanese companies", "invading aliens", "the freed
        hostages" name things and people by what befell them or what they do."""
        if trigger.label_ not in MATERIAL_ACTS or len(trigger) != 1:
            return False
        word = trigger.root
        if "Part" not in word.morph.get("VerbForm") and word.pos_ != "ADJ":
            return False
        if any(c.dep_ in ("obl:agent", "agent") for c in word.children):
            return False
        if word.dep_ in ("relcl", "acl:relcl") and word.head.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ in ("auxpass", "aux:pass") for c in word.children):
            # So does a passive relative clause with no agent: "received Qatari nationals who were
            # kidnapped in Iraq" names them by what befell them.
            return True
        if any(c.dep_.startswith("aux") for c in word.children):
            return False
        # (An auxiliary just before, adverbs aside, tells a verb in action: "a expulsé", "has now expelled".)
        j = word.i - 1
        while j > word.sent.start and word.doc[j].pos_ == "ADV":
            j -= 1
        if j >= word.sent.start and word.doc[j].pos_ == "AUX":
            return False
        objects = [c for c in word.children if c.dep_ in ("obj", "dobj")]
        if word.dep_ in ("acl", "amod") and word.head.pos_ == "NOUN":
            return not objects
        # A participle before its noun, with no subject before it ("carrying expelled American
        # diplomats"), which the parser may take for a verb of its own.
        after = word.doc[word.i + 1:word.i + 4]
        noun = next((t for t in after if t.pos_ != "ADJ"), None)
        before = word.doc[word.i - 1] if word.i > word.sent.start else None
        return noun is not None and noun.pos_ == "NOUN" and all(t.pos_ == "ADJ" for t in word.doc[word.i + 1:noun.i]) \
            and before is not None and before.pos_ in ("DET", "VERB", "ADP", "NUM") and all(o.i == noun.i for o in objects)

    def _describes_document(self, trigger: Span) -> bool:
        """A participle describing a document ("la feuille de route convenue", "the agreed text",
        "reached agreements": the participle may be the trigger's first word, its root the noun)."""
        documents = self.document_cues
        # (Or the document named right before it, which the parser may not take for its head: "dans
        # le cadre de l'application de la feuille de route convenue en avril".)
        return any(token.dep_ in ("acl", "amod") and "Part" in token.morph.get("VerbForm")
                   and any(d.start <= token.head.i < d.end or d.end == token.i for d in documents)
                   for token in trigger)

    @staticmethod
    def _in_document_clause(trigger: Span, documents: list[Span]) -> bool:
        """Is the trigger inside a relative clause whose antecedent is one of the sentence's
        `documents` ("le mémorandum, qui engage les deux pays à tenir des consultations", "a
        protocol which commits them to meet each year"), or inside the infinitive clause that says
        what a document is for ("an accord to facilitate joint drills")?"""
        tok = trigger.root
        for _ in range(8):
            if tok.dep_ in ("relcl", "acl:relcl") and any(d.start <= tok.head.i < d.end for d in documents):
                return True
            # (Not a participle, which may tell the document's own act, "the agreement signed on
            # Monday", or only its matter, "notes concerning Japan's grant aid".)
            if tok.dep_ == "acl" and any(c.tag_ == "TO" for c in tok.children) \
                    and any(d.start <= tok.head.i < d.end for d in documents):
                return True
            # (After a comma the parser may hang the clause on the verb: "a signé un mémorandum, qui
            # engage …"; its relative subject follows the document.)
            relative = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS
                             and "PronType=Rel" in str(c.morph)), None)
            if relative is not None:
                j = relative.i - 1
                while j >= 0 and trigger.doc[j].is_punct:
                    j -= 1
                if any(d.start <= j < d.end for d in documents):
                    return True
            if tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    def _told_when_or_by_whom(self, trigger: Span) -> bool:
        """Does a participle name who did it or when ("l'accord signé lundi par les deux
        ministres", "signed on Monday")? Then it tells the act itself, not a document's past,
        unless the date is long before the news ("un traité signé en 1974")."""
        verb = next((t for t in trigger if "Part" in t.morph.get("VerbForm")), trigger.root)
        below = [t for t in verb.subtree if t.i != verb.i]
        if any(t.dep_ in ("obl:agent", "agent") for t in below):
            return True
        chars = {t.idx for t in below}
        return any(d.start in chars and not self._long_before_publication(d) and not self._before_the_news(d)
                   for d in self.dates)

    def _apposed_to_document(self, trigger: Span) -> bool:
        """A participle set after a document and a comma, with no auxiliary ("la Déclaration d'Alger,
        signée le 27 août"), which the parser may hang on the sentence's verb: it describes the document."""
        verb = trigger.root
        if "Part" not in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children) \
                or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
            return False
        documents = self.document_cues
        return any(d.end < verb.i and verb.i - d.end <= 5 and not any(
            t.pos_ in ("VERB", "AUX") for t in verb.doc[d.end:verb.i]) for d in documents)

    def _dated_before_the_news(self, trigger: Span) -> bool:
        """Is the participle dated, in its own words, more than a week before the news's day?"""
        verb = next((t for t in trigger if "Part" in t.morph.get("VerbForm")), trigger.root)
        chars = {t.idx for t in verb.subtree if t.i != verb.i}
        return any(d.start in chars and self._before_the_news(d) for d in self.dates)

    #: How many days before the day the news first states a date must name an older act.
    OLDER_BY_DAYS = 7

    def _before_the_news(self, date) -> bool:
        """Is a full date more than a week before the first full date the document states before it
        ("Ce vendredi 30 septembre 2022 s'est tenue la 8e session … la Déclaration d'Alger, signée le
        27 août 2022")? With a publication known only to the month, that day is the news's."""
        if not date.value or len(date.value) != 10:
            return False
        news = next((m for m in self.dates if m.start < date.start and m.kind == "absolute"
                     and m.value and len(m.value) == 10), None)
        if news is None:
            return False
        try:
            return (day.fromisoformat(news.value) - day.fromisoformat(date.value)).days > self.OLDER_BY_DAYS
        except ValueError:
            return False

    def _news_triggers(self, sent: Sentence, triggers: list[Span], drafts: list[Draft]) -> list[Span]:
        """`triggers` less what the sentence tells as background: recalled, set against the news,
        going on, habitual, the matter of a statement, conceded, or learned of."""
        # After the news, what had been done before ("Morocco had condemned …", "had promised")
        # is recalled, not told; a text that opens on it tells it (its first sentence, not the
        # first event found further on: "Le poste a rouvert jeudi. … Tunis avait demandé …").
        # (A relative clause so told describes someone even in the opening sentence: "Le président, qui
        # s'était rendu en Tanzanie, a signé …".)
        recalled = {tok.i for t in triggers if t.root.dep_ in ("relcl", "acl:relcl") and self._pluperfect(t)
                    for tok in t.root.subtree}
        triggers = [t for t in triggers if t.root.i not in recalled]
        # A commitment that gives the news its time ("… gained momentum after X and Y agreed to
        # restore ties"), with what it committed to.
        recalled = {tok.i for t in triggers if self._agreed_as_the_news_time(sent, t) for tok in t.root.subtree}
        triggers = [t for t in triggers if t.root.i not in recalled]
        if drafts or sent.index > 0:
            recalled = {tok.i for t in triggers if self._pluperfect(t) or self._recalled_in_clause(t) or self._said_before(t)
                        for tok in t.root.subtree}
            triggers = [t for t in triggers if t.root.i not in recalled]  # with what they were about
            # (So is what an act dated long before was about: "Pour rappel, ils ont convenu en avril
            # 2021 d'inviter … à tenir une réunion": the invitation and the meeting with it.)
            recalled = {tok.i for t in triggers if self._dated_long_before(sent, t) for tok in t.root.subtree}
            triggers = [t for t in triggers if t.root.i not in recalled]
            # (And what an English relative clause in the present perfect tells: it describes its head
            # by an older act, "27 countries which have backed London in censuring Moscow".)
            recalled = perfect_describing(sent.span)
            triggers = [t for t in triggers if t.root.i not in recalled]
        # What the news is set against ("the visit comes two days after the UK and Kenya signed …",
        # "cette décision fait suite à l'appel de …") was done before it: background.
        # (Its subject, "the visit", "cette décision", is the news, told before when anything was.)
        framed = self._framed_acts(sent, told_before=bool(drafts))
        triggers = [t for t in triggers if t.root.i not in framed]
        # News goes on to tell the older act it was set against: "The call came less than a week
        # after Pashinyan and Aliyev met in Brussels. Aliyev and Pashinyan agreed to …". The next
        # sentence, told in the past with no date of its own, whose subject is someone of that
        # older act, tells more of it: background too.
        if self._continues_framed_story(sent):
            triggers = []
            # (Nor may the sentence models draft a promise from it: its promise is the older act's.)
            self.story_sentences.add(sent.index)
        self.framed_story = (sent.index, {self._surname(p) for p in sent.people if p.start in framed}) \
            if framed else self.framed_story
        # What was going on, or used to be ("les autorités les accusaient", "Ottawa annonçait en
        # février"), is background in the imperfect: a verb so told tells no new event.
        # So is what a compound participle tells as done before ("ayant rompu leurs liens en 2016").
        # (Not the conditional a tagger reads as an imperfect, the future of a past saying: "a
        # ajouté qu'il rencontrerait son homologue le 20 juin".)
        triggers = [t for t in triggers if not (self._imperfect(t) and not self._future_in_the_past(sent, t.root))
                    and not self._anterior(t)
                    and not self._describes_someone(t) and not self._describes_those_affected(t)
                    and not self._describes_a_thing(t, sent)
                    and not self._describes_a_threatening_party(t, sent)
                    and not self._called_by_no_one(t)
                    and not self._act_as_a_subject(t)  # "summoning an ambassador is a way to …"
                    and not known_charge(t, sent, self.words)  # "les accusations selon lesquelles … ajoutent …"
                    and not self._talks_in_progress(t, sent)
                    and not self._plan_naming_a_thing(t)]
        # What is done again and again ("se rendent régulièrement au Liban", "often travel to")
        # is a habit, not an act of the day.
        habitual = {tok.i for c in sent.cue("habitual") for tok in c}
        if habitual:
            # (With what the habit is about: "has repeatedly criticised the drone strikes" tells no strike.)
            # (Not what is coordinated with it: "often criticises Peru, but on Monday it signed …".)
            # (Or a phrase of time that repeats: "will meet every year", "doit se réunir tous les six
            # mois": the rule of a mechanism, not a meeting announced.)
            habits = {tok.i for t in triggers if any(c.i in habitual for c in t.root.children if c.dep_ in HABIT_DEPS)
                      for tok in self._own_subtree(t.root)}
            triggers = [t for t in triggers if t.root.i not in habits]
        # What a word of statement names as its matter ("conveyed its serious concern regarding drone
        # strikes", "a protest over the incursions") is what it is about, not an act it tells, even
        # where the word (a weak "concern") makes no event of its own.
        matter = {tok.i for c in sent.cue("matter_preposition") for tok in c}
        if matter:
            # (A state's official protest too: "to file a protest over the latest water cannon incident".)
            about = {tok.i for t in triggers if (t.label_ in ABOUT_TYPES or (
                t.label_ == "PROTEST" and self._official_protest(sent, t))) and t.root.pos_ == "NOUN"
                     for c in t.root.children if c.dep_ == "prep" and c.i in matter for tok in c.subtree}
            triggers = [t for t in triggers if not (t.label_ in MATERIAL_ACTS and t.root.i in about)]
        # What the news happened in spite of ("in disregard of China's strong protest", "malgré les
        # protestations du Maroc") was done before it: presupposed, not told.
        conceded = self._conceded(sent)
        if conceded:
            triggers = [t for t in triggers if t.root.i not in conceded]
        # What one learns of ("a appris avec consternation l'attentat", "learned with sorrow of the
        # attack") is news received, the matter of the grief or anger the text goes on to voice: the
        # learner did none of it, and violence so told names no doer of its own.
        learned = {tok.i for c in sent.cue("learning") for tok in c}
        if learned:
            news = {tok.i for i in learned if self.doc[i].pos_ == "VERB" for c in self.doc[i].children
                    if c.dep_ in LEARNED_DEPS for tok in c.subtree}
            triggers = [t for t in triggers if not (t.label_ == "ASSAULT" and t.root.i in news)]
        return triggers

    @staticmethod
    def _surname(person: Span) -> str:
        """The last word of a person's name, folded: "Ilham Aliyev" and "Aliyev" are one man."""
        name = getattr(person._.value, "name", None) or person.text
        return fold(name).split()[-1] if name.split() else ""

    def _continues_framed_story(self, sent: Sentence) -> bool:
        """Is the sentence the one right after a sentence that set the news against an older act
        (`_framed_acts`), told in the past, with no date of its own, its subject naming someone
        named in that older act ("… after Pashinyan and Aliyev met in Brussels. Aliyev and
        Pashinyan agreed to …", "… after the summit hosted by Michel. Michel said …")?"""
        story = self.framed_story
        if story is None or story[0] != sent.index - 1 or not story[1] or any(d.value for d in sent.dates):
            return False
        root = sent.span.root
        if root.pos_ not in ("VERB", "AUX") or "Past" not in root.morph.get("Tense"):
            return False
        zone = {t.i for c in root.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        return any(p.start in zone and self._surname(p) in story[1] for p in sent.people)

    @staticmethod
    def _own_subtree(verb) -> list:
        """The verb's words with its objects and modifiers, not the verbs and clauses coordinated
        with it ("criticises Peru, but … signed …": "signed" hangs on "criticises" as a conjunct)."""
        cut = {t.i for c in verb.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        return [t for t in verb.subtree if t.i not in cut]
