"""Recognise people and tie each to the title that describes them.

Writes `doc.spans["people"]`: one span per person mention (the name's words only), value =
`Person` (name, title words, role, country, institution, organisation). Names come from the
NER's person entities and from capitalised words next to a title, in both orders ("le
vice-ministre …, Alibek Bakaev" and "Alibek Bakaev, Kazakhstan's Deputy Foreign Minister").
Mentions of the same person in a document ("M. Bourita", "Nasser Bourita") share one record.
Must run after the title recogniser.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from .base import NAME_LEMMAS_KEY, make_span
from .lexicon import fold
from .names import NameReader
from .person_states import coordinated_state, delegation_country, demonym_before, state_after_name, state_in_brackets, superior_country, unnamed_office_before
from .scripts import capitalised
from .titles import Title, sole_state

#: A more specific role from another mention wins ("le ministre Attaf" after his full title).
#: An appointment names what a person does in the event: "SE le général …, X, ambassadeur de …"
#: is the ambassador.
ROLE_RANK = {None: 0, "counterpart": 0, "other": 1, "military_officer": 1, "ambassador": 2,
             "minister": 2, "deputy_minister": 2, "senior_official": 2,
             "foreign_minister": 3, "deputy_foreign_minister": 3, "head_of_state": 3, "head_of_government": 3}
#: Prepositions that make what follows a complement of the words before ("Office of the Prime Minister").
GOVERNING_PREPOSITIONS = frozenset({"of", "to"})
#: Articles between an office and a rank ("son homologue, le général X").
RANK_ARTICLES = {"le", "la", "l'", "l’", "the"}
#: An office newly taken still describes its holder ("the new foreign minister").
NEWLY_WORDS = ("new", "newly", "appointed", "incoming", "nouveau", "nouvel", "nouvelle", "nouvellement", "nomme", "nommee")


@dataclass
class Person:
    """A person as the document describes them."""

    name: str
    title: str | None = None
    role: str | None = None
    country: str | None = None
    institution: str | None = None
    org: str | None = None
    sector: str | None = None
    title_span: tuple[int, int] | None = None   # character offsets of the title
    mentions: list[tuple[int, int]] = field(default_factory=list)
    #: Named somewhere as someone's counterpart ("son homologue togolais, X"), whatever the title
    #: another mention gives ("le ministre X"): he holds the office across from that someone.
    counterpart: bool = False

    @property
    def key(self) -> str:
        """The last name, folded, hyphens read as spaces: "Al-Thani" and "Al Thani" are one."""
        words = self.name.replace("-", " ").split()
        return fold(words[-1]) if words else ""


class PeopleRecogniser:
    key = "people"

    def __init__(self, lang: str):
        self.lang = lang
        self.names = NameReader(lang)

    @staticmethod
    def _in_name_title_list(doc: Doc, title: Span, name: Span, name_ends: set[int], title_starts: set[int]) -> bool:
        """"Son Excellence M. A, Président du Ghana, Son Excellence M. B, Président du Togo": in a
        list of names each followed by its title, a title between two names is the first one's
        (a name ends before its comma) when the second name has a title of its own after it."""
        if title.start < 2 or doc[title.start - 1].text != "," or title.start - 1 not in name_ends:
            return False
        k = name.end
        if k >= len(doc) or doc[k].text != ",":
            return False
        k += 1
        if k < len(doc) and fold(doc[k].text) in ("le", "la", "l'", "the"):
            k += 1
        return k in title_starts

    @staticmethod
    def _governed(doc: Doc, start: int) -> bool:
        """Does a preposition of possession govern the words at `start` ("of the", "du", "de la")?"""
        j = start - 1
        if j >= 0 and fold(doc[j].text) in ("the", "le", "la", "l'"):
            j -= 1
        return j >= 0 and fold(doc[j].text) in GOVERNING_PREPOSITIONS

    def __call__(self, doc: Doc) -> Doc:
        blocked = set()
        for key in ("countries", "organisations", "titles", "triggers"):
            for span in doc.spans.get(key, []):
                blocked.update(range(span.start, span.end))
        for span in doc.spans.get("cues", []):
            if span.label_ in ("document", "series"):
                blocked.update(range(span.start, span.end))
        titles = sorted(doc.spans.get("titles", []), key=lambda s: s.start)
        names = self.names.candidates(doc, titles, blocked)
        spelled: dict[int, str] = {}
        if not doc.has_annotation("ENT_IOB"):
            surnames = {fold(n[-1].text) for n in names}
            for span, spelling in self.names.dictionary_names(doc):
                if not any(n.start <= span.start < n.end for n in names) and fold(span[-1].text) not in surnames:
                    names.append(span)
                    spelled[span.start] = spelling
            # Without a named-entity model, runs of capitalised words are names on probation:
            # kept when a title names them or they end in the surname of a name already found.
            tentative = self.names.capitalised_runs(doc, blocked, names)
            names += tentative
            names.sort(key=lambda n: n.start)
        else:
            tentative = []
            # The named-entity model misses office-holders named by their surname alone
            # ("Bourita spoke to …", "Lavrov and Blinken met"): the dictionary finds them.
            # Only where an act is told: a surname alone elsewhere ("Sunak said he was taking
            # over") is background that would otherwise join the talks told before it.
            acting = {t.sent.start for t in doc.spans.get("triggers", [])}
            for span, _spelling in self.names.dictionary_names(doc) if acting else ():
                if span.sent.start not in acting:
                    continue
                # (The model may take a surname for a place or a body, "Blinken" GPE, but a date is
                # no minister: "Friday", not Godwin Friday.)
                if span.root.pos_ == "PROPN" and fold(span[-1].text) not in self.names.not_name_words and self.names.takes_part(span) \
                        and all(t.ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP") for t in span) \
                        and not blocked.intersection(range(span.start, span.end)) \
                        and not any(n.start < span.end and span.start < n.end for n in names):
                    names.append(span)
            names.sort(key=lambda n: n.start)
        # "the Sushma Swaraj Institute of Foreign Service", "the Nelson Mandela Foundation": a name
        # right before a capitalised word that heads an institution's name is that institution's.
        institutions = {c.start for c in doc.spans.get("cues", []) if c.label_ == "institution" and doc[c.start].text[:1].isupper()}
        names = [n for n in names if n.end not in institutions]
        linked: dict[int, Span] = {}
        counterpart_of: dict[int, Span] = {}  # a counterpart's title another title after the name replaced
        used_titles = set()
        # Title then name: "le ministre …, M. Nasser Bourita", "Foreign Minister Park Jin". A long
        # French ministry title may run on past the lexicon's words ("… et de la Communauté
        # nationale à l'étranger, Ahmed Attaf"): up to a verb, the first name after a comma.
        name_at = {n.start: n for n in names}
        # A name right after its title links first; a name found further on, after a comma,
        # only when that person is not named right after a title elsewhere ("Anche con il
        # collega degli Esteri dell'Albania, Renzi ha firmato", where "Segretario di Stato
        # Renzi" says who Renzi is).
        further: list[tuple[int, Span]] = []
        # A title governed by "of" is a complement of the title before it, not someone's ("Minister
        # in the Office of the Prime Minister for Borders, His Excellency X"): X is the minister.
        complements = {t.start for t in titles if self._governed(doc, t.start)}
        name_ends = {n.end for n in names}
        title_starts = {t.start for t in titles}
        for t in titles:
            j = self.names.name_start(doc, t, (",", ":"))
            if j not in name_at:
                k, after_comma, j = t.end, False, None
                while k < min(len(doc), t.end + 25) and doc[k].pos_ not in ("VERB", "AUX") \
                        and (doc[k].text not in (".", ";") or self.names.is_honorific(doc[k])):
                    if any(other.start == k and other.start not in complements for other in titles):
                        break
                    if k in name_at and after_comma and t.start not in complements:
                        further.append((k, t))
                        break
                    after_comma = doc[k].text == "," or (after_comma and (
                        self.names.is_honorific(doc[k]) or fold(doc[k].text).rstrip(".") in self.names.honorific_run_words))
                    k += 1
            if j is not None and j in name_at and j not in linked \
                    and not (j > t.end and self._in_name_title_list(doc, t, name_at[j], name_ends, title_starts)):
                linked[j] = t
                used_titles.add(t.start)
        # "Anche con il collega degli Esteri dell'Albania, Renzi ha firmato": a counterpart's
        # title does not describe someone another title of the text names ("Segretario di
        # Stato Renzi"); a fronted "with the counterpart …" is followed by the subject. (Not the
        # counterpart met, "a reçu son homologue togolais, X", whom "le ministre X" names again;
        # that needs a parse, so languages without one keep the first reading.)
        titled = {fold(name_at[j][-1].text) for j, t in linked.items() if t.label_ != "counterpart"}
        for j in [j for j, t in linked.items() if t.label_ == "counterpart" and fold(name_at[j][-1].text) in titled
                  and (not doc.has_annotation("DEP") or name_at[j].root.dep_.startswith("nsubj"))]:
            used_titles.discard(linked.pop(j).start)
        direct = {fold(name_at[j][-1].text) for j in linked}
        for j, t in further:
            if j not in linked and t.start not in used_titles and fold(name_at[j][-1].text) not in direct:
                linked[j] = t
                used_titles.add(t.start)
        # Name then title: "Alibek Bakaev, Kazakhstan's Deputy Foreign Minister".
        for name in names:
            j = name.end
            if j < len(doc) and doc[j].text in (",", "("):
                j += 1
            # (An article, and a word saying the office is newly taken: "Reza Karimi, the new
            # Iranian foreign minister", "X, le nouvel ambassadeur du Sénégal"; not "former".)
            while j < len(doc) and fold(doc[j].text) in ("le", "la", "l'", "the", "a", "an") + NEWLY_WORDS:
                j += 1
            for t in titles:
                if t.start == j and t.start not in used_titles:
                    if self._title_before_name(doc, t, blocked):
                        break  # "The Honorable X, Japan Ambassador to the FSM Eiichi Suzuki": the title is Suzuki's
                    before = linked.get(name.start)
                    if before is not None and ROLE_RANK.get(t.label_, 1) <= ROLE_RANK.get(before.label_, 1):
                        break
                    if before is not None and before.label_ == "counterpart":
                        # "son homologue angolais, X, président en exercice de l'UA": the office after
                        # the name says what he holds, the counterpart's word whose side he is on.
                        counterpart_of[name.start] = before
                    linked[name.start] = t
                    used_titles.add(t.start)
                    break
        if tentative:
            sure = [n for n in names if n not in tentative or n.start in linked]
            known = {fold(n[-1].text): {fold(t.text) for t in n} for n in sure}
            kept = []
            for n in names:
                if n in tentative and n.start not in linked:
                    words = known.get(fold(n[-1].text))
                    if words is None:
                        continue
                    if len(words) < 2:  # the known name is a bare surname: the run says more
                        words = {fold(t.text) for t in n}
                    # "Ernennung von Heiko Maas": keep only the words of the known name.
                    start = n.end - 1
                    while start > n.start and fold(n.doc[start - 1].text) in words:
                        start -= 1
                    n = n.doc[start:n.end]
                kept.append(n)
            names = kept
        self._office_before_rank(doc, titles, linked, used_titles)
        people: dict[str, Person] = {}
        titled_before: dict[int, tuple[Span, str]] = {}  # (for `coordinated_state`)
        spans = []
        nominative = doc.user_data.get(NAME_LEMMAS_KEY)
        for name in names:
            text = spelled.get(name.start) or self.names.clean(name, nominative)
            if not text:
                continue
            title = linked.get(name.start)
            person = Person(text)
            if title is not None:
                info: Title = title._.value
                person.title, person.role, person.country = info.text, info.role, info.country
                person.institution, person.org, person.sector = info.institution, info.org, info.sector
                person.title_span = (title.start_char, title.end_char)
                person.counterpart = info.role == "counterpart"
            if name.start in counterpart_of:
                person.counterpart = True
                person.country = person.country or counterpart_of[name.start]._.value.country
            if person.country is None and title is not None:
                person.country = superior_country(doc, title, titles)
            if person.country is None and title is not None and not (person.role == "org_head" and person.org):
                person.country = state_after_name(doc, name)
            if person.country is None and not (person.role == "org_head" and person.org):
                person.country = state_in_brackets(doc, name)
            if person.country is None and not (person.role == "org_head" and person.org):
                # (The head of an organisation acts for it: "le Mozambicain X, représentant
                # spécial de l'ONU" is the UN's, whatever his birth.)
                person.country = demonym_before(doc, name)
            if person.country is None:
                person.country = delegation_country(doc, name, title, self.names.is_honorific)
            if person.country is None and title is not None and not person.org:
                person.country = unnamed_office_before(title, titles, used_titles)
            if person.country is None and title is not None and not person.org:
                person.country = coordinated_state(doc, title, titled_before)
            if title is not None and title._.value.country and not person.org and title.end == name.start:
                titled_before[name.end] = (title, title._.value.country)
            if person.country is None and title is not None and not person.org:
                # "Secretary of State Michael R. Pompeo": an office one state alone has, the
                # title names that state without a word for it.
                person.country = sole_state(self.lang, person.title or "", person.role or "")
            person = self._merge(people, person)
            person.mentions.append((name.start_char, name.end_char))
            spans.append(make_span(doc, name.start_char, name.end_char, "PERSON", person, self.key))
        doc.spans[self.key] = spans
        self._drop_states_in_names(doc, spans)
        return doc

    @staticmethod
    def _drop_states_in_names(doc: Doc, people: list[Span]) -> None:
        """A state's name that is a word of a longer person's name ("Mauricio Macri", "Luís
        Montenegro") is that person's, not a state (a trained model's entities do this upstream)."""
        countries = doc.spans.get("countries", [])
        # (A state inside a title is the title's: "посол Малайзии" stays Malaysia's, even when a
        # name found wrongly runs over it.)
        titled = {i for t in doc.spans.get("titles", []) for i in range(t.start, t.end)}
        inside = [c for c in countries if c.start not in titled and any(
            p is not None and p.start <= c.start and c.end <= p.end and len(p) > len(c) for p in people)]
        if inside:
            doc.spans["countries"] = [c for c in countries if c not in inside]

    @staticmethod
    def _title_before_name(doc: Doc, title: Span, blocked) -> bool:
        """Is a title followed, past the state it names, by a name with nothing between ("Japan
        Ambassador to the FSM Eiichi Suzuki")? Then it is that name's, not the one before it."""
        states = {i for c in doc.spans.get("countries", []) for i in range(c.start, c.end)}
        k = title.end
        while k < len(doc) and k - title.end < 4 and (k in states or fold(doc[k].text) in RANK_ARTICLES):
            k += 1
        return k < len(doc) and doc[k].pos_ == "PROPN" and capitalised(doc[k].text) and k not in blocked \
            and bool(doc[k - 1].whitespace_)

    @staticmethod
    def _office_before_rank(doc: Doc, titles: list[Span], linked: dict[int, Span], used: set[int]) -> None:
        """"his Iranian counterpart Brigadier General Amir Hatami", "Iran's Defence Minister,
        Brigadier General X": a military rank between an office and the name is the officer's
        grade; the office, right before it, is what the person holds."""
        by_end = {t.end: t for t in titles}
        for j, rank in list(linked.items()):
            if rank.label_ != "military_officer":
                continue
            k = rank.start
            while k > rank.start - 3 and k > 0 and (doc[k - 1].text == "," or fold(doc[k - 1].text) in RANK_ARTICLES):
                k -= 1  # "son homologue nigérien, le général X"
            office = by_end.get(k)
            if office is not None and office.label_ != "military_officer" and office.start not in used:
                linked[j] = office
                used.add(office.start)

    @staticmethod
    def _same_words(people: dict[str, Person], person: Person) -> Person | None:
        """The one person already named whose name holds all the words of this one, or whose
        words this one holds: "Djeyhoun" or "Tshisekedi" after "Félix Antoine Tshisekedi
        Tshilombo" (a first name alone, or a surname before a second one)."""
        words = set(fold(person.name).split())
        if not words:
            return None
        found = {id(p): p for p in people.values()
                 if (w := set(fold(p.name).split())) and (words <= w or w <= words)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _merge(self, people: dict[str, Person], person: Person) -> Person:
        """Return the document's record for this person, merged with earlier mentions."""
        key = person.key
        known = people.get(key)
        if known is None:
            known = self._same_words(people, person)
        if known is None:
            people[key] = person
            return person
        a, b = set(fold(known.name).split()), set(fold(person.name).split())
        if not (a <= b or b <= a):
            people[key + "|" + fold(person.name)] = person
            return person
        if len(person.name) > len(known.name):
            known.name = person.name
        known.counterpart = known.counterpart or person.counterpart
        if person.role and ROLE_RANK.get(person.role, 1) > ROLE_RANK.get(known.role, 0):
            known.role, known.title, known.title_span = person.role, person.title, person.title_span
        for attr in ("title", "role", "country", "institution", "org", "sector", "title_span"):
            if getattr(known, attr) is None and getattr(person, attr) is not None:
                setattr(known, attr, getattr(person, attr))
        return known


@Language.factory("communique_people", default_config={"lang": "fr"})
def make_people_recogniser(nlp: Language, name: str, lang: str) -> PeopleRecogniser:
    return PeopleRecogniser(lang)
