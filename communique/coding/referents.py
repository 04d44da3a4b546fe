"""Stage 2, referents: the states of a doer the sentence names only by a word that refers back.

A first-person plural subject ("we", "nous") of a statement is the voice that made the statement
told last, else the publishing state's; a third-person "they" or a group word after a gathering is
its members (`_group_referred_to`, which `sides.py` asks). (`actors.py` finds the other referring
words: "the ministry", "the statement".)
"""
from __future__ import annotations

from spacy.tokens import Span

from .context import NON_STATE, SUBJECT_DEPS, STATEMENT_TYPES, Draft, Sentence


class Referents:
    """Doers the text names by a word that refers back to someone told before or to its publisher."""

    @staticmethod
    def _first_person_plural_subject(trigger: Span):
        """The "we" or "nous" that is the subject of the trigger's verb, or of the verb it is
        coordinated with or completes ("We condemn … and call on …", "we want to urge …"), else None."""
        verb = Referents._subject_verb(trigger, through=("conj", "xcomp"))
        return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON"
                     and "1" in c.morph.get("Person") and "Plur" in c.morph.get("Number")), None)

    def _first_person_speaker(self, draft: Draft, sent: Sentence, objects: list[str]) -> list[str]:
        """The state a statement said by "we" or "nous" speaks for, when the sentence names none:
        the one state that made the statement told last ("The U.S. Embassy condemns the violence …
        We call on the organizers to stop": the embassy goes on speaking), else the publisher's
        state (a ministry's communiqué speaks in its own name). None when neither is known, or
        when that state is the one the statement is made to."""
        if draft.event not in STATEMENT_TYPES or self._first_person_plural_subject(draft.trigger) is None:
            return []
        if any(p._.value.country for p in sent.people) or any(t._.value.country for t in sent.titles):
            return []  # ("«Nous condamnons», a déclaré le ministre X": the speaker the sentence names)
        speaker = self._last_speaker() or self.home
        if not speaker or speaker in objects:
            return []
        draft.note("actor", speaker, draft.trigger, "rule:referents.we_the_speaker")
        return [speaker]

    def _group_referred_to(self, draft: Draft, trigger: Span, sent: Sentence) -> list[str]:
        """The states an act's subject refers back to as a group (`_refers_to_a_group`): those of
        the gathering of three or more told before (`_group_told_before`). A collective word read as
        the organisation named before ("The G7 Foreign Ministers, representing Canada, France, … met
        … The group urged Russia"): its members the text named act, as "they" would, and not the
        organisation; a body with a name of its own ("the Council") is left to act as one."""
        if not self._refers_to_a_group(trigger, sent):
            return []
        collective = self._collective_subject(trigger, sent)
        if draft.org_actor and not collective:
            return []
        group = self._group_told_before(sent)
        if group and draft.org_actor:
            draft.org_actor = None
        return group

    def _collective_subject(self, trigger: Span, sent: Sentence) -> bool:
        verb = self._subject_verb(trigger)
        return any(c.start <= s.i < c.end for s in verb.children if s.dep_ in SUBJECT_DEPS for c in sent.cue("group_word"))

    @staticmethod
    def _subject_verb(trigger: Span, through: tuple[str, ...] = ("conj", "advcl")):
        """The verb whose subject the trigger's act has: its own, or, when it has none, the verb it
        hangs on by a relation of `through` (coordinated with it, or whose clause it is)."""
        verb = trigger.root if trigger.root.pos_ in ("VERB", "AUX") else trigger.root.head
        if verb.dep_ in through and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            verb = verb.head
        return verb

    def _refers_to_a_group(self, trigger: Span, sent: Sentence) -> bool:
        """Is the act's subject a word that refers back to a group of those told before: "they",
        "ils", or a definite common noun that names no state, person or organisation, plural
        ("the ministers", "the leaders", "les dirigeants") or a collective (a `group_word` cue:
        "the group", "le groupe")? Not a counted one ("the two leaders": a pair, `sides` cues)."""
        if self._plural_pronoun_subject(trigger, shared=True):
            return True
        verb = self._subject_verb(trigger)
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.pos_ != "NOUN" or any(c.dep_ == "nummod" for c in subject.children):
            return False
        if not self._definite_noun(subject):
            return False  # ("ministers from five states": not one told before)
        words = range(subject.left_edge.i, subject.right_edge.i + 1)
        named = sent.countries + sent.people + sent.organisations + [t for t in sent.titles if t._.value.country]
        if any(s.start in words for s in named):
            return False  # ("the leaders of Kenya and Uganda": they are named)
        return self._collective_subject(trigger, sent) or "Plur" in subject.morph.get("Number") or subject.tag_ == "NNS"

    #: How many states act together for "they" to refer back to them as a gathering's members.
    GROUP_SIZE = 3

    def _group_told_before(self, sent: Sentence) -> list[str]:
        """The states that acted together in the last event told before `sent` whose doers are
        three states or more (a gathering, a joint statement), if that event is the last one
        told with several doers; else none. (The doers of a meeting are all its sides, the
        host among them.)"""
        for d in reversed(self.drafts_so_far):
            if d.sentence >= sent.index:
                continue
            doers = [c for c in (d.actor + d.recipient if d.event == "CONSULT" else d.actor) if c not in NON_STATE]
            if len(doers) >= self.GROUP_SIZE:
                return doers
            if len(doers) >= 2:
                return []  # (a pair acted last: "they" are those two)
        return []

    #: How many sentences back, the current one included, "the two countries" looks for its pair.
    PAIR_REACH = 3

    def _pair_referred_to(self, sent: Sentence, cue: Span, known: list[str]) -> list[str]:
        """The two states a counted pair word ("both governments", "les deux pays", a `sides` cue
        of value "both") refers back to when the sentence names a third state beside it: the last
        two states named before it, leaving out `known` (a side the sentence names cannot be one of
        the pair it sets apart: "The UAE thanked both governments" after a swap between the United
        States and Russia; "Les deux pays ont publié un communiqué avec la Chine"), if those two
        were sides of one event told before. Only when the sentence names `known` after the pair
        word: a state named before it may be one of the two it counts. None otherwise (the
        protagonist is then the other side)."""
        if cue._.value != "both":
            return []
        told = [(c.start, c.label_) for c in sent.countries] + [
            (m.start, m._.value.country) for m in sent.people + sent.titles if m._.value.country]
        if any(state in known and start < cue.start for start, state in told):
            return []  # ("Avec le ministre du Ghana, … entre les deux pays": Ghana is one of the two)
        named: list[str] = []
        for before in reversed(self.sentences[max(0, sent.index - self.PAIR_REACH + 1):sent.index + 1]):
            for c in reversed(before.countries):
                if c.start < cue.start and not self._in_dateline(c) and c.label_ not in known + named \
                        and c.label_ not in NON_STATE:
                    named.append(c.label_)
            if len(named) >= 2:
                break
        pair = named[:2][::-1]
        if len(pair) == 2 and any(set(pair) <= d.states for d in self.drafts_so_far if d.sentence < sent.index):
            return pair
        return []
