"""Issue 12, speed: what start-up leaves out, the event-sentence parser, the server's coding
workers and the whole-command benchmark. Texts are written for these tests."""
import json
import re
import subprocess
import sys
import threading
from dataclasses import replace
from functools import partial
from pathlib import Path

import numpy
import pytest

from communique import cli, extract_batch
from communique.language import compiled_patterns, distinct_tokens, lemma_tables, pipelines
from communique.reading import Document
from communique.running.startup import STARTUP_STEPS, startup_breakdown, time_command
from communique.serving.coding_pool import CodingPool
from communique.settings import Settings

ROOT = Path(__file__).resolve().parents[1]

SENTENCES = [
    ("fr", "Le ministre des Affaires étrangères du Maroc a reçu son homologue du Kazakhstan à Rabat."),
    ("fr", "La Tunisie et le Sénégal ont signé un accord de coopération dans le domaine de l'énergie."),
    ("en", "The President of Ghana held talks with the Prime Minister of Norway in Accra on Monday."),
]


def annotations(doc):
    return [(t.text, t.lemma_, t.pos_, t.dep_, t.head.i, t.ent_type_, str(t.morph)) for t in doc]


# --------------------------------------------------------------------------- start-up

@pytest.mark.parametrize("lang, text", SENTENCES)
def test_a_model_loaded_without_its_string_table_annotates_as_the_full_model(lang, text):
    # The bare pipeline is the model loaded as spaCy loads it, string table included.
    assert "strings" in pipelines.SKIPPED_AT_LOAD
    assert annotations(pipelines.get_pipeline(lang)(text)) == annotations(pipelines.get_bare_pipeline(lang)(text))


def run_python(code: str) -> str:
    # The user's cache of compiled patterns, not one under HOME (the repository here).
    cache = str(compiled_patterns.cache_dir().parents[1])
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(ROOT),
                               "XDG_CACHE_HOME": cache})
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


HEAVY = ("spacy", "pandas", "pyarrow", "dask", "distributed", "fastapi", "uvicorn", "duckdb")


def test_the_command_line_starts_without_spacy_or_the_data_libraries():
    loaded = run_python("import sys, communique.cli as c; c.build_parser(); "
                        f"print([m for m in {HEAVY!r} if m in sys.modules])")
    assert loaded == "[]"


def test_extract_imports_nothing_it_does_not_use(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "lang": "fr", "text": SENTENCES[0][1]}) + "\n", encoding="utf-8")
    loaded = run_python("import sys, contextlib, io, communique.cli as c\n"
                        f"with contextlib.redirect_stdout(io.StringIO()): status = c.main(['extract', {str(path)!r}])\n"
                        f"print(status, [m for m in {HEAVY!r} if m in sys.modules])")
    assert loaded == "0 ['spacy']"


# --------------------------------------------------------------------------- parsing event sentences only

@pytest.fixture(scope="module")
def event_sentence_pipeline():
    """The French pipeline with `parse_event_sentences_only` on (loaded apart from the cached one)."""
    settings = replace(Settings(), parse_event_sentences_only=True)
    original = pipelines.get_settings
    pipelines.get_settings = lambda: settings
    try:
        return pipelines._load_pipeline("fr")
    finally:
        pipelines.get_settings = original


@pytest.mark.parametrize("text, parsed", [
    # A courtesy, then an event sentence, then a topic sentence without an event word.
    ("Le temps était clair ce matin-là. Le ministre a reçu son homologue du Niger. "
     "La récolte de dattes a été abondante cette année.", [False, True, False]),
    ("Les deux ministres se sont entretenus par téléphone.", [True]),
    ("Il faisait beau. Rien de plus.", [False, False]),
])
def test_only_the_sentences_with_an_event_word_are_parsed(event_sentence_pipeline, text, parsed):
    nlp = event_sentence_pipeline
    assert nlp.pipe_names[-1] == "communique_selective_parser" and "parser" in nlp.disabled
    doc = nlp(text)
    full = pipelines.get_pipeline("fr")(text)  # the default pipeline parses every sentence
    sents = list(doc.sents)
    assert [any(t.dep_ != "dep" for t in s) for s in sents] == parsed
    for sent, was_parsed in zip(sents, parsed):
        if was_parsed:  # the parse the whole-document parser gives these words
            assert [(t.dep_, t.head.i) for t in sent] == [(t.dep_, t.head.i) for t in full[sent.start:sent.end]]
        else:  # a flat tree: the first word is the head of the others
            assert all(t.head.i == sent.start for t in sent)


def test_the_event_sentence_pipeline_codes_the_same_events_on_a_short_release(event_sentence_pipeline):
    text = ("Rabat, le 3 mai 2024 - Le ministre des Affaires étrangères du Maroc a reçu son homologue "
            "du Niger. Les deux ministres ont signé un accord sur l'énergie.")
    from communique.coding.extract import code_parsed
    doc = Document(text=text, id="x", lang="fr")
    selective = code_parsed(doc, "fr", event_sentence_pipeline(text), event_sentence_pipeline(""))
    full = next(iter(extract_batch([doc], lang="fr")))
    assert [e.event for e in selective.events] == [e.event for e in full.events] != []


# --------------------------------------------------------------------------- the server's coding workers

def test_the_pool_codes_as_one_process_does_and_in_order():
    docs = [Document(text=t, id=f"d{n}", lang=lang) for n, (lang, t) in enumerate(SENTENCES)]
    pool = CodingPool(2)
    try:
        pooled = [r.to_json() for r in pool.code(docs)]
        # Two requests at once share the workers.
        results = {}
        threads = [threading.Thread(target=lambda n=n: results.__setitem__(n, pool.code_one(docs[n]).to_json()))
                   for n in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
    finally:
        pool.close()
    assert pooled == [r.to_json() for r in extract_batch(docs)]
    assert results == {0: pooled[0], 1: pooled[1]}
    assert pool._pool.executor is None  # closed: the worker processes are gone


@pytest.mark.parametrize("workers, error", [(-1, "coding_workers must be 0 or more, not -1")])
def test_a_bad_pool_size_is_refused(workers, error):
    with pytest.raises(ValueError, match=error):
        CodingPool(workers)


def test_extract_and_ingest_through_the_server_workers(tmp_path):
    from fastapi.testclient import TestClient

    from communique.serving import create_app
    from communique.storing import Store

    settings = replace(Settings(), ingest_token="t", coding_workers=1)
    text = SENTENCES[1][1]
    with TestClient(create_app(tmp_path / "s.db", settings)) as client:
        record = client.post("/extract", json={"text": text, "lang": "fr", "id": "e1"}).json()
        report = client.post("/ingest", json=[{"id": "i1", "lang": "fr", "text": text}],
                             headers={"authorization": "Bearer t"}).json()
        again = client.post("/ingest", json=[{"id": "i1", "lang": "fr", "text": text}],
                            headers={"authorization": "Bearer t"}).json()
        pool = client.app.state.coding_pool
        assert pool.workers == 1 and pool._pool.executor is not None
    assert pool._pool.executor is None  # stopped with the server
    expected = next(iter(extract_batch([Document(text=text, id="e1", lang="fr")]))).to_dict()
    assert [e["event"] for e in record["events"]] == [e["event"] for e in expected["events"]] != []
    assert (report["added"], again["unchanged"]) == (1, 1)
    with Store.open(tmp_path / "s.db", readonly=True) as store:
        assert store.counts()["documents"] == 1


# --------------------------------------------------------------------------- the whole-command benchmark

def test_startup_breakdown_times_every_step():
    steps = startup_breakdown("fr")
    assert list(steps) == list(STARTUP_STEPS)
    assert all(seconds >= 0 for seconds in steps.values()) and steps["model"] > 0


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_whole_command_codes_every_document(jobs):
    docs = [Document(text=t, id=f"d{n}", lang=lang) for n, (lang, t) in enumerate(SENTENCES)]
    timing = time_command(docs, jobs)
    assert (timing.documents, timing.jobs) == (3, jobs)
    assert timing.wall > 0 and timing.docs_per_second > 0 and timing.peak_rss_mb > 100


def test_bench_reports_start_up_and_the_whole_command(capsys):
    assert cli.main(["bench", "generated", "--documents", "4", "--size", "short", "--jobs", "2"]) == 0
    out = capsys.readouterr().out
    assert "start-up of a fresh process" in out and "model" in out
    assert "whole command, start-up included: communique extract --jobs 2 on the 4 documents" in out


# --------------------------------------------------------------------------- compiled tokenizer patterns

PATTERNS = [
    r"^(?:anti|contre)[-‐][a-zà-ÿ]+$",
    r"(?iu)(?P<prefix>vice|ex)[-‐](?P<rest>\w+)|^[ée]tats[-‐]uni\w*$",
    r"(?:(?<=\d)[.,](?=\d))|[^\W\d_]{3,}",
]
WORDS = ["anti-missile", "Vice-président", "états-unis", "3,5", "Kazakhstan", "contre‐offensive", "x-y"]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_stored_pattern_is_the_program_re_compiles(tmp_path, pattern):
    stored = compiled_patterns.compile_and_store(pattern, tmp_path)
    loaded = compiled_patterns.load(pattern, tmp_path)
    expected = re._compiler.compile(pattern, 0)  # what re.compile(pattern) builds
    # Pattern equality compares the flags and the compiled program itself.
    assert loaded is not stored and loaded == stored == expected
    assert loaded.groupindex == expected.groupindex and loaded.groups == expected.groups
    assert [bool(loaded.search(w)) for w in WORDS] == [bool(expected.search(w)) for w in WORDS]


@pytest.mark.parametrize("damage", ["engine", "pattern", "truncated", "program", "missing"])
def test_a_damaged_or_foreign_file_is_ignored(tmp_path, damage):
    pattern = PATTERNS[1]
    compiled_patterns.compile_and_store(pattern, tmp_path)
    path = next(tmp_path.iterdir())
    data = path.read_bytes()
    header, rest = data.split(b"\n", 1)
    if damage == "engine":
        path.write_bytes(header.replace(b"-sre", b"-sreX") + b"\n" + rest)
    elif damage == "pattern":
        path.write_bytes(header + b"\n" + rest.replace(b"vice", b"vise", 1))
    elif damage == "truncated":
        path.write_bytes(data[:-8])
    elif damage == "program":  # a wrong opcode in the middle of the program: the engine refuses it
        half = len(header) + 1 + len(pattern.encode()) + 1 + 16
        path.write_bytes(data[:half] + b"\xff\xff\xff\x7f" + data[half + 4:])
    else:
        path.unlink()
    assert compiled_patterns.load(pattern, tmp_path) is None


def test_the_french_token_match_is_stored_and_preloaded_into_re(tmp_path):
    patterns = compiled_patterns.tokenizer_patterns("fr_core_news_md")
    assert len(patterns) == 1 and len(patterns[0]) > 1_000_000  # token_match: hyphenated words
    try:
        assert compiled_patterns.preload("fr_core_news_md", tmp_path) == 1  # compiles and writes
        written = re._cache[str, patterns[0], 0]
        del re._cache[str, patterns[0], 0]
        assert compiled_patterns.preload("fr_core_news_md", tmp_path) == 1  # reads the file
        preloaded = re.compile(patterns[0])
        assert preloaded is not written and preloaded == written == re._compiler.compile(patterns[0], 0)
    finally:
        re._cache.pop((str, patterns[0], 0), None)
    assert compiled_patterns.tokenizer_patterns("no_such_model") == []


def test_the_loaded_pipeline_uses_the_preloaded_token_match():
    nlp = pipelines.get_pipeline("fr")
    pattern = nlp.tokenizer.token_match.__self__
    assert pattern == re._compiler.compile(pattern.pattern, 0)
    assert [t.text for t in nlp("Les États-Unis et l'anti-corruption : c'est-à-dire, aujourd'hui.")] == [
        t.text for t in pipelines.get_bare_pipeline("fr")("Les États-Unis et l'anti-corruption : c'est-à-dire, aujourd'hui.")]


# --------------------------------------------------------------------------- lemma tables read in one pass

LEMMA_TEXTS = [
    ("fr", "Les ministres ont réaffirmé leur volonté d'approfondir les échanges. Mme Okonkwo-Lefèvre "
           "s'est rendue à Ouagadougou, où elle a été reçue par ses homologues burkinabè ; les "
           "délégations avaient négocié des protocoles inédits et s'engageront à les appliquer."),
    ("en", "The envoys were meeting in Lisbon while the delegations had negotiated fresh protocols; "
           "she reaffirmed that both governments would keep cooperating on fisheries."),
]


@pytest.mark.parametrize("lang, text", LEMMA_TEXTS)
def test_the_lemmatizer_with_tables_read_in_one_pass_lemmatizes_as_spacys(lang, text):
    nlp = pipelines.get_pipeline(lang)
    tables = nlp.get_pipe("lemmatizer").lookups
    assert all(isinstance(tables.get_table(name), lemma_tables.HashedTable) for name in tables.tables)
    assert annotations(nlp(text)) == annotations(pipelines.get_bare_pipeline(lang)(text))


@pytest.mark.parametrize("key, found", [("reçu", ["recevoir"]), ("abaissa", ["abaisser"]), ("zzqx", None)])
def test_a_hashed_table_is_read_by_string_or_hash(key, found):
    from spacy.strings import get_string_id
    table = lemma_tables.HashedTable("t", {get_string_id("reçu"): ["recevoir"], "abaissa": ["abaisser"]})
    assert table.get(key) == table.get(get_string_id(key)) == found
    assert (key in table) == (found is not None)


# --------------------------------------------------------------------------- each distinct token embedded once

DISTINCT_TEXTS = {
    "fr": ["Le ministre a reçu le ministre. Le Maroc et le Niger, le Niger et le Maroc : aujourd'hui, c'est-à-dire "
           "le 3 mai, l'accord a été signé à Rabat.", "M. Diallo s'est entretenu avec Mme Okafor-Lind à Niamey.", ""],
    "en": ["The minister met the minister; Ghana and Norway, Norway and Ghana. They'll sign it on 3 May.",
           "Ms Okafor-Lind didn't travel to Accra.", "   "],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_embedding_each_distinct_token_once_gives_spacys_vectors_bit_for_bit(lang):
    from spacy.tokens import Doc
    nlp = pipelines.get_pipeline(lang)
    bare = pipelines.get_bare_pipeline(lang)  # spaCy's own forward pass
    texts = DISTINCT_TEXTS[lang]
    for component in ("tok2vec", "ner"):
        ours, theirs = nlp.get_pipe(component).model, bare.get_pipe(component).model
        if component == "ner":
            ours, theirs = ours.get_ref("tok2vec"), theirs.get_ref("tok2vec")
        odd = Doc(nlp.vocab, words=["Rabat", "Rabat", "Rabat"])
        odd[1].norm_ = "rabbat"  # the same word with another NORM, as a tokenizer exception may give
        docs = [nlp.make_doc(t) for t in texts] + [odd]
        assert any(isinstance(node._func, partial) for node in ours.walk())
        for got, expected in zip(ours.predict(docs), theirs.predict(docs)):
            assert got.shape == expected.shape and numpy.array_equal(got, expected)
    docs = list(nlp.pipe(texts))
    assert [annotations(d) for d in docs] == [annotations(d) for d in bare.pipe(texts)]


@pytest.mark.parametrize("rows, distinct", [
    ([[1, 2, 9], [1, 2, 9], [3, 4, 8]], 2),  # a repeated word
    ([[1, 2, 9], [5, 2, 9], [3, 4, 8]], 3),  # the same word with another NORM: its own row
])
def test_distinct_rows_index_every_row(rows, distinct):
    features = numpy.array(rows, dtype="uint64")
    unique, first_of = distinct_tokens._distinct_rows(features)
    assert len(unique) == distinct and numpy.array_equal(unique[first_of], features)


# --------------------------------------------------------------------------- the attribute ruler matched by columns

RULER_TEXTS = {
    "fr": ["Le ministre a reçu,  hier, son homologue.\n\nLes deux pays   coopèrent \t depuis 1992 !",
           "Mme Okafor-Lind s'est rendue à Niamey ; elle y restera jusqu'au 3 mai.\n", " ", ""],
    "en": ["The minister met  her counterpart.\n\nThey'll sign it on 3 May \t in Accra.", "\n"],
}


def tagged(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.lemma_) for t in doc]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_attribute_ruler_matched_by_columns_tags_as_spacys(lang):
    from spacy.pipeline import AttributeRuler
    nlp = pipelines.get_pipeline(lang)
    ruler = nlp.get_pipe("attribute_ruler")
    # fr_core_news_md's rules each read one token; the English model has rules of two tokens
    # and regular expressions, so its ruler is spaCy's.
    assert ("match" in vars(ruler)) == (lang == "fr")
    texts = RULER_TEXTS[lang]
    upstream = [name for name in nlp.pipe_names if name in ("tok2vec", "tagger", "morphologizer", "parser")]
    with nlp.select_pipes(enable=upstream):
        for doc in nlp.pipe(texts):
            assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
    bare = pipelines.get_bare_pipeline(lang)  # spaCy's ruler
    # (Without our sentence-boundary rule, which changes the parse on purpose: the ruler is compared.)
    with nlp.select_pipes(disable=["communique_no_break_after_a_word"]):
        assert [tagged(d) for d in nlp.pipe(texts)] == [tagged(d) for d in bare.pipe(texts)]


def _rulers(patterns):
    import spacy
    nlp = spacy.blank("en")
    ours, theirs = nlp.add_pipe("attribute_ruler", name="ours"), nlp.add_pipe("attribute_ruler", name="theirs")
    ours.add_patterns(patterns)
    theirs.add_patterns(patterns)
    return nlp, ours, theirs


def test_later_rules_win_and_sets_and_flags_are_read_as_the_matcher_reads_them():
    from spacy.tokens import Doc
    from communique.language.token_rules import ArrayRules
    patterns = [
        {"patterns": [[{"LOWER": {"IN": ["talks", "visit"]}}]], "attrs": {"TAG": "NN", "POS": "NOUN"}},
        {"patterns": [[{"IS_PUNCT": True}]], "attrs": {"TAG": "PUNCT"}},
        {"patterns": [[{"lower": "visit"}]], "attrs": {"TAG": "VB"}},  # overrides the first rule's tag
        {"patterns": [[{"IS_ALPHA": True, "LOWER": {"NOT_IN": ["talks", "the"]}}]], "attrs": {"MORPH": "Foo=Bar"},
         "index": -1},
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"TAG": "NNX"}},  # reads the tags before any rule
    ]
    nlp, ours, theirs = _rulers(patterns)
    rules = ArrayRules.of(ours)
    assert rules is not None
    ours.match, ours.set_annotations = rules.match, rules.set_annotations
    words = ["Talks", "on", "the", "visit", ",", "then", "talks", "!", "visit"]
    made = []
    for ruler in (ours, theirs):
        doc = Doc(nlp.vocab, words=words, tags=["NN", "", "", "", "", "", "", "", ""])
        assert ruler.match(doc) == type(ruler).match(theirs, doc)
        ruler(doc)
        made.append([(t.tag_, t.pos_, str(t.morph)) for t in doc])
    assert made[0] == made[1]
    assert made[0][0] == ("NNX", "NOUN", "")  # the fifth rule read the tag the doc came with
    assert made[0][3] == ("VB", "NOUN", "Foo=Bar")


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "talks"}, {"LOWER": "on"}],          # two tokens
    [{"LOWER": {"REGEX": "^talk"}}],                 # a regular expression
    [{"LOWER": "talks", "OP": "+"}],                 # an operator
    [{"MORPH": {"IS_SUPERSET": ["Number=Sing"]}}],   # features
    [{"LENGTH": {">=": 3}}],                         # a comparison
])
def test_a_ruler_with_a_rule_of_another_shape_is_left_to_spacy(pattern):
    from communique.language.token_rules import ArrayRules
    nlp, ours, _ = _rulers([{"patterns": [[{"LOWER": "on"}]], "attrs": {"TAG": "IN"}},
                            {"patterns": [pattern], "attrs": {"TAG": "X"}}])
    assert ArrayRules.of(ours) is None
