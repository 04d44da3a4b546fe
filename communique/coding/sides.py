"""Stage 2: states, sides and direction. Which states act in an event and which receive it:
from the people's titles, the states named in the sentence that are not places or topics, the
trigger's cues (a host receives, a visitor travels) and the place of the meeting.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..lang import table
from ..recognising.lexicon import fold
from ..recognising.people import Person
from .context import DIRECTED_TYPES, NON_STATE, SUBJECT_DEPS, Draft, Sentence, dedupe
from .officials import OfficialsStates


#: Acts done together, whose noun names its sides after "between"/"entre" ("consultations between
#: X and Y", "a joint exercise between X and Y"); after other nouns such states are a topic.
JOINT_TYPES = {"CONSULT", "COOPERATE"}
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


def _relative_subject(verb):
    """The relative pronoun a verb has for subject ("who", "qui"), if any."""
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and (
        "Rel" in c.morph.get("PronType") or c.tag_ in ("WP", "WDT"))), None)


class SidesAndDirection(OfficialsStates):
    """Who acts and who receives, for a draft event in its sentence."""

    def _assign_states(self, draft: Draft, sent: Sentence) -> None:
        trig = draft.trigger
        if self._is_directed_type(draft):
            # "congratulated him and praised …": who says it to whom is told around the first
            # word of the act, not around a later verb of the same act.
            trig = min([t for t in sent.triggers if t.label_ == draft.event] + [trig], key=lambda t: t.start)
        before, after, places, bystanders = [], [], [], []
        people_states = []
        for p in sent.people:
            person: Person = p._.value
            apposed = self._apposed_org_official(p, sent) if not person.org else None
            if apposed is not None:
                # (The person is the document's: once told an organisation's official, he is one
                # in every event, and a participant of no state.)
                person.role, person.org, person.country = "org_head", apposed, None
            if self._person_excluded(sent, p):
                continue
            if person.role == "org_head" and person.org:
                # The head of an organisation speaks for it, not for the state of his birth: in
                # talks, the organisation is a side ("the first meeting was with the UN High
                # Representative" is UNO's); acting alone, see `draft.org_actor` below.
                if draft.event == "CONSULT":
                    row = self.orgs.get(person.org)
                    people_states.append((p.start, (row or {}).get("actor_code") or "IGO"))
                continue
            if person.country and person.country not in NON_STATE:
                people_states.append((p.start, person.country))
        people_states += self._unnamed_offices(sent)
        subject_zone = self._subject_zone(trig)
        # (Not a meeting or a promise: the members meet and promise one another, and the text
        # names them as states.)
        organisation = self._organisation_subject(trig, sent) if self._is_directed_type(draft) else None
        if organisation is not None:
            # "The 15-member Council strongly condemned …", "Members of the UN Security Council
            # condemned …": the organisation acts, and no state; one named elsewhere in the
            # sentence is not its doer, nor is the document's pair.
            row = self.orgs.get(organisation.label_)
            draft.org_actor = row["actor_code"] if row else "IGO"
            draft.organizations = dedupe(draft.organizations + [organisation.label_])
            draft.note("actor", draft.org_actor, organisation, "rule:sides.organisation_subject")
        if subject_zone is None and self._is_directed_type(draft) and self._plural_pronoun_subject(trig, shared=True) \
                and not self._is_passive(trig):
            # "They welcomed Syria's cooperation but criticised Iran": "they" are a group the
            # sentence does not name; a state before the verb is not its doer.
            subject_zone = (trig.start, trig.start)
        # For an act one side does to another, a state between its doer and the act is the one
        # acted upon ("France assures Israel of its solidarity").
        object_start = None
        if self._is_directed_type(draft):
            doer = None if subject_zone else self._doer_zone(trig)
            zone = subject_zone or (doer[:2] if doer else None)
            doers = [c for c in sent.countries if zone and zone[0] <= c.start < zone[1]]
            doers += [pos for pos, _ in people_states if zone and zone[0] <= pos < zone[1]]
            if doers:
                # (After a relative pronoun's antecedent, the sentence's other side receives:
                # "X received a call from Y, who congratulated him".)
                subject_zone, object_start = zone, (sent.span.start if doer and doer[2] else zone[1])
        attack = self._condemned_attack(draft, sent, trig)
        described = []
        for c in sent.countries:
            if self._in_dateline(c):
                continue
            if attack is not None and c.start > attack.i and not self._attack_doer(c, attack):
                # "condenó el atentado perpetrado en Kabul, capital de Afganistán": a state named
                # after the attack is where it happened or whom it hit, not the one condemned.
                described.append(c.label_)
                continue
            if self._is_place(c):
                if not self._in_other_clause(c, trig):
                    places.append(c)
                continue
            if self._names_no_actor(c) or self._in_scene(c, sent) or self._org_head_nationality(c, sent) \
                    or self._org_head_remit(c, sent):
                continue
            if any(self._person_excluded(sent, p) and p.start <= c.start <= p.end + 8 for p in sent.people):
                continue
            if c.start < trig.start:
                if object_start is not None and c.start >= object_start and not self._qualifies(c, trig) \
                        and not subject_zone[0] <= c.start < subject_zone[1]:
                    after.append(c)
                    continue
                if subject_zone is not None and not (subject_zone[0] <= c.start < subject_zone[1]):
                    bystanders.append(c.label_)
                    continue  # before the verb but outside its subject ("Ahead of talks on X, …")
                before.append(c)
            elif self._between_topic(c, sent):
                continue  # "the exchange of prisoners between Ukraine and Russia": a topic
            elif self._is_directed_type(draft) and draft.event != "AID" and (self._in_other_clause(
                    c, trig, descriptions=True) or self._subject_of_a_subordinate_clause(c, trig)) \
                    and not self._after_agent_word(c):
                continue  # "the end of the blockade of the corridor linking Armenia to …": a description
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
        objects = [c.label_ for c in after] + [s for pos, s in people_states if pos >= trig.start or (
            object_start is not None and object_start <= pos and not subject_zone[0] <= pos < subject_zone[1])]
        sides = sent.cue("sides")
        subject, objects = dedupe(subject), [c for c in dedupe(objects) if c not in subject]
        subject, objects = self._sector_sides(draft, sent, subject, objects, subject_zone, places)
        possessor = self._possessor_state(trig, sent) if self._is_directed_type(draft) else None
        if possessor is not None:
            # "Russia's invasion of Ukraine", "China's trade sanctions", "convey Pakistan's strong
            # protest": the state that owns the act's noun does it, not the sentence's subject
            # (who only tells of it: "Kenya called Russia's withdrawal a stab in the back").
            subject, objects = [possessor], [c for c in objects if c != possessor]
            draft.note("direction", None, trig, "rule:sides.possessor_acts")
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
        elif sides and len(subject) + len(objects) < 2 and draft.event in ("CONSULT", "AGREE", "SUPPORT") \
                and organisation is None:
            # One side named ("with the Ethiopian minister, … between the two countries"): the other
            # is the protagonist, the state in most of the events told so far.
            known = subject + objects
            if known and self.focus is not None:
                subject = dedupe(subject + self._protagonist_states(known)[:1])
            else:
                subject = dedupe(subject + [c for c in parties if c not in objects])

        if draft.event == "CONSULT" and len(set(subject + objects)) == 1 and self.focus is not None \
                and (self.focus.event == "CONSULT" or any(t.label_ == "counterpart" for t in sent.titles)):
            # "With the Beninese minister, the talks covered …": the other side is the protagonist;
            # so is the side of "son homologue russe" whoever the text told of before ("Elle a
            # rencontré son homologue russe" after "la cheffe de la diplomatie burkinabè").
            subject = dedupe(subject + self._protagonist_states(subject + objects)[:1])
        cues = draft.cues
        place_state = places[0].label_ if places else None
        if places:
            draft.place = (places[0].text, places[0].label_)
        if draft.event == "CONSULT":
            self._consult_direction(draft, sent, subject, objects, place_state)
        elif self._is_directed_type(draft):
            draft.directed = True
            summoned = self._summoned_states(sent) if "summon" in cues else []
            if summoned:
                # "Die Türkei hat den deutschen Botschafter einbestellt": the state of the ambassador
                # summoned receives the protest, wherever the verb stands (German puts it last, and
                # without a parser every state would be read as a doer).
                # With no other state named, the summoning is done where it happens ("in Wien
                # einbestellt", "the ambassador in Ankara"), else by the document's other state.
                subject = [c for c in subject + objects if c not in summoned] or [
                    c for c in dedupe([p.label_ for p in places] + list(self.pair)) if c not in summoned][:1]
                objects = summoned
                draft.note("direction", None, trig, "rule:sides.summoned_ambassador_receives")
            elif (agents := self._agent_states(trig, after)) and (self._is_passive(trig) or trig.root.tag_ == "VBN"):
                # "1,600 individuals have been sanctioned by the UK in response to Russia's
                # invasion", "detainees released by Saudi Arabia": the states of the agent ("by",
                # "par") do the act, the others named undergo it.
                # (A state in the agent of another verb does that verb: "attacked by Greece and
                # criticised by Egypt" -- Greece is not criticised.)
                others = {c.label_ for c in before + after if self._in_an_agent(c)}
                subject, objects = agents, [c for c in subject + objects if c not in agents and c not in others]
                draft.note("direction", None, trig, "rule:sides.passive_agent")
            elif self._is_passive(trig) and not (draft.event == "MOBILIZE" and before):
                # "The ambassador was summoned by the minister": the subject undergoes the act and
                # the agent ("by", "par") does it, else the other state of the document's pair.
                # (Not forces moved: "2,000 Russian troops have been deployed" are Russia's own.)
                subject, objects = [c for c in objects if c not in subject], subject
                draft.note("direction", None, trig, "rule:sides.passive_agent")
                if not subject and objects:
                    subject = [c for c in self.pair if c not in objects][:1]
            else:
                # "condemned the attack launched by Iran against Israel": who is condemned is the
                # one who did what the act is about, named after "by".
                agents = [c.label_ for c in after if self._after_agent_word(c)]
                if agents:
                    objects = [c for c in objects if c in agents]
                    draft.note("direction", None, trig, "rule:sides.agent_of_what_is_condemned")
            # (Not for "they": a plural subject is a group, whose states the sentence would name;
            # one state of the document's pair is not it: "They condemned …" after "G7 ministers".)
            fallback = draft.event in ("ACCUSE", "SUPPORT") and not draft.org_actor and not self._plural_pronoun_subject(trig, shared=True)
            if attack is not None and not subject:
                # "أدانت الخارجية المصرية الهجوم …", "condena el Gobierno de Chile el atentado": a
                # doer named after the verb comes before the attack it condemns.
                subject = dedupe([c.label_ for c in after if c.start < attack.i] + [
                    s for pos, s in people_states if trig.start <= pos < attack.i])
                subject = [c for c in subject if not any(self._attack_doer(x, attack) for x in after if x.label_ == c)]
                objects = [c for c in objects if c not in subject]
            # (Nor is a state an attack is told of: its place, its victim or its doer.)
            unfit = described + objects if attack is not None else []
            draft.actor = subject or (self._pair_doer(objects, unfit, after) if fallback else [])
            draft.recipient = [c for c in objects if c not in draft.actor]
            if not draft.recipient and draft.event in ("REJECT", "REQUEST", "AGREE"):
                # Ruling out, asking for or promising a visit: its destination receives it.
                draft.recipient = [c for c in self._destinations(sent) if c not in draft.actor]
            if draft.event == "AID" and not draft.recipient:
                # Aid goes to where it is sent: "relief to those affected in Turkey and Syria"; a
                # place it passes through ("flown to El Arish in Egypt for Palestinians") is not a receiver.
                draft.recipient = dedupe([c.label_ for c in places if c.label_ not in draft.actor])
            if draft.event == "AID" and not draft.recipient:
                # "X and Y confirmed that X delivered aid to the victims": the other state receives.
                draft.recipient = [c for c in dedupe(bystanders) if c not in draft.actor][:1]
        elif draft.event == "AGREE" and ("visit" in cues or "host" in cues):
            self._consult_direction(draft, sent, subject, objects, place_state)
        else:
            if draft.event == "AGREE" and len(subject) >= 2:
                # "The US and Vietnam agreed to … as it has with China": the sides that agree are
                # its subject; a state named after the agreeing word is what they agreed about.
                objects = []
            draft.actor = dedupe(subject + objects)
        for c in sent.countries:
            if c.label_ in draft.states and c.label_ not in draft.entity_spans:
                draft.entity_spans[c.label_] = (c.text, c.start_char, c.end_char)

    def _pair_doer(self, objects: list[str], unfit: list[str], after: list[Span]) -> list[str]:
        """The doer of an act whose sentence names none: the document's pair state it is not done to.

        ("We protested to North Korea" in a Japanese release: the pair is Japan and North Korea,
        and North Korea, acted upon, is not the one protesting.) When the sentence names both
        states of the pair after the act ("Thank you to India for your partnership with the
        United States"), the first of them does it and the other receives. Acted upon is a state
        the sentence names after the act, not after "between" ("since relations were established
        between Azerbaijan and France": sides of a relation), nor as a person's (a person named
        after the act may be its subject, cut off: "Rappelant …, le ministre X a souligné"). A
        document of one state has no other:
        "La décision, condamnée par le Maroc" keeps Morocco as the one condemning.
        """
        fit = [c for c in self.pair if c not in unfit]
        if len(fit) < 2:
            return fit[:1]
        acted = {c.label_ for c in after if not any(fold(t.text) in self.words.between for t in self._prev_words(c, 2))}
        return [c for c in fit if c not in acted][:1] or (fit[:1] if len(objects) > 1 else [])

    @staticmethod
    def _plural_pronoun_subject(trigger: Span, shared: bool = False) -> bool:
        """Is the trigger's verb said by a third-person plural pronoun ("they", "ils")? With
        `shared`, also through the verb it is coordinated with ("they welcomed … but criticised")."""
        verb = trigger.root if trigger.root.pos_ in ("VERB", "AUX") else trigger.root.head
        if shared and verb.i == trigger.root.i and verb.dep_ in ("conj", "advcl") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            verb = verb.head
        return any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" and "Plur" in c.morph.get("Number")
                   and "3" in c.morph.get("Person") for c in verb.children)

    def _condemned_attack(self, draft: Draft, sent: Sentence, trig: Span):
        """The first attack noun after a condemnation, in a sentence read without a parser (a
        parsed one tells descriptions by their clauses)."""
        if draft.event != "ACCUSE" or self.doc.has_annotation("DEP") or not self.words.attack_nouns:
            return None
        for tok in self.doc[trig.end:sent.span.end]:
            if fold(tok.text) in self.words.attack_nouns or fold(tok.lemma_ or "") in self.words.attack_nouns:
                return tok
        return None

    @staticmethod
    def _attack_doer(country: Span, attack) -> bool:
        """A state's adjective right after the attack noun names its doer ("el ataque israelí",
        "الهجوم الإسرائيلي"), who is the one condemned."""
        kind = (country._.value or ("", ""))[1]
        return kind == "adjective" and 1 <= country.start - attack.i <= 2

    @staticmethod
    def _summoned_states(sent: Sentence) -> list[str]:
        """States of the ambassadors a sentence names, by title ("den iranischen Botschafter",
        "al embajador de Venezuela") or through a named ambassador's country."""
        out = [t._.value.country for t in sent.titles if t._.value.role == "ambassador"]
        out += [p._.value.country for p in sent.people if p._.value.role == "ambassador"]
        return dedupe([c for c in out if c and c not in NON_STATE])

    @staticmethod
    def _in_scene(span, sent) -> bool:
        """Is the state inside a phrase that sets the scene ("amid China's growing assertiveness",
        "amid rising tensions with Russia"), where it takes no part in the event?"""
        scene = {tok.i for c in sent.cue("context_preposition") for tok in c}
        token = span.root
        for _ in range(6):
            if token.head.i == token.i:
                return False
            token = token.head
            if token.i in scene:
                return True
        return False

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
    def _agent_states(trigger: Span, after: list[Span]) -> list[str]:
        """The states named in the agent of a trigger verb in the passive ("sanctioned by the UK",
        "urged by Saudi Arabia and the US", "détenus par les forces russes"), from the parse."""
        verb = trigger.root
        agent = {t.i for c in verb.children if c.dep_ in AGENT_DEPS for t in c.subtree}
        return dedupe([c.label_ for c in after if c.root.i in agent]) if agent else []

    @staticmethod
    def _possessor_state(trigger: Span, sent: Sentence) -> str | None:
        """The state named as the possessor of a noun trigger ("Russia's invasion", "Turkey's
        condemnation"), from the parse; None for a verb or a noun owned by no state."""
        noun = trigger.root
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        owners = {c.i for c in noun.children if c.dep_ in ("poss", "nmod:poss")}
        return next((c.label_ for c in sent.countries if c.root.i in owners and c.label_ not in NON_STATE), None)

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
        verb = trigger.root
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.dep_ in PASSIVE_DEPS for c in verb.children):
            return True
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
            if token.dep_ in clauses and token.pos_ in ("VERB", "AUX") and token.head.i != trigger.root.i:
                return not (token.left_edge.i <= trigger.root.i <= token.right_edge.i)
            if token.head.i == token.i:
                return False
            token = token.head
        return False

    @staticmethod
    def _subject_of_a_subordinate_clause(span: Span, trigger: Span) -> bool:
        """Is `span` the subject of a clause of time or cause that does not hold the trigger
        ("downgraded relations with Lithuania after Taiwan opened an office", "in protest of Taiwan
        opening an office", "après que Taïwan a ouvert un bureau")? It does that clause's verb,
        the reason for the act, and is no side of it."""
        token = span.root
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head  # "after Taiwan and X agreed …"
        if token.dep_ not in SUBJECT_DEPS:
            return False
        verb = token.head
        if verb.i == trigger.root.i or verb.left_edge.i <= trigger.root.i <= verb.right_edge.i:
            return False
        # A clause opened by a subordinator ("after", "because", "après que"), or a verb after a
        # preposition ("in protest of Taiwan opening").
        return verb.dep_ == "pcomp" or (verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children))

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
            relative = _relative_subject(verb)
            if relative is not None:
                # "X, who congratulated him", "Y, qui lui a fait part de ses félicitations": the
                # antecedent does it, the name just before the relative pronoun.
                before = [s for s in self.doc.spans.get("people", []) if s.end <= relative.i and relative.i - s.end <= 2]
                return (before[-1].start, before[-1].end, True) if before else None
        for v in candidates:
            subjects = [c for c in v.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"]
            if subjects and all(t.i < trigger.start for s in subjects for t in s.subtree):
                tokens = [t.i for s in subjects for t in s.subtree]
                return min(tokens), max(tokens) + 1, False
        return None

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
        return not any(t.end >= link.i - 2 and t.start < link.i for t in sent.triggers if t.label_ in JOINT_TYPES)

    @staticmethod
    def _gap(a: Span, b: Span) -> int:
        """Tokens between two spans (0 when they touch or overlap)."""
        return max(a.start - b.end, b.start - a.end, 0)

    def _is_counterpart_state(self, country: Span, sent: Sentence) -> bool:
        """After a meeting verb, a state counts only as the other side ("with X", "between X and Y",
        an adjective in a person's title), not as a subject of discussion."""
        if any(t.start <= country.start < t.end for t in sent.titles):
            return True
        if self._qualifies_someone(country, sent):
            return True
        if (country._.value or ("", ""))[1] == "prefix" or self.text[max(0, country.start_char - 1)] == "-" \
                or self.text[country.end_char:country.end_char + 1] == "-":
            # "relations algéro-rwandaises" names both sides; "the Russia-Ukraine crisis" a topic.
            # The compound qualifies a meeting's or a relation's noun, counted between the nearest
            # edges ("consultations politiques algéro-françaises"); after a verb ("discussed the
            # Russia-Ukraine crisis") it names what was talked about.
            nouns = [c for c in sent.cue("bilateral_noun") if self._gap(c, country) <= 3]
            return bool(nouns) or any(self._gap(t, country) <= 3 for t in sent.triggers
                                      if t.label_ == "CONSULT" and t.root.pos_ in ("NOUN", "PROPN"))
        if self._glued_conjunct(country):
            # Arabic "بين المغرب وكازاخستان": "and" is written onto the second state.
            before = self.country_ending_at.get(country.start)
            return before is not None and self._is_counterpart_state(before, sent)
        prev = [t for t in self._prev_words(country, 3) if t.pos_ != "DET" and fold(t.text) not in self.words.article]
        if not prev:
            return False
        if len(prev) >= 2 and prev[-1].pos_ == "ADP" and (prev[-2].pos_ == "CCONJ" or prev[-2].text == ","):
            # "les ministres des Comores, de France et de Madagascar", "the ministers of Chad, of
            # Mali and of Niger": the preposition repeated in a list; the conjunct is what counts.
            prev = prev[:-1]
        if prev[-1].pos_ == "CCONJ" or prev[-1].text == "," or fold(prev[-1].text) in self.words.conjunction:
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
                       if t.label_ in JOINT_TYPES or "sign" in self._cues(t))  # "la signature … entre X et Y"
        return True

    def _qualifies_someone(self, country: Span, sent: Sentence) -> bool:
        """A state's adjective or possessive on a noun that names people who act ("met the Kenyan
        security minister", "received Kenya's trade minister", "met the Japanese delegation",
        "Emirati officials"): the title's words may not reach the adjective, but the state is the
        one those people speak for, the other side of the meeting. (Not "discussed the Ukrainian
        crisis": a crisis is no one.)"""
        root = country.root
        if root.dep_ not in ("amod", "compound", "poss", "nmod:poss") or (country._.value or ("", ""))[1] == "prefix":
            return False
        head = root.head
        if head.i == root.i or head.i < country.end or head.i - country.end > 3:
            return False
        if head.i in self.title_tokens:
            return True  # the state of a title's holder: "Kenya's trade minister", "Cambodia's UN Ambassador"
        if not (any(s.start <= head.i < s.end for s in sent.actors) or any(c.start <= head.i < c.end for c in sent.cue("visitor"))):
            return False
        # A group (officials, a delegation) is a side when the meeting word is with it: its object
        # ("met the Bolivian delegation"), or after "with" ("talks with Kenyan officials"), not a
        # group something else is about ("the attack on Yemeni soldiers", "support to the
        # Cameroonian army").
        noun = head
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        governor = noun.head
        if noun.dep_ == "pobj" and fold(governor.text) in self.words.counterpart:
            governor = governor.head
        elif noun.dep_ not in ("dobj", "obj"):
            return False
        return any(t.start <= governor.i < t.end for t in sent.triggers if t.label_ == "CONSULT")

    def _glued_conjunct(self, country: Span) -> bool:
        """A state whose first word carries a one-letter conjunction of the tables ("وكازاخستان"),
        which the word analysis took off as its lemma, right after another state."""
        first = country[0]
        text, lemma = fold(first.text), fold(first.lemma_ or "")
        return bool(lemma) and text[:1] in self.words.conjunction and text[1:] == lemma \
            and country.start in self.country_ending_at

    def _consult_direction(self, draft: Draft, sent: Sentence, subject, objects, place_state) -> None:
        cues = draft.cues | {c._.value for c in sent.cue("format")}
        states = dedupe(subject + objects)
        tagged = self.doc.has_annotation("POS")
        # Untagged text: a host trigger is a verb unless its row says noun ("recibió", not "recepción").
        host_verb = next((t for t in sent.triggers if t.label_ == "CONSULT" and "host" in self._cues(t)
                          and (t.root.pos_ == "VERB" if tagged else "noun" not in self._cues(t))), None)
        if "host" in cues and ("visit" not in cues or host_verb is not None) and (subject or objects):
            # "X received Y": Y visits X; "Y was received by X": the agent hosts. The visitors
            # may only be listed later ("the ambassadors are from …", see `_elaborate`). The
            # receiving verb decides even when a visit is named ("received Y, who was on his first
            # trip abroad"): the visit is the visitor's.
            passive = self._is_passive(host_verb or draft.trigger)
            visitor, host = (subject, objects[:1]) if passive else (objects, subject[:1])
            if not host and place_state and place_state not in visitor:
                host = [place_state]  # "X a reçu à Rabat une délégation …": one receives at home
            if not host:
                draft.actor = states
                return
            visitor = [c for c in visitor if c not in host]
            draft.mode = draft.mode or "visit"
            draft.actor, draft.recipient, draft.directed = visitor, host, True
            draft.note("direction", None, draft.trigger, "rule:sides.host_receives")
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
                draft.note("direction", None, draft.trigger, "rule:sides.visit_destination_hosts")
                return
        visitors = [c for c in self._named_visitors(sent) if c in states]
        if len(states) == 2 and len(visitors) == 1:
            # "talks with X, who paid him a courtesy call", "met the French delegation": the
            # one who came visits the other.
            draft.mode = draft.mode or "visit"
            draft.actor, draft.recipient, draft.directed = visitors, [c for c in states if c not in visitors], True
            return
        if place_state and len(states) >= 2 and place_state in states:
            draft.mode = draft.mode or "visit"
            if "series" in cues or sent.cue("series"):
                draft.actor = states          # a round held in one side's capital: symmetric
            else:
                draft.actor = [c for c in states if c != place_state]
                draft.recipient, draft.directed = [place_state], True
                draft.note("direction", None, None, "rule:sides.meeting_place_hosts")
            return
        draft.actor = states

    def _object_follows(self, verb: Span, country: Span) -> bool:
        if country.start < verb.end:
            return False
        between = self.doc[verb.end:country.start]
        return len(between) <= 1 and all(fold(t.text) in self.words.article for t in between) \
            and (country._.value or ("", ""))[1] in ("name", "alias")

    def _named_visitors(self, sent: Sentence) -> list[str]:
        """States the sentence names as the ones who came: a delegation's state ("la délégation
        française", "a delegation of Chile"), or the state of a person a visit is told of in a
        relative clause ("Boris Johnson, who paid him a courtesy call")."""
        out = []
        for cue in sent.cue("visitor"):
            for c in sent.countries:
                if (0 <= c.start - cue.end <= 2 or 0 <= cue.start - c.end <= 1) and not self._is_place(c):
                    out.append(c.label_)
        for t in sent.triggers:
            clause = t.root if t.root.dep_ in ("relcl", "acl:relcl") else t.root.head
            if not self._cues(t) & {"visit", "host"} or clause.dep_ not in ("relcl", "acl:relcl"):
                continue
            # Its antecedent is the person just before the relative pronoun (the parser often
            # hangs the clause on another noun: "talks with X who paid him a call").
            pronoun = _relative_subject(clause)
            if pronoun is None:
                continue
            before = [p for p in sent.people if p.end <= pronoun.i and pronoun.i - p.end <= 2]
            person = before[-1]._.value if before else None
            if person is not None and person.country and person.country not in NON_STATE:
                out.append(person.country)
        return dedupe(out)

    def _destinations(self, sent: Sentence) -> list[str]:
        """States named after "to"/"à"/"en"/"au" following a visit word in the sentence, or visited
        (the direct object of a visit verb)."""
        # A visit told in a relative clause is its antecedent's ("the ambassador, who travels to
        # Prague next week, met …"), not the event's.
        visits = [t for t in sent.triggers if "visit" in self._cues(t)
                  and t.root.dep_ not in ("relcl", "acl:relcl") and not (
                      t.root.head.dep_ in ("relcl", "acl:relcl") and t.root.dep_ in ("xcomp", "obj", "dobj"))]
        out = []
        for c in sent.countries:
            prev = [t for t in self._prev_words(c, 3) if t.pos_ != "DET"]
            if len(prev) > 1 and fold(prev[-1].text) in self.words.article \
                    and fold(prev[-2].text) in self.words.destination:
                prev = prev[:-1]  # untagged: "a la Argentina", "para o Chile" (the article read as such)
            if prev and fold(prev[-1].text) in self.words.destination and any(v.start < c.start for v in visits):
                out.append(c.label_)
            elif c.root.dep_ in ("obj", "dobj", "nmod") and not any(x.dep_ == "case" for x in c.root.children) \
                    and any(v.root.pos_ == "VERB" and c.root.head.i == v.root.i for v in visits):
                # "visited Uganda", "visitera la Gambie" (which the French parser may attach as nmod)
                out.append(c.label_)
            elif not self.doc.has_annotation("DEP") and any(
                    "noun" not in self._cues(v) and self._object_follows(v, c) for v in visits):
                # Untagged: the state right after a visit verb, maybe after an article ("visitó
                # Perú", "besucht Polen", "visitou a Argentina").
                out.append(c.label_)
        return dedupe(out)
