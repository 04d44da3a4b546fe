"""Find the names of people in a text: where a name starts and ends, and what is no name.

`NameReader` gives the people recogniser (`communique.recognising.people`) its candidate name
spans: the named-entity model's persons, the words after a title or an honorific, the
office-holders the dictionary knows, and (without a model) runs of capitalised words; each cut
to the name's own words, honorifics and possessives left out.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lang import table
from .scripts import INFLECTION, capitalised, caseless, not_name_words, script
from .lexicon import fold
from .office_holders import listed, lookup, surname_patterns
from .titles import portfolio_words, title_words

#: Lower-case words that may sit inside a name ("Mohamed Ould Cheikh", "Jean-Yves Le Drian").
NAME_PARTICLES = {"ben", "bin", "bint", "ibn", "al", "el", "ould", "de", "da", "das", "do", "dos", "van",
                  "von", "der", "del", "della", "di", "du", "la", "abu", "bou", "ag", "ter"}
#: Particles that stand inside a name only written with their capital ("Jean-Yves Le Drian", "Bruno
#: Le Maire"): in lower case they are the article ("a reçu X le 5 mai").
CAPITAL_PARTICLES = {"Le"}
#: The words of an honorific and the apostrophes between them.
HONORIFIC_PARTS = re.compile(r"[^\s’']+|[’']")
#: The English possessive's tokens, which may end a name's run ("Ali Toure's", "Guterres'").
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
#: Parts of speech no word of a name has (a proper noun always may).
NON_NAME_POS = {"PRON", "DET", "ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PUNCT", "NUM", "SYM", "PART"}


#: The words that join an office to the body it belongs to ("du MAE", "of the MFA").
OF_WORDS = frozenset({"du", "de", "d'", "d’", "of"})


def surname_in_capitals(text: str) -> bool:
    """A word of two letters or more written in capitals ("TSHISEKEDI", "MBA")."""
    return len(text) >= 2 and text.isalpha() and text.isupper()


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


class NameReader:
    """Where the names of people are in a document, for one language."""

    def __init__(self, lang: str):
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

    def is_honorific(self, tok) -> bool:
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

    def name_start(self, doc: Doc, title: Span, marks: tuple[str, ...]) -> int:
        """Where the name of a title's holder would start: past the marks and honorifics after
        the title, and past the institution's last word that the title left out when an honorific
        follows it ("Speaker of the Ghana Parliament Honorable Mike Ocquaye", "… House Hon. X")."""
        j = self._past_honorifics(doc, title.end, marks)
        if j + 1 < len(doc) and fold(doc[j].text) in self.title_words and self._honorific_end(doc, j + 1) > j + 1:
            j = self._past_honorifics(doc, j + 1, marks)
        return self._past_acronym_of_body(doc, title.end, marks) or j

    def _past_acronym_of_body(self, doc: Doc, start: int, marks: tuple[str, ...]) -> int | None:
        """"le secrétaire général du MAE Amar Belani": the body an office belongs to, named by an
        acronym the lexicon does not know after "of", comes between the title and the name; where
        the name starts past it (None when no such acronym follows; a state's or a known
        organisation's acronym is the title's own: "le président de la RDC")."""
        j = start
        if j >= len(doc) or fold(doc[j].text) not in OF_WORDS:
            return None
        j += 1
        if j < len(doc) and fold(doc[j].text) in ("la", "l'", "l’", "the"):
            j += 1
        if j >= len(doc) or not (surname_in_capitals(doc[j].text) and len(doc[j].text) <= 6):
            return None
        known = {i for key in ("countries", "organisations") for s in doc.spans.get(key, []) for i in range(s.start, s.end)}
        if j in known:
            return None
        return self._past_honorifics(doc, j + 1, marks)

    @staticmethod
    def _capital_particle(doc: Doc, j: int, end: int) -> bool:
        """Is token j a particle written with its capital before the rest of a name that runs to
        `end` ("M. Le Drian": "Le" is the name's, not an article)?"""
        return doc[j].text in CAPITAL_PARTICLES and j + 1 < end and capitalised(doc[j + 1].text)

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
        if self.is_honorific(doc[j]):
            return j + 1
        if fold(doc[j].text) in ("le", "la", "l'", "the") and j + 1 < len(doc):
            end = self._honorific_end(doc, j + 1)
            if end > j + 1:
                return end
        return j

    def takes_part(self, span: Span) -> bool:
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

    def dictionary_names(self, doc: Doc) -> list[tuple[Span, str]]:
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

    def candidates(self, doc: Doc, titles, blocked) -> list[Span]:
        """The candidate name spans: the NER's persons, the capitalised words after a title, and
        (with a NER) the words after an honorific; nested spans dropped, touching ones joined."""
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
                                       or (doc[start].pos_ in NON_NAME_POS and not self._capital_particle(doc, start, ent.end))
                                       or fold(doc[start].text) in self.portfolio_words):
                start = max(start + 1, min(ent.end, self._honorific_end(doc, start)))
            if start == ent.start and start > 0 and doc[start - 1].is_alpha and listed(doc[start - 1:ent.end].text) \
                    and not any(t.start < start <= t.end for t in titles) \
                    and fold(doc[start - 1].text) not in self.title_words:
                # A dictionary name whose first word the model leaves out, a word that is part of
                # how the office-holder is named: "Pope Francis". (Not a title word: "le roi
                # Mohammed VI", "le pape François" are a title and a name, the title giving the office.)
                start -= 1
            elif start == ent.start:
                start = self._name_head(doc, start, blocked)
            end = ent.end
            while end > start and doc[end - 1].pos_ in ("PUNCT",):
                end -= 1
            if end == ent.end:
                end = self._name_tail(doc, end, start, blocked)
            if end > start and all(i not in blocked for i in range(start, end)):
                found[start] = doc[start:end]
        for t in titles:
            j = self.name_start(doc, t, (",",))
            if j in found:
                continue
            end = j
            while end < len(doc) and end - j < 6 and end not in blocked and self._name_word(doc[end], end == j):
                end += 1
            while end > j and (fold(doc[end - 1].text) in NAME_PARTICLES or doc[end - 1].text in CAPITAL_PARTICLES):
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
            while end > j and (fold(doc[end - 1].text) in NAME_PARTICLES or doc[end - 1].text in CAPITAL_PARTICLES):
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
            if self.is_honorific(tok) or any(j - back >= 0 and self._honorific_end(doc, j - back) == j for back in (2, 3)):
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
            # "Félix-Antoine TSHISEKEDI" | "TSHILOMBO" (MISC): French-language news often writes
            # surnames in capitals, and a surname in capitals goes on over the capitals after it,
            # whatever entity the NER gave them (acronyms of bodies and states are blocked).
            in_capitals = surname_in_capitals(doc[end - 1].text) and surname_in_capitals(tok.text)
            # (The parser may open a sentence inside a name: "Azali | Assoumani".)
            if tok.pos_ != "PROPN" or (tok.ent_type_ and not (heads_name or in_capitals)) or not tok.text[:1].isupper() \
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
        if text in CAPITAL_PARTICLES and not first:
            # (Before the rest of the name: "Le" then a capitalised word, "Jean-Yves Le Drian".)
            return tok.i + 1 < len(tok.doc) and capitalised(tok.doc[tok.i + 1].text) and not tok.doc[tok.i + 1].is_sent_start
        if tok.pos_ in NON_NAME_POS and not (tok.pos_ == "PROPN"):
            return False
        if not capitalised(text):
            return False
        if caseless(text) and self._ends_name(fold(text), first):
            return False
        return text.isalpha() or "-" in text or "'" in text or "’" in text or text.rstrip(".").isalpha()

    def capitalised_runs(self, doc: Doc, blocked: set[int], names: list[Span]) -> list[Span]:
        """Runs of two to five name words ("Susana Sumelzo", "Miguel Ángel Rodríguez Mackay")
        outside the recognised spans and the names already found: names on probation, which the
        people recogniser keeps only where a title or a name found before vouches for them."""
        taken = {i for n in names for i in range(n.start, n.end)}
        out, i = [], 0
        while i < len(doc):
            end = i
            while end < len(doc) and end - i < 5 and end not in blocked and end not in taken \
                    and not caseless(doc[end].text) and not self.is_honorific(doc[end]) \
                    and self._name_word(doc[end], end == i):
                end += 1
            while end > i and (fold(doc[end - 1].text) in NAME_PARTICLES or doc[end - 1].text in CAPITAL_PARTICLES):
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

    def clean(self, span: Span, nominative: bool = False) -> str:
        """A name's text as the record gives it: no possessive, no honorific, in the nominative
        where the language inflects names."""
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
