"""Stage 2: states, sides and direction. Which states act in an event and which receive it:
from the people's titles, the states named in the sentence that are not places or topics; the
direction of a meeting (who visits whom) is `visits.py`'s, and where a state named in the sentence
stands (the other side, a topic after "between", a place or a scene) is `state_roles.py`'s.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..recognising.lexicon import fold
from ..recognising.people import Person
from .clauses import ClauseRoles
from .context import DIRECTED_TYPES, NON_STATE, Draft, Sentence, dedupe
from .officials import OfficialsStates
from .state_roles import StateRoles
from .visits import VisitsAndHosts
from .tables import ADDRESSED_SUPPORT_CAMEOS
from .topics import OFFICE_GAP


#: How many heads up the parse an organisation's name may hang in a gathering's noun phrase
#: ("the summit of heads of state and government of the SADC": English counts the prepositions).
GATHERING_PHRASE_STEPS = 8


class SidesAndDirection(StateRoles, VisitsAndHosts, OfficialsStates, ClauseRoles):
    """Who acts and who receives, for a draft event in its sentence."""

    def _assign_states(self, draft: Draft, sent: Sentence) -> None:
        trig = draft.trigger
        if self._is_directed_type(draft):
            # "congratulated him and praised …": who says it to whom is told around the first
            # word of the act, not around a later verb of the same act.
            trig = min([t for t in sent.triggers if t.label_ == draft.event] + [trig], key=lambda t: t.start)
        before, after, places, bystanders = [], [], [], []
        people_states = []
        mediation = self._mediation_zone(draft, sent)
        for p in sent.people:
            person: Person = p._.value
            if p.root.i in mediation:
                continue  # the mediator of the act, no side of it
            apposed = self._apposed_org_official(p, sent) if not person.org else None
            if apposed is not None:
                # (The person is the document's: once told an organisation's official, he is one
                # in every event, and a participant of no state.)
                person.role, person.org, person.country = "org_head", apposed, None
            if self._person_excluded(sent, p):
                continue
            if draft.event in ("AGREE", "CONSULT") and self._in_a_comparison(p, sent):
                continue  # "will make a visit like President Yoon did in Japan": another's act
            if person.role == "org_head" and person.org:
                # The head of an organisation speaks for it, not for the state of his birth: in
                # talks, the organisation is a side ("the first meeting was with the UN High
                # Representative" is UNO's); acting alone, see `draft.org_actor` below.
                if draft.event == "CONSULT":
                    row = self.orgs.get(person.org)
                    people_states.append((p.start, (row or {}).get("actor_code") or "IGO"))
                continue
            if person.country and person.country not in NON_STATE:
                people_states.append((p.start, person.country))
        people_states += [(pos, c) for pos, c in self._unnamed_offices(sent) if pos not in mediation]
        subject_zone = self._subject_zone(trig)
        # (Not a meeting or a promise: the members meet and promise one another, and the text
        # names them as states.)
        organisation = self._organisation_subject(trig, sent) if self._is_directed_type(draft) else None
        if organisation is not None:
            # "The 15-member Council strongly condemned …", "Members of the UN Security Council
            # condemned …": the organisation acts, and no state; one named elsewhere in the
            # sentence is not its doer, nor is the document's pair.
            self._organisation_acts(draft, organisation, "rule:sides.organisation_subject")
        elif self._is_directed_type(draft) and self._is_passive(trig) \
                and (organisation := self._organisation_agent(trig, sent)) is not None:
            # "L'incident de tirs israéliens a été dénoncé par l'ONU", "were condemned by the
            # African Union": the organisation in the agent does the act; the states named
            # undergo it, and the document's pair does not stand in for its doer.
            self._organisation_acts(draft, organisation, "rule:sides.organisation_agent")
        if subject_zone is None and self._is_directed_type(draft) and self._plural_pronoun_subject(trig, shared=True) \
                and not self._is_passive(trig):
            # "They welcomed Syria's cooperation but criticised Iran": "they" are a group the
            # sentence does not name; a state before the verb is not its doer.
            subject_zone = (trig.start, trig.start)
        # For an act one side does to another, a state between its doer and the act is the one
        # acted upon ("France assures Israel of its solidarity").
        object_start = None
        if self._is_directed_type(draft):
            doer = None if subject_zone else self._doer_zone(trig)
            zone = subject_zone or (doer[:2] if doer else None)
            doers = [c for c in sent.countries if zone and zone[0] <= c.start < zone[1]]
            doers += [pos for pos, _ in people_states if zone and zone[0] <= pos < zone[1]]
            if doers:
                # (After a relative pronoun's antecedent, the sentence's other side receives:
                # "X received a call from Y, who congratulated him".)
                subject_zone, object_start = zone, (sent.span.start if doer and doer[2] else zone[1])
        # "Avant de se rendre au palais, la ministre rwandaise s'est entretenue avec …": an
        # infinitive clause that opens the sentence shares the subject that follows it, who does
        # its act too. (Not a participle: "Accueilli par …, le président" undergoes it.)
        fronted = subject_zone is not None and trig.end <= subject_zone[0] and (
            "Inf" in trig.root.morph.get("VerbForm") or self._inverted_subject(trig))
        attack = self._condemned_attack(draft, sent, trig)
        described, behalf = [], []
        for c in sent.countries:
            if self._in_dateline(c) or c.root.i in mediation or self._residence(c, sent) or self._posting(c, sent):
                continue
            if self._in_news_source(c, sent):
                continue  # "according to Singapore's Straits Times, Japan and the Philippines signed …"
            if draft.event == "AGREE" and self._departure(c, sent):
                continue  # "left Tokyo for Washington, where he will meet …": where he comes from
            if draft.event in ("AGREE", "CONSULT") and self._in_a_comparison(c, sent):
                continue
            if draft.event == "AGREE" and self._venue_of_a_meeting_on_the_margins(c, sent):
                continue  # "flies to Peru, where he will meet Xi on the sidelines of the APEC summit"
            if self._is_directed_type(draft) and self._channel_state(c, sent):
                continue  # "will lodge a protest over the missile test through China": the channel
            if attack is not None and c.start > attack.i and not self._attack_doer(c, attack):
                # "condenó el atentado perpetrado en Kabul, capital de Afganistán": a state named
                # after the attack is where it happened or whom it hit, not the one condemned.
                described.append(c.label_)
                continue
            if draft.event != "AID" and self._matter_of(c):
                # "ont évoqué la guerre en Ukraine", "to support the peace process in Afghanistan":
                # the state where the matter lies is what is talked of, not where or with whom.
                # (Aid for "the crisis in Sudan" goes there: `places` gives it its receiver.)
                described.append(c.label_)
                continue
            if self._is_directed_type(draft) and self._in_an_older_act(c, trig, sent):
                described.append(c.label_)
                continue  # "called on Tehran to de-escalate following an attack on a US base": the occasion
            if self._object_of_anothers_act(c, trig, sent):
                # "opposed to US arms sales to Taiwan": where another's act goes, no place of this one
                # (and not acted upon, see below).
                described.append(c.label_)
                continue
            if self._is_place(c) and not (draft.event == "SUPPORT" and draft.cameo in ADDRESSED_SUPPORT_CAMEOS
                                          and self._support_addressed(c, trig)):
                if not self._in_other_clause(c, trig):
                    places.append(c)
                continue
            if self._names_no_actor(c) or self._in_scene(c, sent) or self._org_head_nationality(c, sent) \
                    or self._org_head_remit(c, sent):
                continue
            if any(self._person_excluded(sent, p) and p.start <= c.start <= p.end + 8 for p in sent.people):
                continue
            if self._object_of_anothers_act(c, trig, sent):
                described.append(c.label_)
                continue  # "sanctions over Moscow's invasion of Ukraine": Ukraine is not sanctioned
            if fronted and subject_zone[0] <= c.start < subject_zone[1]:
                before.append(c)  # the subject of a clause the act's own clause opens (see `fronted`)
                continue
            if self._is_directed_type(draft) and self._on_behalf_of(c, sent):
                behalf.append(c)  # (see below)
                continue
            if c.start < trig.start:
                if object_start is not None and c.start >= object_start and not self._qualifies(c, trig) \
                        and not subject_zone[0] <= c.start < subject_zone[1]:
                    after.append(c)
                    continue
                if subject_zone is not None and not (subject_zone[0] <= c.start < subject_zone[1]):
                    bystanders.append(c.label_)
                    continue  # before the verb but outside its subject ("Ahead of talks on X, …")
                before.append(c)
            elif self._between_topic(c, sent, trig):
                continue  # "the exchange of prisoners between Ukraine and Russia": a topic
            elif self._in_a_consequence_clause(c, trig, sent):
                described.append(c.label_)
                continue  # "signed a deal, prompting Greece to protest": Greece reacts to the act
            elif self._is_directed_type(draft) and draft.event != "AID" and (self._in_other_clause(
                    c, trig, descriptions=True) or self._in_a_subordinate_clause(c, trig)) \
                    and not self._after_agent_word(c) and not self._praised_document_party(c, sent, trig):
                continue  # "the end of the blockade of the corridor linking Armenia to …": a description
            elif draft.event == "SUPPORT" and "sign" in draft.cues and (
                    self._in_other_clause(c, trig) or self._in_a_subordinate_clause(c, trig)):
                # "adopted the framework as they voiced concern over North Korea's programme", "a
                # signé l'accord, que la Russie a critiqué": a state in a clause of its own after the
                # signing tells its time, cause or sequel, and signs nothing (its consequence, "signed
                # a deal, prompting Greece to object", is set aside above for every act). (Not a clause
                # that describes the document: "an agreement establishing relations with Peru".)
                continue
            elif draft.event not in ("CONSULT", "AGREE") or "host" in draft.cues or self._is_counterpart_state(c, sent) \
                    or (draft.event == "CONSULT" and any(trig.end <= a.start < c.start for a in sent.cue("attendance"))):
                # ("The video conference was attended by representatives of X, Y and Z": those listed
                # as taking part are its sides, as `_elaborate` reads them in a later sentence.)
                # After "received", a state is the visitor's ("a delegation of the Kazakh parliament").
                after.append(c)
        # An organisation speaking through its head ("the Secretary-General condemns …").
        heads = [(p.start, p._.value) for p in sent.people]
        heads += [(t.start, person) for t in sent.titles for person in self._titled_references(sent)
                  if person.title and fold(t.text) in fold(person.title)]
        for start, person in heads:
            if person.role == "org_head" and person.org and start < trig.start:
                row = self.orgs.get(person.org)
                draft.org_actor = row["actor_code"] if row else "IGO"
        subject = [c.label_ for c in before] + [s for pos, s in people_states if (pos < trig.start or fronted) and (
            subject_zone is None or subject_zone[0] <= pos < subject_zone[1])]
        objects = [c.label_ for c in after] + [s for pos, s in people_states if not (
            fronted and subject_zone[0] <= pos < subject_zone[1]) and (pos >= trig.start or (
                object_start is not None and object_start <= pos and not subject_zone[0] <= pos < subject_zone[1]))]
        sides = sent.cue("sides")
        subject, objects = dedupe(subject), [c for c in dedupe(objects) if c not in subject]
        if not subject and not draft.org_actor and (subject := self._sides_after_between(draft, trig, after)):
            objects = [c for c in objects if c not in subject]  # "a prisoner swap between X and Y"
        parties = self._document_parties(sent, trig)
        if parties and set(parties) <= set(subject + objects):
            # "Greece is following closely the signing of a memorandum between Libya and Turkey": the
            # document's parties sign it; a state outside them watches, reacts or hosts.
            subject, objects = [c for c in subject if c in parties], [c for c in objects if c in parties]
        # "a annoncé une contribution au Sommet humanitaire mondial à Istanbul, en Turquie": the
        # state where a gathering sits is no side of an act told there (DESIGN.md: a summit's
        # venue is no participant), neither the state of an office that names none nor the receiver.
        venues = [c for c in places if self._venue_of_gathering(c, sent)] \
            if self._is_directed_type(draft) and draft.event != "CONSULT" else []
        # (Nor where what is sent heads: "Two military planes left … bound for El Arish airport in
        # Egypt with aid for the Palestinians" are not Egypt's planes.)
        subject, objects = self._sector_sides(draft, sent, subject, objects, subject_zone, [
            c for c in places if c not in venues and not (self._is_directed_type(draft) and self._heading_to(c, sent))])
        possessor = self._possessor_state(trig, sent) if self._is_directed_type(draft) else None
        if possessor is not None:
            # "Russia's invasion of Ukraine", "China's trade sanctions", "convey Pakistan's strong
            # protest": the state that owns the act's noun does it, not the sentence's subject
            # (who only tells of it: "Kenya called Russia's withdrawal a stab in the back").
            subject, objects = [possessor], [c for c in objects if c != possessor]
            draft.note("direction", None, trig, "rule:sides.possessor_acts")
        if behalf and possessor is None:
            # "présente ses condoléances au peuple israélien, au nom du gouvernement et du peuple
            # français", "on behalf of the government and people of Kenya": the state in whose name
            # one acts does the act, wherever the sentence names it; the others named receive it.
            states = dedupe([c.label_ for c in behalf])
            subject, objects = states, [c for c in dedupe(subject + objects) if c not in states]
            for c in behalf:
                draft.note("actor", c.label_, c, "rule:sides.on_behalf_of")
        if draft.org_actor:
            subject = [c for c in subject if c not in objects]
        left = self._left_behind(sent) if "visit" in draft.cues else []
        if left:
            # "Following her visit to Qatar, she will travel to Iran": Qatar is where she comes
            # from, no side of the journey (whoever the parser made it the subject of).
            subject = [c for c in subject if c not in left]
            objects = [c for c in objects if c not in left]
        counted = self._counted_states(sent, trig, subject_zone) if not subject and not draft.org_actor else []
        if counted:
            # "Le Burkina Faso, le Mali et le Niger ont annoncé … Les trois États dénoncent …": the
            # states the counted subject refers back to act, not one of the document's pair.
            subject, objects = counted, [c for c in objects if c not in counted]
            draft.note("actor", counted[0], sent.cue("counted_sides")[0], "rule:sides.counted_collective")
        if draft.event == "AGREE" and not subject and not draft.org_actor:
            # "Le président français … . Il participera jeudi au sommet", "La France salue … .
            # Elle est prête à y apporter son soutien": a plan or an offer whose subject is "il",
            # "elle", "he", "she" is made by whom the sentence before had for subject.
            pronoun = self._personal_pronoun_subject(trig)
            if pronoun is not None:
                subject = [c for c in self._pronoun_antecedent_states(sent) if c not in objects]
                if subject:
                    draft.note("actor", subject[0], self.doc[pronoun.i:pronoun.i + 1], "rule:sides.pronoun_antecedent")
        # "The parties", "both sides": the sides of the meeting in focus, else the document's pair.
        parties = self.focus.ordered_states if self.focus is not None and self.focus.states else list(self.pair)
        if self.focus is not None:
            parties = [c for c in self.focus.actor + self.focus.recipient]
            states_met = [c for c in parties if c not in NON_STATE]
            if draft.event == "AGREE" and len(states_met) >= 2:
                # "the parties agreed to convene another meeting" after talks an organisation
                # convened between states: the parties are the states it brought together, not
                # the organisation that mediates (DESIGN: a plan's sides, not a mediator).
                parties = states_met
        gathered = self._organisation_meeting(trig, sent) if draft.event == "CONSULT" and not (
            subject or objects or draft.org_actor) else None
        if gathered is None and draft.event == "CONSULT" and not (subject or objects or draft.org_actor or sides) \
                and (self.focus is None or self.focus.event != "CONSULT"):
            # "Le 64e sommet des chefs d'État de la CEDEAO s'est ouvert", "the Joint Communique of
            # the ASEAN Foreign Ministers' Meeting stated": a gathering of an organisation's members,
            # none of them named as a state; the document's pair, told of elsewhere, is not its side.
            # (Not after a meeting told with its states: "Cette 38e session du Conseil des ministres
            # de la COI" after "le Conseil … a réuni les ministres des Comores, de France …" is that one.)
            gathered = self._gathering_organisation(sent)
        focus = self.focus
        if gathered is None and draft.event == "CONSULT" and not (subject or objects or draft.org_actor or sides) \
                and focus is not None and focus.event == "CONSULT" and focus.org_actor and not focus.states:
            # "The 52nd AMM and related meetings are being held in Bangkok": no state named, after
            # an organisation's gathering told with none, the text tells more of that gathering.
            draft.org_actor = focus.org_actor
            draft.organizations = dedupe(draft.organizations + focus.organizations)
        if gathered is not None:
            # "Foreign Ministers of the Group of Seven wrapped up their meeting, calling for the
            # withdrawal of Russian troops from Ukraine": the members of an organisation meet, and
            # the text names none of them as a state; the document's pair is what they talked about.
            # (The gathering is the organisation's own, as when the Security Council meets.)
            self._organisation_acts(draft, gathered, "rule:sides.organisation_meeting")
        elif not subject and not objects and not draft.org_actor and (sides or draft.event in ("CONSULT", "AGREE", "SUPPORT")):
            # Without states, people or "the parties", only a meeting falls back on the document's pair;
            # a plan or a claim with no one named is someone else's ("the Security Council will discuss").
            # (Not a plan either, except a numbered round of a bilateral mechanism, whose sides
            # are the document's pair: "La 27e session de la Commission mixte sera l'occasion de
            # …"; not a summit, which many attend.)
            # Nor a plan told by a passive with no agent ("Des visites de haut niveau seront
            # effectuées", "une réunion des experts sera organisée", "will be held"): no one else
            # is named to do it, so it is the pair's, as its meeting would be.
            # (Nor the pair when the text is telling of an event with its sides: "the meeting",
            # "the talks" told with no state are that event's, whose sides the parties are.)
            told = parties if self.focus is not None and len(set(parties)) >= 2 else list(self.pair)
            subject = parties if sides else (told if draft.event != "AGREE" or (
                "multilateral" not in draft.cues and len(self.pair) == 2 and (
                    ("series" in draft.cues and self._ordinal_before(draft.trigger))
                    or self._subject_of_agentless_passive(draft.trigger))
                or (told is parties and self._plan_of_the_meeting_told(draft.trigger, sent))) else [])
            rule = "rule:sides.the_parties" if sides else (
                "rule:sides.event_in_focus" if told is parties else "rule:sides.document_pair")
            for c in subject:
                draft.note("state", c, sides[0] if sides else None, rule)
        elif sides and len(subject) + len(objects) < 2 and draft.event in ("CONSULT", "AGREE", "SUPPORT") \
                and organisation is None:
            # One side named ("with the Ethiopian minister, … between the two countries"): the other
            # is the protagonist, the state in most of the events told so far.
            known = subject + objects
            met = [c for c in parties if c not in NON_STATE]
            if draft.event == "AGREE" and known and self.focus is not None and len(met) >= 3 \
                    and all(c._.value == "all" for c in sides):
                # "the ministers", "les parties" (no "two", "both") after an event of three states
                # or more: all of them make the plan ("The foreign ministers of Egypt, Ethiopia and
                # Sudan agreed … after talks the US hosted, the ministers said they would attend
                # further meetings in Washington"). (Only plans: the confidence of other types so
                # sided is not fitted for it.)
                added = [c for c in met if c not in objects and c not in subject]
                rule = "rule:sides.the_parties"
            elif known and (pair := next((p for c in sides if (p := self._pair_referred_to(sent, c, known))), [])):
                # "The UAE thanked both governments" after a swap between the US and Russia: the
                # pair the words count is the two states told last together, not the protagonist.
                added, rule = pair, "rule:referents.pair_told_before"
            elif known and self.focus is not None:
                added = [c for c in self._protagonist_states(known)[:1] if c not in subject]
                rule = "rule:sides.protagonist"
            else:
                added = [c for c in parties if c not in objects and c not in subject]
                rule = "rule:sides.the_parties"
            if subject and draft.event != "CONSULT" and all(c.start >= trig.end for c in sides):
                # "The ministry thanked both governments": counted after the act, with its doer
                # named, the pair is whom the act is aimed at, not a co-author of it.
                objects = dedupe(objects + [c for c in added if c not in subject])
            else:
                subject = dedupe(subject + added)
            for c in added:
                draft.note("state", c, sides[0], rule)

        if draft.event == "CONSULT" and len(set(subject + objects)) == 1 and self.focus is not None \
                and (self.focus.event == "CONSULT" or any(t.label_ == "counterpart" for t in sent.titles)):
            # "With the Beninese minister, the talks covered …": the other side is the protagonist;
            # so is the side of "son homologue russe" whoever the text told of before ("Elle a
            # rencontré son homologue russe" after "la cheffe de la diplomatie burkinabè").
            added = [c for c in self._protagonist_states(subject + objects)[:1] if c not in subject]
            subject = dedupe(subject + added)
            for c in added:
                draft.note("state", c, None, "rule:sides.protagonist")
        cues = draft.cues
        place_state = places[0].label_ if places else None
        if places:
            draft.place = (self._named_place(places[0]), places[0].label_)
        if draft.event == "CONSULT":
            self._consult_direction(draft, sent, subject, objects, place_state)
        elif self._is_directed_type(draft):
            draft.directed = True
            summoned = self._summoned_states(sent) if "summon" in cues else []
            if summoned:
                # "Die Türkei hat den deutschen Botschafter einbestellt": the state of the ambassador
                # summoned receives the protest, wherever the verb stands (German puts it last, and
                # without a parser every state would be read as a doer).
                # With no other state named, the summoning is done where it happens ("in Wien
                # einbestellt", "the ambassador in Ankara"), else by the document's other state.
                subject = [c for c in subject + objects if c not in summoned] or [
                    c for c in dedupe([p.label_ for p in places] + list(self.pair)) if c not in summoned][:1]
                objects = summoned
                draft.note("direction", None, trig, "rule:sides.summoned_ambassador_receives")
            elif senders := self._states_at(self._receipt_sources(trig, sent), sent, people_states):
                # "The embassy received a protest note from Uganda": the source does the act.
                subject, objects = senders, [c for c in dedupe(subject + objects) if c not in senders]
                draft.note("direction", None, trig, "rule:sides.receipt_source")
            elif draft.event == "RETREAT" and trig.root.pos_ == "NOUN" \
                    and (holder := self._holding_state(trig, sent)) is not None:
                # "La Côte d'Ivoire a annoncé la libération de deux gendarmes arrêtés au Burkina Faso":
                # the state that held them frees them; who announces it had them freed.
                subject, objects = [holder], [c for c in dedupe(subject + objects) if c != holder]
                draft.note("actor", holder, trig, "rule:sides.holding_state_frees")
            elif (agents := self._agent_states(trig, after)) and (self._is_passive(trig) or trig.root.tag_ == "VBN"):
                # "1,600 individuals have been sanctioned by the UK in response to Russia's
                # invasion", "detainees released by Saudi Arabia": the states of the agent ("by",
                # "par") do the act, the others named undergo it.
                # (A state in the agent of another verb does that verb: "attacked by Greece and
                # criticised by Egypt" -- Greece is not criticised.)
                others = {c.label_ for c in before + after if self._in_an_agent(c)}
                subject, objects = agents, [c for c in subject + objects if c not in agents and c not in others]
                draft.note("direction", None, trig, "rule:sides.passive_agent")
            elif self._is_passive(trig) and not (draft.event == "MOBILIZE" and before):
                # "The ambassador was summoned by the minister": the subject undergoes the act and
                # the agent ("by", "par") does it, else the other state of the document's pair.
                # (Not forces moved: "2,000 Russian troops have been deployed" are Russia's own.)
                # (Nor the impersonal "it" that stands for a clause: "It has been requested that the
                # U.S. authorities conduct an inquiry" asks the United States; its states stay put.)
                if not self._impersonal_passive(trig):
                    subject, objects = [c for c in objects if c not in subject], subject
                draft.note("direction", None, trig, "rule:sides.passive_agent")
                holder = self._holding_state(trig, sent) if not subject and draft.event == "RETREAT" else None
                if holder is not None:
                    # "Les gendarmes ivoiriens détenus au Burkina Faso ont été libérés": the state
                    # that held them frees them.
                    subject, objects = [holder], [c for c in objects if c != holder]
                    draft.note("actor", holder, trig, "rule:sides.holding_state_frees")
                if not subject and objects and not draft.org_actor:
                    # (Not the mediator: "ont été libérés grâce à la médiation du président togolais".)
                    mediators = {c.label_ for c in sent.countries if c.root.i in mediation} | {
                        p._.value.country for p in sent.people if p.root.i in mediation}
                    subject = [c for c in self.pair if c not in objects and c not in mediators][:1]
            elif (noun_sides := self._noun_participle_sides(trig, sent.countries))[0]:
                # "la campagne de solidarité lancée par le Sénégal en faveur de la Gambie", "the aid
                # sent by Japan to Lebanon": the agent of a participle on the act's own noun does
                # the act, and the others named receive it.
                doers, receivers = noun_sides
                subject, objects = doers, dedupe([c for c in subject + objects if c not in doers] + receivers)
                draft.note("direction", None, trig, "rule:sides.agent_of_the_act_noun")
            else:
                # "condemned the attack launched by Iran against Israel": who is condemned is the
                # one who did what the act is about, named after "by".
                agents = [c.label_ for c in after if self._after_agent_word(c)]
                if agents:
                    objects = [c for c in objects if c in agents]
                    draft.note("direction", None, trig, "rule:sides.agent_of_what_is_condemned")
            # (Not for "they": a plural subject is a group, whose states the sentence would name;
            # one state of the document's pair is not it: "They condemned …" after "G7 ministers".)
            # Nor for "a handful", "most countries": states the sentence does not name.
            fallback = draft.event in ("ACCUSE", "SUPPORT") and not draft.org_actor and not self._plural_pronoun_subject(
                trig, shared=True) and not self._quantity_subject(trig, sent)
            if attack is not None and not subject:
                # "أدانت الخارجية المصرية الهجوم …", "condena el Gobierno de Chile el atentado": a
                # doer named after the verb comes before the attack it condemns.
                subject = dedupe([c.label_ for c in after if c.start < attack.i] + [
                    s for pos, s in people_states if trig.start <= pos < attack.i])
                subject = [c for c in subject if not any(self._attack_doer(x, attack) for x in after if x.label_ == c)]
                objects = [c for c in objects if c not in subject]
            group = self._group_referred_to(draft, trig, sent) if not subject else []
            if group:
                # "The G7 ministers, representing Canada, France, … met in Charlevoix. … They
                # condemned Hamas for its attacks": "they" refers back to the group that acted
                # before, the states of a gathering of three or more that the text named; a
                # gathering's statement to the world is its members' act (not words said to one
                # another inside talks between two sides, which a pair of states would be).
                subject, objects = group, [c for c in objects if c not in group]
                draft.note("actor", group[0], trig, "rule:sides.they_the_group")
            # (Nor is a state an attack is told of: its place, its victim or its doer.)
            # (Nor a state another's act was done to: "Peru's occupation of the Bolivian post".)
            unfit = described + objects if attack is not None else described
            draft.actor = subject or (self._pair_doer(objects, unfit, after) if fallback else [])
            draft.recipient = [c for c in objects if c not in draft.actor]
            if not draft.recipient and draft.event in ("REJECT", "REQUEST", "AGREE"):
                # Ruling out, asking for or promising a visit: its destination receives it.
                draft.recipient = [c for c in self._destinations(sent) if c not in draft.actor]
            if draft.event == "AID" and not draft.recipient:
                # Aid goes to where it is sent: "relief to those affected in Turkey and Syria"; a
                # place it passes through ("flown to El Arish in Egypt for Palestinians") is not a receiver.
                draft.recipient = dedupe([c.label_ for c in places if c.label_ not in draft.actor and c not in venues])
            if draft.event == "SANCTION" and not draft.recipient and not places:  # "a rappelé son ambassadeur"
                draft.recipient = self._envoys_host(draft)
            if draft.event == "AID" and not draft.recipient:
                # "X and Y confirmed that X delivered aid to the victims": the other state receives.
                draft.recipient = [c for c in dedupe(bystanders) if c not in draft.actor][:1]
        elif draft.event == "AGREE" and ("visit" in cues or "host" in cues):
            self._consult_direction(draft, sent, subject, objects, place_state)
        else:
            if draft.event == "AGREE" and len(subject) >= 2:
                # "The US and Vietnam agreed to … as it has with China": the sides that agree are
                # its subject; a state named after the agreeing word is what they agreed about.
                objects = []
            draft.actor = dedupe(subject + objects)
        for c in sent.countries:
            if c.label_ in draft.states and c.label_ not in draft.entity_spans:
                draft.entity_spans[c.label_] = (c.text, c.start_char, c.end_char)

    def _organisation_acts(self, draft: Draft, organisation: Span, rule: str) -> None:
        """The organisation a mention names does the act: its actor code, the event's organisations,
        and a note of the rule that found it."""
        row = self.orgs.get(organisation.label_)
        draft.org_actor = row["actor_code"] if row else "IGO"
        draft.organizations = dedupe(draft.organizations + [organisation.label_])
        draft.note("actor", draft.org_actor, organisation, rule)

    def _organisation_meeting(self, trigger: Span, sent: Sentence) -> Span | None:
        """The organisation whose members hold a meeting, when the subject of the meeting's verb is
        a plural that names it and no state, person of a state or title of a state ("Foreign
        Ministers of the Group of Seven wrapped up their meeting", "ASEAN foreign ministers met in
        Jakarta")."""
        zone = self._acting_zone(trigger)
        if zone is None:
            return None
        start, end, head = zone
        if "Plur" not in self.doc[head].morph.get("Number"):
            return None  # one person, "the UN chief": an office-holder, whose own rules place him
        told = sent.countries + [p for p in sent.people if p._.value.country] + [
            t for t in sent.titles if t._.value.country]
        if any(start <= s.start < end for s in told):
            return None
        return next((o for o in self.doc.spans.get("organisations", []) if start <= o.start < end), None)

    def _gathering_organisation(self, sent: Sentence) -> Span | None:
        """The organisation of states whose own gathering the sentence names: its name is in the
        noun phrase of a gathering's word ("le sommet des chefs d'État de la CEDEAO", "the summit
        of heads of state of the Southern African Development Community", "the ASEAN Foreign
        Ministers' Meeting"). Not a gathering "on the margins of" which others meet ("en marge du
        sommet de l'UA") or that someone attends ("to attend the ECOWAS summit"), nor one in a
        sentence that names someone of a state or a state as an actor, nor a body of people (a
        non-governmental one), nor an organisation named as someone's office ("Rencontre entre X
        et le président du Conseil européen")."""
        if sent.cue("margin") or self._attends_a_gathering(sent):
            return None  # ("Mensah is in Senegal to attend the ECOWAS summit": one attendee's act)
        if any(p._.value.country for p in sent.people) or any(t._.value.country for t in sent.titles) or any(
                not (self._is_place(c) or self._in_dateline(c) or self._matter_of(c) or self._names_no_actor(c))
                for c in sent.countries):
            return None  # someone of a state is named ("after attending a summit of the AU"): his act
        words = {t.i for c in sent.cue("gathering") for t in c}
        offices = sent.cue("office_of")
        for organisation in sent.organisations:
            if not self._of_states(organisation.label_) \
                    or any(0 <= organisation.start - c.end <= OFFICE_GAP for c in offices):
                continue
            token = organisation.root
            for _ in range(GATHERING_PHRASE_STEPS):
                if token.head.i == token.i or token.head.pos_ in ("VERB", "AUX"):
                    break  # (a verb ends the noun phrase: what it tells is not the gathering's name)
                token = token.head
                if token.i in words:
                    return organisation
        return None

    #: How far after a word of support (in tokens) the state "à"/"to" brings may stand.
    ADDRESSEE_REACH = 12

    #: How many sentences back, the current one included, a counted collective looks for its states.
    COUNTED_REACH = 3

    def _counted_states(self, sent: Sentence, trig: Span, subject_zone) -> list[str]:
        """The states a counted collective in the act's subject refers back to ("the three
        countries", "les trois États", a `counted_sides` cue whose value is the count): as many
        distinct states as it counts, the last ones named before it, in the text's order. None
        when the text has just named fewer."""
        for cue in sent.cue("counted_sides"):
            if cue.start >= trig.start or (subject_zone is not None and not subject_zone[0] <= cue.start < subject_zone[1]):
                continue  # (a collective after the act, or outside its subject, is not its doer)
            count, named = int(cue._.value), []
            for before in reversed(self.sentences[max(0, sent.index - self.COUNTED_REACH + 1):sent.index + 1]):
                for c in reversed(before.countries):
                    if c.start < cue.start and not self._in_dateline(c) and c.label_ not in named:
                        named.append(c.label_)
                if len(named) >= count:
                    return named[:count][::-1]
            return []
        return []

    def _pair_doer(self, objects: list[str], unfit: list[str], after: list[Span]) -> list[str]:
        """The doer of an act whose sentence names none: the document's pair state it is not done to.

        ("We protested to North Korea" in a Japanese release: the pair is Japan and North Korea,
        and North Korea, acted upon, is not the one protesting.) When the sentence names both
        states of the pair after the act ("Thank you to India for your partnership with the
        United States"), the first of them does it and the other receives. Acted upon is a state
        the sentence names after the act, not after "between" ("since relations were established
        between Azerbaijan and France": sides of a relation), nor as a person's (a person named
        after the act may be its subject, cut off: "Rappelant …, le ministre X a souligné"). A
        document of one state has no other:
        "La décision, condamnée par le Maroc" keeps Morocco as the one condemning.
        """
        fit = [c for c in self.pair if c not in unfit]
        acted = {c.label_ for c in after if not any(fold(t.text) in self.words.between for t in self._prev_words(c, 2))}
        kin = self._kin_states()
        if any(c in kin for c in fit):
            # "Je condamne … . … la Tunisie sœur": the state the text calls a brother or a sister
            # is the speaker's other, spoken to or of; the doer is a state of the pair it does not
            # so call and does not act upon, else none the text names.
            return [c for c in fit if c not in kin and c not in acted][:1]
        if any(c.root.dep_ in ("poss", "nmod:poss") for c in after) and all(c in acted for c in fit):
            # "The ministers condemned Peru's occupation of the Bolivian post": the state that owns
            # what the act is about did that thing, and the other is whom it was done to (in
            # `unfit`); neither is the doer, whom the sentence does not name.
            return []
        if len(fit) < 2:
            return fit[:1]
        return [c for c in fit if c not in acted][:1] or (fit[:1] if len(objects) > 1 else [])

    def _condemned_attack(self, draft: Draft, sent: Sentence, trig: Span):
        """The first attack noun after a condemnation, in a sentence read without a parser (a
        parsed one tells descriptions by their clauses)."""
        if draft.event != "ACCUSE" or self.doc.has_annotation("DEP") or not self.words.attack_nouns:
            return None
        for tok in self.doc[trig.end:sent.span.end]:
            if fold(tok.text) in self.words.attack_nouns or fold(tok.lemma_ or "") in self.words.attack_nouns:
                return tok
        return None

    @staticmethod
    def _attack_doer(country: Span, attack) -> bool:
        """A state's adjective right after the attack noun names its doer ("el ataque israelí",
        "الهجوم الإسرائيلي"), who is the one condemned."""
        kind = (country._.value or ("", ""))[1]
        return kind == "adjective" and 1 <= country.start - attack.i <= 2

    @staticmethod
    def _summoned_states(sent: Sentence) -> list[str]:
        """States of the ambassadors a sentence names, by title ("den iranischen Botschafter",
        "al embajador de Venezuela") or through a named ambassador's country."""
        out = [t._.value.country for t in sent.titles if t._.value.role == "ambassador"]
        out += [p._.value.country for p in sent.people if p._.value.role == "ambassador"]
        return dedupe([c for c in out if c and c not in NON_STATE])

    @staticmethod
    def _states_at(zone: set[int], sent: Sentence, people_states) -> list[str]:
        """The states named, or of the people named, at the tokens `zone`."""
        return dedupe([c.label_ for c in sent.countries if c.root.i in zone] + [s for pos, s in people_states if pos in zone])

    @staticmethod
    def _is_directed_type(draft: Draft) -> bool:
        return draft.event in DIRECTED_TYPES or (draft.event == "SUPPORT" and "sign" not in draft.cues)

    def _protagonist_states(self, known: list[str]) -> list[str]:
        """States of the events told so far, most frequent first, leaving out `known`."""
        counts: dict[str, int] = {}
        for d in self.drafts_so_far:
            for c in d.states:
                counts[c] = counts.get(c, 0) + 1
        # Ties go to the state the text names first: the protagonist of a release comes first.
        return sorted((c for c in counts if c not in known), key=lambda c: (-counts[c], self._first_seen(c)))

    def _first_seen(self, state: str) -> int:
        offsets = [s.start_char for s in self.doc.spans.get("countries", []) if s.label_ == state]
        offsets += [m[0] for p in self.people.values() if p.country == state for m in p.mentions]
        return min(offsets, default=len(self.text))


