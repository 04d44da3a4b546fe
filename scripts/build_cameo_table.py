"""Build communique/data/cameo.tsv from ../shared/data/cameo_event_codes.tsv and cameo_to_plover.tsv.

Keeps the facts the coder needs (code, name, Goldstein weight, quad class, PLOVER type and
mode). The CAMEO→PLOVER columns derive from PLOVER's CAMEO2PLOVER table (CC BY-SA 4.0), so
the built file carries that licence and attribution in its header.

    python scripts/build_cameo_table.py [SHARED_DATA_DIR]
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "communique" / "data" / "cameo.tsv"
HEADER = ("# CAMEO event codes with Goldstein weights (CAMEO 1.1b3 manual, via andybega/icews, MIT) and\n"
          "# their PLOVER type/mode (openeventdata/PLOVER CAMEO2PLOVER-2021, CC BY-SA 4.0; this file is\n"
          "# shared under the same licence). Built by scripts/build_cameo_table.py: do not edit by hand.\n")


def rows(path: Path):
    with open(path, encoding="utf-8") as fh:
        lines = [l for l in fh if l.strip() and not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def build(shared_data: Path) -> str:
    """Return the content of cameo.tsv built from the shared reference tables."""
    plover = {}
    for row in rows(shared_data / "cameo_to_plover.tsv"):
        code = row["cameo_code"].split(":")[-1]
        plover.setdefault(code, (row["plover_type"], row["plover_mode"]))
    out = [HEADER, "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\n"]
    for row in rows(shared_data / "cameo_event_codes.tsv"):
        code = row["code"]
        ptype, pmode = plover.get(code) or plover.get(code[:3]) or plover.get(code[:2]) or ("", "")
        out.append("\t".join([code, row["name"], row["goldstein"], row["quad_class"], ptype, pmode]) + "\n")
    return "".join(out)


if __name__ == "__main__":
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    OUT.write_text(build(shared), encoding="utf-8")
    print(f"wrote {OUT}")
