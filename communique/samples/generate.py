"""A generated corpus of fictional diplomatic releases, in French and English, of any size.

For benchmarks and scale tests: the texts are built from templates written for communique
(consultations, visits, calls, signings, future rounds) whose slots are filled with real states
and invented officials, dates, ordinals, topics and documents. Document `n` of a corpus depends
only on the seed and `n`, so a corpus streams without being held in memory and the same seed
always gives the same documents.

    python -m communique.samples.generate --documents 100000 --seed 7 > corpus.jsonl
    python -m communique.samples.generate --documents 1000 --size short --lang en
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
from typing import Iterator

#: Sizes of document: "seed" about as long as the reference release (~300 words), "short" one
#: or two sentences (~50 words), "mixed" either.
SIZES = ("seed", "short", "mixed")
LANGUAGES = ("fr", "en")
FIRST_YEAR, LAST_YEAR = 2016, 2025

# (iso3, French name with article, "de" form, "à" form, masculine and feminine adjectives,
#  capital, English name, adjective, capital)
STATES = [
    ("MAR", "le Maroc", "du Maroc", "au Maroc", "marocain", "marocaine", "Rabat", "Morocco", "Moroccan", "Rabat"),
    ("KAZ", "le Kazakhstan", "du Kazakhstan", "au Kazakhstan", "kazakh", "kazakhe", "Astana", "Kazakhstan", "Kazakh", "Astana"),
    ("DZA", "l'Algérie", "de l'Algérie", "en Algérie", "algérien", "algérienne", "Alger", "Algeria", "Algerian", "Algiers"),
    ("SEN", "le Sénégal", "du Sénégal", "au Sénégal", "sénégalais", "sénégalaise", "Dakar", "Senegal", "Senegalese", "Dakar"),
    ("PRT", "le Portugal", "du Portugal", "au Portugal", "portugais", "portugaise", "Lisbonne", "Portugal", "Portuguese", "Lisbon"),
    ("CHL", "le Chili", "du Chili", "au Chili", "chilien", "chilienne", "Santiago", "Chile", "Chilean", "Santiago"),
    ("JPN", "le Japon", "du Japon", "au Japon", "japonais", "japonaise", "Tokyo", "Japan", "Japanese", "Tokyo"),
    ("VNM", "le Viet Nam", "du Viet Nam", "au Viet Nam", "vietnamien", "vietnamienne", "Hanoï", "Viet Nam", "Vietnamese", "Hanoi"),
    ("TUN", "la Tunisie", "de la Tunisie", "en Tunisie", "tunisien", "tunisienne", "Tunis", "Tunisia", "Tunisian", "Tunis"),
    ("EGY", "l'Égypte", "de l'Égypte", "en Égypte", "égyptien", "égyptienne", "Le Caire", "Egypt", "Egyptian", "Cairo"),
    ("KEN", "le Kenya", "du Kenya", "au Kenya", "kényan", "kényane", "Nairobi", "Kenya", "Kenyan", "Nairobi"),
    ("BRA", "le Brésil", "du Brésil", "au Brésil", "brésilien", "brésilienne", "Brasilia", "Brazil", "Brazilian", "Brasilia"),
    ("IND", "l'Inde", "de l'Inde", "en Inde", "indien", "indienne", "New Delhi", "India", "Indian", "New Delhi"),
    ("TUR", "la Turquie", "de la Turquie", "en Turquie", "turc", "turque", "Ankara", "Türkiye", "Turkish", "Ankara"),
    ("AZE", "l'Azerbaïdjan", "de l'Azerbaïdjan", "en Azerbaïdjan", "azerbaïdjanais", "azerbaïdjanaise", "Bakou", "Azerbaijan",
     "Azerbaijani", "Baku"),
    ("MRT", "la Mauritanie", "de la Mauritanie", "en Mauritanie", "mauritanien", "mauritanienne", "Nouakchott", "Mauritania",
     "Mauritanian", "Nouakchott"),
    ("CAN", "le Canada", "du Canada", "au Canada", "canadien", "canadienne", "Ottawa", "Canada", "Canadian", "Ottawa"),
    ("NOR", "la Norvège", "de la Norvège", "en Norvège", "norvégien", "norvégienne", "Oslo", "Norway", "Norwegian", "Oslo"),
    ("GHA", "le Ghana", "du Ghana", "au Ghana", "ghanéen", "ghanéenne", "Accra", "Ghana", "Ghanaian", "Accra"),
    ("UZB", "l'Ouzbékistan", "de l'Ouzbékistan", "en Ouzbékistan", "ouzbek", "ouzbèke", "Tachkent", "Uzbekistan", "Uzbek",
     "Tashkent"),
]

# Invented people: first names and surnames combined at random, so no name is an office-holder's.
FIRST_NAMES = ["Amina", "Bakhyt", "Carla", "Dariga", "Élodie", "Farid", "Gulnara", "Hamid", "Inès", "Jomo",
               "Karim", "Lina", "Marat", "Nadia", "Omar", "Paulo", "Rania", "Sami", "Talgat", "Yasmina"]
SURNAMES = ["Abenova", "Belkacemi", "Carvalhal", "Diallo-Sène", "Essoufi", "Fonteyne", "Gabitov", "Haddou",
            "Iskakova", "Jebali", "Kerouani", "Lopes Dias", "Moussaoui", "Nurlanov", "Ouattane", "Pereira Lobo",
            "Rakhimova", "Sall-Ndour", "Tazi-Berrada", "Zhaksybek"]
SYLLABLES = ["ba", "da", "ka", "ma", "na", "ra", "sa", "ta", "be", "de", "ke", "le", "me", "ne", "ri", "si",
             "ti", "vi", "zo", "lo", "mo", "ro", "tu", "nu", "kha", "ou", "an", "el", "ir", "ov"]

# (French title, English title)
TITLES = [
    ("le ministre des Affaires étrangères", "Minister of Foreign Affairs"),
    ("le vice-ministre des Affaires étrangères", "Deputy Minister of Foreign Affairs"),
    ("le secrétaire d'État aux Affaires étrangères", "Secretary of State for Foreign Affairs"),
    ("l'ambassadeur", "Ambassador"),
    ("le directeur général des affaires bilatérales", "Director General for Bilateral Affairs"),
    ("le ministre de l'Économie", "Minister of Economy"),
]

# (French, English) topic phrases
TOPICS = [
    ("le commerce", "trade"), ("les investissements", "investment"), ("l'énergie", "energy"),
    ("l'agriculture", "agriculture"), ("les transports et la logistique", "transport and logistics"),
    ("l'éducation", "education"), ("la culture", "culture"), ("le tourisme", "tourism"),
    ("la santé", "health"), ("la sécurité régionale", "regional security"),
    ("la lutte contre le terrorisme", "the fight against terrorism"), ("les questions consulaires", "consular matters"),
    ("le numérique", "digital technologies"), ("l'environnement et le climat", "the environment and climate"),
]

# (French, English) documents signed
DOCUMENTS = [
    ("un mémorandum d'entente sur la coopération économique", "a memorandum of understanding on economic cooperation"),
    ("un accord sur la suppression des visas pour les passeports diplomatiques",
     "an agreement on visa exemption for holders of diplomatic passports"),
    ("un programme de coopération culturelle pour les années à venir", "a programme of cultural cooperation"),
    ("une déclaration conjointe sur le partenariat stratégique", "a joint declaration on strategic partnership"),
    ("un protocole sur les consultations politiques", "a protocol on political consultations"),
    ("une feuille de route pour le développement des échanges", "a roadmap for the development of trade"),
]

ORDINALS_FR = ["première", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
               "neuvième", "dixième"]
ORDINALS_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
# (French with its "de", English) names of recurring mechanisms
SERIES = [("des consultations politiques", "political consultations"),
          ("de la commission mixte de coopération", "the joint commission on cooperation"),
          ("du dialogue stratégique", "the strategic dialogue")]


def generate(documents: int, seed: int = 0, size: str = "seed", langs: tuple[str, ...] = LANGUAGES,
             start: int = 0) -> Iterator[dict]:
    """Yield `documents` releases in the input form ({id, lang, title, published, source, text}).

    `size` is one of SIZES; `langs` the languages to draw from; `start` the number of the first
    document (document n is the same whatever `start` and `documents` are)."""
    if size not in SIZES:
        raise ValueError(f"size {size!r}: expected one of {', '.join(SIZES)}")
    unknown = [lang for lang in langs if lang not in LANGUAGES]
    if unknown or not langs:
        raise ValueError(f"languages {unknown or langs!r}: expected some of {', '.join(LANGUAGES)}")
    for n in range(start, start + documents):
        yield document(n, seed, size, langs)


def document(n: int, seed: int = 0, size: str = "seed", langs: tuple[str, ...] = LANGUAGES) -> dict:
    """Return document `n` of the corpus of `seed` (see `generate`)."""
    rng = random.Random(f"communique:{seed}:{n}")  # a str seed is hashed the same way in every run
    lang = rng.choice(langs)
    short = size == "short" or (size == "mixed" and rng.random() < 0.5)
    published = dt.date(rng.randint(FIRST_YEAR, LAST_YEAR), rng.randint(1, 12), rng.randint(1, 28))
    host, guest = rng.sample(STATES, 2)
    people = [_person(rng) for _ in range(4)]
    write = _french if lang == "fr" else _english
    title, text = write(rng, published, host, guest, people, short)
    return {"id": f"gen-{seed}-{n:08d}", "lang": lang, "title": title, "published": published.isoformat(),
            "source": "communique generated corpus (fictional)", "text": text}


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {_surname(rng)}"


def _surname(rng: random.Random) -> str:
    # Half the surnames are built from syllables, so that a long corpus keeps bringing words
    # the models have not seen, as a news stream does (what makes a vocabulary grow).
    if rng.random() < 0.5:
        return rng.choice(SURNAMES)
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _event_day(rng: random.Random, published: dt.date) -> dt.date:
    return published - dt.timedelta(days=rng.randint(0, 3))


def _french(rng, published, host, guest, people, short) -> tuple[str, str]:
    h_iso, h_name, h_de, h_a, h_adj, h_adj_f, h_cap, *_ = host
    g_iso, g_name, g_de, g_a, g_adj, g_adj_f, g_cap, *_ = guest
    day = _event_day(rng, published)
    date = f"le {day.day} {MONTHS_FR[day.month - 1]} {day.year}"
    g_title, h_title = rng.choice(TITLES)[0], rng.choice(TITLES)[0]
    ordinal = rng.randrange(len(ORDINALS_FR))
    series = rng.choice(SERIES)[0]
    topics = [t[0] for t in rng.sample(TOPICS, 3)]
    kind = rng.choice(("visit", "round", "call"))
    if kind == "visit":
        title = f"{_cap(g_title)} {g_de} en visite officielle {h_a}"
        opening = (f"{h_cap.upper()}, {day.day} {MONTHS_FR[day.month - 1]} {day.year} - {_cap(h_title)} {h_de}, "
                   f"{people[0]}, a reçu {date} à {h_cap} {g_title} {g_de}, {people[1]}, "
                   f"en visite officielle {h_a}.")
    elif kind == "round":
        title = f"{_cap(ORDINALS_FR[ordinal])} session {series} entre {h_name} et {g_name}"
        opening = (f"La {ordinal + 1}e session {series} entre les ministères des Affaires étrangères {h_de} "
                   f"et {g_de} s'est tenue {date} à {h_cap}. La délégation {g_adj_f} était conduite par "
                   f"{g_title}, {people[1]}, et la partie {h_adj_f} par {h_title}, {people[0]}.")
    else:
        title = f"Entretien téléphonique entre les ministres des Affaires étrangères {h_de} et {g_de}"
        opening = (f"{_cap(h_title)} {h_de}, {people[0]}, s'est entretenu par téléphone {date} avec "
                   f"{g_title} {g_de}, {people[1]}.")
    if short:
        return title, f"{opening} Les deux parties ont évoqué {topics[0]} et {topics[1]}."
    signed = rng.choice(DOCUMENTS)[0]
    next_round = ORDINALS_FR[min(ordinal + 1, len(ORDINALS_FR) - 1)]
    paragraphs = [
        opening,
        f"Les deux parties ont passé en revue l'état des relations bilatérales et examiné les moyens de "
        f"renforcer la coopération dans des domaines tels que {topics[0]}, {topics[1]} et {topics[2]}. "
        f"Elles ont souligné que les échanges commerciaux restaient en deçà du potentiel des deux pays et "
        f"se sont accordées sur la nécessité de multiplier les contacts entre les milieux d'affaires.",
        "Les entretiens ont également porté sur les questions régionales et internationales d'intérêt "
        "commun, ainsi que sur la coordination au sein de l'Organisation des Nations unies.",
        f"{_cap(g_title)} a présenté les priorités de la politique étrangère {g_de} et les réformes "
        f"économiques engagées ces dernières années, en insistant sur les perspectives ouvertes aux "
        f"entreprises {h_adj_f}s dans les secteurs de l'industrie, des infrastructures et des services. "
        f"La partie {h_adj_f} a fait part de son intérêt pour un renforcement des liaisons aériennes et "
        f"maritimes entre les deux pays, ainsi que pour l'organisation d'un forum d'affaires conjoint.",
        f"À l'issue de la rencontre, {people[2]}, conseiller {h_adj}, et {people[3]}, chargé d'affaires "
        f"{g_adj}, ont signé {signed}.",
        f"Les deux parties sont convenues de tenir la {next_round} session {series} à {g_cap} "
        f"en {day.year + 1}, à une date qui sera fixée par la voie diplomatique.",
        f"{_cap(h_title)} a rappelé l'attachement {h_de} au dialogue politique régulier avec {g_name} "
        f"et a salué la qualité des liens d'amitié qui unissent les deux peuples.",
    ]
    return title, "\n".join(paragraphs)


def _english(rng, published, host, guest, people, short) -> tuple[str, str]:
    h_iso, *_, h_name, h_adj, h_cap = host
    g_iso, *_, g_name, g_adj, g_cap = guest
    day = _event_day(rng, published)
    date = f"on {day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    g_title, h_title = rng.choice(TITLES)[1], rng.choice(TITLES)[1]
    ordinal = rng.randrange(len(ORDINALS_EN))
    series = rng.choice(SERIES)[1]
    topics = [t[1] for t in rng.sample(TOPICS, 3)]
    kind = rng.choice(("visit", "round", "call"))
    if kind == "visit":
        title = f"{g_adj} {g_title} pays an official visit to {h_name}"
        opening = (f"{h_cap.upper()}, {MONTHS_EN[day.month - 1]} {day.day} - {h_adj} {h_title} {people[0]} "
                   f"received {g_adj} {g_title} {people[1]}, who is on an official visit to {h_name}, "
                   f"in {h_cap} {date}.")
    elif kind == "round":
        title = f"{h_name} and {g_name} hold {ORDINALS_EN[ordinal]} round of {series}"
        opening = (f"The {ORDINALS_EN[ordinal]} round of {series} between the foreign ministries of {h_name} "
                   f"and {g_name} took place in {h_cap} {date}. The {g_adj} delegation was led by "
                   f"{g_title} {people[1]} and the {h_adj} side by {h_title} {people[0]}.")
    else:
        title = f"{h_adj} and {g_adj} ministers speak by phone"
        opening = (f"{h_adj} {h_title} {people[0]} held a telephone conversation with {g_adj} {g_title} "
                   f"{people[1]} {date}.")
    if short:
        return title, f"{opening} The two sides discussed {topics[0]} and {topics[1]}."
    signed = rng.choice(DOCUMENTS)[1]
    next_round = ORDINALS_EN[min(ordinal + 1, len(ORDINALS_EN) - 1)]
    paragraphs = [
        opening,
        f"The two sides reviewed the state of bilateral relations and discussed ways to strengthen "
        f"cooperation in areas such as {topics[0]}, {topics[1]} and {topics[2]}. They noted that trade "
        f"between the two countries remained below its potential and agreed on the need for more "
        f"contacts between their business communities.",
        "The talks also covered regional and international issues of common interest and "
        "coordination within the United Nations.",
        f"The {g_adj} side presented the priorities of its foreign policy and the economic reforms "
        f"carried out in recent years, stressing the opportunities open to {h_adj} companies in industry, "
        f"infrastructure and services. The {h_adj} side expressed its interest in more air and sea links "
        f"between the two countries and in holding a joint business forum in the coming months.",
        f"At the end of the meeting, {h_adj} adviser {people[2]} and {g_adj} chargé d'affaires "
        f"{people[3]} signed {signed}.",
        f"The two sides agreed to hold the {next_round} round of {series} in {g_cap} in {day.year + 1}, "
        f"on a date to be set through diplomatic channels.",
        f"The {h_adj} side recalled its commitment to a regular political dialogue with {g_name} and "
        f"praised the friendship between the two peoples.",
    ]
    return title, "\n".join(paragraphs)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m communique.samples.generate",
                                     description="Write a generated corpus of fictional releases as JSON Lines.")
    parser.add_argument("--documents", "-n", type=int, default=1000, help="number of documents (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--size", choices=SIZES, default="seed", help="document length (default seed, ~300 words)")
    parser.add_argument("--lang", choices=LANGUAGES, action="append", help="language (repeat for several; default both)")
    args = parser.parse_args(argv)
    if args.documents < 0:
        parser.error("--documents must be 0 or more")
    out = sys.stdout
    try:
        for doc in generate(args.documents, args.seed, args.size, tuple(args.lang or LANGUAGES)):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        out.flush()
    except BrokenPipeError:  # the reader stopped (`| head`): stop quietly
        sys.stdout = open(os.devnull, "w")
        return 141
    return 0


if __name__ == "__main__":
    sys.exit(main())
