"""Stage 1, the type of each act told: what event a trigger makes, by what is told around it. A
meeting, support or aid named as to come is promised (AGREE); a signature is support; a call on
someone to act is a request, an invitation to act one too; lifting sanctions eases them; an
exchange of prisoners frees them; a plan only discussed, a condition, a document named or a
decision whose act is told by its own trigger makes none. Then the types of one sentence are
settled together: an agreement to meet absorbs the meeting, restrictions beside sanctions are
the sanctions. `triggers.EventProposal` drafts what this decides."""
from __future__ import annotations

from spacy.tokens import Span

from .context import Sentence
from .tables import QUAD


class EventKinds:
    """Which event type each act a sentence tells makes, and whether it is told as to come."""

    def _event_kinds(self, sent: Sentence, strong: list[Span]) -> tuple[dict[str, list[Span]], set[str], list[Span]]:
        """Each trigger's event type, by what is told around it (to come, signed, asked, refused,
        undone …): ({type: triggers}, the types told as to come, the meeting triggers an
        agreement to meet absorbed)."""
        by_type: dict[str, list[Span]] = {}
        futures = set()
        for t in strong:
            kind = self._event_kind(sent, t, strong)
            if kind is None:
                continue
            event, future = kind
            if event == "AGREE" and (future or "future" in self._cues(t) or self._clauses_to_come(sent, t)):
                futures.add(event)  # (what one agrees one will do is to come: "agreed they will create")
            by_type.setdefault(event, []).append(t)
        # Restrictions named beside sanctions ("sanctions … banning exports") are the sanctions.
        if "SANCTION" in by_type and "COERCE" in by_type:
            by_type["COERCE"] = [t for t in by_type["COERCE"] if t._.value.get("mode") != "restrict"]
            if not by_type["COERCE"]:
                by_type.pop("COERCE")
        # An agreement to meet ("agreed to hold consultations") is one AGREE, not AGREE + CONSULT.
        absorbed: list[Span] = []
        if "AGREE" in by_type and "CONSULT" in by_type and futures and \
                min(t.start for t in by_type["AGREE"]) < min(t.start for t in by_type["CONSULT"]):
            # (Not talks that a preposition places the agreement after: "agreed to reopen the
            # border after four hours of talks", "ont convenu … à l'issue de quatre heures
            # d'entretiens": the talks were held, the agreement is their outcome, two events.)
            held = [t for t in by_type["CONSULT"] if self._after_the_talks(t, sent)]
            absorbed = [t for t in by_type.pop("CONSULT") if t not in held]
            if held:
                by_type["CONSULT"] = held
        # Deciding on a hostile act ("a décidé de rompre ses relations", "decided to expel the
        # envoy") is the act, told by its own trigger, not a promise to cooperate.
        if "AGREE" in by_type:
            by_type["AGREE"] = [t for t in by_type["AGREE"] if not self._commits_to_conflict(sent, t)]
            if not by_type["AGREE"]:
                by_type.pop("AGREE")
                if absorbed:  # no agreement to meet after all: the meeting told beside it stays
                    by_type["CONSULT"], absorbed = absorbed, []
        # AGREE is a commitment to something specific (meet, visit, sign, a named programme), not
        # a general wish to deepen relations.
        if "AGREE" in by_type and not self._specific_commitment(sent, strong, by_type["AGREE"]):
            by_type.pop("AGREE")
        return by_type, futures, absorbed

    def _event_kind(self, sent: Sentence, t: Span, strong: list[Span]) -> tuple[str, bool] | None:
        """The event type trigger `t` makes, and whether it is told as to come; None where what is
        told around it makes it no event (a plan only discussed, a condition, a document named)."""
        row = t._.value
        event = row["event"]
        cues = self._cues(t)
        future = self._is_future(sent, t) or (event == "CONSULT" and self._dated_after_publication(sent, t))
        if future and event == "CONSULT" and self._after_the_talks(t, sent, told_in_the_past=True):
            # "agreed to reopen the border after four hours of talks": the preposition places the
            # news after the talks, held and ended, not among what is agreed to come.
            future = False
        if "sign" in cues:
            event = "SUPPORT"
        if event == "RETREAT" and self._opens_a_mission(t, sent):
            event = "SUPPORT"  # "a rouvert son ambassade": recognition, no access granted
        if future and event == "SUPPORT" and self._opens_a_mission(t, sent):
            # "ouvrira une ambassade à Abidjan", "will reopen its embassy": a mission to be
            # opened is announced, a commitment to a specific act (as "plans to open" is).
            event = "AGREE"
        if future and event == "SUPPORT" and "sign" not in cues:
            return None  # support to come is not yet given, and not a commitment to meet or sign
        if future and event == "CONSULT" and "multilateral" in cues and not self._future_by_verb(sent, t):
            return None  # "the summit scheduled for July" is a setting; "will attend the summit" a plan
        if future and event in ("CONSULT", "SUPPORT"):
            event = "AGREE"
        if event == "AGREE" and self._talked_about(sent, t) and self._left_open(sent, t):
            # A plan still open that talks weigh ("discussed the timing of the next session",
            # "ont évoqué le projet de signer un accord") is their topic: only discussed, not
            # agreed. (A visit told as planned stays announced: "ont abordé le programme de la
            # visite prévue".)
            return None
        if QUAD.get(event) == 2 and self._marked_to_come(sent, t):
            # "a annoncé la restitution prochaine de trois crânes", "the planned delivery of
            # wheat": material cooperation named as to come is promised, not done (CAMEO 03,
            # intent to cooperate). (Not "will provide aid": the aid is being given.)
            event, future = "AGREE", True
        if event == "AGREE" and self._would_follow(sent, t, reported=True):
            return None  # "said he would agree to … if the opposition agreed": a condition, not yet agreed
        if event == "AGREE" and self._describes_document(t):
            return None  # "the roadmap agreed in April": a document named, no new commitment
        if "sign" in cues and self._describes_document(t) and not self._told_when_or_by_whom(t):
            return None  # "implementing previously reached agreements", "les accords déjà signés"
        if "sign" in cues and self._apposed_to_document(t) and self._dated_before_the_news(t):
            return None  # "la mise en œuvre de la Déclaration d'Alger, signée le 27 août 2022": its past
        if "ask" in cues and self._act_asked(sent, t) is not None:
            event = "REQUEST"  # "appelle le Rwanda à retirer ses troupes": calls on, not calls up
        if "decision" in cues and self._decided_act(sent, t, strong):
            return None  # "decided to expel the ambassador": the expulsion, no promise
        if event != "RETREAT" and self._exchanges_detainees(t, sent):
            event = "RETREAT"  # "ont échangé 115 prisonniers": talks word, but people held are freed
        if event == "SANCTION" and self._undone(sent, t):
            event = "RETREAT"  # "ordered the lifting of sanctions against Niger": sanctions eased
        if event == "PROTEST" and self._official_protest(sent, t):
            event = "ACCUSE"  # "Japan protested to …", "filed a diplomatic protest": a complaint
        if ("negation" in cues and event == "CONSULT") or self._refuses(t):
            event = "REJECT"
        if "invite" in cues and self._act_committed_to(sent, t) is not None and not self._invited_to_meet(sent, t):
            event = "REQUEST"  # invited to refrain, to act: a request; invited to visit: a plan
            future = False
        return event, future

    @staticmethod
    def _marked_to_come(sent: Sentence, trigger: Span) -> bool:
        """Is the trigger a noun that a future marker of its own describes ("la restitution
        prochaine", "la livraison prévue", "the upcoming handover")?"""
        noun = trigger.root
        if noun.pos_ != "NOUN":
            return False
        marked = {i for c in sent.cue("aux") if c._.value == "future" for i in range(c.start, c.end)}
        return any(c.dep_ in ("acl", "amod") and c.i in marked for c in noun.children)

    def _decided_act(self, sent: Sentence, trigger: Span, triggers: list[Span]) -> bool:
        """Is the act a decision names an event of its own, told by another trigger ("decided to
        expel", "decides to downgrade relations", "ordered the expulsion of 59 diplomats"), not a
        meeting or a signature to come?"""
        # (An order's object may name the act itself, "orders tit-for-tat expulsions", drafted or
        # not: what is ordered done is no request.)
        if any(t.root.head.i == trigger.root.i and t.root.dep_ in ("obj", "dobj") and t.root.pos_ == "NOUN"
               and t.label_ not in ("AGREE", "CONSULT", "SUPPORT", trigger.label_) for t in sent.triggers):
            return True
        act = self._act_committed_to(sent, trigger)
        # (Or the noun a light verb takes: "de procéder à l'expulsion", "to carry out the expulsion".)
        return act is not None and any(
            (t.root.i == act.i or (t.root.head.i == act.i and t.root.pos_ == "NOUN"
                                   and t.root.dep_ in ("obj", "dobj", "obl:arg")))
            and t.label_ not in ("AGREE", "CONSULT", "SUPPORT") for t in triggers)

    def _undone(self, sent: Sentence, trigger: Span) -> bool:
        """Is the measure the object of a word that ends it ("lifted economic sanctions", "the
        lifting of other sanctions against Niger")?"""
        undo = {tok.i for c in sent.cue("undo") for tok in c}
        head = trigger.root.head
        if trigger.root.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head  # "the lifting of sanctions"
        return trigger.root.pos_ == "NOUN" and head.i != trigger.root.i and head.i in undo
