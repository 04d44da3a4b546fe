"""Regular expressions of a model's tokenizer, compiled once per machine instead of once per process.

fr_core_news_md's tokenizer tries every hyphenated or elided word against one pattern of 1.45
million characters (its `token_match`: a hundred word families, each with a Unicode letter
class), and Python's `re` compiled it in 2.3 s at every start of every process: two thirds of
loading the model. Compiling is deterministic (the same pattern and interpreter give the same
program), so `preload` keeps each compiled program in a file (`cache_dir()`), gives it back to the
regular-expression engine at the next start, and puts the resulting pattern into `re`'s own
cache, where spaCy's `re.compile` of the same text finds it. On the first start (no file yet) it
compiles the pattern as `re` would, once, and writes the file.

Anything unexpected (another Python, a changed `re` module, a missing, damaged or foreign file, an
unwritable directory) leaves `re` to compile as before: slower, never different.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path

import _sre

#: The interpreter and `re` engine a stored program was compiled for: a program is only valid
#: for the engine that made it.
ENGINE = f"py{sys.version_info[0]}.{sys.version_info[1]}.{sys.version_info[2]}-sre{_sre.MAGIC}-{_sre.CODESIZE}"
#: Patterns shorter than this compile in under a few milliseconds: not worth a file.
MIN_LENGTH = 20_000
#: The tokenizer settings spaCy compiles with `re.compile(text)` when it loads a model.
TOKENIZER_PATTERNS = ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match")


def cache_dir() -> Path:
    """Where compiled programs are kept: `$XDG_CACHE_HOME/communique/patterns` (or ~/.cache)."""
    root = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(root) / "communique" / "patterns"


def preload(model: str, directory: Path | None = None) -> int:
    """Put the compiled long patterns of the tokenizer of the installed model `model` into
    `re`'s cache, from their files in `directory` (compiled and written when missing); return how
    many were put there. Call it before loading the model."""
    if not _engine_supported():
        return 0
    directory = directory or cache_dir()
    done = 0
    for pattern in tokenizer_patterns(model):
        compiled = load(pattern, directory)
        if compiled is None:
            compiled = compile_and_store(pattern, directory)
        re._cache[str, pattern, 0] = compiled  # where re.compile(pattern) looks first
        done += 1
    return done


def model_directory(model: str) -> Path | None:
    """The data directory (with `config.cfg`) of the installed model package `model`, or None."""
    spec = importlib.util.find_spec(model) if model.isidentifier() else None
    if spec is None or not spec.submodule_search_locations:
        return None
    found = sorted(Path(spec.submodule_search_locations[0]).glob("*/config.cfg"))
    return found[-1].parent if found else None


def tokenizer_patterns(model: str) -> list[str]:
    """The patterns of at least MIN_LENGTH characters that the installed package `model`'s
    tokenizer compiles on load (none when the package or its tokenizer file is not found)."""
    import srsly  # spaCy's own dependency, already imported by spaCy

    directory = model_directory(model)
    if directory is None or not (directory / "tokenizer").is_file():
        return []
    settings = srsly.msgpack_loads((directory / "tokenizer").read_bytes())
    return [settings[key] for key in TOKENIZER_PATTERNS
            if isinstance(settings.get(key), str) and len(settings[key]) >= MIN_LENGTH]


def load(pattern: str, directory: Path) -> re.Pattern | None:
    """The compiled `pattern` from its file in `directory`, or None if there is no valid file."""
    path = _path(pattern, directory)
    try:
        with path.open("rb") as file:
            header = json.loads(file.readline())
            if header.get("engine") != ENGINE or file.read(len(pattern.encode()) + 1) != pattern.encode() + b"\n":
                return None
            program = file.read()
    except (OSError, ValueError):
        return None
    # The engine checks only part of a program: a damaged file must not reach it.
    if hashlib.sha256(program).hexdigest() != header.get("sha256"):
        return None
    code = array("I")
    code.frombytes(program)
    try:  # the engine checks the program it is given
        return _sre.compile(pattern, header["flags"], code.tolist(), header["groups"],
                            header["groupindex"], tuple(header["indexgroup"]))
    except (RuntimeError, KeyError, TypeError):
        return None


def compile_and_store(pattern: str, directory: Path) -> re.Pattern:
    """Compile `pattern` as `re.compile` does, write its program to `directory` (if it can) and
    return the compiled pattern."""
    parsed = re._parser.parse(pattern, 0)
    code = re._compiler._code(parsed, 0)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    header = {"engine": ENGINE, "flags": parsed.state.flags, "groups": parsed.state.groups - 1,
              "groupindex": groupindex, "indexgroup": indexgroup}
    compiled = _sre.compile(pattern, header["flags"], code, header["groups"], groupindex, tuple(indexgroup))
    program = array("I", code).tobytes()
    header["sha256"] = hashlib.sha256(program).hexdigest()
    _write(_path(pattern, directory), header, pattern, program)
    return compiled


def _engine_supported() -> bool:
    """Whether this `re` works as this module expects (Python 3.11's `re._cache` dict, 4-byte code)."""
    return (isinstance(getattr(re, "_cache", None), dict) and _sre.CODESIZE == array("I").itemsize
            and hasattr(re, "_parser") and hasattr(re, "_compiler"))


def _path(pattern: str, directory: Path) -> Path:
    digest = hashlib.sha256(pattern.encode()).hexdigest()[:32]
    return directory / f"{digest}-{ENGINE}.bin"


def _write(path: Path, header: dict, pattern: str, program: bytes) -> None:
    """Write the file under a temporary name, then rename it: a reader never sees half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, suffix=".part", delete=False) as file:
            file.write(json.dumps(header).encode() + b"\n" + pattern.encode() + b"\n")
            file.write(program)
        os.replace(file.name, path)
    except OSError:
        # A cache we cannot write only costs the next start its compile time.
        if "file" in locals():
            Path(file.name).unlink(missing_ok=True)


def main() -> None:
    """Store the compiled patterns of every configured model (`scripts/setup` runs it once)."""
    from ..settings import get_settings

    settings = get_settings()
    for lang in settings.languages:
        model = getattr(settings, f"model_{lang}", None)
        if model:
            print(f"{model}: {preload(model)} tokenizer pattern(s) stored in {cache_dir()}")


if __name__ == "__main__":
    main()
