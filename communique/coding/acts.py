"""Acts told in general news: when an ambiguous trigger verb tells an act (an actor does it to
something), and when a commitment is specific because it commits to a material act ("agreed to
lift the ban", "willing to withdraw its troops", "a accepté de libérer les otages").
"""
from __future__ import annotations

from spacy.tokens import Span

from ..recognising.lexicon import fold
from .context import SUBJECT_DEPS, Draft, Sentence, is_main_verb, is_negation
from .statements import _told

#: Types whose weak triggers an actor and an object confirm. Read on corpus/real.jsonl, the others
#: mostly tell something else: accepting credentials (CONCEDE), recalling a friendship (SANCTION),
#: receiving, proposing, adopting (CONSULT, AGREE, SUPPORT); giving (AID) only when money or aid is given.
CONFIRMABLE = {"REQUEST", "REJECT", "THREATEN", "COERCE", "ASSAULT", "RETREAT", "ACCUSE"}
#: Acts whose promise is a specific commitment (AGREE): material concessions, aid, force moves.
#: Cooperation is left out ("s'engager à renforcer la coopération" is the general wish DESIGN.md
#: does not code), and so are sanctions: "a décidé de rompre ses relations" breaks them.
PROMISED_ACTS = {"RETREAT", "AID", "MOBILIZE", "CONCEDE"}
#: What a negation turns into a refusal (REJECT): concessions, promises and meetings not made.
REFUSABLE = {"RETREAT", "CONCEDE", "AGREE", "CONSULT"}


class MaterialActs:
    """Syntactic confirmations of triggers, read from the parse, for any language."""

    def _acted_by_someone(self, trigger: Span, sent: Sentence) -> bool:
        """A weak trigger that is the main verb of its sentence, with a direct object and a subject
        that names an actor (a state, a person, an organisation, an actor word), tells an act:
        "the army closed the crossings", "the United States returned the statue to Italy" (where
        "closed" or "returned" alone may close a meeting or come back home)."""
        verb = trigger.root
        if self._refuses(trigger):
            # A refusal is told when it is announced ("says it will not accept the refugees").
            zone = self._acting_zone(trigger)
            return zone is not None and any(t.dep_ in ("obj", "dobj") for t in verb.children)
        confirmable = trigger.label_ in CONFIRMABLE or (trigger.label_ == "AID" and self._gives_something(verb, sent)) \
            or (trigger.label_ == "SUPPORT" and self._owned_object(verb, sent))
        # An aid noun that is the object of a verb, with a sum ("announced a contribution of 27
        # million dollars for Venezuelans"): the sum is what is given, whatever the verb.
        # (The one it is for is named, not the place it was announced at: "au sommet d'Istanbul, en Turquie".)
        sum_given = not confirmable and trigger.label_ == "AID" and verb.pos_ == "NOUN" \
            and verb.dep_ in ("obj", "dobj") and verb.head.pos_ == "VERB" and self._gives_money(verb.head, sent)
        confirmable = confirmable or sum_given
        # A noun the object of a verb that is no trigger of its own tells the act the verb does
        # with it: "issued a warning to", "launched a probe into", "filed a complaint against".
        # (Not a refusal: "attributed the decline to …" is a fall, and one refuses by a verb.)
        if "noun" in self._cues(trigger) and verb.dep_ == "compound" and verb.head.pos_ == "NOUN":
            verb = verb.head  # "renewed a ceasefire pact": the act's noun is the compound's head
        noun_act = verb.pos_ == "NOUN" and verb.dep_ in ("obj", "dobj") and verb.head.pos_ == "VERB" \
            and verb.head.i not in self.trigger_tokens and trigger.label_ != "REJECT"
        if noun_act and any(c.start <= verb.head.i < c.end for c in sent.cue("possession_verb")):
            return False  # a standing relation held, not an act done: "has a maritime dispute with China"
        if noun_act:
            # … at someone named: "a warning to the army", not "concern over the situation".
            after = {t.i for t in verb.subtree if t.i > verb.i} | {
                t.i for c in verb.head.children if (c.dep_ in ("prep", "dative", "iobj") or c.dep_.startswith("obl")) and c.i > verb.i
                for t in c.subtree}
            # (Or the one it is addressed to, named before it: "conveyed to China its concerns", "made
            # clear to China its grave concerns"; `addressee`: "to", "à".)
            after |= {t.i for h in (verb.head, *[c for c in verb.head.children if c.dep_ in ("oprd", "acomp")])
                      for c in h.children if c.dep_ == "prep" and fold(c.text) in self.words.addressee for t in c.subtree}
            named = sent.countries + sent.people + sent.actors + sent.organisations
            if sum_given:
                named = [c for c in sent.countries if not self._is_place(c)]
            # (A truce is declared to no one: "declared a two-week ceasefire", "announced a truce".)
            declared = trigger.label_ == "RETREAT" and any(c.start <= verb.head.i < c.end for c in sent.cue("declaring"))
            if not declared and not any(n.start in after for n in named):
                return False
            verb = verb.head
        # The sentence's main act, or the act a report tells ("X announced a truce, a statement said").
        reported = verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and any(
            c.start <= verb.head.i < c.end for c in sent.cue("reporting"))
        # (The parser may make a dateline's city the root and the main verb its clause: "ATHENS –
        # Greece and Egypt are opposing a deal …".)
        datelined = verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and self._in_dateline(verb.doc[verb.head.i:verb.head.i + 1])
        if verb.pos_ != "VERB" or not confirmable or not (
                is_main_verb(verb) or reported or datelined):
            return False
        children = list(verb.children) + (list(verb.head.children) if verb.dep_ == "conj" else [])
        # (What a warning says may be imagined: "a warning that it would not tolerate a coup".)
        imagined = self._conditional(sent) if not noun_act else any(
            "Cnd" in c.morph.get("Mood") or any(h.start <= c.i < h.end for h in sent.cue("aux") if h._.value == "hypothetical")
            for c in verb.children if c.dep_.startswith("aux"))
        if self._is_future(sent, trigger) or imagined:
            return False  # an act announced or imagined ("will be challenging") is not yet an act
        if not any(c.dep_ in ("obj", "dobj") for c in verb.children) or any(
                c.dep_.startswith("expl") or "Reflex=Yes" in c.morph for c in verb.children):
            return False  # no object, or a reflexive verb ("se rend à Kinshasa": goes, not returns)
        subjects = [c for c in children if c.dep_ in SUBJECT_DEPS]
        if not subjects:
            return False
        zone = {t.i for s in subjects for t in s.subtree}
        named = sent.countries + sent.people + sent.actors + sent.organisations
        # A proper name as subject names an actor too, known or not ("Immigration and Customs
        # Enforcement returned the paintings").
        return any(n.start in zone for n in named) or any(s.pos_ == "PROPN" for s in subjects)

    def _takes_a_stance(self, trigger: Span, sent: Sentence) -> bool:
        """A weak trigger of a stance (cue `stance`: "opposed to") told as the predicate of a named
        actor's clause: after a linking verb ("Japan is opposed to …", "China stands firmly opposed
        to …"), or as the clause of a report ("China says opposed to …"). Not a participle that
        describes someone ("the parties opposed to the deal boycotted …"), nor a stance denied or to come."""
        word = trigger.root
        if word.dep_ == "acomp" and word.head.pos_ in ("AUX", "VERB"):
            verb = word.head
        elif word.dep_ == "ccomp" and any(c.start <= word.head.i < c.end for c in sent.cue("reporting")):
            verb = word.head  # the report's subject takes the stance
        else:
            return False
        if self._is_future(sent, trigger) or any(is_negation(c) for c in (*word.children, *verb.children)):
            return False
        zone = self._acting_zone(self.doc[verb.i:verb.i + 1])
        if zone is None:
            return False
        named = sent.countries + sent.people + sent.actors + sent.organisations
        return any(zone[0] <= n.start < zone[1] for n in named) or self.doc[zone[2]].pos_ == "PROPN"

    @staticmethod
    def _main_or_reported(verb, sent: Sentence) -> bool:
        """Whether `verb` tells the sentence's own act: its root, a verb joined to the root, or the
        clause a verb of reporting tells ("we reaffirm …, the ministers said")."""
        reported = verb.dep_ == "ccomp" and any(c.start <= verb.head.i < c.end for c in sent.cue("reporting"))
        return is_main_verb(verb) or reported

    def _support_restated(self, trigger: Span, sent: Sentence) -> bool:
        """A weak verb of support in the infinitive or gerund ("to support", "supporting",
        "soutenir") whose object names a state, the complement of a verb of restating (cue
        `restating`: "reaffirm", "renew", "annoncer") or of the commitment that verb takes as its
        object, told as done: "they renewed their commitment to supporting Ukraine", "we reaffirm
        our commitment to support Moldova, the ministers said", "a annoncé soutenir le plan
        marocain". A side that restates its support gives it. Not a need or a call stressed
        ("stressed the need to support Ukraine": no commitment), nor a commitment to come or denied."""
        verb = trigger.root
        if trigger.label_ != "SUPPORT" or "weak" not in self._cues(trigger) or verb.pos_ != "VERB" \
                or verb.dep_ not in ("xcomp", "pcomp", "acl"):
            return False
        supported = {t.i for c in verb.children if c.dep_ in ("obj", "dobj") for t in c.subtree}
        if not any(c.start in supported for c in sent.countries):
            return False
        head = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
        if head.pos_ == "NOUN":
            # The commitment restated: a promise noun ("commitment", "engagement") that is the verb's object.
            promises = {t.root.i for t in sent.triggers if t.label_ == "AGREE" and t.root.pos_ == "NOUN"}
            if head.i not in promises or head.dep_ not in ("obj", "dobj"):
                return False
            head = head.head
        if head.pos_ != "VERB" or not any(c.start <= head.i < c.end for c in sent.cue("restating")):
            return False
        if not self._main_or_reported(head, sent):
            return False
        # (A pronoun's side is not in the sentence, and a state named beside it is no doer: "while
        # pledging sanctions against Russia, they renewed their commitment to supporting Ukraine".)
        if any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" for c in head.children):
            return False
        return _told(head, self._to_come_words(sent))

    def _document_issued(self, trigger: Span, sent: Sentence) -> bool:
        """A weak noun of a joint text (cues `sign` and `noun`: "joint statement", "communiqué
        conjoint") that is the object of a verb of issuing (cue `issuing`: "issue", "publier") told as
        done by a subject that names states or people: "the leaders of Japan and Korea issued their first
        joint statement", "les deux pays ont publié un communiqué conjoint". Issuing a joint text
        adopts it, as signing does. Not a statement cited ("according to the joint statement"),
        one to come ("will issue"), nor one issued by no one named ("a joint statement was issued")."""
        noun = trigger.root
        cues = self._cues(trigger)
        if not {"sign", "noun", "weak"} <= cues or noun.pos_ != "NOUN" or noun.dep_ not in ("obj", "dobj"):
            return False
        verb = noun.head
        if verb.pos_ != "VERB" or not any(c.start <= verb.i < c.end for c in sent.cue("issuing")):
            return False
        if not self._main_or_reported(verb, sent):
            return False
        if not _told(verb, self._to_come_words(sent)) or self._is_future(sent, trigger):
            return False
        sharing = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
        subjects = [c for v in sharing for c in v.children if c.dep_ in SUBJECT_DEPS]
        if not subjects or any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children):
            return False
        # The sides are the states or people the subject names: an organisation's members go
        # unnamed ("the G7 foreign ministers issued a joint statement"), and another state named
        # in the sentence would stand in for them.
        zone = {t.i for s in subjects for t in s.subtree}
        return any(n.start in zone for n in sent.countries + sent.people)

    def _talks_with_someone(self, trigger: Span, sent: Sentence) -> bool:
        """"a échangé avec son homologue", "ont échangé sur la situation", "ont échangé par
        téléphone": a weak talk verb (cue `meet`) with no object tells talks when a complement names
        the other side ("avec"), what was talked about ("sur") or the medium (a `format` cue); with
        an object it exchanges something else ("ont échangé 115 prisonniers", "des notes")."""
        verb = trigger.root
        if trigger.label_ != "CONSULT" or "meet" not in self._cues(trigger) or verb.pos_ != "VERB":
            return False
        # Told as done: not the infinitive of a wish ("j'ai hâte d'échanger avec vous"), nor a noun
        # the parser reads as a verb ("un échange de prisonniers").
        if "Inf" in verb.morph.get("VerbForm") or (verb.i > 0 and self.doc[verb.i - 1].pos_ == "DET"):
            return False
        if any(c.dep_ in ("obj", "dobj") for c in verb.children):
            return False
        links = [c for c in verb.children if c.dep_ == "prep"] + [
            a for c in verb.children if c.dep_.startswith("obl") or c.dep_ == "nmod" for a in c.children if a.dep_ == "case"]
        if any(fold(a.text) in self.words.with_ | self.words.talked_on for a in links):
            return True
        below = {t.i for c in verb.children if c.dep_ != "nsubj" for t in c.subtree}
        return any(c.root.i in below for c in sent.cue("format"))

    def _gives_money(self, verb, sent: Sentence) -> bool:
        """Is the verb's object a sum: a currency ("€28 million"), a sum in a currency the language
        names ("gave 352 million euros", "a versé 10 millions d'euros")? A span of time is not
        ("gave the ambassador 72 hours")."""
        objects = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
        zone = {t.i for o in objects for t in o.subtree}
        if any(t.is_currency or t.ent_type_ == "MONEY" for t in (self.doc[i] for i in zone)):
            return True
        return any(c.start in zone for c in sent.cue("money"))

    def _gives_something(self, verb, sent: Sentence) -> bool:
        """A giving verb's object is aid when it is money ("gave 352 million euros", "€28 million")
        or an aid noun ("provided assistance"), not a report, a deadline or an audience."""
        if self._gives_money(verb, sent):
            return True
        objects = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
        zone = {t.i for o in objects for t in o.subtree}
        return any(t.label_ == "AID" and t.root.pos_ == "NOUN" and t.root.i in zone for t in sent.triggers)

    def _owned_object(self, verb, sent: Sentence) -> bool:
        """Does the verb's object belong to a named actor ("defended Germany's decision", "a
        défendu la politique du Mexique")? Backing what someone did is support to them."""
        named = sent.countries + sent.people + sent.actors + sent.organisations
        for obj in (c for c in verb.children if c.dep_ in ("obj", "dobj")):
            owners = [t for t in obj.children if t.dep_ in ("poss", "nmod", "nmod:poss")]
            if any(n.start <= o.i < n.end or o.i <= n.start < o.i + 1 for o in owners for n in named) or any(
                    n.root.head.i == obj.i and n.root.dep_ in ("poss", "nmod") for n in named):
                return True
        return False

    def _refuses(self, trigger: Span) -> bool:
        """A concession, a promise or a meeting said not to be made ("will not lift the embargo",
        "n'acceptera pas", "will not begin talks") is a refusal: REJECT."""
        verb = trigger.root
        if trigger.label_ not in REFUSABLE or verb.pos_ not in ("VERB", "AUX"):
            return False
        # The negation may sit on the verb that governs it ("ne vont pas mettre fin à la grève").
        governing = list(verb.head.children) if verb.dep_ == "xcomp" else []
        return any(is_negation(c) for c in list(verb.children) + governing)

    def _commits_to_act(self, sent: Sentence, triggers: list[Span]) -> bool:
        """Does a commitment ("agreed to", "willing to", "promised") take a material act as its
        complement: a trigger verb it governs ("agreed to lift"), or its object ("agreed to a ceasefire")?
        (Not a weak verb with no object: "convenu … de contribuer à la paix" is an aim.)"""
        for commit in (t for t in triggers if t.label_ == "AGREE"):
            governed = {tok.i for tok in commit.root.subtree}
            for act in sent.triggers:
                if act.label_ in PROMISED_ACTS and act.start >= commit.end and act.root.i in governed \
                        and not self._weak_aim(act, act.root) and (
                        act.root.pos_ == "VERB" or act.root.head.i == commit.root.i
                        or act.root.head.head.i == commit.root.i):
                    return True
        return False

    def _promises_act(self, draft: Draft) -> bool:
        """Is the draft an AGREE whose sentence commits to a material act?"""
        if draft.event != "AGREE":
            return False
        if draft.trigger.label_ in PROMISED_ACTS:
            return True  # "la restitution prochaine de trois crânes": the act itself, named as to come
        if draft.trigger.label_ != "AGREE":
            return False
        sent = self.sentences[draft.sentence]
        if self._commits_to_act(sent, [draft.trigger]):
            return True
        # One side may commit alone to an act it names ("agreed to set up a research institute",
        # "has pledged to build"), not to a general aim ("to strengthen cooperation").
        return draft.trigger.root.pos_ == "VERB" and (self._act_committed_to(sent, draft.trigger) is not None
                                                      or self._promises_a_thing(sent, draft.trigger))

    # ------------------------------------------------------------------ a trigger in another sense

    def _in_another_sense(self, trigger: Span, sent: Sentence) -> bool:
        """Is the trigger word used in another sense? The types so read are kept: a title tells its
        act in the sense the body does ("Coleman praises Welsh wonders" over "Wales boss Chris
        Coleman hailed the courage of his players … in this evening's World Cup qualifier").
        A word that opens a diplomatic mission is read in that sense whatever else it may mean
        ("a rouvert son ambassade": recognition, no access granted), and an opening word (cue
        `opening`) in no other: the opening of anything else is no event."""
        opens = self._opens_a_mission(trigger, sent)
        if "opening" in self._cues(trigger) and not opens:
            return True
        other = self._other_sense(trigger, sent)
        if other:
            self.other_sense_types.add(trigger.label_)
        return other and not opens

    def _other_sense(self, trigger: Span, sent: Sentence) -> bool:
        """Is the trigger word used in another sense, told by what it acts on (the word classes
        are cue kinds of the language's cues.tsv)?
        - a verb of arrival whose mover is goods or a craft ("China's aid has arrived in Haiti");
        - a consultation of a paper, which is read ("consulter ces notes");
        - a claim of an attack or a victory as one's own ("attaque revendiquée par", "revendique la victoire");
        - an examination of cooperation or of a request, which deliberates ("examinent leur coopération");
        - a plea in one's defence ("a plaidé l'erreur d'identification");
        - a ban one lays on oneself, a restraint ("s'est interdit de commenter");
        - a release of something published ("Footage released by the ministry", "released the
          data"), or the noun "release" with nobody released ("the release said": a press release);
        - a deployment of what is no force ("deployed 155 observers");
        - an opening of an office, not of a crossing ("a ouvert un consulat");
        - a cancellation of what is no meeting, nor names one ("vols annulés");
        - a grant of, or an application for, a permit ("l'octroi des visas", "demandes de passeport");
        - a signing of what is no paper ("signant ainsi son retour", "signer le livre d'or");
        - an allegation that its verb denies ("Russia, which denies the allegations");
        - any act but a meeting or a promise in a sentence that tells a game (a word of the "game"
          kind: "beat Uzbekistan 2-1 in the qualifier", "un coup franc tiré par le buteur");
        - an attack countered or guarded against ("countering IEDs"); a demand a thing makes ("the
          situation demands progress": needs);
        - a meeting held among one state's own bodies ("an inter-ministerial meeting"); a meeting
          verb whose object is something satisfied or faced ("meet the expectations", "meet the challenge");
        - people sent as aid who are not sent ("18 peacekeepers were injured"); aid workers, the aid
          a thing was made with, a company's gift (no state's aid);
        - a court's judgement told in the passive with no court, or a prison term ("was
          sentenced to 11 years", "serving a 12-year sentence"): a person's record, no state's act;
        - a retreat that is a leaders' gathering ("their retreat in Fiji");
        - a trip or visit for pleasure ("a hunting trip"), or the movement of people at large
          ("les déplacements des personnes");
        - a verb in an idiom with its particle ("shot up and said");
        - a talk noun compounded into another thing's name ("a hostage negotiation deal");
        - a summons whose object is a meeting: convened, not summoned ("a convoqué une réunion");
        - a verb of calling, told in the passive with no one calling, that says what someone is due
          to do ("l'organisation est appelée à élire un président": no request);
        - violence or repression in a sentence that tells a drill (a word of the "drill" kind)."""
        root = trigger.root
        if any(c.start <= root.i < c.end for c in sent.cue("idiom")):
            return True
        if any(c.start <= root.i < c.end for c in sent.cue("destined")) and self._destined(root):
            return True
        if trigger.label_ in ("ASSAULT", "COERCE") and sent.cue("drill"):
            return True  # the moves of a drill ("lors de l'exercice, une arrestation et une contre-attaque")
        cues = self._cues(trigger)
        if "row" in cues and root.pos_ == "VERB":
            # "Uganda, Kenya clash over island": states alone clash in words (a row); troops,
            # police or crowds clash in the physical sense ("Thai, Cambodian troops clash at border").
            subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")]
            subjects += [x for s in subjects for x in s.conjuncts]
            named = {t.i for c in sent.countries for t in c}
            if subjects and all(s.i in named for s in subjects):
                return True
        # A sentence that tells a game or a race tells its plays ("beat Uzbekistan 2-1 in the
        # qualifier", "hailed his players after the match", "donated his medal"), not acts between
        # states; a meeting or a promise told beside a game stays one.
        # So is what a team's manager or coach does ("Scotland manager Gordon Strachan hailed his players").
        if trigger.label_ not in ("CONSULT", "AGREE") and (any(
                t.pos_ in ("NOUN", "PROPN") for c in sent.cue("game") for t in c) or self._by_a_coach(root, sent)):
            return True
        if trigger.label_ == "CONSULT" and self._domestic_meeting(
                root if root.pos_ == "NOUN" else self._subject_of(root) if root.pos_ == "VERB" else None, sent):
            return True
        if trigger.label_ == "CONSULT" and root.pos_ == "NOUN" and root.dep_ == "compound" \
                and root.head.pos_ == "NOUN" and root.head.i not in self.trigger_tokens \
                and "multilateral" not in self._cues(trigger):
            # A talk noun compounded into another noun's name qualifies that thing ("a hostage
            # negotiation deal", "the negotiation team"): no meeting held. (Not a meeting's own
            # noun after it, "a summit meeting", nor a summit, held whatever it names: "the summit
            # chairman".)
            return True
        if trigger.label_ == "ASSAULT" and root.pos_ == "NOUN" and root.dep_ in ("dobj", "obj", "pobj"):
            # What one counters or guards against is no attack made ("trained soldiers in countering
            # IEDs", "defend our territory against attack").
            # (… or the verb whose object the guarded noun is: "defend the ports against attack".)
            guard = root.head.head if root.dep_ == "pobj" else root.head
            if self._is_kind(guard, sent, ("countering",)) or (
                    guard.dep_ in ("dobj", "obj") and self._is_kind(guard.head, sent, ("countering",))):
                return True
        if trigger.label_ == "REQUEST" and root.pos_ == "VERB" and self._is_kind(self._subject_of(root), sent, ("circumstance",)):
            return True  # a thing that demands or calls for something needs it ("the situation demands progress")
        if trigger.label_ == "AID" and self._no_aid_given(root, sent):
            return True
        if trigger.label_ == "AID" and root.pos_ == "NOUN" and self._is_kind(root, sent, ("personnel",)):
            # ("sending peacekeepers", "the deployment of peacekeepers": sent, they are aid.)
            head = root.head.head if root.dep_ == "pobj" else root.head
            return not (root.dep_ in ("dobj", "obj", "pobj") and self._is_kind(head, sent, ("sending",)))
        if self._leaders_retreat(trigger, sent):
            return True  # a meeting (`triggers._retreat_as_meeting` reads it so)
        # A sentence or a charge told in the passive with no court ("was sentenced to 11 years",
        # "who had been charged with fraud"), or a prison term ("serving a 12-year sentence"), is a
        # person's record in criminal news; "a court sentenced", "Russia's sentence" name the state.
        judged = trigger._.value.get("cameo") == "116"  # CAMEO 116: find guilty or liable
        if trigger.label_ == "ACCUSE" and (judged or self._is_kind(root, sent, ("charge",))):
            if root.pos_ == "NOUN":
                return judged and not any(c.dep_ == "poss" or "Poss=Yes" in c.morph for c in root.children)
            passive = any(c.dep_ in ("nsubjpass", "nsubj:pass", "auxpass", "aux:pass") for c in root.children)
            return root.pos_ == "VERB" and passive and not any(
                c.dep_ == "agent" or (c.dep_.startswith("obl") and fold(c.text) in self.words.agent) for c in root.children)
        if trigger.label_ == "CONSULT" and "meet" in cues and root.pos_ == "VERB" and self._is_kind(
                self._moved(root), sent, ("publication",)):
            return True  # one consults a paper by reading it ("autorisés à consulter ces notes")
        if trigger.label_ == "CONSULT" and "meet" in cues and root.pos_ == "VERB" and self._is_kind(
                next((c for c in root.children if c.dep_ in ("dobj", "obj")), None), sent, ("satisfied",)):
            return True  # one meets expectations or a challenge by satisfying or facing it ("meet the expectations of")
        if trigger.label_ == "CONSULT" and "visit" in cues:
            if root.pos_ == "NOUN":
                leisure = sent.cue("leisure")
                # (Nor is the movement of people or goods at large: "la facilitation des déplacements
                # des personnes", "the movement of goods".)
                # (Nor a visit made by people at large: "a visit by a group of bloggers to the theatre".)
                return any(c.dep_ in ("compound", "amod") and any(s.start <= c.i < s.end for s in leisure)
                           for c in root.children) or self._is_kind(self._complement(root), sent, ("crowd",)) \
                    or any(self._is_kind(g, sent, ("crowd",)) for c in root.children
                           if c.dep_ == "prep" and fold(c.text) in self.words.agent for g in c.children if g.dep_ == "pobj")
            # Goods are carried, and people at large travel as themselves ("tourists visiting the
            # city", "des touristes se rendent à"): neither is a state's visit.
            return root.pos_ == "VERB" and "host" not in cues and self._is_kind(
                self._subject_of(root), sent, ("cargo", "crowd"))
        if "summon" in cues and root.pos_ == "VERB":
            # One summons a person and convenes a meeting: "le prochain sommet de l'UA est convoqué
            # les 27 et 28 janvier", "le gouvernement a convoqué une réunion interministérielle".
            moved = self._moved(root)
            return moved is not None and any(t.label_ in ("CONSULT", "AGREE") and t.root.i == moved.i
                                             and t.root.pos_ == "NOUN" for t in sent.triggers)
        mode = trigger._.value.get("mode")
        if trigger.label_ == "RETREAT" and mode == "release":
            if root.pos_ == "NOUN":
                # ("the release of the hostages", "Davis's release", "their release": someone released.)
                return not any(c.dep_ in ("prep", "nmod", "poss", "nmod:poss") or "Poss=Yes" in c.morph
                               for c in root.children)
            return root.pos_ == "VERB" and self._is_kind(self._moved(root), sent, ("publication", "statement", "document", "reporting"))
        if "sign" in cues and root.pos_ == "VERB":
            # "Signer" a return or an end marks it: no paper is signed ("signant ainsi son grand
            # retour sur la scène diplomatique", "a signé le livre d'or").
            signed = self._all_moved(root)
            if any(self._is_kind(o, sent, ("thing_marked",)) for o in signed):
                return True
        if trigger.label_ == "REQUEST" and "weak" in cues and root.pos_ == "VERB":
            # One claims an attack or a victory as one's own; that demands nothing ("une attaque
            # revendiquée par l'EI", "revendique la victoire").
            claimed = self._all_moved(root)
            if any(c is not None and (self._is_kind(c, sent, ("claimed",)) or any(
                    t.label_ in ("ASSAULT", "COERCE") and t.root.i == c.i for t in sent.triggers)) for c in claimed):
                return True
        if trigger.label_ == "REQUEST" and "weak" in cues and root.pos_ == "VERB" and any(
                self._is_kind(c, sent, ("plea",)) for c in root.children if c.dep_ in ("obj", "dobj")):
            return True  # one pleads a defence, asking nothing of anyone ("Israël a plaidé l'erreur")
        if trigger.label_ in ("AID", "REQUEST"):  # (the tagger may take "octrois" for a pronoun)
            # A paper a consulate grants or one applies for is a service, not aid nor a plea
            # ("l'octroi des visas", "les visas accordés aux Marocains", "les demandes de passeport").
            paper = self._moved(root) if root.pos_ == "VERB" else self._complement(root)
            if self._is_kind(paper, sent, ("permit",)):
                return True
        if trigger.label_ == "REJECT" and mode == "meet" and root.pos_ == "VERB":
            # A meeting refused is a meeting called off; what else is cancelled or put off is no
            # meeting ("vols annulés", "les visas de l'ambassadeur sont annulés", "postponed the vote").
            # (The noun, or the meeting its complement names: "sa participation au sommet".)
            # (Or the meeting or visit the trigger's own words name, cue `meet` or `visit`: "a
            # renoncé à sa visite".)
            if self._cues(trigger) & {"meet", "visit"} and any(t.pos_ == "NOUN" for t in trigger if t.i != root.i):
                return False
            called_off = self._moved(root)
            if called_off is None or called_off.pos_ != "NOUN":
                return False
            named = {called_off.i} | {c.i for c in called_off.children if c.dep_ == "nmod"} | {
                g.i for c in called_off.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"}
            return not any(t.root.i in named for t in sent.triggers if t.root.i != root.i)
        if trigger.label_ == "RETREAT" and mode == "access" and root.pos_ == "VERB":
            # One opens a crossing to let people through, and an office to work in it ("ont ouvert
            # des missions consulaires à Dakhla", "a inauguré un consulat"): no access granted.
            # (Every object: the parser may take a weekday for one, "a rouvert lundi son ambassade".)
            opened = self._all_moved(root)
            return any(self._is_kind(o, sent, ("premises",)) for o in opened)
        if trigger.label_ == "MOBILIZE" and root.pos_ in ("VERB", "NOUN"):
            moved = self._moved(root) if root.pos_ == "VERB" else next(
                (g for c in root.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
            return self._is_kind(moved, sent, ("unarmed",))
        if trigger.label_ == "COERCE" and mode == "restrict" and root.pos_ == "VERB" and any(
                c.lemma_ in ("se", "s'", "s’") and c.dep_ in ("expl:comp", "expl:pv") for c in root.children):
            # One forbids oneself, one refrains: "le Maroc s'est interdit de commenter" (the clitic
            # of a pronominal verb, not an impersonal or passive "se": "se prohibió la entrada").
            return True
        if trigger.label_ == "ACCUSE" and mode == "investigate" and root.pos_ == "VERB":
            # One examines cooperation or a request to decide on it ("examinent leur coopération").
            examined = self._all_moved(root)
            if any(self._is_kind(e, sent, ("deliberated",)) for e in examined):
                return True
        if trigger.label_ == "ACCUSE" and root.pos_ == "NOUN" and root.dep_ in ("dobj", "obj"):
            return any(c.start <= root.head.i < c.end for c in sent.cue("denial"))
        return False

    def _no_aid_given(self, root, sent: Sentence) -> bool:
        """Does an aid word tell no aid given by a state: a noun that names the people who carry aid
        ("aid workers have been denied access"), the means a thing was made with ("the port has been
        developed largely with Chinese loans"), or a gift by a company ("the Chinese mining company
        … contributed 2.27 million Afghani")?"""
        if root.pos_ == "NOUN" and root.dep_ == "compound" and self._is_kind(root.head, sent, ("bearer",)):
            return True
        made = root.head.head
        if root.pos_ == "NOUN" and root.dep_ == "pobj" and root.head.lower_ == "with" and made.pos_ == "VERB" \
                and any(c.dep_ in ("auxpass", "aux:pass") for c in made.children) \
                and not any(t.root.i == made.i for t in sent.triggers):  # ("evacuated with French assistance": aid)
            return True
        giver = self._subject_of(root) if root.pos_ == "VERB" else None
        if giver is None:
            return False
        zone = {t.i for t in giver.subtree}
        return any(c.start in zone for c in sent.cue("company"))

    def _leaders_retreat(self, trigger: Span, sent: Sentence) -> bool:
        """Is a retreat word a leaders' gathering ("wrapped up their retreat in Fiji", "the retreat
        session"), not a retreat from somewhere or a force's ("troops began their retreat from the
        border")?"""
        root = trigger.root
        return trigger.label_ == "RETREAT" and root.pos_ == "NOUN" and self._is_kind(root, sent, ("gathering",)) \
            and not (any(c.dep_ == "prep" and c.lower_ == "from" for c in root.children) or sent.cue("crowd"))

    def _by_a_coach(self, verb, sent: Sentence) -> bool:
        """Is the verb's subject named by a national team's office, a state named right before it
        ("Republic of Ireland manager Martin O'Neill", "South Korea head coach Uli Stielike"; not
        "Saroj Khuntia, General Manager, Exim Bank")?"""
        subject = self._subject_of(verb) if verb.pos_ == "VERB" else None
        if subject is None:
            return False
        zone = {t.i for t in subject.subtree}
        return any(c.start in zone and c.start > 0 and (any(n.end == c.start for n in sent.countries)
                                                          or self.doc[c.start - 1].ent_type_ == "GPE")
                   for c in sent.cue("coach"))  # (a nation that is no state: "Scotland manager")

    def _domestic_meeting(self, noun, sent: Sentence, follows: bool = True) -> bool:
        """Does a word name the meeting as held among one state's own bodies ("an inter-ministerial
        meeting", "a cabinet meeting"), and nothing say it was held between or with others ("an
        inter-ministerial meeting between the two countries")?"""
        if noun is None or noun.pos_ != "NOUN":
            return False
        domestic = sent.cue("domestic")
        if any(c.dep_ in ("compound", "amod", "nmod") and any(s.start <= c.i < s.end for s in domestic)
               for c in noun.children):
            return not any(c.dep_ == "prep" and c.lower_ in ("between", "with") for c in noun.children)
        # "The meeting discussed …" right after one: the same meeting.
        if follows and sent.index > 0 and noun.lemma_ == "meeting" and [c.lower_ for c in noun.children] == ["the"]:
            before = self.sentences[sent.index - 1]
            return any(t.label_ == "CONSULT" and self._domestic_meeting(t.root, before, follows=False)
                       for t in before.triggers)
        return False

    @staticmethod
    def _destined(verb) -> bool:
        """Is the verb a past participle in the passive, or describing a noun, with no agent and no
        compound past, that takes an infinitive ("est appelée à élire", "deux pays appelés à vivre
        ensemble")? Said with no one calling, it tells what is due, not a call ("a été appelée à
        retirer ses troupes", "appelées par l'ONU à": someone called)."""
        if "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense"):
            return False
        if any(c.dep_ in ("nsubj", "obl:agent", "agent", "aux:tense") for c in verb.children):
            return False
        describing = verb
        while describing.dep_ == "conj" and describing.head.i != describing.i:
            describing = describing.head  # "accrédités au Cameroun et appelés à présenter"
        # (The passive, or a participle describing a noun; not one the parser hangs on a pronoun,
        # "a, lui, appelé à trouver", which is the compound past of the call.)
        passive = any(c.dep_ == "aux:pass" for c in verb.children) or (
            describing.dep_ in ("acl", "amod") and describing.head.pos_ in ("NOUN", "PROPN"))
        return passive and any(c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm") for c in verb.children)

    def _is_kind(self, token, sent: Sentence, kinds: tuple[str, ...]) -> bool:
        """Is the token, or what it counts ("the first batch of aid", "a list of diplomats"), a
        word of one of the cue kinds?"""
        if token is None:
            return False
        heads = [token] + [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"]
        spans = [c for kind in kinds for c in sent.cue(kind)]
        return any(s.start <= h.i < s.end for h in heads for s in spans)

    def _exchanges_detainees(self, trigger: Span, sent: Sentence) -> bool:
        """Does an exchange word (cue `exchange`) exchange people held, words of the cue kind
        `detainee`: what the verb moves ("ont échangé 115 prisonniers", "115 prisonniers ont été
        échangés"), or a word under the noun with no verb between ("un échange de détenus", "un
        échange avec l'Ukraine de 115 prisonniers", where the parser hangs the prisoners on the
        partner)? An exchange of people held is their release by both sides, not talks."""
        if "exchange" not in self._cues(trigger):
            return False
        root = trigger.root
        if root.pos_ in ("VERB", "AUX"):
            return any(self._is_kind(o, sent, ("detainee",)) for o in self._all_moved(root))
        held = {t.i for c in sent.cue("detainee") for t in c}
        for token in root.subtree:
            if token.i not in held:
                continue
            while token.i != root.i and token.pos_ not in ("VERB", "AUX"):
                token = token.head
            if token.i == root.i:
                return True
        return False

    @staticmethod
    def _subject_of(verb):
        """The verb's subject: its own, or (a relative, a complement, a second verb sharing it)
        the one it takes from the word it hangs on ("the ship, scheduled to arrive")."""
        for _ in range(3):
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and "PronType=Rel" in subject.morph and verb.dep_ in ("relcl", "acl:relcl"):
                return verb.head  # "the delegations that arrived"
            if subject is not None:
                return subject
            if verb.dep_ in ("acl", "amod"):
                return verb.head  # "observers deployed around the country"
            if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    @staticmethod
    def _complement(noun):
        """What a noun of action acts on, named by its complement ("l'octroi des visas": visas;
        "the granting of visas": visas)."""
        for c in noun.children:
            if c.dep_ == "nmod":
                return c
            if c.dep_ == "prep" and c.lower_ in ("of", "de"):
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        return None

    def _all_moved(self, verb) -> list:
        """Every object of a verb (the parser may take a weekday for one: "a rouvert lundi son
        ambassade"), or else what `_moved` finds."""
        return [c for c in verb.children if c.dep_ in ("obj", "dobj")] or [self._moved(verb)]

    def _moved(self, verb):
        """What a verb acts on: its object, or, told in the passive or as a participle, its
        subject or the noun it describes ("Footage released by …", "observers will be deployed")."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        return obj if obj is not None else self._subject_of(verb)
