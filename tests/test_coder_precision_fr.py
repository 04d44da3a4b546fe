"""Precision of the French coder on news it was not tuned on: wordings that hold a trigger word
but tell no new event, or tell another event than the word's own. Sentences written for these tests."""
import pytest

import communique


def coded(text, lang="fr", published="2024-05-13"):
    """(type, actor codes, recipient codes) of each event of the text."""
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("text, expected", [
    # Deciding on a hostile act is the act, not a promise to cooperate (no AGREE beside it).
    ("Le Gabon a décidé de rompre ses relations diplomatiques avec le Tchad.",
     [("SANCTION", ["GAB"], ["TCD"])]),
    ("Le gouvernement togolais a décidé d'expulser l'ambassadeur du Bénin.",
     [("SANCTION", ["TGO"], ["BEN"])]),
    ("Le Niger a décidé de bloquer les exportations de coton vers le Bénin.", []),
    # Deciding on a joint act, or promising to send forces to help, stays a commitment.
    ("Le Togo et le Ghana ont décidé de créer une commission mixte de sécurité.",
     [("AGREE", ["GHA", "TGO"], [])]),
    ("Le Rwanda s'engage à déployer un bataillon de policiers pour appuyer la police centrafricaine.",
     [("AGREE", ["RWA"], ["CAF"])]),
])
def test_decision_on_a_hostile_act_is_the_act(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The imperfect tells what was going on or used to be: background, no new event.
    ("Les autorités ghanéennes accusaient alors le Togo d'abriter des opposants.", []),
    ("Le Niger exigeait depuis des mois le départ des soldats français.", []),
    # So is the act named by the object of a verb in the imperfect.
    ("En mars, Tokyo annonçait l'octroi d'une aide de 20 millions au Ghana pour ses écoles.", []),
    # The same acts told in the passé composé are news.
    ("Les autorités ghanéennes ont accusé le Togo d'abriter des opposants.",
     [("ACCUSE", ["GHA"], ["TGO"])]),
    ("En mars, Tokyo a annoncé l'octroi d'une aide de 20 millions au Ghana pour ses écoles.",
     [("AID", ["JPN"], ["GHA"])]),
])
def test_imperfect_tells_background(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The press at work: declining to comment, a request for comment.
    ("Le porte-parole du gouvernement gabonais s'est refusé à tout commentaire sur la décision du Tchad.", []),
    ("Le ministre béninois a refusé de commenter les propos des autorités nigériennes.", []),
    ("Le ministère nigérien n'a pas répondu à une demande de commentaire de l'agence.", []),
    # "À la demande de" frames another act; the request is not told as news.
    ("Le Togo assure cette médiation à la demande du Burkina Faso.", []),
    # A request made is still one.
    ("Le Mali a demandé au Niger de rouvrir la frontière.", [("REQUEST", ["MLI"], ["NER"])]),
])
def test_press_wording_is_no_event(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A participle describing someone tells a charge or a reputation, not an accusation made.
    ("Un opposant tchadien accusé de complot a été arrêté au Cameroun.", []),
    # With its author named, or as the verb of the clause, it is an accusation.
    ("La décision, condamnée par le Maroc, a surpris les observateurs.", [("ACCUSE", ["MAR"], [])]),
    ("Le gouvernement du Mali a « fermement » condamné l'attaque terroriste de dimanche.", [("ACCUSE", ["MLI"], [])]),
])
def test_describing_participle_is_no_accusation(text, expected):
    assert coded(text) == expected


def test_a_meeting_opening_a_sentence_is_not_the_island():
    """"La réunion de dimanche" opens a sentence with the capital of "La Réunion" on its article."""
    events = coded("La réunion de dimanche à Yaoundé a réuni les ministres du Cameroun et du Nigeria.")
    assert [sorted(e[1] + e[2]) for e in events] == [["CMR", "NGA"]]


@pytest.mark.parametrize("text", [
    # Set phrases in which a trigger word has another sense.
    "La Cour internationale de justice a rendu son verdict dans le litige entre le Bénin et le Togo.",
    # (Drawing the consequences is no shot; a state that "tirera les conséquences" threatens, below.)
    'Il faut "tirer toutes les conséquences qui découlent de cette décision", indique le ministère ghanéen.',
    "Le Tchad et le Soudan n'entretiennent pas de relations diplomatiques depuis des années.",
    "La Mauritanie détient le record de participations au tournoi devant le Sénégal.",
    "Le Sénégal entre dans le cercle restreint des pays producteurs de gaz avec la Mauritanie.",
    "Le Canada est résolu à maximiser l'incidence des efforts déployés auprès des réfugiés au Tchad.",
    "Le ministre gabonais a saisi cette opportunité pour inviter le Congo à renforcer la coopération.",
])
def test_set_phrases_tell_no_event(text):
    assert coded(text) == []


def test_a_visit_made_at_an_invitation_is_the_visit():
    """"À l'invitation de X" frames a visit told as made: a CONSULT, no visit promised."""
    text = ("A l'invitation du président ivoirien, le président du Ghana a effectué une visite de travail "
            "en Côte d'Ivoire du 5 au 7 mai.")
    assert coded(text) == [("CONSULT", ["GHA"], ["CIV"])]
    # An invitation extended is still a plan.
    assert coded("Le président ivoirien a invité son homologue ghanéen à effectuer une visite à Abidjan.") == [
        ("AGREE", ["GHA"], ["CIV"])]


@pytest.mark.parametrize("text, expected", [
    # A compound participle tells what was done before: the talks resumed are the news.
    ("Le Gabon et la Guinée équatoriale, ayant rompu leurs relations en 2016, ont repris le dialogue.",
     [("CONSULT", ["GAB", "GNQ"], [])]),
    # A request participle describing a noun, with no author: what someone is destined to do.
    ("Le Bénin et le Togo sont deux pays appelés à vivre ensemble.", []),
    # With its author named, or in the active, a request.
    ("Le Mali a été appelé par le Niger à organiser des élections.", [("REQUEST", ["NER"], ["MLI"])]),
    ("Le sénateur français a, lui, appelé le Maroc à rouvrir la frontière.", [("REQUEST", ["FRA"], ["MAR"])]),
])
def test_participles_told_before_or_with_no_author(text, expected):
    assert coded(text) == expected


def test_pluperfect_after_the_opening_sentence_is_recalled():
    """A request in the pluperfect is recalled once the text has opened on something else, even
    when nothing before it was coded; opening the text, it is what the text tells."""
    recalled = ("Le poste-frontière entre le Bénin et le Togo a rouvert jeudi après trois semaines. "
                "Le Togo avait demandé au Bénin de renforcer les contrôles à la frontière.")
    assert coded(recalled) == []
    opening = coded("Le Togo avait demandé au Bénin de renforcer les contrôles à la frontière.")
    assert [(event, actor) for event, actor, _ in opening] == [("REQUEST", ["TGO"])]


@pytest.mark.parametrize("text, expected", [
    # The official of an organisation acts for it: neither the demonym of his birth nor the
    # state of his remit is a side.
    ("La Béninoise Awa Kossi, secrétaire générale de l'Organisation internationale de la "
     "Francophonie, a condamné mardi le coup d'État au Gabon.", [("ACCUSE", ["IGO"], [])]),
    ("Le représentant spécial du secrétaire général des Nations unies pour la Libye a "
     "condamné mardi les combats autour de Syrte.", [("ACCUSE", ["UNO"], [])]),
    ("Le Sénégalais Abdou Diallo, représentant spécial du secrétaire général des Nations unies, "
     "a rencontré mardi le président malien à Bamako.", [("CONSULT", ["UNO"], ["MLI"])]),
    # French writes the acronyms of UN missions as names ("la Finul", "la Minusma").
    ("Dans un communiqué, la Finul a demandé mardi aux forces israéliennes de quitter le sud du Liban.",
     [("REQUEST", ["UNO"], ["ISR"])]),
    # A state after "pour" that is not an official's remit stays where it was.
    ("Le Mali a envoyé mardi une aide alimentaire pour le Niger.", [("AID", ["MLI"], ["NER"])]),
    # A demonym before a state's own minister is his state.
    ("Le Nigérien Ali Moussa, ministre des Affaires étrangères, a condamné mardi le coup d'État au Gabon.",
     [("ACCUSE", ["NER"], [])]),
])
def test_an_organisations_official_acts_for_it(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("text", [
    # « recevoir » une chose qui ne fait pas d'audience, même si une personne est nommée après.
    "Le président Boric a reçu lundi une distinction des mains du président péruvien Hugo Salas.",
    "Le chef de l'État chilien reçoit le serment des ambassadeurs nommés au Pérou et en Bolivie.",
    "Le président Boric reçoit une missive de son homologue péruvien Hugo Salas.",
])
def test_a_thing_received_is_no_audience(text):
    assert "CONSULT" not in [e[0] for e in coded(text)]


@pytest.mark.parametrize("text", [
    # Une personne reçue, ou ce qu'on reçoit en audience, reste une rencontre.
    "Le président Boric a reçu lundi à Santiago le ministre péruvien des Affaires étrangères.",
    "Le président Boric a reçu lundi les lettres de créance de l'ambassadeur du Pérou, Ana Soto.",
    "Le président Boric a reçu lundi la visite de courtoisie du ministre péruvien des Affaires étrangères.",
])
def test_a_person_received_stays_an_audience(text):
    assert "CONSULT" in [e[0] for e in coded(text)]


@pytest.mark.parametrize("text, party", [
    # Une rencontre dite d'abord par un nom après une préposition, tenue « avec » un État étranger.
    ("Le ministre chilien a évoqué le différend lors d'une rencontre à Lima avec son homologue "
     "péruvien Hugo Salas.", "PER"),
    ("La ministre chilienne l'a annoncé lundi, à l'issue d'une rencontre avec le président bolivien "
     "Luis Arce à Genève.", "BOL"),
])
def test_a_meeting_first_told_after_a_preposition_with_avec(text, party):
    assert any(event == "CONSULT" and party in actor + recipient for event, actor, recipient in coded(text))


def test_a_meeting_told_before_is_not_told_again_by_avec():
    text = ("Les ministres chilien et péruvien se sont rencontrés lundi à Lima. Lors de la rencontre avec "
            "son homologue péruvien, le ministre chilien a évoqué le différend.")
    assert len([e for e in coded(text) if e[0] == "CONSULT"]) == 1


@pytest.mark.parametrize("text, event", [
    # Ce qu'on déploie et qui n'est pas une force (des observateurs, une mission d'observation).
    ("Quarante observateurs chiliens seront déployés en Bolivie lundi.", "MOBILIZE"),
    ("L'Union africaine va déployer une mission d'observation électorale au Pérou en mai.", "MOBILIZE"),
])
def test_what_is_deployed_unarmed_moves_no_force(text, event):
    assert event not in [e[0] for e in coded(text)]


def test_troops_deployed_stay_a_mobilization():
    assert "MOBILIZE" in [e[0] for e in coded("La Bolivie a déployé 2 000 soldats à sa frontière avec le Pérou vendredi.")]


@pytest.mark.parametrize("text", [
    # « Être censé » dit ce qui devrait être, une règle ou une attente, non un acte fait.
    "Seules l'armée libanaise et la Finul sont censées être déployées au sud du fleuve.",
    "Le contingent tchadien est censé se déployer au nord du Mali la semaine prochaine.",
])
def test_what_is_supposed_to_be_done_is_not_done(text):
    assert coded(text) == []


@pytest.mark.parametrize("text, expected", [
    # Un État n'a qu'un ambassadeur auprès d'un autre : son rappel raconté deux fois est une mesure.
    ("Le Togo a rappelé son ambassadeur au Bénin. En conséquence, « le gouvernement togolais a décidé le "
     "retrait de son ambassadeur auprès de la République du Bénin avec effet immédiat ».",
     [("SANCTION", ["TGO"], ["BEN"])]),
    # Le rappel de l'ambassadeur et une autre mesure de retrait restent deux mesures.
    ("Le Togo a rappelé son ambassadeur au Bénin. Le gouvernement togolais a aussi décidé la fermeture de "
     "l'ambassade du Togo au Bénin.", [("SANCTION", ["TGO"], ["BEN"]), ("SANCTION", ["TGO"], ["BEN"])]),
])
def test_an_ambassador_recalled_told_twice_is_one_recall(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Ce après quoi la nouvelle « intervient », ce à quoi elle « fait suite », est fait avant : le contexte (h17d).
    ("Le ministre sénégalais a reçu lundi son homologue malien. Cette visite intervient deux jours après "
     "la signature d'un accord entre le Mali et la Guinée.", [("CONSULT", ["MLI"], ["SEN"])]),
    ("Le Togo a rappelé son ambassadeur au Bénin. Cette décision fait suite à la condamnation par le Bénin "
     "de l'attaque.", [("SANCTION", ["TGO"], ["BEN"])]),
    ("Le Togo a rappelé son ambassadeur au Bénin. Elle intervient après que le Ghana a appelé le Togo à la "
     "retenue.", [("SANCTION", ["TGO"], ["BEN"])]),
    # Un laps de temps comparé (« moins d'une semaine après ») cadre aussi.
    ("Le ministre sénégalais a reçu lundi son homologue malien. Cette visite intervient moins d'une semaine "
     "après la signature d'un accord entre le Mali et la Guinée.", [("CONSULT", ["MLI"], ["SEN"])]),
    # Un verbe de cadre coordonné à celui qui nomme la nouvelle en partage le sujet.
    ("Le ministre sénégalais a reçu lundi son homologue malien. Cette visite est la première depuis mars et "
     "intervient deux jours après la signature d'un accord entre le Mali et la Guinée.", [("CONSULT", ["MLI"], ["SEN"])]),
    # L'acte raconté après « après » sans verbe de cadre reste un acte.
    ("Le ministre sénégalais a reçu lundi son homologue malien, après que le Ghana a appelé le Mali à la retenue.",
     None),
])
def test_act_the_news_follows_is_background(text, expected):
    if expected is None:
        assert [(e, r) for e, _, r in coded(text)] == [("CONSULT", ["SEN"])]
    else:
        assert coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # « Les diplomates expulsés » nomme ceux qu'une mesure déjà dite a frappés : pas de nouvelle mesure (h17d).
    ("La Russie a expulsé dix diplomates américains lundi. Les diplomates américains expulsés ont quitté Moscou "
     "mardi.", [("SANCTION", ["RUS"], ["USA"])]),
    ("La Russie a finalement expulsé dix diplomates américains.", [("SANCTION", ["RUS"], ["USA"])]),
])
def test_participle_naming_those_expelled_is_no_new_measure(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Une relative au plus-que-parfait décrit quelqu'un par un acte plus ancien, même dans la première
    # phrase ; un nom objet d'un verbe au plus-que-parfait est rappelé avec lui (h17d).
    ("Le Kenya et l'Ouganda ont signé lundi un accord commercial. Le président kényan, qui s'était rendu en "
     "Tanzanie, a salué l'accord.", [("SUPPORT", ["KEN", "UGA"], [])]),
    ("Le président kényan, qui s'était rendu en Tanzanie, a signé lundi un accord commercial avec l'Ouganda.",
     [("SUPPORT", ["KEN", "UGA"], [])]),
    ("Le Kenya et l'Ouganda ont signé lundi un accord commercial. Le Rwanda avait facilité des échanges de "
     "prisonniers entre le Kenya et l'Ouganda.", [("SUPPORT", ["KEN", "UGA"], [])]),
])
def test_pluperfect_relative_and_object_are_background(text, expected):
    assert coded(text) == expected


KE_UG = "Le Kenya et l'Ouganda ont signé lundi un accord commercial. "


@pytest.mark.parametrize("text, published, expected", [
    # Un acte au passé daté d'un mois d'une année écrite (« en mars 2016 ») après l'ouverture : le
    # rappel d'un acte ancien, sans date de publication comme avec une date de plus d'un mois avant (h23d).
    (KE_UG + "La commission mixte a été créée en février 2016 lors de la première visite du président "
     "tanzanien à Nairobi.", None, [("SUPPORT", ["KEN", "UGA"], [])]),
    (KE_UG + "La commission mixte a été créée en février 2016 lors de la première visite du président "
     "tanzanien à Nairobi.", "2024-05-13", [("SUPPORT", ["KEN", "UGA"], [])]),
    (KE_UG + "Le Kenya a fermé son ambassade en Somalie en octobre 2019.", "2024-05-13",
     [("SUPPORT", ["KEN", "UGA"], [])]),
    # Un participe qui qualifie le nom de l'acte le date (« la session tenue en … »).
    (KE_UG + "Le Rwanda a quitté l'organisation lors de la 9e session tenue à Arusha en juin 1998.", None,
     [("SUPPORT", ["KEN", "UGA"], [])]),
    # Le mois de la nouvelle, ou un mois sans année, laisse l'acte raconté.
    (KE_UG + "Le Kenya a fermé son ambassade en Somalie en mai 2024.", "2024-05-13",
     [("SUPPORT", ["KEN", "UGA"], []), ("SANCTION", ["KEN"], ["SOM"])]),
    # La première phrase dit la nouvelle, quelle que soit sa date.
    ("Le Kenya a fermé son ambassade en Somalie en octobre 2019.", None, [("SANCTION", ["KEN"], ["SOM"])]),
])
def test_act_dated_by_a_bygone_month_is_background(text, published, expected):
    assert coded(text, published=published) == expected


@pytest.mark.parametrize("text, expected", [
    # Ce que dit un verbe de parole au plus-que-parfait est une déclaration ancienne, rappelée avec lui,
    # à toute profondeur de complétive (h23d) ...
    (KE_UG + "Le ministre kényan avait déclaré que son pays condamne fermement les frappes rwandaises.",
     [("SUPPORT", ["KEN", "UGA"], [])]),
    (KE_UG + "Le président kényan avait expliqué que Nairobi et Kampala avaient décidé de rompre avec la Somalie.",
     [("SUPPORT", ["KEN", "UGA"], [])]),
    # ... dite au passé composé, c'est la nouvelle.
    (KE_UG + "Le ministre kényan a déclaré que son pays condamne fermement les frappes rwandaises.",
     [("SUPPORT", ["KEN", "UGA"], []), ("ACCUSE", ["KEN"], ["RWA"])]),
])
def test_what_a_pluperfect_saying_says_is_recalled(text, expected):
    assert coded(text) == expected


def test_relative_in_compound_past_stays():
    # Au passé composé, la relative dit un acte de la nouvelle.
    got = coded("Le Kenya et l'Ouganda ont signé lundi un accord commercial. Le président kényan, qui a été reçu "
                "par son homologue ougandais, a salué l'accord.")
    assert ("CONSULT", ["KEN", "UGA"], []) in got or ("CONSULT", ["KEN"], ["UGA"]) in got


def test_document_signed_weeks_before_the_news_is_named_not_signed():
    # Un document décrit par un participe daté de semaines avant le jour de la nouvelle : son passé (h17d).
    text = ("Le ministre togolais et son homologue ghanéen ont tenu le vendredi 30 septembre 2022 à Lomé la 3e "
            "session de leurs consultations politiques. Ils ont examiné la mise en œuvre de la Déclaration de "
            "Lomé, signée le 27 août 2022 à Accra.")
    assert [e for e, _, _ in coded(text, published="2022-09")] == ["CONSULT"]


def test_document_signed_the_day_of_the_news_stays_signed():
    text = ("Le ministre togolais et son homologue ghanéen se sont réunis le vendredi 30 septembre 2022 à Lomé. "
            "Ils ont salué la Déclaration de Lomé, signée le 30 septembre 2022 par les deux ministres.")
    assert "SUPPORT" in [e for e, _, _ in coded(text, published="2022-09")]


def test_last_session_recalled_lends_nothing_to_the_news():
    # « La dernière session » est une session plus ancienne : ni un événement, ni la date ou le lieu
    # de la session de la nouvelle (h17d).
    events = communique.extract("Le Maroc et la Mauritanie ont tenu la 5e session de leur commission mixte. La dernière "
                                "session a eu lieu à Nouakchott le 3 avril.", lang="fr", published="2024-05-15").events
    assert [(e.event, e.date, e.event_loc) for e in events] == [("CONSULT", "2024-05-15", None)]

@pytest.mark.parametrize("text", [
    # Des efforts déployés, même quand un adjectif sépare le nom du participe.
    "Le ministre péruvien a reconnu les efforts considérables déployés par le Chili pour la paix.",
    "Le Chili a reconnu les efforts soutenus déployés par la Bolivie pour la stabilité régionale.",
])
def test_efforts_deployed_move_no_force(text):
    assert "MOBILIZE" not in [e[0] for e in coded(text)]


@pytest.mark.parametrize("text", [
    # On convoque une personne (une plainte) ou une réunion (on la réunit) : le second n'est pas une protestation.
    "Le prochain sommet entre le Chili et le Pérou est convoqué pour le 27 janvier à Lima.",
    "Le gouvernement bolivien a convoqué une réunion interministérielle sur la hausse des prix.",
])
def test_a_meeting_convened_is_no_summons(text):
    assert "ACCUSE" not in [e[0] for e in coded(text)]


@pytest.mark.parametrize("text, expected", [
    ("Le Chili a convoqué lundi l'ambassadeur du Pérou à Santiago.", ("ACCUSE", ["CHL"], ["PER"])),
    # Le convoqué au passif : l'État de l'ambassadeur reçoit la protestation.
    ("L'ambassadeur de Bolivie a été convoqué mardi par le ministère péruvien des Affaires étrangères.",
     ("ACCUSE", ["PER"], ["BOL"])),
])
def test_an_ambassador_summoned_stays_a_protest(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    # Un match raconté avec les mots du conflit et de l'accord : ni attaque, ni concession, ni signature.
    "L'attaquant chilien a frappé le coup franc qui a battu le gardien péruvien à la 80e minute.",
    "Le Pérou a cédé face à la Bolivie (0:2) lors du match amical de mardi à Lima.",
    "L'attaquant argentin a signé un doublé contre le Chili.",
])
def test_a_game_tells_no_event(text):
    assert coded(text) == []


def test_football_named_as_a_field_of_cooperation_keeps_the_meeting():
    # « football » n'est pas un mot du jeu lui-même : un domaine de coopération entre deux États.
    text = "Le président chilien a reçu lundi à Santiago son homologue péruvien pour parler de football et de commerce."
    assert "CONSULT" in [e[0] for e in coded(text)]


@pytest.mark.parametrize("text", [
    # « Être appelé à » sans personne qui appelle : ce qu'on doit faire, pas un appel.
    "L'Union africaine est appelée aujourd'hui à examiner la demande d'adhésion du Pérou.",
    "Le Chili et le Pérou sont deux pays appelés à vivre ensemble.",
])
def test_called_to_with_no_caller_is_no_request(text):
    assert "REQUEST" not in [e[0] for e in coded(text)]


@pytest.mark.parametrize("text, expected", [
    ("Le Chili a appelé le Pérou à retirer ses troupes.", ("REQUEST", ["CHL"], ["PER"])),
    # Un passif avec son agent, ou au passé composé, garde l'appel.
    ("Les parties boliviennes sont appelées par le Pérou à cesser le feu.", ("REQUEST", ["PER"], ["BOL"])),
    ("La Bolivie a été appelée à retirer ses troupes du Pérou.", ("REQUEST", ["PER"], ["BOL"])),
])
def test_a_call_made_stays_a_request(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    # Ouvrir un bureau (un consulat, une ambassade) n'ouvre aucun passage.
    "La Bolivie et le Paraguay ont ouvert des missions consulaires à Arica, au Chili.",
    "Le Pérou a rouvert lundi son ambassade à La Paz.",
])
def test_an_office_opened_grants_no_access(text):
    assert "RETREAT" not in [e[0] for e in coded(text)]


@pytest.mark.parametrize("text", [
    "Le Pérou a rouvert lundi sa frontière avec la Bolivie.",
    "Le Chili a ouvert ses frontières aux réfugiés boliviens.",
])
def test_a_border_opened_stays_access(text):
    assert "RETREAT" in [e[0] for e in coded(text)]


@pytest.mark.parametrize("text", [
    # Ce qu'on annule et qui n'est pas une rencontre : ni refus de rencontre, ni réunion manquée.
    "Le Pérou a annulé les vols vers la Bolivie.",
    "Les visas de l'ambassadeur du Chili sont annulés, a annoncé le Pérou.",
])
def test_what_is_cancelled_and_no_meeting_is_no_refusal(text):
    assert "REJECT" not in [e[0] for e in coded(text)]


@pytest.mark.parametrize("text", [
    "Le président péruvien a annulé sa visite en Bolivie.",
    # Le nom annulé peut nommer la rencontre par son complément.
    "Le Chili a annulé sa participation au sommet de Lima avec le Pérou.",
    "Le Pérou a reporté sa rencontre avec le ministre bolivien.",
])
def test_a_meeting_called_off_stays_a_refusal(text):
    assert "REJECT" in [e[0] for e in coded(text)]


@pytest.mark.parametrize("text", [
    # Boycotter une rencontre, c'est refuser d'y prendre part : le boycotteur ne s'y réunit avec personne.
    "Le président péruvien a boycotté le sommet de Lima.",
    "Le Chili a boycotté les pourparlers de Quito avec la Bolivie.",
    "La ministre bolivienne a boycotté une réunion des pays andins à Lima.",
])
def test_a_boycotted_meeting_is_no_meeting(text):
    assert "CONSULT" not in [e[0] for e in coded(text)]


@pytest.mark.parametrize("text, event", [
    # Un visa accordé n'est pas une aide, une demande de passeport n'est pas une requête entre États.
    ("Le Chili a décidé de réduire les octrois de visas aux Péruviens.", "AID"),
    ("Le Chili a suspendu l'octroi de visas aux Boliviens.", "AID"),
    ("L'ambassade du Chili à La Paz traite les demandes de passeport des Péruviens.", "REQUEST"),
])
def test_a_permit_granted_or_applied_for_is_no_aid_nor_request(text, event):
    assert event not in [e[0] for e in coded(text)]


@pytest.mark.parametrize("text, event", [
    ("Le Chili a accordé 10 millions de dollars d'aide au Pérou.", "AID"),
    ("Le Pérou a demandé l'aide du Chili.", "REQUEST"),
])
def test_aid_granted_or_asked_for_stays(text, event):
    assert event in [e[0] for e in coded(text)]


@pytest.mark.parametrize("text", [
    # « Signer » un retour, ou le livre d'or : aucun papier n'est signé entre États.
    "Le président bolivien participera au sommet de l'OEA à Lima, signant ainsi son grand retour sur la scène régionale.",
    "L'ambassadeur du Pérou a signé le livre d'or lors de sa visite au Chili.",
])
def test_signing_what_is_no_paper_is_no_signature(text):
    assert "SUPPORT" not in [e[0] for e in coded(text)]


def test_an_agreement_signed_stays_a_signature():
    assert ("SUPPORT", ["CHL", "PER"], []) in coded("Le Chili et le Pérou ont signé lundi à Lima un accord de coopération.")


def test_the_movement_of_people_is_no_visit():
    text = ("Le Chili a toujours défendu la facilitation des déplacements des personnes entre le Pérou "
            "et la Bolivie, a affirmé le ministre chilien.")
    assert "CONSULT" not in [e[0] for e in coded(text)]


def test_a_ministers_trip_stays_a_visit():
    assert ("CONSULT", ["CHL"], ["PER"]) in coded("Le ministre chilien est en déplacement au Pérou depuis lundi.")


MIXED_COMMISSION = ("Les ministres chilien et péruvien se sont rencontrés lundi à Lima et ont créé une commission "
                    "mixte sur la frontière. Composée de six Chiliens et six Péruviens, elle doit se réunir {}.")


def test_a_mechanism_meeting_by_turns_is_its_rule_not_a_meeting_announced():
    assert "AGREE" not in [e[0] for e in coded(MIXED_COMMISSION.format("alternativement à Lima et à Santiago"))]


def test_a_dated_meeting_of_the_mechanism_stays_announced():
    assert "AGREE" in [e[0] for e in coded(MIXED_COMMISSION.format("le 12 mars à Santiago"))]


@pytest.mark.parametrize("text", [
    # Les gestes d'un exercice militaire sont simulés : ni agression, ni arrestation.
    "Lors de ce dernier entraînement, les militaires chiliens et péruviens ont procédé à une arrestation en mer, puis à une contre-attaque.",
    "Pendant les manœuvres militaires, les soldats chiliens ont arrêté des plongeurs péruviens jouant les intrus.",
    "Les marines chilienne et péruvienne se sont entraînées à attaquer une plage tenue par un ennemi fictif.",
])
def test_a_drill_tells_no_violence(text):
    assert not {"ASSAULT", "COERCE"} & {e[0] for e in coded(text)}


def test_entrainer_that_causes_keeps_the_attack():
    # « entraîner » qui cause n'est pas un entraînement.
    text = "L'armée péruvienne a attaqué lundi le poste chilien, une attaque qui a entraîné la mort de dix soldats."
    assert ("ASSAULT", ["PER"], ["CHL"]) in coded(text)


def test_consulting_a_paper_is_no_consultation():
    text = "Seuls quelques diplomates chiliens et péruviens sont autorisés à consulter ces notes."
    assert "CONSULT" not in [e[0] for e in coded(text)]


def test_consulting_a_counterpart_stays_a_consultation():
    text = "Le ministre chilien a consulté lundi son homologue péruvien sur la crise."
    assert ("CONSULT", ["CHL", "PER"], []) in coded(text)


@pytest.mark.parametrize("text", [
    # Revendiquer une attaque ou une victoire, c'est s'en dire l'auteur : aucune demande.
    "Un groupe rebelle péruvien a revendiqué lundi l'attaque contre l'ambassade du Chili à Lima.",
    "Les rebelles boliviens ont revendiqué la responsabilité de l'attentat contre le consulat chilien.",
    "Le candidat de l'opposition bolivienne revendique lui aussi la victoire, a indiqué le Chili.",
])
def test_claiming_an_act_as_ones_own_is_no_request(text):
    assert "REQUEST" not in [e[0] for e in coded(text)]


def test_claiming_a_territory_stays_a_request():
    assert "REQUEST" in [e[0] for e in coded("Le Pérou revendique la souveraineté sur les îles disputées avec le Chili.")]


@pytest.mark.parametrize("text", [
    # Examiner une coopération ou une demande, c'est en délibérer : aucune enquête.
    "Le Chili et le Pérou examinent leur coopération en matière de sécurité, a déclaré le ministre chilien.",
    "Le Pérou a examiné lundi la demande d'adhésion du Chili.",
])
def test_examining_cooperation_or_a_request_is_no_investigation(text):
    assert "ACCUSE" not in [e[0] for e in coded(text)]


def test_examining_allegations_stays_an_investigation():
    assert ("ACCUSE", ["CHL"], ["PER"]) in coded("Le Chili examine les allégations de torture visant l'armée péruvienne.")


def test_pleading_a_defence_is_no_request():
    text = "Le Pérou a plaidé l'erreur d'identification après les tirs sur une patrouille chilienne."
    assert "REQUEST" not in [e[0] for e in coded(text)]


def test_pleading_for_something_stays_a_request():
    assert ("REQUEST", ["CHL"], ["PER"]) in coded("Le Chili a plaidé lundi auprès du Pérou pour un cessez-le-feu immédiat.")


def test_a_ban_laid_on_oneself_is_restraint_no_repression():
    assert "COERCE" not in [e[0] for e in coded("Le Chili s'est interdit officiellement de commenter la décision du Pérou.")]


@pytest.mark.parametrize("text, expected", [
    ("Le Pérou a interdit lundi l'entrée de son territoire aux ressortissants chiliens.", ("COERCE", ["PER"], ["CHL"])),
    # Le pronom réfléchi de « se voir » ne rend pas l'interdiction réfléchie.
    ("Les membres de la junte bolivienne se sont vu interdire de voyager au Chili.", ("COERCE", ["BOL"], [])),
])
def test_a_ban_on_others_stays(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    # "pouvoir" in the present, conditional or future, with the act as its complement: only possible.
    "Le Ghana pourrait expulser l'ambassadeur du Togo.",
    "D'autres sanctions peuvent être envisagées contre le Mali.",
    "Personne ne sait si le Niger pourra céder face au Bénin.",
])
def test_what_may_be_done_is_no_event(text):
    assert coded(text) == []


@pytest.mark.parametrize("text, expected", [
    # What one managed to do ("a pu signer") was done; what was agreed may be told with the modal.
    ("Le Ghana a pu signer mardi un accord avec le Togo.", "SUPPORT"),
    ("Le Ghana et le Togo ont convenu que leurs ministres pourraient se rencontrer à Lomé en mai.", "AGREE"),
    # A purpose told in the subjunctive is no doubt on the act ("afin que le président puisse recevoir").
    ("La présidence a organisé mardi une cérémonie afin que le président du Ghana puisse recevoir "
     "l'ambassadeur du Togo.", "CONSULT"),
])
def test_acts_with_pouvoir_that_stay(text, expected):
    assert expected in [e[0] for e in coded(text)]


@pytest.mark.parametrize("text, expected", [
    # L'acte dont une durée est faite (« onze ans de rupture », « des années d'isolement ») a duré
    # jusqu'à la nouvelle : un état, pas un acte du jour (h21c).
    ("Le Kenya et la Somalie ont rouvert lundi leurs ambassades, après sept ans de rupture.",
     [("RETREAT", ["KEN", "SOM"], [])]),
    ("Le président ghanéen a salué dimanche la fin de dix ans de rupture avec le Mali.", [("SUPPORT", ["GHA"], ["MLI"])]),
    ("Le Pérou et le Chili ont convenu vendredi de rouvrir leur frontière après deux décennies de sanctions "
     "et de discussions.", [("AGREE", ["CHL", "PER"], [])]),
    # Une durée qui n'est pas la matière d'un acte le laisse tel quel.
    ("Le Pérou a imposé vendredi des sanctions au Chili pour deux ans.", [("SANCTION", ["PER"], ["CHL"])]),
])
def test_act_a_span_of_time_is_made_of_is_background(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Un acte matériel nommé, défini, dans ce qui donne la cause ou le moment de la nouvelle (« en
    # raison de la répression », « depuis l'invasion ») est connu du lecteur : le contexte (h21c).
    ("Ce fut un moment fort, marquant le retour du Soudan dans la région après des années d'isolement en "
     "raison de la répression des manifestations contre le président soudanais.", []),
    # Ce que le verbe de la nouvelle vise reste un acte : « a condamné la répression ».
    ("Le Bénin a condamné lundi la répression des manifestations par le Togo.", [("ACCUSE", ["BEN"], ["TGO"])]),
])
def test_material_act_given_as_cause_or_time_is_background(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Échanger" with no object, with the other side, the matter or the medium: talks.
    ("Le président ivoirien a échangé avec son homologue ghanéen sur la situation au Sahel.",
     [("CONSULT", ["CIV", "GHA"], [])]),
    ("Le président sénégalais et son homologue mauritanien ont échangé par téléphone lundi.",
     [("CONSULT", ["MRT", "SEN"], [])]),
    ("Le Premier ministre gabonais et son homologue congolais ont échangé sur la sécurité maritime.",
     [("CONSULT", ["COG", "GAB"], [])]),
    # With an object, something else is exchanged: no meeting; nor is a wish to talk.
    ("Le Bénin et le Togo ont échangé 40 prisonniers.", []),
    ("« J'ai hâte d'échanger avec vous sur la sécurité au Sahel », a dit l'ambassadeur du Niger au président "
     "béninois.", []),
])
def test_exchanging_with_someone_is_talks(text, expected):
    assert [e for e in coded(text) if e[0] == "CONSULT"] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # A meeting first named in a phrase that places the news after it: held and ended, told.
    ("Les Premiers ministres tunisien et égyptien ont signé cinq accords à l'issue des travaux de la haute "
     "commission mixte tuniso-égyptienne.", "fr", ["SUPPORT", "CONSULT"]),
    ("After a meeting between Indian Foreign Minister Ravi Kumar and his Japanese counterpart Taro Sato in "
     "Tokyo on Wednesday, Japan agreed to lead the connectivity pillar.", "en", ["CONSULT", "AGREE"]),
    # A meeting of one state's own council, or one that names no sides, is where the news came from.
    ("L'annonce a été faite par la présidence algérienne à l'issue d'une réunion extraordinaire du Haut conseil "
     "de sécurité algérien : l'Algérie rompt ses relations avec le Maroc.", "fr", ["SANCTION"]),
    ("The G7 foreign ministers issued a statement condemning Russia after their meeting in Japan.", "en",
     ["ACCUSE"]),
    # Told before, the meeting is not told again by the phrase that follows it.
    ("Le ministre sénégalais a reçu lundi l'ambassadeur du Japon. À l'issue de la rencontre, les deux pays ont "
     "signé un accord de coopération.", "fr", ["CONSULT", "SUPPORT"]),
])
def test_a_meeting_first_named_after_it_ended_is_told(text, lang, expected):
    assert [e[0] for e in coded(text, lang=lang)] == expected


def test_a_meeting_first_told_by_one_side_is_completed_by_the_definite_mention():
    # The first mention names one side (the other is "elle"); "l'entretien entre les deux
    # ministres" points back to it and completes it: one meeting, not two.
    text = ("Le Mali et la Chine examinent leur coopération agricole, a déclaré aux journalistes la cheffe de la "
            "diplomatie malienne, Awa Traoré. Elle a rencontré son homologue chinois Wang Yi mardi, en marge de la "
            "session de l'Assemblée générale de l'ONU. Selon elle, son pays lutte contre la faim et appelle ses "
            "partenaires à l'aider, et la Chine est l'un de ses partenaires les plus fiables. En outre, l'entretien "
            "entre les deux ministres a porté sur les engrais, a précisé Mme Traoré.")
    assert [(e[0], sorted(e[1] + e[2])) for e in coded(text) if e[0] == "CONSULT"] == [("CONSULT", ["CHN", "MLI"])]


def opened_missions(text, lang="fr"):
    """The states of each support coded as a mission opened (CAMEO 054) in the text."""
    return [sorted({a.code for a in e.actor} | {r.code for r in e.recipient})
            for e in communique.extract(text, lang=lang, published="2024-05-13").events
            if e.event == "SUPPORT" and e.cameo == "054"]


@pytest.mark.parametrize("lang, text, states", [
    # Ouvrir ou inaugurer une ambassade, un consulat chez un État le reconnaît : un soutien (CAMEO 054).
    ("fr", "Le Sénégal a inauguré jeudi son consulat général à Banjul.", ["GMB", "SEN"]),
    ("fr", "La Bolivie a rouvert mardi son ambassade au Chili.", ["BOL", "CHL"]),
    ("fr", "La cérémonie d'inauguration du consulat du Pérou à Arica a été présidée par le ministre "
           "chilien des Affaires étrangères.", ["CHL", "PER"]),
    ("en", "Chile inaugurated its embassy in Paraguay on Monday.", ["CHL", "PRY"]),
    ("en", "The foreign ministers of Peru and Chile attended the inauguration ceremony of the Peruvian "
           "consulate in Arica.", ["CHL", "PER"]),
])
def test_a_mission_opened_is_support(lang, text, states):
    assert states in opened_missions(text, lang)


@pytest.mark.parametrize("lang, text", [
    # Un autre lieu qu'une mission, un souhait, un projet, ou une ouverture dont un texte parle.
    ("fr", "Le Pérou a inauguré un nouvel hôpital à Lima avec l'aide du Chili."),
    ("fr", "Le Paraguay espère ouvrir un consulat en Bolivie."),
    ("fr", "Les accords signés par le Chili et le Pérou portent sur la réouverture des consulats."),
    ("fr", "Le consulat du Chili à Tacna, ouvert le 3 mars 2019, délivre des visas aux Péruviens."),
    ("en", "Bolivia called the opening of the Chilean embassy in Lima a provocation."),
    ("en", "Peru arrived in Asuncion to open an embassy in Paraguay next year."),
    ("en", "Chile opened a trade office in Lima."),
])
def test_no_mission_opened(lang, text):
    assert opened_missions(text, lang) == []


def consult_states(text, lang):
    return [sorted({a.code for a in e.actor} | {r.code for r in e.recipient})
            for e in communique.extract(text, lang=lang, published="2024-05-13").events if e.event == "CONSULT"]


@pytest.mark.parametrize("lang, text, expected", [
    # Une rencontre possédée (« sa », « their ») dans un complément qui place la nouvelle après elle :
    # le possesseur, sujet de la phrase, en est un côté ; l'autre est nommé avec elle.
    ("fr", "Le ministre chilien des Affaires étrangères a déclaré, à la suite de sa rencontre mardi à Lima "
           "avec son homologue péruvien, que les deux pays partagent les mêmes vues.", [["CHL", "PER"]]),
    ("en", "The Chilean and Peruvian foreign ministers issued a joint statement following their meeting in Lima.",
     [["CHL", "PER"]]),
    # Une réunion d'un seul État ou d'un groupe sans État nommé : pas de rencontre entre deux États.
    ("en", "The foreign ministers of the Andean group issued a statement after their meeting in Lima.", []),
    ("fr", "Le ministre chilien a déclaré à l'issue de sa réunion avec les ambassadeurs de l'Union "
           "européenne que le dialogue se poursuit.", []),
])
def test_a_possessed_meeting_after_which_the_news_is_told(lang, text, expected):
    assert consult_states(text, lang) == expected


@pytest.mark.parametrize("lang, text, consults", [
    # Ce qu'une relative dit d'un document (« qui engage … à tenir des consultations ») est son
    # contenu : la signature est l'événement, pas une rencontre tenue.
    ("fr", "Le Chili et le Pérou ont signé un mémorandum qui engage les deux pays à tenir des consultations "
           "politiques régulières.", 0),
    ("fr", "Le Chili et le Pérou ont signé un mémorandum, qui engage les deux pays à se réunir chaque année.", 0),
    ("en", "Chile and Peru signed a protocol which commits them to hold talks every year.", 0),
    # Une relative sur une personne garde sa rencontre.
    ("en", "The Chilean minister, who signed the protocol, held talks with his Peruvian counterpart on Monday.", 1),
])
def test_what_a_document_says_is_no_meeting(lang, text, consults):
    assert len(consult_states(text, lang)) == consults


@pytest.mark.parametrize("lang, text, expected", [
    # What a document's relative or infinitive clause says it is for is its content, whatever the
    # act: the signing is the event, not the drills, patrols or aid it provides for.
    ("en", "Chile and Peru have signed an accord to facilitate joint drills between their navies.", ["SUPPORT"]),
    ("en", "Chile and Peru signed an agreement on Monday to hold joint patrols along their border.", ["SUPPORT"]),
    ("en", "Chile and Peru signed a protocol which provides for joint exercises of their armies.", ["SUPPORT"]),
    # (The document's own act is no clause of it: "the accord signed on Monday" is the signing.)
    ("en", "The accord signed on Monday by Chile and Peru sets up a joint commission.", ["SUPPORT"]),
    # (An act told beside the signing stays.)
    ("en", "Chile and Peru signed a defence accord and held joint drills off Arica on Monday.",
     ["SUPPORT", "COOPERATE"]),
])
def test_what_a_document_is_for_is_no_act(lang, text, expected):
    assert [e.event for e in communique.extract(text, lang=lang, published="2024-05-13").events] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A warning whose words hold a measure or force to come threatens it: the threat is the event,
    # and the measure threatened is not taken.
    ("en", "Chile warned Peru on Monday that it would expel the Peruvian ambassador if the raids continued.",
     [("THREATEN", ["CHL"], ["PER"])]),
    ("en", "The Chilean foreign minister warned on Monday of further sanctions against Peru.",
     [("THREATEN", ["CHL"], ["PER"])]),
    ("en", "Chile recalled its ambassador from Peru on Monday and warned that it would impose sanctions if the raids "
           "continued.", [("SANCTION", ["CHL"], ["PER"]), ("THREATEN", ["CHL"], ["PER"])]),
    ("fr", "Le Chili a averti lundi le Pérou qu'il expulserait son ambassadeur si les incursions continuaient.",
     [("THREATEN", ["CHL"], ["PER"])]),
    ("fr", "Le ministre chilien a mis en garde lundi le Pérou contre de nouvelles sanctions.",
     [("THREATEN", ["CHL"], ["PER"])]),
    # A state that will "draw all the consequences" of another's decision threatens measures in reply.
    ("fr", "Le Chili tirera toutes les conséquences de cette décision péruvienne, a indiqué le ministère lundi.",
     [("THREATEN", ["CHL"], ["PER"])]),
    ("fr", "Le gouvernement chilien a prévenu qu'il tirerait les conséquences de la décision du Pérou.",
     [("THREATEN", ["CHL"], ["PER"])]),
    ("fr", "Pour le Chili, le Conseil de sécurité devra tirer toutes les conséquences de la décision du Pérou.", []),
    # A countermeasure is a reprisal named as such: warned of as to come it is threatened; told as
    # taken, or as a device, it threatens nothing.
    ("en", "Chile warned Peru on Monday that it would take countermeasures if the raids continued.",
     [("THREATEN", ["CHL"], ["PER"])]),
    ("en", "Chile warned on Monday of counter-measures against Peru.", [("THREATEN", ["CHL"], ["PER"])]),
    ("en", "Chile said the countermeasures taken by Peru in March had hurt its fishing fleet.", []),
    ("en", "Chilean engineers tested new countermeasures against drones near Arica on Monday.", []),
    # A danger warned of, that another state may bring about or no one does, is no threat.
    ("en", "Chile warned on Monday that Peru could carry out more missile tests.", []),
    ("en", "Chile warned on Monday that the unrest in Peru could spread.", []),
    ("fr", "Le Chili a averti lundi que les troubles au Pérou pourraient s'étendre.", []),
])
def test_a_warning_of_a_measure_to_come_is_a_threat(lang, text, expected):
    assert [e for e in coded(text, lang) if e[0] in ("THREATEN", "SANCTION", "MOBILIZE", "ASSAULT")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A word of condemnation that a named actor says or deems of what a state did is disapproval:
    # who says it condemns, the state named in what is judged is condemned.
    ("en", "A spokesman for the Chilean Foreign Ministry said on Monday that Peru's decision was regrettable.",
     [("ACCUSE", ["CHL"], ["PER"])]),
    ("en", "Chile on Monday described the Peruvian raids as unlawful.", [("ACCUSE", ["CHL"], ["PER"])]),
    ("en", "Chile on Monday deemed the fishing accord between Peru and Bolivia illegal.",
     [("ACCUSE", ["CHL"], ["BOL", "PER"])]),
    ("fr", "Le ministère chilien des Affaires étrangères a estimé lundi que la décision du Pérou était inacceptable.",
     [("ACCUSE", ["CHL"], ["PER"])]),
    # Not a word that only qualifies a noun, a judgement denied or to come, nor one of no state's act.
    ("en", "Illegal immigration from Peru has grown, Chile said on Monday.", []),
    ("en", "Chile said on Monday that the new Peruvian tariffs would be illegal.", []),
    ("en", "Chile said on Monday that Peru's fishing accord is not illegal.", []),
    ("en", "The Chilean minister said the delays were regrettable but understandable.", []),
    ("fr", "Le Chili a déclaré lundi que l'immigration illégale en provenance du Pérou augmentait.", []),
    ("fr", "Le Chili a déclaré lundi que l'accord de pêche du Pérou n'est pas illégal.", []),
])
def test_a_condemning_word_said_of_an_act_is_disapproval(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # What an accusation charges or a condemnation names is its matter: a measure or a refusal
    # inside it was taken before, or is alleged, and is no event of its own.
    ("en", "Chile accused Peru of sending migrants to the border in retaliation for sanctions imposed on Lima in June.",
     [("ACCUSE", ["CHL"], ["PER"])]),
    ("en", "Chile condemned on Monday the expulsion of its ambassador from Peru.", [("ACCUSE", ["CHL"], ["PER"])]),
    ("en", "Chile accused Peru on Monday of refusing to release the fishermen.", [("ACCUSE", ["CHL"], ["PER"])]),
    ("fr", "Le Chili a accusé lundi le Pérou de refuser de libérer les pêcheurs.", [("ACCUSE", ["CHL"], ["PER"])]),
    # An act coordinated with the condemnation is told beside it.
    ("en", "Chile condemned the raid on Monday and expelled the Peruvian ambassador.",
     [("ACCUSE", ["CHL"], ["PER"]), ("SANCTION", ["CHL"], ["PER"])]),
])
def test_what_an_accusation_charges_is_its_matter(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # A decision regretted or condemned tells the act decided: the news the regret answers.
    ("fr", "Le Chili regrette la décision du Pérou de rompre ses relations diplomatiques avec le Chili."),
    ("en", "Chile condemned Peru's decision to expel its ambassador on Monday."),
])
def test_a_decision_regretted_tells_the_act_decided(lang, text):
    assert "SANCTION" in [event for event, _, _ in coded(text, lang)]


@pytest.mark.parametrize("lang, text, expected", [
    # An order whose object names an act is that act; an order to another state to act is a demand.
    ("en", "Chile on Monday ordered the expulsion of five Peruvian diplomats.", [("SANCTION", ["CHL"], ["PER"])]),
    ("en", "Chile on Monday ordered Peru to reduce the staff of its embassy in Santiago.", [("REQUEST", ["CHL"], ["PER"])]),
])
def test_an_order_of_an_act_is_the_act(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Coercion told with the span of time it lasted is a state endured up to the news.
    ("en", "Two Chilean fishermen returned home on Monday after being detained in Peru for nearly three years.", []),
    ("fr", "Deux pêcheurs chiliens, détenus depuis trois ans par le Pérou, sont rentrés lundi au Chili.", []),
    # Not an act of the day that lasted hours.
    ("en", "Peruvian police detained two Chilean fishermen for two hours on Monday.", [("COERCE", ["PER"], ["CHL"])]),
])
def test_coercion_held_for_a_span_of_time_is_no_act_of_the_day(lang, text, expected):
    assert [e for e in coded(text, lang) if e[0] == "COERCE"] == expected


@pytest.mark.parametrize("text, expected", [
    # Ce qu'on apprend est une nouvelle reçue, l'objet de la tristesse ou de la colère que le texte
    # exprime ensuite : celui qui l'apprend n'a rien fait, et la violence ainsi dite n'a pas d'auteur nommé.
    ("Le président sénégalais a appris avec tristesse l'attaque contre un poste militaire au Mali. "
     "Il a présenté ses condoléances au peuple malien.", [("SUPPORT", ["SEN"], ["MLI"])]),
    ("Le Premier ministre ivoirien a appris avec consternation l'attentat commis à Ouagadougou.", []),
])
def test_violence_learned_of_is_news_received(text, expected):
    assert coded(text) == expected
