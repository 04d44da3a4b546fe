"""Stage 4, the document pass: the date of each event, from its own sentences, the statement
that tells it, or the document's main date."""
from __future__ import annotations

import re

from .dates import anchor_weekday, can_name, is_deadline
from .context import STATEMENT_TYPES, Draft, Sentence


class EventDates:
    """Dating each event of a document."""

    def _start_dating(self) -> None:
        """Set up what dating one document's events remembers across them."""
        self._incident_words: set[int] = set()  # where dates told as those of what a statement is about begin
        self._statement_days = None  # the day the document's statement was issued (_statement_day)
        self._dated_by: dict[int, int] = {}  # id(draft) -> where the date words it was dated by begin
        # "ordered them to leave before midnight on Sunday", "d'ici le 31 octobre": the document's
        # time limits (ids of their date mentions), no act's day.
        self._deadlines = {id(d) for s in self.sentences for d in s.dates if is_deadline(self.text, d, self.lang)}

    @property
    def _first_dated(self) -> Draft | None:
        """The document's first event that takes a date of its own: a promise to come takes
        none, so the lead's date is that of the first act told after it ("Japan and Korea agree to
        seek a settlement" over "the ministers agreed Monday … reached the agreement in a meeting")."""
        return next((d for d in self.first_events if d.aux != "future"), None)

    #: A sentence of the body has at least this many words and ends as a sentence does: a title,
    #: a dateline or a byline on a line of its own is none.
    LEAD_MIN_WORDS = 8
    #: How far into the text the body's first sentence may begin (a title, a date line, a byline).
    LEAD_REACH = 300

    def _lead_sentences(self) -> list[int]:
        """Where news states when: the first sentence, and the first sentence of the body when a
        title, a dateline or a byline stands before it ("Baku, July 19, AZERTAC")."""
        out = [0]
        for sent in self.sentences:
            if sent.span.start_char > self.LEAD_REACH:
                break
            words = [t for t in sent.span if t.is_alpha]
            text = sent.span.text.rstrip()
            if len(words) >= self.LEAD_MIN_WORDS and text[-1:] in ".!?…»\"”":
                if sent.index:
                    out.insert(0, sent.index)
                break
        return out

    def _lead_follow_up_dates(self, draft: Draft) -> list:
        """The dates of the sentence right after the lead, in its paragraph, when its subject takes
        up the lead's occasion with a determiner and a name for a gathering, for an occasion
        (cues) or a word of the event's type ("… a décoré dix-huit instructeurs. La cérémonie, organisée le 7 octobre à
        Bangui, …", "… held talks in Lima. The meeting took place on Monday …"): it says when the
        lead's act took place."""
        lead = self._lead_sentences()[0]
        nxt = lead + 1
        if nxt >= len(self.sentences):
            return []
        sent = self.sentences[nxt]
        if "\n" in self.text[self.sentences[lead].span.end_char:sent.span.start_char]:
            return []
        words = [t for t in sent.span if not t.is_punct and not t.is_space][:2]
        if len(words) < 2 or words[0].pos_ != "DET" or words[1].pos_ != "NOUN":
            return []
        names = sent.cue("gathering") + sent.cue("occasion") + [t for t in sent.triggers if t.label_ == draft.event]
        if not any(n.start <= words[1].i < n.end for n in names):
            return []
        # (not a date of a thing the sentence names: "The talks came after the June 2022 coup")
        return [d for d in sent.dates if not self._dates_another_noun(d, draft, nxt)]

    def _dates_the_story(self, draft: Draft, told: dict) -> bool:
        """Whether a draft's date may date the document's other events: news states when in its
        lead, so it is the date of the first event, or one told in the lead's paragraph, or one
        the lead's own words can name ("a reçu, mercredi à Rabat, …" and a Wednesday told below).
        A date told further down for another act ("As reported earlier, the demonstrators … on
        May 17") is that act's, not the day of what the lead tells ("Ambassador Bass was summoned")."""
        first = self._first_dated
        if draft is first or id(draft) not in self._dated_by:
            return True
        words = told.get(id(first)) if first is not None else None
        if words is not None and can_name(words, draft.date, self.lang):
            return True
        lead = self.sentences[self._lead_sentences()[0]].span
        end = self.text.find("\n", lead.end_char)
        return self._dated_by[id(draft)] < (len(self.text) if end < 0 else end)

    def _after_publication(self, date) -> bool:
        return bool(self.published and date.value and date.value[:len(self.published)] > self.published)

    def _long_before_publication(self, date) -> bool:
        """More than a month before a publication dated to the day: news tells what is recent."""
        return self._long_before(date.value)

    def _long_before(self, value: str | None) -> bool:
        if not (self.published and len(self.published) == 10 and value):
            return False
        year, month = int(self.published[:4]), int(self.published[5:7])
        month_before = f"{year - (month == 1):04d}-{12 if month == 1 else month - 1:02d}"
        return value[:7] < month_before

    #: A statement verb's dependents that may tell what it is about: its object, and a
    #: preposition's phrase ("condolences on the loss of lives in the crash of last week",
    #: "ses condoléances pour les victimes des incendies du 4 août").
    ABOUT_DEPS = frozenset({"obj", "dobj", "prep", "obl", "obl:arg", "obl:mod", "nmod"})
    #: Statements named by a noun whose phrase is about another event (condolences, condemnation,
    #: congratulations: "on the loss of lives in the crash last week"); a request's noun phrase
    #: is what is asked, and its date says when it was asked ("sa demande d'adhésion en novembre").
    ABOUT_NOUN_TYPES = frozenset({"SUPPORT", "ACCUSE"})

    def _statement_object(self, draft: Draft, dates=()) -> list:
        """The tokens of what a statement is about (what is condemned, welcomed, asked): its
        verb's object, and the prepositional phrases after its verb, or after its noun for
        `ABOUT_NOUN_TYPES` ("conveyed condolences on the loss of lives in the crash last week",
        "a présenté ses condoléances pour les victimes des inondations de la semaine dernière"),
        unless the phrase is itself a date ("on Tuesday", "le 4 août", whose noun is inside one
        of `dates`): that says when. A phrase before the verb sets the scene ("Dans un
        communiqué daté du 25 avril, … se félicite"): it says when too."""
        if draft.event not in STATEMENT_TYPES:
            return []
        head = draft.trigger.root
        heads = []
        if head.pos_ == "VERB":
            heads.append(head)
        elif head.pos_ == "NOUN" and draft.event in self.ABOUT_NOUN_TYPES:
            heads.append(head)
            if head.dep_ in ("obj", "dobj", "nsubjpass", "nsubj:pass") and head.head.pos_ == "VERB":
                heads.append(head.head)  # "présenté ses condoléances pour …", "a protest was delivered over …"
        sent = self.sentences[draft.sentence] if draft.sentence < len(self.sentences) else None
        reporting = {tok.i for cue in sent.cue("reporting") for tok in cue} if sent is not None else set()
        out = []
        for h in heads:
            for c in h.children:
                if c.dep_ not in self.ABOUT_DEPS or c is head:
                    continue
                if c.dep_ in ("obj", "dobj"):
                    if h.pos_ == "NOUN":
                        continue
                elif c.i < h.i:
                    continue
                else:
                    noun = next((t for t in c.children if t.dep_ == "pobj"), None) if c.dep_ == "prep" else c
                    if noun is None or any(d.start <= noun.idx < d.end for d in dates):
                        continue
                out += [t for t in c.subtree if not self._reported_by(t, c, reporting)]
        return out

    @staticmethod
    def _reported_by(token, top, reporting: set[int]) -> bool:
        """Whether `token` hangs, below `top`, from a verb that reports the news ("…, IRNA reported
        on Tuesday", "a indiqué jeudi"): its date says when the news was told, not the date of
        what the statement is about, however the parser attached the verb."""
        while token.i != top.i:
            if token.i in reporting:
                return True
            token = token.head
        return top.i in reporting

    def _report_days(self, index: int) -> list:
        """The dates of sentence `index` told with a verb that reports the news of an act ("…,
        state media reported Saturday", "ont informé la presse de l'affaire dimanche soir"): the
        day the act was reported, not the day it happened. The date's words hang from the verb
        through the parse (a weekday as its adverb, a date as its preposition's object), or
        follow it within a few words, however the parser attached them ("informed reporters on
        Tuesday")."""
        if index >= len(self.sentences):
            return []
        sent = self.sentences[index]
        cues = sent.cue("news_report")
        if not cues:
            return []
        reports = {tok.i for cue in cues for tok in cue}
        out = []
        for d in sent.dates:
            tok = next((t for t in sent.span if t.idx >= d.start), None)
            while tok is not None and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
                tok = tok.head
            if tok is not None and tok.i in reports or any(
                    c.end_char <= d.start and d.start - c.end_char <= self.REPORT_DATE_REACH
                    and self.REPORT_DATE_GAP.fullmatch(self.text, c.end_char, d.start) for c in cues):
                out.append(d)
        return out

    #: What may stand between a verb that reports the news and its date: up to four words, no
    #: punctuation ("reported Saturday", "informed reporters on Tuesday", "a rapporté samedi").
    REPORT_DATE_GAP = re.compile(r"\s+(?:[^\W\d][\w'’-]*\s+){0,4}")
    REPORT_DATE_REACH = 40

    #: What may stand between the word for a statement and its date: up to three words
    #: ("le communiqué publié lundi 27 décembre", "a statement released on Monday", "statement Thursday").
    STATEMENT_DATE_GAP = re.compile(r"\s*(?:[^\W\d][\w'’-]*\s+){0,3}")

    def _statement_day(self):
        """The day the document's statement was issued, told right after the word for it or for the
        press conference where it was made ("indique le communiqué publié lundi 27 décembre", "In a
        statement Thursday, the ministry …", "made the remarks at Thursday's press conference"): the
        date mention, when the document tells one such day only, else None. It dates the
        statements (condemnations, condolences, calls) that their own sentences leave undated."""
        if self._statement_days is None:
            found = []
            for sent in self.sentences:
                for cue in sent.cue("statement") + sent.cue("briefing"):
                    after = [d for d in sent.dates if d.start >= cue.end_char]
                    # "at Thursday's press conference": a weekday's possessive before the word
                    before = [d for d in sent.dates if d.end <= cue.start_char
                              and self.POSSESSIVE.fullmatch(self.text, d.end, cue.start_char)]
                    d = min(after, key=lambda m: m.start) if after else None
                    if d is None or not (d.start - cue.end_char <= 30
                                         and self.STATEMENT_DATE_GAP.fullmatch(self.text, cue.end_char, d.start)):
                        d = before[-1] if before else None
                    if d is not None and d.value and d.kind != "year" and d.past is not False \
                            and not self._after_publication(d) and not self._long_before_publication(d):
                        found.append(d)
            self._statement_days = found if len({d.value for d in found}) == 1 else []
        return self._statement_days[0] if self._statement_days else None

    #: Date mentions that name no document: a signed text is named by its full date ("l'accord du
    #: 5 mai 2015", "the agreement of 5 May"), never by a weekday or a word counted from the news.
    SIGNING_DAY_KINDS = frozenset({"weekday", "relative"})

    def _signing_day(self, draft: Draft, mention) -> bool:
        """Whether `mention`, inside what a signing's verb governs, says when the signing took place
        ("inked 15 agreements on Thursday", "ont signé hier un accord": the parser often hangs the
        day on the document): a weekday or a relative word names no document."""
        return "sign" in draft.cues and mention.kind in self.SIGNING_DAY_KINDS

    #: How far before a date the words that place the thing a statement is about may stand
    #: ("condamné l'attaque ... survenue le 23 décembre", "the attack that occurred on January 27").
    OCCURRED_REACH = 60

    def _occurred_on(self, draft: Draft, mention) -> bool:
        """Whether `mention`, a date of the draft's sentence, dates the thing its statement is
        about: it follows the trigger and, within `OCCURRED_REACH` characters, a word that places
        that thing in time ("survenue le", "perpétré le", "that occurred on"). Read on the words,
        not the parse, which often takes the participle for the verb of the sentence."""
        if draft.event not in STATEMENT_TYPES or draft.sentence >= len(self.sentences):
            return False
        return any(draft.trigger.end_char <= c.start_char and c.end_char <= mention.start
                   and mention.start - c.end_char <= self.OCCURRED_REACH
                   for c in self.sentences[draft.sentence].cue("occurred"))

    def _incident_told(self, draft: Draft, mention, index: int) -> bool:
        """Whether `mention`, a date of sentence `index` other than the draft's own, dates the
        thing a statement is about: it follows, within `OCCURRED_REACH` characters, a word that
        places a happening in time ("la double explosion survenue à Beyrouth mardi 4 août",
        "the attack that occurred on Sunday"). A statement's lead that tells the incident first
        does not date the statement by it. Not for a signing ("the signing took place on Monday")."""
        if draft.event not in STATEMENT_TYPES or "sign" in draft.cues or index >= len(self.sentences):
            return False
        return any(c.end_char <= mention.start and mention.start - c.end_char <= self.OCCURRED_REACH
                   for c in self.sentences[index].cue("occurred"))

    def _other_round(self, draft: Draft, index: int) -> bool:
        """Whether sentence `index`, told with a round of a series, names another round only ("la
        12e session ... du 16 au 20 décembre 2021" beside the 8th, "The first joint commission was
        inaugurated in November 1998" beside the second): its dates are that round's."""
        ordinal = (draft.series or {}).get("ordinal")
        if not ordinal:
            return False
        told = {str(o._.value) for o in self.sentences[index].cue("ordinal")}
        return bool(told) and str(ordinal) not in told

    #: What may stand between a verb of saying and the day it is dated by: a preposition or a
    #: word such as "late", no punctuation ("said on Tuesday", "said late Monday", "a indiqué mardi").
    SAYING_DATE_GAP = re.compile(r"\s+(?:[^\W\d][\w'’-]*\s+){0,1}")

    def _day_of_telling(self, mention, draft: Draft) -> bool:
        """Whether `mention`, a date of the draft's own sentence, follows a verb of saying that is
        not the event's own word within `SAYING_DATE_GAP` ("the minister said on Tuesday that …",
        "a indiqué mardi le ministre"), or hangs from it through the parse: it dates the telling,
        which may come after the act. (Read on the words too: the parser often hangs "on Tuesday"
        after "said" on the verb of the clause said.)"""
        if draft.sentence >= len(self.sentences):
            return False
        sent = self.sentences[draft.sentence]
        verbs = [c for c in sent.cue("reporting") if not any(t.i in {x.i for x in draft.trigger} for t in c)]
        if not verbs:
            return False
        if any(0 <= mention.start - c.end_char <= self.REPORT_DATE_REACH
               and self.SAYING_DATE_GAP.fullmatch(self.text, c.end_char, mention.start) for c in verbs):
            return True
        saying = {t.i for c in verbs for t in c}
        head = self._date_head(mention, sent)
        return head is not None and head.i in saying

    def _promise_day(self, draft: Draft) -> None:
        """Give a promise (an AGREE to come) the day it was made (DESIGN: its `date`; what it is for is
        `planned.date`), when its own sentence tells that day with a verb in a past tense: "agreed on
        Monday to hold the next round in June", "ont convenu lundi de tenir la prochaine session en
        juin", "will meet in June, the ministry said on Tuesday". The date hangs, through the parse,
        from that verb; the promised act's date hangs from its own verb, which is never in a past
        tense (an infinitive, a future), and is not taken."""
        if draft.sentence >= len(self.sentences):
            return
        sent = self.sentences[draft.sentence]
        planned = (draft.planned or {}).get("date")
        for d in sorted(sent.dates, key=lambda d: abs(d.start - draft.trigger.start_char)):
            if not d.value or d.kind == "year" or d.past is False or d.since or id(d) in self._deadlines \
                    or d.value == planned or self._after_publication(d):
                continue
            if self._made_on(d, sent):
                draft.date, draft.date_source = d.value, "text"
                draft.note("date", None, d, f"rule:dates.{d.kind}")
                self._dated_by[id(draft)] = d.start
                return

    #: How many words up the parse, from a promise's trigger, the verb that tells it made may stand
    #: ("have agreed to hold", "has told Wong that he will be extending an invitation").
    MADE_REACH = 4

    def _told_as_made(self, draft: Draft) -> bool:
        """Whether a promise is told as made: its trigger, or a verb it hangs from in its
        sentence, is in a past tense ("both sides have also agreed to hold another round soon",
        "has told his counterpart that he will be extending an invitation", "a annoncé que le
        président se rendra à Rabat"). News tells when in its lead: a promise told so, whose own
        sentence names no day of its making, was made on the day of the story (the document's
        main date). Not one told in the present or the future ("says he will visit", "will sign"),
        nor by a passive ("is expected to travel", "was earlier scheduled to arrive", "il est prévu
        que"), which tells a plan, not who made it when."""
        tok = draft.trigger.root
        for _ in range(self.MADE_REACH):
            if tok.pos_ in ("VERB", "AUX") and self._in_past_tense(tok) \
                    and not any(c.dep_ in ("auxpass", "aux:pass") for c in tok.children):
                return True
            if tok.head.i == tok.i:
                break
            tok = tok.head
        return False

    def _made_on(self, mention, sent: Sentence) -> bool:
        """Whether `mention` hangs from a verb in a past tense: it dates a promise's making."""
        verb = self._date_head(mention, sent)
        return verb is not None and verb.pos_ in ("VERB", "AUX") and self._in_past_tense(verb)

    def _date(self, draft: Draft, sents: list[Sentence]):
        """Date the draft; return the words of its own sentence that say when but could not be
        resolved (a weekday, "hier", "in March" with no publication date), or None."""
        if draft.aux == "future":
            self._promise_day(draft)
            return None
        # The trigger's sentence first (a full date before a weekday or a relative word, then the
        # nearest words); then, for the document's first event, its lead sentence, where news
        # states when; then the other sentences that tell it. Dates to come are not the event's,
        # and in other sentences nor are dates long before the publication (background).
        own = self.sentences[draft.sentence].dates if draft.sentence < len(self.sentences) else []
        # "existe depuis novembre 2001", "in place since May 2020": when a state began, no act's day.
        own = [d for d in own if not d.since]
        own = [d for d in own if id(d) not in self._deadlines]  # a time limit ("d'ici le 31 octobre")
        # A date inside what a statement is about ("condemned the attacks of 30 September",
        # "solidarity after the explosion of 4 August") dates that, not the statement.
        about = self._statement_object(draft, own)
        theirs = [d for d in own if any(d.start <= t.idx < d.end for t in about) and not self._signing_day(draft, d)
                  or self._occurred_on(draft, d)]
        self._incident_words.update(d.start for d in theirs)
        own = [d for d in own if d not in theirs and not self._dates_a_thing(d, draft, draft.sentence)
               and not self._in_sequence_clause(d, draft, draft.sentence)
               and not self._dates_act_to_come(d, draft, draft.sentence)]
        own = [d for d in own if not self._after_publication(d)]
        # The day an act was reported is not its own ("Chile and Peru held talks, state media
        # reported Saturday"); a statement's report is the statement, and keeps it (a signing is an act).
        reported = set()
        if draft.event not in STATEMENT_TYPES or "sign" in draft.cues:
            reported = {id(d) for i in {draft.sentence, 0, *draft.sentences} for d in self._report_days(i)}
            own = [d for d in own if id(d) not in reported]
        # A full date says when first, unless the words mark it as before the report ("le 11
        # décembre dernier", "el pasado 4 de agosto") beside a date that does not: "après avoir
        # présenté ses lettres le 11 décembre dernier, elle a signé hier" was signed "hier".
        marked = [d for d in own if d.kind == "absolute" and d.past is True]
        plain = any(d.value and d not in marked for d in own)
        # The day a verb of saying is dated by is the day of the telling: beside a date of the
        # act itself it comes last ("said on Tuesday he had received his counterpart on Monday").
        telling = {id(d) for d in own if self._day_of_telling(d, draft)}
        own.sort(key=lambda d: (id(d) in telling,
                                not (d.kind == "absolute" and d.value and len(d.value) == 10)
                                or (plain and d in marked),
                                abs(d.start - draft.trigger.start_char)))
        lead = []
        if draft is self._first_dated and self.sentences:
            # (the lead may be the draft's own sentence: what its statement is about stays out)
            # (a body lead after a title recalls older things as other sentences do: "la Feuille de
            # route adoptée en avril 2022, a affirmé mercredi …")
            lead = [d for i in self._lead_sentences() for d in self.sentences[i].dates
                    if not self._after_publication(d) and d not in theirs and not d.since and id(d) not in reported
                    and id(d) not in self._deadlines
                    and not self._dates_a_thing(d, draft, i) and not self._in_sequence_clause(d, draft, i)
                    and not self._dates_act_to_come(d, draft, i)
                    and (i == draft.sentence or not self._incident_told(draft, d, i))
                    and (i == 0 or not self._long_before_publication(d))]
            if not any(d.value for d in lead):
                lead = [d for d in self._lead_follow_up_dates(draft)
                        if not self._after_publication(d) and not d.since and id(d) not in reported
                        and not self._long_before_publication(d)]
        others = [d for i in draft.sentences if i != draft.sentence and not self._other_round(draft, i)
                  for d in self.sentences[i].dates
                  if not self._after_publication(d) and not self._long_before_publication(d) and not d.since
                  and id(d) not in reported and id(d) not in self._deadlines and not self._dates_a_thing(d, draft, i)
                  and not self._in_sequence_clause(d, draft, i) and not self._incident_told(draft, d, i)
                  and not self._dates_act_to_come(d, draft, i)]
        # The sentence says when in words that cannot be resolved ("on Friday", "la semaine
        # dernière", "in March" with no publication date): a date told elsewhere is the event's
        # only when those words can name it (a Friday; a day, not a month, for "last week").
        # The sentence's own other dates too: "Lundi le Rwanda a rouvert ses frontières, fermées
        # en mars 2020" with no publication date is of a Monday, not of March 2020.
        words = next((d for d in own if d.value is None and d.past is not False and d.kind != "year"
                      and self._near_trigger(d, draft)), None)
        if words is not None:
            own = [d for d in own if d.value is None or can_name(words, d.value, self.lang)
                   or self._hangs_from_own_kind(d, draft, draft.sentence)]
            lead = [d for d in lead if can_name(words, d.value, self.lang)]
            others = [d for d in others if can_name(words, d.value, self.lang)]
        for d in own + lead + others:
            if d.value and d.past is not False and d.kind != "year":
                anchors = [m.value for m in self.dates if m.kind == "absolute" and m.value and len(m.value) == 10]
                draft.date, draft.date_source = anchor_weekday(d, self.lang, anchors) or d.value, "text"
                draft.note("date", None, d, f"rule:dates.{d.kind}")
                self._dated_by[id(draft)] = d.start
                return None
        return words
