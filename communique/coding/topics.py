"""Stage 3, details: the topics an event is about and the organisations that are its framework,
from what its sentence and the sentences telling on about it say was discussed."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..lang import table
from ..recognising.lexicon import fold
from ..recognising.titles import portfolio_words
from .context import NON_STATE, Draft, Sentence, is_plural
from .tables import EMPATHY_CAMEO

#: The roles of a state's leaders, who may hold an organisation's chair in turn, and how many
#: words from that chair their title may stand ("le roi Mohammed VI, président du Comité …").
LEADER_ROLES = {"head_of_state", "head_of_government"}
LEADER_REACH = 12
#: Roles whose titles name a ministry: an organisation inside one is part of its name.
MINISTER_ROLES = {"minister", "foreign_minister", "deputy_minister", "deputy_foreign_minister"}
#: Statements whose own sentence tells their matter ("condemns the attack on …",
#: "calls on Rwanda to withdraw its troops"): weak topic cues count there. (Not sanctions: "visa
#: restrictions", "the oil sector" tell the measure, not the matter.)
CONTENTIOUS_TYPES = {"ACCUSE", "REQUEST", "THREATEN", "REJECT"}
#: Signatures and commitments: their own sentence tells, after the word that makes them, what they
#: bind to ("signed a military agreement", "agreed to end military confrontations", "resolved to stop
#: sending more troops"): weak cues of security count there. (Not the weak cues of regional questions:
#: "peace in the region", "the climate crisis", a state's own name tell no matter of a signature or a
#: promise; nor support voiced, "solidarity … regarding the measures it will adopt to protect the
#: security of its people", whose matter is the tragedy or the cause it stands by.)
STANDING_TOPIC = "security_defense"
#: A sanction's own sentence tells its matter only by an armed act ("over Moscow's invasion of
#: Ukraine"): what one state punishes in another is then a conflict between states.
ARMED_MATTER_TYPES = CONTENTIOUS_TYPES | {"SANCTION"}
#: Condolences and sympathy (CAMEO 018) are offered for a tragedy their own sentence names ("condolences
#: over the earthquake", "suite au cyclone qui a frappé son pays"): a disaster's weak cues tell their
#: matter. (Those after an attack share the condemnation's topic: document.topics_of_previous_event.)
TRAGEDY_TOPICS = {"humanitarian"}
#: A consulate a support or a commitment is about in its own sentence, as what it opens or will open (cue kind
#: `mission` in cues.tsv: "a inauguré un consulat général à Dakhla", "will open a consulate in Erbil"): a consulate
#: serves the nationals of its state abroad (their passports, visas, civil status), so its weak cue tells the
#: act's matter. (An embassy's opening tells none.)
OPENING_TYPES = {"SUPPORT", "AGREE"}
OPENING_TOPIC = "migration_consular"
#: The topics tables' `act` values: the words of an armed act, and those of the armed who act.
ARMED_WORDS = {"armed", "force"}
#: The matters such statements are about; their other weak cues ("airspace", "the ambassador's
#: outing") are circumstances.
CONFLICT_TOPICS = {"security_defense", "terrorism_extremism", "regional_issues", "human_rights"}
#: How many words a ministry's name may run on past the title's words ("…, de l'Union africaine et de").
MINISTRY_TAIL = 8
#: How far a minister's title may run on over a list of its portfolios ("ministre de la Jeunesse, des Sports et
#: de la Culture", "Minister of Youth, Sports, Arts and Culture"): each field is a word of the title.
PORTFOLIO_LIST = 16
#: Mechanisms whose names tell their fields ("commission mixte de coopération économique"): the
#: canonical series ids of the cues tables. Topic cues in such a name are a name, as in a ministry's.
COMMISSIONS = {"joint commission", "intergovernmental commission", "joint committee", "cooperation committee"}
#: How far a commission's name may run, and the parts of speech of its words.
COMMISSION_NAME = 12
#: How far from the word that heads an institution's name a field written with a capital may stand
#: in that name, after it ("Qatar Foundation for Education, Science") or before it ("Investment and
#: Technology Promotion Office"); topics that a name tells all the same (a state's, an
#: organisation's: "Armed Forces of Ukraine", "the Security Council").
INSTITUTION_NAME = 8
NAME_TOPICS = {"regional_issues", "multilateral"}
#: The cues of a meeting trigger that tell a journey or a medium, not talks.
TRAVEL_CUES = {"host", "visit", "phone", "virtual"}
NAME_POS = {"ADJ", "NOUN", "PROPN", "CCONJ", "DET"}
#: How many words may stand between an office word and its organisation ("the chairperson of the
#: African Union": the article; "Foreign, Commonwealth & Development Office": "& Development").
OFFICE_GAP = 3

#: How many words the fields of a portfolio named after a person may run ("Franck Riester, chargé du Commerce
#: extérieur et de l'Attractivité", "ses collègues de l'Économie et des Finances").
PORTFOLIO_REACH = 12

#: How many words before a chair the words naming it as a state's capacity are looked for
#: (cue kinds `capacity` and `capacity_filler` in each language's cues.tsv).
CAPACITY_REACH = 6


@lru_cache(maxsize=None)
def capacity_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words that name a chair as the capacity of the state named before them ("as",
    "étant", "en tant que"), and the articles and adjectives that may stand between ("the
    current", "le"), folded: the language's `capacity` and `capacity_filler` cues."""
    rows = table(lang, "cues")
    return (frozenset(fold(r["pattern"]) for r in rows if r["cue"] == "capacity"),
            frozenset(fold(r["pattern"]) for r in rows if r["cue"] == "capacity_filler"))


class TopicsAndOrganisations:
    """Topics and organisations for a draft event."""

    def _add_topics(self, draft: Draft, sent: Sentence, own: bool, matters: bool = False) -> None:
        """The topics a sentence gives an event: its own sentence's, or those of a sentence that
        tells on about it. `matters`: the sentence lists the event's matters (what a signed
        document is about), so its weak cues count as in talks."""
        names = [(x.start, x.end) for x in sent.titles + sent.organisations]
        commissions = [c for c in sent.cue("series") if c._.value in COMMISSIONS]
        institutions = sent.cue("institution")
        ministries = [x for x in sent.titles if x.label_ in MINISTER_ROLES]
        # A sentence that tells on about talks with a word that says what they were about ("les
        # parties ont discuté … des développements dans la région") lists their matters.
        # (So does one that tells the meeting again by its verb: "Sur place, le Président s'est
        # entretenu avec son homologue sur la situation sécuritaire …".)
        # (A verb of travel does not: "des stagiaires se rendent en France".)
        talk_words = sent.cue("discussed") + [
            t for t in sent.triggers
            if t.label_ == "CONSULT" and t.root.pos_ == "VERB" and "meet" in self._cues(t) and not self._cues(t) & TRAVEL_CUES]
        talks = bool(talk_words)
        missions = sent.cue("mission")
        # The older act a frame verb sets the news against ("The visit comes after the two states signed a trade
        # agreement", "Elle intervient après la signature d'un accord de défense"): its words tell background,
        # not what the event is about (coding/background.py, _framed_acts).
        framed = self._framed_acts(sent) if sent.cue("frame_verb") else set()
        # The title of a document signed names what it binds to, after its kind word ("signed an agreement on economic
        # and technical cooperation", "un accord relatif à la sécurité sociale"): its weak words tell the signing's matter.
        # (Not a name's topics, a state's or an organisation's: "Agreement between Kenya and Ghana", "… within the AU".)
        titles = [(c.end, self._title_end(c)) for c in sent.cue("document")] \
            if draft.event == "SUPPORT" and "sign" in draft.cues else []
        # (Where the talks' matters begin: the complement of the word that tells them, after it.)
        talk_start = min((w.start for w in talk_words), default=len(self.doc))
        for t in sent.topics:
            row = t._.value
            if t.start in framed:
                continue  # "… comes after X signed a trade agreement": the older act, background
            if any(a <= t.start < b for a, b in names):
                continue  # "ministre du Tourisme", "Islamic Organization for Food Security": a name
            if any(self._in_ministry_name(t, m) or self._in_portfolio_list(t, m) for m in ministries):
                continue  # "Ministre du Commerce, de l'Industrie et de l'Emploi": the portfolios of a title
            if any(x.start == t.end and not any(m.start <= x.start < m.end for m in missions) for x in sent.titles):
                continue  # "Defence Minister Rajnath Singh": the portfolio before a title is part of it
                # (not a mission's name: "consulat général", "consulate general")
            if self._in_portfolio(t, sent):
                continue  # "Gerd Müller, en charge de la Coopération économique": the field a person holds
            if any(self._in_commission_name(c, t) for c in commissions):
                continue  # "the intergovernmental commission on economic, industrial … cooperation": a name
            if t.label_ not in NAME_TOPICS and any(self._in_institution_name(i, t) for i in institutions):
                continue  # "le ministère des Finances", "the Bureau of Fisheries": an institution's name
            if row.get("strength") == "weak" and any(c.start <= t.start < c.end and c.label_ in draft.states
                                                     for c in sent.countries):
                continue  # "les ambassadeurs … de la Palestine": a state that takes part, not a matter discussed
            if row.get("strength") == "weak" and not (
                    ((draft.event == "CONSULT" or matters) and (own or talks or any(x._.value.get("strength") != "weak" for x in sent.topics)))
                    or (draft.event == "AGREE" and own and t.start > talk_start and t.root.pos_ != "VERB")
                    or (draft.event in CONTENTIOUS_TYPES and own and t.label_ in CONFLICT_TOPICS)
                    or ((draft.event == "AGREE" or "sign" in draft.cues) and own and t.label_ == STANDING_TOPIC
                        and draft.cameo != EMPATHY_CAMEO and t.start > draft.trigger.start and t.root.pos_ != "VERB")
                    or (draft.cameo == EMPATHY_CAMEO and own and t.label_ in TRAGEDY_TOPICS)
                    or (draft.event in OPENING_TYPES and own and t.label_ == OPENING_TOPIC and any(
                        m.start <= t.start < m.end for m in missions))
                    or (draft.event == "SANCTION" and own and row.get("act") == "armed")
                    or (t.label_ not in NAME_TOPICS and any(a <= t.start < b for a, b in titles))):
                # Weak cues ("sécurité", "attaque", a country's name) tell what talks were about, and
                # what a condemnation or a demand is about in its own sentence; so do they in a promise
                # whose sentence tells the talks ("will confer with his counterpart on regional
                # security", "ont évoqué les sujets sur lesquels ils sont convenus de travailler : …"):
                # in the words after the one that tells the talks, their complement (not "les efforts du
                # Liban en matière d'infrastructure … nous discuterons de ces projets"), though not a
                # verb of its journey ("will travel to Washington").
                continue
            if t.label_ not in draft.topics:
                draft.topics.append(t.label_)
        if own and draft.event in ARMED_MATTER_TYPES and "regional_issues" not in draft.topics \
                and any(c not in NON_STATE for c in draft.actor) and any(c not in NON_STATE for c in draft.recipient) \
                and any(t._.value.get("act") in (ARMED_WORDS if draft.event in CONTENTIOUS_TYPES else {"armed"})
                        and t.label_ in draft.topics for t in sent.topics):
            # A state that condemns another for an armed act, calls on it to end one, or sanctions it for one
            # ("l'attaque déclenchée par l'Iran contre Israël", "calls on Rwanda to withdraw its troops",
            # "sanctions over Moscow's invasion of Ukraine"): a conflict between
            # states is a regional question as well as a matter of security.
            draft.topics.append("regional_issues")

    def _in_portfolio(self, cue: Span, sent: Sentence) -> bool:
        """Whether a topic cue is in the field a person is named as holding: after words of charge
        ("chargé de", "en charge de", "responsible for") right after the person's name or title ("Franck
        Riester, chargé du Commerce extérieur", "le ministre délégué chargé de l'Économie numérique"), or
        after words that name the holders themselves ("ses collègues de l'Économie et des Finances"), with
        no verb, no other person and no stop between (the cues of kind `portfolio` in cues.tsv)."""
        holders = [(x.start, x.end) for x in sent.people + sent.titles]
        for c in sent.cue("portfolio"):
            if not 0 <= cue.start - c.end <= PORTFOLIO_REACH:
                continue
            if c._.value == "charge":
                before = c.start - 1 if c.start > 0 and self.doc[c.start - 1].text == "," else c.start
                if not any(end == before for _, end in holders):
                    continue  # "un groupe conjoint chargé d'élaborer …": no person's portfolio
            between = self.doc[c.end:cue.start]
            if any(t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in (",", "-", "'", "’")) for t in between):
                continue
            if any(c.end <= start < cue.start for start, _ in holders):
                continue  # "…, Yves Bastien, du commerce …": a name ends a portfolio
            return True
        return False

    def _in_commission_name(self, commission: Span, cue: Span) -> bool:
        """Whether a topic cue is in the name of a commission that comes before it, with only the
        words of a name between ("Intergovernmental Commission on Trade, Economic, Scientific,
        Technical and Cultural Cooperation", "commission mixte de coopération économique")."""
        if not 0 <= cue.start - commission.end <= COMMISSION_NAME:
            return False
        for tok in self.doc[commission.end:cue.start]:
            if tok.pos_ in NAME_POS or tok.text in (",", "-", "&"):
                continue
            if tok.pos_ == "ADP" and fold(tok.text) in self.words.title:
                continue
            return False
        return True

    def _in_institution_name(self, head: Span, cue: Span) -> bool:
        """Whether a topic cue written with a capital is in the name of an institution whose head
        word stands near, with only the capitalised words of a name and their links between: after
        the head and a preposition ("ministère des Finances et du Budget", "Qatar Foundation for
        Education, Science …") or before it ("Bureau … Fisheries … Office", "Trade Ministry")."""
        first = self.doc[cue.start]
        if not first.text[:1].isupper() or first.is_sent_start:
            return False
        if 0 < cue.start - head.end <= INSTITUTION_NAME:
            between = self.doc[head.end:cue.start]
            if fold(between[0].text) not in self.words.title:
                return False
        elif 0 <= head.start - cue.end <= INSTITUTION_NAME:
            between = self.doc[cue.end:head.start]
            if not self.doc[head.start].text[:1].isupper():
                return False
        else:
            return False
        return all(tok.text in (",", "&", "-") or tok.pos_ == "DET" or fold(tok.text) in self.words.title
                   or tok.text[:1].isupper() for tok in between)

    def _matter_organisations(self, draft: Draft) -> list[str]:
        """The event's organisations that its sentences name as something in its own right, not
        only as an office a person holds or a membership ("Lourenço, président en exercice de
        l'Union africaine", "the chairperson of the AU", "UN High-Representative", "two member
        States of the CPLP", "Foreign and Commonwealth Affairs Secretary"). An organisation no
        sentence of the event names (the framework of a summit) counts as named."""
        named_as_office: dict[str, bool] = {}
        for i in draft.sentences:
            sent = self.sentences[i]
            before, after = sent.cue("office_of"), sent.cue("office_word")
            previous = None
            for o in sent.organisations:
                if previous is not None and 0 <= o.start - previous[0].end <= 1:
                    office = previous[1]  # "… of the African Union (AU)": the same mention
                else:
                    office = any(0 <= o.start - c.end <= OFFICE_GAP for c in before) or any(
                        0 <= c.start - o.end <= OFFICE_GAP - 1 for c in after)
                named_as_office[o.label_] = named_as_office.get(o.label_, True) and office
                previous = (o, office)
        return [o for o in draft.organizations if not named_as_office.get(o, False)]

    def _settle_acting_organisation(self, draft: Draft) -> None:
        """Record the organisation that acts alone (`org_actor` with no state in `actor`) as the
        event's `org`, and take it out of its organisations: the body that condemns, calls on,
        decides, offers condolences or sends its envoy to a state is the event's actor, not its
        framework (DESIGN: organisations are the frameworks of the event). Where it meets with
        no state across (the Security Council met, a committee's video conference) and where a
        text is adopted, the gathering is its own: it stays. So does a forum (G7, G20, BRICS): it
        has no body of its own, what it says its members say within it ("the G7 ministers called
        for …")."""
        if not draft.org_actor or draft.actor:
            return
        draft.org = draft.org or next(
            (o for o in draft.organizations if (self.orgs.get(o) or {}).get("actor_code") == draft.org_actor), None)
        if draft.org is None or (draft.event == "CONSULT" and not draft.recipient) or "sign" in draft.cues \
                or (self.orgs.get(draft.org) or {}).get("kind") == "forum":
            return
        draft.organizations = [o for o in draft.organizations if o != draft.org]

    def _chair_held(self, org: Span, sent: Sentence) -> bool:
        """Whether an organisation is named as the chair a state's leader holds ("le roi, président
        du Comité Al-Qods", "Kagame, chairperson of the African Union (AU)", "AU chairperson"):
        the leader acts for the state, not within the organisation."""
        before = [c for c in sent.cue("office_of") if c._.value == "chair"]
        after = [c for c in sent.cue("office_word") if c._.value == "chair"]
        chair = next((c for c in before if 0 <= org.start - c.end <= OFFICE_GAP), None) \
            or next((c for c in after if 0 <= c.start - org.end <= OFFICE_GAP - 1), None)
        if chair is None:
            mention = next((m for m in sent.organisations if m.label_ == org.label_ and 0 < org.start - m.end <= 1), None)
            return mention is not None and self._chair_held(mention, sent)  # "… of the African Union (AU)": the same
        if self._held_as(chair, sent):
            return True
        # The chair is a leader's when it stands in apposition to a leader's title, with no verb
        # between ("Le roi Mohammed VI, président du …", "President Kagame, who is also the
        # chairperson of …"; not "Le président sénégalais a reçu le président de la Commission de l'UA").
        return any(t.label_ in LEADER_ROLES and 0 <= chair.start - t.end <= LEADER_REACH
                   and not any(w.pos_ == "VERB" for w in self.doc[t.end:chair.start]) for t in sent.titles)

    def _in_ministry_name(self, org: Span, title: Span) -> bool:
        """Whether an organisation (or a topic cue) is part of a minister's title: inside it, or in the complements
        that run on from it with no verb between ("ministre des Affaires maghrébines, de l'Union
        africaine et de la Ligue des États arabes", "Minister of State for African Union Affairs")."""
        root = title.root
        if is_plural(root):
            return False  # "le Conseil des ministres de la COI", "the foreign ministers of ECOWAS": the body
        if title.start <= org.start < title.end:
            return True
        if not 0 <= org.start - title.end <= MINISTRY_TAIL or root not in org.root.ancestors:
            return False
        # Only the links of a ministry's name between ("Minister for Guyana's vote in the OAS" is no ministry).
        portfolio = portfolio_words(self.lang)
        named = {i for o in self.doc.spans.get("organisations", []) for i in range(o.start, o.end)}
        return all(t.pos_ in ("ADP", "DET", "CCONJ") or t.text == "," or fold(t.text) in portfolio or t.i in named
                   for t in self.doc[title.end:org.start])

    def _in_portfolio_list(self, cue: Span, title: Span) -> bool:
        """Whether a topic cue is the last field or a later one of the list of portfolios a minister's title runs on
        with ("le ministre burundais de la Jeunesse, des Sports et de la Culture", "the Minister of Youth, Sports,
        Arts and Culture"): only the fields' nouns and adjectives and the links of a list between, no verb, no
        clause and no other stop (not "le ministre de la Culture, avec qui il a évoqué le commerce")."""
        root = title.root
        if is_plural(root):
            return False  # "les ministres de …": a body, whose matters may follow
        if not 0 <= cue.start - title.end <= PORTFOLIO_LIST or root not in cue.root.ancestors:
            return False
        between = self.doc[title.end:cue.start]
        if not any(t.text == "," or t.pos_ == "CCONJ" for t in between):
            return False  # a list: the older rule (_in_ministry_name) judges a single field
        return all(t.pos_ in ("ADP", "DET", "CCONJ", "NOUN", "PROPN", "ADJ") or t.text in (",", "-")
                   for t in between) and self.doc[cue.start - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT")

    def _held_as(self, chair: Span, sent: Sentence) -> bool:
        """Whether a chair is named as the capacity of the state named right before ("Malaysia, as
        the chair of ASEAN, called …", "le Sénégal étant le président de l'UA"): the state's turn
        at the chair, not the event's framework. (Not a capacity said of something else: "India's
        priorities as President of G20" tells what the talks were about.)"""
        capacities, fillers = capacity_words(self.lang)
        start = chair.start
        while start > 0 and start > chair.start - CAPACITY_REACH and fold(self.doc[start - 1].text) in fillers:
            start -= 1
        for n in (3, 1):
            words = [fold(t.text) for t in self.doc[max(start - n, 0):start]]
            if len(words) == n and " ".join(words) in capacities:
                end = start - n
                if end > 0 and self.doc[end - 1].text == ",":
                    end -= 1
                return any(c.end == end and not self._is_place(c) for c in sent.countries)
        return False
