"""Language identification with lingua, restricted to the languages we expect.

Restricting lingua to a handful of languages keeps its memory small (all languages cost
~1.3 GB) and its answers sharper on short texts.
"""
from __future__ import annotations

from functools import lru_cache

from lingua import IsoCode639_1, LanguageDetectorBuilder

from ..settings import get_settings


@lru_cache(maxsize=4)
def _detector(codes: tuple[str, ...]):
    languages = []
    for code in codes:
        try:
            languages.append(IsoCode639_1.from_str(code))
        except ValueError:
            continue
    return LanguageDetectorBuilder.from_iso_codes_639_1(*languages).with_low_accuracy_mode().build() \
        if len(languages) > 1 else None


def identify(text: str) -> str | None:
    """Return the ISO 639-1 code of the text's language among the configured ones, or None."""
    settings = get_settings()
    codes = tuple(dict.fromkeys(settings.languages + settings.extra_identified_languages))
    detector = _detector(codes)
    if detector is None or not text.strip():
        return None
    language = detector.detect_language_of(text[:2000])
    return language.iso_code_639_1.name.lower() if language else None
