"""The event types users miss most (issue 9, item 2): sanctions, expulsions and summonses, aid,
joint exercises, requests and commitments, on sentences written for these tests."""
import pytest

import communique


def coded(text, lang, published="2024-05-13"):
    return [(e.event, e.mode, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # Sanctions, visa bans and asset freezes: SANCTION discontinue, sanctioning -> sanctioned.
    ("en", "Canada imposed sanctions on Venezuela on Monday.",
     [("SANCTION", "discontinue", ["CAN"], ["VEN"])]),
    ("en", "The United States imposed visa restrictions on 300 Venezuelan officials.",
     [("SANCTION", "discontinue", ["USA"], ["VEN"])]),
    ("fr", "Le Canada a imposé des sanctions contre le Venezuela lundi.",
     [("SANCTION", "discontinue", ["CAN"], ["VEN"])]),
    ("fr", "Le Canada a décidé le gel des avoirs de dix responsables vénézuéliens.",
     [("SANCTION", "discontinue", ["CAN"], ["VEN"])]),
    # The reason of a sanction is not an event of its own; restrictions listed with it are the sanction.
    # (The state the reason's act was done to is not sanctioned: "over its invasion of Ukraine".)
    ("en", "Canada announced new sanctions against Russia over its invasion of Ukraine, banning exports of "
           "machine tools.", [("SANCTION", "discontinue", ["CAN"], ["RUS"])]),
    # Expulsions: SANCTION expel.
    ("fr", "Le Mali a donné 72 heures à l'ambassadeur de France pour quitter le pays.",
     [("SANCTION", "expel", ["MLI"], ["FRA"])]),
    ("en", "Canada expelled two Indian diplomats on Monday.", [("SANCTION", "expel", ["CAN"], ["IND"])]),
    # Summoning an ambassador: ACCUSE disapprove, summoner -> the ambassador's state.
    ("en", "Iran summoned the British ambassador on Monday.", [("ACCUSE", "disapprove", ["IRN"], ["GBR"])]),
    ("fr", "Le Maroc a convoqué lundi l'ambassadeur de Belgique.", [("ACCUSE", "disapprove", ["MAR"], ["BEL"])]),
    # Withdrawing one's ambassador is his recall: SANCTION withdraw, not a retreat of forces.
    ("en", "Algeria announced the withdrawal of its ambassador to France.",
     [("SANCTION", "withdraw", ["DZA"], ["FRA"])]),
    ("en", "Algeria withdrew its ambassador from France.", [("SANCTION", "withdraw", ["DZA"], ["FRA"])]),
    ("fr", "Le gouvernement algérien a annoncé mardi le retrait avec effet immédiat de son ambassadeur en France.",
     [("SANCTION", "withdraw", ["DZA"], ["FRA"])]),
    # (Troops withdrawn are a retreat.)
    ("en", "Algeria withdrew its troops from Mali.", [("RETREAT", "withdraw", ["DZA"], ["MLI"])]),
    ("fr", "L'Algérie a retiré ses troupes du Mali.", [("RETREAT", "withdraw", ["DZA"], ["MLI"])]),
])
def test_sanctions_expulsions_and_summonses(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, modes", [
    # Breaking off relations and expelling diplomats are two measures, even in one sentence.
    ("fr", "Le Rwanda a annoncé lundi la rupture de ses relations diplomatiques avec la Belgique et donné 48 heures "
           "aux diplomates belges pour quitter le pays.", ["withdraw", "expel"]),
    # A new measure told in a later sentence is another event; the noun that refers back is not.
    ("en", "The United States imposed visa restrictions on Russian officers. The restrictions apply to 300 "
           "officers of Russia. The State Department also announced new sanctions against Russia.",
     ["discontinue", "discontinue"]),
    # (So is one that qualifies the object noun: "introduced a new visa restriction policy".)
    ("en", "Britain imposed travel bans on Iranian officers. The bans apply to 40 officers of Iran. "
           "The Foreign Office also introduced a new visa restriction policy for Iranian judges.",
     ["discontinue", "discontinue"]),
])
def test_each_measure_is_one_sanction(lang, text, modes):
    got = [e for e in communique.extract(text, lang=lang, published="2024-05-13").events]
    assert [e.event for e in got] == ["SANCTION"] * len(modes)
    assert [e.mode for e in got] == modes


@pytest.mark.parametrize("text, recipients", [
    # The sentence right after a measure that names its targets and more: they receive it too.
    ("Canada imposed visa restrictions on 300 officers of Venezuela's army. The visa restrictions apply to "
     "280 members of the Venezuelan military and 20 Cuban military advisers.", ["CUB", "VEN"]),
    # A later sentence that sets the measure among other news adds no target.
    ("Canada imposed visa restrictions on 300 officers of Venezuela's army. Ottawa also named a new envoy "
     "to Caracas. The new visa restrictions come on the eve of the anniversary of the Venezuelans defeating "
     "Spanish troops.", ["VEN"]),
])
def test_a_measure_told_again_names_more_targets(text, recipients):
    got = [e for e in communique.extract(text, lang="en", published="2024-05-13").events if e.event == "SANCTION"]
    assert len(got) == 1 and sorted(r.code for r in got[0].recipient) == recipients


@pytest.mark.parametrize("lang, text, expected", [
    # A commitment to a specific act is AGREE; a general aim is not an event.
    ("fr", "Les présidents du Kazakhstan et de la France sont convenus d'élever les relations au niveau de "
           "partenariat stratégique.", [("AGREE", None, ["FRA", "KAZ"], [])]),
    ("fr", "Les présidents du Sénégal et de la Gambie ont convenu de renforcer la coopération dans tous les "
           "domaines.", []),
    ("en", "The leaders of Kenya and Uganda agreed to strengthen cooperation in all fields.", []),
    ("en", "India and the United Kingdom agreed to maintain regular exchanges and hold the next round of "
           "consultations in London in 2025.", [("AGREE", None, ["GBR", "IND"], [])]),
    # A promise to give goes to whom the act goes.
    ("en", "Russia pledged to deliver wheat to Egypt.", [("AGREE", None, ["RUS"], ["EGY"])]),
    ("fr", "La Russie s'est engagée à fournir un soutien logistique à l'armée camerounaise.",
     [("AGREE", None, ["RUS"], ["CMR"])]),
    # An invitation to visit: the invited is the visitor, the inviter or the place named the host.
    ("fr", "Le président kazakh a invité le président français Emmanuel Macron à visiter le Kazakhstan.",
     [("AGREE", None, ["FRA"], ["KAZ"])]),
    # Invited to act, not to come: a request.
    ("en", "Turkey invited Austrian authorities to refrain from hostile statements.",
     [("REQUEST", None, ["TUR"], ["AUT"])]),
    # A meeting or visit to come, told by the verb that governs it or the word that schedules it.
    ("en", "Jaishankar is expected to hold a bilateral meeting with his Chinese counterpart Wang Yi.",
     [("AGREE", None, ["CHN", "IND"], [])]),
    ("fr", "Le ministre libanais des Travaux publics est attendu à Prague en juillet prochain.",
     [("AGREE", None, ["LBN"], ["CZE"])]),
    # A summit named as the setting of the talks is no commitment of theirs.
    ("en", "The Malawian and Kenyan ministers discussed the preparations of the next AU summit scheduled to be "
           "held in July.", [("CONSULT", None, ["KEN", "MWI"], [])]),
    # A document described as agreed before is no new commitment.
    ("fr", "Les présidents du Mali et du Niger ont réaffirmé leur volonté de consolider les relations dans le "
           "cadre de la feuille de route convenue en avril.", []),
])
def test_commitments_invitations_and_plans(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # After the news, a step told in the pluperfect is recalled: only the news is coded.
    ("en", "Kenya and Uganda signed a trade agreement on Monday. Kenya had promised to deliver maize to Uganda.",
     ["SUPPORT"]),
    ("fr", "Le Maroc a envoyé lundi une aide humanitaire au Niger. Le Maroc avait condamné l'attaque contre le "
           "Niger le 17 octobre.", ["AID"]),
])
def test_what_had_been_done_before_is_not_coded(lang, text, expected):
    assert [e[0] for e in coded(text, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A participle that describes documents of the past is no signing ...
    ("en", "Kenya and Uganda held consultations in Nairobi on Monday. During the talks, trade was discussed, "
           "including in the context of the implementation of previously reached agreements.", ["CONSULT"]),
    ("fr", "Les ministres des Affaires étrangères du Mali et du Niger se sont réunis lundi à Niamey. Ils ont "
           "évoqué la mise en oeuvre des "
           "accords déjà signés entre les deux pays.", ["CONSULT"]),
    ("en", "Kenya reminded Uganda of the treaty signed between the two countries in September 2020.", []),
    # ... but one that says who signed, or when in the news, tells the signing.
    ("en", "The agreement between Kenya and Uganda, signed on Monday by the two ministers, provides for visas.",
     ["SUPPORT"]),
    ("fr", "L'accord entre le Mali et le Niger signé lundi par les deux ministres porte sur les visas.", ["SUPPORT"]),
])
def test_documents_signed_before_are_no_signing(lang, text, expected):
    assert [e[0] for e in coded(text, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A concession contract is a business contract signed, not a concession made.
    ("fr", "Le Mali et le Niger ont signé lundi un contrat de concession pour la centrale hydroélectrique.", ["SUPPORT"]),
    ("en", "Kenya and Uganda signed a mining concession agreement on Monday.", ["SUPPORT"]),
])
def test_a_concession_contract_is_no_concession(lang, text, expected):
    assert [e[0] for e in coded(text, lang)] == expected


@pytest.mark.parametrize("text", [
    # The noun "signe" (a sign) is no signing, though its letters are those of "signé" folded.
    "Un signe que le président du Mali est de retour sur la scène diplomatique avec le Niger.",
])
def test_a_sign_is_no_signing(text):
    assert [e[0] for e in coded(text, "fr")] == []


@pytest.mark.parametrize("text", [
    # "des" after a verb and a date is the indefinite article (the parser may read "de" + "les"):
    # talks held, not talks referred back to ("lors des consultations").
    "Le Mali et le Niger ont tenu lundi des consultations à Niamey.",
    "Les ministres des Affaires étrangères du Mali et du Niger ont tenu lundi 6 mai des consultations à Niamey.",
])
def test_talks_held_on_a_day_are_talks(text):
    assert [e[0] for e in coded(text, "fr")] == ["CONSULT"]


@pytest.mark.parametrize("lang, text, expected", [
    # A joint exercise or training names its sides after "between"/"entre", as talks do.
    ("en", "A joint training exercise between the armies of Kenya and Uganda began on Friday.",
     [("COOPERATE", None, ["KEN", "UGA"], [])]),
    ("fr", "Un exercice conjoint entre le Mali et le Niger a commencé vendredi.", [("COOPERATE", None, ["MLI", "NER"], [])]),
    ("fr", "Le Mali et le Niger ont organisé vendredi un entraînement conjoint de leurs soldats.",
     [("COOPERATE", None, ["MLI", "NER"], [])]),
    # What is exchanged between two states is a matter, not its sides.
    ("en", "The exchange of prisoners between Kenya and Uganda began on Friday.", []),
    # An exercise named for its two sides is joint: a passing exercise (PASSEX) of two navies, a
    # bilateral exercise.
    ("en", "The Indian frigate took part in a passing exercise with the Royal Navy of Oman on Tuesday.",
     [("COOPERATE", None, ["IND", "OMN"], [])]),
    ("en", "Ships from the Chilean Navy and the Peruvian Navy completed a PASSEX in the Pacific on June 3.",
     [("COOPERATE", None, ["CHL", "PER"], [])]),
    ("en", "Ships of Brazil and Argentina conducted a bilateral exercise off Santos on Monday.",
     [("COOPERATE", None, ["ARG", "BRA"], [])]),
])
def test_joint_exercises_and_their_sides(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, planned", [
    # (kind, date, place) of what an AGREE future promises; the date as precise as the text allows.
    ("en", "India and the United Kingdom agreed to hold the next round of consultations in London in 2025.",
     ("round", "2025", "London")),
    ("fr", "La deuxième session de la commission mixte entre la France et Madagascar est prévue le 30 juin "
           "prochain à Paris.", ("round", "2024-06-30", "Paris")),
    ("en", "Kenya and Uganda will sign a trade agreement next month in Nairobi.", ("signing", "2024-06", "Nairobi")),
    ("fr", "Le président kazakh a invité le président français Emmanuel Macron à visiter le Kazakhstan.",
     ("visit", None, None)),
    ("en", "Jaishankar is expected to hold a bilateral meeting with his Chinese counterpart Wang Yi.",
     ("meeting", None, None)),
])
def test_an_agree_future_keeps_what_was_promised(lang, text, planned):
    record = communique.extract(text, lang=lang, published="2024-05-13")
    assert [(e.event, e.aux) for e in record.events] == [("AGREE", "future")]
    written = record.to_dict()["events"][0]["planned"]  # the record's JSON carries it
    assert (written["kind"], written["date"], written["place"]) == planned


def test_events_that_promise_nothing_have_no_plan():
    got = communique.extract("Canada expelled two Indian diplomats on Monday.", lang="en", published="2024-05-13")
    assert [e.planned for e in got.events] == [None]


@pytest.mark.parametrize("lang, text, expected", [
    # A giving verb with aid as its object is a donation, though each word alone is weak.
    ("en", "India on Friday handed over food and disaster relief material to Nepal.", [("AID", None, ["IND"], ["NPL"])]),
    ("fr", "Le Maroc a remis mardi des vivres et des secours au Niger.", [("AID", None, ["MAR"], ["NER"])]),
    # "envoyer" gives aid when what is sent is aid or carries it ("des avions avec de l'aide",
    # "chargés de vivres") or is money; sending an envoy, a message or troops is no aid.
    ("fr", "Après le séisme, l'Espagne a envoyé des avions avec de l'aide au Maroc jeudi.",
     [("AID", None, ["ESP"], ["MAR"])]),
    ("fr", "Le Japon a envoyé deux navires chargés de vivres et de médicaments aux Philippines.",
     [("AID", None, ["JPN"], ["PHL"])]),
    ("fr", "L'Espagne a envoyé un émissaire à Rabat.", []),
    # A giving verb alone is no aid: handing over a note is not.
    ("en", "India handed over a diplomatic note to Nepal.", []),
    # "press release" holds "release" but tells no release.
    ("en", "Bangladesh welcomed the agreement, says a press release of the foreign ministry.",
     [("SUPPORT", None, ["BGD"], [])]),
])
def test_aid_given_and_words_that_are_no_event(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "appeler X à faire": a call on someone, not a phone call; the act asked for is no event of its own,
    # and the states inside it are not the ones asked.
    ("fr", "La Belgique appelle officiellement le Rwanda à retirer ses troupes de la RDC.",
     [("REQUEST", None, ["BEL"], ["RWA"])]),
    ("en", "Belgium called on Rwanda to withdraw its troops from the DRC.", [("REQUEST", None, ["BEL"], ["RWA"])]),
])
def test_calls_on_someone_to_act_are_requests(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A state that protests complains officially: ACCUSE disapprove, protester -> protested.
    ("en", "Norway protested to Iceland on Tuesday over the fishing quotas.",
     [("ACCUSE", "disapprove", ["NOR"], ["ISL"])]),
    ("en", "Chile filed a diplomatic protest against Peru over the new maritime map.",
     [("ACCUSE", "disapprove", ["CHL"], ["PER"])]),
    ("en", "Finland delivered a written protest to Russia after the airspace violation.",
     [("ACCUSE", "disapprove", ["FIN"], ["RUS"])]),
    # Crowds protest in the street: collective action, with the crowd as actor.
    ("en", "Thousands of students protested in Santiago against the new fees.", [("PROTEST", "demo", ["CHL"], [])]),
    # A protest told with no crowd and only states around it is not coded as collective action.
    ("en", "The border deal sparked angry protests against the prime minister of Armenia.", []),
    ("en", "Flights from Cairo may be disrupted because of the protests, the Egyptian government said.", []),
])
def test_a_state_protest_is_a_complaint(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # Someone of no known state protests all the same.
    ("en", "A nurse has started a hunger strike, protesting the hospital's closure."),
    ("en", "The women-led movement boycotted the vote, citing repression."),
])
def test_someone_of_no_known_state_protests(lang, text):
    assert ("PROTEST", ["XXX"]) in [(e[0], e[2]) for e in coded(text, lang)]


@pytest.mark.parametrize("lang, text, expected", [
    # Signing is told by the verb; the noun "sign" (an indication) and a participle that only
    # qualifies a document tell no signing, nor do "sign off" and "sign up".
    ("en", "Chile and Peru signed a fisheries agreement in Lima on Monday.", [("SUPPORT", None, ["CHL", "PER"], [])]),
    ("en", "Lower tariffs between Chile and Peru are a sign of better relations.", []),
    ("en", "Chile and Peru will implement the signed fisheries agreements.", []),
    ("en", "The Chilean coach signed off with a win over Peru.", []),
])
def test_signing_is_a_verb(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # What a request asks for has not been done: the request alone is coded.
    ("en", "Brazil urged Bolivia to agree to a ceasefire with the rebels.", [("REQUEST", None, ["BRA"], ["BOL"])]),
    ("en", "Norway called on Sweden to hold talks on the fishing quotas.", [("REQUEST", None, ["NOR"], ["SWE"])]),
])
def test_what_a_request_asks_for_is_not_done(lang, text, expected):
    assert coded(text, lang) == expected


def test_a_clause_dated_long_before_the_news_is_background():
    text = ("Chile and Peru signed a fisheries agreement in Lima on Monday. "
            "The two countries agreed to share the disputed waters five months ago.")
    assert coded(text, "en") == [("SUPPORT", None, ["CHL", "PER"], [])]
    # The same clause told as the news is coded.
    assert coded("The two countries, Chile and Peru, agreed on Monday to share the disputed waters.", "en") \
        == [("AGREE", None, ["CHL", "PER"], [])]


@pytest.mark.parametrize("lang, text, expected", [
    # A ceasefire named is no ceasefire declared (talks about one are talks).
    ("en", "The minister of Chile stressed the importance of achieving a ceasefire in the region.", []),
    ("en", "Ceasefire talks between Peru and Ecuador are still underway.", [("CONSULT", None, ["ECU", "PER"], [])]),
    # "claim" alone owns or wins; it accuses nobody.
    ("en", "Chile claims the islands, but Peru and Bolivia are also claimant states.", []),
    ("en", "A runner from Chile claimed the bronze medal in Peru.", []),
])
def test_named_ceasefires_and_claims_are_no_events(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # A ceasefire declared, announced or renewed is one, told directly or reported.
    ("en", "The rebels in the north of Chile declared a two-week ceasefire on Monday."),
    ("en", "The Chilean government renewed a ceasefire pact with the northern rebels."),
    ("en", "Chile's government announced a unilateral ceasefire on Friday, a statement from the presidency said."),
])
def test_a_ceasefire_declared_is_a_retreat(lang, text):
    assert "RETREAT" in [e[0] for e in coded(text, lang)]


@pytest.mark.parametrize("lang, text, expected", [
    # Welcoming a decision approves it; welcoming a person greets a guest, and a welcome is a ceremony.
    ("en", "Chile welcomed the decision of Peru to reopen the border.", [("SUPPORT", None, ["CHL"], ["PER"])]),
    ("en", "Chile welcomed Peruvian President Hugo Salas's decision to reopen the border.",
     [("SUPPORT", None, ["CHL"], ["PER"])]),
    ("en", "The Chilean general welcomed the Peruvian soldiers at the airport.", []),
    ("en", "The port of Valparaiso prepared a warm welcome for the Peruvian navy ship.", []),
])
def test_welcoming_a_guest_is_no_approval(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # A signing that displeases or alarms someone is what the reaction is about: no signature told.
    ("en", "Chile said it was deeply disappointed by the signing of the fishing deal between Peru and Ecuador."),
    ("en", "Bolivia is concerned about the signing of a defence pact between Peru and Ecuador."),
    ("fr", "Le Chili s'est dit profondément déçu par la signature de l'accord de pêche entre le Pérou et l'Équateur."),
    ("fr", "La Bolivie est préoccupée par la signature d'un pacte de défense entre le Pérou et l'Équateur."),
])
def test_a_signing_that_displeases_is_no_signature(lang, text):
    assert "SUPPORT" not in [e[0] for e in coded(text, lang)]


@pytest.mark.parametrize("lang, text, expected", [
    # A chance missed tells the act of its infinitive as not done; a chance taken tells it done.
    ("en", "Peru and Ecuador missed an opportunity to sign a peace deal on Monday.", []),
    ("fr", "Le Pérou et l'Équateur ont raté lundi l'occasion de signer un accord de paix.", []),
    ("en", "Peru took the opportunity to sign a fishing deal with Ecuador on Monday.",
     [("SUPPORT", None, ["ECU", "PER"], [])]),
    ("fr", "Le ministre péruvien a profité de l'occasion pour signer un accord de pêche avec l'Équateur.",
     [("SUPPORT", None, ["ECU", "PER"], [])]),
])
def test_a_chance_missed_tells_no_act(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # The signing itself, told as news, stays.
    ("en", "Peru and Ecuador signed a fishing deal in Lima on Monday."),
    ("fr", "Le Pérou et l'Équateur ont signé lundi à Lima un accord de pêche."),
])
def test_a_signing_told_stays(lang, text):
    assert ("SUPPORT", None, ["ECU", "PER"], []) in coded(text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    # Lifting sanctions eases them (RETREAT), it imposes none.
    ("en", "Chile announced the lifting of sanctions against Peru on Monday.", [("RETREAT", None, ["CHL"], ["PER"])]),
    ("en", "Chile approved the removal of economic sanctions against Peru.", [("RETREAT", None, ["CHL"], ["PER"])]),
])
def test_lifting_sanctions_is_a_retreat(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A decision whose act is an event of its own is that act; a decision to meet is a plan.
    ("en", "Chile decided to expel two Peruvian diplomats on Monday.", [("SANCTION", "expel", ["CHL"], ["PER"])]),
    ("en", "Chile and Peru decided to hold the next round of talks in Lima in June.",
     [("AGREE", None, ["CHL", "PER"], [])]),
])
def test_a_decided_act_is_the_act(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A call paid on someone is a courtesy visit, no request; "thanks to" gives a cause.
    ("en", "Chile called on Peru to release the fishermen.", [("REQUEST", None, ["CHL"], ["PER"])]),
    ("en", "The Chilean ambassador paid a farewell call on the foreign minister of Peru.", []),
    ("en", "The rescue in Chile was made possible thanks to the help of Peru.", []),
])
def test_a_call_paid_and_thanks_to(lang, text, expected):
    assert [e for e in coded(text, lang) if e[0] != "CONSULT"] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "Visits" in the plural count visits; they tell no visit.
    ("en", "The President of Chile visited Peru on Monday.", [("CONSULT", "visit", ["CHL"], ["PER"])]),
    ("en", "Chile and Peru saw three visits in each direction over the decade.", []),
])
def test_plural_visits_are_counted_not_told(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "request" and "demand" ask as verbs; the nouns name what was asked, often long before.
    ("en", "Chile requested Peru to extradite the banker.", [("REQUEST", None, ["CHL"], ["PER"])]),
    ("en", "The banker was arrested in Peru at the request of Chile in 2019.", []),
    ("en", "The embassy of Chile did not respond to a request for comment from Peru.", []),
])
def test_request_and_demand_ask_as_verbs(lang, text, expected):
    assert [e for e in coded(text, lang) if e[0] == "REQUEST"] == expected


def test_a_state_named_amid_the_scene_takes_no_part():
    text = "Chile and Peru signed a fisheries accord in Lima on Monday amid Bolivia's growing claims to the sea."
    assert coded(text, "en") == [("SUPPORT", None, ["CHL", "PER"], [])]


def test_a_signing_said_not_to_have_happened_is_none():
    assert coded("Chile and Peru have still not signed a fisheries treaty.", "en") == []


@pytest.mark.parametrize("lang, text, expected", [
    # Withdrawing one's ambassador is reducing relations (SANCTION withdraw), not a retreat of forces.
    ("fr", "Le gouvernement ghanéen a décidé le retrait de son ambassadeur auprès de la République togolaise.",
     [("SANCTION", "withdraw", ["GHA"], ["TGO"])]),
    ("fr", "Le Ghana a annoncé le retrait de l'ambassadeur en poste à Lomé.", [("SANCTION", "withdraw", ["GHA"], ["TGO"])]),
    # Troops withdrawn stay a RETREAT.
    ("fr", "Le Ghana a annoncé le retrait de ses troupes du Togo.", [("RETREAT", "withdraw", ["GHA"], ["TGO"])]),
])
def test_withdrawing_an_ambassador(lang, text, expected):
    assert coded(text, lang) == expected
