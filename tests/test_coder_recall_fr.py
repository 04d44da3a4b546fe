"""Recall of the coder on French news: constructions that tell an event the coder used to miss or
mistake (requests and what they ask for, aid given). Sentences written for these tests."""
import pytest

from coder_probes import coded


@pytest.mark.parametrize("lang, text, expected", [
    # What a request names as its object has not been done: the request is the event.
    ("fr", "Le Kenya a demandé la signature d'un accord frontalier avec l'Ouganda.", [("REQUEST", ["KEN"], ["UGA"])]),
    ("fr", "Le Kenya a exigé la fin des sanctions contre l'Ouganda.", [("REQUEST", ["KEN"], ["UGA"])]),
    ("en", "Kenya demanded the signing of a border treaty with Uganda.", [("REQUEST", ["KEN"], ["UGA"])]),
    # (Not a diplomat's expulsion that a state demands: its own measure.)
    ("fr", "Le Kenya a exigé l'expulsion de l'ambassadeur ougandais.",
     [("REQUEST", ["KEN"], ["UGA"]), ("SANCTION", ["KEN"], ["UGA"])]),
    # Nor what the one asked is asked to do, where the parser hangs the infinitive on that person.
    ("fr", "Le Premier ministre vietnamien a demandé à l'ambassadeur du Japon d'accélérer la signature "
           "de l'accord.", [("REQUEST", ["VNM"], ["JPN"])]),
    # An order does what it orders.
    ("en", "Russia ordered the expulsion of 59 diplomats from Britain.", [("SANCTION", ["RUS"], ["GBR"])]),
])
def test_what_a_request_asks_for_is_not_done(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "venir en aide à", "porter secours à": set phrases that say to help.
    ("fr", "Le Japon est venu en aide au Liban après le séisme.", [("AID", ["JPN"], ["LBN"])]),
    ("fr", "La Turquie a porté secours au Liban.", [("AID", ["TUR"], ["LBN"])]),
    # "verser": aid when what is paid is money.
    ("fr", "Le Canada a versé 30 millions de dollars au Soudan.", [("AID", ["CAN"], ["SDN"])]),
    ("fr", "Le Canada a versé une larme pour les victimes soudanaises.", []),
])
def test_french_wordings_of_aid(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "marquer", "manifester", "témoigner", "exprimer" + a possessive + "soutien"/"appui": to
    # voice one's support, whatever the verb, and for one actor or several.
    ("fr", "Le Sénégal a marqué son soutien au Mali.", [("SUPPORT", ["SEN"], ["MLI"])]),
    ("fr", "Le Sénégal a manifesté son soutien au Mali.", [("SUPPORT", ["SEN"], ["MLI"])]),
    ("fr", "Le ministre ghanéen a témoigné son soutien au Togo.", [("SUPPORT", ["GHA"], ["TGO"])]),
    ("fr", "Le Sénégal et la Gambie ont exprimé leur soutien au Niger.", [("SUPPORT", ["GMB", "SEN"], ["NER"])]),
    ("fr", "Le Sénégal a exprimé son appui au Niger.", [("SUPPORT", ["SEN"], ["NER"])]),
    # "réitérer" and "renouveler" + a possessive + "soutien"/"appui": support voiced again, as with
    # "réaffirmer", is voiced now.
    ("fr", "Le Sénégal a réitéré son soutien au Mali.", [("SUPPORT", ["SEN"], ["MLI"])]),
    ("fr", "Le Sénégal et la Gambie ont renouvelé leur appui au Niger.", [("SUPPORT", ["GMB", "SEN"], ["NER"])]),
    # (Not what else is renewed: a mandate is no support.)
    ("fr", "Le Sénégal a renouvelé son mandat au Mali.", []),
    # (Not "manifester" alone, which is to demonstrate.)
    ("fr", "Des étudiants ont manifesté devant l'ambassade du Mali.", [("PROTEST", ["MLI"], [])]),
])
def test_french_wordings_of_voiced_support(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "renoncer à sa visite": calling off a visit one had planned is refusing to meet, not a concession.
    ("fr", "Le ministre japonais a renoncé à sa visite au Kenya après l'incident.", [("REJECT", ["JPN"], ["KEN"])]),
    ("fr", "Le président kényan a renoncé à son voyage en Ouganda.", [("REJECT", ["KEN"], ["UGA"])]),
])
def test_calling_off_a_visit_is_refusing_to_meet(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "s'envoler pour": to fly to a place is to travel there, a visit of the traveller's state to
    # the state of the destination, in every tense.
    ("fr", "Le président ghanéen s'envole ce lundi pour Abidjan.", [("CONSULT", ["GHA"], ["CIV"])]),
    ("fr", "Le Premier ministre sénégalais s'est envolé mardi pour Nouakchott.", [("CONSULT", ["SEN"], ["MRT"])]),
    # (Prices that soar are no journey.)
    ("fr", "Les prix du riz s'envolent au Sénégal.", []),
])
def test_flying_to_a_place_is_a_visit(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A head of state who accredits ambassadors receives them for their credentials: one audience
    # each when the text says they were received apart.
    ("fr", "Le président ivoirien a accrédité mardi, en audiences séparées, les ambassadeurs de la Norvège "
           "et du Chili.", [("CONSULT", ["NOR"], ["CIV"]), ("CONSULT", ["CHL"], ["CIV"])]),
    ("fr", "L'ambassadeur du Japon a été accrédité jeudi par le président sénégalais.", [("CONSULT", ["JPN"], ["SEN"])]),
    # (A diplomat "accrédité à Dakar" is described by his post, not received.)
    ("fr", "Les ambassadeurs du Japon et du Chili accrédités à Dakar ont déjeuné ensemble.", []),
])
def test_accrediting_an_ambassador_is_an_audience(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Cutting the number of visas granted to a state's people is a sanction against that state.
    ("fr", "La France a annoncé la réduction du nombre de visas délivrés au Sénégal.",
     [("SANCTION", ["FRA"], ["SEN"])]),
    ("fr", "Le Japon a décidé de réduire le nombre de visas pour les ressortissants du Ghana.",
     [("SANCTION", ["JPN"], ["GHA"])]),
    # A clause on any word of the trigger's phrase ("visas accordés aux ressortissants de …") says
    # whom the measure is taken against, every state it lists.
    ("fr", "L'Italie a annoncé la réduction du nombre de visas accordés aux ressortissants du Ghana et du Togo.",
     [("SANCTION", ["ITA"], ["GHA", "TGO"])]),
    # (Raising it is none.)
    ("fr", "Le Canada a décidé d'augmenter le nombre de visas accordés aux étudiants marocains.", []),
    # "cession gracieuse", "céder gracieusement": a transfer for nothing, a gift.
    ("fr", "L'Espagne a procédé à une cession gracieuse de véhicules militaires à l'armée mauritanienne.",
     [("AID", ["ESP"], ["MRT"])]),
    ("fr", "La Belgique a cédé gracieusement deux navires au Bénin.", [("AID", ["BEL"], ["BEN"])]),
])
def test_french_set_phrases_of_visa_cuts_and_gifts(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The ribbon cut at an opening names its ceremony, and the seat of a consulate is the consulate:
    # its opening, so told, took place and recognises the host.
    ("fr", "Le ministre gabonais a coupé lundi le ruban d'inauguration du consulat général du Gabon à Rabat.",
     [("SUPPORT", ["GAB"], ["MAR"])]),
    ("fr", "Le ministre gabonais a inauguré le siège de l'ambassade du Gabon à Rabat.", [("SUPPORT", ["GAB"], ["MAR"])]),
    # (A bridge opened is no mission.)
    ("fr", "Le ministre sénégalais a coupé le ruban d'inauguration du nouveau pont de Dakar.", []),
])
def test_opening_a_mission_told_by_its_ribbon_or_its_seat(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The present of "inviter" and "réclamer", which the lemmatiser leaves as it is ("invite",
    # "réclame"), still asks: the act asked for is not done.
    ("fr", "Le Mali invite le Niger à retirer ses troupes de la frontière.", [("REQUEST", ["MLI"], ["NER"])]),
    ("fr", "Le Sénégal réclame la libération de ses soldats détenus en Gambie.", [("REQUEST", ["SEN"], [])]),
])
def test_requests_in_the_present(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # An exchange of people held (prisoners, detainees, hostages) frees them: a release by both
    # sides, not talks; what else is exchanged keeps "échanger" a word of talks.
    ("fr", "Le Soudan et le Tchad ont échangé 40 prisonniers mardi.", [("RETREAT", ["SDN", "TCD"], [])]),
    ("fr", "L'Arménie a procédé mardi à un échange avec l'Azerbaïdjan de 12 détenus.", [("RETREAT", ["ARM"], ["AZE"])]),
    ("fr", "Le Soudan et le Tchad ont échangé sur la sécurité de la frontière.", [("CONSULT", ["SDN", "TCD"], [])]),
])
def test_an_exchange_of_prisoners_is_their_release(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A state's adjective on the act's noun says whose act it is; French puts it after the noun
    # ("une frappe israélienne"), where the other side of an act would otherwise stand.
    ("fr", "Une frappe israélienne a tué trois civils mardi.", [("ASSAULT", ["ISR"], [])]),
    ("fr", "Un bombardement turc contre la Syrie a fait deux morts jeudi.", [("ASSAULT", ["TUR"], ["SYR"])]),
    ("fr", "Les sanctions américaines contre l'Iran ont été renforcées.", [("SANCTION", ["USA"], ["IRN"])]),
    # (An adjective on another noun is not the act's: the soldiers are those attacked.)
    ("fr", "Une attaque israélienne a visé un convoi de soldats syriens.", [("ASSAULT", ["ISR"], ["SYR"])]),
])
def test_a_states_adjective_on_the_acts_noun_names_its_doer(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # In the passive, what is condemned is the subject: an act the condemnation is about, not one
    # it tells, though its adjective names who did it.
    ("fr", "L'attaque israélienne a été fermement condamnée par la Jordanie.", [("ACCUSE", ["JOR"], ["ISR"])]),
])
def test_an_act_condemned_in_the_passive_is_the_matter(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Those freed were arrested or held in a state: that state frees them, whether the release is
    # told by a passive whose subject carries a participle set off by commas (which the tagger reads
    # as the noun "détenus") or by the noun "libération", whoever announces or obtains it.
    ("fr", "Quatre pêcheurs ghanéens, détenus au Togo depuis deux mois, ont été libérés lundi.",
     [("RETREAT", ["TGO"], ["GHA"])]),
    ("fr", "Trois pêcheurs ghanéens, détenus au Togo depuis six mois après avoir franchi par erreur la frontière "
           "maritime, ont été libérés lundi grâce à la médiation du président ivoirien.", [("RETREAT", ["TGO"], ["GHA"])]),
    ("fr", "Le Sénégal a annoncé la libération de trois soldats arrêtés en Gambie.", [("RETREAT", ["GMB"], ["SEN"])]),
    ("fr", "Le Niger a obtenu la libération de deux douaniers nigériens détenus au Bénin.", [("RETREAT", ["BEN"], ["NER"])]),
    # (Not hostages, held by their captors.)
    ("fr", "Trois journalistes, détenus en otages en Syrie, ont été libérés.", []),
])
def test_the_state_where_those_freed_were_held_frees_them(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A document named by a noun of funding ("accord de prêt", "convention de don") gives money:
    # its signing is aid too, beside the support of the signature; the state whose ambassador
    # signs gives it (the donor's envoy signs in the receiving country).
    ("fr", "Le Japon et le Sénégal ont signé mardi un accord de prêt de 30 millions de dollars.",
     [("SUPPORT", ["JPN", "SEN"], []), ("AID", ["JPN", "SEN"], [])]),
    ("fr", "L'ambassadeur de Chine au Mali, Li Wei, et le ministre malien des Finances, Moussa Diarra, ont signé "
           "mardi un accord de don de 10 millions de dollars.",
     [("SUPPORT", ["CHN", "MLI"], []), ("AID", ["CHN"], ["MLI"])]),
    # (Another document is no aid.)
    ("fr", "Le Japon et le Sénégal ont signé mardi un accord de coopération culturelle.", [("SUPPORT", ["JPN", "SEN"], [])]),
])
def test_signing_a_loan_or_a_grant_is_aid_too(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # (A financing convention among other agreements signed is one more signature.)
    ("fr", "Le Japon et le Sénégal ont signé mardi un accord de coopération culturelle et une convention de financement.",
     [("SUPPORT", ["JPN", "SEN"], [])]),
])
def test_a_funding_document_among_others_is_no_aid_of_its_own(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The parser labels a personal "il" as an expletive subject; the conditional of "qu'il voudrait"
    # is bounded by its own clause all the same, and the journey told beside it is made.
    ("fr", "Le président français, qui s'envole ce matin pour Dakar, a laissé entendre qu'il voudrait "
           "un nouveau partenariat.", [("CONSULT", ["FRA"], ["SEN"])]),
])
def test_a_conditional_with_il_for_subject_keeps_to_its_clause(lang, text, expected):
    assert coded(text, lang) == expected
