"""The language-neutral coder: from recognised mentions in a parsed document to PLOVER events.

It reads only canonical ids that the recognisers put on spans (ISO codes, organisation ids,
roles, PLOVER types, cue kinds) and a few universal part-of-speech and dependency labels; every
word of every language lives in the lexicons under communique/lang/.

The algorithm, sentence by sentence:
1. the triggers of a sentence propose events (type, mode, CAMEO code, cues such as host,
   visit, phone, sign, future); a trigger noun inside a prepositional frame ("during the
   consultations") refers to an event already told, so it only adds details to it;
2. each event takes its states from its participants' titles and from the states named in the
   sentence that are not places or topics, and its direction from the trigger's cues (a host
   receives, a visitor travels) and from the place of the meeting;
3. sentences without a trigger of their own, and elaborations ("the two sides discussed …"),
   add their topics, organisations and people to the event in focus;
4. events of the same type between the same states merge, unless they have different people
   (an envoy's separate audiences); background told in the past is dropped.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lang import table
from ..recognising.lexicon import fold
from ..recognising.people import Person
from ..recognising.organisations import organisations
from ..recognising.office_holders import lookup
from .dates import DateMention, anchor_weekday, find_dates
from .tables import QUAD, cameo_for, scale_for

FRAME_PREPOSITIONS_POS = {"ADP"}
REMOTE_FORMATS = ("phone", "virtual")
#: Types that talk about things; a material-conflict trigger after one of them is its object.
VERBAL_TYPES = {"CONSULT", "AGREE", "SUPPORT", "ACCUSE", "REQUEST", "REJECT", "CONCEDE", "COOPERATE", "AID"}
DIRECTED_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION", "AID", "COERCE", "ASSAULT",
                  "MOBILIZE", "CONCEDE", "RETREAT"}
NON_STATE = {"UNO", "IGO", "EUR", "NGO"}
STATEMENT_TYPES = {"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN", "CONCEDE"}


@dataclass(frozen=True)
class LinkWords:
    """The few function words the coder reasons with, read from the language's cues table:
    prepositions of place ("in", "à") and destination ("to", "au"), words that introduce the
    other side of a meeting ("with" -> with, "entre" -> between), and the "of" that joins one
    title to another ("the envoy of the President")."""

    place: frozenset[str]
    destination: frozenset[str]
    with_: frozenset[str]
    between: frozenset[str]
    of: frozenset[str]

    @property
    def counterpart(self) -> frozenset[str]:
        return self.with_ | self.between


@lru_cache(maxsize=None)
def link_words(lang: str) -> LinkWords:
    rows = [(r["cue"], r["value"], fold(r["pattern"])) for r in table(lang, "cues")]
    pick = lambda cue, value=None: frozenset(w for c, v, w in rows if c == cue and (value is None or v == value))
    return LinkWords(pick("place_preposition"), pick("destination_preposition"),
                     pick("counterpart_link", "with"), pick("counterpart_link", "between"), pick("title_link"))


@lru_cache(maxsize=None)
def _cue_set(cues: str) -> frozenset[str]:
    """A trigger row's cues ("visit,host") as a set; rows are few, their cues are read often."""
    return frozenset(c.strip() for c in cues.split(",") if c.strip())


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
    directed: bool = False

    @property
    def states(self) -> set[str]:
        return set(self.actor) | set(self.recipient)


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
    # The cues by kind, sorted once: the coder asks a sentence for its cues a hundred times a document.
    cues_by_kind: dict[str, list[Span]] | None = field(default=None, repr=False, compare=False)

    def cue(self, kind: str) -> list[Span]:
        if self.cues_by_kind is None:
            self.cues_by_kind = {}
            for c in self.cues:
                self.cues_by_kind.setdefault(c.label_, []).append(c)
        return list(self.cues_by_kind.get(kind, ()))


def split_sentences(doc: Doc, dates: list[DateMention]) -> list[Sentence]:
    """Group the doc's recognised spans by sentence."""
    out = []
    groups = {key: sorted(doc.spans.get(key, []), key=lambda s: s.start)
              for key in ("triggers", "countries", "people", "organisations", "topics", "cues", "titles")}
    # Each group and the dates are in text order: a sentence's share is a slice between bisections.
    starts = {key: [s.start for s in group] for key, group in groups.items()}
    date_starts = [d.start for d in dates]
    for n, sent in enumerate(doc.sents):
        def inside(key):
            return groups[key][bisect_left(starts[key], sent.start):bisect_left(starts[key], sent.end)]
        out.append(Sentence(n, sent, inside("triggers"), inside("countries"), inside("people"),
                            inside("organisations"), inside("topics"), inside("cues"), inside("titles"),
                            dates[bisect_left(date_starts, sent.start_char):bisect_left(date_starts, sent.end_char)]))
    return out


class Coder:
    """Codes one parsed document; `code()` returns the drafts of its events in text order."""

    def __init__(self, doc: Doc, lang: str, published: str | None, title_doc: Doc | None = None):
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
        # Country span by the token just after it (a conjunction or comma), for conjunct places.
        self.country_ending_at = {s.end: s for s in doc.spans.get("countries", [])}
        self.trigger_tokens = {i for t in doc.spans.get("triggers", []) for i in range(t.start, t.end)}
        cues = list(doc.spans.get("cues", []))  # a span group makes new Span objects on each pass
        self.margins = [c for c in cues if c.label_ == "margin"]
        self.ordinals = [c for c in cues if c.label_ == "ordinal"]
        self.title_tokens = {i for t in doc.spans.get("titles", []) for i in range(t.start, t.end)}
        self.dateline_end = self._dateline_end()
        self.people = {id(s._.value): s._.value for s in doc.spans.get("people", [])}
        self._known_offices()
        self.pair = self._document_pair()
        self.orgs = organisations()
        self.focus: Draft | None = None   # the meeting the text is telling about, while coding
        self.drafts_so_far: list[Draft] = []

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
            if tok.text in ("-", "—", "–", ":", "(") and tok.i > 0 and all(
                    t.text.isupper() or not t.is_alpha for t in first[: tok.i - first.start]):
                return tok.idx
        return 0

    def _known_offices(self) -> None:
        """Give people the state and role the office-holders dictionary knows, where the text is silent."""
        year = int(self.published[:4]) if self.published else None
        for person in self.people.values():
            if person.country and person.role and person.role != "counterpart":
                continue
            office = lookup(person.name, year)
            if office is None:
                continue
            if person.role in (None, "counterpart", "other"):
                person.role = office.role
            if person.country is None:
                person.country = office.iso3

    # -- the document's main states -------------------------------------------------------
    def _document_pair(self) -> list[str]:
        """The states the document is mostly about: those of its people, then the most named."""
        counts: dict[str, int] = {}
        for person in self.people.values():
            if person.country and len(person.country) == 3 and person.country not in ("UNO", "IGO", "EUR"):
                counts[person.country] = counts.get(person.country, 0) + 3
        for sent in self.sentences[:4]:
            for span in sent.countries:
                if not self._is_place(span) and span.start_char >= self.dateline_end:
                    counts[span.label_] = counts.get(span.label_, 0) + 1
        if self.title_doc is not None:
            for span in self.title_doc.spans.get("countries", []):
                counts[span.label_] = counts.get(span.label_, 0) + 2
        ranked = sorted(counts, key=lambda c: -counts[c])
        return ranked[:2]

    # -- helpers on spans ----------------------------------------------------------------
    def _prev_words(self, span: Span, n: int = 3) -> list:
        start = max(self.sent_start[span.start], span.start - n)
        return list(self.doc[start:span.start])

    def _is_place(self, span: Span) -> bool:
        """A state named as a place ("in Moscow", "en France") rather than as an actor."""
        kind = (span._.value or ("", ""))[1]
        if kind in ("adjective", "prefix", "form"):
            return False
        prev = [t for t in self._prev_words(span, 3) if t.pos_ != "DET"]
        if not prev:
            return False
        word = prev[-1]
        if word.pos_ == "CCONJ" or word.text == ",":
            # "in Turkey and Syria": a conjunct of a place is a place.
            before = self.country_ending_at.get(word.i)
            return before is not None and before.start < span.start and self._is_place(before)
        tagged = self.doc.has_annotation("POS")
        return (word.pos_ in FRAME_PREPOSITIONS_POS or not tagged) and fold(word.text) in self.words.place

    def _person_excluded(self, sent: Sentence, person_span: Span) -> bool:
        """People cited as a source or guidance ("in line with the presidents' guidance"), or
        named inside someone else's title ("the envoy of President X"), don't take part."""
        for cue in sent.cue("not_participant"):
            if cue.end <= person_span.start and person_span.start - cue.end <= 12:
                return True
        if self._in_relative_clause(person_span):
            return True
        person: Person = person_span._.value
        if person.title_span:
            start = person.title_span[0]
            for t in sent.titles:
                if t.end_char <= start and start - t.end_char <= 5 and t.start_char != start:
                    between = self.text[t.end_char:start].strip().lower()
                    if between and all(fold(w) in self.words.of for w in between.replace("'", "' ").split()):
                        return True
        return False

    # -- main ------------------------------------------------------------------------------
    def code(self) -> list[Draft]:
        drafts: list[Draft] = []
        focus: Draft | None = None
        self.focus = None
        self.drafts_so_far = drafts
        for sent in self.sentences:
            new = self._events_of(sent, focus, drafts)
            if not new:
                talks = self._implied_talks(focus, sent) or self._next_audience(focus, sent, drafts)
                if talks is not None:
                    drafts.append(talks)
                    focus = self.focus = talks
                if focus is not None:
                    self._elaborate(focus, sent)
                continue
            for draft in new:
                if focus is not None and not draft.states and not draft.org_actor and not draft.participants:
                    self._elaborate(focus, sent)  # no one acts here: the sentence tells more of the focus
                    continue
                if self._only_elaborates(draft, focus, sent):
                    self._elaborate(focus, sent)
                    continue
                merged = self._merge_into(drafts, draft)
                if merged is None:
                    drafts.append(draft)
                    merged = draft
                if merged.event == "CONSULT" and merged.aux is None:
                    focus = merged
                elif focus is None:
                    focus = merged
                self.focus = focus
        drafts = [part for d in drafts for part in self._per_audience(d)]
        self._fill_protagonists(drafts)
        # A headline names the dyad ("X's minister talks with his Mauritanian counterpart"):
        # it completes symmetric events that found only one side in the body.
        title_states = self._title_states()
        for d in drafts:
            if len(d.states) == 1 and not d.directed and d.event in ("CONSULT", "SUPPORT", "AGREE"):
                d.actor += [c for c in title_states if c not in d.states][:1]
        # An event needs someone who acts; a meeting needs two sides (or a summit's organisation).
        drafts = [d for d in drafts if (d.actor or d.org_actor) and not (
            d.event in ("CONSULT", "AGREE") and len(d.states) < 2 and not d.organizations
            and not ({"multilateral"} & d.cues))]
        if not drafts and self.title_doc is not None:
            drafts = self._title_events()
        self._finish(drafts)
        return drafts

    def _per_audience(self, draft: Draft) -> list[Draft]:
        """A visit's meetings "with the Prime Minister and the Chief of Army Staff" are one
        meeting per audience (DESIGN: one CONSULT per audience)."""
        if draft.event != "CONSULT" or not draft.directed or draft.aux:
            return [draft]
        hosts = [p for p in draft.participants if p.role and (p.country in draft.recipient or p.country is None)]
        sent = self.sentences[draft.sentence]
        in_sentence = {id(p._.value) for p in sent.people}
        joined = [p for p in hosts if id(p) in in_sentence]
        if len(joined) < 2 or len({p.role for p in joined}) < len(joined) or not self._listed(joined, sent):
            return [draft]
        out = []
        for host in joined:
            host.country = host.country or draft.recipient[0]
            part = Draft(draft.event, draft.mode, draft.cameo, set(draft.cues), draft.sentence, draft.trigger,
                         aux=draft.aux, actor=list(draft.actor), recipient=list(draft.recipient),
                         entity_spans=dict(draft.entity_spans), format=draft.format, place=draft.place,
                         spans=list(draft.spans), sentences=list(draft.sentences), directed=True)
            part.participants = [p for p in draft.participants if p not in joined or p is host]
            if host is joined[0]:
                part.topics, part.organizations = list(draft.topics), list(draft.organizations)
            part.date, part.date_source, part.series = draft.date, draft.date_source, draft.series
            out.append(part)
        return out

    def _listed(self, people: list[Person], sent: Sentence) -> bool:
        """Are these people named in one list ("with X and General Y"), with no verb between them?"""
        spans = sorted((p for p in sent.people if p._.value in people), key=lambda s: s.start)
        for a, b in zip(spans, spans[1:]):
            between = self.doc[a.end:b.start]
            if any(t.pos_ in ("VERB", "AUX") for t in between) or not any(
                    t.pos_ == "CCONJ" or t.text == "," for t in between):
                return False
        return True

    def _fill_protagonists(self, drafts: list[Draft]) -> None:
        """A series of meetings told one counterpart at a time ("With the Ethiopian minister, the
        talks covered …") keeps the protagonist on the other side: the document's person of that
        state who takes part in most events."""
        counts: dict[int, int] = {}
        people: dict[int, Person] = {}
        for d in drafts:
            for p in d.participants:
                counts[id(p)] = counts.get(id(p), 0) + 1
                people[id(p)] = p
        for d in drafts:
            if d.event not in ("CONSULT", "AGREE"):
                continue
            covered = {p.country for p in d.participants}
            for state in d.states - covered:
                candidates = [p for p in drafts[0].participants if p.country == state]
                if candidates and d.participants:
                    d.participants.append(max(candidates, key=lambda p: counts[id(p)]))

    def _title_states(self) -> list[str]:
        if self.title_doc is None:
            return []
        return _dedupe(s.label_ for s in self.title_doc.spans.get("countries", [])
                       if not (s.start and fold(self.title_doc[s.start - 1].text) in self.words.place))

    def _title_events(self) -> list[Draft]:
        """A document whose body tells no event: code its title alone."""
        sub = Coder(self.title_doc, self.lang, self.published)
        drafts = sub.code()
        for d in drafts:
            # Offsets into the title are not offsets into the text: keep the words, drop the places.
            d.spans = []
            d.entity_spans = {}
            d.participants = [Person(p.name, p.title, p.role, p.country, p.institution, p.org, p.sector)
                              for p in d.participants]
        return drafts

    def _implied_talks(self, focus: Draft | None, sent: Sentence) -> Draft | None:
        """"X and Y signed a memorandum. The ministers stressed …": a signing whose sides then
        discuss matters implies their talks, a meeting of its own."""
        if focus is None or focus.event != "SUPPORT" or "sign" not in focus.cues or not focus.participants:
            return None
        if not any(c.start - sent.span.start <= 3 for c in sent.cue("sides")) or not (sent.topics or sent.organisations):
            return None  # "the ministers stressed …" opens the sentence: they act in it
        talks = Draft("CONSULT", None, "040", {"meet"}, sent.index, sent.span)
        talks.actor = list(focus.actor) + [c for c in focus.recipient if c not in focus.actor]
        talks.participants = list(focus.participants)
        talks.entity_spans = dict(focus.entity_spans)
        return talks

    def _next_audience(self, focus: Draft | None, sent: Sentence, drafts: list[Draft]) -> Draft | None:
        """"Enfin, Attaf a exploré avec le ministre du Bénin, X, …": in a round of bilateral meetings,
        a sentence bringing a counterpart of a new state is the next meeting, even with no meeting word."""
        if focus is None or focus.event != "CONSULT" or focus.aux or self._is_multilateral(focus) or len(focus.states) < 2:
            return None
        home = [c for c in focus.states if any(c in d.states for d in drafts if d is not focus)]
        for p in sent.people:
            person: Person = p._.value
            if not person.role or not person.country or person.country in focus.states or self._person_excluded(sent, p):
                continue
            start = min(p.start, *[t.start for t in sent.titles if t.end <= p.start and p.start - t.end <= 3]) \
                if any(t.end <= p.start and p.start - t.end <= 3 for t in sent.titles) else p.start
            if not any(fold(t.text) in self.words.with_ for t in self._prev_words(self.doc[start:p.end], 4)):
                continue
            talks = Draft("CONSULT", focus.mode, focus.cameo, set(focus.cues), sent.index, sent.span)
            talks.actor = _dedupe(home[:1] + [person.country])
            talks.participants = [person]
            talks.format = focus.format
            return talks
        return None

    def _only_elaborates(self, draft: Draft, focus: Draft | None, sent: Sentence) -> bool:
        """"They also discussed …", "il a été question de …": talk about the meeting in focus,
        with no new person, date, medium or round of its own, is not another meeting."""
        if focus is None or focus.event != "CONSULT" or focus.aux or draft.event != "CONSULT" or draft.aux:
            return False
        if sent.cue("margin") or (self._is_multilateral(focus) and len(draft.states) <= 2
                                  and [p for p in draft.participants if p not in focus.participants]):
            return False  # a bilateral meeting on the margins of a summit is a meeting of its own
        specific = {"phone", "virtual", "visit", "host", "multilateral"}
        # People of the same sides (or of no known side) are still the same meeting's people.
        new_sides = [p for p in draft.participants if p not in focus.participants
                     and p.country and p.country not in focus.states]
        return not new_sides and not sent.dates and not (draft.cues & specific) and draft.series is None

    def _is_multilateral(self, draft: Draft) -> bool:
        return draft.mode == "multilateral" or len(draft.states) >= 3 or "multilateral" in draft.cues

    # -- proposing events ---------------------------------------------------------------------
    def _events_of(self, sent: Sentence, focus: Draft | None, drafts: list[Draft]) -> list[Draft]:
        triggers = [t for t in sent.triggers if not self._is_reference(t) and not self._in_dateline(t)]
        documents = sent.cue("document")
        strong = [t for t in triggers if ("weak" not in self._cues(t) and "host" not in self._cues(t))
                  or ("sign" in self._cues(t) and any(d.start > t.start for d in documents))
                  or ("host" in self._cues(t) and self._receives_someone(t, sent))]
        # (One hosts a person: "a decision badly received by Algiers" is no visit.)
        if not strong:
            return []
        if self._is_background(sent, drafts):
            return []
        # What a claim or a report says ("Russia's claim that Ukraine plans to …") is its content.
        strong = [t for t in strong if not self._in_noun_clause(t.root)]
        if not strong:
            return []
        # What a diplomatic verb talks about ("condemned the attack", "discussed the
        # sanctions") is its object, not an event of its own.
        first_verbal = next((t for t in strong if t.label_ in VERBAL_TYPES), None)
        if first_verbal is not None:
            strong = [t for t in strong if t.label_ in VERBAL_TYPES or t.start < first_verbal.start]
            # "ruled out a visit", "called for talks": the meeting noun is the verb's object.
            if first_verbal.label_ in ("REJECT", "REQUEST") and first_verbal.root.pos_ == "VERB":
                strong = [t for t in strong if not (t.label_ == "CONSULT" and t.start > first_verbal.start
                                                    and t.root.pos_ == "NOUN")]
        # What a meeting verb is about ("discussed Russia's allegations") is its topic.
        talk = next((t for t in strong if t.label_ == "CONSULT" and t.root.pos_ == "VERB" and "meet" in self._cues(t)
                     and not self._cues(t) & {"host", "visit", "phone", "virtual"}), None)
        if talk is not None:
            strong = [t for t in strong if t.label_ == "CONSULT" or t.start < talk.start or t.root.pos_ != "NOUN"
                      or "sign" in self._cues(t)]
        # A meeting only imagined ("could be held", "pourrait réunir") is not a meeting held.
        if self._conditional(sent):
            strong = [t for t in strong if t.label_ != "CONSULT" or self._is_future(sent, t)]
        # A meeting named by a noun alone ("relaunch a dialogue") needs something that shows it
        # happened: people, a date, a round, a medium, a place.
        if strong and all(t.label_ == "CONSULT" for t in strong) and all(t.root.pos_ != "VERB" for t in strong) \
                and not (sent.people or sent.dates or sent.cue("ordinal") or sent.cue("format")
                         or any(self._is_place(c) for c in sent.countries)
                         or any(self._cues(t) & {"visit", "host", "phone", "virtual"} for t in strong)):
            return []
        # Inside talks ("during the meeting", "the two sides …"), praise, concern, aid and the
        # like are what was said, part of the meeting; only a signature or a commitment stands apart.
        if focus is not None and focus.event == "CONSULT" and focus.aux is None and (
                sent.cue("sides") or any(self._is_reference(t) for t in sent.triggers)):
            strong = [t for t in strong if t.label_ in ("CONSULT", "AGREE") or "sign" in self._cues(t)]
            if not strong:
                return []
        by_type: dict[str, list[Span]] = {}
        futures = set()
        for t in strong:
            row = t._.value
            event = row["event"]
            cues = self._cues(t)
            future = self._is_future(sent, t)
            if "sign" in cues:
                event = "SUPPORT"
            if future and event == "SUPPORT" and "sign" not in cues:
                continue  # support to come is not yet given, and not a commitment to meet or sign
            if future and event in ("CONSULT", "SUPPORT"):
                event = "AGREE"
            if "negation" in cues and event == "CONSULT":
                event = "REJECT"
            if event == "AGREE" and (future or "future" in cues):
                futures.add(event)
            by_type.setdefault(event, []).append(t)
        # An agreement to meet ("agreed to hold consultations") is one AGREE, not AGREE + CONSULT.
        if "AGREE" in by_type and "CONSULT" in by_type and futures and \
                min(t.start for t in by_type["AGREE"]) < min(t.start for t in by_type["CONSULT"]):
            by_type.pop("CONSULT")
        # AGREE is a commitment to something specific (meet, visit, sign, a named programme), not
        # a general wish to deepen relations.
        if "AGREE" in by_type and not self._specific_commitment(sent, strong):
            by_type.pop("AGREE")
        out = []
        for event, trigs in by_type.items():
            trigs.sort(key=lambda t: -self._trigger_weight(t))
            draft = self._draft(sent, event, trigs, event in futures)
            if draft is not None:
                out.append(draft)
        meeting = next((d for d in out if d.event == "CONSULT"), None)
        if meeting is not None:
            for d in out:
                if d.event == "AGREE":
                    # What the sentence says was discussed belongs to the meeting, not to the plan.
                    d.topics, d.organizations = [], []
        return out

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

    def _in_noun_clause(self, token) -> bool:
        """Is the token inside a clause that completes a noun ("the claim that …", "l'idée que …")?"""
        while token.head.i != token.i:
            if token.dep_ in ("acl", "ccomp") and token.head.pos_ == "NOUN" and token.head.i in self.trigger_tokens:
                return True  # the noun is itself an event word: a claim, an allegation, a call
            token = token.head
        return False

    def _conditional(self, sent: Sentence) -> bool:
        """A verb in the conditional mood, or a hypothetical modal ("could", "would")."""
        return any("Cnd" in t.morph.get("Mood") for t in sent.span) or any(
            c._.value == "hypothetical" for c in sent.cue("aux"))

    def _specific_commitment(self, sent: Sentence, triggers: list[Span]) -> bool:
        """Does the sentence name what is committed to: a meeting, a visit, a signature, a document
        or a round (not "this conversation" already told)?"""
        for t in triggers:
            cues = self._cues(t)
            if t.label_ == "CONSULT" or cues & {"sign", "visit", "host", "meet", "series", "multilateral"}:
                return True
        markers = sent.cue("ordinal") + [c for c in sent.cue("aux") if c._.value == "future"]
        rounds = [o for o in markers if any(0 <= s.start - o.end <= 3 for s in sent.cue("series"))]
        return bool(sent.cue("document") or rounds)  # "the 5th session", "la prochaine session"

    def _receives_someone(self, trigger: Span, sent: Sentence) -> bool:
        """"reçoit"/"received" is a meeting when a person or a state's envoy is received."""
        return any(p.start > trigger.start for p in sent.people) or any(
            t.start > trigger.start for t in sent.titles)

    def _trigger_weight(self, trigger: Span) -> int:
        """Specific triggers (a call, a visit, hosting, signing) lead over generic ones ("discuss")."""
        cues = self._cues(trigger)
        weight = 2 * len(cues & {"phone", "virtual", "visit", "host", "sign", "multilateral", "series"})
        main_clause = trigger.root.dep_ == "ROOT" or trigger.root.head.dep_ == "ROOT"
        return weight + (trigger.root.pos_ == "VERB") + 2 * main_clause

    def _in_dateline(self, span: Span) -> bool:
        return span.start_char < self.dateline_end

    def _cues(self, trigger: Span) -> frozenset[str]:
        return _cue_set(trigger._.value.get("cues") or "")

    def _is_reference(self, trigger: Span) -> bool:
        """A trigger noun that refers back: "au cours des consultations", "his visit", "this meeting"."""
        if "noun" not in self._cues(trigger) and trigger.root.pos_ != "NOUN":
            return False
        if trigger.label_ != "CONSULT":
            # "his condolences", "sa condamnation": said now; "this allegation": told before.
            prev = [t for t in self._prev_words(trigger, 2) if t.pos_ != "ADJ"]
            return bool(prev) and "PronType=Dem" in str(prev[-1].morph)
        if "visit" in self._cues(trigger) and not self._possessed(trigger):
            return False  # "en visite au Maroc", "on an official visit to": a visit, not a reference
        if self._ordinal_before(trigger):
            return False
        prev = self._prev_words(trigger, 5)
        if self._possessed(trigger):
            return True
        if any(0 <= trigger.start - c.end <= 6 and c.start >= self.sent_start[trigger.start] for c in self.margins):
            return True
        for tok in reversed(prev):
            if tok.pos_ in ("VERB", "AUX") or tok.is_punct:
                return False
            if tok.pos_ == "ADP":
                return True
        return False

    def _possessed(self, trigger: Span) -> bool:
        """"his visit", "cette rencontre": a possessive or demonstrative points back."""
        prev = [t for t in self._prev_words(trigger, 3) if t.pos_ != "ADJ"]
        return bool(prev) and prev[-1].pos_ in ("DET", "PRON") and (
            "Poss=Yes" in str(prev[-1].morph) or "PronType=Dem" in str(prev[-1].morph))

    def _ordinal_before(self, trigger: Span) -> list[Span]:
        sent_start = self.sent_start[trigger.start]
        return [c for c in self.ordinals if sent_start <= c.start < trigger.start and trigger.start - c.end <= 3]

    def _is_future(self, sent: Sentence, trigger: Span) -> bool:
        """The trigger announces what is to come: a future marker just before it, or a future verb."""
        if "future" in self._cues(trigger):
            return True
        for cue in sent.cue("aux"):
            if cue._.value == "future" and 0 <= trigger.start - cue.end <= 5:
                return True
        if trigger.root.pos_ not in ("VERB", "AUX"):
            return False  # a noun is future only by a marker before it ("la prochaine session")
        verb = trigger.root
        for tok in (verb, *[c for c in verb.children if c.dep_.startswith("aux")]):
            if "Fut" in tok.morph.get("Tense"):
                return True
        return False

    def _is_background(self, sent: Sentence, drafts: list[Draft]) -> bool:
        """A sentence that recalls an earlier event ("the first round was held in 2018")."""
        if not drafts or not self.published:
            return False
        year = int(self.published[:4])
        for d in sent.dates:
            if d.kind == "year" and d.value and int(d.value[:4]) < year:
                return True
            if d.value and len(d.value) >= 7 and d.value[:7] < self.published[:7] and d.kind == "absolute":
                main = next((x.date for x in drafts if x.date), None)
                if main and d.value < main[: len(d.value)]:
                    return True
        return False

    def _draft(self, sent: Sentence, event: str, trigs: list[Span], future: bool) -> Draft | None:
        trigger = trigs[0]
        row = trigger._.value
        cues = set()
        for t in trigs:
            cues |= self._cues(t)
        mode = row.get("mode") or None
        if event != row["event"]:
            mode = None
        draft = Draft(event, mode, row.get("cameo") or None, cues, sent.index, trigger)
        if event == "AGREE" and future:
            draft.aux = "future"
        if event == "SUPPORT" and "sign" in cues:
            draft.cameo = "057"
        draft.sentences.append(sent.index)
        draft.spans.append((sent.span.start_char, sent.span.end_char))
        self._assign_states(draft, sent)
        self._add_people(draft, sent)
        if sent.cue("sides") and not draft.participants and self.focus is not None and event == "AGREE":
            draft.participants = list(self.focus.participants)  # "the two ministers agreed …"
        self._add_details(draft, sent, own=True)
        if event == "CONSULT" or (event == "AGREE" and {"visit", "meet", "series", "multilateral"} & cues):
            self._add_series(draft, sent)
        return draft

    # -- states, direction, places ------------------------------------------------------------
    def _assign_states(self, draft: Draft, sent: Sentence) -> None:
        trig = draft.trigger
        before, after, places = [], [], []
        people_states = []
        for p in sent.people:
            person: Person = p._.value
            if self._person_excluded(sent, p):
                continue
            if person.country and person.country not in NON_STATE:
                people_states.append((p.start, person.country))
        subject_zone = self._subject_zone(trig)
        for c in sent.countries:
            if c.start_char < self.dateline_end:
                continue
            if self._is_place(c):
                places.append(c)
                continue
            if any(self._person_excluded(sent, p) and p.start <= c.start <= p.end + 8 for p in sent.people):
                continue
            if c.start < trig.start:
                if subject_zone is not None and not (subject_zone[0] <= c.start < subject_zone[1]):
                    continue  # before the verb but outside its subject ("Ahead of talks on X, …")
                before.append(c)
            elif self._between_topic(c, sent):
                continue  # "the exchange of prisoners between Ukraine and Russia": a topic
            elif draft.event not in ("CONSULT", "AGREE") or "host" in draft.cues or self._is_counterpart_state(c, sent):
                # After "received", a state is the visitor's ("a delegation of the Kazakh parliament").
                after.append(c)
        # An organisation speaking through its head ("the Secretary-General condemns …").
        heads = [(p.start, p._.value) for p in sent.people]
        heads += [(t.start, person) for t in sent.titles for person in self._titled_references(sent)
                  if person.title and fold(t.text) in fold(person.title)]
        for start, person in heads:
            if person.role == "org_head" and person.org and start < trig.start:
                row = self.orgs.get(person.org)
                draft.org_actor = row["actor_code"] if row else "IGO"
        subject = [c.label_ for c in before] + [s for pos, s in people_states if pos < trig.start and (
            subject_zone is None or subject_zone[0] <= pos < subject_zone[1])]
        objects = [c.label_ for c in after] + [s for pos, s in people_states if pos >= trig.start]
        sides = sent.cue("sides")
        subject, objects = _dedupe(subject), [c for c in _dedupe(objects) if c not in subject]
        if draft.org_actor:
            subject = [c for c in subject if c not in objects]
        # "The parties", "both sides": the sides of the meeting in focus, else the document's pair.
        parties = list(self.focus.states) if self.focus is not None and self.focus.states else list(self.pair)
        if self.focus is not None:
            parties = [c for c in self.focus.actor + self.focus.recipient]
        if not subject and not objects and not draft.org_actor and (sides or draft.event in ("CONSULT", "AGREE", "SUPPORT")):
            # Without states, people or "the parties", only a meeting falls back on the document's pair;
            # a plan or a claim with no one named is someone else's ("the Security Council will discuss").
            subject = parties if sides else (list(self.pair) if draft.event != "AGREE" else [])
        elif sides and len(subject) + len(objects) < 2 and draft.event in ("CONSULT", "AGREE", "SUPPORT"):
            # One side named ("with the Ethiopian minister, … between the two countries"): the other
            # is the protagonist, the state in most of the events told so far.
            known = subject + objects
            if known and self.focus is not None:
                subject = _dedupe(subject + self._protagonist_states(known)[:1])
            else:
                subject = _dedupe(subject + [c for c in parties if c not in objects])

        if draft.event == "CONSULT" and len(set(subject + objects)) == 1 and self.focus is not None \
                and self.focus.event == "CONSULT":
            # "With the Beninese minister, the talks covered …": the other side is the protagonist.
            subject = _dedupe(subject + self._protagonist_states(subject + objects)[:1])
        cues = draft.cues
        place_state = places[0].label_ if places else None
        if places:
            draft.place = (places[0].text, places[0].label_)
        if draft.event == "CONSULT":
            self._consult_direction(draft, sent, subject, objects, place_state)
        elif draft.event in DIRECTED_TYPES or (draft.event == "SUPPORT" and "sign" not in cues):
            draft.directed = True
            fallback = draft.event in ("ACCUSE", "SUPPORT") and not draft.org_actor
            draft.actor = subject or (list(self.pair[:1]) if fallback else [])
            draft.recipient = [c for c in objects if c not in draft.actor]
            if not draft.recipient and draft.event in ("REJECT", "REQUEST", "AGREE"):
                # Ruling out, asking for or promising a visit: its destination receives it.
                draft.recipient = [c for c in self._destinations(sent) if c not in draft.actor]
            if draft.event == "AID":
                # Aid goes to where it is sent: "relief to those affected in Turkey and Syria".
                draft.recipient = _dedupe(draft.recipient + [c.label_ for c in places if c.label_ not in draft.actor])
        elif draft.event == "AGREE" and ("visit" in cues or "host" in cues):
            self._consult_direction(draft, sent, subject, objects, place_state)
        else:
            draft.actor = _dedupe(subject + objects)
        for c in sent.countries:
            if c.label_ in draft.states and c.label_ not in draft.entity_spans:
                draft.entity_spans[c.label_] = (c.text, c.start_char, c.end_char)

    def _subject_zone(self, trigger: Span) -> tuple[int, int] | None:
        """Token range of a trigger verb's grammatical subject, when the parser found one."""
        verb = trigger.root
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "expl:subj")]
        if not subjects or all(s.pos_ == "PRON" for s in subjects):
            return None  # no subject, or a pronoun pointing elsewhere ("where she was received")
        tokens = [t.i for s in subjects for t in s.subtree]
        return min(tokens), max(tokens) + 1

    def _protagonist_states(self, known: list[str]) -> list[str]:
        """States of the events told so far, most frequent first, leaving out `known`."""
        counts: dict[str, int] = {}
        for d in self.drafts_so_far:
            for c in d.states:
                counts[c] = counts.get(c, 0) + 1
        # Ties go to the state the text names first: the protagonist of a release comes first.
        return sorted((c for c in counts if c not in known), key=lambda c: (-counts[c], self._first_seen(c)))

    def _first_seen(self, state: str) -> int:
        offsets = [s.start_char for s in self.doc.spans.get("countries", []) if s.label_ == state]
        offsets += [m[0] for p in self.people.values() if p.country == state for m in p.mentions]
        return min(offsets, default=len(self.text))

    def _between_topic(self, country: Span, sent: Sentence) -> bool:
        link = next((t for t in reversed(self._prev_words(country, 8)) if fold(t.text) in self.words.between), None)
        if link is None:
            return False
        return not any(t.end >= link.i - 2 and t.start < link.i for t in sent.triggers if t.label_ == "CONSULT")

    def _is_counterpart_state(self, country: Span, sent: Sentence) -> bool:
        """After a meeting verb, a state counts only as the other side ("with X", "between X and Y",
        an adjective in a person's title), not as a subject of discussion."""
        if any(t.start <= country.start < t.end for t in sent.titles):
            return True
        if (country._.value or ("", ""))[1] == "prefix" or self.text[max(0, country.start_char - 1)] == "-" \
                or self.text[country.end_char:country.end_char + 1] == "-":
            # "relations algéro-rwandaises" names both sides; "the Russia-Ukraine crisis" a topic.
            nouns = [c for c in sent.cue("bilateral_noun") if abs(c.start - country.start) <= 3]
            return bool(nouns) or any(abs(t.start - country.start) <= 3 for t in sent.triggers if t.label_ == "CONSULT")
        prev = [t for t in self._prev_words(country, 3) if t.pos_ != "DET"]
        if not prev:
            return False
        if prev[-1].pos_ == "CCONJ" or prev[-1].text == ",":
            # "with X and Y": a conjunct of the other side is the other side; "Ukraine, Russia and China"
            # after "including" are not.
            before = self.country_ending_at.get(prev[-1].i)
            return before is not None and before.start < country.start and self._is_counterpart_state(before, sent)
        link = prev[-1] if fold(prev[-1].text) in self.words.counterpart else None
        if link is None:
            return False
        if fold(link.text) in self.words.between:
            # "consultations between X and Y" names the sides; "the exchange of prisoners between
            # X and Y" names a topic: the word before "between" must be a meeting word.
            return any(t.end >= link.i - 2 and t.start < link.i for t in sent.triggers if t.label_ == "CONSULT")
        return True

    def _consult_direction(self, draft: Draft, sent: Sentence, subject, objects, place_state) -> None:
        cues = draft.cues | {c._.value for c in sent.cue("format")}
        states = _dedupe(subject + objects)
        if "host" in cues and "visit" not in cues and (subject or objects):
            # "X received Y": Y visits X; "Y was received by X": the agent hosts. The visitors
            # may only be listed later ("the ambassadors are from …", see `_elaborate`).
            passive = any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for c in draft.trigger.root.children)
            visitor, host = (subject, objects[:1]) if passive else (objects, subject[:1])
            if not host and place_state and place_state not in visitor:
                host = [place_state]  # "X a reçu à Rabat une délégation …": one receives at home
            if not host:
                draft.actor = states
                return
            visitor = [c for c in visitor if c not in host]
            draft.mode = draft.mode or "visit"
            draft.actor, draft.recipient, draft.directed = visitor, host, True
            draft.cameo = "043" if draft.event == "CONSULT" else draft.cameo
            return
        if ("visit" in cues or self._destinations(sent)) and (objects or place_state or self._destinations(sent)):
            # ("During his visit to Kenya, he held meetings with …": the visit frames the meetings.)
            # The host is where the visit goes ("visit to Portugal", "en visite au Maroc").
            destinations = self._destinations(sent)
            host = destinations[:1] or [c for c in objects if c not in subject][:1] or (
                [place_state] if place_state else [])
            visitor = [c for c in subject if c not in host] or [c for c in states if c not in host][:1]
            if visitor and host:
                draft.mode = "visit"
                draft.actor, draft.recipient, draft.directed = visitor, host, True
                return
        if place_state and len(states) >= 2 and place_state in states:
            draft.mode = draft.mode or "visit"
            if "series" in cues or sent.cue("series"):
                draft.actor = states          # a round held in one side's capital: symmetric
            else:
                draft.actor = [c for c in states if c != place_state]
                draft.recipient, draft.directed = [place_state], True
            return
        draft.actor = states

    def _destinations(self, sent: Sentence) -> list[str]:
        """States named after "to"/"à"/"en"/"au" following a visit word in the sentence."""
        visits = [t for t in sent.triggers if "visit" in self._cues(t)]
        out = []
        for c in sent.countries:
            prev = [t for t in self._prev_words(c, 3) if t.pos_ != "DET"]
            if prev and fold(prev[-1].text) in self.words.destination and any(v.start < c.start for v in visits):
                out.append(c.label_)
        return _dedupe(out)

    # -- people, details -------------------------------------------------------------------------
    def _add_people(self, draft: Draft, sent: Sentence) -> None:
        for p in sent.people:
            if self._person_excluded(sent, p):
                continue
            person: Person = p._.value
            if person not in draft.participants:
                draft.participants.append(person)
        for person in self._titled_references(sent):
            if person not in draft.participants:
                draft.participants.append(person)

    def _titled_references(self, sent: Sentence) -> list[Person]:
        """A title standing alone ("The Secretary-General condemns") names the document's
        person who holds that title, when exactly one does."""
        named = {id(p._.value) for p in sent.people}
        out = []
        for t in sent.titles:
            if any(p.start <= t.end + 2 and p.end >= t.start - 2 for p in sent.people):
                continue
            key = fold(t.text)
            holders = [p for p in self.people.values() if p.title and key and key in fold(p.title)
                       and id(p) not in named]
            if len({id(p) for p in holders}) == 1:
                out.append(holders[0])
        return out

    def _add_details(self, draft: Draft, sent: Sentence, own: bool) -> None:
        names = [(x.start, x.end) for x in sent.titles + sent.organisations]
        for t in sent.topics:
            row = t._.value
            if any(a <= t.start < b for a, b in names):
                continue  # "ministre du Tourisme", "Islamic Organization for Food Security": a name
            if row.get("strength") == "weak" and (draft.event != "CONSULT" or not (
                    own or any(x._.value.get("strength") != "weak" for x in sent.topics))):
                continue  # weak cues ("sécurité", a country's name) only tell what talks were about
            if t.label_ not in draft.topics:
                draft.topics.append(t.label_)
        for o in sent.organisations:
            if draft.org_actor and o.start < draft.trigger.start and self.sent_start[o.start] == self.sent_start[draft.trigger.start]:
                continue
            if o.label_ not in draft.organizations:
                draft.organizations.append(o.label_)
        if draft.event == "SUPPORT" and "sign" in draft.cues and any("sign" in self._cues(t) for t in sent.triggers):
            kinds = set()
            for c in sent.cue("document"):
                if c._.value not in kinds:
                    kinds.add(c._.value)
                    draft.documents.append({"kind": c._.value, "title": self._document_title(c)})
        if sent.index not in draft.sentences:
            draft.sentences.append(sent.index)
            draft.spans.append((sent.span.start_char, sent.span.end_char))

    def _document_title(self, cue: Span) -> str:
        """The document's words: its kind word and what follows up to the clause's end."""
        end = cue.end
        while end < len(self.doc) and self.sent_start[end] == self.sent_start[cue.start] and end - cue.end < 12 and not self.doc[end].is_punct \
                and self.doc[end].pos_ not in ("VERB", "AUX"):
            end += 1
        return self.doc[cue.start:end].text

    def _elaborate(self, focus: Draft, sent: Sentence) -> None:
        """A sentence with no event of its own adds details and people to the event in focus.

        Only talks and signed texts have contents told over several sentences; what follows a
        condemnation or a refusal is commentary."""
        if not (focus.event == "CONSULT" or "sign" in focus.cues):
            if any(t.label_ == focus.event for t in sent.triggers):
                # "… a contribution to the IFRC": the same act told on, its framework named
                focus.organizations += [o.label_ for o in sent.organisations if o.label_ not in focus.organizations]
            return
        self._add_details(focus, sent, own=False)
        if focus.event == "CONSULT":
            self._add_people(focus, sent)  # a signature's signatories are those named signing
        if focus.event == "CONSULT":
            attendance = sent.cue("attendance")
            for c in sent.countries:
                if self._is_place(c) or c.label_ in focus.states:
                    continue
                # States of the people named, or states listed as taking part ("were attended by
                # the ministers of X, Y and Z", "the ambassadors are from X, Y …").
                if any(p._.value.country == c.label_ for p in sent.people) or any(
                        a.start < c.start for a in attendance):
                    focus.actor.append(c.label_)

    def _add_series(self, draft: Draft, sent: Sentence) -> None:
        ordinals = sent.cue("ordinal")
        series = sent.cue("series")
        for o in ordinals:
            following = [s for s in series if 0 <= s.start - o.end <= 3]
            if not following:
                continue
            # The most specific name among the words that follow ("political consultations" over "session").
            names = [s for s in series if s.start >= o.end and s.start - o.end <= 8]
            generic = {"session", "round", "stage", "meeting"}  # canonical series ids from the cues tables
            specific = [s for s in names if s._.value not in generic]
            name = (specific or following)[0]._.value
            try:
                draft.series = {"name": name, "ordinal": int(o._.value)}
            except ValueError:
                continue
            return

    # -- merging -------------------------------------------------------------------------------------
    def _merge_into(self, drafts: list[Draft], new: Draft) -> Draft | None:
        for old in reversed(drafts):
            if old.event != new.event or old.aux != new.aux:
                continue
            if new.event == "CONSULT" and self._is_multilateral(old) != self._is_multilateral(new):
                continue  # a bilateral meeting on a summit's margins is not the summit
            if new.event == "AGREE" and old.sentence != new.sentence:
                continue
            if new.states and old.states and not (new.states <= old.states or old.states <= new.states):
                continue
            if new.event == "CONSULT" and not self._same_meeting(old, new):
                continue
            self._absorb(old, new)
            return old
        return None

    def _same_meeting(self, old: Draft, new: Draft) -> bool:
        """Two CONSULT mentions are one meeting unless they involve different people on one side."""
        old_names = {p.key for p in old.participants}
        new_names = {p.key for p in new.participants}
        if new_names and old_names and not (new_names & old_names):
            return False
        if new_names - old_names and old_names and new.directed and old.directed:
            # Same visitor, another host (an envoy's second audience).
            hosts_old = {p.key for p in old.participants if p.country in old.recipient}
            hosts_new = {p.key for p in new.participants if p.country in new.recipient}
            if hosts_old and hosts_new and not (hosts_old & hosts_new):
                return False
        return True

    def _absorb(self, old: Draft, new: Draft) -> None:
        if len(old.states) < 2 and len(new.states) > len(old.states):
            # The first mention lacked a side; later mentions only add details.
            old.actor, old.recipient, old.directed = new.actor, new.recipient, new.directed
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

    # -- finishing: formats, modes, dates, roles ------------------------------------------------------
    def _finish(self, drafts: list[Draft]) -> None:
        statement = self._statement_format()
        main_date = None
        for draft in drafts:
            sents = [self.sentences[i] for i in draft.sentences] if draft.sentences else []
            self._date(draft, sents)
            if draft.date and draft.date_source == "text" and draft.aux is None and main_date is None:
                main_date = draft.date
        # Meetings first: a signature or a statement inside a meeting takes the meeting's format.
        for draft in drafts:
            if draft.event in ("CONSULT", "AGREE") and draft.organizations and not self._is_multilateral(draft) \
                    and "multilateral" not in draft.topics:
                draft.topics.append("multilateral")  # talks about an organisation's matters
        frame = self._frame_organisations()
        for draft in drafts:
            if frame and draft.aux is None and (draft.event == "CONSULT" and not self._is_multilateral(draft)
                                                or "sign" in draft.cues):
                # Meetings and signatures "on the margins of" a summit happen within its framework.
                draft.organizations += [o for o in frame if o not in draft.organizations]
                if draft.event == "CONSULT" and draft.mode is None and draft.format not in REMOTE_FORMATS:
                    draft.mode = "third-party"
        previous = None
        for draft in drafts:
            # Condolences after a condemnation are about the same attack.
            if previous is not None and not draft.topics and draft.event in ("SUPPORT", "ACCUSE") \
                    and "sign" not in draft.cues and set(draft.actor) == set(previous.actor):
                draft.topics = list(previous.topics)
            previous = draft
        for draft in sorted(drafts, key=lambda d: d.event != "CONSULT"):
            if draft.date is None and draft.aux is None and main_date:
                draft.date, draft.date_source = main_date, "text"
            if draft.date is None and draft.aux is None and self.published:
                draft.date, draft.date_source = self.published, "published"
            self._format(draft, drafts, statement)
            self._resolve_people(draft)
            if draft.event == "CONSULT" and draft.mode is None:
                if len(draft.states) >= 3 or ("multilateral" in draft.cues and draft.organizations):
                    draft.mode = "multilateral"
                elif draft.format in REMOTE_FORMATS:
                    draft.mode = "phone"
            if draft.event in ("AGREE", "SUPPORT", "CONCEDE"):
                draft.mode = None  # PLOVER gives these types no modes
            if draft.event == "CONSULT" and draft.mode is None and any(
                    self.sentences[i].cue("margin") for i in draft.sentences):
                draft.mode = "third-party"

    def _frame_organisations(self) -> list[str]:
        """Organisations named right after "on the margins of" / "en marge de"."""
        out = []
        for sent in self.sentences:
            for cue in sent.cue("margin"):
                for org in sent.organisations:
                    if 0 <= org.start - cue.end <= 10 and org.label_ not in out:
                        out.append(org.label_)
        return out

    def _statement_format(self) -> bool:
        for sent in self.sentences:
            for cue in sent.cue("statement"):
                if not any(c.label_ == "not_participant" and c._.value == "source" and 0 <= cue.start - c.end <= 3
                           for c in sent.cues):
                    return True
        return False

    def _format(self, draft: Draft, drafts: list[Draft], statement: bool) -> None:
        if draft.aux == "future":
            draft.format = None
            return
        cues = set(draft.cues)
        for i in draft.sentences:
            cues |= {c._.value for c in self.sentences[i].cue("format")}
        if "phone" in cues and "virtual" not in cues:
            draft.format = "phone"
        elif "virtual" in cues:
            draft.format = "virtual"
        elif draft.event == "CONSULT":
            draft.format = "in_person"
        else:
            host = next((d for d in drafts if d.event == "CONSULT" and d.aux is None and
                         (draft.sentence in d.sentences or "sign" in draft.cues)), None)
            if host is not None:
                draft.format = host.format
            elif "sign" in draft.cues:
                draft.format = "in_person"
            elif statement and draft.event in STATEMENT_TYPES:
                draft.format = "written"
        if draft.event == "CONSULT" and draft.format in REMOTE_FORMATS:
            # Calls and video meetings have no host: every side acts (DESIGN's coding rules).
            draft.mode = "phone"
            draft.actor, draft.recipient, draft.directed = _dedupe(draft.actor + draft.recipient), [], False

    def _date(self, draft: Draft, sents: list[Sentence]) -> None:
        if draft.aux == "future":
            return
        # The trigger's sentence first, nearest words first; then the other sentences that tell it.
        own = self.sentences[draft.sentence].dates if draft.sentence < len(self.sentences) else []
        # Other sentences may name dates to come ("the 30th anniversary, on 3 February 2024"): not the event's.
        others = [d for i in draft.sentences if i != draft.sentence for d in self.sentences[i].dates
                  if not (self.published and d.value and d.value[:len(self.published)] > self.published)]
        for d in sorted(own, key=lambda d: abs(d.start - draft.trigger.start_char)) + others:
            if d.value and d.past is not False and d.kind != "year":
                anchors = [m.value for m in self.dates if m.kind == "absolute" and m.value and len(m.value) == 10]
                draft.date, draft.date_source = anchor_weekday(d, self.lang, anchors) or d.value, "text"
                return

    def _resolve_people(self, draft: Draft) -> None:
        """Fill counterpart roles and missing countries from the other side of the event."""
        roles = [p.role for p in draft.participants if p.role and p.role != "counterpart"]
        for p in draft.participants:
            if p.role == "org_head" and p.org and not p.country:
                row = self.orgs.get(p.org)
                p.country = row["actor_code"] if row else "IGO"
        known = {p.country for p in draft.participants if p.country}
        for p in draft.participants:
            if p.role == "counterpart":
                p.role = roles[0] if roles else None
            if not p.country:
                others = [c for c in draft.states if c not in known]
                if len(others) == 1:
                    p.country = others[0]
                    known.add(others[0])


def _dedupe(items):
    return list(dict.fromkeys(items))


def quad_and_scale(event: str, cameo: str | None) -> tuple[int | None, float | None]:
    return QUAD.get(event), scale_for(cameo)


__all__ = ["Coder", "Draft", "cameo_for", "quad_and_scale"]
