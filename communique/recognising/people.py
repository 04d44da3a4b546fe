"""Recognise people and tie each to the title that describes them.

Writes `doc.spans["people"]`: one span per person mention (the name's words only), value =
`Person` (name, title words, role, country, institution, organisation). Names come from the
NER's person entities and from capitalised words next to a title, in both orders ("le
vice-ministre …, Alibek Bakaev" and "Alibek Bakaev, Kazakhstan's Deputy Foreign Minister").
Mentions of the same person in a document ("M. Bourita", "Nasser Bourita") share one record.
Must run after the title recogniser.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lang import table
from .base import NAME_LEMMAS_KEY, make_span
from .scripts import INFLECTION, capitalised, caseless, not_name_words, script
from .lexicon import fold
from .office_holders import lookup, surname_patterns
from .titles import Title

#: Lower-case words that may sit inside a name ("Mohamed Ould Cheikh", "Jean-Yves Le Drian").
NAME_PARTICLES = {"ben", "bin", "bint", "ibn", "al", "el", "ould", "de", "da", "das", "do", "dos", "van",
                  "von", "der", "del", "della", "di", "du", "la", "abu", "bou", "ag", "ter"}
#: A more specific role from another mention wins ("le ministre Attaf" after his full title).
#: An appointment names what a person does in the event: "SE le général …, X, ambassadeur de …"
#: is the ambassador.
ROLE_RANK = {None: 0, "counterpart": 0, "other": 1, "military_officer": 1, "ambassador": 2,
             "minister": 2, "deputy_minister": 2, "senior_official": 2,
             "foreign_minister": 3, "deputy_foreign_minister": 3, "head_of_state": 3, "head_of_government": 3}
#: "The Indian delegation was led by …", "la délégation malienne, conduite par …".
DELEGATION_WORDS = {"delegation", "delegations", "side", "team", "delegation", "partie", "equipe"}
LEADING_WORDS = ("led", "headed", "conduit", "dirige", "presid")
#: "Jamaica was represented by X", "la France sera représentée par X".
REPRESENTING_WORDS = ("represented", "represente")
#: Prepositions that make what follows a complement of the words before ("Office of the Prime Minister").
GOVERNING_PREPOSITIONS = frozenset({"of", "to"})
#: The words of an honorific and the apostrophes between them.
HONORIFIC_PARTS = re.compile(r"[^\s’']+|[’']")
#: The "of" between a titled name and its state ("le roi Salmane d'Arabie saoudite").
STATE_OF = frozenset({"of", "de", "du", "d'", "d’"})

#: Articles between an office and a rank ("son homologue, le général X").
RANK_ARTICLES = {"le", "la", "l'", "l’", "the"}
#: The English possessive's tokens, which may end a name's run ("Ali Toure's", "Guterres'").
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
#: An office newly taken still describes its holder ("the new foreign minister").
NEWLY_WORDS = ("new", "newly", "appointed", "incoming", "nouveau", "nouvel", "nouvelle", "nouvellement", "nomme", "nommee")
NON_NAME_POS = {"PRON", "DET", "ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PUNCT", "NUM", "SYM", "PART"}


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


@lru_cache(maxsize=None)
def honorifics(lang: str) -> frozenset[str]:
    return frozenset(fold(r["pattern"]) for r in table(lang, "titles") if r["kind"] == "honorific")


@lru_cache(maxsize=None)
def honorific_prefixes(lang: str) -> tuple[str, ...]:
    """The honorifics as written, longest first, to strip from the start of a name
    ("S. E. M. Denis …", "Madame Denise …")."""
    rows = {r["pattern"] for r in table(lang, "titles") if r["kind"] == "honorific"}
    return tuple(sorted(rows, key=len, reverse=True))


@lru_cache(maxsize=1)
def _surname_stems() -> dict[str, list[tuple[str, str]]]:
    """The office-holders' surname stems by their first four letters (built once, not per document)."""
    stems: dict[str, list[tuple[str, str]]] = {}
    for stem, spelling, _office in surname_patterns():
        stems.setdefault(stem[:4], []).append((stem, spelling))
    return stems


class PeopleRecogniser:
    key = "people"

    def __init__(self, lang: str):
        from .titles import portfolio_words, title_words
        self.portfolio_words = portfolio_words(lang)
        self.title_words = title_words(lang)
        # "Dr" and "Dr." alike: compare without the final dot (computed once, not per token).
        self.honorifics = {h.rstrip(".") for h in honorifics(lang)}
        # Honorifics of several words ("His Excellency", "Son Excellence"), as folded words
        # without their dots, to be read token by token between a title and a name.
        # (Split as the tokenizer splits them: "Dato’ Sri" is "Dato", "’", "Sri".)
        self.honorific_runs = tuple(sorted({run for h in honorifics(lang)
                                            if len(run := tuple(w.rstrip(".") for w in HONORIFIC_PARTS.findall(h))) > 1},
                                           key=len, reverse=True))
        self.honorific_run_words = frozenset(w for run in self.honorific_runs for w in run)
        self.honorific_prefixes = honorific_prefixes(lang)
        self.not_name_words = not_name_words(lang)
        # Prepositions that join the sides of an act ("with", "between", "to", "by"), from the cues.
        self.linking_prepositions = frozenset(fold(r["pattern"]) for r in table(lang, "cues") if r["cue"] in (
            "counterpart_link", "agent_preposition", "destination_preposition"))
        # Prepositions by which an act's noun names who made or sent it ("a call from Wong").
        self.sender_prepositions = frozenset(fold(r["pattern"]) for r in table(lang, "cues")
                                             if r["cue"] == "sender_preposition")
        self.not_name_rows = [(fold(r["pattern"]).rstrip("*"), r["pattern"].endswith("*"))
                              for r in table(lang, "titles") if r["kind"] == "not_name"]

    def _is_honorific(self, tok) -> bool:
        """An honorific word, or the dot that ends one ("Amb" "." as the tokenizer splits "Amb.")."""
        if tok.text == "." and tok.i > 0 and fold(tok.doc[tok.i - 1].text) in self.honorifics:
            return True
        return fold(tok.text).rstrip(".") in self.honorifics

    def _past_honorifics(self, doc: Doc, j: int, marks: tuple[str, ...]) -> int:
        """The first token from j that is neither one of `marks` nor part of an honorific (",
        His Excellency Mr" between a title and its holder's name)."""
        while j < len(doc):
            end = self._honorific_end(doc, j)
            if end == j and doc[j].text not in marks:
                break
            j = max(j + 1, end)
        return j

    def _name_start(self, doc: Doc, title: Span, marks: tuple[str, ...]) -> int:
        """Where the name of a title's holder would start: past the marks and honorifics after
        the title, and past the institution's last word that the title left out when an honorific
        follows it ("Speaker of the Ghana Parliament Honorable Mike Ocquaye", "… House Hon. X")."""
        j = self._past_honorifics(doc, title.end, marks)
        if j + 1 < len(doc) and fold(doc[j].text) in self.title_words and self._honorific_end(doc, j + 1) > j + 1:
            j = self._past_honorifics(doc, j + 1, marks)
        return j

    def _honorific_end(self, doc: Doc, j: int) -> int:
        """The end of the honorific that starts at token j, or j when none does: one word ("M.",
        "Hon."), several ("His Excellency", "Son Excellence"), or one after its article ("le
        Dr", "the Honourable"), as between "Minister for Foreign Affairs, the Hon" and a name."""
        if j >= len(doc):
            return j
        for run in self.honorific_runs:
            k, ok = j, True
            for word in run:
                while k < len(doc) and doc[k].text == ".":
                    k += 1
                if k >= len(doc) or fold(doc[k].text).rstrip(".") != word:
                    ok = False
                    break
                k += 1
            if ok:
                return k
        if self._is_honorific(doc[j]):
            return j + 1
        if fold(doc[j].text) in ("le", "la", "l'", "the") and j + 1 < len(doc):
            end = self._honorific_end(doc, j + 1)
            if end > j + 1:
                return end
        return j

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
        names = self._names(doc, titles, blocked)
        spelled: dict[int, str] = {}
        if not doc.has_annotation("ENT_IOB"):
            surnames = {fold(n[-1].text) for n in names}
            for span, spelling in self._dictionary_names(doc):
                if not any(n.start <= span.start < n.end for n in names) and fold(span[-1].text) not in surnames:
                    names.append(span)
                    spelled[span.start] = spelling
            # Without a named-entity model, runs of capitalised words are names on probation:
            # kept when a title names them or they end in the surname of a name already found.
            tentative = self._capitalised_runs(doc, blocked, names)
            names += tentative
            names.sort(key=lambda n: n.start)
        else:
            tentative = []
            # The named-entity model misses office-holders named by their surname alone
            # ("Bourita spoke to …", "Lavrov and Blinken met"): the dictionary finds them.
            # Only where an act is told: a surname alone elsewhere ("Sunak said he was taking
            # over") is background that would otherwise join the talks told before it.
            acting = {t.sent.start for t in doc.spans.get("triggers", [])}
            for span, _spelling in self._dictionary_names(doc) if acting else ():
                if span.sent.start not in acting:
                    continue
                # (The model may take a surname for a place or a body, "Blinken" GPE, but a date is
                # no minister: "Friday", not Godwin Friday.)
                if span.root.pos_ == "PROPN" and fold(span[-1].text) not in self.not_name_words and self._takes_part(span) \
                        and all(t.ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP") for t in span) \
                        and not blocked.intersection(range(span.start, span.end)) \
                        and not any(n.start < span.end and span.start < n.end for n in names):
                    names.append(span)
            names.sort(key=lambda n: n.start)
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
            j = self._name_start(doc, t, (",", ":"))
            if j not in name_at:
                k, after_comma, j = t.end, False, None
                while k < min(len(doc), t.end + 25) and doc[k].pos_ not in ("VERB", "AUX") \
                        and (doc[k].text not in (".", ";") or self._is_honorific(doc[k])):
                    if any(other.start == k and other.start not in complements for other in titles):
                        break
                    if k in name_at and after_comma and t.start not in complements:
                        further.append((k, t))
                        break
                    after_comma = doc[k].text == "," or (after_comma and (
                        self._is_honorific(doc[k]) or fold(doc[k].text).rstrip(".") in self.honorific_run_words))
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
        spans = []
        nominative = doc.user_data.get(NAME_LEMMAS_KEY)
        for name in names:
            text = spelled.get(name.start) or self._clean(name, nominative)
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
                person.country = self._superior_country(doc, title, titles)
            if person.country is None and title is not None and not (person.role == "org_head" and person.org):
                person.country = self._state_after_name(doc, name)
            if person.country is None and not (person.role == "org_head" and person.org):
                # (The head of an organisation acts for it: "le Mozambicain X, représentant
                # spécial de l'ONU" is the UN's, whatever his birth.)
                person.country = self._demonym_before(doc, name)
            if person.country is None:
                person.country = self._delegation_country(doc, name, title)
            if person.country is None and title is not None and not person.org:
                person.country = self._unnamed_office_before(title, titles, used_titles)
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
    def _superior_country(doc: Doc, title: Span, titles: list[Span]) -> str | None:
        """"conseillère diplomatique du président français", "envoy of the President of
        Ghana": one who serves the holder of another title serves that holder's state."""
        j = title.end
        while j < len(doc) and j - title.end < 3 and fold(doc[j].text) in ("de", "du", "d'", "of", "the", "to", "au", "aupres"):
            j += 1
        if j == title.end:
            return None
        for t in titles:
            if t.start == j and t._.value.country:
                return t._.value.country
        return None

    @staticmethod
    def _state_after_name(doc: Doc, name: Span) -> str | None:
        """"le roi Salmane d'Arabie saoudite", "President Kofi Mensah of Ghana": a state named by
        its name right after a titled person's name, joined by "of", is the state of the title
        (a state's capital there is a place: "le président X de Ryad" is not said)."""
        j = name.end
        if j >= len(doc) or fold(doc[j].text) not in STATE_OF:
            return None
        j += 1
        if j < len(doc) and fold(doc[j].text) in ("la", "l'", "the"):
            j += 1
        for span in doc.spans.get("countries", []):
            if span.start == j and (span._.value or ("", ""))[1] in ("name", "alias"):
                return span.label_
        return None

    def _delegation_country(self, doc: Doc, name: Span, title: Span | None) -> str | None:
        """"The Indian delegation was led by X", "la partie marocaine, conduite par X": the
        state of the delegation or side a person leads."""
        j = title.start if title is not None and title.end <= name.start else name.start
        j -= 1
        cut = 0  # a given name the named-entity model left out ("Shri Vinay | Mohan Kwatra")
        while j > 0 and (self._is_honorific(doc[j]) or doc[j].pos_ == "DET"
                         or (cut < 2 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper())):
            cut += doc[j].pos_ == "PROPN"
            j -= 1
        if j < 1 or fold(doc[j].text) not in ("by", "par"):
            return None
        sent_start = doc[j].sent.start
        if fold(doc[j - 1].text).startswith(REPRESENTING_WORDS):
            # "Jamaica was represented by Senator X", "la France sera représentée par X": the
            # state that is the subject, with nothing but auxiliaries between.
            k = j - 2
            while k >= sent_start and doc[k].pos_ == "AUX":
                k -= 1
            for span in doc.spans.get("countries", []):
                if span.end == k + 1 and span.start >= sent_start:
                    return span.label_
            return None
        if not fold(doc[j - 1].text).startswith(LEADING_WORDS):
            return None
        for span in doc.spans.get("countries", []):
            if not (sent_start <= span.start and span.end <= j - 1 and j - 1 - span.end <= 8):
                continue
            near = doc[max(sent_start, span.start - 3): min(span.end + 2, j - 1)]
            if any(fold(t.text) in DELEGATION_WORDS for t in near):
                return span.label_
        return None

    @staticmethod
    def _unnamed_office_before(title: Span, titles: list[Span], used: set[int]) -> str | None:
        """"A Chinese Foreign Ministry spokesperson on Thursday called for … spokesperson Mao Ning
        said": an office brought in before with its state, no holder and an indefinite article is
        the one the later holder's bare title (the same office, the same head word) speaks of: the
        last such before it."""
        head = fold(title.root.text)
        doc = title.doc

        def served(t: Span) -> bool:
            # "envoyé spécial du Président des Emirats": an office named as whom another serves,
            # not one who acts.
            return any(0 <= t.start - u.end <= 2 and all(w.pos_ in ("ADP", "DET") for w in doc[u.end:t.start])
                       for u in titles if u.end <= t.start)
        def introduced(t: Span) -> bool:
            # "A Chinese Foreign Ministry spokesperson": an indefinite article brings in someone new;
            # "The Kenyan minister said" refers back to one named before.
            return t.start > 0 and "Ind" in doc[t.start - 1].morph.get("Definite")
        earlier = [t for t in titles if t.end <= title.start and t.start not in used and t.label_ == title.label_
                   and t._.value.country and not t._.value.org and fold(t.root.text) == head and not served(t)
                   and introduced(t)]
        return earlier[-1]._.value.country if earlier else None

    def _demonym_before(self, doc: Doc, name: Span) -> str | None:
        """"l'Angolais Joao Lourenço", "the Kenyan Amina Otieno": a demonym just before the name."""
        j = name.start - 1
        while j >= 0 and doc[j].pos_ == "DET":
            j -= 1
        for span in doc.spans.get("countries", []):
            if span.end in (name.start, j + 1) and span._.value and span._.value[1] == "adjective":
                return span.label_
        return None

    def _takes_part(self, span: Span) -> bool:
        """Is a name the dictionary found where someone who acts stands: a subject, an object, a
        conjunct or apposition, a possessor ("Kishida's visit"), or after a preposition that
        links the sides ("with", "to", "between", "by")? Not someone in whose time or name
        something is ("re-appointed under Sunak", "the envoy of Putin")."""
        root = span.root
        dep = root.dep_.split(":")[0]
        if dep in ("nsubj", "dobj", "obj", "iobj", "conj", "appos", "poss", "ROOT", "root", "compound", "nsubjpass"):
            return True
        if dep in ("pobj", "obl", "nmod"):
            prep = root.head if root.head.pos_ == "ADP" else next((c for c in root.children if c.dep_ == "case"), None)
            if prep is not None and fold(prep.text) in self.sender_prepositions:
                # "received a courtesy call from Wong": who made the call or sent the message, when
                # the phrase hangs on the act's own word (not "quoted from Sunak", "a shift from Ruto").
                noun = prep.head if root.head.pos_ == "ADP" else root.head
                return any(t.start <= noun.i < t.end for t in span.doc.spans.get("triggers", []))
            return prep is not None and fold(prep.text) in self.linking_prepositions
        return False

    def _dictionary_names(self, doc: Doc) -> list[tuple[Span, str]]:
        """Without a named-entity model, the office-holders the text names, with their spelling."""
        stems = _surname_stems()
        out = []
        for tok in doc:
            if not capitalised(tok.text):
                continue
            # The surname, possibly inflected: "Лавровым" for "Лавров" (at most three letters more).
            extra = INFLECTION[script(tok.text)]
            hits = [(stem, spelling) for stem, spelling in stems.get(tok.text[:4], ())
                    if tok.text.startswith(stem) and len(tok.text) - len(stem) <= extra]
            prev = doc[tok.i - 1] if tok.i and capitalised(doc[tok.i - 1].text) and not doc[tok.i - 1].is_sent_start \
                and doc[tok.i - 1].is_alpha and fold(doc[tok.i - 1].text) not in self.not_name_words else None
            if prev is not None and script(tok.text) != "cyrillic":
                # "Augusto Santos Silva" is not "Luiz Inácio Lula da Silva": a given name that
                # the spelling lacks is another person's.
                hits = [h for h in hits if fold(prev.text) in fold(h[1]).split() or len(h[1].split()) == 1]
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if prev is None and nxt is not None and script(tok.text) == "latin" and capitalised(nxt.text) \
                    and nxt.is_alpha and tok.whitespace_:
                hits = []  # "Augusto Santos Silva": a given name here, not Manuel Domingos Augusto
            if hits:
                start = prev.i if prev is not None else tok.i
                out.append((doc[start : tok.i + 1], max((h[1] for h in hits), key=len)))
        return out

    def _names(self, doc: Doc, titles, blocked) -> list[Span]:
        """Return candidate name spans: NER persons plus capitalised words after titles."""
        found: dict[int, Span] = {}
        for ent in doc.ents:
            if ent.label_ not in ("PER", "PERSON"):
                continue
            start = ent.start
            # An honorific of several words the entity begins inside ("Datuk" | "Seri Anwar Ibrahim").
            for back in (2, 1):
                if start - back >= 0 and self._honorific_end(doc, start - back) > start:
                    start = min(ent.end, self._honorific_end(doc, start - back))
                    break
            # The French NER often swallows the title: keep the words after it.
            for t in titles:
                if t.start <= start < t.end or (ent.start <= t.start < ent.end):
                    start = max(start, t.end)
            while start < ent.end and (doc[start].text in (",", ":") or self._honorific_end(doc, start) > start
                                       or doc[start].pos_ in NON_NAME_POS or fold(doc[start].text) in self.portfolio_words):
                start = max(start + 1, min(ent.end, self._honorific_end(doc, start)))
            if start == ent.start:
                start = self._name_head(doc, start, blocked)
            end = ent.end
            while end > start and doc[end - 1].pos_ in ("PUNCT",):
                end -= 1
            if end == ent.end:
                end = self._name_tail(doc, end, start, blocked)
            if end > start and all(i not in blocked for i in range(start, end)):
                found[start] = doc[start:end]
        for t in titles:
            j = self._name_start(doc, t, (",",))
            if j in found:
                continue
            end = j
            while end < len(doc) and end - j < 6 and end not in blocked and self._name_word(doc[end], end == j):
                end += 1
            while end > j and fold(doc[end - 1].text) in NAME_PARTICLES:
                end -= 1
            if end > j and any(capitalised(doc[k].text) for k in range(j, end)):
                # Don't let a name run into the next sentence.
                found[j] = doc[j:end]
        # An honorific is followed by a name ("SEM Nguyen Van Trung, ambassadeur du Vietnam",
        # "H.E. Mevlut Cavusoglu"), which the NER may take for a place or leave out. (Without a
        # NER, the capitalised runs after it are read as names already.)
        honoured = set(self._after_honorifics(doc)) if doc.has_annotation("ENT_IOB") else set()
        for j in sorted(honoured):
            if j in found:
                continue
            end = j
            # (No sentence ends inside a run of proper nouns the parser cut: "S.E.M. Faure | Essozimna …".)
            while end < len(doc) and end - j < 6 and end not in blocked and self._name_word(
                    doc[end], end == j or (doc[end - 1].pos_ == "PROPN" and doc[end - 1].whitespace_ == " ")):
                end += 1
            while end > j and fold(doc[end - 1].text) in NAME_PARTICLES:
                end -= 1
            if any(doc[k].ent_type_ in ("PER", "PERSON") for k in range(j, end)):
                continue  # the NER found this name, and knows better where it ends ("… Al-Thani")
            if end - j >= 2 or (end > j and doc[j].pos_ == "PROPN"):
                found[j] = doc[j:end]
        # Drop spans nested in others, join touching ones ("Abdisaid Muse" + "Ali"), and
        # extend over hyphenated endings ("Yoon Suk" + "-yeol").
        out = sorted(found.values(), key=lambda s: (s.start, -len(s)))
        kept: list[Span] = []
        for s in out:
            if kept and s.start < kept[-1].end:
                continue
            if kept and s.start == kept[-1].end and doc[s.start].text[:1].isupper():
                s = doc[kept.pop().start : s.end]
            end = s.end
            while end < len(doc):
                nxt = doc[end]
                if end + 1 < len(doc) and nxt.text in ("-", "‑") and nxt.whitespace_ == "" and doc[end + 1].is_alpha:
                    end += 2  # "Suk" + "-yeol"
                elif nxt.text[-1:] in "’'" and nxt.text[:1].isupper() and nxt.whitespace_ == "" \
                        and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
                    end += 2  # "N’" + "Guesso"
                elif nxt.text[:1] in "’'" and nxt.text[1:2].isupper():
                    end += 1  # "N" + "’Guesso"
                elif doc[end - 1].whitespace_ == "" and len(nxt.text) > 1 and doc[end - 1].text[-1:] in "’'" and nxt.text[:1].isupper():
                    end += 1  # "N’" + "Guesso"
                elif len(nxt.text) == 1 and nxt.text.isupper() and nxt.whitespace_ == "" and end + 1 < len(doc) \
                        and doc[end + 1].text[:1] in "’'":
                    end += 1  # "N" before "’Guesso"
                else:
                    break
            kept.append(doc[s.start:end])
        return [s for s in kept if self._plausible(s, s.start in honoured)]

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

    def _after_honorifics(self, doc: Doc) -> list[int]:
        """Where the words after an honorific written with its capital start ("SEM", "S.E.", "M.",
        "H.E.", "Dr."): the honorific itself says a person's name follows."""
        out, i = [], 0
        while i < len(doc):
            end = self._past_honorifics(doc, i, ()) if self._honorific_end(doc, i) > i else i
            if end > i and doc[i].text[:1].isupper() and end < len(doc):
                out.append(end)  # (past all of them: "H.E. Sheikh Mohammed …")
            i = max(end, i + 1)
        return out

    def _name_head(self, doc: Doc, start: int, blocked) -> int:
        """Start a person entity back at the given names the NER cut off between an honorific
        and it ("Shri" + "Vinay" | "Mohan Kwatra", where it took "Shri Vinay" for an organisation)."""
        j = start
        while j > 0 and start - j < 3:
            tok = doc[j - 1]
            if self._is_honorific(tok) or any(j - back >= 0 and self._honorific_end(doc, j - back) == j for back in (2, 3)):
                return j  # (also after an honorific of several words: "Datuk Seri" | "Anwar Ibrahim")
            if not (tok.is_alpha and tok.text[:1].isupper() and tok.whitespace_) or tok.i in blocked \
                    or fold(tok.text) in self.title_words or fold(tok.text) in self.portfolio_words \
                    or not self._name_word(tok, True):
                break
            j -= 1
        return start

    def _name_tail(self, doc: Doc, end: int, start: int, blocked) -> int:
        """Extend a person entity the NER cut short over the proper nouns right after it, which
        no other entity claims ("Djeyhoun" + "Baïramov", "Azali" + "Assoumani") or which head
        the entity's words ("Bilawal Bhutto" + "Zardari")."""
        while end < len(doc) and end - start < 5 and end not in blocked:
            tok = doc[end]
            # "Bilawal Bhutto" | "Zardari" (ORG): the entity's words are compounds of the surname
            # the NER labelled apart, the head of the name.
            heads_name = doc[end - 1].head.i == tok.i and doc[end - 1].dep_.split(":")[0] in ("compound", "flat") \
                and tok.ent_iob_ == "B" and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I")
            # (The parser may open a sentence inside a name: "Azali | Assoumani".)
            if tok.pos_ != "PROPN" or (tok.ent_type_ and not heads_name) or not tok.text[:1].isupper() \
                    or not doc[end - 1].is_alpha or doc[end - 1].pos_ not in ("PROPN", "X") or doc[end - 1].whitespace_ == "" \
                    or fold(tok.text) in self.title_words or fold(tok.text) in self.portfolio_words \
                    or not self._name_word(tok, True):
                break
            end += 1
        return end

    def _plausible(self, span: Span, honoured: bool = False) -> bool:
        """A name is proper nouns, not an acronym ("MoU", "UNSC") nor a place or a common word;
        after an honorific (`honoured`), words the NER took for a place are a name."""
        words = [t.text for t in span if capitalised(t.text)]
        if not words:
            return False
        if len(span) == 1 and span.text.isupper() and len(span.text) <= 3:
            return False  # "SE", "UN": an honorific or an acronym, even where a surname ends so
        if fold(span.text) in self.portfolio_words or all(fold(t.text) in self.portfolio_words for t in span if t.is_alpha):
            return False  # "Ministry", "Foreign", "Co-operation": a title's complement, no name
        if all(fold(t.text) in self.title_words for t in span if t.is_alpha):
            return False  # "(UN General) Secretary", "Brigadier (General)": a title's word, no name
        if lookup(span.text) is not None:
            return True  # the tagger may miss a name ("le ministre Attaf" as an adjective); the dictionary knows it
        if not span.doc.has_annotation("POS") and any(
                (t.is_punct and t.text not in "-‑'’.") or (len(t.text) > 3 and fold(t.text) in self.not_name_words)
                for t in span):
            return False  # untagged: "EFE).- Los", "Asistente de Relaciones Exteriores" are no names
        if span.doc.has_annotation("POS") and not any(t.pos_ in ("PROPN", "X") for t in span):
            return False
        roman = span[-1].text.strip(".").upper() == span[-1].text and set(span[-1].text) <= set("IVXL")
        if (span[-1].pos_ in ("ADJ", "ADV") and not roman) or (
                span.text.istitle() and span[0].ent_type_ in ("LOC", "GPE") and not honoured):
            return False
        if len(span) == 1 and (span.text.isupper() or sum(c.isupper() for c in span.text) > 1 and len(span.text) <= 5):
            return False
        if len(span) == 1 and span.start > 0 and span.doc[span.start - 1].pos_ == "DET":
            return False  # "the Sahel", "le Golfe": a lone name after an article is a place or a thing
        return True

    def _name_word(self, tok, first: bool) -> bool:
        text = tok.text
        if tok.is_sent_start and not first:
            return False
        if fold(text) in NAME_PARTICLES and not first:
            return True
        if tok.pos_ in NON_NAME_POS and not (tok.pos_ == "PROPN"):
            return False
        if not capitalised(text):
            return False
        if caseless(text) and self._ends_name(fold(text), first):
            return False
        return text.isalpha() or "-" in text or "'" in text or "’" in text or text.rstrip(".").isalpha()

    def _capitalised_runs(self, doc: Doc, blocked: set[int], names: list[Span]) -> list[Span]:
        """Runs of two to five name words ("Susana Sumelzo", "Miguel Ángel Rodríguez Mackay")
        outside the recognised spans and the names already found (see `__call__`)."""
        taken = {i for n in names for i in range(n.start, n.end)}
        out, i = [], 0
        while i < len(doc):
            end = i
            while end < len(doc) and end - i < 5 and end not in blocked and end not in taken \
                    and not caseless(doc[end].text) and not self._is_honorific(doc[end]) \
                    and self._name_word(doc[end], end == i):
                end += 1
            while end > i and fold(doc[end - 1].text) in NAME_PARTICLES:
                end -= 1
            if end - i >= 2 and not doc[i].is_sent_start:
                out.append(doc[i:end])
            i = max(end, i + 1)
        return out

    def _ends_name(self, word: str, first: bool) -> bool:
        """In a script without case, is this word no part of a name (a date word, a cue, a
        function word, a conjunction glued to the next word)?"""
        if word in self.not_name_words:
            return True
        # A one-letter beginning ("و…") ends a name from its second word on (a name may begin
        # with that letter); a longer one ("وال…": "and the …") ends it anywhere.
        return any(word == w or (prefix and (not first or len(w) > 1) and word.startswith(w))
                   for w, prefix in self.not_name_rows)

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

    def _clean(self, span: Span, nominative: bool = False) -> str:
        if len(span) > 1 and span[-1].text in POSSESSIVE_MARKS:
            span = span[:-1]  # "President Ali Toure's special envoy": the name, not its possessive
        name = span.text
        if nominative:  # "Владимира Макея" -> "Владимир Макей" (see communique.language.russian)
            name = "".join((t.lemma_.capitalize() if t.lemma_ and t.text[:1].isupper() and t.is_alpha else t.text)
                           + t.whitespace_ for t in span)
        # "M.Vincent": an honorific glued to the first name.
        for h in ("M.", "Mme.", "Mr.", "Dr.", "Pr."):
            if name.startswith(h) and len(name) > len(h) and name[len(h)].isupper():
                name = name[len(h):]
        name = " ".join(name.replace(" - ", "-").split()).strip(" ,.;:")
        stripped = True
        while stripped:
            stripped = False
            for h in self.honorific_prefixes:
                if name.startswith(h + " ") and len(name) > len(h) + 1:
                    name, stripped = name[len(h) + 1:].lstrip(" ."), True
                    break
        return name if any(c.isalpha() for c in name) else ""

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
