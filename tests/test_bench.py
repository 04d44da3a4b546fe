"""The benchmark, the generated corpus, and the speed work: faster code must find what the plain code finds.

The generated corpus is fictional (communique/samples/generate.py). The speed tests compare the
optimised date patterns and lexicon matcher with plain versions of the same rules on real and
generated documents.
"""
import json

import pytest

from communique import cli, extract_batch, read_inputs
from communique.coding.dates import rules as date_rules
from communique.language.pipelines import get_pipeline
from communique.reading import Document
from communique.recognising.countries import country_matcher
from communique.recognising.cues import cue_matchers, lexicon_matcher
from communique.recognising.lexicon import CASE_ANY, Match, _case_ok, _word_ok, units_of
from communique.recognising.organisations import organisation_matcher
from communique.recognising.titles import title_matcher
from communique.running.benchmark import STAGES, run_benchmark
from communique.samples.generate import LANGUAGES, STATES, document, generate

# --------------------------------------------------------------------------- the generated corpus


def test_the_corpus_is_the_same_for_the_same_seed_and_differs_between_seeds():
    first = list(generate(30, seed=4))
    assert first == list(generate(30, seed=4))
    assert first[10:20] == list(generate(10, seed=4, start=10))
    assert first[17] == document(17, seed=4)
    other = list(generate(30, seed=5))
    assert all(a["text"] != b["text"] for a, b in zip(first, other))
    assert len({d["id"] for d in first + other}) == 60


@pytest.mark.parametrize("size, low, high", [("seed", 180, 330), ("short", 20, 80)])
def test_sizes(size, low, high):
    words = [len(d["text"].split()) for d in generate(60, seed=1, size=size)]
    assert low <= min(words) and max(words) <= high


@pytest.mark.parametrize("langs", [("fr",), ("en",), ("fr", "en")])
def test_languages(langs):
    assert {d["lang"] for d in generate(40, langs=langs)} == set(langs)


@pytest.mark.parametrize("kwargs, message", [
    ({"size": "huge"}, "size 'huge'"),
    ({"langs": ("de",)}, "languages"),
    ({"langs": ()}, "languages"),
])
def test_bad_corpus_arguments(kwargs, message):
    with pytest.raises(ValueError, match=message):
        list(generate(1, **kwargs))


def test_generated_documents_are_inputs_the_coder_codes(tmp_path):
    corpus = list(generate(8, seed=2))
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in corpus), encoding="utf-8")
    documents = list(read_inputs([str(path)]))
    assert all(isinstance(d, Document) for d in documents)
    names = {row[0]: {row[1], row[4], row[6], row[7], row[8], row[9]} for row in STATES}  # names, adjectives, capitals
    for doc, record in zip(documents, extract_batch(documents)):
        # The release tells of a meeting or a call between the two states it names first.
        meeting = next(e for e in record.events if e.event == "CONSULT")
        states = {e.code for e in meeting.actor + meeting.recipient}
        assert len(states) == 2, (doc.doc_id, states)
        assert all(any(name.split()[-1] in doc.text for name in names[code]) for code in states)
        assert any(e.event == "SUPPORT" and e.documents for e in record.events), doc.doc_id


# --------------------------------------------------------------------------- the benchmark

def test_benchmark_on_the_dev_set(shared_dir):
    report = run_benchmark([str(shared_dir / "eval" / "dev.jsonl")])
    assert report.left_out == {"ru": 1}  # no Russian model: gazetteers only, not timed
    assert report.documents == 25 and report.languages.keys() == {"fr", "en"}
    assert list(report.stages) == list(STAGES)
    assert report.staged_records_match
    assert report.coder.cpu > 0 and report.bare.cpu > 0 and report.ratio_cpu > 0
    assert report.stages["spaCy"].cpu > 0 and report.stages["coding"].cpu > 0
    assert report.peak_rss_coder_mb <= report.peak_rss_mb
    text = report.format()
    assert "coder/bare docs/s ratio" in text and "recognising" in text


def test_bench_command_on_a_generated_corpus(capsys):
    assert cli.main(["bench", "generated", "--documents", "6", "--size", "short", "--identify", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 6
    assert list(report["stages"]) == list(STAGES)
    assert report["stages"]["language id"]["cpu"] > 0  # --identify: the languages were identified
    assert report["staged_records_match"] is True


def test_bench_command_with_a_missing_input(capsys, tmp_path):
    assert cli.main(["bench", str(tmp_path / "missing.jsonl")]) == 2
    assert "no such file or directory" in capsys.readouterr().err


# --------------------------------------------------------------------------- speed work keeps behaviour

def texts_to_check(shared_dir, samples_path) -> list[tuple[str, str, str | None]]:
    texts = [(d.lang or "fr", d.text, d.published)
             for path in (samples_path, shared_dir / "eval" / "dev.jsonl", shared_dir / "eval" / "seed.jsonl")
             for d in read_inputs([str(path)])]
    texts += [(d["lang"], d["text"], d["published"]) for d in generate(40, seed=9, size="mixed")]
    # Dates glued to words or digits, capitals, hyphens: where a first-character guard could differ.
    tricky = ["x5 mars 2019", "COVID19 mars", "le5 mai", "_mai 2019", "mi-2019", "2019-05-04", "A4/5/2019",
              "Apr.30 2020", "Mon 5 May", "mai2019", "MARS 2019", "LUNDI PROCHAIN", "monday next", "9th of March"]
    return texts + [(lang, t, "2020-01-15") for lang in ("fr", "en", "ru") for t in tricky]


def test_guarded_date_patterns_find_what_the_plain_patterns_find(shared_dir, samples_path, monkeypatch):
    guarded = {lang: date_rules._rules(lang) for lang in ("fr", "en", "ru")}
    monkeypatch.setattr(date_rules, "_lead_guard", lambda by_kind, lead: "")
    plain = {lang: date_rules._rules.__wrapped__(lang) for lang in ("fr", "en", "ru")}
    assert all(rx.pattern.startswith("(?:(?<!") for rules in guarded.values() for _, rx in rules.patterns)
    for _, text, _ in texts_to_check(shared_dir, samples_path):
        for lang in ("fr", "en", "ru"):
            for (name, fast), (_, slow) in zip(guarded[lang].patterns, plain[lang].patterns):
                assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
                       [(m.span(), m.groupdict()) for m in slow.finditer(text)], (lang, name, text[:60])


def plain_find(matcher, units) -> list[Match]:
    """The matcher's rule written plainly: at each unit in turn, the longest entry matching there
    (the first tried among equals: exact entries by key, then prefixed ones), then on after it."""
    found, i = [], 0
    while i < len(units):
        tried = []
        for key in units[i].keys:
            tried += matcher.exact.get(key, [])
        for key in units[i].keys:
            tried += [e for e in matcher.prefixed if key.startswith(e.words[0][:-1])]
        best = None
        for entry in _first_of_each(tried):
            n = len(entry.words)
            if i + n <= len(units) and (entry.case == CASE_ANY or _case_ok(entry.case, units[i].text)) \
                    and all(_word_ok(w, units[i + k]) for k, w in enumerate(entry.words)) \
                    and (best is None or n > best.end - best.start):
                best = Match(i, i + n, entry)
        found.append(best) if best else None
        i = best.end if best else i + 1
    return found


def _first_of_each(entries):
    seen = set()
    return [e for e in entries if not (id(e) in seen or seen.add(id(e)))]


def test_the_lexicon_matcher_finds_what_the_plain_rule_finds(shared_dir, samples_path):
    for lang in LANGUAGES:
        nlp = get_pipeline(lang)
        matchers = [country_matcher(lang), organisation_matcher(lang), title_matcher(lang),
                    lexicon_matcher(lang, "triggers"), lexicon_matcher(lang, "topics"), *cue_matchers(lang).values()]
        texts = [t for code, t, _ in texts_to_check(shared_dir, samples_path) if code == lang]
        assert len(texts) > 10
        found = 0
        for doc in nlp.pipe(texts):
            units = units_of(doc)
            for matcher in matchers:
                expected = plain_find(matcher, units)
                assert matcher.find(units) == expected, (lang, doc.text[:60])
                found += len(expected)
        assert found > 100 * len(texts) / 10


def test_unit_keys_are_text_then_lemma_folded():
    doc = get_pipeline("fr")("Les Émirats ont signé des accords franco-algériens.")
    keys = {u.text: u.keys for u in units_of(doc)}
    assert keys["Émirats"][0] == "emirats"
    assert keys["signé"] == ("signe", "signer")
    assert keys["franco"] == ("franco",) and keys["algériens"] == ("algeriens",)
    assert keys["Les"] == ("les", "le")


# --------------------------------------------------------------------------- memory over a stream

def test_a_stream_of_new_names_renews_the_pipeline_and_keeps_its_records(monkeypatch):
    """spaCy keeps every string it meets: past MAX_NEW_STRINGS the pipeline is loaded afresh,
    which bounds memory over a stream, and changes no record."""
    from communique.coding import extract as extract_module
    from communique.language import pipelines

    def documents(n):
        return [Document(text=d["text"], id=d["id"], title=d["title"], lang=d["lang"], published=d["published"])
                for d in generate(n, seed=2, size="short", langs=("fr",))]

    corpus = documents(160)
    expected = [r.to_json() for r in extract_batch(corpus)]  # coded with the default limit
    monkeypatch.setattr(pipelines, "MAX_NEW_STRINGS", 100)
    loaded = []
    real_load = pipelines._load_pipeline
    monkeypatch.setattr(pipelines, "_load_pipeline", lambda lang: loaded.append(lang) or real_load(lang))
    monkeypatch.setitem(pipelines._pipelines, "fr", real_load("fr"))  # a fresh pipeline, as loaded
    monkeypatch.setitem(pipelines._strings_at_load, "fr", len(pipelines._pipelines["fr"].vocab.strings))
    sizes = []  # new strings at the end of each batch, where the pipeline may be renewed
    real_renew = extract_module.renew_if_grown

    def renew(lang):
        sizes.append(len(pipelines._pipelines[lang].vocab.strings) - pipelines._strings_at_load[lang])
        return real_renew(lang)
    monkeypatch.setattr(extract_module, "renew_if_grown", renew)
    coded = [record.to_json() for record in extract_batch(corpus)]
    assert coded == expected
    assert len(loaded) >= 2, "the invented names outgrew the limit twice: the pipeline was loaded afresh"
    # Never more than the limit plus one batch of new words (from a fresh pipeline, whose model
    # string table is not loaded: all of a batch's words are new).
    assert len(sizes) == 5 and max(sizes) < 100 + 2000
