"""German word analysis without a trained spaCy pipeline: the genitive ending taken off, and
compounds read by their head.

German marks the genitive of names and masculine nouns with -s or -es ("Polens", "Russlands",
"des Außenministers"), which the tables would otherwise list twice. `communique_german_genitive`
gives such a token, as its lemma, the word without that ending when the language's tables know
the shorter word ("Polen", "Außenminister"); the lexicon matcher compares table words with both.
A word the tables do not know that ends in a head of `lang/de/compound_heads.tsv` gets that
head as its lemma ("Antrittsbesuch" -> "besuch", "Außenministertreffens" -> "treffens").

A separable verb in a main clause leaves its particle at the clause's end ("bestellt den
Botschafter ein", "warf der EU Heuchelei vor"). A particle of `SEPARABLE_PARTICLES` that ends
a clause is joined to the earlier verb of that clause whose joined form a trigger row knows
("einbestellt", "vorwarf"), which becomes that verb's lemma; the triggers table decides, so a
particle that joins no trigger changes nothing.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import table
from ..recognising.lexicon import fold, tokenize_pattern

#: Tables whose words a German lemma may become.
TABLES = (("country_names", "text"), ("country_words", "text"), ("titles", "pattern"),
          ("organisation_names", "text"), ("triggers", "pattern"), ("topics", "pattern"))


@lru_cache(maxsize=None)
def vocabulary() -> frozenset[str]:
    """Return the folded words of the German tables ('*' stems left out)."""
    return frozenset(word for name, column in TABLES for row in table("de", name)
                     for word in tokenize_pattern(row.get(column, "")) if not word.endswith("*"))


@lru_cache(maxsize=1)
def stems() -> tuple[str, ...]:
    """Return the folded '*' stems of the German tables ("gipfel" of "Gipfel*")."""
    return tuple(sorted({word[:-1] for name, column in TABLES for row in table("de", name)
                         for word in tokenize_pattern(row.get(column, "")) if word.endswith("*")}))


@lru_cache(maxsize=1)
def compound_heads() -> tuple[str, ...]:
    """Return the folded heads compounds are read by, longest first."""
    return tuple(sorted({fold(row["head"]) for row in table("de", "compound_heads")}, key=lambda h: (-len(h), h)))


#: Letters a compound has before its head at least ("Staatsbesuch" yes, "Abesuch" no).
MIN_COMPOUND_PREFIX = 3


def _without_genitive(word: str, words: frozenset[str]) -> str:
    """The word without its genitive -s/-es when a table knows the shorter word, else ''."""
    if word.endswith("s"):
        for cut in (1, 2):  # "Polens" -> "Polen", "des Bundes" -> "Bund"
            if word[:-cut] in words and (cut == 1 or word.endswith("es")):
                return word[:-cut]
    return ""


@lru_cache(maxsize=50_000)
def lemma(text: str) -> str:
    """Return the folded word without its genitive ending when a table knows it, or the head
    of a compound the tables do not know (itself without its genitive ending); else ''."""
    word = fold(text)
    words = vocabulary()
    if word in words:
        return ""
    found = _without_genitive(word, words)
    if found:
        return found
    if word.startswith(stems()):  # a table stem covers it already ("Gipfeltreffen": "Gipfel*")
        return ""
    for head in compound_heads():
        if word.endswith(head) and len(word) - len(head) >= MIN_COMPOUND_PREFIX:
            return head if head in words else (_without_genitive(head, words) or head)
    return ""


#: Verb particles that stand at a main clause's end when their verb is finite.
SEPARABLE_PARTICLES = frozenset({"ab", "an", "auf", "aus", "bei", "ein", "entgegen", "fest", "fort", "mit",
                                 "nach", "vor", "zu", "zurück", "zurueck", "zusammen"})
#: Tokens that end a clause: a particle before one of them is clause-final.
CLAUSE_END = frozenset({".", ",", ";", ":", "!", "?", "und", "oder", "sowie", "\n"})
#: Marks a clause does not run back across ("und" may join two nouns inside it).
CLAUSE_START = frozenset({".", ",", ";", ":", "!", "?"})


@lru_cache(maxsize=1)
def _trigger_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The folded single words of the trigger rows, and their '*' stems."""
    words = [tokenize_pattern(row["pattern"]) for row in table("de", "triggers")]
    single = [w[0] for w in words if len(w) == 1]
    return (frozenset(w for w in single if not w.endswith("*")),
            tuple(sorted({w[:-1] for w in single if w.endswith("*")})))


def separable_verb(particle: str, verb: str) -> str:
    """Return particle+verb folded when a trigger row knows that word ("ein" + "bestellt"), else ''."""
    joined = fold(particle) + fold(verb)
    words, stems_ = _trigger_words()
    if joined in words or (stems_ and joined.startswith(stems_)):
        return joined
    return ""


def _join_separable(doc: Doc) -> None:
    """Give the verb of a clause-final particle its joined lemma (see the module docstring)."""
    for i, tok in enumerate(doc):
        if i == 0 or fold(tok.text) not in SEPARABLE_PARTICLES:
            continue
        nxt = doc[i + 1].text.strip() if i + 1 < len(doc) else "."
        if fold(nxt or "\n") not in CLAUSE_END:
            continue
        for j in range(i - 1, -1, -1):  # back to the clause's start
            prev = doc[j]
            if "\n" in prev.text or prev.text in CLAUSE_START:  # quotes and brackets stay inside
                break
            joined = separable_verb(tok.text, prev.text) if prev.is_alpha else ""
            if joined:
                prev.lemma_ = joined
                break


@Language.component("communique_german_genitive")
def german_genitive(doc: Doc) -> Doc:
    """Set a genitive token's lemma to the word its table knows (see the module docstring)."""
    for tok in doc:
        if tok.is_alpha:
            found = lemma(tok.text)
            if found:
                tok.lemma_ = found
    _join_separable(doc)
    return doc
