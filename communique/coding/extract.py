"""The library entry points: code one text, or a stream of documents through `nlp.pipe`."""
from __future__ import annotations

from itertools import groupby
from typing import Iterable, Iterator

from spacy.tokens import Doc

from ..language.identify import identify
from ..language.pipelines import get_pipeline, renew_if_grown
from ..reading import Document, normalise_published
from ..recognising.organisations import organisations
from ..record import Entity, Event, Location, Participant, Planned, Provenance, Record, SignedDocument, Series, Span
from ..settings import get_settings
from .actors import participant_sectors
from .coder import Coder, Draft
from .confidence import confidence, past_lead
from .tables import QUAD, cameo_for, scale_for

NON_STATE = {"UNO", "IGO", "EUR", "NGO", "MNC"}


def extract(text: str, lang: str | None = None, published: str | None = None, title: str | None = None,
            doc_id: str | None = None, source: str | None = None, url: str | None = None) -> Record:
    """Return the coded record of one text (language identified when `lang` is None). The
    source ("Agence marocaine de presse") and URL tell the publisher's state, which an office
    the text names without a state belongs to."""
    document = Document(text=text, id=doc_id, title=title, lang=lang, source=source, url=url,
                        published=normalise_published(published))
    return next(iter(extract_batch([document])))


def extract_batch(documents: Iterable[Document], lang: str | None = None) -> Iterator[Record]:
    """Code documents in order, batching them per language through `nlp.pipe`.

    `lang` forces the language of every document. Consecutive documents of one language go
    through spaCy together; the order of the output is the order of the input.
    """
    batch_size = get_settings().batch_size
    prepared = ((doc, lang or doc.lang or identify(doc.text) or "xx") for doc in documents)
    for language, group in groupby(prepared, key=lambda pair: pair[1]):
        chunk: list[Document] = []
        for doc, _ in group:
            chunk.append(doc)
            if len(chunk) >= batch_size:
                yield from _code_chunk(chunk, language)
                chunk = []
        if chunk:
            yield from _code_chunk(chunk, language)


def _code_chunk(chunk: list[Document], lang: str) -> list[Record]:
    nlp = get_pipeline(lang)
    texts = []
    for doc in chunk:
        texts.append(doc.text)
        texts.append(doc.title or "")
    parsed = list(nlp.pipe(texts, batch_size=len(texts)))
    records = [code_parsed(doc, lang, parsed[2 * n], parsed[2 * n + 1]) for n, doc in enumerate(chunk)]
    # Records hold plain Python values: no Doc of the batch is used any more, and a pipeline
    # whose vocabulary has grown too much with the stream can be loaded afresh.
    del parsed
    renew_if_grown(lang)
    return records


def code_parsed(doc: Document, lang: str, body: Doc, title: Doc) -> Record:
    """Return the record of a document whose text and title (`body`, `title`) the language's
    pipeline has parsed (the last step of `extract_batch`, public for the benchmark's stages)."""
    drafts = Coder(body, lang, doc.published, title if doc.title else None, doc.source, doc.url).code()
    return record_of(doc, lang, drafts)


def record_of(doc: Document, lang: str, drafts: list[Draft], min_confidence: float | None = None,
              min_confidence_past_lead: float | None = None) -> Record:
    """Return the record of a document whose events the coder has drafted, leaving out those
    whose confidence is under `min_confidence`, and those first told past the lead whose
    confidence is under `min_confidence_past_lead` (by default the settings of those names)."""
    settings = get_settings()
    floor = settings.min_confidence if min_confidence is None else min_confidence
    lead_floor = settings.min_confidence_past_lead if min_confidence_past_lead is None else min_confidence_past_lead
    scored = [(d, confidence(d, lang)) for d in drafts]
    kept = [(d, score) for d, score in scored
            if score >= floor and not (past_lead(d) and score < lead_floor)]
    return Record(doc_id=doc.doc_id, lang=lang, title=doc.title, url=doc.url, source=doc.source,
                  published=doc.published, events=[_event(doc.doc_id, i, d, doc.text, score)
                                                   for i, (d, score) in enumerate(kept, 1)], text=doc.text)


def _entity(code: str, draft: Draft, sector: str | None = "GOV") -> Entity:
    text = draft.entity_spans.get(code)
    if code in NON_STATE:
        sector = None
    return Entity(code=code, sector=sector, entity_text=text[0] if text else None,
                  start=text[1] if text else None, end=text[2] if text else None)


def _event(doc_id: str, n: int, draft: Draft, text: str, score: float) -> Event:
    cameo = cameo_for(draft.event, draft.mode, draft.cameo)
    sectors = participant_sectors(draft) | draft.sectors
    actor = [_entity(c, draft, sectors.get(c) or "GOV") for c in draft.actor]
    if draft.org_actor and not actor:
        # The organisation's id (DESIGN.md's `org`): the one named whose actor code it is.
        rows = organisations()
        org = draft.org or next((o for o in draft.organizations if (rows.get(o) or {}).get("actor_code") == draft.org_actor), None)
        actor = [Entity(code=draft.org_actor, sector=None, org=org)]
    recipient = [_entity(c, draft, sectors.get(c) or "GOV") for c in draft.recipient]
    participants = [Participant(name=p.name, title=p.title, role=p.role, country=p.country,
                                institution=p.institution,
                                start=p.mentions[0][0] if p.mentions else None,
                                end=p.mentions[0][1] if p.mentions else None)
                    for p in draft.participants]
    first = draft.spans[0] if draft.spans else None
    return Event(
        id=f"{doc_id}:{n}", event=draft.event, mode=draft.mode, context=_contexts(draft),
        cameo=cameo, quad_code=QUAD.get(draft.event), event_scale=scale_for(cameo),
        actor=actor, recipient=recipient, date=draft.date, date_source=draft.date_source,
        event_loc=Location(place=draft.place[0], country=draft.place[1]) if draft.place else None,
        format=draft.format, series=Series(**draft.series) if draft.series else None,
        participants=participants, topics=list(draft.topics), organizations=list(draft.organizations),
        documents=[SignedDocument(kind=d["kind"], title=d.get("title"))
                   for d in draft.documents for _ in range(d.get("count", 1))],  # "four MoUs": four
        planned=Planned(**draft.planned) if draft.planned else None, aux=draft.aux,
        event_text=text[first[0]:first[1]].strip() if first else "",
        spans=[Span(start=s, end=e) for s, e in draft.spans], confidence=score,
        provenance=[Provenance(**p) for p in draft.provenance])


#: PLOVER contexts implied by topics.
TOPIC_CONTEXTS = {
    "trade": "economic", "investment": "economic", "economy": "economic", "finance": "economic",
    "energy": "natural_resource", "mining_resources": "natural_resource", "security_defense": "military",
    "terrorism_extremism": "terrorism", "health": "health", "humanitarian": "human_security",
    "environment_climate": "environment", "migration_consular": "migration", "legal_framework": "legal",
    "parliamentary": "legislative", "human_rights": "human_rights", "digital_ict": "technology",
    "science_technology": "technology", "agriculture_food": "economic", "water": "natural_resource",
}


def _contexts(draft: Draft) -> list[str]:
    contexts = ["diplomatic"] if draft.event in ("CONSULT", "AGREE", "SUPPORT") else []
    for t in draft.topics:
        c = TOPIC_CONTEXTS.get(t)
        if c and c not in contexts:
            contexts.append(c)
    return contexts
