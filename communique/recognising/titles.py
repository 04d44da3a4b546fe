"""Recognise the titles of officials and what they tell: role, country, institution.

Writes `doc.spans["titles"]`: one span per title, extended over its complements
("vice-ministre des Affaires étrangères de la République du Kazakhstan", "Kazakhstan's Deputy
Foreign Minister", "le ministre russe des Affaires étrangères"); label = role id (DESIGN.md
vocabulary, or "counterpart"); value = `Title`. Must run after the country and organisation
recognisers, whose spans it reads.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import table
from .base import doc_units, make_span
from .lexicon import LexiconMatcher, fold

#: Words that may stand between a title's head and its complements.
LINKS = {"de", "du", "des", "d'", "la", "le", "l'", "of", "the", "for", "and", "et", "en", "charge",
         "chargé", "chargee", "chargée", "aux", "au", "a", "à", "'s", "’s", "&"}

#: Words that attach a junior office to a minister's ("secrétaire d'État auprès du ministre").
ATTACHED_WORDS = {"aupres"}

#: How many words after a title's complements its state's formal name may still end it.
FORMAL_REACH = 10

#: Words between an ambassador's title and the state they are posted to, which is not theirs.
POSTING_WORDS = {"to", "aupres"}
#: The "of" between a title and the state it serves ("ambassadeur désigné du Canada").
STATE_LINKS = frozenset({"of", "de", "du", "d'"})  # (folded: "d’" reads as "d'")
#: Titles that are also given names ("Amir Hatami", "Pape Diop"): a name after another title or inside a name.
NAME_TITLES = {"amir", "pape"}
#: Of those, the ones that are a given name when they open a name of three words or more ("Pape
#: Alioune Ndiaye"); not "Amir", which opens the emir's own style ("Amir Tamim bin Hamad Al Thani").
OPENING_NAME_TITLES = {"pape"}
#: How many portfolios or ministry words may stand between a state's name and a title's head
#: ("Chinese foreign ministry spokesperson": two).
PORTFOLIO_FIRST = 3
#: The word for a ministry between a portfolio and a title's head ("foreign ministry spokesperson").
MINISTRY_WORDS = {"ministry"}
#: The portfolio word of "foreign ministry" (alone, "Foreign" heads the title "Foreign Minister").
FOREIGN_WORDS = {"foreign"}
#: The named-entity labels of a region an office's remit names ("for Europe, North America and the
#: Overseas Territories": the model may read the last as a place's name).
REGION_ENTITIES = {"LOC", "GPE"}


@dataclass
class Title:
    """What a title says about the person who holds it."""

    text: str
    role: str
    sector: str | None
    country: str | None = None
    institution: str | None = None
    org: str | None = None
    office: str | None = None   # which head of state: "president" | "monarch" (titles.tsv)


@lru_cache(maxsize=None)
def portfolio_words(lang: str) -> frozenset[str]:
    """Words of long ministry names ("… African Cooperation and Moroccan Expatriates")."""
    return frozenset(fold(r["pattern"]) for r in table(lang, "titles") if r["kind"] == "portfolio_word")


@lru_cache(maxsize=None)
def title_words(lang: str) -> frozenset[str]:
    """The words of the language's titles ("Secretary", "General", "Brigadier", "ministre"): a
    name made of these alone is a title's piece the name search took ("UN General Secretary")."""
    return frozenset(fold(w) for r in table(lang, "titles") if r["kind"] in ("title", "counterpart")
                     for w in r["pattern"].split() if len(w) > 2)


@lru_cache(maxsize=None)
def title_links(lang: str) -> frozenset[str]:
    """Words between a title's head and its complements: the French and English ones, and the
    language's `title_link` cues ("del", "degli", "da")."""
    return frozenset(LINKS | {fold(r["pattern"]) for r in table(lang, "cues") if r["cue"] == "title_link"})


@lru_cache(maxsize=None)
def office_states(lang: str) -> tuple[tuple[str, str, dict[str, str | None]], ...]:
    """The titles of offices only some states have (titles.tsv `states`): (folded words, role,
    {ISO code: the role the office is in that state, or None for the title's own role})."""
    found = {}
    for r in table(lang, "titles"):
        if r.get("states"):
            states = {}
            for item in r["states"].split():
                code, _, role = item.partition("=")
                states[code] = role or None
            found[fold(r["pattern"])] = (r["role"], states)
    return tuple((words, role, states) for words, (role, states) in found.items())


def sole_state(lang: str, title: str, role: str) -> str | None:
    """The state a title names by itself: that of an office one state alone has under this title
    and role (titles.tsv `states` with a single code: "Secretary of State" for the foreign
    minister is the United States'; with a portfolio it is another office, of another role)."""
    for words, office_role, states in office_states(lang):
        if fold(title) == words and role == office_role and len(states) == 1:
            (code, other_role), = states.items()
            if other_role is None:
                return code
    return None


@lru_cache(maxsize=None)
def title_matcher(lang: str) -> LexiconMatcher:
    rows = [(r["pattern"], r) for r in table(lang, "titles") if r["kind"] in ("title", "counterpart", "portfolio")]
    rows += [(r["text"], {"pattern": r["text"], "role": "org_head", "sector": "", "kind": "org_head",
                          "org": r["org_id"]}) for r in table(lang, "organisation_heads")]
    return LexiconMatcher.from_rows(rows, with_case=False)


class TitleRecogniser:
    key = "titles"

    def __init__(self, lang: str):
        self.matcher = title_matcher(lang)
        self.portfolio_words = portfolio_words(lang)
        self.links = title_links(lang)
        self.forms = frozenset(fold(r["text"]) for r in table(lang, "state_forms"))
        self.anaphors = frozenset(fold(r["pattern"]) for r in table(lang, "cues") if r["cue"] == "state_anaphor")
        self.qualifiers = frozenset(fold(r["pattern"]) for r in table(lang, "cues") if r["cue"] == "office_qualifier")
        self.former = frozenset(fold(r["pattern"]) for r in table(lang, "cues") if r["cue"] == "former_office")

    def __call__(self, doc: Doc) -> Doc:
        units = doc_units(doc)
        country_at = {}
        for span in doc.spans.get("countries", []):
            for i in range(span.start, span.end):
                country_at[i] = span
        org_at = {}
        for span in doc.spans.get("organisations", []):
            for i in range(span.start, span.end):
                org_at[i] = span
        matches = self.matcher.find(units)
        title_starts = {units[m.start].token for m in matches if m.entry.value["kind"] != "portfolio"}
        # Portfolios by the token they end before: "Trade" in "Australian Trade Minister".
        portfolio_before = {units[m.end - 1].token + 1: m for m in matches if m.entry.value["kind"] == "portfolio"}
        spans = []
        used_as_complement = set()
        title_ends = {units[m.end - 1].token + 1 for m in matches if m.entry.value["kind"] != "portfolio"}
        for n, match in enumerate(matches):
            if n in used_as_complement:
                continue
            row = match.entry.value
            if row["kind"] == "portfolio":
                continue
            start_tok, end_tok = units[match.start].token, units[match.end - 1].token + 1
            if self._name_word(doc, start_tok, end_tok, title_ends):
                continue
            role, sector = row["role"], row["sector"] or None
            title = Title("", role, sector, org=row.get("org"), office=row.get("office") or None)
            # A state the title's own words name ("secretario de Estado estadounidense").
            inner = [country_at[i] for i in range(start_tok, end_tok) if i in country_at]
            if inner:
                title.country = inner[0].label_
            # An organisation's own foreign-policy head ("EU top diplomat", "the European Union's
            # foreign policy chief"): the organisation's name right before a foreign minister's
            # title, of one person.
            before = start_tok - 1 - (start_tok >= 2 and doc[start_tok - 1].text in ("'s", "’s"))
            if role == "foreign_minister" and not inner and before in org_at \
                    and not fold(doc[end_tok - 1].text).endswith("s"):
                title.role, title.org = "org_head", org_at[before].label_
            # Complements to the right: portfolios, countries, ministries, organisations.
            j = end_tok
            k = n + 1
            posting = False  # after "Ambassador to", "ambassadeur auprès de": the state posted to
            while j < len(doc):
                tok = doc[j]
                f = fold(tok.text)
                if f in POSTING_WORDS and title.role in ("ambassador", "envoy"):
                    posting = True
                    j += 1
                    continue
                if k < len(matches) and units[matches[k].start].token == j and matches[k].entry.value["kind"] == "portfolio":
                    portfolio = matches[k].entry.value
                    if portfolio["role"] == "foreign":
                        title.role = {"minister": "foreign_minister", "deputy_minister": "deputy_foreign_minister"}.get(title.role, title.role)
                        title.institution = title.institution or "ministry of foreign affairs"
                    elif title.role == "minister" and portfolio["sector"]:
                        title.sector = portfolio["sector"]
                    elif row.get("with_portfolio") and title.role == row["role"]:
                        # "Secretary of State for Defence / for International Development": a
                        # British cabinet minister of that portfolio, not the foreign minister.
                        title.role, title.sector = row["with_portfolio"], portfolio["sector"] or title.sector
                    used_as_complement.add(k)
                    j = units[matches[k].end - 1].token + 1
                    k += 1
                    continue
                if j in country_at:
                    after = country_at[j].end
                    if after in title_starts and j > end_tok:
                        break  # "envoy of French President X": the state is the next title's
                    if self._after_conjunction(doc, j, end_tok) and not (
                            after < len(doc) and fold(doc[after].text) in self.portfolio_words):
                        break  # "Foreign Secretary, Ministry of External Affairs and the British side"
                    span = country_at[j]
                    if not posting:
                        title.country = title.country or span.label_
                    posting = False
                    j = span.end
                    continue
                if j in org_at and title.role in ("senior_official", "org_head", "envoy", "head_of_state"):
                    span = org_at[j]
                    if title.role in ("senior_official", "head_of_state") and fold(doc[start_tok].text).startswith(("secretar", "presiden", "direct")):
                        title.role, title.org = "org_head", span.label_
                    title.org = title.org or span.label_
                    j = span.end
                    continue
                if f in ("ministere", "ministry", "government", "gouvernement", "presidence", "presidency") :
                    title.institution = title.institution or f
                    j += 1
                    continue
                # (Or a participle saying the office is newly given, before the state: "ambassadeur
                # désigné du Canada", "l'ambassadeur nommé de l'Inde".)
                participle = j == end_tok and tok.text.islower() and "Part" in tok.morph.get("VerbForm") \
                    and j + 1 < len(doc) and fold(doc[j + 1].text) in STATE_LINKS
                if f in self.links or f in self.portfolio_words or (tok.text == "," and self._portfolio_follows(doc, j + 1)) \
                        or (tok.pos_ == "ADJ" and tok.text.islower() and j - end_tok < 3) or participle \
                        or self._region_of_remit(doc, start_tok, j):
                    j += 1
                    continue
                while k < len(matches) and units[matches[k].start].token < j:
                    k += 1
                break
            if title.country is None and not posting:
                formal = self._formal_state_after(doc, j, country_at, title_starts)
                if formal is not None:
                    # "… chargée du Développement et des Partenariats internationaux de la
                    # République française": a ministry's name ends in its state's formal name.
                    title.country, j = formal.label_, formal.end
            end = j
            # Trim trailing link words ("du", "of the").
            while end > end_tok and fold(doc[end - 1].text) in self.links:
                end -= 1
            # Country before the head: "UK foreign secretary", "Kazakhstan's Deputy Foreign Minister",
            # and before the portfolio that comes first in English ("Australian Trade Minister",
            # "Chinese foreign ministry spokesperson").
            start_tok = self._portfolio_first(doc, units, start_tok, portfolio_before, country_at, title)
            start = start_tok
            # A rank or standing word may come between ("South Korean First Vice Foreign Minister",
            # "Vietnam's Party General Secretary", "the Nigerian acting President").
            head = start_tok - (start_tok >= 2 and fold(doc[start_tok - 1].text) in self.qualifiers)
            possessive = head >= 1 and doc[head - 1].text in ("'s", "’s")
            b = head - 1 - possessive
            if b >= 0 and b in country_at and country_at[b].end == head - possessive:
                title.country = title.country or country_at[b].label_
                start = country_at[b].start
            elif title.country is None and not title.org:
                title.country = self._state_referred_back(doc, start_tok)
            if self._former(doc, start, start_tok):
                # "l'ancien Premier ministre nigérien", "former President X": an office no longer
                # held says who the person was, not the office he acts in (PLOVER: a former official).
                title.role, title.sector = "other", "ELI"
            span = doc[start:end]
            title.text = span.text
            spans.append(make_span(doc, span.start_char, span.end_char, title.role, title, self.key))
        self._attached_offices(doc, spans)
        doc.spans[self.key] = spans
        return doc

    @staticmethod
    def _name_word(doc: Doc, start: int, end: int, title_ends: set[int]) -> bool:
        """"Amir" is a given name and part of surnames as well as the Gulf monarch's title: right
        after another title ("Foreign Minister Amir Abdollahian", "counterpart Brigadier General
        Amir Hatami") or inside a person's name ("Hossein Amir-Abdollahian"), it is a name."""
        if end - start != 1 or fold(doc[start].text) not in NAME_TITLES:
            return False
        # (Or opening a person's name of three words or more, written with a capital: "Pape Alioune
        # Ndiaye", a Senegalese given name; "le pape François" is the pontiff.)
        if fold(doc[start].text) in OPENING_NAME_TITLES and doc[start].text[:1].isupper() \
                and doc[start].ent_type_ in ("PERSON", "PER") and doc[start].ent_iob_ == "B" \
                and start + 2 < len(doc) and all(doc[k].ent_iob_ == "I" for k in (start + 1, start + 2)):
            return True
        if start == 0:
            return False
        before = doc[start - 1]
        return start in title_ends or (before.ent_type_ == "PERSON" and doc[start].ent_type_ == "PERSON"
                                       and before.ent_iob_ != "O" and doc[start].ent_iob_ == "I")

    @staticmethod
    def _portfolio_first(doc: Doc, units, start_tok: int, portfolio_before: dict, country_at: dict, title: Title) -> int:
        """A portfolio (and "ministry") between a state's name and the head of a title ("Philippine
        defence minister", "Chinese foreign ministry spokesperson") is the title's own: where the
        title starts when a state's name stands right before it, else `start_tok`."""
        i, portfolios = start_tok, []
        for _ in range(PORTFOLIO_FIRST):
            if i - 1 >= 0 and fold(doc[i - 1].text) in MINISTRY_WORDS:
                i -= 1
                if i - 1 >= 0 and fold(doc[i - 1].text) in FOREIGN_WORDS:
                    portfolios.append({"role": "foreign", "sector": None})  # "foreign ministry"
                    i -= 1
            elif i in portfolio_before:
                portfolios.append(portfolio_before[i].entry.value)
                i = units[portfolio_before[i].start].token
            else:
                break
        b = i - 1 - (i >= 2 and doc[i - 1].text in ("'s", "’s"))  # "Iran's Defence Minister"
        if not portfolios or b not in country_at or country_at[b].end != b + 1:
            return start_tok
        for portfolio in portfolios:
            if portfolio["role"] == "foreign":
                title.role = {"minister": "foreign_minister", "deputy_minister": "deputy_foreign_minister"}.get(title.role, title.role)
                title.institution = title.institution or "ministry of foreign affairs"
            elif title.role == "minister" and portfolio["sector"]:
                title.sector = portfolio["sector"]
        return i

    def _state_referred_back(self, doc: Doc, start: int) -> str | None:
        """"India's ties with Tajikistan … the country's foreign minister X", "Saudi Arabia's
        delegation, chaired by the kingdom's ambassador": a word for a state in the possessive
        (the language's `state_anaphor` cues) right before a title refers back to the state named
        last before it in its sentence (not across sentences: "… in solidarity with the UK. The
        country's Foreign Minister Sergei Lavrov warned" is Russia's, the story's)."""
        b = start - 1
        if b < 2 or doc[b].text not in ("'s", "’s") or fold(doc[b - 1].text) not in self.anaphors \
                or fold(doc[b - 2].text) not in ("the", "this"):
            return None
        first = doc[b].sent.start
        before = [c for c in doc.spans.get("countries", []) if first <= c.start and c.end <= b - 2]
        return before[-1].label_ if before else None

    def _former(self, doc: Doc, start: int, head: int) -> bool:
        """Does a word saying the office is no longer held (a `former_office` cue) come right before
        the title or its head ("ancien", "former", "ex-" as in "ex-président" or "ex - President")?"""
        if any("-" in doc[i].text and fold(doc[i].text).split("-")[0] in self.former for i in {start, head}):
            return True
        for i in {start, head}:
            j = i - 1
            if j >= 1 and doc[j].text in ("-", "‑") and not doc[j].whitespace_:
                j -= 1
            if j >= 0 and fold(doc[j].text) in self.former:
                return True
        return False

    def _attached_offices(self, doc: Doc, spans: list) -> None:
        """A junior office attached to a minister ("secrétaire d'État auprès du ministre de
        l'Europe et des Affaires étrangères … de la République française") is of the minister's
        state, and a deputy of a foreign minister is a deputy foreign minister."""
        for a, b in zip(spans, spans[1:]):
            first, second = a._.value, b._.value
            if first.role not in ("deputy_minister", "senior_official") or first.country or first.org \
                    or second.role not in ("minister", "foreign_minister", "head_of_government"):
                continue
            between = [fold(t.text) for t in doc[a.end:b.start]]
            if not between or between[0] not in ATTACHED_WORDS or not all(w in self.links for w in between[1:]):
                continue
            first.country = second.country
            if first.role == "deputy_minister" and second.role == "foreign_minister":
                first.role = "deputy_foreign_minister"
                first.institution = first.institution or second.institution


    def _formal_state_after(self, doc: Doc, j: int, country_at: dict, starts: set):
        """A state named by its formal name ("de la République française", "of the Republic of
        Kenya") a few words after where a title's complements stopped, with no verb, pronoun,
        common noun in lower case,
        line break or other title's start between: the end of a long ministry name."""
        for i in range(j, min(j + FORMAL_REACH, len(doc))):
            tok = doc[i]
            if i in country_at:
                span = country_at[i]
                if span.start != i or fold(doc[i].text) not in self.forms or i == j \
                        or fold(doc[i - 1].text) not in self.links:
                    return None
                k = i - 1
                while k > j and fold(doc[k].text) in self.links - {"and", "et"}:
                    k -= 1
                return None if fold(doc[k].text) in ("and", "et") else span  # "… et de la République de Chine": another phrase
            if "\n" in tok.text or (tok.pos_ in ("VERB", "AUX", "PRON") and fold(tok.text) not in self.links) or tok.ent_type_ == "PER" \
                    or tok.ent_type_ == "PERSON" or tok.text in (".", ";", ":", "(", ")") or i in starts:
                return None
            if tok.pos_ == "NOUN" and tok.text.islower() and fold(tok.text) not in self.portfolio_words:
                return None  # "en qualité de haut-commissaire de la République …": not a ministry's name
        return None

    @staticmethod
    def _after_conjunction(doc: Doc, j: int, end_tok: int) -> bool:
        """Do "and the"/"et la" stand just before token j, after the head?
        A state named there starts another phrase ("… and the British side"), not the title's
        complement, unless a ministry's word follows it ("… and Moroccan Expatriates")."""
        k = j - 1
        while k >= end_tok and fold(doc[k].text) in ("the", "la", "le", "l'", "les"):
            k -= 1
        # An article is needed: "présidents français et russe" coordinates two states of one title.
        return j - 1 > k >= end_tok and fold(doc[k].text) in ("and", "et")

    @staticmethod
    def _region_of_remit(doc: Doc, start: int, j: int) -> bool:
        """Is token j part of the world regions an office's remit names after "for" ("Minister of
        State for Europe, North America and the Overseas Territories", "Minister for Africa")? A
        region's name (a location entity that is no state) and the commas between regions belong
        to the title; the holder's name comes after them."""
        words = [fold(t.text) for t in doc[start:j]]
        if "for" not in words:
            return False
        last_for = start + len(words) - 1 - words[::-1].index("for")

        def region(i: int) -> bool:
            return i < len(doc) and doc[i].ent_type_ in REGION_ENTITIES and doc[i].text[:1].isupper()
        seen = any(doc[i].ent_type_ == "LOC" for i in range(last_for + 1, j))
        tok = doc[j]
        if tok.text == ",":
            return seen and region(j + 1)
        if seen and tok.text.islower() and tok.pos_ in ("ADJ", "NOUN") and "and" in words[-2:]:
            # "… and overseas territories Stephen Doughty": a last remit in lower case, right
            # before the holder's name.
            return any(doc[i].ent_type_ == "PERSON" for i in range(j + 1, min(j + 3, len(doc))))
        return region(j) and (tok.ent_type_ == "LOC" or seen)

    def _portfolio_follows(self, doc: Doc, j: int) -> bool:
        """After a comma, does the ministry's name go on ("…, de la coopération africaine")?"""
        for tok in doc[j : j + 4]:
            f = fold(tok.text)
            if f in self.portfolio_words:
                return True
            if f not in self.links:
                return False
        return False


@Language.factory("communique_titles", default_config={"lang": "fr"})
def make_title_recogniser(nlp: Language, name: str, lang: str) -> TitleRecogniser:
    return TitleRecogniser(lang)
