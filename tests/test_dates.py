"""Date expressions: finding them and resolving them against the publication date."""
import time

import pytest

from communique.coding.dates import DateMention, can_name, find_dates, is_deadline, resolve_weekday
from communique.lang import table

# (lang, sentence, published, value of the single/first date mention found)
RESOLVE = [
    # weekdays: most recent on or before the publication date, same day when equal
    ("fr", "La réunion s'est tenue lundi à Tunis.", "2025-04-21", "2025-04-21"),
    ("fr", "Les ministres se sont vus mardi au Caire.", "2025-04-24", "2025-04-22"),
    ("en", "The talks were held on Tuesday via video link.", "2020-09-23", "2020-09-22"),
    ("en", "The memorandum was signed on Saturday in Accra.", "2022-02-06", "2022-02-05"),
    ("en", "The envoy arrived on Monday morning.", "2026-02-18", "2026-02-16"),
    ("en", "They spoke last Friday.", "2024-05-15", "2024-05-10"),
    ("en", "They spoke last Wednesday.", "2024-05-15", "2024-05-08"),
    ("en", "They will meet next Monday.", "2024-05-15", "2024-05-20"),
    ("fr", "Il se rendra à Rabat lundi prochain.", "2024-05-15", "2024-05-20"),
    ("fr", "Le ministre a reçu jeudi dernier son homologue.", "2024-05-15", "2024-05-09"),
    ("fr", "Le président a appelé ce jeudi son homologue.", "2024-05-16", "2024-05-16"),
    ("fr", "Le communiqué publié mercredi.", "2024-11", "2024-11"),
    ("fr", "Le sommet a eu lieu dimanche.", None, None),
    ("ru", "Министры встретились в пятницу в Минске.", "2024-05-15", "2024-05-10"),
    ("ru", "Переговоры состоялись в прошлый понедельник.", "2024-05-13", "2024-05-06"),
    # relative words
    ("fr", "Le ministre a reçu hier un appel de son homologue.", "2020-01", "2020-01"),
    ("fr", "Le ministre a reçu hier un appel de son homologue.", "2020-01-15", "2020-01-14"),
    ("fr", "L'accord a été signé avant-hier à Dakar.", "2023-03-01", "2023-02-27"),
    # "écoulé(e)", the press's word for the period just past: "la semaine écoulée" is last week
    ("fr", "Les deux délégations se sont retrouvées la semaine écoulée à Lomé.", "2023-03-15", "2023-03"),
    ("fr", "Le mois écoulé, le chef de l'État a accueilli trois délégations.", "2023-03-15", "2023-02"),
    ("fr", "Le ministre est aujourd’hui à Bamako.", "2022-07-04", "2022-07-04"),
    ("fr", "Il arrivera demain à Niamey.", "2022-12-31", "2023-01-01"),
    ("en", "The minister is in Seoul today.", "2022-09-27", "2022-09-27"),
    ("en", "The minister flew to Lima yesterday.", None, None),
    ("en", "Talks resume tomorrow in Doha.", "2021-06-30", "2021-07-01"),
    ("ru", "Вчера министр провёл переговоры.", "2025-10-22", "2025-10-21"),
    ("es", "El presidente llegó anoche a Santiago.", "2018-04-26", "2018-04-25"),
    ("en", "The ministers adopted last night a joint communiqué.", "2019-08-02", "2019-08-01"),
    ("ru", "Завтра делегация прибудет в Баку.", "2025-10-22", "2025-10-23"),
    # weeks, months, years relative to the publication date
    ("fr", "Il s'est rendu à Lomé la semaine dernière.", "2024-05-15", "2024-05"),
    ("fr", "Il s'est rendu à Lomé la semaine dernière.", "2024-05-08", None),
    ("fr", "Il s'est rendu à Lomé la semaine dernière.", "2024-05-02", "2024-04"),
    ("en", "The delegation will visit this week.", "2024-05-15", "2024-05"),
    ("en", "The two sides met last month in Baku.", "2024-01-10", "2023-12"),
    ("fr", "Les échanges ont doublé l'an dernier.", "2024-05-15", "2023"),
    ("ru", "В этом году стороны подписали три соглашения.", "2024-05-15", "2024"),
    ("de", "Ich hätte Sie gerne schon letzte Woche empfangen.", "2024-05-15", "2024-05"),
    ("de", "Die Gespräche werden nächste Woche fortgesetzt.", "2024-05-29", "2024-06"),
    ("de", "Ende vergangenen Jahres unterzeichneten beide Seiten ein Abkommen.", "2024-05-15", "2023"),
    # weekends: the one just over early in the week, the coming one late in it; the month only
    ("fr", "Les deux pays sont restés en contact ce week-end.", "2024-04-15", "2024-04"),
    ("fr", "Le forum a lieu ce week-end à Paris.", "2024-11-07", "2024-11"),
    ("fr", "Le forum a lieu ce week-end à Paris.", "2024-11-28", None),         # 30 Nov and 1 Dec
    ("fr", "Les otages sont libres depuis le week-end dernier.", "2024-06-02", "2024-05"),
    ("en", "The talks will resume next weekend.", "2024-03-25", "2024-03"),
    ("es", "Los cancilleres se reunieron el pasado fin de semana.", "2024-03-04", "2024-03"),
    # day and month: year from the publication date, unless more than ~2 months ahead
    ("en", "They held a video conference on April 29.", "2021-04-30", "2021-04-29"),
    ("en", "The forum opened on 12 November.", "2021-02-03", "2020-11-12"),
    ("en", "The next round is due on 5 January.", "2021-12-20", "2022-01-05"),
    ("fr", "Le sommet s'ouvrira le 3 juin.", "2021-04-10", "2021-06-03"),
    # a yearless day up to four months after the publication is one to come; further, last year's
    ("fr", "Le forum de Lomé, les 20 et 21 novembre, réunira les ministres.", "2022-09-12", "2022-11-20"),
    ("en", "Further talks are set for 2 December in Geneva.", "2023-08-15", "2023-12-02"),
    ("en", "The envoys meet again on 15 January in Oslo.", "2023-10-30", "2024-01-15"),
    ("en", "The forum opened on 12 November.", "2021-06-20", "2020-11-12"),
    ("fr", "Les ministres se sont entretenus vendredi 10 février.", None, None),
    ("fr", "Les ministres se sont entretenus vendredi 10 février.", "2023-02-11", "2023-02-10"),
    ("fr", "La visite du 1er avril a été reportée.", "2024-05", "2024-04-01"),
    ("fr", "Il se rendra à Accra le 10 mars prochain.", "2024-05-15", "2025-03-10"),
    ("fr", "Les consultations se sont tenues les 9 et 10 mars.", "2024-05-15", "2024-03-09"),
    ("ru", "Встреча прошла 20 октября в Москве.", "2025-10-22", "2025-10-20"),
    ("ru", "Визит начался 3-го ноября.", "2025-12-01", "2025-11-03"),
    # a range is its first day's, when that day has its own month or the last its own weekday
    ("fr", "La visite s'est déroulée du 30 novembre au 2 décembre 2021.", "2022-01-10", "2021-11-30"),
    ("fr", "Les délégations ont siégé les 31 décembre et 1er janvier 2023.", None, "2022-12-31"),
    ("fr", "La commission siège mercredi 26 et jeudi 27 juin 2024 à Yaoundé.", None, "2024-06-26"),
    ("fr", "Le forum a réuni les ministres le vendredi 3 et le samedi 4 décembre 2021.", None, "2021-12-03"),
    ("en", "The drills run from June 24 to July 11, 2021.", None, "2021-06-24"),
    ("en", "The conference was held Nov 30-Dec 2, 2019 in Madrid.", None, "2019-11-30"),
    ("en", "Talks were held on 30 November-2 December 2019.", "2019-12-05", "2019-11-30"),
    ("en", "Delegations met on Wednesday 26 and Thursday 27 June 2024.", None, "2024-06-26"),
    # a bare day said to be of the current month: the publication's month
    ("fr", "Le ministre a reçu le 3 courant l'ambassadeur du Japon.", "2019-12-05", "2019-12-03"),
    ("fr", "L'accord a été signé mardi 3 du mois courant.", "2019-12-12", "2019-12-03"),
    ("en", "The office opened on the 18th of this month.", "2021-07-20", "2021-07-18"),
    ("fr", "Le ministre a reçu le 3 courant l'ambassadeur du Japon.", None, None),
    # full dates
    ("fr", "Le ministre a reçu ce jeudi, 9 mars 2017, l'ambassadeur.", None, "2017-03-09"),
    ("fr", "L'accord signé le 5 mai 2023 entre en vigueur.", "2024-01-01", "2023-05-05"),
    ("en", "The treaty was signed on March 9, 2017 in Geneva.", None, "2017-03-09"),
    ("en", "The treaty was signed on the 9th of March 2017.", None, "2017-03-09"),
    ("en", "On Thursday, 9 March 2017, the envoy was received.", "2017-03-10", "2017-03-09"),
    ("en", "The meeting of 2017-03-09 was postponed.", None, "2017-03-09"),
    ("en", "Minutes dated 03/09/2017 were released.", None, "2017-03-09"),
    ("en", "Minutes dated 25/12/2019 were released.", None, "2019-12-25"),
    ("fr", "Le procès-verbal du 09/03/2017 a été publié.", None, "2017-03-09"),
    ("ru", "Протокол подписан 09.03.2017 г. в Минске.", None, "2017-03-09"),
    ("ru", "Соглашение подписано 5 мая 2023 года.", None, "2023-05-05"),
    # month + year, bare months, years
    ("en", "The first round took place in September 2019.", None, "2019-09"),
    ("fr", "Le premier cycle s'est tenu en septembre 2019.", None, "2019-09"),
    ("ru", "Первый раунд прошёл в октябре 2019 года.", None, "2019-10"),
    ("en", "A summit could be held in September.", "2019-08-20", "2019-09"),
    ("fr", "Il s'était rendu à Rome en novembre dernier.", "2024-02-10", "2023-11"),
    ("en", "The first stage of the consultations was held in 2018.", "2021-04-30", "2018"),
    ("fr", "Les deux pays coopèrent depuis 2015 dans ce domaine.", None, "2015"),
    ("ru", "Соглашение действует с 2018 года.", None, "2018"),
]


@pytest.mark.parametrize("lang,sentence,published,expected", RESOLVE)
def test_resolve(lang, sentence, published, expected):
    found = find_dates(sentence, lang, published)
    assert len(found) == 1, found
    assert found[0].value == expected


# (lang, sentence, published, expected texts of the mentions, in order)
SPANS = [
    ("en", "The talks were held on Tuesday via video link.", "2020-09-23", ["Tuesday"]),
    ("fr", "Les ministres se sont entretenus vendredi 10 février à Paris.", None,
     ["vendredi 10 février"]),
    ("fr", "Le ministre a reçu hier un appel.", "2020-01", ["hier"]),
    ("fr", "Le ministre a reçu ce jeudi, 9 mars 2017, l'envoyé.", None, ["ce jeudi, 9 mars 2017"]),
    ("en", "The first round took place in September 2019.", None, ["September 2019"]),
    ("en", "Held in 2018 and again on April 29.", "2021-04-30", ["2018", "April 29"]),
    ("fr", "Il partira lundi prochain puis reviendra le 3 juin.", "2024-05-15",
     ["lundi prochain", "3 juin"]),
    ("en", "LIMA, Apr.30 - The ministers met yesterday.", "2021-04-30", ["Apr.30", "yesterday"]),
    ("ru", "На прошлой неделе, 20 октября, министры встретились.", "2025-10-22",
     ["прошлой неделе", "20 октября"]),
]


@pytest.mark.parametrize("lang,sentence,published,texts", SPANS)
def test_spans(lang, sentence, published, texts):
    found = find_dates(sentence, lang, published)
    assert [m.text for m in found] == texts
    for m in found:
        assert sentence[m.start:m.end] == m.text


# sentences with numbers and words that are not dates
NOT_DATES = [
    ("en", "More than 2,000 people attended the rally."),
    ("en", "The Council recalled Resolution 2231 on the nuclear file."),
    ("en", "Article 5 may apply to the alliance."),
    ("en", "Relations have improved recently, the minister said."),
    ("en", "The talks over the past week were productive."),
    ("fr", "Plus de 2000 personnes ont manifesté."),
    ("fr", "La résolution 2231 du Conseil de sécurité a été rappelée."),
    ("fr", "Le ministre a récemment écarté une visite."),
    ("fr", "Le lendemain, la hiérarchie a réagi."),
    ("fr", "Au cours des douze mois écoulés, les échanges ont doublé."),  # a rolling window
    ("ru", "В акции приняли участие 2000 человек."),
    ("en", "Fighting escalated over the past weekend."),    # a rolling window, not a date
    ("en", "The film earned its third straight weekend victory."),
    ("de", "Die letzte Runde der Gespräche war schwierig."),
]


@pytest.mark.parametrize("lang,sentence", NOT_DATES)
def test_not_dates(lang, sentence):
    assert find_dates(sentence, lang, "2024-05-15") == []


@pytest.mark.parametrize("lang,sentence,past", [
    ("en", "They spoke last Friday.", True),
    ("en", "They met yesterday.", True),
    ("en", "They will meet next week.", False),
    ("en", "They met on Tuesday.", None),
    ("fr", "Il a appelé hier.", True),
    ("fr", "Il viendra demain.", False),
    ("fr", "Il viendra lundi prochain.", False),
    ("fr", "La semaine dernière, il a appelé.", True),
    ("fr", "Il a appelé aujourd'hui.", None),
])
def test_past_flag(lang, sentence, past):
    (mention,) = find_dates(sentence, lang, "2024-05-15")
    assert mention.past is past


@pytest.mark.parametrize("lang,sentence,kind", [
    ("fr", "Il est arrivé mardi.", "weekday"),
    ("fr", "Il est arrivé hier.", "relative"),
    ("fr", "Il est arrivé le 4 mai 2024.", "absolute"),
    ("fr", "Il est arrivé en mai 2024.", "month"),
    ("fr", "Il est arrivé en 2024.", "year"),
])
def test_kind(lang, sentence, kind):
    (mention,) = find_dates(sentence, lang, "2024-05-15")
    assert mention.kind == kind


@pytest.mark.parametrize("weekday,published,direction,expected", [
    (1, "2020-09-23", -1, "2020-09-22"),
    (2, "2020-09-23", -1, "2020-09-23"),
    (2, "2020-09-23", 1, "2020-09-30"),
    (3, "2020-09-23", 1, "2020-09-24"),
    (2, "2020-09-23", -2, "2020-09-16"),
    (0, "2020-09", -1, "2020-09"),
    (0, "2020", -1, None),
    (0, None, -1, None),
])
def test_resolve_weekday(weekday, published, direction, expected):
    assert resolve_weekday(weekday, published, direction) == expected


@pytest.mark.parametrize("lang, sentence, since", [
    # A date stated with its year after "depuis", "since": the start of a state, not an act's day.
    ("fr", "La commission mixte existe depuis novembre 2001.", [True]),
    ("fr", "Les sanctions sont en vigueur depuis le 5 mars 2020.", [True]),
    ("en", "The sanctions had been in place since May 2020.", [True]),
    ("en", "Trade has doubled since 2019.", [True]),
    # "depuis lundi" may be a meeting's first day; a date with no such word is an act's.
    ("fr", "Les travaux se tiennent depuis lundi à Lima.", [False]),
    ("fr", "La visite qu'il effectue depuis lundi, 13 mai 2024 au Pérou est la première.", [False]),
    # Further in the phrase "depuis", "since" opens, a date dates what began then.
    ("en", "It is his first visit to Lima since his inauguration on March 4.", [True]),
    ("en", "The talks were the first since new clashes broke out on Friday.", [True]),
    ("fr", "Les relations sont tendues depuis le coup d'État du 26 juillet 2023.", [True]),
    ("fr", "C'est sa première visite à Lima depuis sa prise de fonction en mars 2022.", [True]),
    # An auxiliary ends that phrase: the verb after it is dated.
    ("fr", "Les deux soldats détenus depuis plus d'un an ont été libérés le 4 mars.", [False]),
    ("en", "The two soldiers held for a year since the clashes were released on 4 March.", [False]),
    ("en", "The commission was set up in May 2020.", [False]),
])
def test_a_date_a_state_began(lang, sentence, since):
    assert [m.since for m in find_dates(sentence, lang, "2024-05-15")] == since


def test_mention_is_frozen():
    (mention,) = find_dates("They met on Tuesday.", "en", "2020-09-23")
    assert isinstance(mention, DateMention)
    with pytest.raises(AttributeError):
        mention.value = None


def test_unknown_language_yields_nothing():
    assert find_dates("on 5 May 2020", "xx", "2020-05-06") == []


@pytest.mark.parametrize("lang", ["en", "fr", "ru"])
def test_table_shape(lang):
    rows = table(lang, "dates")
    kinds = {r["kind"] for r in rows}
    assert {"month", "weekday", "relative", "modifier"} <= kinds
    months = {int(r["value"]) for r in rows if r["kind"] == "month"}
    weekdays = {int(r["value"]) for r in rows if r["kind"] == "weekday"}
    assert months == set(range(1, 13)) and weekdays == set(range(7))
    assert all(r["value"] in {"past", "future", "current", "recent"}
               for r in rows if r["kind"] == "modifier")


def test_fast():
    text = ("Le ministre a reçu hier, au siège du ministère, l'ambassadeur, puis s'est entretenu "
            "vendredi 10 février avec son homologue. Les deux parties coopèrent depuis 2015. ") * 20
    find_dates(text, "fr", "2023-02-12")  # build the regexes once
    t0 = time.perf_counter()
    for _ in range(20):
        find_dates(text, "fr", "2023-02-12")
    assert (time.perf_counter() - t0) / 20 < 0.05


@pytest.mark.parametrize("lang, text, published, anchors, expected", [
    ("fr", "Les deux présidents se sont parlé dimanche.", "2019-09", ["2019-09-07"], "2019-09-08"),
    ("en", "The ministers met on Monday.", "2021-03", ["2021-03-10"], "2021-03-08"),
    ("en", "The ministers met on Monday.", "2021-03", ["2021-04-10"], None),      # another month
    ("en", "The ministers met on Monday.", "2021-03-12", ["2021-03-10"], None),   # already a day
])
def test_anchor_weekday_to_a_nearby_date(lang, text, published, anchors, expected):
    from communique.coding.dates import anchor_weekday
    weekday = [m for m in find_dates(text, lang, published) if m.kind == "weekday"][0]
    assert anchor_weekday(weekday, lang, anchors) == expected


@pytest.mark.parametrize("day, weekday, reach, expected", [
    ("2021-03-10", 0, 3, "2021-03-08"),   # a Wednesday: the Monday two days before
    ("2021-03-10", 4, 3, "2021-03-12"),   # the Friday two days after
    ("2021-03-10", 2, 3, "2021-03-10"),   # the day itself
    ("2021-03-11", 0, 2, None),           # a Thursday: Monday is three days before, four after
    ("2021-03-11", 0, 7, "2021-03-08"),   # both within reach: the nearer
    ("2021-03-10", 6, 4, "2021-03-07"),
])
def test_nearest_weekday(day, weekday, reach, expected):
    from datetime import date
    from communique.coding.dates.calendar import nearest_weekday
    found = nearest_weekday(date.fromisoformat(day), weekday, reach)
    assert (found.isoformat() if found else None) == expected


def test_anchor_weekday_respects_its_reach():
    from communique.coding.dates import anchor_weekday
    weekday = [m for m in find_dates("They met on Monday.", "en", "2021-03") if m.kind == "weekday"][0]
    assert anchor_weekday(weekday, "en", ["2021-03-25"], reach=1) is None   # a Thursday
    assert anchor_weekday(weekday, "en", ["2021-03-23"], reach=1) == "2021-03-22"


# A dispatch's dateline is the day its relative words count from; with no publication date, a
# yearless day takes its year from the text's latest full date, unless the text names a later
# year or a stated weekday disagrees; "<month> of this year" is the publication's year.
# (lang, text, published, [(mention text, value), ...] for every mention, in order)
DOCUMENT_DAY = [
    # the dateline's day, a day before the publication date
    ("es", "QUITO, 14 mar (Agencia) -- Los cancilleres firmaron hoy un acuerdo.", "2019-03-15",
     [("14 mar", "2019-03-14"), ("hoy", "2019-03-14")]),
    ("en", "NAIROBI, June 2 (Wire) - The envoys met on Tuesday and again today.", "2021-06-03",
     [("June 2", "2021-06-02"), ("Tuesday", "2021-06-01"), ("today", "2021-06-02")]),
    ("ru", "Минск - 3 марта /Агентство/. Вчера министры подписали протокол.", "2022-03-04",
     [("3 марта", "2022-03-03"), ("Вчера", "2022-03-02")]),
    # … also when it stands on a line of its own above the story, bare or with the agency
    ("en", "Lima Herald\n\nLIMA, August 11\n\nThe two envoys met yesterday in the capital.", "2025-08-12",
     [("August 11", "2025-08-11"), ("yesterday", "2025-08-10")]),
    ("en", "Quito, March 3, ANDINA\nThe ministers agreed Sunday to reopen the border.", "2024-03-04",
     [("March 3", "2024-03-03"), ("Sunday", "2024-03-03")]),
    ("fr", "Dakar, 9 juin\nLes deux ministres se sont entretenus hier.", "2023-06-10",
     [("9 juin", "2023-06-09"), ("hier", "2023-06-08")]),
    # a line of words that is no place ("Talks in Lima"), or a title naming its date after a
    # dash, does not make a dateline of its date
    ("en", "Peru, Regional Elections – August 11\nThe two envoys met yesterday.", "2025-08-12",
     [("August 11", "2025-08-11"), ("yesterday", "2025-08-11")]),
    ("en", "Talks in Lima, August 11\nThe two envoys met yesterday.", "2025-08-12",
     [("August 11", "2025-08-11"), ("yesterday", "2025-08-11")]),
    # a dateline with its year stands in for a missing publication date
    ("fr", "DAKAR, 3 avril 2021 (Agence) - Le ministre a reçu hier l'ambassadeur.", None,
     [("3 avril 2021", "2021-04-03"), ("hier", "2021-04-02")]),
    # a dateline long before the publication date, or after it, is not the day counted from
    ("es", "QUITO, 14 mar (Agencia) -- Los cancilleres firmaron hoy un acuerdo.", "2019-03-30",
     [("14 mar", "2019-03-14"), ("hoy", "2019-03-30")]),
    ("es", "QUITO, 14 mar (Agencia) -- Los cancilleres firmaron hoy un acuerdo.", "2019-03-14",
     [("14 mar", "2019-03-14"), ("hoy", "2019-03-14")]),
    # a date inside a sentence is no dateline
    ("fr", "Le ministre, le 14 mars 2019, a reçu hier son homologue.", None,
     [("14 mars 2019", "2019-03-14"), ("hier", None)]),
    # no publication date: the year of the text's latest full date
    ("fr", "Le sommet s'est tenu le 22 septembre à Lomé. Le communiqué du vendredi 23 septembre 2022 "
           "l'annonce.", None, [("22 septembre", "2022-09-22"), ("vendredi 23 septembre 2022", "2022-09-23")]),
    ("en", "The ministers met on Sunday, May 5. Their talks of 6 May 2024 ended the visit.", None,
     [("Sunday, May 5", "2024-05-05"), ("6 May 2024", "2024-05-06")]),
    # … not when the text names a later year (it tells of older times), nor a day to come after
    # it, nor when the weekday said with the day fits no year near it (29 Oct 2010 was a Friday)
    ("fr", "Le 19 mai, la Cour a statué sur la convention du 12 octobre 1968, contestée depuis 1974.", None,
     [("19 mai", None), ("12 octobre 1968", "1968-10-12"), ("1974", "1974")]),
    ("fr", "Le ministre a appelé son homologue le 20 août 2022 avant sa visite des 26 et 27 août.", None,
     [("20 août 2022", "2022-08-20"), ("26 et 27 août", None)]),
    ("fr", "Enlevés le 16 septembre 2010, les otages ont été libérés mardi 29 octobre.", None,
     [("16 septembre 2010", "2010-09-16"), ("mardi 29 octobre", None)]),
    # … but a day after it whose stated weekday fits its year, within the reach of a guess, has
    # that year (27 December 2021 was a Monday; 27 December 2022 a Tuesday, a year on)
    ("fr", "L'attentat perpétré le 23 décembre 2021 est dénoncé par le communiqué publié lundi 27 décembre.", None,
     [("23 décembre 2021", "2021-12-23"), ("lundi 27 décembre", "2021-12-27")]),
    ("en", "The ceasefire of 3 March 2023 was welcomed in a statement on Monday, March 6.", None,
     [("3 March 2023", "2023-03-03"), ("Monday, March 6", "2023-03-06")]),
    ("fr", "L'attentat perpétré le 23 décembre 2021 est dénoncé par le communiqué publié mardi 27 décembre.", None,
     [("23 décembre 2021", "2021-12-23"), ("mardi 27 décembre", None)]),
    # an embedded post's byline is a full date of the text, in the platform's words whatever the page's
    ("fr", "Les deux ministres se sont entretenus mardi 5 mars à Rabat.\nNous avons reçu aujourd’hui notre "
           "homologue. pic.twitter.com/x1 — Diplomatie (@DiploMin) March 5, 2024", None,
     [("mardi 5 mars", "2024-03-05"), ("aujourd’hui", None), ("March 5, 2024", "2024-03-05")]),
    ("fr", "Le ministre a reçu son homologue le 20 octobre. — Ministère (@MinAE) October 20, 2020", None,
     [("20 octobre", "2020-10-20"), ("October 20, 2020", "2020-10-20")]),
    ("fr", "Le ministre a reçu son homologue le 20 octobre, écrit @MinAE. October 20, 2020", None,
     [("20 octobre", None)]),
    # a stated weekday moves a guessed year to the one it fits (4 December 2019 was a Wednesday)
    ("fr", "L'accord a été signé mercredi 4 décembre à Dakar.", "2020", [("mercredi 4 décembre", "2019-12-04")]),
    # "<month> of this year": the publication's year, before or after it
    ("es", "España organizará la cumbre en noviembre de este año.", "2026-02-03",
     [("noviembre de este año", "2026-11")]),
    ("fr", "Les ministres s'étaient vus en mars de cette année.", "2024-10-01", [("mars de cette année", "2024-03")]),
    ("en", "The leaders met in March this year in Seoul.", "2023-05-03", [("March this year", "2023-03")]),
    ("pt", "A cimeira terá lugar em novembro deste ano.", "2021-06-01", [("novembro deste ano", "2021-11")]),
    ("it", "Il vertice si terrà a novembre di quest'anno.", "2021-06-01", [("novembre di quest'anno", "2021-11")]),
    ("de", "Das Treffen fand im März dieses Jahres statt.", "2021-06-01", [("März dieses Jahres", "2021-03")]),
    ("ru", "Саммит пройдет в ноябре этого года.", "2023-02-01", [("ноябре этого года", "2023-11")]),
    ("ar", "عقد الاجتماع في مارس الجاري.", "2024-03-10", [("مارس الجاري", "2024-03")]),
    ("pt", "O presidente tomou posse a 1 de janeiro deste ano.", "2023-04-02", [("1 de janeiro deste ano", "2023-01-01")]),
    ("ru", "Команды встречались 26 марта этого года.", "2023-10-12", [("26 марта этого года", "2023-03-26")]),
    ("ru", "Команды встречались 26 марта этого года.", None, [("26 марта этого года", None)]),
]


@pytest.mark.parametrize("lang,text,published,expected", DOCUMENT_DAY)
def test_document_day_and_year(lang, text, published, expected):
    assert [(m.text, m.value) for m in find_dates(text, lang, published)] == expected


@pytest.mark.parametrize("text, published, dateline", [
    ("LIMA, August 11\n\nThe two envoys met in the capital.", "2025-08-12", "August 11"),
    ("LIMA, August 11 (Wire) - The two envoys met in the capital.", "2025-08-12", "August 11"),
    # on the publication day itself, or long before it, the dateline is no day to count from
    ("LIMA, August 11\n\nThe two envoys met in the capital.", "2025-08-11", None),
    ("LIMA, August 11\n\nThe two envoys met in the capital.", "2025-08-30", None),
    ("The two envoys met in Lima on August 11.", "2025-08-12", None),
])
def test_the_dateline_is_marked(text, published, dateline):
    assert next((m.text for m in find_dates(text, "en", published) if m.dateline), None) == dateline


# "The following day" counts from the date told last before it; with no such day known it is
# no date. (lang, text, published, [(mention text, value), ...])
AFTER_TOLD = [
    ("fr", "Le président est arrivé le 2 octobre 2019 à Dakar ; la visite s'est achevée le lendemain.", None,
     [("2 octobre 2019", "2019-10-02"), ("le lendemain", "2019-10-03")]),
    ("en", "The envoy landed on Monday. The following day he met the president.", "2024-05-15",
     [("Monday", "2024-05-13"), ("The following day", "2024-05-14")]),
    ("ru", "Саммит прошел 31 августа 2025 года. На следующий день президент отправился в Пекин.", None,
     [("31 августа 2025 года", "2025-08-31"), ("На следующий день", "2025-09-01")]),
    ("es", "Los ministros se reunieron el 30 de abril de 2024 y al día siguiente firmaron el acuerdo.", None,
     [("30 de abril de 2024", "2024-04-30"), ("al día siguiente", "2024-05-01")]),
    ("de", "Am 3. März 2023 traf er in Berlin ein, am nächsten Tag reiste er weiter.", None,
     [("3. März 2023", "2023-03-03"), ("am nächsten Tag", "2023-03-04")]),
    # the date before it is no known day (a weekday with no publication date): nothing
    ("fr", "Les concerts ont lieu ce vendredi et, le lendemain, au stade.", None, [("ce vendredi", None)]),
    # the day after an event, not a date
    ("it", "Il giorno dopo il rifiuto, il ministro ha convocato l'ambasciatore.", "2024-05-15", []),
    # "du même mois", "of the same month": that day of the month told last
    ("fr", "Le rapport a été remis le 14 juillet dernier et l'ambassadeur a été rappelé le 18 du même mois.",
     "2024-08-20", [("14 juillet dernier", "2024-07-14"), ("18 du même mois", "2024-07-18")]),
    ("en", "The report was delivered on 14 July 2024 and the ambassador was recalled on the 18th of the same month.",
     None, [("14 July 2024", "2024-07-14"), ("18th of the same month", "2024-07-18")]),
    # no month told before it: no date
    ("fr", "L'ambassadeur a été rappelé le 18 du même mois.", "2024-08-20", []),
]


@pytest.mark.parametrize("lang,text,published,expected", AFTER_TOLD)
def test_the_day_after_the_one_told(lang, text, published, expected):
    assert [(m.text, m.value) for m in find_dates(text, lang, published)] == expected


# A relative word with the day it names told right after it is one mention, valued by that day.
APPOSED = [
    ("en", "Today, 5 May 2024, the minister held talks in Malabo.", "2024-05-06", "Today, 5 May 2024", "2024-05-05"),
    ("en", "The sanctions announced today (29th September) target six firms.", "2023-09-29",
     "today (29th September", "2023-09-29"),
    ("fr", "L'envoyé était attendu à Beyrouth hier mercredi 21 juin.", None, "hier mercredi 21 juin", None),
    ("fr", "L'Union a annoncé aujourd'hui -vendredi 10 septembre-, la suspension.", "2021-09-11",
     "aujourd'hui -vendredi 10 septembre", "2021-09-10"),
    ("fr", "Hier, 12 mars 2024, le ministre a reçu l'ambassadeur.", None, "Hier, 12 mars 2024", "2024-03-12"),
    # a weekday told so: that weekday's day nearest the one the relative word counts to
    ("en", "The talks open today, Monday, in the capital.", "2024-02-13", "today, Monday", "2024-02-12"),
    ("en", "Local radio said yesterday (Sunday) that the envoy had landed.", "2024-02-12",
     "yesterday (Sunday", "2024-02-11"),
    ("en", "The talks open today, Monday, in the capital.", "2024-02-12", "today, Monday", "2024-02-12"),
    ("fr", "Le président a reçu aujourd'hui, jeudi, l'émissaire du Ghana.", "2024-02-16",
     "aujourd'hui, jeudi", "2024-02-15"),
    ("fr", "Le ministre a déclaré hier mardi que la visite aurait lieu.", "2024-02-14", "hier mardi", "2024-02-13"),
    ("fr", "Le ministre a déclaré hier mardi que la visite aurait lieu.", None, "hier mardi", None),
]


@pytest.mark.parametrize("lang,text,published,span,value", APPOSED)
def test_a_relative_word_apposed_to_a_date(lang, text, published, span, value):
    found = find_dates(text, lang, published)
    assert [(m.text, m.value) for m in found] == [(span, value)]


def test_a_weekday_with_its_own_modifier_is_no_apposition():
    found = find_dates("Il a déclaré hier lundi dernier.", "fr", "2024-02-14")
    assert [m.text for m in found] == ["hier", "lundi dernier"]


def test_a_relative_word_apart_from_a_date_stays_two_mentions():
    found = find_dates("Le ministre est arrivé hier. Le 12 mars 2024, il a signé.", "fr", "2024-03-14")
    assert [(m.text, m.value) for m in found] == [("hier", "2024-03-13"), ("12 mars 2024", "2024-03-12")]


# (lang, words found with no publication date, a date told elsewhere, whether the words can name it)
CAN_NAME = [
    ("en", "They met on Friday.", "2018-11-30", True),
    ("en", "They met on Friday.", "2018-12-01", False),
    ("en", "They met on Friday.", "2018-11", False),
    ("fr", "Ils se sont vus la semaine dernière.", "2023-11-02", True),
    ("fr", "Ils se sont vus la semaine dernière.", "2023-11", False),
    ("en", "They met yesterday.", "2020-03-04", True),
    ("en", "They met yesterday.", "2020", False),
    ("en", "They met in March.", "2011-03", True),
    ("en", "They met in March.", "2011-03-08", True),
    ("en", "They met in March.", "2011-10", False),
    ("fr", "Ils se sont rencontrés mardi 25 novembre.", "2014-11-25", True),
    ("fr", "Ils se sont rencontrés mardi 25 novembre.", "2014-11-24", False),
    ("fr", "Ils se sont rencontrés le 4 mars.", "2020-03", False),
    ("fr", "Ils se sont rencontrés le 4 mars.", "2020-03-04", True),
    ("fr", "Le texte est entré en vigueur cette année.", "2019-05", True),
    ("en", "They met on Friday.", None, False),
]


@pytest.mark.parametrize("lang,text,value,expected", CAN_NAME)
def test_words_that_can_name_a_date_told_elsewhere(lang, text, value, expected):
    [mention] = find_dates(text, lang, None)
    assert mention.value is None
    assert can_name(mention, value, lang) is expected


@pytest.mark.parametrize("lang, text, published, deadline", [
    # A deadline word right before a date, or one short word ahead of it, makes it a time limit.
    ("en", "The envoys were told to leave the country before midnight on Saturday.", "2024-10-15", True),
    ("en", "The two sides pledged to conclude the treaty by 20 March 2025.", None, True),
    ("fr", "Les diplomates doivent quitter le pays avant le 20 octobre.", "2024-10-15", True),
    ("fr", "Les troupes seront retirées d'ici la fin de novembre 2025.", None, True),
    # Not when the word belongs to a phrase of its own ("held by Chile since June"), nor when
    # no such word stands before the date.
    ("en", "Dozens of fishermen have been held by Chile since June 2024.", None, False),
    ("en", "Sales were driven by exporters in August 2024.", None, False),
    ("fr", "Les deux ministres se sont rencontrés le 20 octobre 2024 à Lima.", None, False),
])
def test_a_time_limit_is_a_deadline(lang, text, published, deadline):
    mentions = [m for m in find_dates(text, lang, published) if m.kind != "year"]
    assert mentions and is_deadline(text, mentions[-1], lang) is deadline
