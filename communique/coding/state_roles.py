"""Where a state named in a sentence stands, for the sides of its event (stage 2, with sides.py):
the other side of a meeting ("with X", "between X and Y", "his Kenyan counterpart"), a topic named
after "between", the parties a signed document names, or a place or a scene that takes no part
(a gathering's venue, where someone resides or leaves from, a clause of comparison).
"""
from __future__ import annotations

from spacy.tokens import Span

from ..recognising.lexicon import fold
from .context import SUBJECT_DEPS, Draft, Sentence, dedupe
from .tables import MEDIATE_CAMEO


#: Acts done together, whose noun names its sides after "between"/"entre" ("consultations between
#: X and Y", "a joint exercise between X and Y"); after other nouns such states are a topic.
JOINT_TYPES = {"CONSULT", "COOPERATE"}


def _hangs_on(span: Span, words: set[int], steps: int) -> bool:
    """Does the span's phrase hang, within `steps` heads up the parse, on one of the tokens `words`?"""
    token = span.root
    for _ in range(steps):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.i in words:
            return True
    return False


def _just_after(span: Span, sent: Sentence, cue_kind: str, gap: int) -> bool:
    """Is the span named at most `gap` words after a cue of `cue_kind`?"""
    return any(0 <= span.start - cue.end <= gap for cue in sent.cue(cue_kind))


class StateRoles:
    """The coder's predicates of where a named state stands (a mixin of the coder: `self` is the
    document's `DocumentContext`)."""

    def _is_place(self, span: Span) -> bool:
        """A state named as a place (see `DocumentContext._is_place`), or as the state of a town
        named as one (`_state_of_a_town`)."""
        return super()._is_place(span) or self._state_of_a_town(span)

    def _state_of_a_town(self, span: Span) -> bool:
        """Is the state's adjective or name on a noun of a town that follows a place preposition
        ("in the Ethiopian capital Addis Ababa", "in the Saudi city of Jeddah", "in the US capital",
        "dans la capitale kényane"), or the town's own name apposed to such a noun ("dans la capitale
        gambienne, Banjul")? The town is where the act happens, and its state a place, as
        "in Ethiopia" would be: a host only if it receives (DESIGN.md: a meeting held in a third
        state does not make that state a side)."""
        root = span.root
        town = root.head
        if root.dep_ == "pobj" and fold(town.text) in self.words.of:
            town = town.head  # "in the Saudi city of Jeddah": the town's own name
        elif root.dep_ not in ("amod", "compound", "nmod", "nmod:poss", "poss", "npadvmod", "appos"):
            return False  # (apposed: "in the Ethiopian capital, Addis Ababa")
        if town.i == root.i or not self.words.city_nouns:
            return False
        if fold(town.text) not in self.words.city_nouns and fold(town.lemma_ or "") not in self.words.city_nouns:
            return False
        # English hangs the town on its preposition ("in" -> "capital"); French the preposition on
        # the town ("capitale" -> "dans").
        marks = [c for c in town.children if c.dep_ == "case"] + ([town.head] if town.dep_ == "pobj" else [])
        return any(fold(m.text) in self.words.place for m in marks)

    def _named_place(self, span: Span) -> str:
        """The words that name the place: the town a state's adjective qualifies ("Ethiopian
        capital", "capitale kényane"), else the state's own words."""
        town = span.root.head
        if (span._.value or ("", ""))[1] == "adjective" and town.i != span.root.i and self._state_of_a_town(span):
            return self.doc[min(span.start, town.i):max(span.end, town.i + 1)].text
        return span.text

    @staticmethod
    def _in_scene(span, sent) -> bool:
        """Is the state inside a phrase that sets the scene ("amid China's growing assertiveness",
        "amid rising tensions with Russia"), where it takes no part in the event?"""
        return _hangs_on(span, {tok.i for c in sent.cue("context_preposition") for tok in c}, 6)

    @staticmethod
    def _venue_of_gathering(span, sent) -> bool:
        """Is the place the venue of a gathering: its phrase hangs on a gathering's word ("au
        Sommet humanitaire mondial à Istanbul, en Turquie", "at the donors' conference in Oslo")?"""
        return _hangs_on(span, {t.i for c in sent.cue("gathering") for t in c}, 4)

    @staticmethod
    def _in_news_source(span: Span, sent: Sentence) -> bool:
        """Is the state named inside the phrase that cites the news's source ("according to reports
        from Japan's Kyodo News Agency, Singapore's Straits Times and other media, Japan and the
        Philippines signed …", "selon la télévision d'État iranienne")? Whose outlet or office reports
        the news takes no part in it by being cited. The phrase is the source word's, hanging on the
        clause it opens; a state named outside it may still be a side."""
        for cue in sent.cue("not_participant"):
            if cue._.value != "source" or span.root.i < cue.end:
                continue
            # A source is cited in a phrase set apart: it opens the sentence or follows a comma (not
            # "carried out according to a mechanism", a manner).
            doc, start = cue.doc, cue.start
            if not (start == sent.span.start or (start > sent.span.start and doc[start - 1].text == ",")):
                continue
            if cue.root.head.pos_ in ("VERB", "AUX"):
                # ("according to …": a preposition hanging on the clause, its phrase its subtree.)
                if cue.root.left_edge.i <= span.root.i <= cue.root.right_edge.i:
                    return True
                continue
            # ("selon …", a case marker of the source's noun: the phrase runs to the comma that closes
            # it, or to the sentence's end when a comma opens it.)
            comma = next((t.i for t in doc[cue.end:sent.span.end] if t.text == ","), None)
            if (comma is not None and span.end <= comma) or (comma is None and start > sent.span.start):
                return True
        return False

    def _on_behalf_of(self, span: Span, sent: Sentence) -> bool:
        """Is the state the one an act is done on behalf of ("au nom du gouvernement et du peuple
        français", "on behalf of the Kenyan people", "au nom de la France")? Who speaks in a state's
        name does the act for it: that state is the act's doer, not whom the act goes to. (Only the
        state itself, by its name or by its government or people: "on behalf of Japanese companies"
        names no state.)"""
        kind = (span._.value or ("", ""))[1]
        head = span.root.head
        if head.pos_ == "ADP":
            head = head.head  # "the people of Kenya": the English preposition heads the name
        if kind not in ("name", "alias") and not (
                fold(head.text) in self.words.polity_nouns or fold(head.lemma_ or "") in self.words.polity_nouns):
            return False
        for cue in sent.cue("not_participant"):
            if cue._.value != "behalf" or not 0 <= span.start - cue.end <= 8:
                continue
            between = self.doc[cue.end:span.start]
            if not any(t.text in ",;:" or t.pos_ in ("VERB", "AUX") for t in between):
                return True
        return False

    def _in_an_older_act(self, span: Span, trig: Span, sent: Sentence) -> bool:
        """Is the state named inside the phrase of an older act the act is told after ("called on
        Tehran to de-escalate following an attack on a US military base in Jordan", "a convoqué
        l'ambassadeur suite à l'attaque contre un navire grec")? Whom or where that act hit is its
        occasion, no side of this one. (Not the older act's doer, its possessive or after "by":
        "following Iran's attack", "after the attack by Iranian forces", whom the act may answer.)"""
        for cue in sent.cue("frame_preposition"):
            if cue.end > span.start:
                continue
            phrase = cue.root.head if cue.root.dep_ in ("case", "fixed") else cue.root
            edges = (phrase.left_edge.i, phrase.right_edge.i)
            if not edges[0] <= span.root.i <= edges[1] or edges[0] <= trig.root.i <= edges[1]:
                continue
            acts = [t for t in sent.triggers if t != trig and edges[0] <= t.root.i <= edges[1] and t.end <= span.start]
            if not acts:
                continue
            if span.root.dep_ in ("poss", "nmod:poss") and any(span.root.head.i == a.root.i for a in acts):
                return False
            return not self._after_agent_word(span)
        return False

    @staticmethod
    def _residence(span, sent) -> bool:
        """Is the state where someone is said to reside ("avec résidence à Pretoria", "résidant
        au Rwanda", "resident in Nairobi")? A non-resident ambassador's seat is no side of the
        audience he is given elsewhere."""
        return _just_after(span, sent, "residence", 2)

    @staticmethod
    def _departure(span, sent) -> bool:
        """Is the state the place someone leaves, named right after a verb of leaving ("left Tokyo
        on Monday for Washington", "quittera Paris pour Berlin")? The traveller's origin is no
        side of a plan he goes to make elsewhere."""
        return _just_after(span, sent, "departure", 1)

    @staticmethod
    def _heading_to(span, sent) -> bool:
        """Is the state where a craft, a convoy or a shipment is heading, named a few words after a
        phrase of heading ("en direction de l'aéroport d'El Arich, en Égypte", "à destination de la
        Turquie", "bound for El Arish airport in Egypt")? Where the thing sent goes is no state of
        the unnamed crews, planes or forces that carry it: those are the sender's. (No verb between:
        "bound for Cairo, where Egyptian troops met it" names another act.)"""
        for cue in sent.cue("heading"):
            if not 0 <= span.start - cue.end <= 8:
                continue
            if not any(t.pos_ in ("VERB", "AUX") for t in cue.doc[cue.end:span.start]):
                return True
        return False

    @staticmethod
    def _receipt_sources(trigger: Span, sent: Sentence) -> set[int]:
        """The tokens of the phrases that tell where an act comes from when the sentence tells it
        as received (cues `receiving`: "Kenya received a protest note from Uganda", "Haïti a reçu
        une aide de la Chine", "a reçu de l'Ouganda une note de protestation"). The receiving verb's
        subject undergoes the act (it is what the note, the aid or the list of expelled diplomats
        goes to); the source (cues `source_preposition`: "from", "de", "de la part de") does it. The source
        phrase hangs on the verb, on its object or on the act's own words ("a message of
        congratulations from his counterpart"), else it tells something else ("aid for refugees
        from Sudan"); a phrase after "de la part de" is a source whatever it hangs on."""
        receiving = {t.i for c in sent.cue("receiving") for t in c}
        sources = {t.i for c in sent.cue("source_preposition") for t in c}
        path = [trigger.root, *trigger.root.ancestors][:4]
        verb = next((t for t in path if t.i in receiving and t.pos_ == "VERB"), None)
        if verb is None or not sources or any(t.head.i == verb.i and t.dep_.startswith("nsubj") for t in path):
            return set()  # not told as received, or the act is the receiver's own ("the sender received …")
        anchors = {verb.i} | {t.i for t in verb.children if not t.dep_.startswith("nsubj")} \
            | {t.i for t in trigger}
        zone: set[int] = set()
        for child in verb.children:
            if child.dep_.startswith("nsubj"):
                continue
            for tok in child.subtree:
                if tok.i not in sources:
                    continue
                if tok.dep_ == "prep" and tok.head.i in anchors:  # English: the phrase under "from"
                    zone |= {t.i for t in tok.subtree}
                elif tok.dep_ == "case" and tok.head.pos_ in ("PROPN", "NOUN") and (
                        tok.head.head.i in anchors or tok.head.head.i in sources):
                    zone |= {t.i for t in tok.head.subtree}  # French: the noun "de" marks
        return zone

    @staticmethod
    def _venue_of_a_meeting_on_the_margins(span, sent) -> bool:
        """Is the state the place of a meeting told in its "where"/"où" clause, the meeting set on
        the margins of a gathering ("s'envolera pour le Pérou où il s'entretiendra avec le président
        chinois, en marge du sommet de l'APEC", "flies to Peru, where he will meet Xi on the
        sidelines of the APEC summit")? That place is the gathering's venue (DESIGN.md), no side
        of the meeting held beside it."""
        # (Whichever word the plan was drafted from: the meeting's verb or the gathering's noun.)
        relative = {t.i for c in sent.cue("place_relative") for t in c}
        clauses = [t for t in span.root.children if t.dep_ in ("relcl", "acl:relcl")
                   and any(w.i in relative for w in t.children)]
        return bool(clauses) and any(c.start > span.end for c in sent.cue("margin"))

    @staticmethod
    def _in_a_comparison(span, sent) -> bool:
        """Is the state or person inside a clause that compares the act with another's: a verb that
        stands for the act, opened by a comparing word ("like President Yoon did in Japan", "as the
        Ghanaian president did in Kenya", "comme l'avait fait le président ghanéen au Kenya")? The
        one who did the act compared, and where, are no sides of the act told."""
        marks = {t.i for c in sent.cue("comparison") for t in c}
        verbs = {t.i for c in sent.cue("pro_verb") for t in c}
        if not marks or not verbs:
            return False
        token = span.root
        for _ in range(4):
            if token.i in verbs and any(w.i in marks for w in token.children):
                return True
            if token.head.i == token.i:
                return False
            token = token.head
        return False

    #: How many words may stand between a kin word and the state it comes before ("the sisterly
    #: people of Tunisia", "le Royaume frère d'Arabie saoudite").
    KIN_REACH = 2

    def _kin_states(self) -> set[str]:
        """The states the text calls a brother or a sister ("la Tunisie sœur", "le gouvernement
        égyptien frère", "brotherly Egypt", "the sisterly people of Tunisia"): a state so calls
        another, never itself, so the state so called is whom the speaker addresses or speaks of,
        not the speaker. The kin word stands right after the state's name or adjective, or a
        few words before it, no verb, punctuation or conjunction between."""
        if getattr(self, "_kin_cache", None) is None:
            kin = set()
            for sent in self.sentences:
                words = sent.cue("kin")
                for c in sent.countries if words else ():
                    for w in words:
                        between = self.doc[w.end:c.start] if w.end <= c.start else self.doc[c.end:w.start]
                        if any(t.is_punct or t.pos_ in ("VERB", "AUX", "CCONJ") for t in between):
                            continue
                        if (w.end <= c.start and len(between) <= self.KIN_REACH) or (c.end <= w.start and not len(between)):
                            kin.add(c.label_)
            self._kin_cache = kin
        return self._kin_cache

    def _between_topic(self, country: Span, sent: Sentence, trig: Span) -> bool:
        """Is a state named after "between"/"entre" a topic of the act ("the exchange of prisoners
        between Ukraine and Russia" in talks about it)? Not after a word of a joint act, nor after
        the act's own noun, whose sides "between" names ("a prisoner swap between the United States
        and Russia" is done by both), nor after the document a signing signs, whose parties it names."""
        link = self._between_link(country)
        if link is None:
            return False
        if "sign" in self._cues(trig) and self._names_document_parties(link, sent):
            return False  # "signed a tripartite agreement between Ethiopia, Somalia and Eritrea": its parties sign it
        if self._praised_document_party(country, sent, trig):
            return False
        if trig.label_ == "ACCUSE" and trig.root.pos_ == "VERB" and link.head.pos_ == "NOUN" and any(
                link.head.i in {t.i for t in c.subtree} for c in trig.root.children if c.dep_ in ("dobj", "obj", "prep")):
            # What a disapproval is about is a thing done by those it names after "between" ("criticised
            # the security agreement between China and Fiji"): they are its doers, the ones disapproved of.
            return False
        return not any(t.end >= link.i - 2 and t.start < link.i for t in sent.triggers
                       if t.label_ in JOINT_TYPES or t == trig)

    def _sides_after_between(self, draft, trig: Span, after: list[Span]) -> list[str]:
        """For a release, the states named after a "between"/"entre" that follows the act's own word
        within three words ("a prisoner swap between the United States and Russia", "l'échange de
        prisonniers entre la Russie et l'Ukraine"): the sides of a mutual release, each freeing
        some; a doer named elsewhere comes first. (Only releases: a ceasefire named after
        "between" is more often the time of other news, "a month after the ceasefire between …".)"""
        if draft.event != "RETREAT" or draft.mode != "release":
            return []
        return dedupe([c.label_ for c in after if (link := self._between_link(c)) is not None
                       and 0 <= link.i - trig.end <= 3])

    def _praised_document_party(self, country: Span, sent: Sentence, trig: Span) -> bool:
        """Is the state a party, named after "between"/"entre", of the document a praise or a welcome
        is about ("a salué l'accord entre l'Arabie saoudite et l'Iran", "welcomed the memorandum
        concluded between Tunisia and the EU")? What is praised is a thing its parties made: they
        are the ones the praise goes to, neither a topic nor a description of the document."""
        if trig.label_ != "SUPPORT" or "sign" in self._cues(trig):
            return False
        link = self._between_link(country)
        return link is not None and link.i > trig.start and self._names_document_parties(link, sent, made=True)

    def _between_link(self, country: Span, reach: int = 8):
        """The "between"/"entre" a state is named after (up to `reach` words before it), or None."""
        return next((t for t in reversed(self._prev_words(country, reach)) if fold(t.text) in self.words.between), None)

    @staticmethod
    def _names_document_parties(link, sent: Sentence, made: bool = False) -> bool:
        """Does the "between" follow a document's name ("an agreement between", "un mémorandum
        d'entente entre", a quoted "‘memorandum of cooperation’ between"), naming its parties?
        With `made`, also after the participle that tells the document made ("le mémorandum conclu
        entre", "the deal reached between")."""
        def joins(t) -> bool:
            return t.is_punct or (made and t.pos_ in ("VERB", "AUX") and "Part" in t.morph.get("VerbForm"))
        return any(d.end <= link.i and all(joins(t) for t in link.doc[d.end:link.i]) for d in sent.cue("document"))

    #: How far after "between" (in tokens) a document's party may be named.
    PARTIES_REACH = 20

    def _document_parties(self, sent: Sentence, trig: Span) -> list[str]:
        """The states a signing's document names as its parties ("the signing of a memorandum
        between Libya and Turkey": LBY, TUR), when it names two or more; else none."""
        if "sign" not in self._cues(trig):
            return []
        parties = []
        for c in sent.countries:
            # (A party named by a long name, "the Government of National Unity (GNU) of Libya", may
            # stand further from "between" than the eight words `_between_link` looks back: any
            # distance in the phrase, no verb between.)
            link = self._between_link(c, self.PARTIES_REACH)
            if c.start > trig.start and link is not None and self._names_document_parties(link, sent) \
                    and not any(t.pos_ in ("VERB", "AUX") for t in self.doc[link.i:c.start]):
                parties.append(c.label_)
        parties = dedupe(parties)
        return parties if len(parties) >= 2 else []

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
        if fold(prev[-1].text) in self.words.origin and prev[-1].dep_ == "prep" and (
                prev[-1].head.i in self.title_tokens or any(s.start <= prev[-1].head.i < s.end for s in sent.actors)
                or any(c.start <= prev[-1].head.i < c.end for c in sent.cue("visitor"))):
            # "met his counterpart from Iran", "talks with officials from Chile": the state the
            # people come from is the one they speak for.
            return True
        link = prev[-1] if fold(prev[-1].text) in self.words.counterpart else None
        if link is None:
            return False
        if fold(link.text) in self.words.between:
            # "consultations between X and Y" names the sides; "the exchange of prisoners between
            # X and Y" names a topic: the word before "between" must be a meeting word.
            return any(t.end >= link.i - 2 and t.start < link.i for t in sent.triggers
                       if t.label_ in JOINT_TYPES or "sign" in self._cues(t))  # "la signature … entre X et Y"
        return True

    def _posting(self, country: Span, sent: Sentence) -> bool:
        """Is the state named inside a person's title after the state the title's holder speaks for:
        where an envoy serves ("Kenya's ambassador to the United States", "l'ambassadeur du Mali
        auprès du Sénégal") while the sentence names the officials of a third state by their titles
        ("met the Gabonese foreign minister")? The posting is then where he serves, no side of what
        he does with them. (Officials named with no state of their own are the posting's: "The
        Ambassador of Ghana to Japan met Deputy Foreign Minister Tanaka". Nor is a state joined to
        the holder's by "and" a posting: "the foreign ministers of Armenia and Azerbaijan".)"""
        prev = [t for t in self._prev_words(country, 3) if t.pos_ != "DET" and fold(t.text) not in self.words.article]
        if country.root.dep_ == "conj" or (prev and (prev[-1].pos_ == "CCONJ" or prev[-1].text == ","
                                                     or fold(prev[-1].text) in self.words.conjunction)):
            return False
        for title in sent.titles:
            holder = getattr(title._.value, "country", None)
            if title.start < country.start < title.end and holder and holder != country.label_:
                others = {getattr(t._.value, "country", None) for t in sent.titles} - {holder, country.label_, None}
                return bool(others)
        return False

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

    @staticmethod
    def _facilitation_zone(draft, sent: Sentence) -> set[int]:
        """Tokens naming who made the act possible without being a side of it (with
        `_mediation_zone`): the phrase of a good office ("une issue rendue possible grâce à
        l'intervention du président togolais", "through the good offices of Qatar"), and the
        subject of a verb of facilitating whose object is the act ("the UAE helped facilitate a
        prisoner exchange between the US and Russia"). (Not where the act is told inside that
        phrase: "thanks to Togo's mediation of the release" is Togo's.)"""
        act = draft.trigger.root
        zone: set[int] = set()
        for cue in sent.cue("good_office"):
            root = cue.root
            if not root.left_edge.i <= act.i <= root.right_edge.i:
                zone |= {tok.i for tok in root.subtree}
        for cue in sent.cue("facilitating"):
            verb = cue.root
            objects = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
            if not any(o.left_edge.i <= act.i <= o.right_edge.i for o in objects):
                continue
            # ("helped facilitate": the subject is the helping verb's.)
            while not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.dep_ in ("xcomp", "conj") \
                    and verb.head.i != verb.i:
                verb = verb.head
            subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
            if all(c.pos_ == "PRON" for c in subjects) and verb.dep_ == "ccomp":
                # "The UAE has confirmed it helped facilitate …": the pronoun is the teller.
                subjects += [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
            zone |= {tok.i for c in subjects for tok in c.subtree}
        return zone

    def _envoys_host(self, draft) -> list[str]:
        """The state a recall of one's envoy or a break of ties is done to when its sentence names
        none: the document's other state ("La France a décidé de rappeler son ambassadeur" in news
        of France and Mali: the ambassador is recalled from Mali). An envoy serves between two
        states, so the one the news is about is the other. Only cutting diplomatic ties (CAMEO
        161): not a withdrawal from an organisation or from talks, nor an expulsion, whose
        diplomats' state the sentence names or counts ("expulsions of diplomats from 23
        countries"), or whose one state named is the envoy's ("the call to declare Huang persona
        non grata")."""
        if draft.cameo != "161" or len(self.pair) != 2 or len(draft.actor) != 1 \
                or draft.actor[0] not in self.pair:
            return []
        return [c for c in self.pair if c != draft.actor[0]]

    def _support_addressed(self, country: Span, trig: Span) -> bool:
        """"réaffirme son soutien indéfectible à la Somalie", "exprime sa solidarité à l'Arabie
        saoudite, aux Émirats et à l'Égypte": after a word of support, the state that "à" (or "to")
        brings is whom the support goes to, not a place; so is each state of a list it opens,
        however long the list ("à l'Arabie saoudite, aux Émirats arabes unis, au Bahreïn et à
        l'Égypte": the last state is past the reach of the support word, not of its list)."""
        if country.start < trig.end:
            return False
        between = self.doc[trig.end:country.start]
        if any(t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":") for t in between):
            return False
        prev = [t for t in self._prev_words(country, 3) if t.pos_ != "DET"]
        if not prev:
            return False
        addressed = fold(prev[-1].text) in self.words.addressee
        if addressed and country.start - trig.end <= self.ADDRESSEE_REACH:
            return True
        # A conjunct, its preposition repeated or not ("et l'Égypte", "et à l'Égypte"), is
        # addressed as the state before it in the list is.
        link = prev[-2] if addressed and len(prev) >= 2 else prev[-1]
        if link.pos_ == "CCONJ" or link.text == ",":
            before = self.country_ending_at.get(link.i)
            return before is not None and before.start >= trig.end and self._support_addressed(before, trig)
        return False

    def _channel_state(self, country: Span, sent: Sentence) -> bool:
        """Is the state named right after a channel word ("through China", "via la Suisse", "par
        l'intermédiaire du Qatar"), the way a protest or a message goes, not its sender or
        receiver? (Not a place word's state: "through diplomatic channels in Beijing" is a place.)"""
        for cue in sent.cue("channel"):
            if cue.end <= country.start and all(
                    t.pos_ == "DET" or fold(t.text) in self.words.article for t in self.doc[cue.end:country.start]):
                return True
        return False

    def _mediation_zone(self, draft: Draft, sent: Sentence) -> set[int]:
        """Tokens of the phrases that name a mediation behind the act ("libérés grâce à la
        médiation du président togolais", "a ceasefire mediated by Russia", "a deal brokered by
        China", "after Qatari mediation"): the mediator helps two sides to the act and is no side
        of it. (Not where the act is the mediation, or praise of it: "thanked Togo for its
        mediation", "a salué la médiation du Togo"; nor the mediation of a sentence whose main
        verb it is: "Togo mediated the release".)"""
        if draft.event == "CONSULT" or (draft.event == "SUPPORT" and "sign" not in draft.cues):
            return set()
        zone: set[int] = set()
        for t in sent.triggers:
            if (t._.value or {}).get("cameo") != MEDIATE_CAMEO or t.start <= draft.trigger.root.i < t.end:
                continue
            root = t.root
            if root.left_edge.i <= draft.trigger.root.i <= root.right_edge.i:
                continue  # the act is told inside the mediation's phrase: it is the mediation's
            zone |= {tok.i for tok in root.subtree}
        return zone | self._facilitation_zone(draft, sent)

    def _holding_state(self, trig: Span, sent: Sentence) -> str | None:
        """The state where those a passive release frees had been arrested or detained: a verb of
        arrest that describes them, or that tells what they went through, with a state named as its
        place ("les gendarmes ivoiriens arrêtés au Burkina Faso ont été libérés", "the Canadians
        were freed after being detained in China"). An arrest or a detention is done by the
        authorities of the state where it happens, so that state is the one that frees. (Not
        hostages, held by their captors: "les journalistes détenus en otages en Afghanistan".)"""
        verb = trig.root
        if (trig._.value or {}).get("mode") != "release" or verb.pos_ not in ("VERB", "AUX", "NOUN"):
            return None
        if verb.pos_ == "NOUN":
            # "a annoncé la libération de deux gendarmes arrêtés au Burkina Faso": those the release
            # noun frees are its complement.
            freed = [c for c in verb.children if c.dep_ == "nmod"]
        else:
            # (The parser may label the subject of a passive as a plain subject.)
            passive = any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children)
            freed = [c for c in verb.children if c.dep_ in ("nsubj:pass", "nsubjpass") or (passive and c.dep_ == "nsubj")]
            if not freed and passive and verb.dep_ == "conj":
                # (A verb coordinated with no subject of its own shares its head's.)
                freed = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
        held = [c for n in freed for c in n.children if c.dep_ in ("acl", "relcl", "acl:relcl")]
        if verb.pos_ != "NOUN":
            held += [c for c in verb.children if c.dep_ == "advcl"]
            held += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]  # "after being detained"
        arrests = {t.root.i for t in sent.triggers if t.label_ == "COERCE" and (t._.value or {}).get("mode") == "arrest"}
        # A participle set off by commas after those freed ("deux gendarmes, détenus au Burkina
        # Faso, ont été libérés") is read by the tagger as the noun of the same form ("détenus",
        # the detainees): hung on them as a clause, it is the participle still.
        arrests |= {t.root.i for t in sent.cue("detainee") if t.root.dep_ == "acl" and t.root.pos_ == "NOUN"}
        captivity = {t.root.i for t in sent.triggers if t.label_ == "ASSAULT" and (t._.value or {}).get("mode") == "abduct"}
        for word in held:
            if word.i not in arrests or any(t.i in captivity for t in word.subtree):
                continue
            # (The French parser may hang the arrest's place on those held: "trois pêcheurs
            # détenus en Gambie".)
            holders = (word.i, word.head.i) if word.head.pos_ == "NOUN" and word.dep_ == "acl" else (word.i,)
            for c in sent.countries:
                # The state in a phrase of the arrest verb itself ("au Burkina Faso", "in China").
                head = c.root.head
                if head.dep_ == "prep" and head.head.i == word.i or head.i in holders and c.root.dep_.split(":")[0] in ("obl", "nmod"):
                    if self._is_place(c):
                        return c.label_
        return None
