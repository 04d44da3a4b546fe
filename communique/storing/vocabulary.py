"""What the questions take: the vocabularies, the checks of every argument (a clear QueryError
naming the bad value), and the SQL pieces events are filtered and ordered by (an event's day,
whether it is multilateral), with the normalising of places that are country names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import languages, neutral_table, table
from ..recognising.lexicon import fold
from .errors import QueryError, UnknownName
from .names import resolve_country

#: PLOVER event types (DESIGN.md).
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
#: The topic vocabulary (DESIGN.md).
TOPICS = ("trade", "investment", "economy", "finance", "energy", "transport_logistics", "agriculture_food",
          "mining_resources", "industry", "digital_ict", "science_technology", "education", "culture", "tourism",
          "health", "humanitarian", "environment_climate", "water", "security_defense", "terrorism_extremism",
          "migration_consular", "legal_framework", "parliamentary", "human_rights", "regional_issues", "multilateral")
DOCUMENT_KINDS = ("protocol", "memorandum", "agreement", "treaty", "declaration", "joint_statement", "roadmap",
                  "programme", "contract", "letter", "other")
#: Orders of event lists: by date, newest or oldest first (undated events by their report's date).
SORTS = ("newest", "oldest")
#: Which events a question counts: between two states only, among more, or both.
SCOPES = ("bilateral", "multilateral", "all")
#: An event's day: its own date, else the publication date of its earliest report. Agreements to
#: act later often have no date; they are dated, filtered and sorted by the day they were reported.
DAY = ("coalesce(e.date, (SELECT min(d.published) FROM mentions m JOIN documents d ON d.id = m.document_id"
       " WHERE m.event_id = e.id))")
_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


def check_date(value: str | None, name: str) -> str | None:
    """Return a YYYY, YYYY-MM or YYYY-MM-DD date unchanged; raise QueryError for anything else."""
    if value is None:
        return None
    if not isinstance(value, str) or not _DATE.fullmatch(value.strip()):
        raise QueryError(f"{name}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value.strip()


def country_code(value: str | None) -> str | None:
    """Return the alpha-3 code of a country given by code or name, as QueryError when unknown."""
    if value is None:
        return None
    try:
        return resolve_country(value)
    except UnknownName as exc:
        raise QueryError(str(exc)) from None


def check_type(value: str | None) -> str | None:
    if value is None:
        return None
    upper = value.strip().upper()
    if upper not in EVENT_TYPES:
        raise QueryError(f"unknown event type {value!r} (one of {', '.join(EVENT_TYPES)})")
    return upper


def check_sort(value: str | None) -> str:
    """Return 'newest' or 'oldest' (the default: newest); QueryError for anything else."""
    if value in (None, ""):
        return "newest"
    if value not in SORTS:
        raise QueryError(f"unknown sort {value!r} (one of {', '.join(SORTS)})")
    return value


def check_scope(value: str | None, default: str = "all") -> str:
    """Return 'bilateral', 'multilateral' or 'all'; QueryError for anything else."""
    if value in (None, ""):
        return default
    if value not in SCOPES:
        raise QueryError(f"unknown scope {value!r} (one of {', '.join(SCOPES)})")
    return value


@lru_cache(maxsize=1)
def multilateral_sql() -> str:
    """SQL that is true for a multilateral event `e`: mode `multilateral` (a summit, a conference),
    or more than two states taking part. The other events are bilateral (or one-sided)."""
    states = ",".join(f"'{code}'" for code in sorted(_state_codes()) if re.fullmatch(r"[A-Z]{3}", code))
    return (f"(coalesce(e.mode, '') = 'multilateral' OR (SELECT count(DISTINCT a.code) FROM actors a"
            f" WHERE a.event_id = e.id AND a.code IN ({states})) > 2)")


#: PLOVER sector codes (DESIGN.md, "sector").
SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "PRM", "PTY", "OPP", "REB", "SPY", "UAF", "ELI", "BUS", "AGR", "LAB",
           "EDU", "JRN", "MED", "REL", "REF", "CRM", "CVL", "SOC", "PRE", "UNK")


def check_sector(value: str | None) -> str | None:
    """Return a PLOVER sector code in upper case; raise QueryError for an unknown one."""
    if value is None:
        return None
    upper = value.strip().upper()
    if upper not in SECTORS:
        raise QueryError(f"unknown sector {value!r} (one of {', '.join(SECTORS)})")
    return upper


def check_topic(value: str | None) -> str | None:
    if value is None:
        return None
    if value not in TOPICS:
        raise QueryError(f"unknown topic {value!r} (one of {', '.join(TOPICS)})")
    return value


@lru_cache(maxsize=1)
def _organisations() -> dict[str, str]:
    ids: dict[str, str] = {}
    for row in neutral_table("organisations"):
        ids[fold(row["org_id"])] = row["org_id"]
        ids.setdefault(fold(row["name_en"]), row["org_id"])
    for lang in languages():
        try:
            rows = table(lang, "organisation_names")
        except FileNotFoundError:
            continue
        for row in rows:
            ids.setdefault(fold(row["text"]), row["org_id"])
    return ids


def organisation_id(value: str | None) -> str | None:
    """Return an organisation's id from its id or a name ('ONU', 'United Nations' -> 'UN')."""
    if value is None:
        return None
    org = _organisations().get(" ".join(fold(value).split()))
    if org is None:
        raise QueryError(f"unknown organisation {value!r} (give its id, e.g. UN, OIC, SCO, or its name)")
    return org


@lru_cache(maxsize=1)
def _state_codes() -> frozenset[str]:
    return frozenset(row["iso3"] for row in neutral_table("countries"))


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Folded names of states (CLDR/ISO names in every language, English names, aliases) -> code;
    not capitals: 'Rabat' is a place, even where it stands for Morocco's government."""
    names = {fold(row["name_en"]): row["iso3"] for row in neutral_table("countries")}
    for lang in languages():
        rows = list(table(lang, "country_names")) + [r for r in table(lang, "country_words") if r.get("kind") == "alias"]
        for row in rows:
            if row.get("text") and row.get("iso3"):
                names.setdefault(" ".join(fold(row["text"]).split()), row["iso3"])
    return names


@lru_cache(maxsize=4096)
def place_of(place: str | None, country: str | None) -> tuple[str | None, str | None]:
    """Return (place, country code): a place that is a country's name ('Royaume du Maroc') is no
    city, so it becomes the country's code and the place is left empty."""
    code = _country_names().get(" ".join(fold(place or "").split()))
    return (None, code) if code else (place or None, country)
