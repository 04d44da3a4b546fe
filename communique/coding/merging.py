"""Stage 4, the document pass: the same event told again merges into the one already drafted.
Which events are one (the same meeting, plan, commitment or measure; a lead that retells the
headline; a quote that retells the news), which are two (a visit beside a summit, another
office of one side, later days of a visit, a host in another office), and how the second is
absorbed into the first. `retelling.Retelling` decides what only elaborates the event in focus."""
from __future__ import annotations

from spacy.tokens import Span

from ..recognising.lexicon import fold
from ..recognising.people import Person
from .context import MEETING_CUES, Draft, Sentence, dedupe
from .signed_documents import settle_documents


class EventMerging:
    """Telling one event again: whether a new draft is one already drafted, and merging it."""

    #: Marks that open and close a quotation (straight double quotes do both). (Not single
    #: quotes: "’" is the apostrophe of "l’Algérie".)
    OPENING_QUOTES = frozenset({"«", "“"})
    CLOSING_QUOTES = frozenset({"»", "”"})
    #: The kinds of plan that one document tells once per pair of sides: a visit, a meeting, a
    #: call, a round, a signing ("will visit Seoul on Sunday … Kishida plans to make a working visit").
    ONE_PLAN_KINDS = frozenset({"visit", "meeting", "call", "round", "signing"})

    def _quote_retells(self, old: Draft, new: Draft) -> bool:
        """"… a annoncé la rupture des relations diplomatiques avec le Maroc. « L'Algérie a décidé de
        rompre ses relations diplomatiques avec le Maroc », a déclaré le ministre": a quotation in
        the sentence right after an act, telling an act of its kind between the same sides, gives
        the words that act was said in; it is no second act."""
        if new.sentence != old.sentence + 1 or new.actor != old.actor or new.recipient != old.recipient:
            return False
        sent = self.sentences[new.sentence]
        before = [t.text for t in self.doc[sent.span.start:new.trigger.start]]
        after = [t.text for t in self.doc[new.trigger.end:sent.span.end]]
        opened = before.count('"') % 2 + sum(t in self.OPENING_QUOTES for t in before) \
            - sum(t in self.CLOSING_QUOTES for t in before)
        return opened > 0 and any(t in self.CLOSING_QUOTES or t == '"' for t in after)

    def _lead_retells_headline(self, old: Draft, new: Draft, drafts: list[Draft]) -> bool:
        """"Russia expels US diplomats in tit-for-tat" above "In a tit-for-tat move, Russia says it will
        expel 60 US diplomats": the act of a headline (a first line set apart with no final stop) is
        told again by the first act of its type the body tells, between the same sides or fewer,
        whatever words it takes ("expels" / "has ordered expulsions", "meet" / "held talks"). (Not
        an act the other way: "India expels Canadian diplomat" above "after Canada expelled …".)"""
        if old.sentence == new.sentence or old.lead_told or not self._in_headline(old.trigger):
            return False
        if any(d is not old and d.event == new.event for d in drafts):
            return False  # the body has told an act of its type already: it is that one's lead
        if not new.states or not (new.states <= old.states or old.states <= new.states):
            return False
        return not (old.directed and new.directed and not set(old.actor) & set(new.actor))

    def _merge_into(self, drafts: list[Draft], new: Draft) -> Draft | None:
        if self._another_of_its_kind(new, drafts):
            return None
        for old in reversed(drafts):
            if old.event != new.event or old.aux != new.aux:
                continue
            if self._lead_retells_headline(old, new, drafts):
                old.lead_told = True
                self._absorb(old, new)
                return old
            if new.event == "CONSULT" and self._is_multilateral(old) != self._is_multilateral(new) \
                    and not self._visit_beside_a_summit(old, new):
                continue  # a bilateral meeting on a summit's margins is not the summit
            if new.event == "AGREE" and old.sentence != new.sentence and not (
                    old.series and new.series and old.series == new.series) and not self._same_plan(old, new):
                continue  # (the same round, visit or meeting announced twice is one plan)
            if new.event == "SANCTION" and (old.mode != new.mode or (
                    old.sentence != new.sentence and self._new_measure(new)
                    and not self._ambassador_recalled_again(old, new) and not self._quote_retells(old, new))):
                continue  # "also designated …", "announced new sanctions": another measure
            if new.states and old.states and not (new.states <= old.states or old.states <= new.states) \
                    and not self._visitor_then_host(old, new):
                continue
            if "sign" in new.cues and "sign" in old.cues and old.sentence != new.sentence \
                    and len(old.states) >= 2 and old.states < new.states:
                # "Abiy and Afwerki signed the July deal … He signed a tripartite agreement between
                # Ethiopia, Somalia and Eritrea": a signing told later between more parties is
                # another document, while a retelling names the same parties or fewer.
                continue
            if new.event == "CONSULT" and old.sentence != new.sentence and self._met_after_a_meeting(new):
                continue  # "After her meeting with X, the Prime Minister met Y": another audience
            if new.event == "CONSULT" and self._greeted_on_arrival(old, new):
                self._absorb(old, new)  # "il y a été reçu sur le tarmac par son homologue": the visit's welcome
                return old
            if new.event == "CONSULT" and (not self._same_meeting(old, new) or self._host_in_another_office(old, new)
                                           or self._audience_in_another_office(old, self.sentences[new.sentence])):
                continue
            if self._organisation_and_state(old, new) and not (
                    new.event == "CONSULT" and self._is_multilateral(old) and self._is_multilateral(new)):
                # (An organisation's summit, then the states that "attended the summit": its members
                # at the same gathering, not a second actor.)
                continue
            self._absorb(old, new)
            return old
        return None

    def _met_after_a_meeting(self, new: Draft) -> bool:
        """Does the draft's sentence set a meeting told before as before the draft's own ("After her
        meeting with X, May met Y", "À la suite de son entretien avec X, il a reçu Y")? The draft
        is the next meeting, not that one told again. (Only with the earlier meeting's partner named
        in the frame: "After the meeting in May, X returned the gesture by visiting Dakar" may tell
        the same meeting from the other side.)"""
        sent = self.sentences[new.sentence]
        return any(act.label_ == "CONSULT" and new.trigger.root.i not in frame
                   and any(p.root.i in frame for p in sent.people)
                   for act, frame in self._acts_framed_before(sent))

    def _visit_beside_a_summit(self, old: Draft, new: Draft) -> bool:
        """"Biden visited Vietnam … after attending a two-day summit of the G20 in India": one
        visitor's visit to one host, told by its own word of visiting, is the bilateral visit
        whatever summit the sentence also names (attended before, elsewhere); told after a
        bilateral meeting of the very same two states, it is that meeting's visit, not a summit.
        (The summit's own word, "arrived for the summit", keeps it the summit's.) A summit of two
        states and of no organisation ("X and Y held a summit in Seoul … X responded by visiting
        Seoul") is such a bilateral meeting: the word "summit" alone makes no gathering of many."""
        summit_of_two = len(old.states) == 2 and not old.organizations and not old.org_actor
        return (not self._is_multilateral(old) or summit_of_two) and new.directed and new.mode == "visit" \
            and len(new.actor) == 1 and len(new.recipient) == 1 and new.states == old.states \
            and "visit" in self._cues(new.trigger) and "multilateral" not in self._cues(new.trigger)

    @staticmethod
    def _organisation_and_state(old: Draft, new: Draft) -> bool:
        """Is one an organisation's own act (its subject is the organisation, no state acts) and
        the other a state's? "Kenya has rejected the ruling … The court rejected an argument by
        Somalia": two acts by two actors, whatever the type; merged, one actor would be lost."""
        def by_organisation(d: Draft) -> bool:
            return bool(d.org_actor) and not d.actor
        return (by_organisation(old) and bool(new.actor)) or (by_organisation(new) and bool(old.actor))

    def _same_plan(self, old: Draft, new: Draft) -> bool:
        """Are two announced events of other sentences the same plan: both to come, of the same kind
        of meeting, between the same sides in the same direction, on no two different dates?"""
        if old.aux != "future" or new.aux != "future" or not new.states:
            return False
        # A trip announced, then the talks it is for ("se rendra en Russie … Le ministre devrait
        # rencontrer son homologue russe"): a meeting to come of the very two states the visit
        # joins, told after the visit, is what the visitor will do there, not a second plan.
        # (Talks told by a word of meeting, not of travel, are no trip the other way, whatever
        # order the sentence names the states in: "During the visit, X will confer with his
        # Ghanaian counterpart on … issues of interest to Nigeria, Ghana".)
        talks_of_the_visit = old.directed and "visit" in old.cues and len(old.states) == 2 \
            and new.states == old.states and (not new.directed or self._talks_word(new))
        # Talks announced in one side's country, then the other side's trip there ("will hold a
        # summit in Seoul on Sunday … will make a visit to Seoul from Sunday"): the trip is how the
        # talks come about, one plan. (Talks placed elsewhere, or none placed, stay apart: "will
        # meet his counterpart in Dakar on Monday … will then travel to Mali in March".)
        visit_to_the_talks = not old.directed and new.directed and "visit" in new.cues \
            and len(old.states) == 2 and new.states == old.states and len(new.recipient) == 1 \
            and old.place is not None and old.place[1] == new.recipient[0] \
            and (new.place is None or new.place[1] == old.place[1])
        # (A meeting with no host has its sides in no order: "Xi … with Macron", then "franco-chinois".)
        same_sides = (old.actor, old.recipient, old.directed) == (new.actor, new.recipient, new.directed) \
            or (not old.directed and not new.directed and set(old.actor) == set(new.actor))
        if not same_sides and not talks_of_the_visit and not visit_to_the_talks:
            return False
        # Each must name its meeting itself: not a commitment whose sentence only mentions talks
        # ("sont convenus de poursuivre leurs échanges sur la base d'une feuille de route").
        if not all(d.cues & MEETING_CUES for d in (old, new)):
            return False
        plans = [self._plan(d, self.sentences[d.sentence]) for d in (old, new)]
        if plans[0]["kind"] not in self.ONE_PLAN_KINDS:
            return False
        # (A summit or a session with no number of its own, "the White House summit", told again as
        # a meeting, "when they convene at the White House", is that meeting: no round sets it apart.)
        # (Not one with another person of a side, in another office: "talks with President Yoon … will
        # also take part in a Strategic Dialogue with Foreign Minister Park": two audiences.)
        unnumbered = {plans[0]["kind"], plans[1]["kind"]} == {"round", "meeting"} and not (old.series and new.series) \
            and not self._other_office_of_a_side(old, new)
        if plans[0]["kind"] != plans[1]["kind"] and not unnumbered and not (
                talks_of_the_visit and (plans[0]["kind"], plans[1]["kind"]) == ("visit", "meeting")) and not (
                visit_to_the_talks and plans[0]["kind"] in ("meeting", "round") and plans[1]["kind"] == "visit"):
            return False
        return not (plans[0]["date"] and plans[1]["date"] and plans[0]["date"] != plans[1]["date"])

    @staticmethod
    def _other_office_of_a_side(old: Draft, new: Draft) -> bool:
        """Does each draft name a person of one same state, none of them in both, and in offices
        that differ (a president, then a foreign minister)?"""
        for state in old.states & new.states:
            people = [{p.key: p.role for p in d.participants if p.country == state and p.role} for d in (old, new)]
            if people[0] and people[1] and not set(people[0]) & set(people[1]) \
                    and not set(people[0].values()) & set(people[1].values()):
                return True
        return False

    @staticmethod
    def _promised_acts(draft: Draft) -> set[tuple[str, str]]:
        """The acts a promise's verb commits to, as (verb, object) lemmas: the verbs it takes as its
        complement and their conjuncts (or its own conjuncts in the infinitive), each with its object ("agreed to implement the consensus
        … and stop sending troops" -> (implement, consensus), (stop, sending))."""
        root = draft.trigger.root
        verbs = [c for c in root.children if c.dep_.split(":")[0] == "xcomp" and c.pos_ == "VERB"]
        for v in verbs:  # (conjuncts of conjuncts too: "implement …, strengthen …, stop …")
            verbs += [g for g in v.children if g.dep_ == "conj" and g.pos_ == "VERB" and g not in verbs]
        # (The parser may hang the list's later acts on the promise verb itself: "agreed to implement
        # …, avoid …, stop sending troops", "stop" a conjunct of "agreed"; a bare infinitive there is
        # one of the acts promised, a finite verb is another act told: "agreed to … and signed".)
        verbs += [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB" and "Inf" in c.morph.get("VerbForm")
                  and not any(g.dep_.split(":")[0] in ("nsubj", "aux") for g in c.children)]
        return {(v.lemma_.lower(), o.lemma_.lower()) for v in verbs for o in v.children
                if o.dep_.split(":")[0] in ("obj", "dobj", "xcomp") and o.pos_ in ("NOUN", "VERB")}

    def _same_commitment(self, old: Draft, new: Draft) -> bool:
        """"Both sides agreed to earnestly implement the consensus … India and China agreed to earnestly
        implement the consensus, the statement said": a promise of the same sides told again, which
        commits to an act already promised (the same verb with the same object), is that promise."""
        return bool(self._promised_acts(old) & self._promised_acts(new))

    def _plans_told_again(self, drafts: list[Draft]) -> list[Draft]:
        """"Pandor is scheduled to visit Mauritius … The Minister will also pay a courtesy call on the
        Prime Minister": once the document has given every plan its sides, a plan of a later sentence
        that is the same plan as one told before (`_same_plan`: same kind of meeting, same sides,
        no two different dates) is that plan told again, merged into it. (At the sentence pass, a
        later mention may still lack the side its subject or its title names only later.)"""
        kept: list[Draft] = []
        for new in drafts:
            old = None
            if new.event == "AGREE" and new.aux == "future" and len(new.states) >= 2:
                old = next((o for o in kept if o.event == "AGREE" and o.aux == "future" and o.sentence < new.sentence
                            and len(o.states) >= 2 and not (o.series and new.series and o.series != new.series)
                            and self._same_plan(o, new)), None)
            if old is None and new.event == "AGREE":
                # (A promise told with a time to come, "within a week", and without one is the same.)
                old = next((o for o in kept if o.event == "AGREE" and {o.aux, new.aux} <= {None, "future"}
                            and o.sentence < new.sentence
                            and o.states == new.states and self._same_commitment(o, new)), None)
            if old is None:
                kept.append(new)
            else:
                self._absorb(old, new)
        return kept

    def _talks_word(self, draft: Draft) -> bool:
        """Is the draft told by a word of meeting ("confer", "s'entretenir", "talks"), not one of
        travel or hosting ("visit", "se rendre", "receive")?"""
        cues = self._cues(draft.trigger)
        return draft.trigger.label_ == "CONSULT" and "meet" in cues and not cues & {"visit", "host"}

    def _ambassador_recalled_again(self, old: Draft, new: Draft) -> bool:
        """A state has one ambassador in another: its recall told twice ("a rappelé son
        ambassadeur en France … a décidé le retrait de son ambassadeur auprès de la République
        française") is one measure. Both triggers name an ambassador, by the titles found in them.
        So is the expulsion of the other state's ambassador, the same person named in both."""
        if not (old.mode == new.mode and old.actor == new.actor and old.recipient == new.recipient):
            return False
        if old.mode == "expel":
            # The other state's ambassador sent away ("a donné 72 heures à l'ambassadeur de France pour
            # quitter le pays … a été convoqué et notifié de la décision de le faire quitter le
            # territoire"): there is one ambassador to expel; the same one named in both is one measure.
            def ambassadors(d: Draft) -> set:
                return {p.key for p in d.participants if p.role == "ambassador" and p.country in d.recipient}
            return bool(ambassadors(old) & ambassadors(new))
        if old.mode != "withdraw":
            return False
        def names_ambassador(d: Draft) -> bool:
            t = d.trigger
            # (Or the withdrawal whose object is the ambassador: "le retrait immédiat de son ambassadeur".)
            return any(x.label_ == "ambassador" and x.start < t.end and t.start < x.end
                       for x in self.sentences[d.sentence].titles) or self._names_an_envoy(t.root, self.sentences[d.sentence])
        return names_ambassador(old) and names_ambassador(new)

    def _new_measure(self, draft: Draft) -> bool:
        """A measure told by a verb ("imposed", "designated") or as a verb's object ("announced new
        sanctions") is one more; a noun subject ("The restrictions apply to …") refers back.
        (So is a measure that qualifies the object noun: "introduced a new visa restriction policy".)"""
        root = draft.trigger.root
        if root.dep_ == "compound" and root.head.dep_ in ("dobj", "obj"):
            root = root.head
        return root.pos_ in ("VERB", "AUX") or root.dep_ in ("dobj", "obj", "ROOT")

    def _greeted_on_arrival(self, old: Draft, new: Draft) -> bool:
        """A visitor received by his hosts at the airport ("Il y a été reçu sur le tarmac de
        l'aéroport par son homologue", "was welcomed at the airport by"), after a visit between the
        same states was told, is that visit's welcome, not an audience of its own (whoever greets)."""
        if "host" not in new.cues or old.mode != "visit" or not old.directed or not new.states or not new.states <= old.states:
            return False
        sent = self.sentences[new.sentence]
        # (Not a sentence that tells talks beside the welcome: "Accueilli à sa descente d'avion par
        # X, le président a eu des entretiens avec Y": those are an audience.)
        if any(t.label_ == "CONSULT" and "host" not in self._cues(t) for t in sent.triggers):
            return False
        return new.trigger.root.pos_ == "VERB" and any(
            c.root.head.i == new.trigger.root.i or c.root.head.head.i == new.trigger.root.i for c in sent.cue("arrival_greeting"))

    def _same_meeting(self, old: Draft, new: Draft) -> bool:
        """Two CONSULT mentions are one meeting unless they involve different people on one side.
        (Only people known by an office or a state tell: a bare name may be anyone mentioned.)"""
        old_names = {p.key for p in old.participants if p.role or p.country}
        new_names = {p.key for p in new.participants if p.role or p.country}
        if self._later_days_only(old, new) and any(
                p.key not in old_names and p.country in old.recipient for p in new.participants):
            return False  # the visitor, named again, meets a host the first mention did not name
        if new_names and old_names and not (new_names & old_names) and not self._each_names_one_side(old, new):
            return False
        if new_names - old_names and old_names and new.directed and (old.directed or new.recipient[0] in old.actor):
            # Same visitor, another host (an envoy's second audience). (The first mention may name
            # the two sides without a host: "a joint press conference with the Belarusian minister",
            # then "he met the Prime Minister".)
            hosts_old = {p.key for p in old.participants if p.country in (old.recipient if old.directed else new.recipient)}
            hosts_new = {p.key for p in new.participants if p.country in new.recipient}
            if hosts_old and hosts_new and not (hosts_old & hosts_new):
                return False
        return True

    def _host_in_another_office(self, old: Draft, new: Draft) -> bool:
        """Received by the head of state, then talks with the foreign minister ("reçue en audience
        par le Président du Faso … s'est entretenue avec son homologue, X"): the host's side met
        in another office is another audience, even when the first host is named by the title
        alone. (The later mention must name its host in person: a title alone may be anyone's.)"""
        if not old.directed or len(old.recipient) != 1 or old.series:
            return False
        if new.trigger.root.pos_ != "VERB":
            return False  # a noun refers back: "le ministre, qui a pris part à cette rencontre, …"
        host = old.recipient[0]
        before = self._host_roles(old, host, by_title=True)
        after = self._host_roles(new, host)
        return bool(before and after and not (before & after))

    def _audience_in_another_office(self, old: Draft, sent: Sentence) -> bool:
        """"Following the meeting with the Prime Minister, he held a meeting with the Foreign
        Minister, X", "Il a ensuite eu un entretien avec le ministre de la Défense, X": a later
        sentence that names, after "with"/"avec", a person of the host's side (or of no known
        side) in an office the visit's host side has not yet met in, tells another audience of
        the visit (DESIGN: one CONSULT per audience), not more of the one in focus. (The person
        must be named: a title alone may be anyone's; a host in an office met already is the
        same audience told again.)"""
        if old.event != "CONSULT" or old.aux or not old.directed or len(old.recipient) != 1 \
                or old.series or sent.index in old.sentences:
            return False
        host = old.recipient[0]
        met = self._host_roles(old, host, by_title=True)
        if not met:
            return False
        for p in sent.people:
            person: Person = p._.value
            if not person.role or person.country not in (host, None) or person in old.participants \
                    or person.role in met or self._person_excluded(sent, p):
                continue
            titled = [t.start for t in sent.titles if t.end <= p.start and p.start - t.end <= 3]
            start = min([p.start, *titled])
            if any(fold(t.text) in self.words.with_ for t in self._prev_words(self.doc[start:p.end], 4)) \
                    or self._met_in_person(p, start, sent):
                return True
        return False

    def _met_in_person(self, person: Span, start: int, sent: Sentence) -> bool:
        """Is the person (his title from `start`) the object of a meeting verb, right after it ("he
        then met Foreign Minister X", "met the Prime Minister, X"): the one met, as "with" names him
        elsewhere? (Not the object of a host's verb: "received" takes the visitor.)"""
        verbs = {t.root.i for t in sent.triggers if t.label_ == "CONSULT" and t.root.pos_ == "VERB"
                 and "meet" in self._cues(t) and "host" not in self._cues(t)}
        token = person.root
        for _ in range(3):
            if token.dep_.split(":")[0] not in ("appos", "compound", "flat"):
                break
            token = token.head
        if token.dep_.split(":")[0] in ("dobj", "obj") and token.head.i in verbs:
            return True
        # (The parser may hang a titled name elsewhere: the word before the title tells.)
        prev = [t for t in self._prev_words(self.doc[start:person.end], 2) if t.pos_ != "DET"]
        return bool(prev) and prev[-1].i in verbs

    def _host_roles(self, draft: Draft, host: str, by_title: bool = False) -> set[str]:
        """The offices in which the host state's people take part: its participants' roles and,
        `by_title`, the titles of that state its sentences name (a host known by the title alone)."""
        roles = {p.role for p in draft.participants if p.country == host and p.role}
        if by_title:
            for i in draft.sentences:
                roles |= {t.label_ for t in self.sentences[i].titles
                          if t._.value is not None and t._.value.country == host and t.label_}
        return roles

    def _later_days_only(self, old: Draft, new: Draft) -> bool:
        """Does the later mention name only days after every day the earlier one names ("arrivé
        lundi 16 … a eu des entretiens mardi 17 avec le Premier ministre": the visit's next
        audience)? An earlier day dates the stay the meeting belongs to ("a reçu jeudi … en visite
        depuis mercredi")."""
        days = [{d.value for i in d_.sentences for d in self.sentences[i].dates if d.value and len(d.value) == 10}
                for d_ in (old, new)]
        return bool(days[0] and days[1] and min(days[1]) > max(days[0]))

    def _each_names_one_side(self, old: Draft, new: Draft) -> bool:
        """Does each mention of one visit name the people of a different side only ("le président
        djiboutien, X, a foulé le sol guinéen … Le chef de l'État djiboutien a été accueilli par
        son homologue guinéen, Y": the visitor, then the host who met him)? Then different names
        are no different meeting (unless the later one names only later days). The first mention
        may name one side only, its other side a pronoun ("Elle a rencontré son homologue russe, X
        … l'entretien entre les deux ministres a porté sur …"): the later one, a definite noun that
        points back, completes it ("during a short meeting with" is another meeting)."""
        if len(new.states) != 2 or not old.states or not old.states <= new.states:
            return False
        if old.states != new.states and not self._definite_noun(new.trigger.root):
            return False
        if self._later_days_only(old, new):
            return False
        sides = [{p.country for p in d.participants if p.role or p.country} for d in (old, new)]
        return all(sides) and None not in sides[0] | sides[1] and not (sides[0] & sides[1])

    @staticmethod
    def _definite_noun(root) -> bool:
        """Is the trigger a noun with a definite or demonstrative determiner ("l'entretien", "this meeting")?"""
        return root.pos_ == "NOUN" and any(
            c.dep_ == "det" and ("Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType"))
            for c in root.children)

    def _visit_of_the_meeting(self, old: Draft, new: Draft) -> bool:
        """Is `new` one visitor's visit to one host, between the very two states of `old`, a
        meeting told with no host, and does its own sentence name both? (Not a visit of others
        whose sides the document pair filled in: "au courant d'une éventuelle visite du Premier
        ministre israélien à Londres". Not a round of a series: held in one side's capital, it
        stays symmetric, DESIGN's coding rules.)"""
        return old.event == new.event == "CONSULT" and not old.directed and new.directed \
            and new.mode == "visit" and bool(new.cues & {"visit", "host"}) \
            and len(new.actor) == 1 and len(new.recipient) == 1 and len(old.states) == 2 \
            and old.states == new.states and not old.series and not new.series \
            and old.format in (None, "in_person") and new.states <= self._states_named(self.sentences[new.sentence])

    @staticmethod
    def _states_named(sent: Sentence) -> set[str]:
        """The states a sentence names: by a country word, a person's or a title's state."""
        named = {c.label_ for c in sent.countries}
        named |= {p._.value.country for p in sent.people if p._.value is not None and p._.value.country}
        named |= {t._.value.country for t in sent.titles if t._.value is not None and t._.value.country}
        return named

    @staticmethod
    def _visitor_then_host(old: Draft, new: Draft) -> bool:
        """"Le ministre russe en visite dans la capitale burkinabè … Le ministre burkinabè a
        accueilli son homologue": a visit told first by its visitor alone, then by its host alone,
        is one visit of the one to the other."""
        return old.event == new.event == "CONSULT" and not old.aux and not new.aux \
            and "visit" in old.cues and len(old.actor) == 1 and not old.recipient \
            and not new.actor and len(new.recipient) == 1 and new.recipient != old.actor

    def _absorb(self, old: Draft, new: Draft) -> None:
        if self._visitor_then_host(old, new):
            old.recipient, old.directed = list(new.recipient), True
        elif len(old.states) < 2 and len(new.states) > len(old.states):
            # The first mention lacked a side; later mentions only add details.
            old.actor, old.recipient, old.directed = new.actor, new.recipient, new.directed
        elif self._visit_of_the_meeting(old, new):
            # "Les entretiens entre X et Y se sont tenus … la première visite de X en Y", "held
            # talks … Y warmly received X": the meeting told first with no host is the visit or
            # the audience told next; the visitor comes to the host.
            old.actor, old.recipient, old.directed = list(new.actor), list(new.recipient), True
            old.mode = "visit"
            old.notes.pop(("direction", None), None)
        elif old.event == "SANCTION" and old.directed and new.directed and set(new.actor) <= set(old.actor) \
                and new.sentence == old.sentence + 1 and old.recipient and set(old.recipient) < set(new.recipient):
            # "The US imposed visa restrictions on members of Russia's military … The restrictions
            # apply to … Russian military and 13 Belarusian officials": the sentence right after a
            # measure spells out whom it hits, the first targets and more; they receive it too.
            # (Not a later sentence, which sets the measure among other news: "The restrictions
            # come on the eve of the day the Russians defeated Nazi Germans.")
            old.recipient = dedupe(old.recipient + [c for c in new.recipient if c not in old.actor])
        if old.mode is None and new.mode:
            old.mode = new.mode
        old.cues |= new.cues
        for p in new.participants:
            if p not in old.participants:
                old.participants.append(p)
        for t in new.topics:
            if t not in old.topics:
                old.topics.append(t)
        for o in new.organizations:
            if o not in old.organizations:
                old.organizations.append(o)
        old.documents += [d for d in new.documents if d not in old.documents]
        settle_documents(old)
        old.series = old.series or new.series
        old.place = old.place or new.place
        for s in new.sentences:
            if s not in old.sentences:
                old.sentences.append(s)
        for sp in new.spans:
            if sp not in old.spans:
                old.spans.append(sp)
        for k, v in new.entity_spans.items():
            old.entity_spans.setdefault(k, v)
        old.notes = {**new.notes, **old.notes}
