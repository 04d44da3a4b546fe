"""Stage 3, details: the documents an event signed, adopted or exchanged, with their kinds,
clean titles and counts."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..recognising.lexicon import fold
from .context import ENVOY_ROLES, SUBJECT_DEPS, Draft, Sentence, demonstrative, indefinite

#: Named-entity labels after a preposition that end a document's title: a place or a time.
PLACE_OR_TIME = {"GPE", "LOC", "DATE", "TIME"}
#: Cue kinds that open a circumstance of the signing and end a document's title ("un accord … en marge
#: du sommet", "… in the presence of …", "des accords … lors de la visite").
CIRCUMSTANCE_CUES = {"margin", "presence", "signing_circumstance"}
#: The most words a document's title runs over after its kind word, and a parenthesis inside
#: it that only glosses a name ("(FIPA)", "(Tunisie)", "(GNU)"), not a date.
TITLE_REACH = 20
GLOSS_REACH = 4
#: A parenthesis inside a title, and the spaces around it.
GLOSS = re.compile(r"\s*\([^()]*\)\s*")
#: How far after a signing a sentence may still list what was signed ("Un protocole d'accord sur …").
LIST_SPAN = 4
#: The largest count that numbers the documents a plural names ("four memorandums of understanding",
#: "trois mémorandums d'entente": so many documents); a larger one ("26 agreements") sums up a
#: batch and stays one entry.
COUNT_MAX = 10
#: Words that may stand between a count and the kind word ("four new cooperation agreements",
#: "deux nouveaux accords"): modifiers of the kind word.
COUNT_GAP = 3
#: The most words of a headline: a longer first line with no stop is a sentence cut short.
HEADLINE_WORDS = 25
#: Papers a kind word names that are presented, never signed ("après avoir présenté ses lettres de
#: créance, … a signé deux accords"): no document of a signing.
UNSIGNED_KINDS = {"credentials"}


def settle_documents(draft: Draft) -> None:
    """A plural ("plusieurs accords", "agreements") sums up documents: none beside documents the
    text names one by one ("accord de coopération militaire"); a bare kind word ("the MoU",
    "agreements") is told once per kind, and not at all beside a named document of its kind
    ("The memorandum …" after "a memorandum of understanding on …"); a document named twice is one,
    and one pointed back to by a demonstrative ("Cet accord") is one told before.
    A plural with a small count ("four memorandums of understanding") is that many documents: its
    entry's `count`, which the record spells out; the same count of the same kind told again in a
    later sentence is those documents again."""
    if any(d.get("specific") and not d.get("plural") for d in draft.documents):
        # (A counted plural listed among them is one of them: "un accord sur …, deux conventions de financement pour …".)
        draft.documents[:] = [d for d in draft.documents
                              if not d.get("plural") or d.get("item")]
    told = [d["at"] for d in draft.documents if not d.get("again") and "at" in d]
    if told:
        # "Cet accord, paraphé par …" after "Un mémorandum d'entente a été signé": the one told before
        # (not "ces accords et mémorandums", which points back to something else).
        draft.documents[:] = [d for d in draft.documents if not d.get("again") or d.get("at", 0) < min(told)]
    # A count of a kind told again in a later sentence ("ont signé deux accords sur … . X et Y ont signé
    # à Lomé deux accords sur des prêts …"): a news item retells its lead, the same documents, not more.
    counted: dict[tuple[str, int], dict] = {}
    retold = []
    for d in draft.documents:
        if d.get("count", 1) > 1 and "sent" in d:
            first = counted.setdefault((d["kind"], d["count"]), d)
            if first is not d and first["sent"] != d["sent"]:
                retold.append(d)
    draft.documents[:] = [d for d in draft.documents if not any(d is r for r in retold)]
    # A document a headline names ("X et Y signent un accord militaire") is the one the body tells
    # again, in its own words ("ont conclu un accord de défense"): one document, the body's.
    body = {d["kind"] for d in draft.documents if not d.get("headline") and not d.get("plural")}
    draft.documents[:] = [d for d in draft.documents
                          if not (d.get("headline") and not d.get("plural") and d["kind"] in body)]
    named = {d["kind"] for d in draft.documents if d.get("specific")}
    seen, kept = set(), []
    for d in draft.documents:
        # (A name's gloss does not make another document: "Accord … (APS) entre …" is "Accord … entre …".)
        # (Nor do its articles: "Agreement on the Resolution of the Conflict" is "Agreement on the Resolution of Conflict".)
        key = (d["kind"], d.get("words") or fold(GLOSS.sub(" ", d["title"]).strip())) if d.get("specific") else d["kind"]
        if key in seen or (not d.get("specific") and d["kind"] in named):
            continue
        seen.add(key)
        kept.append(d)
    draft.documents[:] = kept


class SignedDocuments:
    """Documents signed at a draft event."""

    def _add_document(self, draft: Draft, cue: Span) -> None:
        """Add a signed document; a plural ("plusieurs accords", "agreements") sums up documents:
        one per kind, and none beside the documents the text lists one by one."""
        if cue._.value in UNSIGNED_KINDS:
            return  # "après avoir présenté ses lettres de créance, … a signé": presented, not signed
        if cue.start > 0 and fold(self.doc[cue.start - 1].text) == "commun" and fold(cue.text) == "accord":
            return  # "décidées de commun accord", "d'un commun accord": by mutual consent, no document
        title = self._document_title(cue)
        entry = {"kind": cue._.value, "title": title, "plural": self._plural(cue),
                 "specific": len(title.split()) > len(cue.text.split()), "at": cue.start,
                 "sent": self.sent_start[cue.start]}
        if (words := self.doc.char_span(cue.start_char, cue.start_char + len(title))) is not None:
            # The title's words but its articles and its name's glosses, by which it is told again.
            entry["words"] = fold(" ".join(GLOSS.sub(" ", " ".join(t.text for t in words if t.pos_ != "DET")).split()))
        if self._in_headline(cue):
            entry["headline"] = True
        if cue.start > 0 and demonstrative(self.doc[cue.start - 1]):
            entry["again"] = True  # "Cet accord, paraphé par …": settle_documents drops it after another
        if entry["plural"] and (count := self._count(cue)) > 1:
            entry["count"] = count
            # Listed beside a document introduced as one ("un accord sur …, deux conventions de
            # financement pour …"), not summing the list up ("cinq accords de coopération. Il s'agit de …").
            # (The cue itself, a plural, is none of them.)
            entry["item"] = entry["specific"] and any(
                not self._plural(c) and c.start > 0 and indefinite(self.doc[c.start - 1])
                for c in self.sentence_at[self.sent_start[cue.start]].cue("document"))
        draft.documents.append(entry)
        settle_documents(draft)

    def _aid_of_funding_signed(self, drafts: list[Draft]) -> list[Draft]:
        """The aid a signed document gives ("ont signé un accord de prêt", "an accord de don"): a
        signing whose documents are all named by a noun of funding (cue `funding_noun`) tells the
        loan or the grant too, an AID beside the SUPPORT. The donor is the state whose envoy signs (aid is
        signed in the receiving country, by the donor's ambassador), else both states, undirected."""
        out = []
        for d in drafts:
            out.append(d)
            if d.event != "SUPPORT" or "sign" not in d.cues or len(d.states) != 2 or d.aux is not None:
                continue
            # (Every document signed is one of funding: among a visit's other agreements, a
            # financing convention is one more signature, not the news of aid.)
            titles = [{fold(w) for w in re.findall(r"\w+", doc.get("title") or "")} for doc in d.documents]
            if not titles or not all(words & self.words.funding for words in titles):
                continue
            if any(o.event == "AID" and o.states == d.states for o in drafts):
                continue
            envoys = {p.country for p in d.participants if p.role in ENVOY_ROLES and p.country in d.states}
            aid = d.copy(event="AID", mode=None, cameo="071", cues=set(), documents=[], participants=list(d.participants))
            if len(envoys) == 1:
                donor = envoys.pop()
                aid.actor, aid.recipient, aid.directed = [donor], [c for c in d.ordered_states if c != donor], True
            else:
                aid.actor, aid.recipient, aid.directed = list(d.ordered_states), [], False
            out.append(aid)
        return out

    def _in_headline(self, cue: Span) -> bool:
        """Is the kind word in the text's headline: a first line of at most HEADLINE_WORDS words,
        set apart by a line break, with no sentence-final stop ("Le Mali et le Niger signent un
        accord militaire")?"""
        if self.sent_start[cue.start] != 0 or "\n" not in self.doc.text:
            return False
        line = self.doc.text.split("\n", 1)[0]
        return cue.end_char <= len(line) and bool(line.strip()) and line.rstrip()[-1] not in ".!?:;" \
            and len(line.split()) <= HEADLINE_WORDS

    def _cited_as_source(self, cue: Span) -> bool:
        """Is the document the news's source ("selon le communiqué final", "according to the joint
        statement")? A source cue begins among the three words before it."""
        return any(max(cue.start - 3, 0) <= start < cue.start for start in self.source_cue_starts)

    @staticmethod
    def _plural(cue: Span) -> bool:
        """"accords", "MoUs", "MOU’s", "memoranda": the kind word in the plural."""
        head, doc = cue[0], cue.doc
        if cue.end < len(doc) and doc[cue.end].text in ("’s", "'s") and doc[cue.end].whitespace_ == "" \
                and cue.text.isupper():
            return True
        return "Plur" in head.morph.get("Number") or (head.text.endswith("s") and len(head.text) <= 5 and head.text[0].isupper())

    def _count(self, cue: Span) -> int:
        """How many documents a plural kind word numbers: a small count before it, with at most a
        few modifiers between ("four memorandums", "3 MoUs", "two new cooperation agreements",
        "trois nouveaux accords"); 1 when none or when it sums up a batch ("26 agreements")."""
        i = cue.start - 1
        while i >= max(cue.start - 1 - COUNT_GAP, 0):
            tok = self.doc[i]
            word = fold(tok.text)
            if (count := self.words.number(word)) is not None:
                return count
            if tok.text.isdigit():
                return int(tok.text) if 1 < int(tok.text) <= COUNT_MAX else 1
            if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or tok.ent_type_ in ("GPE", "NORP"):
                return 1  # "the two countries' agreements": a count of something else
            i -= 1
        return 1

    def _listed_documents(self, sent: Sentence) -> Draft | None:
        """A sentence just after a signing that introduces documents one by one ("Un protocole
        d'accord sur la coopération industrielle …", "… and a memorandum of understanding on …"), or
        presents them ("Il s'agit de l'accord …", "These include the protocol on …"), tells what was
        signed. Returns the signing when the sentence lists its documents."""
        signings = [d for d in self.drafts_so_far if d.event == "SUPPORT" and "sign" in d.cues and d.sentences]
        if not signings:
            return None
        signing = signings[-1]
        if not 0 < sent.index - max(signing.sentences) <= LIST_SPAN:
            return None
        listed = None
        # "Il s'agit de l'accord de coopération militaire …", "These include the agreement on …": words
        # that present the documents just told, with whatever article.
        # They spell out documents told in the plural or by their number: beside a single one named
        # ("a signé un accord de défense. Il s'agit de l'accord …") they name it again.
        presented = [p.end for p in sent.cue("listing")] if not any(
            d.get("specific") and not d.get("plural") for d in signing.documents) else []
        for c in sent.cue("document"):
            before = self.doc[c.start - 1] if c.start > sent.span.start else None
            if not any(end <= c.start for end in presented) and (
                    before is None or (not indefinite(before) or self._plural(c))
                    and not (self._plural(c) and self.words.number(fold(before.text)) is not None)):
                continue  # "un accord sur …", "deux conventions de financement pour …": a new item
            title = self._document_title(c)
            if len(title.split()) > len(c.text.split()) and all(d["title"] != title for d in signing.documents):
                self._add_document(signing, c)
                listed = signing
                if sent.index not in signing.sentences:  # the list goes on from here
                    signing.sentences.append(sent.index)
                    signing.spans.append((sent.span.start_char, sent.span.end_char))
        return listed

    def _document_told_again(self, sent: Sentence) -> bool:
        """A sentence whose subject is a document named again, with a definite or demonstrative article ("Les
        accords couvrent plusieurs domaines : l'économie et la justice", "Cet accord porte sur …", "The agreement
        covers trade and energy"), or that points back to them with a demonstrative wherever it names them ("ont
        souligné l'importance de ces accords pour renforcer la coopération économique", "these agreements will boost
        trade"), tells what was signed: its words are the signed text's matters. (Not one a new document is the
        subject of, "Un accord sur … a été signé", nor a paper presented, credentials.)"""
        for c in sent.cue("document"):
            root = c.root
            if c._.value in UNSIGNED_KINDS:
                continue
            dets = [t for t in root.children if t.dep_ == "det"]
            if dets and all(demonstrative(d) for d in dets):
                return True
            if root.dep_ in SUBJECT_DEPS and dets and all("Def" in d.morph.get("Definite") for d in dets):
                return True
        return False

    def _last_signing(self, sent: Sentence) -> Draft | None:
        """The signing told last, a few sentences before this one at most (LIST_SPAN)."""
        signings = [d for d in self.drafts_so_far if d.event == "SUPPORT" and "sign" in d.cues and d.sentences]
        if signings and 0 < sent.index - max(signings[-1].sentences) <= LIST_SPAN:
            return signings[-1]
        return None

    def _matters_told_before(self, drafts: list[Draft]) -> None:
        """The matters of documents told again before the signing is told ("La session … a débouché sur huit
        accords. Les accords couvrent l'économie et la justice. … la signature de ces accords …"): the first
        signing told after such a sentence takes them."""
        for index in self.document_matters:
            signing = next((d for d in drafts if d.event == "SUPPORT" and "sign" in d.cues and d.sentence > index), None)
            if signing is not None:
                self._add_topics(signing, self.sentences[index], own=False, matters=True)

    def _document_title(self, cue: Span) -> str:
        """The document's words: its kind word and its complements, up to the clause's end, a
        verb, a relative pronoun or a preposition that no longer tells what the document is."""
        return self.doc[cue.start:self._title_end(cue)].text

    def _title_end(self, cue: Span) -> int:
        """Where the document's title ends (`_document_title`): the token after its last word."""
        end = cue.end
        sent_start = self.sent_start[cue.start]
        # (The title only grows from the kind word's end: another kind word starts after it.)
        others = self.cue_starts.get("document", set())
        circumstances = set().union(*(self.cue_starts.get(kind, set()) for kind in CIRCUMSTANCE_CUES))
        while end < len(self.doc) and self.sent_start[end] == sent_start and end - cue.end < TITLE_REACH:
            tok = self.doc[end]
            if end in circumstances or (tok.is_space and "\n" in tok.text):
                break  # "… en marge du sommet", "… lors de la visite", a headline's end
            # (A person after the language's "with": "l'accord avec son homologue X", whom it was signed with.)
            if fold(tok.text) in self.words.with_ and self._person_next(end + 1):
                break  # "l'accord avec son homologue X": whom it was signed with
            if tok.text == "(" and end > cue.end and (close := self._gloss_end(end)) is not None:
                end = close  # "entre l'Agence … (FIPA) de la Tunisie et …": a name's gloss, not the title's end
                continue
            if tok.text == "," and (listed := self._enumeration_end(end)) is not None \
                    and not any(end < i < listed for i in others):  # "agreements, treaties and MoUs": three documents
                end = listed  # "on economic, commercial and technical cooperation": one complement
                continue
            if tok.is_punct and tok.text not in ("'", "’", "-"):
                break
            if (tok.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "PART") and tok.text not in ("’s", "'s")) or end in others:
                break  # "protocols to", "MoUs that", "treaties and MOUs": another clause or document
            if tok.pos_ == "ADP" and fold(tok.text) not in self.words.title:
                break
            if tok.pos_ == "ADP" and tok.ent_iob_ != "I" and end + 1 < len(self.doc) \
                    and self.doc[end + 1].ent_type_ in PLACE_OR_TIME:
                break  # "… in Doha on Thursday", "… à Niamey": where and when it was signed (not "Côte d'Ivoire")
            end += 1
        if end - cue.end >= TITLE_REACH:
            # Cut short inside the list of its parties ("Agreement on … Cooperation between the
            # Government of the People's Republic of China and the Government"): the title without them.
            parties = [t.i for t in self.doc[cue.end:end] if fold(t.text) in self.words.between]
            if parties and parties[0] > cue.end:  # (a title that is only its parties stays as it is)
                end = parties[0]
        while end > cue.end and (self.doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "SPACE")
                                 or fold(self.doc[end - 1].text) in self.words.title
                                 or self.words.number(fold(self.doc[end - 1].text)) is not None):  # "… et de deux": the next item's count
            end -= 1
        return end

    def _gloss_end(self, opening: int) -> int | None:
        """After an opening parenthesis inside a title, the end of a short gloss of the name before
        it (an acronym, a country: "(FIPA)", "(Egypte)"), or None: a longer aside, or one with
        a verb, ends the title."""
        for j in range(opening + 1, min(opening + 2 + GLOSS_REACH, len(self.doc))):
            tok = self.doc[j]
            if tok.text == ")":
                return j + 1 if j > opening + 1 else None
            if tok.pos_ in ("VERB", "AUX") or tok.like_num or tok.ent_type_ in ("DATE", "TIME") \
                    or tok.is_punct and tok.text not in ("-", ".", "’", "'"):
                return None  # "(4-6 décembre)": when it was signed
        return None

    def _enumeration_end(self, comma: int) -> int | None:
        """After a comma inside a title, the end of an enumeration of words like the one before it
        ("economic, commercial and technical", "trade, investment and tourism"), or None."""
        doc = self.doc
        pos = doc[comma - 1].pos_ if comma > 0 else None
        if pos not in ("ADJ", "NOUN"):
            return None
        j = comma + 1
        while j + 1 < len(doc) and j - comma <= 8 and doc[j].pos_ == pos:
            if doc[j + 1].text == "," and j + 3 < len(doc) and doc[j + 2].pos_ == "CCONJ" and doc[j + 3].pos_ == pos:
                return j + 4  # the serial comma before the last item ("economic, commercial, and technical")
            if doc[j + 1].text == ",":
                j += 2
            elif doc[j + 1].pos_ == "CCONJ" and j + 2 < len(doc) and doc[j + 2].pos_ == pos:
                return j + 3
            else:
                return None
        return None

    def _person_next(self, i: int) -> bool:
        """Does a person's name or title begin at token `i`, past a determiner ("son homologue",
        "the minister")?"""
        while i < len(self.doc) and self.doc[i].pos_ == "DET":
            i += 1
        return any(s.start == i for key in ("people", "titles") for s in self.doc.spans.get(key, []))
