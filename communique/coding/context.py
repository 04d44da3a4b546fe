"""What the coding stages share: the document's sentences with what the recognisers found in
each, the event being built (`Draft`), and `DocumentContext`, the document-wide facts
(dateline, people and their offices, the pair of states the text is about) with the span tests
every stage asks (is this state a place? is this person only mentioned?). The language's link
words are `link_words`'s.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lang import neutral_table
from ..recognising.lexicon import fold
from ..recognising.countries import state_forms, states_named_in
from ..recognising.office_holders import lookup
from ..recognising.organisations import organisations
from ..recognising.people import Person
from .dates import DateMention, find_dates
from .link_words import link_words
from .mentions import named_for_a_place, office_held_under, ruler_of_a_time

FRAME_PREPOSITIONS_POS = {"ADP"}
REMOTE_FORMATS = ("phone", "virtual")
#: The parts of speech that may come between a noun that names a state or its rule and the name
#: that completes it ("the administration of Venezuelan President X", "Merkel's country").
POLITY_LINKS = {"ADP", "DET", "ADJ", "PROPN", "NOUN", "PART"}
#: Dependency labels of a verb's subject (UD and spaCy's English).
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass", "expl:subj")
#: Types that talk about things; a material-conflict trigger after one of them is its object.
VERBAL_TYPES = {"CONSULT", "AGREE", "SUPPORT", "ACCUSE", "REQUEST", "REJECT", "CONCEDE", "COOPERATE", "AID"}
#: Types whose trigger has an object or a reason; a material-conflict trigger after one is that.
ABOUT_TYPES = VERBAL_TYPES | {"SANCTION"}
DIRECTED_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION", "AID", "COERCE", "ASSAULT",
                  "MOBILIZE", "CONCEDE", "RETREAT"}
NON_STATE = {"UNO", "IGO", "EUR", "NGO"}
#: The cues of a trigger that tells a meeting, a visit, a call or a signing: a plan so cued is one
#: to meet (retelling: it is elaborated; merging: one such plan per pair of sides).
MEETING_CUES = frozenset({"visit", "host", "invite", "meet", "multilateral", "phone", "virtual", "sign", "series"})
#: The actor code of non-governmental organisations (organisations.tsv), which no state belongs to.
NON_GOVERNMENTAL = "NGO"
STATEMENT_TYPES = {"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN", "CONCEDE"}

@lru_cache(maxsize=None)
def cue_set(cues: str) -> frozenset[str]:
    """A trigger row's cues ("visit,host") as a set; rows are few, their cues are read often."""
    return frozenset(c.strip() for c in cues.split(",") if c.strip())


def char_offsets(where) -> tuple[int | None, int | None]:
    """The character offsets of a Span (`start_char`), a date mention (`start`), a pair, or None."""
    if where is None:
        return None, None
    if isinstance(where, tuple):
        return where
    if isinstance(where, Span):
        return where.start_char, where.end_char
    return where.start, where.end


@dataclass
class Draft:
    """An event being built."""

    event: str
    mode: str | None
    cameo: str | None
    cues: set[str]
    sentence: int
    trigger: Span
    aux: str | None = None
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    entity_spans: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    participants: list[Person] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)
    series: dict | None = None
    format: str | None = None
    date: str | None = None
    date_source: str | None = None
    place: tuple[str, str] | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    org_actor: str | None = None
    org: str | None = None  # the id of the organisation that acts, when `org_actor` acts alone
    directed: bool = False
    planned: dict | None = None  # an AGREE future's promise: {kind, date, place}
    lead_told: bool = False  # a headline's act the body's lead has told again (coding/merging.py)
    sectors: dict[str, str] = field(default_factory=dict)  # state -> PLOVER sector, when not GOV
    # Why fields hold their values: (field, value or None) -> (start, end, rule); see `note`.
    notes: dict[tuple[str, str | None], tuple[int | None, int | None, str]] = field(default_factory=dict)
    provenance: list[dict] = field(default_factory=list)  # the final explanation (coding/provenance.py)

    def note(self, field_name: str, value: str | None, where, rule: str) -> None:
        """Record that `field_name` (for `value`, or None for a single-valued field) was set by
        `rule` from the words at `where`: a spaCy Span, a date mention, a (start, end) pair of
        character offsets, or None. A later note for the same field and value replaces it."""
        start, end = char_offsets(where)
        self.notes[(field_name, value)] = (start, end, rule)

    def copy(self, **changes) -> "Draft":
        """A new draft with this one's facts (lists copied) and `changes` applied."""
        values = {f: getattr(self, f) for f in self.__dataclass_fields__}
        for name, value in values.items():
            if isinstance(value, (list, set, dict)):
                values[name] = type(value)(value)
        values.update(changes)
        return Draft(**values)

    @property
    def states(self) -> set[str]:
        return set(self.actor) | set(self.recipient)

    @property
    def ordered_states(self) -> list[str]:
        """The states, actors first, in the order found (iterating `states` follows string
        hashes, which change from run to run)."""
        return list(dict.fromkeys(self.actor + self.recipient))


@dataclass
class Sentence:
    """What the recognisers found in one sentence."""

    index: int
    span: Span
    triggers: list[Span]
    countries: list[Span]
    people: list[Span]
    organisations: list[Span]
    topics: list[Span]
    cues: list[Span]
    titles: list[Span]
    dates: list[DateMention]
    actors: list[Span] = field(default_factory=list)  # sector words and named groups
    # The cues by kind, sorted once: the coder asks a sentence for its cues a hundred times a document.
    cues_by_kind: dict[str, list[Span]] | None = field(default=None, repr=False, compare=False)

    def cue(self, kind: str) -> list[Span]:
        if self.cues_by_kind is None:
            self.cues_by_kind = {}
            for c in self.cues:
                self.cues_by_kind.setdefault(c.label_, []).append(c)
        return list(self.cues_by_kind.get(kind, ()))


#: What ends a sentence; a parser's sentence that ends otherwise, on the same line as the next,
#: is a piece it cut off ("Le ministre azerbaïdjanais | Djeyhoun Baïramov a rencontré …").
SENTENCE_ENDS = frozenset('.!?…»"”’)')
DATELINE_ENDS = frozenset("-—–:")


def _whole_sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, with the pieces it cut from a sentence mid-line put back."""
    out: list[Span] = []
    pending = None
    for sent in doc.sents:
        if pending is not None:
            sent = doc[pending:sent.end]
            pending = None
        last = sent[-1]
        # (A dateline ends with a dash or a colon: "RABAT, 10 October 2019 -" stays apart; a hyphen
        # glued to the word before joins two words, "libano-irakienne", and ends nothing.)
        glued = last.i > sent.start and not doc[last.i - 1].whitespace_
        ends = SENTENCE_ENDS | (DATELINE_ENDS if not glued or last.text == ":" else set())
        if sent.end < len(doc) and not last.text[-1:] in ends and not last.is_space \
                and "\n" not in last.whitespace_ \
                and not any(t.pos_ in ("VERB", "AUX") for t in sent) and not doc[sent.end].is_space:
            pending = sent.start
            continue
        out.append(sent)
    if pending is not None:
        out.append(doc[pending:len(doc)])
    return out


def split_sentences(doc: Doc, dates: list[DateMention]) -> list[Sentence]:
    """Group the doc's recognised spans by sentence."""
    out = []
    groups = {key: sorted(doc.spans.get(key, []), key=lambda s: s.start)
              for key in ("triggers", "countries", "people", "organisations", "topics", "cues", "titles",
                        "actors")}
    # Each group and the dates are in text order: a sentence's share is a slice between bisections.
    starts = {key: [s.start for s in group] for key, group in groups.items()}
    date_starts = [d.start for d in dates]
    for n, sent in enumerate(_whole_sentences(doc)):
        def inside(key):
            return groups[key][bisect_left(starts[key], sent.start):bisect_left(starts[key], sent.end)]
        out.append(Sentence(n, sent, inside("triggers"), inside("countries"), inside("people"),
                            inside("organisations"), inside("topics"), inside("cues"), inside("titles"),
                            dates[bisect_left(date_starts, sent.start_char):bisect_left(date_starts, sent.end_char)],
                            inside("actors")))
    return out


#: Offices every state has, whose holder speaks for the publisher's state when the text names none.
NATIONAL_ROLES = {"head_of_state", "head_of_government", "foreign_minister", "deputy_foreign_minister",
                  "minister", "deputy_minister", "parliament_speaker"}
#: Roles of people who speak for their state abroad: they call on another state's officials,
#: and sign in its capital on their own state's behalf.
ENVOY_ROLES = {"ambassador", "envoy"}
#: Country-code top-level domains used as generic names (".tv", ".io"), which say nothing of a state.
GENERIC_TLDS = {"tv", "io", "co", "me", "fm", "ai", "cc", "ws", "ly", "to", "am", "la", "eu", "int"}


@lru_cache(maxsize=None)
def _iso3_by_tld() -> dict[str, str]:
    codes = {r["iso2"].lower(): r["iso3"] for r in neutral_table("countries") if r.get("iso2")}
    codes["uk"] = "GBR"
    return codes


def home_state(source: str | None, url: str | None, lang: str) -> str | None:
    """The state a document is published from: the first state its source names other than as
    a place ("Agence mauritanienne d'information" -> MRT, "Ambassade d'Algérie en France" -> DZA),
    else its web address's country domain (".ma", "gouv.sn"); None when neither tells."""
    if source:
        places, editions = link_words(lang).place, link_words(lang).edition
        for iso3, kind, start in states_named_in(source, lang):
            before, after = source[:start].split(), source[start:].split()
            if before and fold(before[-1].strip("(")) in places:
                continue
            if (before and fold(before[-1].strip("(,")) in editions) or (
                    len(after) > 1 and fold(after[1].strip("),")) in editions):
                continue  # "AzVision (édition française, Azerbaïdjan)": a language, not a state
            return iso3
    if url:
        host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
        tld = host.rsplit(".", 1)[-1]
        if tld not in GENERIC_TLDS:
            return _iso3_by_tld().get(tld)
    return None


def points_back(determiner) -> bool:
    """Is a determiner definite, demonstrative or possessive ("the", "ce", "these", "son"), as the
    parse's morphology says: it presents its noun as one the reader already knows."""
    morph = determiner.morph
    return "Def" in morph.get("Definite") or "Dem" in morph.get("PronType") or "Yes" in morph.get("Poss")


def is_plural(word) -> bool:
    """Is the word in the plural, as the parse's morphology (French) or its tag (English: "NNS",
    "NNPS") says: "les ministres", "the foreign ministers"."""
    return "Plur" in word.morph.get("Number") or word.tag_ in ("NNS", "NNPS")


def is_main_verb(verb) -> bool:
    """Is the verb the sentence's root, or a verb joined to the root ("met X and signed …")?"""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def is_negation(word) -> bool:
    """Is a word a negation ("not", "pas", "ne"), by its relation or its morphology?"""
    return word.dep_ == "neg" or "Polarity=Neg" in word.morph


def negated(word) -> bool:
    """Does a word carry a negation of its own ("have not signed", "n'ont pas remis")?"""
    return any(is_negation(c) for c in word.children)


def demonstrative(determiner) -> bool:
    """Is a determiner demonstrative ("ce", "cette", "these"), as the parse's morphology says?"""
    return "Dem" in determiner.morph.get("PronType")


def indefinite(determiner) -> bool:
    """Is a determiner an indefinite article ("un", "une", "a", "an"), as the morphology says?"""
    return "Ind" in determiner.morph.get("Definite") and "Art" in determiner.morph.get("PronType")


def dedupe(items):
    """The items in their first order, each once."""
    return list(dict.fromkeys(items))


class DocumentContext:
    """The document being coded and what every stage reads of it."""

    def __init__(self, doc: Doc, lang: str, published: str | None, title_doc: Doc | None = None,
                 source: str | None = None, url: str | None = None):
        self.doc = doc
        self.lang = lang
        self.words = link_words(lang)
        self.published = published
        self.title_doc = title_doc
        self.text = doc.text  # spaCy rebuilds `doc.text` from the tokens on every access
        self.dates = find_dates(self.text, lang, published)
        self.sentences = split_sentences(doc, self.dates)
        # The start of each token's sentence (spaCy's `span.sent` scans the doc on every call).
        self.sent_start = [0] * (len(doc) + 1)
        for sent in self.sentences:
            for i in range(sent.span.start, sent.span.end):
                self.sent_start[i] = sent.span.start
        self.sent_start[len(doc)] = len(doc)
        self.sentence_at = {sent.span.start: sent for sent in self.sentences}  # by its first token
        # Country span by the token just after it (a conjunction or comma), for conjunct places.
        self.country_ending_at = {s.end: s for s in doc.spans.get("countries", [])}
        self.trigger_tokens = {i for t in doc.spans.get("triggers", []) for i in range(t.start, t.end)}
        cues = list(doc.spans.get("cues", []))  # a span group makes new Span objects on each pass
        self.margins = [c for c in cues if c.label_ == "margin"]
        self.ordinals = [c for c in cues if c.label_ == "ordinal"]
        self.document_cues = [c for c in cues if c.label_ == "document"]  # kind words of documents
        # The starts of cues that other stages look for around a word, by kind, gathered once.
        self.cue_starts: dict[str, set[int]] = {}
        for c in cues:
            self.cue_starts.setdefault(c.label_, set()).add(c.start)
        self.source_cue_starts = {c.start for c in cues if c.label_ == "not_participant" and c._.value == "source"}
        self.title_tokens = {i for t in doc.spans.get("titles", []) for i in range(t.start, t.end)}
        self.other_sense_types: set[str] = set()  # the types of triggers read in another sense
        self.missions_opened: dict[tuple[int, int, str], bool] = {}  # missions.MissionsAndEnvoys._opens_a_mission, once a trigger
        self.story_sentences: set[int] = set()  # sentences that go on telling the older act news is set against (triggers.py)
        self.framed_story: tuple[int, set[str]] | None = None  # the last such older act: (its sentence, its people's surnames)
        self.dateline_end = self._dateline_end()
        self.datelines = self._paragraph_datelines()
        self.people = {id(s._.value): s._.value for s in doc.spans.get("people", [])}
        self._known_offices()
        self.source, self.url = source, url
        self.home = home_state(source, url, lang)
        self._home_offices()
        self.pair = self._document_pair()
        self.orgs = organisations()
        self.focus: Draft | None = None   # the meeting the text is telling about, while coding
        self.drafts_so_far: list[Draft] = []
        self.first_events: list[Draft] = []  # the document's events in order, once the drafts are final

    def _dateline_end(self) -> int:
        """End offset of a dateline ("BAKU, Azerbaijan, Apr.30", "ALGER -", "NEW DELHI:"), else 0."""
        first = self.sentences[0].span if self.sentences else None
        if first is None:
            return 0
        head = first.text.split("\n", 1)[0]
        if len(head) < 60 and ("\n" in first.text or first.text.strip() == head.strip()) and len(self.sentences) > 1 \
                and not any(t.pos_ in ("VERB", "AUX") for t in first):
            return first.start_char + len(head)
        for tok in first[:6]:
            if tok.text in ("-", "--", "—", "–", ":", "(") and tok.i > 0 and all(
                    t.text.isupper() or not t.is_alpha for t in first[: tok.i - first.start]):
                return tok.idx
        # "Lima, 2 feb (EFE).-", "ISLAMABAD, Jan 5 (Reuters) -": a place, a date and the agency's
        # credit in brackets, then a dash, before any verb.
        opened = False
        for tok in first[:14]:
            if tok.pos_ in ("VERB", "AUX"):
                break
            opened = opened or tok.text.startswith("(")
            dash = tok.text.rstrip(".").endswith(("-", "—", "–")) and tok.i > first.start
            if opened and dash and (")" in tok.text or self.doc[tok.i - 1].text.endswith(")")):
                return tok.idx + len(tok.text)
        return 0

    def _paragraph_datelines(self) -> list[tuple[int, int]]:
        """Character ranges of datelines opening a line near the top ("MADRID (Kyodo) —" after a
        title and a byline, "Washington: Prime Minister …", "KUALA LUMPUR, July 28 —"): a place
        name, then only names, dates, numbers, capitals or an agency in brackets, then a dash or
        a colon before any verb. Where a story was filed is no participant of it."""
        doc = self.doc
        places = {s.start: s for s in doc.spans.get("countries", [])}
        found = []
        for start in sorted(places):  # the places, not every token: most tokens are none
            tok = doc[start]
            if tok.idx > 1200:
                break
            if not (tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws or "\n" in doc[tok.i - 1].text):
                continue
            place = places[tok.i]
            bracket = False
            for t in doc[place.end:place.end + 12]:
                if t.text in DATELINE_ENDS or t.text in ("--", "—", "–"):
                    if t.i > place.end or t.text == ":" or t.text in ("—", "–"):
                        found.append((tok.idx, t.idx))
                    break
                if t.pos_ in ("VERB", "AUX") or "\n" in t.text:
                    break
                bracket = (bracket or t.text == "(") and t.text != ")"
                if not (bracket or t.text in ("(", ")") or t.is_punct or t.like_num or t.is_upper
                        or t.i in places or t.ent_type_ in ("DATE", "GPE", "ORG")):
                    break
        return found

    def _known_offices(self) -> None:
        """Give people the state and role the office-holders dictionary knows, where the text is silent."""
        year = int(self.published[:4]) if self.published else None
        named_states = {c.label_ for c in self.doc.spans.get("countries", [])}
        for person in self.people.values():
            if person.country and person.role and person.role != "counterpart":
                continue
            office = lookup(person.name, year, person.role if person.role not in (None, "counterpart", "other") else None,
                            # a counterpart holds the other side's office: only one of the state the text names
                            person.country if person.role == "counterpart" else None)
            if office is None:
                continue
            if len(person.name.split()) == 1 and person.country is None and office.iso3 not in named_states \
                    and not person.title and self._names_a_thing(person):
                # "the proceeds of the Smith and Ouzman case": a bare surname, of no state the text names
                # (a title before it names someone: "la Chancelière Merkel" hangs on her title's noun)
                continue
            if person.role in (None, "counterpart", "other"):
                person.role = office.role
            elif person.role == "senior_official" and office.role == "org_head" and person.country is None \
                    and not person.org:
                # "Secretary General Jens Stoltenberg said", no organisation named: the secretary-general
                # the dictionary knows as an organisation's head is that head, not a ministry's official.
                person.role = office.role
            if person.country is None:
                person.country = office.iso3

    def _names_a_thing(self, person: Person) -> bool:
        """Is every mention of a name a modifier of a common noun ("the Smith and Ouzman case", "the
        Kerry plan"), the name of a thing, not someone who acts ("Lavrov and Blinken spoke")?"""
        for start, end in person.mentions:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                return False
            token = span.root
            while token.dep_ == "conj" and token.head.i != token.i:
                token = token.head  # "the Smith and Ouzman case": the first of the pair tells
            if not (token.dep_.split(":")[0] in ("nmod", "compound", "amod") and token.head.pos_ == "NOUN"
                    and not span.start <= token.head.i < span.end):
                return False
        return bool(person.mentions)

    def _home_offices(self) -> None:
        """A national office named with no state ("the Foreign Minister, X, received …") is the
        publisher's own: a Mauritanian agency's "ministre des Affaires étrangères" is Mauritania's."""
        if self.home is None:
            return
        for person in self.people.values():
            if person.country is None and person.role in NATIONAL_ROLES:
                person.country = self.home

    def _document_pair(self) -> list[str]:
        """The states the document is mostly about: those of its people, then the most named."""
        counts: dict[str, int] = {}
        for person in self.people.values():
            if person.country and len(person.country) == 3 and person.country not in ("UNO", "IGO", "EUR"):
                counts[person.country] = counts.get(person.country, 0) + 3
        for sent in self.sentences[:4]:
            for span in sent.countries:
                if not self._is_place(span) and not self._in_dateline(span) and not self._matter_of(span):
                    counts[span.label_] = counts.get(span.label_, 0) + 1
        if self.title_doc is not None:
            for span in self.title_doc.spans.get("countries", []):
                if self._matter_of(span):
                    continue  # "La guerre en Ukraine retarde la visite": what the document tells of
                counts[span.label_] = counts.get(span.label_, 0) + 2
        ranked = sorted(counts, key=lambda c: -counts[c])
        return ranked[:2]

    def _prev_words(self, span: Span, n: int = 3) -> list:
        start = max(self.sent_start[span.start], span.start - n)
        return list(self.doc[start:span.start])

    def _is_place(self, span: Span) -> bool:
        """A state named as a place ("in Moscow", "en France") rather than as an actor."""
        kind = (span._.value or ("", ""))[1]
        if kind in ("adjective", "prefix", "form"):
            return False
        if span.root.dep_ in ("poss", "nmod:poss") and span.root.head.i in self.trigger_tokens:
            # "over North Korea's missile test", "over China's harassment": the preposition governs
            # the act the state owns, whose doer it is ("at Israel's Ben Gurion airport" is a place).
            return False
        if self._in_part_of_a_place(span):
            return True
        prev = [t for t in self._prev_words(span, 3) if t.pos_ != "DET"]
        forms = state_forms(self.lang)
        if len(prev) >= 2 and fold(prev[-1].text) in self.words.of and fold(prev[-2].text) in forms:
            # "en République d'Égypte", "in the Republic of Niger": the form of state is part of the
            # state's name; the word before it tells whether the state is a place.
            prev = [t for t in self._prev_words(span, 6) if t.pos_ != "DET"][:-2]
        if not prev:
            return False
        word = prev[-1]
        if len(prev) > 1 and fold(word.text) in self.words.article and (
                fold(prev[-2].text) in self.words.conjunction or prev[-2].text == ","):
            word = prev[-2]  # "o Brasil e a Argentina": after "and", Portuguese "a" is the article, not "to"
        elif fold(word.text) in self.words.article and word.i == self.sent_start[span.start] == span.start - 1:
            return False  # "A China doou …": a sentence opens with the article, not with "to"
        if word.text == "(" and word.i > 0:
            # "en République démocratique du Congo (RDC)": an abbreviation is what it abbreviates.
            before = self.country_ending_at.get(word.i)
            return before is not None and self._is_place(before)
        if word.pos_ == "CCONJ" or word.text == "," or fold(word.text) in self.words.conjunction:
            # "in Turkey and Syria": a conjunct of a place is a place.
            if word.text == "," and self._names_a_head_after(span):
                return False  # "While in Addis Ababa, the South Sudan leader …": a fronted place ends there
            before = self.country_ending_at.get(word.i)
            return before is not None and before.start < span.start and self._is_place(before)
        tagged = self.doc.has_annotation("POS")
        if kind == "capital" and tagged and word.pos_ in FRAME_PREPOSITIONS_POS and word.i == span.start - 1 \
                and fold(word.text) not in self.words.counterpart | self.words.agent:
            # A capital after a preposition is a city ("the airport of Lima", "depuis Rabat"); it
            # stands for its government as a subject or an object, or "with"/"between"/"by" it.
            return True
        return (word.pos_ in FRAME_PREPOSITIONS_POS or not tagged) and fold(word.text) in self.words.place

    def _in_part_of_a_place(self, span: Span) -> bool:
        """A state named after a part of its territory that follows a place preposition ("dans le
        nord du Burkina Faso", "dans l'est de la RDC", "in the north of Mali", "in parts of
        Sudan"): where something happened, as "in Mali" would be."""
        if not self.words.part_of_place:
            return False
        words = [t for t in self._prev_words(span, 6) if t.pos_ != "DET" or fold(t.text) in self.words.of]
        while words and fold(words[-1].text) in self.words.of | self.words.article:
            words.pop()  # "du", "de la", "of the"
        if len(words) < 2 or fold(words[-1].text) not in self.words.part_of_place:
            return False
        before = [t for t in words[:-1] if t.pos_ != "DET" and fold(t.text) not in self.words.article]
        return bool(before) and fold(before[-1].text) in self.words.place

    @staticmethod
    def _names_a_head_after(span: Span) -> bool:
        """Does the state's name qualify a noun after it ("the South Sudan leader", "the Kenya
        delegation")? Then it is no item of a list of places, whatever comes before the comma."""
        root = span.root
        return root.dep_ in ("compound", "nmod", "amod") and root.head.i >= span.end and root.head.pos_ in ("NOUN", "PROPN")

    def _names_no_actor(self, span: Span) -> bool:
        """A state's adjective that names a language ("en espagnol", "in French") or qualifies a
        matter ("le conflit congolais", "the Syrian crisis") names no one who acts; nor does one
        that tells where a body that speaks for no state comes from ("la société chinoise", "la
        presse camerounaise", "a Japanese company"): a firm or a newspaper acts for itself."""
        if (span._.value or ("", ""))[1] != "adjective":
            return False
        root = span.root
        if root.dep_ == "amod" and fold(root.head.text) in self.words.topic_nouns | self.words.private_bodies:
            return True
        before = self.doc[span.start - 1] if span.start > 0 else None
        after = self.doc[span.end] if span.end < len(self.doc) else None
        if any(t is not None and fold(t.text) in self.words.topic_nouns for t in (before, after)):
            return True
        return before is not None and fold(before.text) in self.words.language and (after is None or after.pos_ != "NOUN")

    def _of_states(self, organisation: str) -> bool:
        """Is an organisation (its id) one of states, not a non-governmental body ("Reporters Without
        Borders", "la FIFA"), which no state belongs to and none acts through?"""
        return (self.orgs.get(organisation) or {}).get("actor_code") != NON_GOVERNMENTAL

    def _matter_of(self, span: Span) -> bool:
        """A state named as where a matter lies ("la guerre en Ukraine", "the peace process in
        Afghanistan", "la situation sécuritaire au Mali", "the Ukraine war"): it names the matter,
        neither the place of the act nor one who takes part in it. (Not after "of", "de", which may
        name the matter's doer: "la guerre de la Russie contre l'Ukraine".)"""
        if not self.words.matters or (span._.value or ("", ""))[1] == "capital":
            # (A city is where the act is: "to discuss the repatriation process in Dhaka".)
            return False
        root = span.root
        if root.dep_ == "compound" and root.head.i >= span.end and fold(root.head.text) in self.words.matters:
            return True  # "the Ukraine war", "the Gaza ceasefire"
        # (Articles and adjectives may stand between: "la situation sécuritaire au Mali".)
        # (The span may be the title's, parsed apart: its own document bounds the words before it.)
        doc = span.doc
        first = self.sent_start[span.start] if doc is self.doc else (
            span.sent.start if doc.has_annotation("SENT_START") else 0)
        words = [t for t in doc[max(first, span.start - 5):span.start] if t.pos_ not in ("DET", "ADJ")]
        linked = False
        while words and fold(words[-1].text) in self.words.place | self.words.article:
            words.pop()
            linked = True
        return linked and bool(words) and fold(words[-1].text) in self.words.matters

    def _person_excluded(self, sent: Sentence, person_span: Span) -> bool:
        """People cited as a source or guidance ("in line with the presidents' guidance"), or
        named inside someone else's title ("the envoy of President X"), don't take part."""
        if self._cited(sent, person_span):
            return True
        if self._in_relative_clause(person_span) or self._in_since_clause(person_span):
            return True
        if person_span.root.i in self._framed_acts(sent):
            # "The talks came a day after Trade Minister X announced …", "cette visite intervient après
            # que le président Y a reçu …": the older act the news is set against is its people's.
            return True
        if self._in_an_act_before(sent, person_span):
            return True  # "Following the meeting with X, …": the people of the act before
        if self._names_a_polity(sent, person_span) or ruler_of_a_time(sent, person_span) \
                or office_held_under(sent, person_span) or named_for_a_place(sent, person_span, self.words.of):
            return True
        person: Person = person_span._.value
        if person.title_span and person.title_span[0] < person_span.start_char:
            # "les félicitations du Ministre de l'Europe et des Affaires étrangères de la République
            # française X": whom greetings or a message come from, named after a long title.
            title = self.doc.char_span(*person.title_span, alignment_mode="expand")
            if title is not None and self._cited(sent, title, ("message", "greetings")):
                return True
        return bool(person.title_span) and self._complement_of_title(sent, person.title_span[0])

    @staticmethod
    def _names_a_polity(sent: Sentence, span: Span) -> bool:
        """"Le pays d'Angela Merkel s'engage …", "interrompue par le régime Kabila", "the Biden
        administration welcomed …", "since the start of the administration of President X": a name
        that completes a noun for a state, its rulers or the time of their rule (a `polity` cue) points
        at the state or the time through the person; he is named, he does not take part."""
        token = span.root
        head = token.head
        if token.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head  # (English hangs the name on "of")
        elif token.dep_.split(":")[0] not in ("nmod", "compound", "poss") or head.i == token.i:
            return False
        # (Inside one noun phrase: only its prepositions, articles, adjectives and the name's title
        # between them, not a list's "countries, including Secretary X" nor "pays dont le ministre X".)
        between = span.doc[min(head.i, span.start) + 1:max(head.i + 1, span.start)] if head.i < span.start \
            else span.doc[span.end:head.i]
        if len(between) > 6 or any(t.pos_ not in POLITY_LINKS for t in between):
            return False
        return any(c.start <= head.i < c.end for c in sent.cue("polity"))

    def _cited(self, sent: Sentence, span: Span, kinds: tuple[str, ...] | None = None) -> bool:
        """Is a name or a title cited as a source or guidance, or as whom a message comes from
        ("in line with the presidents' guidance", "le message … du Président des Emirats")?
        (`kinds`: only cues of those values.)"""
        for cue in sent.cue("not_participant"):
            if kinds is not None and cue._.value not in kinds:
                continue
            if cue.end <= span.start and span.start - cue.end <= 12:
                if cue._.value in ("message", "greetings"):
                    # "the greetings of President X" is sent by X, who is not there; "a message of
                    # condolences to President Y" goes to Y, who takes part.
                    between = {fold(t.text) for t in self.doc[cue.end:span.start]}
                    if between & self.words.addressee or not between & self.words.sender:
                        continue
                return True
        return False

    def _greeted(self, sent: Sentence, span: Span) -> bool:
        """Is a name the addressee of greetings ("extended his good wishes to President X", "a
        transmis ses meilleurs vœux au président X")? Greetings are passed on, through those met,
        to someone who is not there."""
        for cue in sent.cue("not_participant"):
            if cue._.value == "greetings" and cue.end <= span.start and span.start - cue.end <= 12 \
                    and {fold(t.text) for t in self.doc[cue.end:span.start]} & self.words.addressee:
                return True
        return False

    def _complement_of_title(self, sent: Sentence, start: int) -> bool:
        """Does the title at character `start` complement another title just before it, joined by
        "of" words only ("the envoy of President X", "la conseillère diplomatique du président
        français"), or by "of" and a possessive ("l'émissaire de son homologue kenyan", "the envoy
        of his Kenyan counterpart")? Its holder is whom the other serves, not one who acts."""
        for t in sent.titles:
            if t.end_char <= start and start - t.end_char <= 9 and t.start_char != start:
                between = self.text[t.end_char:start].strip().lower().replace("'", "' ").split()
                if between and fold(between[-1]) in self.words.served_possessives and len(between) > 1:
                    between = between[:-1]
                elif start - t.end_char > 5:
                    continue  # (a longer gap only with the possessive: "du chef de cabinet de la présidence X" is his)
                if between and all(fold(w) in self.words.of for w in between):
                    return True
        return False

    def _in_relative_clause(self, span: Span) -> bool:
        """Inside a relative clause about a thing ("the mission entrusted to him by President X",
        "on the day Y took charge"), a person is mentioned, not taking part."""
        token = span.root
        while token.head.i != token.i:
            if token.dep_ in ("relcl", "acl:relcl") and token.head.pos_ == "NOUN" \
                    and token.head.i not in self.title_tokens:
                return True
            token = token.head
        return False

    def _in_since_clause(self, span: Span) -> bool:
        """Inside a clause that gives the time an act is counted from ("the first talks since
        President X took office", "depuis que le président X a pris ses fonctions"), a person
        dates the act and does not take part in it."""
        token = span.root
        while token.head.i != token.i:
            if token.dep_.split(":")[0] == "advcl" and any(
                    c.dep_ == "mark" and fold(c.text) in self.words.since for c in token.children):
                return True
            token = token.head
        return False

    def _in_dateline(self, span: Span) -> bool:
        return span.start_char < self.dateline_end or any(a <= span.start_char < b for a, b in self.datelines)

    def _cues(self, trigger: Span) -> frozenset[str]:
        return cue_set(trigger._.value.get("cues") or "")

    def _is_multilateral(self, draft: Draft) -> bool:
        return draft.mode == "multilateral" or len(draft.states) >= 3 or "multilateral" in draft.cues
