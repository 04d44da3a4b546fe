"""Diplomatic missions and envoys: embassies and consulates opened, envoys withdrawn.

An opening word with a mission as its object or complement ("inaugurated its embassy", "l'ouverture
du consulat général") tells a mission opened (SUPPORT 054, or a promise of it), owned by the state
it names and standing in its host; a withdrawal whose object is an ambassador is his recall
(SANCTION, CAMEO 161), not a retreat. Asked by the trigger stage (`triggers`, `event_kinds`,
`acts`) and by `merging`. Mixed into `coder.Coder`.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..recognising.base import make_span
from .context import ENVOY_ROLES, Draft, Sentence, dedupe
from .tables import RECALL_CAMEO


class MissionsAndEnvoys:
    """The coder's predicates of missions and envoys (a mixin of the coder: `self` is the
    document's `DocumentContext`)."""

    @staticmethod
    def _withdraws_an_envoy(trigger: Span, sent: Sentence) -> bool:
        """Is the trigger a withdrawal (RETREAT, mode withdraw) whose object, or the noun after
        its preposition, is an ambassador or an envoy ("withdrew its ambassador", "le retrait avec
        effet immédiat de son ambassadeur")?"""
        if trigger.label_ != "RETREAT" or trigger._.value.get("mode") != "withdraw":
            return False
        return MissionsAndEnvoys._names_an_envoy(trigger.root, sent)

    @staticmethod
    def _names_an_envoy(root, sent: Sentence) -> bool:
        """Is an ambassador or an envoy the object of the verb `root`, or inside the phrase of the
        noun `root`?"""
        envoys = [tok for s in sent.titles + sent.people if s._.value.role in ENVOY_ROLES for tok in s]
        if root.pos_ == "VERB":
            return any(c.dep_ in ("dobj", "obj") and c in envoys for c in root.children)
        # A noun: the envoy inside its phrase, by nouns and prepositions alone ("the withdrawal of its
        # ambassador", "le retrait avec effet immédiat de son ambassadeur"), no clause between.
        for tok in envoys:
            head = tok
            while head.i != root.i and head.head.i != head.i and head.pos_ in ("NOUN", "PROPN", "ADP", "DET", "ADJ"):
                head = head.head
            if head.i == root.i and tok.i != root.i:
                return True
        return False

    @staticmethod
    def _withdrawal_as_recall(trigger: Span) -> Span:
        """The withdrawal of one's envoy read as his recall (SANCTION, mode withdraw, CAMEO 161)."""
        row = {**trigger._.value, "event": "SANCTION", "mode": "withdraw", "cameo": RECALL_CAMEO, "cues": ""}
        return make_span(trigger.doc, trigger.start_char, trigger.end_char, "SANCTION", row, trigger.kb_id_)

    def _opens_a_mission(self, trigger: Span, sent: Sentence) -> bool:
        """Does the trigger open a diplomatic mission (see `_finds_a_mission_opened`)? Asked once
        per trigger: the filters, the strength of a weak trigger, its type and its sides ask it."""
        key = (trigger.start, trigger.end, trigger.label_)
        if key not in self.missions_opened:
            self.missions_opened[key] = self._finds_a_mission_opened(trigger, sent)
        return self.missions_opened[key]

    def _finds_a_mission_opened(self, trigger: Span, sent: Sentence) -> bool:
        """Does an opening word (cue `opening`, or an access opened: "ouvrir", "reopen") open a
        diplomatic mission, a word of the cue kind `mission`: the verb's object ("inaugurated its
        embassy", "a rouvert lundi son consulat"), the noun's complement ("l'ouverture du consulat
        général", "the opening of the embassy")? Not a participle that describes the mission ("le
        consulat de Gambie, ouvert le 7 janvier", told as a record), nor an infinitive, which tells
        an aim or a hope ("espère ouvrir un consulat", "arrived to open the embassy"). A noun tells
        the opening done only as the name of its ceremony ("la cérémonie d'inauguration du
        consulat", "the embassy's inauguration ceremony"): elsewhere it is what a text is about,
        a plan or a thing judged ("portent sur la réouverture des consulats", "annoncé la
        réouverture des ambassades dans les deux mois", "called the opening … provocative")."""
        root = trigger.root
        if not ("opening" in self._cues(trigger) or (trigger.label_ == "RETREAT" and trigger._.value.get("mode") == "access")):
            return False
        if root.pos_ == "VERB":
            # (The English future is an infinitive after its auxiliary, "will reopen its embassy":
            # an opening announced, not an aim.)
            futures = {tok.i for c in sent.cue("aux") if c._.value == "future" for tok in c}
            told_to_come = any(c.dep_.startswith("aux") and c.i in futures for c in root.children)
            if root.dep_ in ("acl", "amod", "acl:relcl", "relcl") or ("Inf" in root.morph.get("VerbForm")
                                                                      and not told_to_come):
                return False
            return any(self._is_kind(o, sent, ("mission",)) for o in self._all_moved(root) if o is not None)
        if root.pos_ != "NOUN":
            return False
        ceremonies = {t.i for c in sent.cue("ceremony") for t in c}
        if root.dep_ == "compound" and root.head.i in ceremonies:
            # "the inauguration ceremony of the consulate": the ceremony holds the complement.
            return self._is_kind(self._complement(root.head), sent, ("mission",))
        if root.i in ceremonies:
            # The trigger names the ceremony itself, "le ruban inaugural du consulat", whose
            # complement the parser may hang on the adjective (read as a participle).
            return any(self._is_kind(x, sent, ("mission",)) for x in [self._complement(root)] + [
                g for c in root.children if c.dep_ in ("acl", "amod") for g in c.children if g.dep_ == "nmod" or g.dep_.startswith("obl")])
        return self._is_kind(self._complement(root), sent, ("mission",)) and (root.head.i in ceremonies or any(
            c.dep_ == "compound" and c.i in ceremonies for c in root.children))

    def _mission_sides(self, draft: Draft, sent: Sentence) -> None:
        """A mission opened belongs to the state it names ("le consulat du Pérou", "the Peruvian
        consulate"), which opens it, and stands in its host: the place after it names the state
        recognised ("a inauguré son consulat général à Dakar", "its embassy in Paraguay")."""
        trigger = draft.trigger
        # The states that own other missions, named after the one opened ("le consulat situé dans
        # la ville qui abrite déjà les représentations consulaires du Gabon et des Comores"), are
        # no side of this opening.
        # (The first mission after the opening word is the one it opens.)
        after = sorted((c for c in sent.cue("mission") if c.start >= trigger.end), key=lambda c: c.start)
        others = [tok.i for c in after[1:] for tok in c]
        owners = {c.label_ for c in sent.countries if others and self._owns_a_mission(c.root, others)}
        if owners:
            draft.actor = [s for s in draft.actor if s not in owners]
            draft.recipient = [s for s in draft.recipient if s not in owners]
        if not draft.actor:
            root = trigger.root
            mission = self._complement(root.head if root.dep_ == "compound" else root) if root.pos_ == "NOUN" else None
            owned = {t.i for t in mission.subtree} if mission is not None else set()
            draft.actor = dedupe(c.label_ for c in sent.countries if c.root.i in owned and not self._is_place(c)
                                 and c.label_ not in draft.recipient)
        if not draft.recipient:
            draft.recipient = [c.label_ for c in sent.countries if c.start > trigger.start
                               and self._is_place(c) and c.label_ not in draft.actor][:1]
        if draft.actor and draft.recipient:
            draft.directed = True

    @staticmethod
    def _owns_a_mission(word, missions: list[int]) -> bool:
        """Is the country word the complement of one of the mission words `missions`, by nouns
        and lists alone ("les représentations consulaires du Gabon, de la Côte d'Ivoire")?"""
        while word.head.i != word.i and word.dep_ in ("nmod", "conj", "amod", "flat", "flat:name", "appos"):
            word = word.head
            if word.i in missions:
                return True
        return False
