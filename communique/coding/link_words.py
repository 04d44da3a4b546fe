"""The language's link words: the few function words the coder reasons with (prepositions of
place and destination, the words that introduce the other side of a meeting, the "of" between
titles, small numbers in words …), read once per language from its cues table."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lang import table
from ..recognising.lexicon import fold


@dataclass(frozen=True)
class LinkWords:
    """The few function words the coder reasons with, read from the language's cues table:
    prepositions of place ("in", "à") and destination ("to", "au"), words that introduce the
    other side of a meeting ("with" -> with, "entre" -> between), the "of" that joins one
    title to another ("the envoy of the President"), the "by" of a passive's agent, and nouns
    of matters ("conflict", "crise") that a state's adjective only qualifies, the words that go on
    with a document's title, and small numbers in words."""

    place: frozenset[str]
    destination: frozenset[str]
    with_: frozenset[str]
    between: frozenset[str]
    of: frozenset[str]
    agent: frozenset[str] = frozenset()
    topic_nouns: frozenset[str] = frozenset()
    language: frozenset[str] = frozenset()
    # Conjunctions and articles, for languages read without a tagger (no POS to tell them).
    conjunction: frozenset[str] = frozenset()
    article: frozenset[str] = frozenset()
    # Nouns of violent acts ("atentado", "Anschlag"), for a condemnation read without a parser.
    attack_nouns: frozenset[str] = frozenset()
    # Endings of a verb's future tense ("-rá" in "visitará"), for text read without a tagger.
    future_endings: tuple[str, ...] = ()
    # Irregular stems of the future with their infinitive ("ser" -> "être": "sera", "seront").
    future_stems: frozenset[tuple[str, str]] = frozenset()
    # Endings of the conditional a tagger may read as an imperfect ("-rait" in "rencontrerait").
    conditional_endings: tuple[str, ...] = ()
    # The preposition of an office's remit ("envoyé spécial de l'ONU pour le Yémen").
    remit: frozenset[str] = frozenset()
    # Words of a language edition in a source's name ("AzVision (édition française, …)").
    edition: frozenset[str] = frozenset()
    # Words that continue a document's title after its kind word ("accord de coopération pour …").
    title: frozenset[str] = frozenset()
    # Small numbers in words with their value ("trois" -> 3).
    numbers: frozenset[tuple[str, int]] = frozenset()
    # The prepositions of a message's addressee ("to", "au") and of its sender ("of", "du").
    addressee: frozenset[str] = frozenset()
    sender: frozenset[str] = frozenset()
    # Nouns of a part of a territory ("nord", "east", "parts"): "in the north of Mali" is a place.
    part_of_place: frozenset[str] = frozenset()
    # Prepositions of the state people come from ("his counterpart from Iran").
    origin: frozenset[str] = frozenset()
    # Prepositions of what was talked about after a talk verb ("ont échangé sur"), and of what a
    # commitment verb agrees on ("ont convenu de la tenue …", "agreed on the holding of …").
    talked_on: frozenset[str] = frozenset()
    agreed_on: frozenset[str] = frozenset()
    # Prepositions of what a meeting verb was about ("talked … about", "sur").
    about: frozenset[str] = frozenset()
    # Words of a compared span of time ("less than a week after", "moins d'un mois après"), and
    # pronouns that name people as a subject ("he came after the talks": a journey, no frame).
    span_comparers: frozenset[str] = frozenset()
    personal_subjects: frozenset[str] = frozenset()
    # The preposition that joins a span of time to the act it is made of ("years of war", "ans de").
    made_of: frozenset[str] = frozenset()
    # The prepositions of the span of time an act lasted ("detained for three years", "depuis").
    duration: frozenset[str] = frozenset()
    # Verbs whose compound past is made with "be" ("est venu", "est arrivé"): a past, not a passive.
    past_with_be: frozenset[str] = frozenset()
    # The conjunctions of a clause that gives the time an act is counted from ("since", "depuis que").
    since: frozenset[str] = frozenset()
    # Nouns of a matter that lies in a state ("la guerre en Ukraine", "the peace process in
    # Afghanistan"): the state named after them is the matter's, no side of the act.
    matters: frozenset[str] = frozenset()
    # Nouns of a document that gives money ("accord de prêt", "grant agreement").
    funding: frozenset[str] = frozenset()
    # The possessives between an office and the office it serves ("l'émissaire de son homologue").
    served_possessives: frozenset[str] = frozenset()
    # Nouns of a town ("capital", "city", "capitale", "ville"): "in the Ethiopian capital" is a place.
    city_nouns: frozenset[str] = frozenset()
    # Nouns of a whole state by its rulers or its people ("government", "peuple"): "on behalf of
    # the Kenyan government" speaks for Kenya.
    polity_nouns: frozenset[str] = frozenset()
    # Nouns of bodies that speak for no state ("company", "la presse"): "the Chinese company" is
    # no act of China's.
    private_bodies: frozenset[str] = frozenset()

    def number(self, word: str) -> int | None:
        """The value of a number written in words ("four" -> 4), or None."""
        return next((value for w, value in self.numbers if w == word), None)

    @property
    def counterpart(self) -> frozenset[str]:
        return self.with_ | self.between


@lru_cache(maxsize=None)
def link_words(lang: str) -> LinkWords:
    rows = [(r["cue"], r["value"], fold(r["pattern"])) for r in table(lang, "cues")]
    pick = lambda cue, value=None: frozenset(w for c, v, w in rows if c == cue and (value is None or v == value))
    return LinkWords(pick("place_preposition"), pick("destination_preposition"),
                     pick("counterpart_link", "with"), pick("counterpart_link", "between"), pick("title_link"),
                     pick("agent_preposition"), pick("topic_noun"), pick("language_preposition"),
                     pick("conjunction"), pick("article"), pick("attack_noun"),
                     tuple(sorted(r["pattern"].lstrip("-").lower() for r in table(lang, "cues")
                                  if r["cue"] == "future_ending")),
                     remit=pick("remit_preposition"), edition=pick("edition_word"), title=pick("title_preposition"),
                     numbers=frozenset((w, int(v)) for c, v, w in rows if c == "number_word"),
                     addressee=pick("message_link", "to"), sender=pick("message_link", "from"),
                     part_of_place=pick("part_of_place"),
                     origin=pick("origin_preposition"), talked_on=pick("talked_on_preposition"),
                     agreed_on=pick("agreed_on_preposition"), about=pick("about_preposition"),
                     span_comparers=pick("span_comparer"), made_of=pick("made_of_preposition"),
                     duration=pick("duration_preposition"), past_with_be=pick("past_with_be"),
                     personal_subjects=pick("personal_subject"), since=pick("since_mark"),
                     matters=pick("matter_noun"), funding=pick("funding_noun"),
                     served_possessives=pick("served_possessive"), city_nouns=pick("city_noun"),
                     polity_nouns=pick("polity_noun"),
                     private_bodies=pick("private_body_noun"),
                     future_stems=frozenset((r["pattern"].lstrip("-").lower(), r["value"].lower())
                                            for r in table(lang, "cues") if r["cue"] == "future_stem"),
                     conditional_endings=tuple(sorted(r["pattern"].lstrip("-").lower() for r in table(lang, "cues")
                                                      if r["cue"] == "conditional_ending")))
