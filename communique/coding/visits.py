"""Stage 2, meetings: who visits whom. The direction of a meeting (the visitor acts, the host
receives): from the trigger's cues (a host receives, a visitor travels), the place of the meeting,
credentials handed over, the destinations of a journey and the gathering a trip is made for.
`sides.py` calls it once it has the states of a CONSULT.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..recognising.lexicon import fold
from .clauses import relative_subject
from .context import NON_STATE, Draft, Sentence, dedupe
from .tables import HOST_CAMEO


class VisitsAndHosts:
    """The visitor and the host of a meeting, and where a journey goes."""

    def _consult_direction(self, draft: Draft, sent: Sentence, subject, objects, place_state) -> None:
        """Set a CONSULT's actor (the visitors) and recipient (the host) from its sentence's
        `subject` and `objects` states and the state of the meeting's place; leave it undirected
        where no visitor and host can be told apart (talks, calls, a meeting of equals)."""
        cues = draft.cues | {c._.value for c in sent.cue("format")}
        states = dedupe(subject + objects)
        if any("object" in self._cues(t) and self._handed_over(t, sent) for t in sent.triggers if t.label_ == "CONSULT") \
                and self._credentials_sides(draft, sent, states, place_state):
            return
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
            hosts = self._participle_agent_states(host_verb or draft.trigger, sent)
            if hosts and any(c not in hosts for c in states):
                # "Reçu par le président ghanéen, le ministre togolais a transmis …", "Received by
                # the Kenyan president, the Ugandan envoy handed over …": the receiving participle
                # hangs on the clause of the one received; its agent hosts.
                visitor, host = [c for c in states if c not in hosts], hosts[:1]
            if not host and place_state and place_state not in visitor:
                host = [place_state]  # "X a reçu à Rabat une délégation …": one receives at home
            if not host:
                draft.actor = states
                return
            visitor = [c for c in visitor if c not in host]
            draft.mode = draft.mode or "visit"
            draft.actor, draft.recipient, draft.directed = visitor, host, True
            draft.note("direction", None, draft.trigger, "rule:sides.host_receives")
            draft.cameo = HOST_CAMEO if draft.event == "CONSULT" else draft.cameo
            return
        visitors = [c for c in self._named_visitors(sent) if c in states]
        if len(states) == 2 and len(visitors) == 1:
            # "talks with X, who paid him a courtesy call", "met the French delegation": the
            # one who came visits the other (whoever the sentence's subject is: the visit told
            # is the one who came's).
            draft.mode = draft.mode or "visit"
            draft.actor, draft.recipient, draft.directed = visitors, [c for c in states if c not in visitors], True
            return
        # A possessive names the visit's owner whoever the sentence's subject is ("Vietnam
        # welcomed the Russian president's visit", "said Kishida's visit is a resumption"): the
        # possessor travels, as the noun's "of" complement would, and the other side hosts.
        owner = [c for c in self._visitors_named_by_the_visit(draft, sent, possessive=True) if c in states]
        if owner and len(states) > len(owner):
            objects = [c for c in states if c not in owner]
        if ("visit" in cues or self._destinations(sent)) and (objects or place_state or self._destinations(sent)):
            # ("During his visit to Kenya, he held meetings with …": the visit frames the meetings.)
            # The host is where the visit goes ("visit to Portugal", "en visite au Maroc").
            # Whom the visit noun names as its own visits ("six accords ont été signés à
            # l'occasion de la visite d'État du président Macron dans la Grande Île"): named after
            # the noun, he is no host. (Only where no subject names a visitor: the parser hangs
            # a "de" phrase on the nearest noun, right or wrong.)
            # (A visit's noun that a speaker's verb takes, "a salué les efforts pour préparer la
            # prochaine visite du Premier ministre X", "a salué la visite du président sénégalais",
            # names its visitor whoever speaks; not the noun a clause says of its subject, "sera
            # l'invité d'honneur du roi".)
            noun = draft.trigger.root
            spoken_of = draft.event in ("AGREE", "CONSULT") and noun.pos_ == "NOUN" and noun.dep_ not in ("ROOT", "root") \
                and not any(c.dep_ == "cop" for c in noun.children) and not any(
                t.root.pos_ == "VERB" and self._cues(t) & {"visit", "host"} for t in sent.triggers) and (
                draft.event == "AGREE" or any("Def" in c.morph.get("Definite") for c in noun.children if c.dep_ in ("det", "case")))
            own = owner or ([] if subject and not spoken_of else self._visitors_named_by_the_visit(draft, sent))
            if own:
                # (A meeting's visit spoken of by someone of another state, "le ministre marocain a
                # salué la visite du président sénégalais", "said the visit of the Russian president
                # was an opportunity": the speaker's state receives it, unless a destination is named.
                # Only a visit named as the one known, by "la", "du", "the": "a nié être au courant d'une
                # éventuelle visite du Premier ministre X" speaks of a visit no one has told.)
                others = states if draft.event == "CONSULT" else objects
                subject, objects = own, [c for c in others if c not in own]
                states = dedupe(subject + objects)
            destinations = self._destinations(sent)
            if draft.event == "AGREE" and any("tour" in self._cues(t) for t in sent.triggers):
                # A tour promised ("une tournée devant le conduire en Côte d'Ivoire, au Niger …"):
                # one journey, which all its destinations receive (`document._per_destination`
                # splits a visit promised to each).
                destinations = [c for c in destinations if c not in subject]
                if len(destinations) > 1 and subject:
                    draft.mode = "visit"
                    draft.actor, draft.recipient, draft.directed = subject, destinations, True
                    draft.note("direction", None, draft.trigger, "rule:sides.tour_destinations_host")
                    return
            if draft.event == "AGREE" and self._trip_to_a_gathering(draft, sent):
                # "will travel to Addis Ababa to attend the AU summit", "is travelling to Moscow to
                # attend a meeting of the SCO": the city is the gathering's venue, and its state no
                # host (DESIGN.md), unless someone of it is named to be met.
                host = [c for c in objects if c not in subject][:1]  # (a place is never an object)
                if not host:
                    draft.actor = [c for c in subject if c not in destinations and c != place_state] or [
                        c for c in states if c not in destinations and c != place_state]
                    draft.note("direction", None, draft.trigger, "rule:sides.gathering_venue_hosts_no_one")
                    return
                if destinations and host[0] not in destinations:
                    # "will fly to Brazil, where he will meet the Indian prime minister on the
                    # sidelines of the G20 summit": the one met there is the other side, and the
                    # venue's state none.
                    draft.actor = dedupe([c for c in subject if c not in destinations and c != place_state] + host)
                    draft.note("direction", None, draft.trigger, "rule:sides.meeting_beside_a_gathering")
                    return
            # (Not the state a diplomatic mission is of, at a promised presence: "assisteront à la
            # réouverture du consulat général de Belgique à Lubumbashi" is in Congo, whose place hosts.)
            owners = self._mission_owners(sent) if draft.event == "AGREE" else set()
            host = destinations[:1] or [c for c in objects if c not in subject and c not in owners][:1] or (
                [place_state] if place_state else [])
            left = self._left_behind(sent)
            visitor = [c for c in subject if c not in host] or [c for c in states if c not in host and c not in left][:1]
            if visitor and host:
                draft.mode = "visit"
                draft.actor, draft.recipient, draft.directed = visitor, host, True
                draft.note("direction", None, draft.trigger, "rule:sides.visit_destination_hosts")
                return
        if place_state and len(states) >= 2 and place_state in states:
            draft.mode = draft.mode or "visit"
            if self._round_of_the_meeting(draft, sent):
                draft.actor = states          # a round held in one side's capital: symmetric
            else:
                draft.actor = [c for c in states if c != place_state]
                draft.recipient, draft.directed = [place_state], True
                draft.note("direction", None, None, "rule:sides.meeting_place_hosts")
            return
        draft.actor = states

    def _credentials_sides(self, draft: Draft, sent: Sentence, states: list[str], place_state: str | None) -> bool:
        """Credentials presented ("ont présenté leurs lettres de créance au président", "the
        President accepted the credentials of …"): the ambassadors' states visit the state of
        whom receives them, someone named who is no ambassador, else the state where it happens,
        else the document's own. With no visitor's state named in the sentence ("Quatre nouveaux
        ambassadeurs ont présenté leurs lettres de créance au chef de l'Etat ivoirien"), the host
        still receives: the ambassadors' states may be listed after it (see `_elaborate`). False
        when no host is found."""
        hosts = [p._.value.country for p in sent.people + sent.titles
                 if p._.value.role not in ("ambassador", "envoy", None) and p._.value.country]
        # (A receiver named by his office alone, "au chef de l'Etat", in a report of several
        # ceremonies is the host of the audience told before.)
        earlier = self.focus.recipient[:1] if draft.event == "CONSULT" and self.focus is not None \
            and self.focus.event == "CONSULT" and self.focus.directed else []
        host = dedupe([c for c in hosts if c not in NON_STATE])[:1] or (
            [place_state] if place_state else [self.home] if self.home else earlier)
        ambassadors = [c for c in self._summoned_states(sent) if c not in host]
        visitors = dedupe(ambassadors + [c for c in states if c not in host])
        if not host:
            return False
        draft.mode = "visit"
        draft.actor, draft.recipient, draft.directed = visitors, host, True
        draft.note("direction", None, draft.trigger, "rule:sides.credentials_received_by_the_host")
        return True

    def _participle_agent_states(self, verb_span: Span, sent: Sentence) -> list[str]:
        """The states of the agent ("par"/"by") of a participle that opens a clause of its own,
        with no subject of its own ("Reçu par le président ghanéen, …", "Received by Kenya's
        president, …"): the one who did what the participle tells; the main clause's subject
        underwent it. Empty for any other verb."""
        verb = verb_span.root
        if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "acl") or "Part" not in verb.morph.get("VerbForm") \
                or any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "aux", "aux:pass", "auxpass") for c in verb.children):
            return []
        agent = {t.i for c in verb.children if c.dep_ in ("agent", "obl:agent") for t in c.subtree}
        # (The parser may hang "par …" on a noun of the participle's clause: "Reçu en audience par
        # le Premier ministre", "par" then a case word of the nominal it introduces.)
        agent |= {t.i for n in verb.subtree if n.i != verb.i and any(
            c.dep_ == "case" and fold(c.text) in self.words.agent for c in n.children) for t in n.subtree}
        if not agent:
            return []
        states = [c.label_ for c in sent.countries if c.root.i in agent and not self._is_place(c)]
        states += [p._.value.country for p in sent.people if p.root.i in agent]
        states += [t._.value.country for t in sent.titles if t.root.i in agent]
        return dedupe(c for c in states if c and c not in NON_STATE)

    #: How far after an attendance word ("to attend") the gathering attended may be named.
    GATHERING_REACH = 8

    def _round_of_the_meeting(self, draft: Draft, sent: Sentence) -> bool:
        """Does the sentence number the meeting itself as a round of its sides' mechanism ("la 3e
        session des consultations politiques", "the second round of the strategic dialogue")? A
        round named inside a gathering the meeting is held beside ("dans le cadre de sa
        participation à la 5e session du Forum …", "on the sidelines of the 10th summit of the
        SCO") is the gathering's: the talks of two of its members in one side's capital are then
        a visit to the host, not a round of theirs."""
        reach = self.GATHERING_REACH
        beside_words = sent.cue("attendance") + sent.cue("margin")
        gatherings = [t.start for t in sent.triggers if t.label_ == "CONSULT" and "multilateral" in self._cues(t)]
        gatherings += [o.start for o in sent.organisations]
        def beside(span: Span) -> bool:
            # (The round's word after "on the sidelines of", "sa participation à", and the
            # gathering's own word or organisation at the round or soon after it; a gathering's
            # name may be long: "the third session of the China-Arab States Cooperation Forum".)
            return any(c.end <= span.start <= c.end + 2 * reach for c in beside_words) \
                and any(span.start <= g <= span.end + reach for g in gatherings)
        rounds = [t for t in sent.triggers if t.label_ == draft.event and "series" in self._cues(t)]
        return any(not beside(s) for s in rounds + sent.cue("series"))

    def _trip_to_a_gathering(self, draft: Draft, sent: Sentence) -> bool:
        """Is the journey made to attend a gathering: an attendance word after the visit word,
        followed closely by a meeting word or an organisation ("travel to Addis Ababa to attend the
        AU summit", "travelling to Moscow on a visit to attend a meeting of the SCO")? The event's
        word may be the attendance word itself, or the gathering right after it: "va assister au
        sommet de la CEDEAO à Lomé", "assistera au sommet de l'UA à Addis-Abeba" is a journey to a
        gathering, not a visit to the venue's state."""
        start = draft.trigger.start
        attending = [c.start for c in sent.cue("attendance")
                     if c.end <= start <= c.end + 2 or start <= c.start < draft.trigger.end]
        return self._attends_a_gathering(sent, after=min([draft.trigger.end] + attending)) \
            or self._beside_a_gathering(sent, after=draft.trigger.end)

    def _beside_a_gathering(self, sent: Sentence, after: int = 0) -> bool:
        """Does the sentence set what it tells (after token `after`) on the margins of a gathering:
        a margin word followed closely by a meeting word or an organisation ("will fly to Peru,
        where he will meet Xi on the sidelines of the APEC summit", "en marge du sommet du G20")?"""
        return self._cue_before_a_gathering(sent, "margin", after)

    def _attends_a_gathering(self, sent: Sentence, after: int = 0) -> bool:
        """Does the sentence tell of attending a gathering: an attendance word (after token `after`)
        followed closely by a meeting word or an organisation ("will be attending the meeting of
        the SCO Council of Foreign Ministers", "to attend the AU summit")?"""
        return self._cue_before_a_gathering(sent, "attendance", after)

    def _cue_before_a_gathering(self, sent: Sentence, cue_kind: str, after: int) -> bool:
        """Is a cue of `cue_kind` (after token `after`) followed closely by a meeting word or an
        organisation?"""
        for cue in sent.cue(cue_kind):
            if cue.start < after:
                continue
            reach = cue.end + self.GATHERING_REACH
            if any(t.label_ == "CONSULT" and cue.end <= t.start <= reach for t in sent.triggers) or any(
                    cue.end <= o.start <= reach for o in sent.organisations):
                return True
        return False

    @staticmethod
    def _mission_owners(sent: Sentence) -> set[str]:
        """The states the sentence names only as those a diplomatic mission or another premises
        belongs to ("le consulat général de Belgique", "the embassy of Japan"): whose building it
        is, not who receives there."""
        premises = sent.cue("premises")

        def owns(country: Span) -> bool:
            head = country.root.head
            if head.pos_ == "ADP":
                head = head.head  # "of Japan": the English preposition heads the noun
            return any(p.start <= head.i < p.end for p in premises)
        named: dict[str, list[bool]] = {}
        for c in sent.countries:
            named.setdefault(c.label_, []).append(owns(c))
        return {state for state, owned in named.items() if all(owned)}

    def _visitors_named_by_the_visit(self, draft: Draft, sent: Sentence, possessive: bool = False) -> list[str]:
        """The states of whom a visit noun names as its own, in its complement after "de"/"of"
        ("la visite d'État du président Emmanuel Macron", "the visit of the Indian prime minister",
        "la visite de la délégation chinoise"), or with `possessive` in the possessive before it
        ("the Russian president's visit", "Kishida's visit"): a person, a title or a state's
        adjective. Not a state's name: "la visite du Maroc" may be the country visited, and
        "Japan's visit" is rare enough to be a misparse."""
        noun = draft.trigger.root
        if noun.pos_ not in ("NOUN", "PROPN") or "visit" not in draft.cues:
            return []
        zone: set[int] = set()
        for c in noun.children:
            # (French hangs the case word on the noun it introduces; English heads the phrase by "of".)
            if possessive:
                if c.dep_ in ("poss", "nmod:poss"):
                    zone |= {t.i for t in c.subtree}
            elif (c.dep_ == "nmod" and any(a.dep_ == "case" and fold(a.text) in self.words.of for a in c.children)) \
                    or (c.dep_ == "prep" and fold(c.text) in self.words.of):
                zone |= {t.i for t in c.subtree}
        if not zone:
            return []
        states = [p._.value.country for p in sent.people if any(t.i in zone for t in p)]
        states += [t._.value.country for t in sent.titles if any(x.i in zone for x in t)]
        states += [c.label_ for c in sent.countries if any(t.i in zone for t in c)
                   and (c._.value or ("", ""))[1] == "adjective" and not self._is_place(c)]
        return dedupe(c for c in states if c and c not in NON_STATE)

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
            pronoun = relative_subject(clause)
            if pronoun is None:
                continue
            # (Or a title with no name: "the British Foreign Secretary, who paid him a call".)
            before = [p for p in sent.people + sent.titles if p.end <= pronoun.i and pronoun.i - p.end <= 2]
            person = max(before, key=lambda p: p.end)._.value if before else None
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
        # A visit the sentence refers back to beside a journey it tells ("Following her visit to
        # Qatar, she will travel to Iran", "après sa visite au Qatar, elle se rendra en Iran") is
        # where the traveller comes from: its state is no destination of the journey.
        live = [t for t in visits if not self._is_reference(t)]
        if live:
            visits = live
        return self._destinations_after(sent, visits)

    @staticmethod
    def _place_of_a_thing_done(country: Span, preposition, visits) -> bool:
        """Is the place a past participle's that qualifies a noun ("l'accord conclu à Pékin", "the
        deal signed in Doha"), no visit word: where that thing was done, no destination? (The
        parser hangs the place on the participle, or the preposition on it.)"""
        for verb in (country.root.head, preposition.head):
            if verb.pos_ == "VERB" and verb.dep_ in ("acl", "amod") and "Part" in verb.morph.get("VerbForm") \
                    and "Pres" not in verb.morph.get("Tense") and not any(v.start <= verb.i < v.end for v in visits):
                return True
        return False

    def _left_behind(self, sent: Sentence) -> list[str]:
        """The states a referred-back visit went to, beside a journey the sentence tells ("Following
        her visit to Qatar, she will travel to Iran": Qatar): where the traveller comes from, neither
        host nor visitor of the journey."""
        visits = [t for t in sent.triggers if "visit" in self._cues(t)]
        if not any(not self._is_reference(t) for t in visits):
            return []
        referred = [t for t in visits if self._is_reference(t)]
        destinations = set(self._destinations(sent))
        return [c for c in self._destinations_after(sent, referred) if c not in destinations]

    def _destinations_after(self, sent: Sentence, visits: list[Span]) -> list[str]:
        """The states named as where the visit words go (see `_destinations`)."""
        out = []
        for c in sent.countries:
            if self._matter_of(c):
                continue  # "will travel to Ethiopia for talks on the conflict in Sudan": a matter
            prev = [t for t in self._prev_words(c, 3) if t.pos_ != "DET"]
            if len(prev) > 1 and fold(prev[-1].text) in self.words.article \
                    and fold(prev[-2].text) in self.words.destination:
                prev = prev[:-1]  # untagged: "a la Argentina", "para o Chile" (the article read as such)
            if prev and fold(prev[-1].text) in self.words.destination and any(v.start < c.start for v in visits):
                if self._place_of_a_thing_done(c, prev[-1], visits):
                    continue  # "arrivée à Ryad … conformément à l'accord conclu à Pékin": the accord's place
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
        # A state joined to a destination by "and"/"et" is visited too ("visited Kenya and
        # Tanzania", "will travel to Poland and Lithuania"): the parser hangs it on the first.
        heads = {tok.i for c in sent.countries if c.label_ in out for tok in c}
        out += [c.label_ for c in sent.countries if c.root.dep_ == "conj" and c.root.head.i in heads]
        return dedupe(out)
