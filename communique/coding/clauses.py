"""Stage 2, the grammar of sides: what the parse says of who does an act. The subject of its
verb and how far that subject reaches in the sentence, the agent of a passive, the state that
owns an act's noun, an organisation or a group as subject, and the clauses (of time, cause, a
relative) whose states are not the act's. `sides.py` decides the event's states from these."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..lang import table
from ..recognising.lexicon import fold
from .context import NON_STATE, SUBJECT_DEPS, Sentence, dedupe


#: The marks of a verb's passive voice (UD and spaCy's English).
PASSIVE_DEPS = ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass")
#: The agent of a passive verb ("by the UK"): spaCy's English "agent", UD's "obl:agent".
AGENT_DEPS = ("agent", "obl:agent")


@lru_cache(maxsize=None)
def organisation_name_heads(lang: str) -> dict[str, set[str]]:
    """The head noun of each name of each organisation in a language's table, folded: the last
    word of the name's leading run of capitalised words ("Alliance" of "North Atlantic
    Alliance", "Group" of "Group of Seven", "Union" of "Union africaine", "Communauté" of
    "Communauté économique des États de l'Afrique de l'Ouest"). Acronyms are left out."""
    out: dict[str, set[str]] = {}
    for row in table(lang, "organisation_names"):
        run = []
        for word in row["text"].split():
            if not word[:1].isupper():
                break
            run.append(word)
        if run and run[-1].isalpha() and not run[-1].isupper():
            out.setdefault(row["org_id"], set()).add(fold(run[-1]))
    return out


def relative_subject(verb):
    """The relative pronoun a verb has for subject ("who", "qui"), if any."""
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and (
        "Rel" in c.morph.get("PronType") or c.tag_ in ("WP", "WDT"))), None)


class ClauseRoles:
    """Who the parse says does an act: subjects, agents, possessors and the clauses around them."""

    @staticmethod
    def _plural_pronoun_subject(trigger: Span, shared: bool = False) -> bool:
        """Is the trigger's verb said by a third-person plural pronoun ("they", "ils")? With
        `shared`, also through the verb it is coordinated with ("they welcomed … but criticised")."""
        verb = trigger.root if trigger.root.pos_ in ("VERB", "AUX") else trigger.root.head
        if shared and verb.i == trigger.root.i and verb.dep_ in ("conj", "advcl") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            verb = verb.head
        return any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" and "Plur" in c.morph.get("Number")
                   and "3" in c.morph.get("Person") for c in verb.children)

    #: Dependencies by which a word hangs in its verb's clause: climbing them reaches the verb
    #: whose subject the word's act has ("participera au sommet", "is expected to visit").
    CLAUSE_MEMBERS = frozenset({"obj", "dobj", "obl", "obl:mod", "obl:arg", "nmod", "pobj", "prep", "xcomp", "conj"})

    def _personal_pronoun_subject(self, trigger: Span):
        """The third-person singular personal pronoun that is the subject of the trigger's clause
        ("Il participera au sommet", "Elle est prête à apporter son soutien", "He will travel to
        Lomé"), or None. Not "it"/"cela" (no gender: a thing), not a relative pronoun, not the
        impersonal "il" of "il est prévu que", "il a été convenu de", "il est important de"."""
        token = trigger.root
        for _ in range(4):
            subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
            if subjects:
                s = subjects[0]
                if s.pos_ != "PRON" or "3" not in s.morph.get("Person") or "Sing" not in s.morph.get("Number") \
                        or not set(s.morph.get("Gender")) & {"Masc", "Fem"} \
                        or set(s.morph.get("PronType")) & {"Rel", "Dem", "Int", "Ind"}:
                    return None
                # (The impersonal "il" heads a passive or an adjective that takes a clause; the
                # parser cannot tell it from "il a été invité à …", which is left as before. An
                # adjective that is itself the trigger, "il est prêt à", has a person for subject.)
                # (English "he" is never impersonal, "it" is: "He is expected to hold talks" is his plan.)
                clausal = any(c.dep_ in ("ccomp", "csubj", "xcomp") for c in token.children)
                impersonal = s.lower_ != "he" and "Masc" in s.morph.get("Gender") and clausal and (
                    any(c.dep_ in PASSIVE_DEPS for c in token.children)
                    or (token.pos_ == "ADJ" and not trigger.start <= token.i < trigger.end))
                return None if impersonal else s
            if token.dep_ not in self.CLAUSE_MEMBERS or token.head.i == token.i:
                return None
            token = token.head
        return None

    def _plan_of_the_meeting_told(self, trigger: Span, sent: Sentence) -> bool:
        """Is the plan what a meeting the text refers back to is to end with ("Cette réunion doit se
        conclure par la signature d'un mémorandum", "the talks will close with the signing of …"):
        the subject of the trigger verb or of the verb the trigger hangs on (or of the verb that verb completes) a
        meeting noun with a definite or demonstrative determiner? Its sides are that meeting's
        (the meeting in focus, whose sides the caller asks for)."""
        verb = trigger.root if trigger.root.pos_ in ("VERB", "AUX") else self._governing_verb(trigger.root)
        if verb is None:
            return False
        verbs = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
        # "cette réunion", "the talks": the one told, not "une réunion"; and a bare one, with no
        # complement or clause of its own ("les discussions entre le gouvernement et les rebelles",
        # "the talks that resumed on Sunday" are told apart from the meeting in focus).
        meetings = {t.root.i for t in sent.triggers if t.label_ == "CONSULT" and self._definite_noun(t.root)
                    and all(c.dep_ in ("det", "amod", "punct") for c in t.root.children)}
        return any(c.dep_.startswith("nsubj") and c.i in meetings for v in verbs for c in v.children)

    @staticmethod
    def _inverted_subject(trigger: Span) -> bool:
        """Does the trigger verb's own subject follow it, as French puts it after a relative "que"
        ("…, ce qu'a salué le porte-parole du gouvernement ivoirien", "que condamne la France")?
        That subject does the act, wherever it stands. (Not a passive: its subject undergoes it.)"""
        verb = trigger.root
        return verb.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "expl:subj") and c.i > verb.i and c.pos_ != "PRON" for c in verb.children) \
            and any(c.dep_ in ("obj", "dobj") and c.i < verb.i and c.pos_ == "PRON" for c in verb.children)

    @staticmethod
    def _subject_of_agentless_passive(trigger: Span) -> bool:
        """Is the trigger noun the subject of a passive that names no agent ("Des visites de haut
        niveau seront effectuées", "une commission mixte sera instituée", "a meeting will be
        held"), or of the pronominal "se tenir" ("la réunion se tiendra à Rabat")? Its doer is
        left unsaid, not someone else."""
        noun = trigger.root
        verb = noun.head
        if noun.pos_ not in ("NOUN", "PROPN") or verb.i == noun.i or verb.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.dep_ in ("obl:agent", "agent") for c in verb.children):
            return False
        if noun.dep_ in ("nsubj:pass", "nsubjpass"):
            return True
        return noun.dep_ == "nsubj" and verb.lemma_ == "tenir" and any(
            c.lower_ == "se" and c.dep_.startswith("expl") for c in verb.children)

    #: How many sentences back a pronoun looks for its antecedent.
    PRONOUN_REACH = 3

    def _pronoun_antecedent_states(self, sent: Sentence) -> list[str]:
        """The states of whom a subject pronoun refers to: the subject of the last sentence before
        that names someone as its subject ("Le président français … . Il participera …", "La France
        salue … . Elle est prête à …"): the states in that subject, from its state words, its
        people and its titles. A sentence whose subject is itself such a pronoun passes the
        reference on; a subject that names no state (a thing, an organisation) ends the search."""
        for j in range(sent.index - 1, max(-1, sent.index - 1 - self.PRONOUN_REACH), -1):
            prev = self.sentences[j]
            root = prev.span.root
            subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
            if not subjects:
                return []  # (no subject the parser can see: the reference cannot be followed)
            subject = subjects[0]
            if subject.pos_ == "PRON" and (cleft := self._cleft(root, subject)) is not None:
                subject = cleft  # "C'est par Yaoundé que le président entame …"
            if subject.pos_ == "PRON":
                if "3" in subject.morph.get("Person") and "Sing" in subject.morph.get("Number") \
                        and not set(subject.morph.get("PronType")) & {"Rel", "Dem", "Int", "Ind"}:
                    continue  # "Il a reçu … . Il participera …": the same one
                return []
            zone = range(subject.left_edge.i, subject.right_edge.i + 1)
            states = [c.label_ for c in prev.countries if c.start in zone and not self._is_place(c)
                      and c.label_ not in NON_STATE]
            states += [p._.value.country for p in prev.people if p.start in zone and p._.value.country
                       and p._.value.country not in NON_STATE]
            states += [t._.value.country for t in prev.titles if t.start in zone and t._.value.country
                       and t._.value.country not in NON_STATE]
            states += [s for pos, s in self._unnamed_offices(prev) if pos in zone]
            return dedupe(states)
        return []

    @staticmethod
    def _cleft(root, subject):
        """The subject of the clause a cleft sentence puts its weight on ("C'est par Yaoundé que le
        président français entame …", "C'est à Dakar que les deux ministres se sont retrouvés"): the
        expletive "ce" with a copula names no one; the clause after "que" does. None otherwise."""
        if subject.dep_ != "expl:subj" or not any(c.dep_ == "cop" for c in root.children):
            return None
        for clause in (c for c in root.children if c.dep_ in ("acl", "acl:relcl", "ccomp") and c.pos_ in ("VERB", "AUX")):
            real = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"]
            if real:
                return real[0]
        return None

    def _after_agent_word(self, country: Span) -> bool:
        """Is the state named just after "by"/"par" ("by Iran", "par un haut responsable autrichien")?"""
        for token in reversed(self._prev_words(country, 5)):
            if token.pos_ == "ADP":
                return fold(token.text) in self.words.agent
        return False

    @staticmethod
    def _agent_states(trigger: Span, after: list[Span]) -> list[str]:
        """The states named in the agent of a trigger verb in the passive ("sanctioned by the UK",
        "urged by Saudi Arabia and the US", "détenus par les forces russes"), from the parse."""
        verb = trigger.root
        agent = {t.i for c in verb.children if c.dep_ in AGENT_DEPS for t in c.subtree}
        return dedupe([c.label_ for c in after if c.root.i in agent]) if agent else []

    @staticmethod
    def _noun_participle_sides(trigger: Span, after: list[Span]) -> tuple[list[str], list[str]]:
        """The states in the agent of a past participle that qualifies the act's noun, or the noun
        the act's noun completes ("la campagne de solidarité lancée par le Sénégal en faveur de
        la Gambie", "the aid sent by Japan to Lebanon"), and the other states of the participle's
        phrase: the participle tells who did the act the noun names, so its agent is the act's
        doer, and whom it names besides ("en faveur de la Gambie", "to Lebanon") receives it.
        From the parse; empty for a verb trigger."""
        noun = trigger.root
        if noun.pos_ not in ("NOUN", "PROPN"):
            return [], []
        nouns = {noun.i}
        if noun.dep_ in ("nmod", "compound") and noun.head.pos_ == "NOUN":
            nouns.add(noun.head.i)  # "la campagne de solidarité", "the solidarity campaign"
        participles = [p for n in sorted(nouns) for p in noun.doc[n].children
                       if p.dep_ in ("acl", "amod") and p.pos_ == "VERB" and "Part" in p.morph.get("VerbForm")]
        agent = {t.i for p in participles for c in p.children if c.dep_ in AGENT_DEPS for t in c.subtree}
        if not agent:
            return [], []
        # The agent is its first state and the states joined to it ("par le Sénégal et le Mali");
        # a later one is in a phrase the parser may hang on the agent ("par le Sénégal en faveur de
        # la Gambie"): the participle's complement, as it is when hung on the participle.
        named = sorted([c for c in after if c.root.i in agent], key=lambda c: c.start)
        doers = named[:1]
        doers += [c for c in named[1:] if c.root.dep_ == "conj" and any(c.root.head.i == d.root.i for d in doers)]
        phrase = {t.i for p in participles for t in p.subtree}
        labels = dedupe([c.label_ for c in doers])
        return labels, [c for c in dedupe([c.label_ for c in after if c.root.i in phrase]) if c not in labels]

    @staticmethod
    def _possessor_state(trigger: Span, sent: Sentence) -> str | None:
        """The state named as the possessor of a noun trigger ("Russia's invasion", "Turkey's
        condemnation"), or by a state's adjective on the noun itself ("une frappe israélienne",
        "l'invasion russe", "the Russian invasion": a relational adjective says whose act it is,
        and French puts it after the noun, where the act's other side would stand), from the
        parse; None for a verb or a noun owned by no state."""
        noun = trigger.root
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        owners = {c.i for c in noun.children if c.dep_ in ("poss", "nmod:poss")}
        found = next((c.label_ for c in sent.countries if c.root.i in owners and c.label_ not in NON_STATE), None)
        if found is not None:
            return found
        qualifiers = {c.i for c in noun.children if c.dep_ == "amod"}
        return next((c.label_ for c in sent.countries if c.root.i in qualifiers and c.label_ not in NON_STATE
                     and (c._.value or ("", ""))[1] == "adjective"), None)

    @staticmethod
    def _object_of_anothers_act(country: Span, trigger: Span, sent: Sentence) -> bool:
        """Is the state what another state's act is done to, in a noun that state owns ("Moscow's
        invasion of Ukraine", "Russia's aggression against Georgia", "over its invasion of Ukraine",
        "US arms sales to Taiwan")?
        It is named to say what the other did, and takes no part in the event told around it (the
        trigger's own noun aside: there the owner acts upon it). From the parse: the state after
        "of"/"against", the noun it completes owned by another state or by "its"/"their"."""
        root = country.root
        while root.dep_ in ("amod", "compound") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i != root.i:
            root = root.head  # "Peru's occupation of the Bolivian border post": Bolivia's post is acted upon
        if root.dep_ != "pobj" or root.head.lower_ not in ("of", "against", "to"):
            return False
        noun = root.head.head
        if noun.pos_ != "NOUN" or trigger.start <= noun.i < trigger.end:
            return False
        if root.head.lower_ == "to" and any(t.start <= noun.i < t.end for t in sent.titles):
            return False  # "Canada's ambassador to China": an office accredited there, no act
        # (The owner may be a name before the noun: "US arms sales to Taiwan" are the US's sales,
        # and Taiwan only where they go: China's opposition to them is to the United States.)
        owners = [c for c in noun.children if c.dep_ in ("poss", "nmod:poss", "compound", "amod")]
        if any(o.lower_ in ("its", "their") for o in owners):
            return True  # "sanctions against Russia over its invasion of Ukraine"
        return any(c.root.i in {o.i for o in owners} and c.label_ not in NON_STATE and c.label_ != country.label_
                   for c in sent.countries)

    @staticmethod
    def _in_an_agent(country: Span) -> bool:
        """Is the state inside the agent of some passive verb ("criticised by Egypt")?"""
        token = country.root
        for _ in range(4):
            if token.dep_ in AGENT_DEPS:
                return True
            if token.head.i == token.i:
                return False
            token = token.head
        return False

    def _is_passive(self, trigger: Span) -> bool:
        """A trigger verb in the passive voice ("was summoned", "a été convoqué")."""
        if "passive" in self._cues(trigger):
            return True  # a table row written with its agent ("recibido por"), for untagged text
        if "stance" in self._cues(trigger):
            return False  # "is opposed to": a participle of state after "be", no passive
        verb = trigger.root
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        # "Le Japon est venu en aide au Liban": a verb whose past is made with "être" has no passive,
        # whatever the parser reads in its auxiliary.
        if fold(verb.lemma_) in self.words.past_with_be:
            return False
        if any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
            return True
        if any(c.dep_ in PASSIVE_DEPS for c in verb.children):
            # The passive is made with "être"/"be": a verb whose tense auxiliary is another one
            # ("Alger a notamment accusé Rabat", a city's name read as a passive subject) is active.
            auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "aux:tense")]
            return not auxiliaries or any(c.lemma_ in ("être", "be") for c in auxiliaries)
        # The parser loses the passive when words come between "was" and the participle ("a été,
        # par la suite, reçu par …"): a participle after a form of "be" in its clause.
        if "Part" not in verb.morph.get("VerbForm") or "Pres" in verb.morph.get("Tense"):
            return False
        for tok in reversed(verb.doc[max(self.sent_start[verb.i], verb.i - 6):verb.i]):
            if tok.pos_ in ("VERB",) or tok.text in (";",):
                return False
            if tok.pos_ == "AUX" and tok.lemma_ in ("être", "be") and tok.text.lower() not in ("est", "sont"):  # "s'est rendu": a past, not a passive
                return True
        return False

    def _organisation_agent(self, trigger: Span, sent: Sentence) -> Span | None:
        """The mention of the organisation that the agent ("by", "par") of a trigger verb in the
        passive names, when that agent names no state, person or title of a state ("a été
        dénoncé par l'ONU", "were condemned by the African Union"); None otherwise."""
        verb = trigger.root
        agent = {t.i for c in verb.children if c.dep_ in AGENT_DEPS for t in c.subtree}
        if not agent:
            return None
        told = sent.countries + sent.people + [t for t in sent.titles if t._.value.country]
        if any(s.root.i in agent for s in told):
            return None
        return next((o for o in self.doc.spans.get("organisations", []) if o.root.i in agent), None)

    @staticmethod
    def _impersonal_passive(trigger: Span) -> bool:
        """Is the trigger a passive verb whose subject is the neuter pronoun that stands for its
        clause ("It has been formally requested that the authorities conduct an inquiry", "it
        was decided to expel the envoy")? Such a subject names no one: a state named after the
        verb is in the clause, the one asked or acted upon, not the doer. (Only a neuter pronoun:
        the French "il" is a man as often: "il a été invité à se rendre au Maroc".)"""
        verb = trigger.root
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        subject = next((c for c in verb.children if c.dep_ in ("nsubj:pass", "nsubjpass")), None)
        return subject is not None and subject.pos_ == "PRON" and "Neut" in subject.morph.get("Gender") \
            and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)

    def _organisation_subject(self, trigger: Span, sent: Sentence) -> Span | None:
        """The mention of the organisation that a trigger verb's subject names, when the subject
        names no state, person or title (the subject of the verb, or of the verb whose object a
        noun trigger is: "reiterated their support"): the organisation itself or its members ("Members of the
        UN Security Council condemned …"), or a definite noun that repeats the head of an
        organisation's earlier mention or of one of its names: "the Council" after "the UN Security
        Council", "the ministers" after "ASEAN foreign ministers", "the Alliance" after "NATO",
        "les ministres" after "les ministres de l'UA" (an anaphor by its repeated noun). A pronoun ("they") or a number ("the two countries")
        refers to no organisation here."""
        zone = self._acting_zone(trigger)
        head = self.doc[zone[2]] if zone is not None else None
        if head is None or head.pos_ not in ("NOUN", "PROPN") or head.i in self.trigger_tokens:
            return None
        start, end = head.left_edge.i, head.right_edge.i + 1
        # (An office of no state is no one's in particular, and "the ministers" may be the group's
        # rather than the two sides of a meeting: the noun it repeats tells.)
        told = sent.countries + sent.people + [t for t in sent.titles if t._.value.country]
        if any(start <= s.start < end or s.start <= head.i < s.end for s in told):
            return None
        if any(t.start <= head.i < t.end for t in sent.titles) and "Plur" not in head.morph.get("Number"):
            # "The Secretary-General condemns …": one office holder, whose own rules place him;
            # an office in the plural ("the ministers") is a group.
            return None
        mentions = self.doc.spans.get("organisations", [])
        inside = [o for o in mentions if start <= o.start < end]
        if inside:
            return inside[0] if not any(start <= t.start < end for t in sent.titles) else None
        # The subject's noun, or the noun it is a part of ("Members of the Council", "les membres
        # du Conseil"), when definite: "the two countries" and "ministers" point back to no one.
        nouns = [head] + [n for c in head.children for n in self._of_complement(c)]
        words = {fold(n.text) for n in nouns if not any(c.dep_ == "nummod" for c in n.children) and any(
            "Def" in c.morph.get("Definite") for c in n.children if c.dep_ in ("det", "case"))}
        earlier = [o for o in mentions if o.end <= start]
        # A name's head stands for the organisation only bare: "l'organisation ouest-africaine"
        # is described, and may be another one than the last "Organisation" named.
        names = organisation_name_heads(self.lang)
        bare = {fold(n.text) for n in nouns if not any(c.dep_ == "amod" for c in n.children)}
        return next((o for o in reversed(earlier)
                     if words & self._mention_heads(o) or words & bare & names.get(o.label_, set())), None)

    def _of_complement(self, child) -> list:
        """The noun after "of"/"de" that a word's child introduces ("of the Council", "du Conseil")."""
        if child.dep_ == "prep" and fold(child.text) in self.words.of:
            return [n for n in child.children if n.dep_ == "pobj"]
        if child.dep_ == "nmod" and any(c.dep_ == "case" and fold(c.text) in self.words.of for c in child.children):
            return [child]
        return []

    @staticmethod
    def _mention_heads(mention: Span) -> set[str]:
        """The nouns (as written, folded: "ministers" repeats "Ministers", not "minister") an
        organisation's mention heads or qualifies, up two nouns: "Council" of "the UN Security
        Council", "ministers" of "ASEAN foreign ministers", "members" of "members of the UNSC",
        "ministres" of "les ministres des Affaires étrangères de l'UA"."""
        token = mention.root
        words = {fold(token.text)}
        for _ in range(2):
            governor = token.head
            if token.dep_ == "pobj" and governor.dep_ == "prep":
                governor = governor.head  # "members of the UNSC"
            elif token.dep_ not in ("compound", "nmod", "amod", "poss", "nmod:poss"):
                break
            if governor.i == token.i or governor.pos_ not in ("NOUN", "PROPN"):
                break
            words.add(fold(governor.text))
            token = governor
        return words

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
        return self._with_conjoined_states(self._with_title(min(tokens))), max(tokens) + 1

    def _with_conjoined_states(self, start: int) -> int:
        """Where a subject starts once the states coordinated before it are put back: the parser
        may cut "Le Bénin et l'Estonie ont signé …" after "Bénin", leaving "l'Estonie" alone as
        the subject; a state joined to the subject by "et" or "and" is a subject too, and so are
        the states listed before it with commas ("X, Y et Z ont signé"). A comma alone joins
        nothing: "Concernant la Guinée, la Conférence exhorte …" is a topic, then the subject."""
        floor = self.sent_start[start]
        joined = False
        while True:
            j = start - 1
            while j >= floor and (self.doc[j].pos_ == "DET" or fold(self.doc[j].text) in self.words.article):
                j -= 1
            link = self.doc[j] if j >= floor else None
            if link is None:
                return start
            conjunction = link.pos_ == "CCONJ" or fold(link.text) in self.words.conjunction
            if not (conjunction or (joined and link.text == ",")):
                return start
            joined = True
            if conjunction and j - 1 >= floor and self.doc[j - 1].text == ",":
                j -= 1  # "the US, the UK, and Australia"
            before = self.country_ending_at.get(j)
            if before is None or before.start < floor or before.root.dep_ == "pobj" or any(
                    c.dep_ == "case" for c in before.root.children):
                # ("a fleet for Australia and the three countries will …": a state governed by a
                # preposition belongs to the clause before, not to the subject.)
                return start
            start = before.start
            while start > floor and (self.doc[start - 1].pos_ == "DET"
                                     or fold(self.doc[start - 1].text) in self.words.article):
                start -= 1

    def _with_title(self, start: int) -> int:
        """Where a subject starts once the title the parser cut from its name is put back ("Le
        ministre azerbaïdjanais | Djeyhoun Baïramov a rencontré …")."""
        first = self.doc[start]
        if not (first.text[:1].isupper() and first.pos_ in ("PROPN", "NOUN", "X")) or start in self.title_tokens:
            return start
        new = start
        for i in range(start - 1, max(self.sent_start[start], start - 10) - 1, -1):
            tok = self.doc[i]
            if i in self.title_tokens:
                new = i
            elif tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":") or tok.pos_ not in (
                    "PROPN", "X", "DET", "ADP", "PUNCT", "NOUN", "ADJ"):
                break
        return new

    @staticmethod
    def _in_other_clause(span: Span, trigger: Span, descriptions: bool = False) -> bool:
        """Is `span` inside a relative clause that does not hold the trigger ("the ambassador, who
        travels to Oslo next week, met …": Oslo is where she goes, not where they met)?"""
        token = span.root
        for _ in range(8):
            clauses = ("relcl", "acl:relcl", "acl") if descriptions else ("relcl", "acl:relcl")
            # (A clause on any word of a trigger of several words is the trigger's own: "la
            # réduction du nombre de visas accordés aux ressortissants du Maroc".)
            if token.dep_ in clauses and token.pos_ in ("VERB", "AUX") and not trigger.start <= token.head.i < trigger.end:
                return not (token.left_edge.i <= trigger.root.i <= token.right_edge.i)
            if token.head.i == token.i:
                return False
            token = token.head
        return False

    @staticmethod
    def _quantity_subject(trigger: Span, sent: Sentence) -> bool:
        """Is the trigger verb's subject an unnamed number of states ("Only a handful still
        recognise Taiwan", "Most countries condemned …", "Plusieurs pays ont salué …", "Certains
        ont condamné …"): a `quantity` cue as the subject's head or a word on it? No state of
        the document speaks for such a group."""
        verb = trigger.root if trigger.root.pos_ in ("VERB", "AUX") else trigger.root.head
        if not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.dep_ in ("conj", "advcl"):
            verb = verb.head
        words = {t.i for c in sent.cue("quantity") for t in c}
        return any(s.i in words or any(c.i in words and c.dep_ in ("det", "amod", "nummod", "advmod") for c in s.children)
                   for s in verb.children if s.dep_ in SUBJECT_DEPS)

    @staticmethod
    def _in_a_consequence_clause(span: Span, trigger: Span, sent: Sentence) -> bool:
        """Is `span` told after a participle of consequence set off by a comma after the trigger
        ("signed a deal on Monday, prompting Greece and Egypt to protest", "a signé l'accord,
        poussant la Gambie à protester")? Those the act moved to do something react to it; the
        states named there are no sides of it."""
        doc = span.doc
        for cue in sent.cue("consequence"):
            if not trigger.end <= cue.start < span.start or doc[cue.start - 1].text != ",":
                continue
            verb = cue.root
            if verb.left_edge.i <= span.root.i <= verb.right_edge.i or not any(
                    cue.end <= t.start < span.start for t in sent.triggers):
                # (The participle's own words, or, if the parser hung them elsewhere, every state
                # up to the next act the sentence tells.)
                return True
        return False

    @staticmethod
    def _in_a_subordinate_clause(span: Span, trigger: Span) -> bool:
        """Is `span` inside a clause of time or cause that does not hold the trigger, as its
        subject or anywhere in it ("downgraded relations with Lithuania after Taiwan opened an
        office", "in protest of Taiwan opening an office", "après que Taïwan a ouvert un bureau",
        "established relations days after the island severed ties with Taiwan")? Such a clause
        tells the reason or the time of the act; the states it names are no sides of it."""
        token = span.root
        for _ in range(8):
            if token.i == trigger.root.i or token.head.i == token.i:
                return False
            verb = token.head
            if verb.pos_ in ("VERB", "AUX") and (verb.dep_ == "pcomp" or (
                    verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children))):
                # A clause opened by a subordinator ("after", "because", "après que"), or a verb
                # after a preposition ("in protest of Taiwan opening").
                return not verb.left_edge.i <= trigger.root.i <= verb.right_edge.i
            token = verb
        return False

    @staticmethod
    def _qualifies(country: Span, trigger: Span) -> bool:
        """A state that qualifies the act's noun is its doer ("Sudan condolences", "le soutien
        français"), not its object."""
        return any(t.head.i == trigger.root.i and t.dep_ in ("compound", "poss", "nmod:poss", "amod")
                   for t in country)

    def _doer_zone(self, trigger: Span) -> tuple[int, int] | None:
        """Who does an act named by a noun ("assures Israel of its solidarity") or by a verb whose
        subject is a pronoun ("whom he congratulated", "qu'il a félicité"): the subject of the verb
        that governs the noun, else of the sentence's main verb."""
        token = trigger.root
        verb = token if token.pos_ in ("VERB", "AUX") else None
        for _ in range(3):
            if verb is not None or token.head.i == token.i:
                break
            token = token.head
            verb = token if token.pos_ in ("VERB", "AUX") else None
        candidates = [verb] if verb is not None else []
        root = trigger.root
        while root.head.i != root.i:
            root = root.head
        if verb is not None and verb.dep_ in ("conj", "advcl", "ccomp", "relcl", "acl:relcl", "xcomp") \
                and verb.head.pos_ in ("VERB", "AUX"):
            candidates.append(verb.head)
        if root is not None and root.pos_ in ("VERB", "AUX"):
            candidates.append(root)
        if verb is not None:
            relative = relative_subject(verb)
            if relative is not None:
                # "X, who congratulated him", "Y, qui lui a fait part de ses félicitations": the
                # antecedent does it, the name just before the relative pronoun.
                before = [s for s in self.doc.spans.get("people", []) if s.end <= relative.i and relative.i - s.end <= 2]
                if before:
                    return before[-1].start, before[-1].end, True
                # "a legal battle with Kenya, which strongly rejected the ruling", "le Mali, qui a
                # dénoncé l'accord": a state as the antecedent does it; the states of the main
                # clause are no sides of the relative's act (neither doer nor acted upon).
                states = [s for s in self.doc.spans.get("countries", []) if s.end <= relative.i and relative.i - s.end <= 1]
                return (states[-1].start, states[-1].end, False) if states else None
        for v in candidates:
            subjects = [c for c in v.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"]
            if subjects and all(t.i < trigger.start for s in subjects for t in s.subtree):
                tokens = [t.i for s in subjects for t in s.subtree]
                return min(tokens), max(tokens) + 1, False
        return None
