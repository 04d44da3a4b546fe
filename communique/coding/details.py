"""Stage 3: details. The people who take part, topics, organisations, signed documents and the
round of a series, from the event's own sentence and from the sentences that elaborate on it.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..recognising.lexicon import fold
from ..recognising.office_holders import lookup
from ..recognising.people import Person
from ..recognising.titles import office_states, portfolio_words
from .context import NATIONAL_ROLES, NON_STATE, STATEMENT_TYPES, SUBJECT_DEPS, Draft, Sentence

#: Words that may continue a document's title after its kind word ("accord de coopération
#: pour l'échange de …", "memorandum of understanding on … between …"); another preposition
#: ("after the ceremony", "to") or a relative pronoun ends it.
TITLE_PREPOSITIONS = {"de", "du", "des", "d'", "d’", "sur", "en", "pour", "entre", "avec", "relatif", "relative",
                      "portant", "relatifs", "relatives", "dans", "à", "au", "aux", "of", "on", "for", "between", "with", "in", "concerning",
                      "regarding", "and", "et"}
#: Named-entity labels after a preposition that end a document's title: a place or a time.
PLACE_OR_TIME = {"GPE", "LOC", "DATE", "TIME"}
#: Prepositions after which a person ends a document's title: the one it was signed with ("l'accord
#: avec son homologue X", "the agreement with Minister Y"), not a party named in it.
PARTNER_PREPOSITIONS = {"avec", "with"}
#: Cue kinds that open a circumstance of the signing and end a document's title ("un accord … en marge
#: du sommet", "… in the presence of …"); "lors (de)" is one too ("des accords … lors de la visite").
CIRCUMSTANCE_CUES = {"margin", "presence"}
CIRCUMSTANCE_WORDS = {"lors"}
#: The most words a document's title runs over after its kind word, and a parenthesis inside
#: it that only glosses a name ("(FIPA)", "(Tunisie)", "(GNU)"), not a date.
TITLE_REACH = 20
GLOSS_REACH = 4
#: A parenthesis inside a title, and the spaces around it.
GLOSS = re.compile(r"\s*\([^()]*\)\s*")
#: The word that opens the parties of a document ("between the Government of … and …").
PARTIES_WORDS = {"between", "entre"}
#: Between two titles of a list, only the first one's holder and the list's comma or semicolon
#: (", Shirley Botchway; " before "Minister of National Security").
LISTED_NAME = re.compile(r"^[,:\s]*(?:[A-Z][\w'’.-]*\s*)+[,;]\s*(?:and\s+|et\s+)?(?:the\s+|le\s+|la\s+|l['’])?$")
#: The roles of a state's leaders, who may hold an organisation's chair in turn, and how many
#: words from that chair their title may stand ("le roi Mohammed VI, président du Comité …").
LEADER_ROLES = {"head_of_state", "head_of_government"}
LEADER_REACH = 12
#: Words that name a chair as the capacity of the state named before them ("Malaysia, as the chair
#: of", "le Sénégal étant le président de", "en tant que président de", "en sa qualité de président
#: de"), the articles and adjectives that may stand between, and how far back they are looked for.
CAPACITY_WORDS = {"as", "etant", "en tant que", "en sa qualite"}
CAPACITY_FILLERS = {"the", "its", "his", "her", "current", "incoming", "outgoing", "rotating", "le", "la", "l'", "l’",
                    "sa", "son", "de", "of", "actuel", "actuelle"}
CAPACITY_REACH = 6
#: Roles whose titles name a ministry: an organisation inside one is part of its name.
MINISTER_ROLES = {"minister", "foreign_minister", "deputy_minister", "deputy_foreign_minister"}
#: Dependencies that tie a name to the trigger as a party of the event (UD for French, ClearNLP
#: for English) and those that join a name to another.
PARTY_DEPS = {"nsubj", "nsubjpass", "obj", "dobj", "iobj", "dative", "obl", "nmod", "prep", "agent"}
JOINING_DEPS = {"conj", "appos", "flat", "compound"}
#: Statements whose own sentence tells their matter ("condemns the attack on …",
#: "calls on Rwanda to withdraw its troops"): weak topic cues count there. (Not sanctions: "visa
#: restrictions", "the oil sector" tell the measure, not the matter.)
CONTENTIOUS_TYPES = {"ACCUSE", "REQUEST", "THREATEN", "REJECT"}
#: A sanction's own sentence tells its matter only by an armed act ("over Moscow's invasion of
#: Ukraine"): what one state punishes in another is then a conflict between states.
ARMED_MATTER_TYPES = CONTENTIOUS_TYPES | {"SANCTION"}
#: Condolences and sympathy (CAMEO 018) are offered for a tragedy their own sentence names ("condolences
#: over the earthquake", "suite au cyclone qui a frappé son pays"): a disaster's weak cues tell their
#: matter. (Those after an attack share the condemnation's topic: document.topics_of_previous_event.)
EMPATHY_CAMEO = "018"
TRAGEDY_TOPICS = {"humanitarian"}
#: The topics tables' `act` values: the words of an armed act, and those of the armed who act.
ARMED_WORDS = {"armed", "force"}
#: The matters such statements are about; their other weak cues ("airspace", "the ambassador's
#: outing") are circumstances.
CONFLICT_TOPICS = {"security_defense", "terrorism_extremism", "regional_issues", "human_rights"}
#: How many words a ministry's name may run on past the title's words ("…, de l'Union africaine et de").
MINISTRY_TAIL = 8
#: How far after a signing a sentence may still list what was signed ("Un protocole d'accord sur …").
LIST_SPAN = 4
#: Demonstratives before a kind word point back to a document told before ("Cet accord, paraphé
#: par …" after "Un mémorandum d'entente a été signé"; "This agreement was signed by …").
DEMONSTRATIVES = {"ce", "cet", "cette", "ces", "this", "these", "that", "those"}
#: Small counts that number the documents a plural names ("four memorandums of understanding",
#: "trois mémorandums d'entente", "deux conventions de financement"): so many documents. A larger
#: count ("26 agreements") sums up a batch and stays one entry.
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
               "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10}
COUNT_MAX = 10
#: Words that may stand between a count and the kind word ("four new cooperation agreements",
#: "deux nouveaux accords"): modifiers of the kind word.
COUNT_GAP = 3
#: Papers a kind word names that are presented, never signed ("après avoir présenté ses lettres de
#: créance, … a signé deux accords"): no document of a signing.
UNSIGNED_KINDS = {"credentials"}
#: Words that cite a text as the news's source ("selon le communiqué", "according to the statement").
SOURCE_WORDS = {"selon", "d'apres", "d’apres", "according"}
#: Mechanisms whose names tell their fields ("commission mixte de coopération économique"): the
#: canonical series ids of the cues tables. Topic cues in such a name are a name, as in a ministry's.
COMMISSIONS = {"joint commission", "intergovernmental commission", "joint committee", "cooperation committee"}
#: How far a commission's name may run, and the parts of speech of its words.
COMMISSION_NAME = 12
#: How far from the word that heads an institution's name a field written with a capital may stand
#: in that name, after it ("Qatar Foundation for Education, Science") or before it ("Investment and
#: Technology Promotion Office"); topics that a name tells all the same (a state's, an
#: organisation's: "Armed Forces of Ukraine", "the Security Council").
INSTITUTION_NAME = 8
NAME_TOPICS = {"regional_issues", "multilateral"}
#: The cues of a meeting trigger that tell a journey or a medium, not talks.
TRAVEL_CUES = {"host", "visit", "phone", "virtual"}
NAME_POS = {"ADJ", "NOUN", "PROPN", "CCONJ", "DET"}
#: How many words may stand between an office word and its organisation ("the chairperson of the
#: African Union": the article; "Foreign, Commonwealth & Development Office": "& Development").
OFFICE_GAP = 3
#: Articles that introduce a document as a new item of a list.
NEW_ITEM = {"un", "une", "a", "an"}
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


def settle_documents(draft: Draft) -> None:
    """A plural ("plusieurs accords", "agreements") sums up documents: none beside documents the
    text names one by one ("accord de coopération militaire"); a bare kind word ("the MoU",
    "agreements") is told once per kind, and not at all beside a named document of its kind
    ("The memorandum …" after "a memorandum of understanding on …"); a document named twice is one,
    and one pointed back to by a demonstrative ("Cet accord") is one told before.
    A plural with a small count ("four memorandums of understanding") is that many documents: its
    entry's `count`, which the record spells out."""
    if any(d.get("specific") and not d.get("plural") for d in draft.documents):
        # (A counted plural listed among them is one of them: "un accord sur …, deux conventions de financement pour …".)
        draft.documents[:] = [d for d in draft.documents
                              if not d.get("plural") or d.get("item")]
    told = [d["at"] for d in draft.documents if not d.get("again") and "at" in d]
    if told:
        # "Cet accord, paraphé par …" after "Un mémorandum d'entente a été signé": the one told before
        # (not "ces accords et mémorandums", which points back to something else).
        draft.documents[:] = [d for d in draft.documents if not d.get("again") or d.get("at", 0) < min(told)]
    named = {d["kind"] for d in draft.documents if d.get("specific")}
    seen, kept = set(), []
    for d in draft.documents:
        # (A name's gloss does not make another document: "Accord … (APS) entre …" is "Accord … entre …".)
        key = (d["kind"], fold(GLOSS.sub(" ", d["title"]).strip())) if d.get("specific") else d["kind"]
        if key in seen or (not d.get("specific") and d["kind"] in named):
            continue
        seen.add(key)
        kept.append(d)
    draft.documents[:] = kept



class Details:
    """People, topics, organisations, documents and series for a draft event."""

    def _add_people(self, draft: Draft, sent: Sentence) -> None:
        for p in sent.people:
            if self._person_excluded(sent, p) or self._possessor(p) or (
                    draft.event == "SUPPORT" and self._addressee_of_letter(sent, p)):
                continue
            person: Person = p._.value
            if not (person.role or person.title or person.org) and not self._acts_in(draft, p):
                continue  # an untitled name the event's words don't tie to it: a name mentioned
            if draft.event == "CONSULT" and self._teller(sent, person) and not self._acts_in(draft, p):
                continue  # "The Spokesperson, X, said officials … met in Abuja": he tells of the meeting
            if person not in draft.participants:
                draft.participants.append(person)
        for person in self._titled_references(sent):
            if person not in draft.participants:
                draft.participants.append(person)

    @staticmethod
    def _teller(sent: Sentence, person: Person) -> bool:
        """Is the person's title a spokesperson's (a `teller` cue inside it)? A spokesperson speaks
        for his side's statements, and tells of its meetings without sitting in them."""
        span = person.title_span
        return bool(span) and any(span[0] <= c.start_char < span[1] for c in sent.cue("teller"))

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
            if any(p.start <= t.end + 2 and p.end >= t.start - 2 for p in sent.people):
                continue
            if self._complement_of_title(sent, t.start_char):
                continue  # "la conseillère diplomatique du président français": the adviser acts, not the president
            if self._cited(sent, t):
                continue  # "le message d'amitié du Président malien": who sends it is not there
            key = fold(t.text)
            holders = [p for p in self.people.values() if p.title and key and key in fold(p.title)
                       and id(p) not in named]
            if not holders:
                holders = self._office_holders(t, named)
            if len({id(p) for p in holders}) == 1:
                out.append(holders[0])
        return out

    def _office_holders(self, title: Span, named: set[int]) -> list[Person]:
        """The people who hold the office a title with a state names, told in other words ("le
        Ministre de l'Europe et des Affaires étrangères de la France" for the one named before as
        "… de la République française", "Le Chef de l'Etat ivoirien" for "le Président de la
        République, X", of Côte d'Ivoire): the document's people of that state in that role."""
        value = title._.value
        if not value.country or value.country in NON_STATE or title.label_ not in NATIONAL_ROLES \
                or "Plur" in title.root.morph.get("Number") or title.root.tag_ in ("NNS", "NNPS"):
            return []  # ("les deux ministres": several holders; "son homologue irakien": often someone unnamed)
        return [p for p in self.people.values() if p.role == title.label_ and p.country == value.country
                and id(p) not in named]

    def _add_details(self, draft: Draft, sent: Sentence, own: bool, topics: bool = True) -> None:
        if topics:
            self._add_topics(draft, sent, own)
        ministries = [x for x in sent.titles if x.label_ in MINISTER_ROLES]
        # The framework of an earlier occasion the sentence recalls is not this event's.
        recalled = sent.organisations and self._recalls_earlier(sent, self.drafts_so_far)
        for o in sent.organisations:
            if recalled:
                break
            if draft.org_actor and o.start < draft.trigger.start and self.sent_start[o.start] == self.sent_start[draft.trigger.start]:
                continue
            if any(self._in_ministry_name(o, m) for m in ministries):
                continue  # "Secretary of State for Foreign, Commonwealth and Development Affairs": a ministry's name
            if not draft.org_actor and self._chair_held(o, sent):
                continue  # "President Kagame, who is also the chairperson of the AU": a state's leader's other office
            if o.label_ not in draft.organizations:
                draft.organizations.append(o.label_)
        if draft.event == "SUPPORT" and "sign" in draft.cues and any("sign" in self._cues(t) for t in sent.triggers):
            for c in sent.cue("document"):
                if self._cited_as_source(c):
                    continue  # "selon le communiqué final": what the news quotes, not what was signed
                self._add_document(draft, c)  # settle_documents keeps one bare kind word per kind
        elif own and draft.event in ("SUPPORT", "CONSULT") and "sign" not in draft.cues:
            # A message delivered or sent in writing ("a letter of condolences", "porteur d'un
            # message écrit") is the event's document (DESIGN: an envoy's written message).
            for c in sent.cue("document"):
                if c._.value == "letter":
                    self._add_document(draft, c)
        if sent.index not in draft.sentences:
            draft.sentences.append(sent.index)
            draft.spans.append((sent.span.start_char, sent.span.end_char))

    def _add_topics(self, draft: Draft, sent: Sentence, own: bool, matters: bool = False) -> None:
        """The topics a sentence gives an event: its own sentence's, or those of a sentence that
        tells on about it. `matters`: the sentence lists the event's matters (what a signed
        document is about), so its weak cues count as in talks."""
        names = [(x.start, x.end) for x in sent.titles + sent.organisations]
        commissions = [c for c in sent.cue("series") if c._.value in COMMISSIONS]
        institutions = sent.cue("institution")
        ministries = [x for x in sent.titles if x.label_ in MINISTER_ROLES]
        # A sentence that tells on about talks with a word that says what they were about ("les
        # parties ont discuté … des développements dans la région") lists their matters.
        # (So does one that tells the meeting again by its verb: "Sur place, le Président s'est
        # entretenu avec son homologue sur la situation sécuritaire …".)
        # (A verb of travel does not: "des stagiaires se rendent en France".)
        talks = bool(sent.cue("discussed")) or any(
            t.label_ == "CONSULT" and t.root.pos_ == "VERB" and "meet" in self._cues(t) and not self._cues(t) & TRAVEL_CUES
            for t in sent.triggers)
        for t in sent.topics:
            row = t._.value
            if any(a <= t.start < b for a, b in names):
                continue  # "ministre du Tourisme", "Islamic Organization for Food Security": a name
            if any(self._in_ministry_name(t, m) for m in ministries):
                continue  # "Ministre du Commerce, de l'Industrie et de l'Emploi": the portfolios of a title
            if any(x.start == t.end for x in sent.titles):
                continue  # "Defence Minister Rajnath Singh": the portfolio before a title is part of it
            if any(self._in_commission_name(c, t) for c in commissions):
                continue  # "the intergovernmental commission on economic, industrial … cooperation": a name
            if t.label_ not in NAME_TOPICS and any(self._in_institution_name(i, t) for i in institutions):
                continue  # "le ministère des Finances", "the Bureau of Fisheries": an institution's name
            if row.get("strength") == "weak" and any(c.start <= t.start < c.end and c.label_ in draft.states
                                                     for c in sent.countries):
                continue  # "les ambassadeurs … de la Palestine": a state that takes part, not a matter discussed
            if row.get("strength") == "weak" and not (
                    ((draft.event == "CONSULT" or matters) and (own or talks or any(x._.value.get("strength") != "weak" for x in sent.topics)))
                    or (draft.event in CONTENTIOUS_TYPES and own and t.label_ in CONFLICT_TOPICS)
                    or (draft.cameo == EMPATHY_CAMEO and own and t.label_ in TRAGEDY_TOPICS)
                    or (draft.event == "SANCTION" and own and row.get("act") == "armed")):
                # Weak cues ("sécurité", "attaque", a country's name) tell what talks were about, and
                # what a condemnation or a demand is about in its own sentence.
                continue
            if t.label_ not in draft.topics:
                draft.topics.append(t.label_)
        if own and draft.event in ARMED_MATTER_TYPES and "regional_issues" not in draft.topics \
                and any(c not in NON_STATE for c in draft.actor) and any(c not in NON_STATE for c in draft.recipient) \
                and any(t._.value.get("act") in (ARMED_WORDS if draft.event in CONTENTIOUS_TYPES else {"armed"})
                        and t.label_ in draft.topics for t in sent.topics):
            # A state that condemns another for an armed act, calls on it to end one, or sanctions it for one
            # ("l'attaque déclenchée par l'Iran contre Israël", "calls on Rwanda to withdraw its troops",
            # "sanctions over Moscow's invasion of Ukraine"): a conflict between
            # states is a regional question as well as a matter of security.
            draft.topics.append("regional_issues")

    def _in_commission_name(self, commission: Span, cue: Span) -> bool:
        """Whether a topic cue is in the name of a commission that comes before it, with only the
        words of a name between ("Intergovernmental Commission on Trade, Economic, Scientific,
        Technical and Cultural Cooperation", "commission mixte de coopération économique")."""
        if not 0 <= cue.start - commission.end <= COMMISSION_NAME:
            return False
        for tok in self.doc[commission.end:cue.start]:
            if tok.pos_ in NAME_POS or tok.text in (",", "-", "&"):
                continue
            if tok.pos_ == "ADP" and fold(tok.text) in TITLE_PREPOSITIONS:
                continue
            return False
        return True

    def _in_institution_name(self, head: Span, cue: Span) -> bool:
        """Whether a topic cue written with a capital is in the name of an institution whose head
        word stands near, with only the capitalised words of a name and their links between: after
        the head and a preposition ("ministère des Finances et du Budget", "Qatar Foundation for
        Education, Science …") or before it ("Bureau … Fisheries … Office", "Trade Ministry")."""
        first = self.doc[cue.start]
        if not first.text[:1].isupper() or first.is_sent_start:
            return False
        if 0 < cue.start - head.end <= INSTITUTION_NAME:
            between = self.doc[head.end:cue.start]
            if fold(between[0].text) not in TITLE_PREPOSITIONS:
                return False
        elif 0 <= head.start - cue.end <= INSTITUTION_NAME:
            between = self.doc[cue.end:head.start]
            if not self.doc[head.start].text[:1].isupper():
                return False
        else:
            return False
        return all(tok.text in (",", "&", "-") or tok.pos_ == "DET" or fold(tok.text) in TITLE_PREPOSITIONS
                   or tok.text[:1].isupper() for tok in between)

    def _matter_organisations(self, draft: Draft) -> list[str]:
        """The event's organisations that its sentences name as something in its own right, not
        only as an office a person holds or a membership ("Lourenço, président en exercice de
        l'Union africaine", "the chairperson of the AU", "UN High-Representative", "two member
        States of the CPLP", "Foreign and Commonwealth Affairs Secretary"). An organisation no
        sentence of the event names (the framework of a summit) counts as named."""
        named_as_office: dict[str, bool] = {}
        for i in draft.sentences:
            sent = self.sentences[i]
            before, after = sent.cue("office_of"), sent.cue("office_word")
            previous = None
            for o in sent.organisations:
                if previous is not None and 0 <= o.start - previous[0].end <= 1:
                    office = previous[1]  # "… of the African Union (AU)": the same mention
                else:
                    office = any(0 <= o.start - c.end <= OFFICE_GAP for c in before) or any(
                        0 <= c.start - o.end <= OFFICE_GAP - 1 for c in after)
                named_as_office[o.label_] = named_as_office.get(o.label_, True) and office
                previous = (o, office)
        return [o for o in draft.organizations if not named_as_office.get(o, False)]

    def _chair_held(self, org: Span, sent: Sentence) -> bool:
        """Whether an organisation is named as the chair a state's leader holds ("le roi, président
        du Comité Al-Qods", "Kagame, chairperson of the African Union (AU)", "AU chairperson"):
        the leader acts for the state, not within the organisation."""
        before = [c for c in sent.cue("office_of") if c._.value == "chair"]
        after = [c for c in sent.cue("office_word") if c._.value == "chair"]
        chair = next((c for c in before if 0 <= org.start - c.end <= OFFICE_GAP), None) \
            or next((c for c in after if 0 <= c.start - org.end <= OFFICE_GAP - 1), None)
        if chair is None:
            mention = next((m for m in sent.organisations if m.label_ == org.label_ and 0 < org.start - m.end <= 1), None)
            return mention is not None and self._chair_held(mention, sent)  # "… of the African Union (AU)": the same
        if self._held_as(chair, sent):
            return True
        # The chair is a leader's when it stands in apposition to a leader's title, with no verb
        # between ("Le roi Mohammed VI, président du …", "President Kagame, who is also the
        # chairperson of …"; not "Le président sénégalais a reçu le président de la Commission de l'UA").
        return any(t.label_ in LEADER_ROLES and 0 <= chair.start - t.end <= LEADER_REACH
                   and not any(w.pos_ == "VERB" for w in self.doc[t.end:chair.start]) for t in sent.titles)

    def _held_as(self, chair: Span, sent: Sentence) -> bool:
        """Whether a chair is named as the capacity of the state named right before ("Malaysia, as
        the chair of ASEAN, called …", "le Sénégal étant le président de l'UA"): the state's turn
        at the chair, not the event's framework. (Not a capacity said of something else: "India's
        priorities as President of G20" tells what the talks were about.)"""
        start = chair.start
        while start > 0 and start > chair.start - CAPACITY_REACH and fold(self.doc[start - 1].text) in CAPACITY_FILLERS:
            start -= 1
        for n in (3, 1):
            words = [fold(t.text) for t in self.doc[max(start - n, 0):start]]
            if len(words) == n and " ".join(words) in CAPACITY_WORDS:
                end = start - n
                if end > 0 and self.doc[end - 1].text == ",":
                    end -= 1
                return any(c.end == end and not self._is_place(c) for c in sent.countries)
        return False

    def _in_ministry_name(self, org: Span, title: Span) -> bool:
        """Whether an organisation (or a topic cue) is part of a minister's title: inside it, or in the complements
        that run on from it with no verb between ("ministre des Affaires maghrébines, de l'Union
        africaine et de la Ligue des États arabes", "Minister of State for African Union Affairs")."""
        root = title.root
        if "Plur" in root.morph.get("Number") or root.tag_ in ("NNS", "NNPS"):
            return False  # "le Conseil des ministres de la COI", "the foreign ministers of ECOWAS": the body
        if title.start <= org.start < title.end:
            return True
        if not 0 <= org.start - title.end <= MINISTRY_TAIL or root not in org.root.ancestors:
            return False
        # Only the links of a ministry's name between ("Minister for Guyana's vote in the OAS" is no ministry).
        portfolio = portfolio_words(self.lang)
        named = {i for o in self.doc.spans.get("organisations", []) for i in range(o.start, o.end)}
        return all(t.pos_ in ("ADP", "DET", "CCONJ") or t.text == "," or fold(t.text) in portfolio or t.i in named
                   for t in self.doc[title.end:org.start])

    def _add_document(self, draft: Draft, cue: Span) -> None:
        """Add a signed document; a plural ("plusieurs accords", "agreements") sums up documents:
        one per kind, and none beside the documents the text lists one by one."""
        if cue._.value in UNSIGNED_KINDS:
            return  # "après avoir présenté ses lettres de créance, … a signé": presented, not signed
        if cue.start > 0 and fold(self.doc[cue.start - 1].text) == "commun" and fold(cue.text) == "accord":
            return  # "décidées de commun accord", "d'un commun accord": by mutual consent, no document
        title = self._document_title(cue)
        entry = {"kind": cue._.value, "title": title, "plural": self._plural(cue),
                 "specific": len(title.split()) > len(cue.text.split()), "at": cue.start}
        if cue.start > 0 and fold(self.doc[cue.start - 1].text) in DEMONSTRATIVES:
            entry["again"] = True  # "Cet accord, paraphé par …": settle_documents drops it after another
        if entry["plural"] and (count := self._count(cue)) > 1:
            entry["count"] = count
            # Listed beside a document introduced as one ("un accord sur …, deux conventions de
            # financement pour …"), not summing the list up ("cinq accords de coopération. Il s'agit de …").
            sent_start = self.sent_start[cue.start]
            entry["item"] = entry["specific"] and any(
                c is not cue and self.sent_start[c.start] == sent_start and not self._plural(c) and c.start > 0
                and fold(self.doc[c.start - 1].text) in NEW_ITEM
                for c in self.doc.spans.get("cues", []) if c.label_ == "document")
        draft.documents.append(entry)
        settle_documents(draft)

    def _cited_as_source(self, cue: Span) -> bool:
        """Is the document the news's source ("selon le communiqué final", "according to the joint
        statement")? A source word among the three words before it."""
        return any(fold(t.text) in SOURCE_WORDS for t in self.doc[max(cue.start - 3, 0):cue.start])

    @staticmethod
    def _plural(cue: Span) -> bool:
        """"accords", "MoUs", "MOU’s", "memoranda": the kind word in the plural."""
        head, doc = cue[0], cue.doc
        if cue.end < len(doc) and doc[cue.end].text in ("’s", "'s") and doc[cue.end].whitespace_ == "" \
                and cue.text.isupper():
            return True
        return "Plur" in head.morph.get("Number") or (head.text.endswith("s") and len(head.text) <= 5 and head.text[0].isupper())

    def _count(self, cue: Span) -> int:
        """How many documents a plural kind word numbers: a small count before it, with at most a
        few modifiers between ("four memorandums", "3 MoUs", "two new cooperation agreements",
        "trois nouveaux accords"); 1 when none or when it sums up a batch ("26 agreements")."""
        i = cue.start - 1
        while i >= max(cue.start - 1 - COUNT_GAP, 0):
            tok = self.doc[i]
            word = fold(tok.text)
            if word in COUNT_WORDS:
                return COUNT_WORDS[word]
            if tok.text.isdigit():
                return int(tok.text) if 1 < int(tok.text) <= COUNT_MAX else 1
            if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or tok.ent_type_ in ("GPE", "NORP"):
                return 1  # "the two countries' agreements": a count of something else
            i -= 1
        return 1

    def _listed_documents(self, sent: Sentence) -> Draft | None:
        """A sentence just after a signing that introduces documents one by one ("Un protocole
        d'accord sur la coopération industrielle …", "… and a memorandum of understanding on …"), or
        presents them ("Il s'agit de l'accord …", "These include the protocol on …"), tells what was
        signed. Returns the signing when the sentence lists its documents."""
        signings = [d for d in self.drafts_so_far if d.event == "SUPPORT" and "sign" in d.cues and d.sentences]
        if not signings:
            return None
        signing = signings[-1]
        if not 0 < sent.index - max(signing.sentences) <= LIST_SPAN:
            return None
        listed = None
        # "Il s'agit de l'accord de coopération militaire …", "These include the agreement on …": words
        # that present the documents just told, with whatever article.
        # They spell out documents told in the plural or by their number: beside a single one named
        # ("a signé un accord de défense. Il s'agit de l'accord …") they name it again.
        presented = [p.end for p in sent.cue("listing")] if not any(
            d.get("specific") and not d.get("plural") for d in signing.documents) else []
        for c in sent.cue("document"):
            before = self.doc[c.start - 1] if c.start > sent.span.start else None
            if not any(end <= c.start for end in presented) and (
                    before is None or (fold(before.text) not in NEW_ITEM or self._plural(c))
                    and not (self._plural(c) and fold(before.text) in COUNT_WORDS)):
                continue  # "un accord sur …", "deux conventions de financement pour …": a new item
            title = self._document_title(c)
            if len(title.split()) > len(c.text.split()) and all(d["title"] != title for d in signing.documents):
                self._add_document(signing, c)
                listed = signing
                if sent.index not in signing.sentences:  # the list goes on from here
                    signing.sentences.append(sent.index)
                    signing.spans.append((sent.span.start_char, sent.span.end_char))
        return listed

    def _document_title(self, cue: Span) -> str:
        """The document's words: its kind word and its complements, up to the clause's end, a
        verb, a relative pronoun or a preposition that no longer tells what the document is."""
        end = cue.end
        sent_start = self.sent_start[cue.start]
        others = {c.start for c in self.doc.spans.get("cues", []) if c.label_ == "document" and c.start >= cue.end}
        circumstances = {c.start for c in self.doc.spans.get("cues", []) if c.label_ in CIRCUMSTANCE_CUES}
        while end < len(self.doc) and self.sent_start[end] == sent_start and end - cue.end < TITLE_REACH:
            tok = self.doc[end]
            if end in circumstances or fold(tok.text) in CIRCUMSTANCE_WORDS or (tok.is_space and "\n" in tok.text):
                break  # "… en marge du sommet", "… lors de la visite", a headline's end
            if fold(tok.text) in PARTNER_PREPOSITIONS and self._person_next(end + 1):
                break  # "l'accord avec son homologue X": whom it was signed with
            if tok.text == "(" and end > cue.end and (close := self._gloss_end(end)) is not None:
                end = close  # "entre l'Agence … (FIPA) de la Tunisie et …": a name's gloss, not the title's end
                continue
            if tok.text == "," and (listed := self._enumeration_end(end)) is not None \
                    and not any(end < i < listed for i in others):  # "agreements, treaties and MoUs": three documents
                end = listed  # "on economic, commercial and technical cooperation": one complement
                continue
            if tok.is_punct and tok.text not in ("'", "’", "-"):
                break
            if (tok.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "PART") and tok.text not in ("’s", "'s")) or end in others:
                break  # "protocols to", "MoUs that", "treaties and MOUs": another clause or document
            if tok.pos_ == "ADP" and fold(tok.text) not in TITLE_PREPOSITIONS:
                break
            if tok.pos_ == "ADP" and tok.ent_iob_ != "I" and end + 1 < len(self.doc) \
                    and self.doc[end + 1].ent_type_ in PLACE_OR_TIME:
                break  # "… in Doha on Thursday", "… à Niamey": where and when it was signed (not "Côte d'Ivoire")
            end += 1
        if end - cue.end >= TITLE_REACH:
            # Cut short inside the list of its parties ("Agreement on … Cooperation between the
            # Government of the People's Republic of China and the Government"): the title without them.
            parties = [t.i for t in self.doc[cue.end:end] if fold(t.text) in PARTIES_WORDS]
            if parties and parties[0] > cue.end:  # (a title that is only its parties stays as it is)
                end = parties[0]
        while end > cue.end and (self.doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "SPACE") or fold(self.doc[end - 1].text) in TITLE_PREPOSITIONS
                                 or fold(self.doc[end - 1].text) in COUNT_WORDS):  # "… et de deux": the next item's count
            end -= 1
        return self.doc[cue.start:end].text

    def _person_next(self, i: int) -> bool:
        """Does a person's name or title begin at token `i`, past a determiner ("son homologue",
        "the minister")?"""
        while i < len(self.doc) and self.doc[i].pos_ == "DET":
            i += 1
        return any(s.start == i for key in ("people", "titles") for s in self.doc.spans.get(key, []))

    def _gloss_end(self, opening: int) -> int | None:
        """After an opening parenthesis inside a title, the end of a short gloss of the name before
        it (an acronym, a country: "(FIPA)", "(Egypte)"), or None: a longer aside, or one with
        a verb, ends the title."""
        for j in range(opening + 1, min(opening + 2 + GLOSS_REACH, len(self.doc))):
            tok = self.doc[j]
            if tok.text == ")":
                return j + 1 if j > opening + 1 else None
            if tok.pos_ in ("VERB", "AUX") or tok.like_num or tok.ent_type_ in ("DATE", "TIME") \
                    or tok.is_punct and tok.text not in ("-", ".", "’", "'"):
                return None  # "(4-6 décembre)": when it was signed
        return None

    def _recalls_earlier(self, sent: Sentence, drafts: list[Draft]) -> bool:
        """A sentence that tells an earlier occasion: its verb in the pluperfect ("avait évoqué"),
        or a date long before the publication ("their meeting in September", "en 2021"), or a
        word that dates an act of it well before the news ("Pour rappel, … lors d'une réunion
        virtuelle": not the format of the talks in focus)."""
        return any(self._pluperfect(t) for t in sent.triggers + [sent.span]) or self._is_background(sent, drafts) \
            or any(self._long_before_publication(d) for d in sent.dates) \
            or any(self._dated_long_before(sent, t) for t in sent.triggers)

    def _enumeration_end(self, comma: int) -> int | None:
        """After a comma inside a title, the end of an enumeration of words like the one before it
        ("economic, commercial and technical", "trade, investment and tourism"), or None."""
        doc = self.doc
        pos = doc[comma - 1].pos_ if comma > 0 else None
        if pos not in ("ADJ", "NOUN"):
            return None
        j = comma + 1
        while j + 1 < len(doc) and j - comma <= 8 and doc[j].pos_ == pos:
            if doc[j + 1].text == "," and j + 3 < len(doc) and doc[j + 2].pos_ == "CCONJ" and doc[j + 3].pos_ == pos:
                return j + 4  # the serial comma before the last item ("economic, commercial, and technical")
            if doc[j + 1].text == ",":
                j += 2
            elif doc[j + 1].pos_ == "CCONJ" and j + 2 < len(doc) and doc[j + 2].pos_ == pos:
                return j + 3
            else:
                return None
        return None

    def _elaborate(self, focus: Draft, sent: Sentence) -> None:
        """A sentence with no event of its own adds details and people to the event in focus.

        Only talks and signed texts have contents told over several sentences; what follows a
        condemnation or a refusal is commentary; a sentence that recalls an earlier occasion tells
        of that occasion."""
        if self._recalls_earlier(sent, self.drafts_so_far):
            return
        signing = self._listed_documents(sent)
        if signing is not None and signing is not focus:
            # "Un protocole d'accord sur la coopération industrielle …" after the talks: the matters
            # of what was signed, not of the talks.
            self._add_topics(signing, sent, own=False, matters=True)
        if not (focus.event == "CONSULT" or "sign" in focus.cues):
            again = [t for t in sent.triggers if t.label_ == focus.event]
            if again:
                # "… a contribution to the IFRC": the same act told on, its framework named
                # (once: "the IFRC … the Federation's appeal" names one framework twice)
                for o in sent.organisations:
                    if o.label_ not in focus.organizations:
                        focus.organizations.append(o.label_)
            self._add_sides_people(focus, sent)
            for p in sent.people:
                # Those who do or receive the same act told again ("The Ambassador handed over the
                # consignments to the Home Minister"), and those said present at it ("X and Y were
                # present during the ceremony"), are its people.
                if (any(self._party_of(t, p) or self._party_by_title(t, p) for t in again) or sent.cue("presence")) \
                        and not self._person_excluded(sent, p) and p._.value not in focus.participants:
                    focus.participants.append(p._.value)
            return
        self._add_details(focus, sent, own=False,
                          topics=(signing is None or signing is focus) and not self._describes_a_state(sent))
        if focus.event == "CONSULT" or (sent.cue("document") and any("sign" in self._cues(t) for t in sent.triggers)):
            # A signature's signatories are those named signing: in a sentence that tells the
            # signing again ("X and Y put their signatures to an agreement on …").
            known = list(focus.participants)
            self._add_people(focus, sent)
            if self._call_of_two(focus):
                # A phone call joins two ends: a leader of a third state named after it ("X was
                # among the first to have the new president on the phone") had a call of his own.
                focus.participants = known + [p for p in focus.participants if p not in known
                                              and (not p.country or p.country in focus.states)]
        elif "sign" in focus.cues and sent.cue("presence"):
            # "La cérémonie était placée sous la présidence du ministre X, en présence de
            # l'ambassadeur Y": those said present at a signing told before take part in it.
            self._add_present(focus, sent)
        if focus.event == "CONSULT" and not self._call_of_two(focus):
            attendance = sent.cue("attendance")
            for c in sent.countries:
                if self._is_place(c) or c.label_ in focus.states:
                    continue
                # States of the people named, or states listed as taking part ("were attended by
                # the ministers of X, Y and Z", "the ambassadors are from X, Y …").
                if any(p._.value.country == c.label_ for p in sent.people) or any(
                        a.start < c.start for a in attendance):
                    focus.actor.append(c.label_)

    def _call_of_two(self, draft: Draft) -> bool:
        """Is the draft a telephone call (not a video conference, which many may join) whose two
        sides are known, by its words or those of its sentences ("s'est entretenu par téléphone")?"""
        if draft.event != "CONSULT" or len(draft.states) < 2:
            return False
        cues = set(draft.cues)
        for i in draft.sentences:
            cues |= {c._.value for c in self.sentences[i].cue("format")}
        return "phone" in cues and "virtual" not in cues

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

    def _add_series(self, draft: Draft, sent: Sentence) -> None:
        ordinals = sent.cue("ordinal")
        series = sent.cue("series")
        # States' names and their dashes between the round and the mechanism do not count
        # ("the 15th India–UK Foreign Office Consultations", "la 8e session algéro-française").
        named = {i for c in sent.countries for i in range(c.start, c.end)}

        def gap(o, s):
            return sum(1 for t in self.doc[o.end:s.start] if t.i not in named and t.text not in ("-", "–", "—"))
        for o in ordinals:
            following = [s for s in series if s.start >= o.end and gap(o, s) <= 3]
            if not following:
                continue
            # The most specific name among the words that follow ("political consultations" over "session").
            names = [s for s in series if s.start >= o.end and gap(o, s) <= 8]
            generic = {"session", "round", "stage", "meeting"}  # canonical series ids from the cues tables
            specific = [s for s in names if s._.value not in generic]
            name = (specific or following)[0]._.value
            if draft.event == "CONSULT" and draft.aux is None and self._round_to_come(following[0], sent):
                continue  # "cette réunion … prépare la 17e session, prévue en décembre": the plan's round
            try:
                draft.series = {"name": name, "ordinal": int(o._.value)}
            except ValueError:
                continue
            return

    def _round_to_come(self, name, sent: Sentence) -> bool:
        """Is the round named marked as to come by a word after its name, with no verb between
        ("la 17e session de la Haute commission mixte tuniso-mauritanienne prévue en décembre
        prochain", "the 5th round of talks, scheduled for May")? The parser may hang that word
        elsewhere."""
        for cue in sent.cue("aux"):
            if cue._.value != "future" or cue.start < name.end or cue.start - name.end > 8:
                continue
            between = self.doc[name.end:cue.start]
            if not any(t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in ("-", "–", ","))
                       for t in between) and not any(t.text == "," for t in between[:-1]):
                return True
        return False

    def _host_officials(self, draft: Draft) -> None:
        """An ambassador of X meets the officials of the state where X's ambassador serves: an
        official whose state only the publisher implies ("le vice-ministre des Affaires étrangères
        Serguei Verchinine" beside "l'ambassadeur du Maroc", in a Moroccan release) belongs to the
        event's other state, when no one else stands for it."""
        if self.home is None or len(draft.states) != 2:
            return
        envoys = {p.country for p in draft.participants if p.role in ("ambassador", "envoy") and p.country}
        if self.home not in envoys:
            return
        others = [c for c in draft.states if c != self.home and not any(p.country == c for p in draft.participants)]
        if len(others) != 1:
            return
        implied = [p for p in draft.participants if p.country == self.home and p.role not in ("ambassador", "envoy")
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
