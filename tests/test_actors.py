"""Actors beyond governments: the actor-words recogniser and the sectors the coder gives the sides
of an event. Every sentence here is written for these tests."""
import pytest

import communique
from communique.language.pipelines import get_pipeline


def sides(text, lang):
    """[(type, [(code, sector) of actors], [(code, sector) of recipients])] of a text's events."""
    record = communique.extract(text, lang=lang)
    return [(e.event, [(a.code, a.sector) for a in e.actor], [(r.code, r.sector) for r in e.recipient])
            for e in record.events]


@pytest.mark.parametrize("lang, text, expected", [
    # (words, sector, code of a named group or "")
    ("en", "The riot police dispersed the crowd.", [("riot police", "COP", "")]),
    ("en", "Hundreds of protesters gathered outside the court.", [("protesters", "CVL", ""), ("court", "JUD", "")]),
    ("en", "The Taliban and Boko Haram were named in the report.", [("Taliban", "REB", "AFG"),
                                                                     ("Boko Haram", "REB", "NGA")]),
    ("en", "The parliament summoned the army.", [("parliament", "LEG", ""), ("army", "MIL", "")]),
    ("fr", "Les rebelles du M23 ont encerclé la ville.", [("rebelles", "REB", ""), ("M23", "REB", "COD")]),
    ("fr", "Les manifestants ont été dispersés par la gendarmerie.", [("manifestants", "CVL", ""),
                                                                       ("gendarmerie", "COP", "")]),
    ("fr", "Le syndicat des enseignants a rencontré le parlement.", [("syndicat", "LAB", ""), ("enseignants", "EDU", ""),
                                                                      ("parlement", "LEG", "")]),
    # State agencies by name keep their state and sector.
    ("en", "ICE and the FSB exchanged files.", [("ICE", "COP", "USA"), ("FSB", "SPY", "RUS")]),
    ("fr", "Les Gardiens de la révolution et les peshmergas se sont affrontés.",
     [("Gardiens de la révolution", "MIL", "IRN"), ("peshmergas", "MIL", "IRQ")]),
])
def test_actor_words_and_named_groups_are_recognised(lang, text, expected):
    doc = get_pipeline(lang)(text)
    assert [(s.text, s.label_, s._.value["code"]) for s in doc.spans["actors"]] == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "The European Union and the International Court of Justice were mentioned."),
    ("fr", "L'Union européenne a publié un communiqué."),
])
def test_words_inside_an_organisation_name_are_not_actor_words(lang, text):
    doc = get_pipeline(lang)(text)
    assert [s.text for s in doc.spans["actors"]] == []


@pytest.mark.parametrize("lang, text, expected", [
    # A state named next to the words: adjective, possessive, "of X".
    ("en", "Kenyan police arrested dozens of people in Nairobi on Tuesday.",
     ("COERCE", [("KEN", "COP")])),
    ("en", "Malian troops attacked a village near the border on Sunday.", ("ASSAULT", [("MLI", "MIL")])),
    ("en", "Chad's army shelled positions held by the insurgents.", ("ASSAULT", [("TCD", "MIL")])),
    ("fr", "La police sénégalaise a procédé à l'arrestation de trois journalistes à Dakar.",
     ("COERCE", [("SEN", "COP")])),
    ("fr", "L'armée nigérienne a bombardé un camp à la frontière.", ("ASSAULT", [("NER", "MIL")])),
    # A named group brings its state.
    ("en", "Houthi rebels attacked a cargo ship in the Red Sea.", ("ASSAULT", [("YEM", "REB")])),
    ("fr", "Les talibans ont libéré deux prisonniers étrangers.", ("RETREAT", [("AFG", "REB")])),
    # No state next to the words: the place of the sentence.
    ("en", "Protesters in Georgia blocked the main avenue of the capital.", ("PROTEST", [("GEO", "CVL")])),
    ("fr", "Des manifestants ont bloqué les routes au Togo.", ("PROTEST", [("TGO", "CVL")])),
])
def test_the_acting_side_has_its_state_and_sector(lang, text, expected):
    events = sides(text, lang)
    assert expected in [(kind, actor) for kind, actor, _ in events]


@pytest.mark.parametrize("lang, text, recipient", [
    ("en", "Israeli warplanes struck Hamas positions on Friday.", [("PSE", "REB")]),
    ("fr", "L'armée malienne a attaqué des positions de l'État islamique.", [("IMG", "REB")]),
])
def test_a_named_group_on_the_receiving_side(lang, text, recipient):
    assert any(r == recipient for kind, _, r in sides(text, lang) if kind == "ASSAULT")


@pytest.mark.parametrize("lang, text", [
    ("en", "Gunmen attacked a bus on the highway on Monday."),
    ("fr", "Des hommes armés ont attaqué un bus sur la route nationale."),
])
def test_an_actor_with_no_state_anywhere_is_coded_unspecified(lang, text):
    assert ("ASSAULT", [("XXX", "UAF")]) in [(kind, actor) for kind, actor, _ in sides(text, lang)]


@pytest.mark.parametrize("lang, text", [
    # A government named with its state keeps GOV; the diplomatic coding is unchanged.
    ("en", "The Moroccan government condemned the attack on the embassy."),
    ("fr", "Le gouvernement marocain a condamné l'attaque contre l'ambassade."),
])
def test_a_government_keeps_the_government_sector(lang, text):
    assert ("ACCUSE", [("MAR", "GOV")]) in [(kind, actor) for kind, actor, _ in sides(text, lang)]


@pytest.mark.parametrize("lang, text, expected", [
    # A named group parsed as a person's name is still the group.
    ("en", "Boko Haram attacked a military base in the north on Sunday.", ("ASSAULT", [("NGA", "REB")])),
    # A titled person with no state known acts for the state in context, in their title's sector.
    ("en", "President Okonjo refused to release the prisoners held in Abuja.", ("REJECT", [("NGA", "GOV")])),
    ("fr", "Le président Okonjo a refusé de libérer les prisonniers détenus à Abuja.", ("REJECT", [("NGA", "GOV")])),
])
def test_groups_and_people_without_a_state(lang, text, expected):
    assert expected in [(kind, actor) for kind, actor, _ in sides(text, lang)]


@pytest.mark.parametrize("lang, text, kind", [
    # An ambiguous verb with an actor as subject and a direct object tells the act.
    ("en", "Thai soldiers closed the crossing points on Monday.", "COERCE"),
    ("en", "The Ghanaian government denied the accusations of the opposition.", "REJECT"),
    ("fr", "Le gouvernement ghanéen a démenti les accusations de l'opposition.", "REJECT"),
])
def test_a_weak_trigger_with_an_actor_and_an_object_is_an_event(lang, text, kind):
    assert kind in [k for k, _, _ in sides(text, lang)]


@pytest.mark.parametrize("lang, text, kind", [
    # Not every type: accepting credentials is no concession; a reflexive verb is another verb.
    ("en", "The President of Ghana accepted the credentials of the new ambassador.", "CONCEDE"),
    ("fr", "La délégation ghanéenne se rend à Abuja pour une visite.", "RETREAT"),
    # An act announced is not yet done.
    ("en", "Ghana will be challenging the decision of the Togolese government at the council.", "ACCUSE"),
])
def test_a_weak_trigger_stays_weak_where_it_tells_something_else(lang, text, kind):
    assert kind not in [k for k, _, _ in sides(text, lang)]


@pytest.mark.parametrize("lang, text, expected", [
    # A commitment to a material act is a specific commitment: AGREE.
    ("en", "The Ghanaian government agreed to lift the ban on poultry imports.", True),
    ("en", "Rebel commanders agreed to a ceasefire in the eastern provinces.", True),
    ("en", "Nepal is willing to withdraw its troops from the disputed valley.", True),
    ("fr", "Le Niger s'est engagé à retirer ses troupes de la zone frontalière.", True),
    # A general wish to deepen ties, or a decision to break them, is no commitment.
    ("en", "Ghana and Togo agreed to strengthen their cooperation.", False),
    ("fr", "Le Ghana et le Togo se sont engagés à renforcer leur coopération.", False),
])
def test_a_commitment_to_a_material_act_is_agree(lang, text, expected):
    assert ("AGREE" in [k for k, _, _ in sides(text, lang)]) is expected


@pytest.mark.parametrize("lang, text, expected", [
    # Giving is aid when money or aid is given, not a report or a deadline.
    ("en", "Norway gave $12 million to the flood victims in Malawi.", True),
    ("en", "The Japanese government provided emergency assistance to Tonga.", True),
    ("fr", "Le gouvernement japonais a fourni une assistance d'urgence aux Tonga.", True),
    ("en", "The Norwegian minister gave a speech to the students in Oslo.", False),
    ("fr", "Le Rwanda a donné 48 heures aux diplomates belges pour quitter le pays.", False),
])
def test_giving_money_or_aid_is_aid(lang, text, expected):
    assert ("AID" in [k for k, _, _ in sides(text, lang)]) is expected


@pytest.mark.parametrize("lang, text, kind", [
    # A concession or a meeting said not to be made is a refusal.
    ("en", "Ghana will not withdraw its troops from the border until the talks resume.", "REJECT"),
    ("fr", "Le Ghana ne retirera pas ses troupes de la frontière.", "REJECT"),
    ("en", "Ghana will withdraw its troops from the border next week.", "RETREAT"),
])
def test_a_negated_concession_is_a_refusal(lang, text, kind):
    kinds = [k for k, _, _ in sides(text, lang)]
    assert kind in kinds and ("REJECT" in kinds) is (kind == "REJECT")


@pytest.mark.parametrize("lang, text, kind", [
    # The general-news block at the end of triggers.tsv.
    ("en", "The Ghanaian government outlawed the separatist movement on Monday.", "COERCE"),
    ("fr", "Le gouvernement ghanéen a mis hors la loi le mouvement séparatiste.", "COERCE"),
    ("en", "Togo has launched legal action against the Ghanaian government.", "ACCUSE"),
    ("fr", "Le Togo a engagé une action en justice contre le gouvernement ghanéen.", "ACCUSE"),
    ("en", "Ghanaian teachers will not end the strike until the government pays them.", "REJECT"),
    ("fr", "Les enseignants ghanéens ne vont pas mettre fin à la grève.", "REJECT"),
    ("en", "Ghana will reduce tariffs on Togolese cement from next month.", "RETREAT"),
    ("en", "The Nigerien army declared a cessation of hostilities in the north.", "RETREAT"),
])
def test_general_news_triggers(lang, text, kind):
    assert kind in [k for k, _, _ in sides(text, lang)]


@pytest.mark.parametrize("lang, text, expected", [
    # Every state of a list named with the actor words shares their sector.
    ("en", "Special forces of Ghana and Togo attacked the rebel camp on Monday.",
     ("ASSAULT", [("GHA", "MIL"), ("TGO", "MIL")])),
    # The people of a state receiving aid are civilians.
    ("fr", "Le Maroc a envoyé une aide humanitaire d'urgence aux populations palestiniennes.",
     ("AID", [("PSE", "CVL")])),
])
def test_sectors_of_lists_and_populations(lang, text, expected):
    events = sides(text, lang)
    kind, entities = expected
    assert any(k == kind and (sorted(a) == entities or sorted(r) == entities) for k, a, r in events)


@pytest.mark.parametrize("people, expected", [
    # (role, state, sector of the title) of each person -> sector of each state
    ([("ambassador", "TGO", "MIL")], {"TGO": "GOV"}),           # a general serving as ambassador
    ([("military_officer", "TGO", "MIL")], {"TGO": "MIL"}),     # a general in command
    ([("parliamentarian", "GHA", "LEG"), ("minister", "TGO", "GOV")], {"GHA": "LEG", "TGO": "GOV"}),
    ([("military_officer", "GHA", "MIL"), ("minister", "GHA", "GOV")], {"GHA": "GOV"}),
])
def test_a_person_acting_in_a_government_role_is_government(people, expected):
    from communique.coding.actors import participant_sectors
    from communique.coding.context import Draft
    from communique.recognising.people import Person

    draft = Draft("CONSULT", None, None, set(), 0, None)
    draft.participants = [Person(f"Person {n}", role=role, country=state, sector=sector)
                          for n, (role, state, sector) in enumerate(people)]
    assert participant_sectors(draft) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # An organisation that is the subject of the act acts under its own code.
    ("en", "The European Commission announced humanitarian aid for flood victims in Malawi.",
     ("AID", [("EUR", None)])),
    ("fr", "La Commission européenne a annoncé une aide humanitaire aux sinistrés du Malawi.",
     ("AID", [("EUR", None)])),
    # A body the lexicons do not know acts for an unspecified state, sector unknown.
    ("en", "The Federal Relief Office provided 12 million euros in humanitarian aid to Chad.",
     ("AID", [("XXX", "UNK")])),
    ("fr", "L'Office fédéral des secours a fourni une aide humanitaire au Tchad.",
     ("AID", [("XXX", "UNK")])),
])
def test_the_subject_of_an_act_acts_when_it_names_no_state(lang, text, expected):
    assert expected in [(kind, actor) for kind, actor, _ in sides(text, lang)]


@pytest.mark.parametrize("lang, text", [
    # A condition ("when two states break off relations") is no one's act.
    ("fr", "Un pays neutre protège les intérêts des deux parties lorsque deux États rompent leurs relations."),
    ("en", "A neutral country protects both parties' interests when two states break off relations."),
])
def test_a_condition_names_no_actor(lang, text):
    assert not [actor for _, actor, _ in sides(text, lang) if ("XXX", "UNK") in actor]


@pytest.mark.parametrize("lang, text", [
    # Inside a longer text, a body it does not place acting on no state is background.
    ("en", "Inflation rose again in March. The Board of the Central Bank decided to keep the rate at 14 percent."),
    ("fr", "L'inflation a encore augmenté en mars. Le conseil de la banque centrale a décidé de maintenir son taux."),
])
def test_an_unplaced_body_acting_on_no_state_in_a_longer_text_is_no_event(lang, text):
    assert not [actor for _, actor, _ in sides(text, lang) if ("XXX", "UNK") in actor]


@pytest.mark.parametrize("lang, text, expected", [
    # A refusal is told when it is announced, even of a weak verb.
    ("en", "Hungary says it will not accept the migrants arriving from the south.", ("REJECT", ["HUN"])),
    ("fr", "La Pologne affirme qu'elle n'acceptera pas les migrants venus du sud.", ("REJECT", ["POL"])),
    # A weak noun the object of a verb that is no trigger tells the act, at someone named.
    ("en", "The Ghanaian government issued a warning to the Togolese army.", ("THREATEN", ["GHA"])),
    ("fr", "Le gouvernement ghanéen a adressé un avertissement à l'armée togolaise.", ("THREATEN", ["GHA"])),
    # A proper name as subject confirms a weak verb though no lexicon knows it.
    ("en", "Customs and Border Protection returned the stolen statues to Mexico.", ("RETREAT", ["XXX"])),
    ("fr", "Le Service des douanes a restitué les statues volées au Mexique.", ("RETREAT", ["XXX"])),
])
def test_weak_triggers_confirmed_by_the_clause(lang, text, expected):
    assert expected in [(kind, [code for code, _ in actor]) for kind, actor, _ in sides(text, lang)]


@pytest.mark.parametrize("lang, text", [
    # Concern over a situation names no one it is aimed at; a fall ("decline") is no refusal.
    ("en", "Ghana voiced concern over the situation in the region."),
    ("fr", "Le Ghana a exprimé sa préoccupation face à la situation dans la région."),
    ("en", "The minister attributed the decline to the ministry's digitisation drive."),
])
def test_a_noun_with_no_one_named_stays_weak(lang, text):
    assert sides(text, lang) == []


@pytest.mark.parametrize("lang, text, expected", [
    # A sum in a named currency given is aid; a span of time given is not.
    ("en", "Germany gave 352 million euros to Ethiopia.", [("AID", ["DEU"])]),
    ("fr", "Le Japon a donné 10 millions d'euros au Niger.", [("AID", ["JPN"])]),
    ("en", "Morocco gave the ambassador 72 hours to leave the country.", []),
])
def test_a_sum_of_money_given_is_aid(lang, text, expected):
    assert [(kind, [code for code, _ in actor]) for kind, actor, _ in sides(text, lang) if kind == "AID"] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # One side committing alone to an act it names is AGREE; to a general aim, no event.
    ("en", "The Kenyan government has agreed to set up a new research institute in Mombasa.", [("AGREE", ["KEN"])]),
    ("fr", "Le gouvernement sénégalais a décidé de créer un nouvel institut de recherche à Thiès.", [("AGREE", ["SEN"])]),
    ("en", "The Kenyan government agreed to strengthen cooperation in all fields.", []),
    ("fr", "Le gouvernement sénégalais s'est engagé à renforcer la coopération.", []),
])
def test_one_side_committing_to_a_named_act(lang, text, expected):
    assert [(kind, [code for code, _ in actor]) for kind, actor, _ in sides(text, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Defending what a named actor did is support; defending a place is not.
    ("en", "Chancellor Scholz defended Germany's decision to close the border.", [("SUPPORT", ["DEU"])]),
    ("fr", "Le président mexicain a défendu la politique migratoire du Mexique.", [("SUPPORT", ["MEX"])]),
    ("en", "The army defended the city against the rebels.", []),
])
def test_defending_what_an_actor_did_is_support(lang, text, expected):
    assert [(kind, [code for code, _ in actor]) for kind, actor, _ in sides(text, lang)] == expected


@pytest.mark.parametrize("lang, text, code, org", [
    # An organisation acting keeps its id beside its non-state code (DESIGN.md's `org`).
    ("en", "The European Commission announced humanitarian aid for flood victims in Malawi.", "EUR", "EU"),
    ("fr", "La Commission européenne a annoncé une aide humanitaire aux sinistrés du Malawi.", "EUR", "EU"),
])
def test_an_organisation_acting_keeps_its_id(lang, text, code, org):
    record = communique.extract(text, lang=lang)
    assert [(a.code, a.sector, a.org) for e in record.events for a in e.actor] == [(code, None, org)]


@pytest.mark.parametrize("lang, text", [
    # A meeting to come is no organisation's act: it needs the states that will meet.
    ("en", "The UN Security Council will discuss the situation in the region behind closed doors."),
    ("fr", "Le Conseil de sécurité de l'ONU discutera de la situation dans la région à huis clos."),
])
def test_an_organisation_planning_a_meeting_is_no_event(lang, text):
    assert sides(text, lang) == []


@pytest.mark.parametrize("lang, text, expected", [
    # The other side of a meeting named by what it is, after "with"/"avec" or as the object met.
    ("en", "Iran's supreme leader has held talks with a senior Yemeni rebel official on Monday.",
     {("IRN", "GOV"), ("YEM", "REB")}),
    ("fr", "Le ministre iranien s'est entretenu lundi avec des rebelles yéménites.", {("IRN", "GOV"), ("YEM", "REB")}),
    # What is discussed is no side: "the attack on Yemeni soldiers".
    ("en", "The Iranian minister discussed the attack on Yemeni soldiers.", None),
])
def test_the_other_side_of_a_meeting_named_by_its_sector(lang, text, expected):
    meetings = [set(actor + recipient) for kind, actor, recipient in sides(text, lang) if kind == "CONSULT"]
    assert meetings == ([expected] if expected else [])


@pytest.mark.parametrize("lang, text, recipient", [
    # Support promised to a state named only by its army is to its military.
    ("fr", "La Russie s'est engagée à fournir un soutien logistique à l'armée camerounaise.", ("CMR", "MIL")),
    ("en", "Russia pledged to provide logistical support to the Cameroonian army.", ("CMR", "MIL")),
    # A state named for itself keeps its government: support to Cameroon, whose army is mentioned.
    ("en", "Russia pledged to provide logistical support to Cameroon to train the Cameroonian army.", ("CMR", "GOV")),
])
def test_a_promise_to_a_state_named_by_its_army(lang, text, recipient):
    assert recipient in [r for kind, _, rs in sides(text, lang) if kind == "AGREE" for r in rs]


@pytest.mark.parametrize("lang, text, expected", [
    # A government word with no state ("the ministry") speaks for the state that made the
    # statement before it, not for the state the text names more often as the one concerned.
    ("en", "Accra — The Foreign Ministry has firmly condemned the shooting that happened outside the Danish "
           "parliament on Monday. In a statement on Tuesday, the ministry conveyed Ghana's condolences to the "
           "Danish government. The ministry also called on the international community to step up its "
           "efforts against terrorism.",
     [("ACCUSE", ["GHA"], []), ("SUPPORT", ["GHA"], ["DNK"]), ("REQUEST", ["GHA"], [])]),
    # Nor, for the first statement, the state it names as what it is about.
    ("fr", "Le ministère des Affaires étrangères a fermement condamné l'attentat qui a visé le Parlement danois "
           "lundi. Dans un communiqué, le ministère a exprimé les condoléances du Ghana au gouvernement danois. "
           "Le ministère a également appelé la communauté internationale à renforcer la lutte contre le terrorisme.",
     [("ACCUSE", ["GHA"], []), ("SUPPORT", ["GHA"], ["DNK"])]),
    ("en", "The Foreign Ministry on Friday condemned the bombing that took place near the Dutch parliament. "
           "The ministry expressed Peru's deep sympathy to the Dutch government and people.",
     [("ACCUSE", ["PER"], [])]),
    # Nor the place of what it condemns.
    ("en", "Chile and Peru signed a fisheries accord on Monday.\nThe ministry condemned the attack on Peru.",
     [("SUPPORT", ["CHL", "PER"], []), ("ACCUSE", ["CHL"], [])]),
])
def test_a_ministry_with_no_state_is_the_speakers(lang, text, expected):
    record = communique.extract(text, lang=lang)
    assert [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in record.events] == expected


@pytest.mark.parametrize("lang, text, source, expected", [
    # "The statement", "le communiqué" as the subject: the words of the state that spoke last,
    # else of the publisher's state; not the state condemned.
    ("fr", "Le communiqué condamne fermement l'attaque menée par le Pérou contre des soldats boliviens.",
     "Agence ghanéenne de presse", [("ACCUSE", ["GHA"], ["PER"])]),
    ("en", "The statement strongly condemned the attack carried out by Peru against Bolivian troops.",
     "Ghana News Agency", [("ACCUSE", ["GHA"], ["PER"])]),
    ("en", "Chile strongly condemned the attack carried out by Peru against Bolivian troops on Monday. The statement "
           "also urged Peru to withdraw its forces.", "Ghana News Agency",
     [("ACCUSE", ["CHL"], ["PER"]), ("REQUEST", ["CHL"], ["PER"])]),
])
def test_a_statement_as_subject_is_its_speakers(lang, text, source, expected):
    record = communique.extract(text, lang=lang, source=source)
    assert [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in record.events] == expected
