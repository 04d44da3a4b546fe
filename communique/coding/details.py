"""Stage 3: details. The people who take part, topics, organisations, signed documents and the
round of a series, from the event's own sentence and from the sentences that elaborate on it.

This module decides which sentences give an event its details and finds the round of a series;
what each kind of detail is lives in its own mixin: `participants`, `topics` (and organisations),
`signed_documents`.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..recognising.people import Person
from ..recognising.person_states import alone_in_brackets
from .context import NATIONAL_ROLES, NON_STATE, SUBJECT_DEPS, Draft, Sentence, is_plural
from .dates import opens_since
from .participants import Participants
from .topics import MINISTER_ROLES, TopicsAndOrganisations
from .signed_documents import SignedDocuments

#: The dependencies of a copula's predicate ("have been partners", "are active"), and of French's.
PREDICATES = ("attr", "acomp", "oprd", "xcomp")


class Details(Participants, TopicsAndOrganisations, SignedDocuments):
    """People, topics, organisations, documents and series for a draft event."""

    def _office_holders(self, title: Span, named: set[int]) -> list[Person]:
        """The people who hold the office a title with a state names, told in other words ("le
        Ministre de l'Europe et des Affaires étrangères de la France" for the one named before as
        "… de la République française", "Le Chef de l'Etat ivoirien" for "le Président de la
        République, X", of Côte d'Ivoire): the document's people of that state in that role."""
        value = title._.value
        if not value.country or value.country in NON_STATE or title.label_ not in NATIONAL_ROLES \
                or is_plural(title.root):
            return []  # ("les deux ministres": several holders; "son homologue irakien": often someone unnamed)
        return [p for p in self.people.values() if p.role == title.label_ and p.country == value.country
                and id(p) not in named]

    @staticmethod
    def _comments_for_a_side(focus: Draft, sent: Sentence, name: Span, known: list[Person]) -> bool:
        """Is a name, in a sentence after the talks' own, the subject of its main verb of saying
        ("Prime Minister X told reporters …", "Le Premier ministre X a déclaré …"), of a state
        another of the talks' people already stands for? He tells of the talks: his side's
        speaker named before took part, and a speaker of the press is no party to them."""
        person: Person = name._.value
        if not person.country or person in known or not any(
                q.country == person.country and q is not person for q in known):
            return False
        verb = sent.span.root
        if not any(c.start <= verb.i < c.end for c in sent.cue("speaking")):
            return False
        # (The name, or its title, is the subject: "Le Premier ministre sénégalais, X, a déclaré".)
        title = person.title_span or (name.start_char, name.end_char)
        return any(c.dep_ in SUBJECT_DEPS and (name.start <= c.i < name.end or title[0] <= c.idx < title[1])
                   for c in verb.children)

    def _add_details(self, draft: Draft, sent: Sentence, own: bool, topics: bool = True) -> None:
        if topics:
            self._add_topics(draft, sent, own)
        ministries = [x for x in sent.titles if x.label_ in MINISTER_ROLES]
        # The framework of an earlier occasion the sentence recalls is not this event's.
        recalled = sent.organisations and self._recalls_earlier(sent, self.drafts_so_far)
        for o in sent.organisations:
            if recalled:
                break
            if draft.org_actor and o.start < draft.trigger.start and self.sent_start[o.start] == self.sent_start[draft.trigger.start]:
                continue
            if any(self._in_ministry_name(o, m) for m in ministries):
                continue  # "Secretary of State for Foreign, Commonwealth and Development Affairs": a ministry's name
            if not draft.org_actor and self._chair_held(o, sent):
                continue  # "President Kagame, who is also the chairperson of the AU": a state's leader's other office
            if o.label_ not in draft.organizations:
                draft.organizations.append(o.label_)
        if draft.event == "SUPPORT" and "sign" in draft.cues and any("sign" in self._cues(t) for t in sent.triggers):
            for c in sent.cue("document"):
                if self._cited_as_source(c):
                    continue  # "selon le communiqué final": what the news quotes, not what was signed
                self._add_document(draft, c)  # settle_documents keeps one bare kind word per kind
        elif own and draft.event in ("SUPPORT", "CONSULT") and "sign" not in draft.cues:
            # A message delivered or sent in writing ("a letter of condolences", "porteur d'un
            # message écrit") is the event's document (DESIGN: an envoy's written message).
            for c in sent.cue("document"):
                if c._.value == "letter":
                    self._add_document(draft, c)
        if sent.index not in draft.sentences:
            draft.sentences.append(sent.index)
            draft.spans.append((sent.span.start_char, sent.span.end_char))


    def _recalls_earlier(self, sent: Sentence, drafts: list[Draft]) -> bool:
        """A sentence that tells an earlier occasion: its verb in the pluperfect ("avait évoqué"),
        or a date long before the publication ("their meeting in September", "en 2021"), or a
        word that dates an act of it well before the news ("Pour rappel, … lors d'une réunion
        virtuelle": not the format of the talks in focus)."""
        return any(self._pluperfect(t) for t in sent.triggers + [sent.span]) or self._is_background(sent, drafts) \
            or any(self._long_before_publication(d) for d in sent.dates) \
            or any(self._dated_long_before(sent, t) for t in sent.triggers) \
            or self._lasting_state(sent) or any(self._since_long(d) for d in sent.dates)

    def _since_long(self, date) -> bool:
        """A date that starts a span lasting up to the news, named by a month or a year or long
        before the publication ("Since June, the Bolivian president has urged …", "depuis 2019"):
        what the sentence tells has gone on since then, background of the news. ("Depuis lundi",
        a day of the news' own week, starts the event itself.)"""
        if not (opens_since(self.text, date, self.lang) and (date.kind in ("month", "year") or self._long_before_publication(date))):
            return False
        # (It measures the sentence's verb: "the first meeting since 2010" measures a gap before the news.)
        span = self.doc.char_span(date.start, date.end, alignment_mode="expand")
        tok = span.root if span is not None else None
        while tok is not None and tok.head.i != tok.i and (span.start <= tok.i < span.end or tok.pos_ in ("ADP", "SCONJ")):
            tok = tok.head
        return tok is not None and tok.pos_ in ("VERB", "AUX")

    def _lasting_state(self, sent: Sentence) -> bool:
        """A sentence with no event of its own whose main verb a span of time measures: a state that
        has lasted up to the news, told as background ("Le Cameroun et le Tchad sont engagés depuis une
        dizaine d'années dans la lutte … dans le cadre de la Force multinationale", "The two states have
        cooperated for decades within the African Union"): not the event's occasion nor its matter.
        (Not a verb of the future: "will meet within the AU in the coming months".)"""
        if sent.triggers:
            return False
        for c in sent.cue("span_of_time"):
            noun = c.root
            for _ in range(3):  # "une dizaine d'années": the span's measure word heads it
                if noun.dep_ in ("nmod", "compound", "nummod") and noun.head.pos_ in ("NOUN", "NUM") and noun.head.i != noun.i:
                    noun = noun.head
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_.startswith(("obl", "npadvmod")) else None
            if verb is not None and verb.dep_ in PREDICATES:
                verb = verb.head  # "have been partners for decades": the predicate of the main verb
            # (A main verb: the root of its parse, which may not be the sentence's first.)
            if verb is not None and verb.head.i == verb.i and not self._future_verb(sent, verb):
                return True
        return False


    def _elaborate(self, focus: Draft, sent: Sentence) -> None:
        """A sentence with no event of its own adds details and people to the event in focus.

        Only talks and signed texts have contents told over several sentences; what follows a
        condemnation or a refusal is commentary; a sentence that recalls an earlier occasion tells
        of that occasion."""
        if self._recalls_earlier(sent, self.drafts_so_far):
            return
        signing = self._listed_documents(sent)
        # "Les accords couvrent … l'économie et la justice": the documents signed told again tell their matters,
        # the signing's, not the talks' beside it; with no signing told yet, the first told after takes them.
        # (With the signing itself in focus, they add to it as any sentence that elaborates it does, by strong
        # words only: "The fisheries agreement provides for … joint training of inspectors" is no education.)
        again = signing is None and self._document_told_again(sent)
        if again:
            signing = self._last_signing(sent)
            if signing is None:
                self.document_matters.append(sent.index)
        if signing is not None and signing is not focus:
            # "Un protocole d'accord sur la coopération industrielle …" after the talks: the matters
            # of what was signed, not of the talks.
            self._add_topics(signing, sent, own=False, matters=True)
        if not (focus.event == "CONSULT" or "sign" in focus.cues):
            again = [t for t in sent.triggers if t.label_ == focus.event]
            if again:
                # "… a contribution to the IFRC": the same act told on, its framework named
                # (once: "the IFRC … the Federation's appeal" names one framework twice)
                for o in sent.organisations:
                    if o.label_ not in focus.organizations:
                        focus.organizations.append(o.label_)
            self._add_sides_people(focus, sent)
            for p in sent.people:
                # Those who do or receive the same act told again ("The Ambassador handed over the
                # consignments to the Home Minister"), and those said present at it ("X and Y were
                # present during the ceremony"), are its people.
                if (any(self._party_of(t, p) or self._party_by_title(t, p) for t in again) or sent.cue("presence")) \
                        and not self._person_excluded(sent, p) and p._.value not in focus.participants:
                    focus.participants.append(p._.value)
            return
        if self._tells_of_an_outsider(focus, sent):
            # Only the people of the two sides it names still take part ("… que le président X
            # avait reçu la veille"): the outsider, his state and his matters stay out.
            known = list(focus.participants)
            self._add_people(focus, sent)
            focus.participants = known + [p for p in focus.participants if p not in known and p.country in focus.states]
            return
        self._add_details(focus, sent, own=False,
                          topics=(signing is None or signing is focus) and not self._describes_a_state(sent))
        if focus.event == "CONSULT" or (sent.cue("document") and any("sign" in self._cues(t) for t in sent.triggers)):
            # A signature's signatories are those named signing: in a sentence that tells the
            # signing again ("X and Y put their signatures to an agreement on …").
            known = list(focus.participants)
            self._add_people(focus, sent)
            # Whom greetings are passed on to ("also extended his good wishes to President X") is
            # not at the talks a later sentence tells more of. (Named in the event's own sentence,
            # "conveyed the greetings of X to President Y", Y may be the one met: kept there.)
            greeted = [p._.value for p in sent.people if self._greeted(sent, p)]
            # One who only speaks of the talks afterwards ("Prime Minister X told reporters …"),
            # for a side someone else already stands for, comments on them without sitting in.
            commenting = [p._.value for p in sent.people if self._comments_for_a_side(focus, sent, p, known)]
            focus.participants = known + [p for p in focus.participants if p not in known and p not in greeted
                                          and p not in commenting]
            if self._call_of_two(focus):
                # A phone call joins two ends: a leader of a third state named after it ("X was
                # among the first to have the new president on the phone") had a call of his own.
                focus.participants = known + [p for p in focus.participants if p not in known
                                              and (not p.country or p.country in focus.states)]
        elif "sign" in focus.cues and sent.cue("presence"):
            # "La cérémonie était placée sous la présidence du ministre X, en présence de
            # l'ambassadeur Y": those said present at a signing told before take part in it.
            self._add_present(focus, sent)
        if focus.event == "CONSULT" and not self._call_of_two(focus):
            attendance = sent.cue("attendance")
            for c in sent.countries:
                if self._is_place(c) or c.label_ in focus.states:
                    continue
                # States of the people named, or states listed as taking part ("were attended by
                # the ministers of X, Y and Z", "the ambassadors are from X, Y …"). (Not the
                # nationality of an organisation's head, who speaks for it: "le Gambien X, président
                # de la Commission de la CEDEAO".)
                if any(p._.value.country == c.label_ and p._.value.role != "org_head"
                       for p in sent.people) or any(
                        a.start < c.start for a in attendance) or self._in_brackets_after_name(c):
                    focus.actor.append(c.label_)

    def _in_brackets_after_name(self, country) -> bool:
        """"Il s'agit de Milan Petrovic (Serbie), Ola Hansen (Norvège) …", "They are Juan Soto
        (Chile), …": a state alone in brackets right after a proper name is that person's state
        (the form of lists of envoys and ambassadors), whether or not the name was read as a
        person's."""
        return country.start >= 2 and self.doc[country.start - 2].pos_ == "PROPN" and alone_in_brackets(self.doc, country)

    def _tells_of_an_outsider(self, focus: Draft, sent: Sentence) -> bool:
        """Is the subject of the sentence's main verb someone of a third state, not of the two sides of
        the talks in focus ("Le Premier ministre israélien X a été l'un des premiers à l'avoir au
        téléphone", "De son côté, le président Y n'a pas été invité")? A sentence that turns to a new
        person of another state tells of him (his own call, his own plans), not more of the talks.
        (Not a summit's, which states join as they are named; not talks whose sides are not yet both
        known, whose other side a later sentence may name; not a sentence that says he joined them.)"""
        if focus.event != "CONSULT" or len(focus.states) != 2 or self._is_multilateral(focus):
            return False
        if sent.cue("joining") or sent.cue("attendance") or sent.cue("presence"):
            return False  # "Le ministre japonais X s'est joint aux échanges": he takes part in them
        for p in sent.people:
            person: Person = p._.value
            if not person.country or person.country in focus.states or person.country in NON_STATE \
                    or person in focus.participants or self._person_excluded(sent, p):
                continue
            # The name or its title, the subject of the root of its parse: the one the sentence is about.
            span = self.doc.char_span(*person.title_span, alignment_mode="expand") if person.title_span else None
            tokens = list(p) + (list(span) if span is not None else [])
            if any(t.dep_ in SUBJECT_DEPS and t.head.head.i == t.head.i for t in tokens):
                return True
        return False

    def _call_of_two(self, draft: Draft) -> bool:
        """Is the draft a telephone call (not a video conference, which many may join) whose two
        sides are known, by its words or those of its sentences ("s'est entretenu par téléphone")?"""
        if draft.event != "CONSULT" or len(draft.states) < 2:
            return False
        cues = set(draft.cues)
        for i in draft.sentences:
            cues |= {c._.value for c in self.sentences[i].cue("format")}
        return "phone" in cues and "virtual" not in cues


    def _add_series(self, draft: Draft, sent: Sentence) -> None:
        ordinals = sent.cue("ordinal")
        series = sent.cue("series")
        # States' names and their dashes between the round and the mechanism do not count
        # ("the 15th India–UK Foreign Office Consultations", "la 8e session algéro-française").
        named = {i for c in sent.countries for i in range(c.start, c.end)}

        def gap(o, s):
            return sum(1 for t in self.doc[o.end:s.start] if t.i not in named and t.text not in ("-", "–", "—"))
        for o in ordinals:
            following = [s for s in series if s.start >= o.end and gap(o, s) <= 3]
            if not following:
                continue
            # The most specific name among the words that follow ("political consultations" over "session").
            names = [s for s in series if s.start >= o.end and gap(o, s) <= 8]
            generic = {"session", "round", "stage", "meeting"}  # canonical series ids from the cues tables
            specific = [s for s in names if s._.value not in generic]
            name = (specific or following)[0]._.value
            if draft.event == "CONSULT" and draft.aux is None and self._round_to_come(following[0], sent):
                continue  # "cette réunion … prépare la 17e session, prévue en décembre": the plan's round
            try:
                draft.series = {"name": name, "ordinal": int(o._.value)}
            except ValueError:
                continue
            return

    def _round_to_come(self, name, sent: Sentence) -> bool:
        """Is the round named marked as to come by a word after its name, with no verb between
        ("la 17e session de la Haute commission mixte tuniso-mauritanienne prévue en décembre
        prochain", "the 5th round of talks, scheduled for May")? The parser may hang that word
        elsewhere."""
        for cue in sent.cue("aux"):
            if cue._.value != "future" or cue.start < name.end or cue.start - name.end > 8:
                continue
            between = self.doc[name.end:cue.start]
            if not any(t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in ("-", "–", ","))
                       for t in between) and not any(t.text == "," for t in between[:-1]):
                return True
        return False


