"""Find date expressions in a text and resolve them against the publication date.

The words come from `communique/lang/<code>/dates.tsv` (month and weekday names, relative
words, modifiers such as "last"/"prochain", ordinal suffixes, connectors); this package only
knows the shapes a date takes, so adding a language means adding its table.

Resolution follows the project's gold conventions: a date is resolved only when the text
states it, absolutely or relative to `published`; with no usable publication date a relative
expression resolves to None.  Finding and resolving are done with regexes built once per
language: the matched pieces (day, month number, year) are already known from the table, so
calling dateparser on each match would only add time and noise.

- `rules`: a language's table compiled into the regexes of the shapes a date takes;
- `calendar`: the arithmetic of days (a publication date, a weekday before it, a yearless
  day's year, a Hijri date's Gregorian day);
- `mentions`: the date expressions of a text, resolved, with the dateline and the day a text
  counts from (`find_dates`);
- `anchors`: which date told elsewhere the words of an event's sentence can name, for the
  document pass.
"""
from .anchors import anchor_weekday, can_name, is_deadline, opens_since
from .calendar import hijri_to_gregorian, resolve_weekday
from .mentions import DateMention, find_dates

__all__ = ["DateMention", "anchor_weekday", "can_name", "is_deadline", "opens_since", "find_dates", "hijri_to_gregorian", "resolve_weekday"]
