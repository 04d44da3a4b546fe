"""CAMEO codes, Goldstein weights, quad classes and the CAMEO→PLOVER table, read once.

The tables come from ../shared/data (CAMEO manual, PLOVER's CAMEO2PLOVER, CC BY-SA 4.0);
the few columns the coder needs are kept in communique/data/cameo.tsv, built by
scripts/build_cameo_table.py.
"""
from __future__ import annotations

from functools import lru_cache

from ..lang import neutral_table

#: A default CAMEO code per PLOVER type (and mode) when the trigger names none.
DEFAULT_CAMEO = {
    ("CONSULT", None): "040", ("CONSULT", "phone"): "041", ("CONSULT", "visit"): "042",
    ("CONSULT", "third-party"): "044", ("CONSULT", "multilateral"): "040",
    ("AGREE", None): "030", ("SUPPORT", None): "050", ("CONCEDE", None): "080",
    ("COOPERATE", None): "060", ("AID", None): "070", ("RETREAT", None): "080",
    ("REQUEST", None): "020", ("ACCUSE", None): "111", ("REJECT", None): "120",
    ("THREATEN", None): "130", ("PROTEST", None): "140", ("SANCTION", None): "160",
    ("MOBILIZE", None): "150", ("COERCE", None): "170", ("ASSAULT", None): "180",
}
#: CAMEO codes the coding rules name (their names in communique/data/cameo.tsv).
EMPATHY_CAMEO = "018"  # make empathetic comment: condolences, sympathy, solidarity
HOST_CAMEO = "043"  # host a visit
RECALL_CAMEO = "161"  # reduce or break diplomatic relations: recall an ambassador
MEDIATE_CAMEO = "045"  # mediate
PRAISE_CAMEO = "051"  # praise or endorse
#: Support that goes to someone, whom "à"/"to" brings after the support word ("son soutien à la
#: Somalie", "sa solidarité à l'Arabie saoudite"): praise and empathy, not a signature or recognition.
ADDRESSED_SUPPORT_CAMEOS = frozenset({PRAISE_CAMEO, EMPATHY_CAMEO})
#: PLOVER's quad codes by type (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict).
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
        "REQUEST": 1, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 3, "SANCTION": 4,
        "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, dict[str, str]]:
    """Return {cameo code: row} with name, goldstein, quad_class and plover_type."""
    return {row["code"]: row for row in neutral_table("cameo")}


def cameo_for(event: str, mode: str | None, trigger_cameo: str | None) -> str | None:
    """Return the CAMEO code of an event: the trigger's, refined by mode, else the type's default."""
    if event == "CONSULT" and mode in ("phone", "visit", "third-party"):
        if mode == "visit" and trigger_cameo == HOST_CAMEO:
            return HOST_CAMEO
        return DEFAULT_CAMEO[("CONSULT", mode)]
    if trigger_cameo and trigger_cameo in cameo_codes():
        return trigger_cameo
    return DEFAULT_CAMEO.get((event, mode)) or DEFAULT_CAMEO.get((event, None))


def scale_for(cameo: str | None) -> float | None:
    """Return the Goldstein weight of a CAMEO code (its parent's when it has none)."""
    codes = cameo_codes()
    while cameo:
        row = codes.get(cameo)
        if row and row.get("goldstein"):
            return float(row["goldstein"])
        cameo = cameo[:-1] if len(cameo) > 2 else None
    return None
