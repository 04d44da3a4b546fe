"""Stage 3, details: the people who take part in an event, with their titles, roles and states,
from its own sentence, from the sentences that tell on about it, and from the offices the
document names without a person."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..recognising.lexicon import fold
from ..recognising.office_holders import lookup
from ..recognising.people import Person
from ..recognising.person_states import state_in_brackets
from ..recognising.titles import office_states
from .context import ENVOY_ROLES, NON_STATE, STATEMENT_TYPES, SUBJECT_DEPS, Draft, Sentence, is_plural

#: Between two titles of a list, only the first one's holder and the list's comma or semicolon
#: (", Shirley Botchway; " before "Minister of National Security").
LISTED_NAME = re.compile(r"^[,:\s]*(?:[A-Z][\w'’.-]*\s*)+[,;]\s*(?:and\s+|et\s+)?(?:the\s+|le\s+|la\s+|l['’])?$")
#: Dependencies that tie a name to the trigger as a party of the event (UD for French, ClearNLP
#: for English) and those that join a name to another.
PARTY_DEPS = {"nsubj", "nsubjpass", "obj", "dobj", "iobj", "dative", "obl", "nmod", "prep", "agent"}
JOINING_DEPS = {"conj", "appos", "flat", "compound"}
#: How many sentences after an event's own a sentence may still name the people who speak for its
#: sides ("The UK and Kenya agreed … . Kenyan President X and UK Prime Minister Y met …").
SIDES_SPAN = 2
#: Statements and commitments, whose sides speak through people; a material act (aid, a
#: sanction) is done, and who comments on it afterwards does not take part in it.
SPOKEN_TYPES = STATEMENT_TYPES | {"AGREE"}
#: Personal pronouns that stand for people named before (singular, plural).
PERSON_PRONOUNS = {"fr": ({"il", "elle"}, {"ils", "elles"}), "en": ({"he", "she"}, {"they"})}
#: How many sentences back the people a pronoun stands for may have been named in an event.
PRONOUN_REACH = 3
#: Bodies and offices that serve someone named in the possessive ("Lukashenko's government").
SERVING_WORDS = {"government", "administration", "cabinet", "regime", "office", "delegation", "spokesman",
                 "spokeswoman", "spokesperson", "envoy", "representative", "aide", "aides", "adviser", "advisor"}
#: How far after a letter its addressee may be named, and the words that name its addressee
#: or its sender ("a letter of condolences to his counterpart X", "une lettre du président X").
LETTER_REACH = 10
LETTER_TO = {"en": {"to"}, "fr": {"a", "au", "aux"}}
LETTER_FROM = {"from", "du"}
#: Generic roles and the specific offices that refine them: "le ministre X", said of the one named
#: before as the foreign minister's counterpart, is a shortened title of the foreign minister's.
REFINED_ROLES = {"minister": {"foreign_minister"}, "deputy_minister": {"deputy_foreign_minister"}}


class Participants:
    """The people who take part in a draft event."""

    def _add_people(self, draft: Draft, sent: Sentence) -> None:
        for p in sent.people:
            if self._person_excluded(sent, p) or self._possessor(p) or (
                    draft.event == "SUPPORT" and self._addressee_of_letter(sent, p)) or self._accused(draft, sent, p):
                continue
            person: Person = p._.value
            colleague = self._colleague_present(sent, p) if draft.event == "CONSULT" and not person.role else None
            if colleague is not None:
                person.role, person.country = "minister", person.country or colleague.country
            if not (person.role or person.title or person.org) and not self._acts_in(draft, p) \
                    and not (draft.event == "CONSULT" and self._listed_with_state(p, person)):
                continue  # an untitled name the event's words don't tie to it: a name mentioned
            if self._relays_another_state(draft, sent, p):
                continue  # "Le ministre X explique que l'Allemagne félicite Y": he tells of Germany's praise
            if draft.event not in STATEMENT_TYPES and self._teller(person) and not self._acts_in(draft, p):
                continue  # "The Spokesperson, X, said officials … met in Abuja": he tells of the act
            if person not in draft.participants:
                draft.participants.append(person)
        for person in self._titled_references(sent):
            if person not in draft.participants:
                draft.participants.append(person)

    def _listed_with_state(self, name: Span, person: Person) -> bool:
        """"Ce sont : MM. X (Israël), Y (Egypte) …": a name listed with its state in brackets after
        a meeting is told is one of those who came to it (the form of lists of envoys)."""
        return person.country is not None and state_in_brackets(self.doc, name) == person.country

    def _colleague_present(self, sent: Sentence, name: Span) -> Person | None:
        """"La rencontre s'est déroulée en présence du ministre X et de ses collègues de l'Économie,
        Y, et du Commerce, Z": a name in the list a presence cue opens, after the word for a
        minister's colleagues (a `portfolio` cue of value `holder`, no verb between), is a minister
        present at the talks, of the state of the one whose colleague he is. Returns that one, or None."""
        for c in sent.cue("presence"):
            holders = [h for h in sent.cue("portfolio") if h._.value == "holder" and c.end <= h.start < name.start]
            if not holders or any(t.pos_ in ("VERB", "AUX") for t in self.doc[c.end:name.start]) \
                    or any(holders[-1].end <= t.start < name.start for t in sent.titles):
                continue  # (a title after the colleagues opens another office: "ainsi que du secrétaire général X")
            at, start = holders[0].start_char, sent.span.start_char
            # (Named in the list before them, "du chancelier X, de ses collègues"; else the subject
            # named last, "Le ministre X a reçu … . La rencontre … en présence de ses collègues".)
            before = [(max(m[0] for m in p.mentions if m[0] < at), p) for p in self.people.values()
                      if p.country and p.role and any(start <= m[0] < at for m in p.mentions)]
            if not before:
                before = [(max(m[0] for m in p.mentions if m[0] < at and self._subject_at(m[0])), p)
                          for p in self.people.values() if p.country and p.role
                          and any(m[0] < at and self._subject_at(m[0]) for m in p.mentions)]
            if before:
                return max(before, key=lambda x: x[0])[1]
        return None

    @staticmethod
    def _relays_another_state(draft: Draft, sent: Sentence, name: Span) -> bool:
        """"Le ministre togolais X explique que l'Allemagne félicite le président Y", "X said Germany
        had sent aid": the subject of a verb of saying (a `speaking` cue, or an `explaining` one: the
        sentence models read `speaking` cues, so verbs of explaining are a kind of their own) whose clause (the event's
        trigger inside it) has a state of its own as subject tells of that state's act; when that
        state is not his, he does not take part in it. (His own state's act, "X said New Zealand
        had made clear", he speaks for.)"""
        country = name._.value.country
        subject = name.root
        while subject.dep_.split(":")[0] in JOINING_DEPS - {"conj"} and subject.head.i != subject.i:
            subject = subject.head  # (the name in apposition to its title: "le ministre, X, explique")
        verb = subject.head
        if not country or subject.dep_ not in SUBJECT_DEPS \
                or not any(c.start <= verb.i < c.end for c in sent.cue("speaking") + sent.cue("explaining")):
            return False
        trigger = draft.trigger.root
        for clause in verb.children:
            if clause.dep_.split(":")[0] != "ccomp" or not (clause.left_edge.i <= trigger.i <= clause.right_edge.i):
                continue
            subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
            states = {c.label_ for c in sent.countries for s in subjects if c.start <= s.i < c.end}
            if states and country not in states:
                return True
        return False

    def _teller(self, person: Person) -> bool:
        """Is the person's title a spokesperson's (a `teller` cue inside it)? A spokesperson speaks
        for his side's statements, and tells of its other acts (meetings, accords, aid, releases)
        without taking part in them."""
        span = person.title_span
        # (The title may be told in an earlier sentence: "spokesperson X said … . X added …".)
        return bool(span) and any(span[0] <= c.start_char < span[1] for s in self.sentences for c in s.cue("teller"))

    def _possessor(self, name: Span) -> bool:
        """A name in the possessive before an office or a body of people ("Burhan's special envoy,
        X, said", "Guterres' spokesman said", "Lukashenko's government denied") says whom the
        one who acts serves, as "the envoy of President X" does: X does not take part."""
        root = name.root
        if root.dep_ != "poss":
            return False
        head = root.head
        if head.i in self.title_tokens or fold(head.text) in SERVING_WORDS:
            return True
        # "Blinken reiterated President Biden's resolve", "PM X reiterated President Y's invitation":
        # what someone else, the subject, says of X's stance; X, not there, speaks through him.
        # (Not an act X does: "welcomed President X's visit".)
        verb = head.head
        if not (head.dep_ in ("dobj", "obj") and head.i not in self.trigger_tokens and verb.pos_ == "VERB"):
            return False
        verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "X expressed … and reiterated Y's …"
        return any(c.dep_ in SUBJECT_DEPS and c.pos_ in ("PROPN", "NOUN") and c.i != root.i
                   for v in verbs for c in v.children)

    @staticmethod
    def _accused(draft: Draft, sent: Sentence, name: Span) -> bool:
        """"a accusé son homologue rwandais, X, de …", "Poland accused Lukashenko of …", "criticised
        X's remarks": whom a verb of accusing or criticising has for its object, or the object's
        words name, is whom the act is about (DESIGN: a person a message is about does not take
        part). Not a summons: the ambassador summoned is there to hear the protest."""
        if draft.event != "ACCUSE" or "summon" in draft.cues or (draft.cameo or "").startswith("114"):
            return False
        verbs = {t.root.i for t in sent.triggers if t.label_ == "ACCUSE" and t.root.pos_ == "VERB"}
        for tok in [name.root, *name.root.ancestors]:
            if tok.head.i in verbs and tok.dep_.split(":")[0] in ("obj", "dobj"):
                return True
            if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
                return False  # another clause's object
        return False

    def _addressee_of_letter(self, sent: Sentence, name: Span) -> bool:
        """"sent a letter of condolences to his counterpart X", "une lettre au président X": whom
        a letter goes to reads it; the letter, sent, is the event, and X does not take part in it
        (DESIGN: a written message is a document of its sender's act)."""
        start = name._.value.title_span[0] if name._.value.title_span else name.start_char
        for c in sent.cue("document"):
            if c._.value != "letter" or c.end_char > start or self.lang not in LETTER_TO:
                continue
            between = self.doc.char_span(c.end_char, start, alignment_mode="contract")
            if between is None or len(between) > LETTER_REACH or any(t.pos_ in ("VERB", "AUX") for t in between):
                continue
            # The last of "to" and "from" before the name tells ("a letter from X to Y": Y reads it).
            marks = [w for w in (fold(t.text) for t in between) if w in LETTER_TO[self.lang] or w in LETTER_FROM]
            if marks and marks[-1] in LETTER_TO[self.lang]:
                return True
        return False

    def _acts_in(self, draft: Draft, name: Span) -> bool:
        """Whether a name is a party of the event's own clause: the subject or an object of its
        trigger, or joined to one ("Todd and Nuland discussed", "a reçu M. X", "met with X")."""
        return self._party_of(draft.trigger, name)

    def _party_by_title(self, trigger_span: Span, name: Span) -> bool:
        """Whether the title before a name is the trigger's subject or object ("The Indian
        Ambassador to Nepal X handed over …", which the parser may hang X on "to Nepal")."""
        span = name._.value.title_span
        if not span:
            return False
        title = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        trigger = range(trigger_span.start, trigger_span.end)
        return title is not None and any(t.head.i in trigger and t.dep_.split(":")[0] in PARTY_DEPS for t in title)

    @staticmethod
    def _party_of(trigger_span: Span, name: Span) -> bool:
        """Whether a name is the subject or an object of a trigger, or joined to one."""
        trigger = range(trigger_span.start, trigger_span.end)
        token = name.root
        for _ in range(4):
            if token.dep_.split(":")[0] in JOINING_DEPS:
                token = token.head  # "X and Y", "X, the envoy": the first of the pair tells
            elif token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent"):
                token = token.head  # "with X", "by X" (English trees hang the name on the preposition)
            else:
                break
        return token.head.i in trigger and token.dep_.split(":")[0] in PARTY_DEPS

    def _titled_references(self, sent: Sentence) -> list[Person]:
        """A title standing alone ("The Secretary-General condemns") names the document's
        person who holds that title, when exactly one does."""
        named = {id(p._.value) for p in sent.people}
        out = []
        for t in sent.titles:
            if any(p.start <= t.end + 2 and p.end >= t.start - 2 and not self._verb_between(p, t) for p in sent.people):
                continue  # (the title of a name beside it; not "X thanked his Togolese counterpart")
            if self._complement_of_title(sent, t.start_char):
                continue  # "la conseillère diplomatique du président français": the adviser acts, not the president
            if self._cited(sent, t):
                continue  # "le message d'amitié du Président malien": who sends it is not there
            several = self._holders_of_a_plural_title(t, named)
            if several:
                out += [p for p in several if p not in out]
                continue
            key = fold(t.text)
            holders = [p for p in self.people.values() if p.title and key and key in fold(p.title)
                       and id(p) not in named]
            if not holders:
                holders = self._office_holders(t, named)
            if not holders:
                holders = self._earlier_holders(t, named)
            if not holders:
                holders = self._counterpart_named_before(t, named)
            if len({id(p) for p in holders}) == 1:
                out.append(holders[0])
        return out

    def _earlier_holders(self, title: Span, named: set[int]) -> list[Person]:
        """"Le Président de la République, X, a reçu … Le Chef de l'État a condamné …": a bare
        title that names no state, in the singular, refers back to the one person named before it
        with that office, however the text worded it first. A title that says which kind of head of
        state (a king's, a president's) refers back to the one of that kind: "Le Roi X a reçu le
        Président Y … Le Souverain a visité …" is the king."""
        value = title._.value
        if value.country or value.org or title.label_ not in ("head_of_state", "head_of_government", "foreign_minister") \
                or is_plural(title.root):
            return []
        return [p for p in self.people.values() if p.role == title.label_ and id(p) not in named
                and any(m[1] <= title.start_char for m in p.mentions)
                and not (value.office and self._office_of(p) not in (None, value.office))]

    def _holders_of_a_plural_title(self, title: Span, named: set[int]) -> list[Person]:
        """"Les ministres de l'intérieur de la Libye et de la Tunisie ont déclaré …", "the foreign
        ministers of Kenya and Uganda agreed …": a plural title that names several states stands for
        one holder of its office in each; for each such state, the one person of it the document
        names in that office, or as the counterpart of another (news names them in the sentences
        before or after)."""
        if title.label_ in ("counterpart", "") or not is_plural(title.root):
            return []
        states = {c.label_ for c in self.doc.spans.get("countries", []) if title.start <= c.start < title.end}
        if len(states) < 2 or states & NON_STATE:
            return []
        out = []
        for state in sorted(states):
            holders = {id(p): p for p in self.people.values() if p.country == state
                       and p.role in (title.label_, "counterpart") and id(p) not in named}
            if len(holders) == 1:
                out.extend(holders.values())
        return out

    def _verb_between(self, a: Span, b: Span) -> bool:
        """Whether a verb stands between two spans of the same sentence."""
        lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
        return any(t.pos_ in ("VERB", "AUX") for t in self.doc[lo:hi])

    def _counterpart_named_before(self, title: Span, named: set[int]) -> list[Person]:
        """"Le président ivoirien X a salué la médiation du président togolais Y. … X a remercié son
        homologue togolais", "il va co-animer une conférence de presse avec son homologue burkinabè":
        a counterpart the text gives a state but no name is the one official of that state named
        before, when he holds the office of someone of another state named before him (the one
        whose counterpart he is). (Not "les homologues": several.)"""
        value = title._.value
        if title.label_ != "counterpart" or not value.country or value.country in NON_STATE \
                or is_plural(title.root):
            return []

        def before(p: Person) -> bool:
            return any(m[1] <= title.start_char for m in p.mentions)
        ours = [p for p in self.people.values() if p.country == value.country and p.role
                and p.role != "counterpart" and id(p) not in named and before(p)]
        if len({id(p) for p in ours}) != 1:
            return []
        across = any(p.country and p.country != value.country and p.role == ours[0].role and before(p)
                     for p in self.people.values())
        return ours if across else []

    def _office_of(self, person: Person) -> str | None:
        """Which kind of head of state a person's own title names (president | monarch), if any."""
        if not person.title_span:
            return None
        return next((t._.value.office for t in self.doc.spans.get("titles", [])
                     if t.start_char == person.title_span[0]), None)

    def _add_present(self, focus: Draft, sent: Sentence) -> None:
        """Add the people of a sentence that says who was present at the act in focus."""
        for p in sent.people:
            if not self._person_excluded(sent, p) and p._.value not in focus.participants:
                focus.participants.append(p._.value)

    def _add_sides_people(self, focus: Draft, sent: Sentence) -> None:
        """A statement told as the states' ("Australia, the UK and the US agreed …", "Greece and
        Egypt oppose …") names its people in the sentences that follow, as the subject of their
        main verb ("UK Prime Minister X and US President Y held a news conference …", "Johnson
        said …"): an official of a state of the event that none of its people stands for yet is
        the one who speaks for that side."""
        if focus.event not in SPOKEN_TYPES or not focus.sentences \
                or not 0 < sent.index - max(focus.sentences) <= SIDES_SPAN:
            return
        root = sent.span.root
        if any(c.dep_ == "mark" for c in root.children):
            return  # "Cela après que le Premier ministre X a lancé un appel": another act, subordinate
        for p in sent.people:
            person: Person = p._.value
            stated = person.country in focus.states
            # (A title that names no state, "la ministre du Développement international", is the
            # one actor's when the event has one and no one speaks for it yet.)
            ours = person.country in focus.actor or (
                person.country is None and len(focus.actor) == 1 and not focus.participants)
            if not (person.role and (stated or ours)) \
                    or any(q.country == person.country for q in focus.participants):
                continue
            token = p.root
            for _ in range(4):
                if token.dep_.split(":")[0] not in JOINING_DEPS:
                    break
                token = token.head  # "X, UK Prime Minister Y and US President Z held …": the first tells
            main = stated and token.dep_ in SUBJECT_DEPS and token.head.i == root.i
            # "« … », a déclaré le ministre X", "said Foreign Secretary X": the one a verb of saying
            # quotes speaks for his state, when it is the event's actor; "C'est le ministre X qui
            # l'a annoncé": the French cleft names him.
            speaks = ours and (self._quoted_by(sent, token, root) or self._cleft_focus(token, root))
            if (main or speaks) and not self._person_excluded(sent, p):
                focus.participants.append(person)

    def _signatories_named_after(self, drafts: list[Draft]) -> None:
        """"Le Sénégal et la Mauritanie ont signé plusieurs accords. Le Premier ministre sénégalais X
        et son homologue mauritanien Y ont conduit une séance de travail …", "Kenya and Uganda signed
        a treaty. The two countries, represented by Minister X and his counterpart Y, agreed …": a
        signing told as the states' names its signatories in the sentences that follow, as the
        subject of their main verb; when one such sentence names an official of each of its
        states there, they are the ones who signed for them. (A text that names one side's
        official only does not say who signed for the other.)"""
        for draft in drafts:
            if draft.event != "SUPPORT" or "sign" not in draft.cues or draft.participants or draft.aux \
                    or len(draft.states) < 2 or not draft.sentences:
                continue
            # (The sentences after its own, whether told on into it or not; a paragraph break is none.)
            after = [s for s in self.sentences[draft.sentence + 1:] if s.span.text.strip()][:SIDES_SPAN]
            for sent in after:
                found: dict[str, Person] = {}
                for p in sent.people:
                    person: Person = p._.value
                    if person.role and person.country in draft.states and person.country not in found \
                            and self._main_subject(sent, p) and not self._person_excluded(sent, p):
                        found[person.country] = person
                if set(found) == set(draft.states):
                    draft.participants.extend(found.values())
                    break

    def _main_subject(self, sent: Sentence, name: Span) -> bool:
        """Is a name the subject of its sentence's main verb, or joined to it ("X et son homologue
        Y ont conduit"), or the agent of a participle on that subject ("Les deux pays, représentés
        par X et Y, ont convenu")? (The parser may hang a name on a title's noun as its modifier:
        the title stands for the name.)"""
        root = sent.span.root
        token = name.root
        for _ in range(4):
            joined = token.dep_.split(":")[0] in JOINING_DEPS or (
                token.dep_ == "nmod" and token.head.i in self.title_tokens)
            if not joined or token.head.i == token.i:
                break
            token = token.head
        if token.dep_ in SUBJECT_DEPS:
            return token.head.i == root.i
        if token.dep_ == "pobj" and token.head.dep_ == "agent":
            token = token.head  # (English hangs the name on "by")
        elif token.dep_ != "obl:agent":
            return False
        participle = token.head
        return participle.dep_.split(":")[0] == "acl" and participle.head.dep_ in SUBJECT_DEPS \
            and participle.head.head.i == root.i

    def _add_pronoun_people(self, draft: Draft, sent: Sentence) -> None:
        """"Il a exprimé son soutien …", "Ils sont convenus de …", "He called on Russia to …", "…",
        a-t-il ajouté": an event its sentence tells with a personal pronoun for the one who acts, and
        names no one, is done by the people of its actor states who took part in the events just
        told: "il" by the one of its single actor, "ils" by one of each actor."""
        if draft.participants or self.lang not in PERSON_PRONOUNS or not draft.actor:
            return
        singular, plural = PERSON_PRONOUNS[self.lang]
        pronoun = self._pronoun_subject(draft, sent, singular | plural)
        if pronoun is None:
            return
        many = fold(pronoun.text).lstrip("-") in plural
        if not many and len(draft.actor) != 1:
            return
        reach = self.sentences[max(sent.index - PRONOUN_REACH, 0)].span.start_char

        def lately(d: Draft, p: Person) -> bool:
            # Told in the events just told, or named again since ("« … », a déclaré X sur le réseau
            # social X." between the event and "« … », a-t-il ajouté").
            return 0 <= sent.index - max(d.sentences) <= PRONOUN_REACH or any(
                reach <= m[0] < sent.span.start_char for m in p.mentions)
        recent = [(d, p) for d in reversed(self.drafts_so_far) if d is not draft and d.sentences
                  for p in d.participants if lately(d, p)]
        for state in draft.actor:
            person = next((p for _d, p in recent if p.country == state), None)
            if person is not None and person not in draft.participants:
                draft.participants.append(person)

    def _add_pair_people(self, draft: Draft, sent: Sentence) -> None:
        """"Les deux hommes ont évoqué …", "les deux chefs d'État auront un tête-à-tête", "Host and
        guest agreed …": a plural noun that counts people (a `pair` cue) stands for the people just
        named, one of each side; for each state of the event that no one stands for yet, the person
        of that state named last, in the sentence or in the few before it."""
        if not sent.cue("pair") or len(draft.states) < 2:
            return
        start = self.sentences[max(sent.index - PRONOUN_REACH, 0)].span.start_char
        before = min(c.start_char for c in sent.cue("pair"))
        for state in sorted(draft.states):
            if any(p.country == state for p in draft.participants):
                continue
            named = [(max(m[0] for m in p.mentions if start <= m[0] < before), p) for p in self.people.values()
                     if p.country == state and p.role and any(start <= m[0] < before for m in p.mentions)]
            if named:
                draft.participants.append(max(named, key=lambda x: x[0])[1])

    def _pronoun_subject(self, draft: Draft, sent: Sentence, pronouns: set[str]):
        """The personal pronoun subject of the trigger or of the verb the trigger is the object or
        complement of ("Il a exprimé son soutien"), or of a verb of saying in the sentence's incise
        for a statement ("…, a-t-il ajouté")."""
        token = draft.trigger.root
        heads = [token]
        for _ in range(2):
            if token.dep_.split(":")[0] in ("obj", "dobj", "xcomp", "ccomp", "nmod", "obl") and token.head.i != token.i:
                token = token.head
                heads.append(token)
            else:
                break
        if draft.event in SPOKEN_TYPES:
            heads += [t for t in sent.span if t.pos_ == "VERB" and (t.dep_ == "ROOT" or t.head.dep_ == "ROOT")
                      and any(c.start <= t.i < c.end for c in sent.cue("speaking"))]
        for head in heads:
            for c in head.children:
                if c.dep_ not in SUBJECT_DEPS or c.pos_ != "PRON":
                    continue
                # The inverted pronoun ("a-t-il") is read as "-t" with "-il" fixed to it.
                word = next((f for f in c.children if f.dep_ == "fixed"), c) if fold(c.text) == "-t" else c
                if fold(word.text).lstrip("-") in pronouns:
                    return word
        return None

    @staticmethod
    def _quoted_by(sent: Sentence, token, root) -> bool:
        """Is the token the subject of a verb of saying (a `speaking` cue) that is the sentence's own
        or the incise beside its quote ("« … », a affirmé X": parataxis on the quote's root)? In an
        incise the subject comes after the verb, and the parser may read it as the verb's object
        ("…, a déclaré la ministre X, dans …")."""
        verb = token.head
        # (The parser's own roots: a quote may open a sentence the parser splits at its guillemet.)
        main = verb.i == root.i or verb.dep_ == "ROOT" or verb.head.i == root.i or verb.head.dep_ == "ROOT"
        if not main or verb.dep_.split(":")[0] not in ("ROOT", "parataxis", "ccomp", "conj", "dep") \
                or any(c.dep_ == "mark" for c in verb.children):
            return False
        if not any(c.start <= verb.i < c.end for c in sent.cue("speaking")):
            return False
        if token.dep_ in SUBJECT_DEPS:
            return True
        first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
        incise = first > sent.span.start and sent.span.doc[first - 1].text in (",", "»", '"', "”")
        return token.dep_ in ("obj", "dobj") and token.i > verb.i and incise

    @staticmethod
    def _cleft_focus(token, root) -> bool:
        """"C'est le ministre X qui a annoncé …": the root is the focus of a cleft (a copula, a 'ce'
        subject and a relative clause on it or its name)."""
        if token.i != root.i:
            return False
        children = list(root.children)
        relative = any(c.dep_ == "acl:relcl" or c.dep_ == "relcl" for t in [root, *root.children] for c in t.children)
        return relative and any(c.dep_ == "cop" for c in children) and any(
            c.dep_.split(":")[0] in ("nsubj", "expl") and c.lemma_ == "ce" for c in children)

    @staticmethod
    def _describes_a_state(sent: Sentence) -> bool:
        """A sentence whose subject is a state's name and that names no one ("La République
        centrafricaine attire de nombreuses entreprises … engagées dans l'exploitation de ses
        ressources minières"): it tells what the state is or has, not what was discussed. States
        named together ("The UK and Kenya are working together to boost investment") are the
        parties to a relation, whose matters it may well tell."""
        if sent.people or sent.cue("discussed"):
            return False

        def a_state(tok) -> bool:
            return any(s.start <= tok.i < s.end for s in sent.countries)
        return any(c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and a_state(c)
                   and not any(x.dep_ == "conj" for x in c.children)
                   for c in sent.span.root.children)

    def _host_officials(self, draft: Draft) -> None:
        """An ambassador of X meets the officials of the state where X's ambassador serves: an
        official whose state only the publisher implies ("le vice-ministre des Affaires étrangères
        Serguei Verchinine" beside "l'ambassadeur du Maroc", in a Moroccan release) belongs to the
        event's other state, when no one else stands for it."""
        if self.home is None or len(draft.states) != 2:
            return
        envoys = {p.country for p in draft.participants if p.role in ENVOY_ROLES and p.country}
        if self.home not in envoys:
            return
        others = [c for c in draft.states if c != self.home and not any(p.country == c for p in draft.participants)]
        if len(others) != 1:
            return
        implied = [p for p in draft.participants if p.country == self.home and p.role not in ENVOY_ROLES
                   and not self._title_names_state(p)]
        if len(implied) == 1 and lookup(implied[0].name) is None:
            implied[0].country = others[0]

    def _title_names_state(self, person: Person) -> bool:
        """Whether the words of a person's title name a state ("le ministre marocain …")."""
        if not person.title_span:
            return False
        start, end = person.title_span
        return any(start <= c.start_char < end for c in self.doc.spans.get("countries", []))

    def _resolve_people(self, draft: Draft) -> None:
        """Fill counterpart roles and missing countries from the other side of the event."""
        roles = [p.role for p in draft.participants if p.role and p.role != "counterpart"]
        for p in draft.participants:
            if p.role == "org_head" and p.org and not p.country:
                row = self.orgs.get(p.org)
                p.country = row["actor_code"] if row else "IGO"
        self._host_officials(draft)
        self._unmarked_officials(draft)
        offices = office_states(self.lang)
        for p in draft.participants:
            for words, _role, states in offices:
                if not p.country and p.title and words in fold(p.title):
                    # "Foreign Secretary X took part" in talks of Bangladesh and Myanmar: Bangladesh's,
                    # the one of the two that has such an office.
                    having = [c for c in draft.states if c in states]
                    if len(having) == 1:
                        p.country = having[0]
        self._statement_speaker(draft)
        if self._credentials_audience(draft):
            for p in draft.participants:
                if p.role is None and not p.title and p.country in draft.actor:
                    # "… ont présenté leurs lettres de créance. Ce sont : MM. X (Egypte), Y (France)":
                    # those listed by name and state at an audience for credentials are the envoys.
                    p.role = "ambassador"
        known = {p.country for p in draft.participants if p.country}
        for p in draft.participants:
            if p.role == "counterpart":
                p.role = self._counterpart_role(draft, p) or (roles[0] if roles else None)
            elif p.counterpart and p.role in REFINED_ROLES:
                # "son homologue togolais, X … Le ministre X": the counterpart's office, told in full
                # for the one across from him, refines the bare "ministre" of another mention.
                across = self._counterpart_role(draft, p)
                if across in REFINED_ROLES[p.role]:
                    p.role = across
            if not p.country:
                others = [c for c in draft.states if c not in known]
                if len(others) == 1:
                    p.country = others[0]
                    known.add(others[0])
        for p in draft.participants:
            for words, role, states in offices:
                if p.role == role and states.get(p.country) and p.title and words in fold(p.title):
                    p.role = states[p.country]  # India's Foreign Secretary heads the ministry's service

    def _credentials_audience(self, draft: Draft) -> bool:
        """Is the event a visit to present credentials (a trigger of the thing handed over, an
        `object` cue, in its sentences: "lettres de créance", "credentials")?"""
        return draft.event == "CONSULT" and any(
            t.label_ == "CONSULT" and "object" in self._cues(t)
            for i in draft.sentences for t in self.sentences[i].triggers)

    @staticmethod
    def _statement_speaker(draft: Draft) -> None:
        """"Turkey rejected the remarks …, said ministry spokesman X", "Japan has filed a protest …,
        Defense Minister Y said": a statement one state makes is spoken by that state's official;
        the one official of the event whose title names no state, when no one stands for the
        speaking state yet, is its. (Whom a statement targets is told as a state or by a name the
        text places, not by a bare office beside the speaker's.)"""
        if draft.event not in STATEMENT_TYPES or len(draft.actor) != 1:
            return
        state = draft.actor[0]
        if any(p.country == state for p in draft.participants):
            return
        unplaced = [p for p in draft.participants if not p.country and not p.org and p.role
                    and p.role not in ("counterpart", "org_head")]
        if len(unplaced) == 1 and len(unplaced) == sum(1 for p in draft.participants if not p.country):
            unplaced[0].country = state

    def _counterpart_role(self, draft: Draft, person: Person) -> str | None:
        """"Le président tchadien X a reçu le ministre français Y. Il s'est entretenu avec son
        homologue Z et la secrétaire générale de l'OIF": a counterpart holds the office of the one
        whose counterpart he is, the person of another known state named last before him as a
        subject, else named last before him (not "Mme W, émissaire de son homologue kenyan", whose
        state is not said); the head of an organisation is nobody's counterpart among states."""
        sides = [p for p in draft.participants if p.role and p.role not in ("counterpart", "org_head")
                 and p.country and p.country != person.country]
        if not sides:
            return None
        at = min((m[0] for m in person.mentions), default=-1)

        def before(p: Person, subject: bool) -> int:
            return max((m[0] for m in p.mentions if m[0] < at and (not subject or self._subject_at(m[0]))), default=-1)
        return max(sides, key=lambda p: (before(p, True), before(p, False), p.country in draft.actor)).role

    def _subject_at(self, char: int) -> bool:
        """Whether the name at a character offset is a clause's subject, or in apposition to it
        ("Le président tchadien X a reçu", "a indiqué X")."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None:
            return False
        tok = span[0]
        for _ in range(4):
            if tok.dep_.startswith("nsubj"):
                return True
            if tok.dep_ not in ("flat", "flat:name", "compound", "appos", "amod", "nmod") or tok.head is tok:
                return False
            tok = tok.head
        return False

    def _unmarked_officials(self, draft: Draft) -> None:
        """A text between two states names the other state's officials by their state ("le
        vice-ministre chinois du Commerce") and its own state's by their office alone ("le
        secrétaire général du ministère de la Culture"): an official whose title names no state
        is of the state no title of the event names, when the titles that do name one name only
        the other, and the officials named by office alone whose state is known (of the event, or
        office-holders of the document) are of it."""
        missing = [p for p in draft.participants if not p.country and p.title and p.role and not self._title_names_state(p)
                   and not self._listed_after_marked_title(p)]
        if not missing or len(draft.states) != 2:
            return
        marked = {p.country for p in draft.participants if p.country and self._title_names_state(p)}
        rest = [c for c in draft.states if c not in marked]
        placed = {p.country for p in draft.participants if p.country and p.title and not self._title_names_state(p)}
        if len(marked) == 1 and len(rest) == 1 and (placed | self._unmarked_states()) == set(rest):
            for p in missing:
                p.country = rest[0]

    def _listed_after_marked_title(self, person: Person) -> bool:
        """"Ghana's Minister of Foreign Affairs, X; Minister of National Security, Y": in a list, a
        title after one that names a state shares its state, unnamed."""
        if not person.title_span:
            return False
        start = person.title_span[0]
        sentence = self.doc.char_span(start, person.title_span[1], alignment_mode="expand").sent.start
        before = [t for t in self.doc.spans.get("titles", []) if t.end_char <= start and t.sent.start == sentence]
        if not before:
            return False
        last = max(before, key=lambda t: t.end_char)
        if not LISTED_NAME.match(self.doc.text[last.end_char:start]):
            return False  # only the name of the one before and the list's comma come between
        return any(last.start_char <= c.start_char < last.end_char for c in self.doc.spans.get("countries", []))

    def _unmarked_states(self) -> set[str]:
        """The states of the document's known office-holders whose titles name no state."""
        states = set()
        for span in self.doc.spans.get("people", []):
            person = span._.value
            if person.title and not self._title_names_state(person) and (office := lookup(person.name)) is not None:
                states.add(office.iso3)
        return states
