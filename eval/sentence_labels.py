"""Read the sentence label files of eval/events/ and eval/promises/ (their READMEs give the form).

One line per labelled sentence, tab-separated, `DOC_ID  KEY  LABEL  …`; `DOC_ID  *  done` marks a
document read whole. Shared by eval/calibration/score_corpus.py and scripts/fit_sentence_models.py.
"""
from __future__ import annotations

from pathlib import Path


class LabelError(ValueError):
    """A label line that does not have the form its folder's README gives."""


def label_lines(folder: Path, fields: int):
    """(path, line number, cells or None, document id) of every label line of `folder`'s *.tsv
    files; cells are None for a `DOC * done` line. LabelError for a line of fewer than `fields`
    cells."""
    for path in sorted(folder.glob("*.tsv")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                cells = line.split("\t")
                if len(cells) >= 3 and cells[1] == "*" and cells[2].strip() == "done":
                    yield path, n, None, cells[0]
                elif len(cells) < fields:
                    raise LabelError(f"{path}:{n}: expected at least {fields} tab-separated cells, got {line!r}")
                else:
                    yield path, n, cells, cells[0]
