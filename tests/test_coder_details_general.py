"""The details of events (participants, organisations, topics, documents) on wordings of the
kind met in unseen news, in French and English: each table is one rule, written from the
convention it follows (DESIGN.md's record and coding rules), on sentences written for it."""
import pytest

import communique


def people_of(text: str, lang: str, event: str = "CONSULT") -> list[str]:
    """The names of the participants of the document's first event of the type."""
    record = communique.extract(text, lang=lang)
    events = [e for e in record.events if e.event == event]
    assert events, (event, [e.event for e in record.events])
    return [p.name for p in events[0].participants]


@pytest.mark.parametrize("lang, text, present, absent", [
    # A name with no title that the event's words do not tie to it is mentioned, not taking part
    # (an honoured founder, a disease, a programme named after someone).
    ("fr", "Le ministre des Affaires étrangères du Sénégal, Amadou Diallo, a reçu lundi à Dakar l'ambassadeur "
           "du Japon, Kenji Tanaka. Les deux hommes ont évoqué la mémoire de Paul Lemaire, pionnier des échanges "
           "entre les deux pays.",
     ["Amadou Diallo", "Kenji Tanaka"], ["Paul Lemaire"]),
    ("en", "Ghana's Foreign Minister Kofi Mensah held talks in Accra on Monday with the Ambassador of Japan, "
           "Kenji Tanaka. They discussed the scholarship fund named after Robert Mills and the fight against "
           "Ebola.",
     ["Kofi Mensah", "Kenji Tanaka"], ["Robert Mills", "Ebola"]),
    # Untitled names that are the parties of the event's verb do take part.
    ("fr", "Amadou Diallo a reçu lundi à Dakar Kenji Tanaka pour discuter des relations entre le Sénégal et le "
           "Japon.",
     ["Amadou Diallo", "Kenji Tanaka"], []),
    ("en", "Kofi Mensah met Kenji Tanaka in Accra on Monday to discuss trade between Ghana and Japan.",
     ["Kofi Mensah", "Kenji Tanaka"], []),
])
def test_untitled_names_take_part_only_when_the_event_names_them(lang, text, present, absent):
    names = people_of(text, lang)
    for name in present:
        assert name in names, (name, names)
    for name in absent:
        assert not any(name in n for n in names), (name, names)


def organisations_of(text: str, lang: str, published: str | None = None, event: str = "CONSULT") -> list[str]:
    """The organisations of the document's first event of the type."""
    record = communique.extract(text, lang=lang, published=published)
    events = [e for e in record.events if e.event == event]
    assert events, (event, [e.event for e in record.events])
    return events[0].organizations


@pytest.mark.parametrize("lang, text, published, expected", [
    # A meeting on the margins of a summit happens within its framework ...
    ("en", "On the margins of the African Union summit in Addis Ababa, the Foreign Minister of Kenya held talks "
           "on Saturday with his Ghanaian counterpart.", "2024-02-18", ["AU"]),
    ("fr", "En marge du sommet de l'Union africaine à Addis-Abeba, le ministre marocain des Affaires étrangères "
           "s'est entretenu samedi avec son homologue nigérian.", "2024-02-18", ["AU"]),
    # ... but the margins of an earlier meeting the text recalls are not this meeting's framework.
    ("en", "The President of Rwanda held talks with the Emir of Qatar in Doha on Thursday. The visit is a follow "
           "up to their meeting in September on the margins of the UN General Assembly.", "2018-11-16", []),
    ("fr", "Le président ivoirien a reçu lundi à Abidjan le Premier ministre du Burkina Faso. Le chef de l'État "
           "avait déjà évoqué ce programme avec lui en marge du sommet de l'Union africaine.", "2015-07-06", []),
    # "les chefs d'État de l'Union africaine" names the African Union, not the Union State.
    ("fr", "En marge de la rencontre des chefs d'État de l'Union africaine, le président ivoirien s'est "
           "entretenu samedi avec son homologue ghanéen.", "2015-07-06", ["AU"]),
])
def test_a_summit_frames_the_meetings_held_on_its_margins(lang, text, published, expected):
    assert organisations_of(text, lang, published) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The chair of an organisation that a state's leader holds is his other office: he meets for
    # his state, not within the organisation ...
    ("en", "Ghana's President Kofi Mensah, who is also the chairperson of the African Union (AU), held talks "
           "with the Emir of Qatar in Doha on Monday.", []),
    ("fr", "Le roi Hassan, président du Comité Al-Qods, a reçu lundi à Rabat le président palestinien.", []),
    # ... and so is a chair named as the capacity of a state ("Malaysia, as the chair of ASEAN",
    # "le Sénégal étant le président de l'UA"): the state's turn, not the talks' framework ...
    ("en", "The Foreign Minister of Ghana held talks in Accra on Monday with his Malaysian counterpart. They "
           "discussed the crisis in Myanmar, on which Malaysia, as the chair of the Association of Southeast Asian "
           "Nations (ASEAN), has called for restraint.", []),
    ("fr", "Le ministre ghanéen des Affaires étrangères s'est entretenu lundi à Accra avec son homologue sénégalais. "
           "Ils ont évoqué la situation au Sahel, le Sénégal étant le président de l'Union africaine.", []),
    # ... but not a capacity said of a matter discussed ("India's priorities as President of the G20").
    ("en", "The Foreign Minister of Ghana held talks in Accra on Monday with his Indian counterpart on India's "
           "priorities as President of the G20.", ["G20"]),
    # ... but an organisation's own head, received by a leader, is the organisation's.
    ("en", "Ghana's President met the chairperson of the African Union Commission in Accra on Monday.", ["AU"]),
])
def test_a_chair_a_leader_holds_is_not_the_event_s_organisation(lang, text, expected):
    assert organisations_of(text, lang) == expected


@pytest.mark.parametrize("lang, text, absent", [
    # An organisation in the remit of a minister's portfolio names the ministry, not a framework.
    ("fr", "Le Premier ministre algérien a reçu samedi à Alger le ministre des Affaires étrangères du Congo, "
           "en présence du ministre des Affaires maghrébines, de l'Union africaine et de la Ligue des États "
           "arabes, Karim Benali.", ["AU", "LAS"]),
    ("en", "The President of Nigeria received the Foreign Minister of Ghana in Abuja on Monday, in the presence "
           "of the Minister of State for African Union and ECOWAS Affairs, John Okafor.", ["AU", "ECOWAS"]),
])
def test_an_organisation_in_a_minister_s_portfolio_is_not_a_framework(lang, text, absent):
    found = organisations_of(text, lang)
    assert not set(found) & set(absent), found


@pytest.mark.parametrize("lang, text, expected", [
    # Ministers in the plural, of an organisation, meet within it.
    ("fr", "Le Conseil des ministres de la Commission de l'océan Indien a réuni vendredi à Port-Louis les "
           "ministres des Affaires étrangères de Maurice, des Seychelles et de Madagascar.", "IOC"),
    ("en", "The foreign ministers of the Economic Community of West African States met in Abuja on Friday: "
           "Ghana, Senegal and Togo took part.", "ECOWAS"),
])
def test_a_council_of_ministers_meets_within_its_organisation(lang, text, expected):
    assert expected in organisations_of(text, lang)


def topics_of(text: str, lang: str, event: str = "CONSULT") -> list[str]:
    record = communique.extract(text, lang=lang)
    events = [e for e in record.events if e.event == event]
    assert events, (event, [e.event for e in record.events])
    return events[0].topics


@pytest.mark.parametrize("lang, text, topic, expected", [
    # A state's name that tells a matter ("Palestine", "Ukraine") is no topic where that state
    # takes part in the event: its envoy came, the talks were not about it.
    ("fr", "Le Premier ministre a reçu vendredi à Dakar plusieurs ambassadeurs, dont ceux de la Russie et de la "
           "Palestine.", "regional_issues", False),
    ("en", "The President of Ghana received several ambassadors in Accra on Monday, among them those of Russia "
           "and Ukraine.", "regional_issues", False),
    # Where it does not take part, it is what the talks were about.
    ("fr", "Le ministre marocain des Affaires étrangères s'est entretenu lundi avec son homologue égyptien de la "
           "situation en Palestine.", "regional_issues", True),
    ("en", "The Foreign Minister of Ghana held talks with his Kenyan counterpart on Monday on Ukraine.",
     "regional_issues", True),
])
def test_a_state_taking_part_is_not_a_topic(lang, text, topic, expected):
    assert (topic in topics_of(text, lang)) is expected


@pytest.mark.parametrize("lang, text, event, expected, absent", [
    # A condemnation or a demand is about what its own sentence names: an attack, troops, armed
    # groups (weak cues, that alone would not make talks about security) ...
    ("fr", "Le Sénégal condamne avec fermeté l'attaque lancée par le Mali contre la Mauritanie.", "ACCUSE",
     "security_defense", None),
    ("en", "Ghana condemns in the strongest terms the attack launched by Togo against Benin.", "ACCUSE",
     "security_defense", None),
    ("fr", "Le Sénégal appelle le Mali à retirer ses troupes de la Mauritanie.", "REQUEST", "security_defense", None),
    ("en", "Ghana calls on Togo to withdraw its troops from Benin.", "REQUEST", "security_defense", None),
    # ... and a terrorist attack is terrorism, not defence.
    ("fr", "Le Sénégal condamne l'attaque terroriste qui a frappé la Mauritanie.", "ACCUSE", "terrorism_extremism",
     "security_defense"),
    ("en", "Ghana condemns the terrorist attack that hit Benin.", "ACCUSE", "terrorism_extremism", "security_defense"),
])
def test_a_statement_is_about_what_its_sentence_names(lang, text, event, expected, absent):
    topics = topics_of(text, lang, event)
    assert expected in topics and absent not in topics, topics


def signed_kinds(text: str, lang: str) -> list[str]:
    record = communique.extract(text, lang=lang)
    return [d.kind for e in record.events if e.event == "SUPPORT" for d in e.documents]


@pytest.mark.parametrize("lang, text, expected", [
    # "Documents" signed with no kind named: one entry of kind other ...
    ("fr", "Pas moins de douze documents de coopération ont été signés mardi à Niamey entre le Niger et le Bénin.",
     ["other"]),
    ("en", "Ghana and Togo signed twelve cooperation documents in Accra on Monday.", ["other"]),
    # ... and none beside the documents the text names one by one.
    ("en", "Ghana and Togo signed two documents in Accra on Monday: an agreement on road transport and a "
           "memorandum of understanding on customs cooperation.", ["agreement", "memorandum"]),
])
def test_documents_of_no_named_kind(lang, text, expected):
    assert sorted(signed_kinds(text, lang)) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A verb that shares a lemma with a document word names no document ...
    ("en", "Ghana and Togo signed a memorandum of understanding on Monday, according to the Ghanaian ministry.",
     ["memorandum"]),
    ("en", "According to the ministry, Ghana and Togo signed a protocol on customs in Accra on Monday.", ["protocol"]),
    # ... while the noun does.
    ("en", "Ghana and Togo signed an accord on customs in Accra on Monday.", ["agreement"]),
])
def test_a_verb_form_of_a_document_word_is_no_document(lang, text, expected):
    assert sorted(signed_kinds(text, lang)) == expected


@pytest.mark.parametrize("lang, text, event", [
    # A message delivered or sent in writing is the event's document, of kind letter.
    ("en", "The President of Ghana sent on Tuesday a letter of condolences to his Chinese counterpart after the "
           "earthquake.", "SUPPORT"),
    ("fr", "Le président du Sénégal a reçu lundi à Dakar l'envoyé spécial du président du Mali, porteur d'une "
           "lettre de son homologue malien.", "CONSULT"),
])
def test_a_written_message_is_a_letter(lang, text, event):
    record = communique.extract(text, lang=lang)
    kinds = [d.kind for e in record.events if e.event == event for d in e.documents]
    assert kinds == ["letter"], [(e.event, e.documents) for e in record.events]


@pytest.mark.parametrize("lang, text, source, expected", [
    # The publisher's ambassador abroad meets an official of the state where he serves ...
    ("fr", "Le dialogue politique entre le Maroc et la Russie a été au centre d'entretiens, mercredi à Moscou, entre "
           "l'ambassadeur du Maroc, Karim Alaoui, et le vice-ministre des Affaires étrangères Igor Petrov.",
     "Agence marocaine de presse", [("Karim Alaoui", "MAR"), ("Igor Petrov", "RUS")]),
    ("en", "The Ambassador of Ghana to Japan, Kofi Mensah, met Deputy Foreign Minister Kenji Tanaka in Tokyo on "
           "Wednesday.",
     "Ghana News Agency", [("Kofi Mensah", "GHA"), ("Kenji Tanaka", "JPN")]),
    # ... while the publisher's own minister receiving a foreign ambassador stays the publisher's.
    ("fr", "Le ministre des Affaires étrangères Karim Alaoui a reçu mercredi à Rabat l'ambassadeur de Russie, "
           "Igor Petrov.", "Agence marocaine de presse", [("Karim Alaoui", "MAR"), ("Igor Petrov", "RUS")]),
])
def test_an_ambassador_meets_the_officials_of_the_host_state(lang, text, source, expected):
    record = communique.extract(text, lang=lang, source=source)
    talks = [e for e in record.events if e.event == "CONSULT"]
    assert talks, [e.event for e in record.events]
    assert sorted((p.name, p.country) for p in talks[0].participants) == sorted(expected)


@pytest.mark.parametrize("lang, text, expected", [
    # A title runs over an enumeration of its complements, and stops at where and when it was signed.
    ("en", "Qatar and Rwanda signed a memorandum of understanding on economic, commercial and technical "
           "cooperation in Doha on Thursday.",
     ("memorandum", "memorandum of understanding on economic, commercial and technical cooperation")),
    ("fr", "Le Niger et le Bénin ont signé mardi un accord de coopération économique, commerciale et technique "
           "à Niamey.", ("agreement", "accord de coopération économique, commerciale et technique")),
    ("en", "Ghana and Togo signed an agreement on trade, investment and tourism in Accra, after the talks.",
     ("agreement", "agreement on trade, investment and tourism")),
    # English writes a serial comma before the last item of an enumeration: still one complement.
    ("en", "Kenya and Oman signed a memorandum of understanding on cultural, scientific, and educational "
           "cooperation in Nairobi on Monday.",
     ("memorandum", "memorandum of understanding on cultural, scientific, and educational cooperation")),
    ("en", "Peru and Chile signed an agreement on fisheries, mining, and energy after the talks.",
     ("agreement", "agreement on fisheries, mining, and energy")),
    # A preposition inside a place's name does not end the title.
    ("fr", "Le Ghana et la Côte d'Ivoire ont signé mardi un accord de partenariat entre la Côte d'Ivoire et le Ghana.",
     ("agreement", "accord de partenariat entre la Côte d'Ivoire et le Ghana")),
    # A short parenthesis that glosses a name (an acronym, a country) does not end the title; one
    # that says when it was signed is no part of it.
    ("fr", "Le Maroc et le Sénégal ont signé lundi un mémorandum d'entente entre l'Office des changes (Maroc) "
           "et la Banque centrale (Sénégal).",
     ("memorandum", "mémorandum d'entente entre l'Office des changes (Maroc) et la Banque centrale (Sénégal)")),
    ("en", "Kenya and Oman signed an agreement on the Joint Business Council (JBC) in Nairobi.",
     ("agreement", "agreement on the Joint Business Council (JBC)")),
    ("fr", "Le Maroc et le Sénégal ont signé un mémorandum d'entente sur la pêche maritime (14-16 mars) à Dakar.",
     ("memorandum", "mémorandum d'entente sur la pêche maritime")),
    # A title too long to be read to its end is cut before its parties rather than in their middle.
    ("en", "China and Nepal signed on Tuesday an Agreement on Economic and Technical Cooperation between the "
           "Government of the People's Republic of China and the Government of the Federal Democratic Republic "
           "of Nepal.", ("agreement", "Agreement on Economic and Technical Cooperation")),
    # A comma that opens a clause still ends it.
    ("en", "Ghana and Togo signed an agreement on trade, which will help both countries.", ("agreement", "agreement on trade")),
])
def test_a_document_title_is_its_whole_complement(lang, text, expected):
    record = communique.extract(text, lang=lang)
    assert [(d.kind, d.title) for e in record.events for d in e.documents] == [expected]


@pytest.mark.parametrize("lang, text, ordinal", [
    # States named between the round and the mechanism's name do not part them.
    ("en", "The 15th Chile-Peru Foreign Office Consultations were held in Lima on 16 January.", 15),
    ("fr", "La 3e session de la commission mixte sénégalo-norvégienne s'est tenue mardi à Oslo.", 3),
])
def test_the_round_of_a_mechanism_named_with_its_states(lang, text, ordinal):
    events = communique.extract(text, lang=lang, published="2024-01-20").events
    assert [e.series.ordinal for e in events if e.series] == [ordinal]


@pytest.mark.parametrize("lang, text, absent", [
    # Words of titles alone are no one's name: "the UN General Secretary" names an office.
    ("en", "Chile's Foreign Minister Diego Arancibia held talks in Lima with his Peruvian counterpart Hugo Salas "
           "before meeting the UN General Secretary.", "Secretary"),
    ("fr", "Le ministre chilien des Affaires étrangères, Diego Arancibia, a reçu le général de brigade Hugo Salas, "
           "du Pérou.", "Brigade"),
])
def test_words_of_a_title_are_no_participant(lang, text, absent):
    names = people_of(text, lang)
    assert names and absent not in " ".join(names), names


@pytest.mark.parametrize("lang, text, multilateral, framed", [
    # An organisation named as the occasion of bilateral talks frames them: no multilateral topic.
    ("en", "Ghana's Foreign Minister Kofi Mensah met Japan's Foreign Minister Kenji Tanaka on Monday on the "
           "margins of the NATO summit in Brussels.", False, True),
    ("fr", "Le ministre des Affaires étrangères du Sénégal, Amadou Diallo, s'est entretenu lundi avec son "
           "homologue japonais Kenji Tanaka en marge du sommet de l'Union africaine.", False, True),
    # Named only as the office a participant holds, or as a membership, it is no matter discussed
    # (and a chair a state's leader holds, no organisation of the event).
    ("en", "Ghana's Foreign Minister Kofi Mensah met Japan's Foreign Minister Kenji Tanaka on Monday in Accra. "
           "Mensah, who is also the chairperson of the African Union (AU), discussed trade with him.", False, True),
    ("fr", "Le président sénégalais Macky Sall, président en exercice de l'Union africaine, s'est entretenu lundi "
           "à Dakar avec son homologue japonais du commerce entre les deux pays.", False, False),
    ("en", "Ghana's Foreign Minister Kofi Mensah met Japan's Foreign Minister Kenji Tanaka on Monday in Accra. "
           "They discussed trade between the two member states of the United Nations.", False, True),
    # Named as what the talks were about, it is the multilateral topic.
    ("en", "Ghana's Foreign Minister Kofi Mensah met Japan's Foreign Minister Kenji Tanaka on Monday in Accra. "
           "They discussed the reform of the African Union.", True, True),
    ("fr", "Le ministre des Affaires étrangères du Sénégal s'est entretenu lundi à Dakar avec son homologue "
           "japonais de la réforme du Conseil de sécurité de l'ONU et de la présidence de l'Union africaine.", True, True),
])
def test_an_organisation_as_the_occasion_is_no_multilateral_topic(lang, text, multilateral, framed):
    record = communique.extract(text, lang=lang)
    events = [e for e in record.events if e.event == "CONSULT"]
    assert events, [e.event for e in record.events]
    # (The chair a state's leader holds is not the event's organisation at all.)
    assert bool(events[0].organizations) == framed, events[0]
    assert ("multilateral" in events[0].topics) == multilateral, (events[0].organizations, events[0].topics)


@pytest.mark.parametrize("lang, text, expected", [
    # A pattern that names two spheres at once gives both topics (topics.tsv lists it on two rows).
    ("en", "Ghana's Foreign Minister Kofi Mensah held talks in Accra on Monday with his Japanese counterpart "
           "Kenji Tanaka on trade and economic ties.", {"trade", "economy"}),
    ("en", "The Foreign Minister of Ghana met his Kenyan counterpart in Nairobi on Monday. They discussed "
           "cooperation in the cultural and humanitarian spheres.", {"culture", "humanitarian"}),
    ("fr", "Le ministre des Affaires étrangères du Sénégal s'est entretenu lundi à Dakar avec son homologue "
           "japonais des relations culturelles et humanitaires entre les deux pays.", {"culture", "humanitarian"}),
    ("fr", "Le ministre des Affaires étrangères du Sénégal a reçu lundi à Dakar son homologue malien. Les deux "
           "ministres ont évoqué la coopération commerciale et économique.", {"trade", "economy"}),
    ("en", "The Foreign Minister of Ghana held talks with his Kenyan counterpart in Nairobi on Monday on "
           "regional security.", {"security_defense", "regional_issues"}),
    # The adjective agrees with a coordination: "de la paix, de la stabilité et de la sécurité régionales".
    ("fr", "Le ministre des Affaires étrangères du Sénégal a reçu lundi à Dakar son homologue malien. La "
           "stabilité et la sécurité régionales figuraient aussi au menu.",
     {"security_defense", "regional_issues"}),
])
def test_a_pattern_of_two_spheres_gives_both_topics(lang, text, expected):
    topics = set(topics_of(text, lang))
    assert expected <= topics, topics


@pytest.mark.parametrize("lang, text, event, expected", [
    # A state that condemns another for an armed act, or calls on it to end one: a conflict between
    # states, a regional question as well as a matter of security.
    ("fr", "Le Sénégal condamne avec fermeté l'attaque lancée par le Mali contre la Mauritanie.", "ACCUSE", True),
    ("en", "Ghana calls on Togo to withdraw its troops from Benin.", "REQUEST", True),
    ("en", "Japan protested to North Korea over its latest ballistic missile launch.", "ACCUSE", True),
    # A security matter with no armed act (the safety of diplomats) is no conflict between states.
    ("en", "Ghana demanded that Togo ensure the security of its embassy in Lome.", "REQUEST", False),
    # An attack no state is blamed for is no conflict between states.
    ("fr", "Le Sénégal condamne l'attaque terroriste qui a frappé Bamako.", "ACCUSE", False),
    # A state that sanctions another over an armed act: a conflict between states too.
    ("en", "Canada imposed new sanctions on Russia over its invasion of Georgia.", "SANCTION", True),
    ("fr", "Le Canada a imposé lundi de nouvelles sanctions contre la Russie après son invasion de la Géorgie.",
     "SANCTION", True),
    # Sanctions on those who bear arms name whom they punish, not an armed act.
    ("en", "Canada imposed new sanctions on military officials of Venezuela for corruption.", "SANCTION", False),
    ("fr", "Le Canada a imposé de nouvelles sanctions contre des officiers militaires du Venezuela pour "
           "corruption.", "SANCTION", False),
])
def test_an_armed_act_between_states_is_a_regional_question(lang, text, event, expected):
    topics = topics_of(text, lang, event)
    assert ("regional_issues" in topics) is expected, topics


@pytest.mark.parametrize("lang, text, topic", [
    # A sentence that lists the documents signed after talks tells the matters of what was signed,
    # not those of the talks.
    ("fr", "Le Premier ministre sénégalais a reçu lundi à Dakar son homologue mauritanien. Les deux pays ont "
           "ensuite signé plusieurs accords. Un protocole d'accord sur la coopération industrielle vise à "
           "stimuler les échanges technologiques.", "industry"),
    ("en", "Ghana's President received the Emir of Qatar in Accra on Monday. The two leaders then signed "
           "several agreements. A memorandum of understanding on cooperation in civil aviation was among them.",
     "transport_logistics"),
])
def test_the_matters_of_listed_documents_go_to_the_signing(lang, text, topic):
    assert topic in topics_of(text, lang, "SUPPORT")
    assert topic not in topics_of(text, lang, "CONSULT")


@pytest.mark.parametrize("lang, text, absent", [
    # The fields in a commission's name are its name, not matters of the talks that mention it.
    ("en", "The Foreign Minister of Ghana held talks with his Kenyan counterpart in Nairobi on Monday. They "
           "discussed trade and agreed on the date of the next meeting of the intergovernmental commission on "
           "industrial, scientific and technical cooperation.", "industry"),
    ("fr", "Le ministre des Affaires étrangères du Sénégal s'est entretenu lundi à Dakar avec son homologue "
           "malien. Les deux ministres ont évoqué le commerce, dans le cadre des travaux de la commission mixte de "
           "coopération scientifique et culturelle.", "science_technology"),
])
def test_the_fields_in_a_commission_name_are_no_topic(lang, text, absent):
    topics = topics_of(text, lang)
    assert "trade" in topics and absent not in topics, topics


@pytest.mark.parametrize("lang, text, event, topic, expected", [
    # Visa restrictions are the measure of a sanction, not a consular matter; a website is no
    # digital matter.
    ("en", "The United States imposed visa restrictions on ten officials of Togo over the crackdown.", "SANCTION",
     "migration_consular", False),
    ("fr", "Le Président sénégalais s'est entretenu lundi au téléphone avec son homologue malien, a indiqué la "
           "présidence sur son site internet.", "CONSULT", "digital_ict", False),
    # Democracy is no topic of the vocabulary (not human rights).
    ("en", "Ghana's Foreign Minister held talks with his Kenyan counterpart in Accra on Monday on democracy and "
           "governance in the region.", "CONSULT", "human_rights", False),
    # A commercial flight is a matter of transport, not of trade; a state rich in energy is described.
    ("en", "Ghana's Foreign Minister held talks with his Kenyan counterpart in Accra on Monday on the first "
           "commercial flights between the two capitals.", "CONSULT", "trade", False),
    ("en", "Ghana's Foreign Minister held talks with his Kenyan counterpart in Accra on Monday on the first "
           "commercial flights between the two capitals.", "CONSULT", "transport_logistics", True),
    ("fr", "Le ministre sénégalais des Affaires étrangères a rencontré lundi à Dakar son homologue malien pour "
           "discuter de la reprise des vols commerciaux entre les deux capitales.", "CONSULT", "trade", False),
    ("en", "The United Nations condemned the attack on the energy-rich nation's embassy in Accra.", "ACCUSE",
     "energy", False),
    # Relief from sanctions is no humanitarian matter.
    ("en", "Ghana's Foreign Minister held talks with his Iranian counterpart in Accra on Monday on sanctions relief "
           "and trade.", "CONSULT", "humanitarian", False),
    # Visas discussed in talks are.
    ("en", "Ghana's Foreign Minister held talks with his Kenyan counterpart in Accra on Monday on visas for "
           "students.", "CONSULT", "migration_consular", True),
])
def test_words_that_hold_a_cue_but_tell_no_topic(lang, text, event, topic, expected):
    assert (topic in topics_of(text, lang, event)) is expected


@pytest.mark.parametrize("lang, text, topic, expected", [
    # A sentence after the talks that says what they were about ("discussed", "ont évoqué")
    # lists their matters: its weak cues count, as in the talks' own sentence.
    ("fr", "Le ministre des Affaires étrangères du Sénégal a rencontré lundi à Dakar son homologue malien. Au "
           "cours de la réunion, les parties ont discuté des développements en cours dans la région.",
     "regional_issues", True),
    ("en", "Ghana's Foreign Minister met his Kenyan counterpart in Accra on Monday. The two ministers also "
           "discussed the tensions in the region.", "regional_issues", True),
    # The army is a matter of defence, as troops are.
    ("fr", "Le ministre sénégalais des Affaires étrangères a reçu lundi à Dakar son homologue malien. Les deux "
           "ministres ont discuté de la réforme de l'armée malienne.", "security_defense", True),
    ("en", "Ghana's Foreign Minister met his Togolese counterpart in Accra on Monday. The two ministers discussed "
           "the reform of the army.", "security_defense", True),
    # So does a sentence that tells the meeting again by its verb ("s'est entretenu … sur …").
    ("fr", "Ce mardi 3 mars 2026, le Président de la République du Niger, Ali Moussa, a effectué une visite de "
           "quelques heures à Abuja, au Nigeria selon la presse présidentielle.\nSur place, le Chef de l'État "
           "nigérien s'est entretenu avec son homologue nigérian, Paul Okafor, Président en exercice de la CEDEAO, "
           "sur la situation sécuritaire et humanitaire dans l'Ouest de la République du Niger qui reste "
           "préoccupante.", "humanitarian", True),
    # Without such a word a weak cue alone tells no matter of the talks.
    ("fr", "Le ministre des Affaires étrangères du Sénégal a rencontré lundi à Dakar son homologue malien. Le "
           "ministre malien est arrivé dimanche dans la région.", "regional_issues", False),
])
def test_a_sentence_saying_what_was_discussed_lists_the_matters(lang, text, topic, expected):
    assert (topic in topics_of(text, lang)) is expected


@pytest.mark.parametrize("lang, text, absent", [
    # The portfolio before a minister's title is part of the title, not a matter discussed.
    ("en", "Defence Minister Kofi Mensah held talks in Accra on Monday with his Japanese counterpart Kenji Tanaka "
           "on trade.", "security_defense"),
    ("en", "Japan's Trade Minister Kenji Tanaka held talks in Accra on Monday with Ghana's Foreign Minister Kofi "
           "Mensah on health.", "trade"),
])
def test_a_portfolio_before_a_title_is_no_topic(lang, text, absent):
    topics = topics_of(text, lang)
    assert topics and absent not in topics, topics


@pytest.mark.parametrize("lang, text, topic, expected", [
    # A sentence whose subject is one state and that names no one tells what the state is or has,
    # not what its leaders discussed.
    ("fr", "Le ministre sénégalais des Affaires étrangères, Amadou Diallo, s'est entretenu lundi par téléphone "
           "avec son homologue malien. Le Mali attire de nombreuses entreprises étrangères engagées dans "
           "l'exploitation de ses ressources minières.", "mining_resources", False),
    ("en", "Ghana's Foreign Minister Kofi Mensah held talks with his Togolese counterpart in Accra on Monday. "
           "Togo attracts many foreign companies active in its mining sector.", "mining_resources", False),
    # States named together are the parties to a relation, whose matters the sentence tells.
    ("fr", "Le ministre sénégalais des Affaires étrangères, Amadou Diallo, s'est entretenu lundi par téléphone "
           "avec son homologue malien. Le Sénégal et le Mali veulent développer ensemble leurs ressources "
           "minières.", "mining_resources", True),
    ("en", "Ghana's Foreign Minister Kofi Mensah held talks with his Togolese counterpart in Accra on Monday. "
           "Ghana and Togo are working together to develop their mining sector.", "mining_resources", True),
])
def test_a_sentence_describing_one_state_gives_the_talks_no_topic(lang, text, topic, expected):
    topics = topics_of(text, lang)
    assert (topic in topics) is expected, topics


SIGNING_IN_ALGIERS = (
    "Le secrétaire général du ministère des Affaires étrangères, Karim Saadi et le vice-ministre chinois du Commerce, "
    "Wang Lei, ont signé hier à Alger un accord de coopération économique entre l'Algérie et la Chine. "
    "Pour sa part, le secrétaire général du ministère de la Culture, Amine Bouzid, a signé avec le vice-ministre "
    "chinois un accord culturel. La cérémonie de signature s'est déroulée en présence du ministre des Affaires étrangères, {}, "
    "et du ministre de la Culture, Nadir Larbi.")


@pytest.mark.parametrize("lang, text, expected", [
    # The press names the other state's officials by their state and its own by their office
    # alone: the unmarked officials are of the state no title names, when the document's known
    # office-holders named by their office alone (the foreign minister, from the office-holders'
    # table) are of that state.
    ("fr", SIGNING_IN_ALGIERS.format("Abdelkader Messahel"),
     {"Karim Saadi": "DZA", "Wang Lei": "CHN", "Amine Bouzid": "DZA", "Nadir Larbi": "DZA"}),
    # When they are of the other state, nothing says which state the unmarked officials are of.
    ("fr", SIGNING_IN_ALGIERS.format("Wang Yi"), {"Wang Lei": "CHN", "Amine Bouzid": None}),
])
def test_officials_named_by_office_alone_are_of_the_unmarked_state(lang, text, expected):
    record = communique.extract(text, lang=lang)
    signing = [e for e in record.events if e.event == "SUPPORT"]
    assert signing, [e.event for e in record.events]
    found = {p.name: p.country for p in signing[0].participants}
    assert {name: found.get(name, "absent") for name in expected} == expected


@pytest.mark.parametrize("lang, text, signed", [
    # A signing the talks were about is their topic ...
    ("en", "The foreign ministers of Ghana and Togo met in Accra on Friday to discuss the signing of a border treaty.",
     False),
    ("en", "The President of Ghana talked to the President of Togo on Tuesday about signing a trade agreement.", False),
    ("fr", "Les ministres des Affaires étrangères du Niger et du Bénin se sont entretenus mardi à Niamey et ont "
           "évoqué la signature d'un accord de défense.", False),
    # ... while a signing done beside the talks, or seen after them, stays a signing.
    ("en", "The foreign ministers of Ghana and Togo held talks in Accra on Monday and signed an agreement on trade.",
     True),
    ("en", "The ministers of Ghana and Togo discussed trade in Accra on Monday and witnessed the signing of an "
           "agreement on customs.", True),
])
def test_a_signing_the_talks_were_about_is_no_signing(lang, text, signed):
    events = [e.event for e in communique.extract(text, lang=lang).events]
    assert "CONSULT" in events
    assert ("SUPPORT" in events) == signed, events


@pytest.mark.parametrize("lang, text", [
    # A question tells no act, whatever words it asks about ...
    ("fr", "Les ministres du Ghana et du Togo ont-ils conclu un accord ?"),
    ("fr", "Que signifie le rappel de l'ambassadeur du Mali au Niger ?"),
    ("en", "Will Ghana expel the ambassador of Togo?"),
])
def test_a_question_tells_no_event(lang, text):
    assert communique.extract(text, lang=lang).events == []


def test_the_sentence_after_a_question_still_tells_its_act():
    text = "Que signifie cette décision ? Le Ghana a expulsé mardi l'ambassadeur du Togo."
    assert [e.event for e in communique.extract(text, lang="fr").events] == ["SANCTION"]

@pytest.mark.parametrize("lang, text, event, absent, present", [
    # "Climat" / "climate" of something is the mood of relations or markets, not the climate; the
    # business climate is an investment matter.
    ("fr", "Le ministre sénégalais des Affaires étrangères a reçu lundi à Dakar son homologue gambien. Les deux "
           "ministres ont discuté du commerce et de l'amélioration du climat des affaires.", "CONSULT",
     "environment_climate", "investment"),
    ("fr", "Le ministre sénégalais des Affaires étrangères a reçu lundi à Dakar son homologue gambien. Les deux "
           "ministres ont salué le climat de confiance et discuté du commerce.", "CONSULT",
     "environment_climate", "trade"),
    ("en", "Ghana's Foreign Minister held talks with his Togolese counterpart in Accra on Monday on trade and "
           "on the business climate.", "CONSULT", "environment_climate", "investment"),
    ("en", "Ghana's Foreign Minister held talks with his Togolese counterpart in Accra on Monday on trade, in a "
           "climate of trust.", "CONSULT", "environment_climate", "trade"),
    # The climate itself still is.
    ("en", "Ghana's Foreign Minister held talks with his Togolese counterpart in Accra on Monday on climate "
           "change and trade.", "CONSULT", None, "environment_climate"),
    # A diplomat's own visa, withdrawn with his post, is no consular matter.
    ("fr", "Le Mali a retiré lundi le visa diplomatique de l'ambassadeur de Belgique et a exigé son expulsion.",
     "SANCTION", "migration_consular", None),
    ("en", "Togo on Monday cancelled the diplomatic visas of two Ghanaian diplomats and expelled them.",
     "SANCTION", "migration_consular", None),
])
def test_words_of_a_figurative_climate_or_a_diplomat_s_visa(lang, text, event, absent, present):
    topics = topics_of(text, lang, event)
    assert absent is None or absent not in topics, topics
    assert present is None or present in topics, topics


@pytest.mark.parametrize("lang, text, expected", [
    # A state's community abroad discussed in talks is a consular matter: the group word with a
    # people's word beside it.
    ("fr", "Le ministre sénégalais des Affaires étrangères a reçu lundi à Dakar l'ambassadeur du Mali. Les deux "
           "parties ont évoqué la situation de la communauté malienne au Sénégal.", True),
    ("en", "Ghana's Foreign Minister held talks with his Nigerian counterpart in Accra on Monday on the welfare "
           "of the Nigerian community in Ghana.", True),
    # Not the international community, nor a community that is an organisation.
    ("fr", "Le ministre sénégalais des Affaires étrangères a reçu lundi à Dakar l'ambassadeur du Mali. Les deux "
           "parties ont évoqué le soutien de la communauté internationale.", False),
    ("fr", "Le ministre sénégalais des Affaires étrangères a reçu lundi à Dakar l'ambassadeur du Mali. Ils ont "
           "discuté des relations avec la Communauté économique des États de l'Afrique de l'Ouest.", False),
    ("en", "Ghana's Foreign Minister held talks with his Kenyan counterpart in Accra on Monday on trade within "
           "the East African Community.", False),
])
def test_a_state_s_community_abroad_is_a_consular_matter(lang, text, expected):
    assert ("migration_consular" in topics_of(text, lang)) is expected


@pytest.mark.parametrize("lang, text, expected", [
    # "Bilateral and multilateral issues" is the formula for all matters at once: no multilateral topic.
    ("en", "Ghana's Foreign Minister held talks with his Togolese counterpart in Accra on Monday on bilateral "
           "and multilateral issues.", False),
    # Multilateral issues named alone are the topic.
    ("en", "Ghana's Foreign Minister held talks with his Togolese counterpart in Accra on Monday on "
           "multilateral issues.", True),
    ("fr", "Le ministre sénégalais des Affaires étrangères s'est entretenu lundi à Dakar avec son homologue "
           "malien des questions multilatérales.", True),
])
def test_bilateral_and_multilateral_matters_are_no_topic(lang, text, expected):
    assert ("multilateral" in topics_of(text, lang)) is expected


@pytest.mark.parametrize("lang, text, event", [
    # A security agreement signed names its matter, as "coopération sécuritaire" does in talks.
    ("fr", "Le ministre malien de l'Intérieur et son homologue nigérien ont signé lundi à Bamako un accord "
           "sécuritaire sur la surveillance de la frontière.", "SUPPORT"),
    ("en", "The interior ministers of Ghana and Togo signed a security agreement on border patrols in Accra on "
           "Monday.", "SUPPORT"),
])
def test_a_security_agreement_tells_security(lang, text, event):
    assert "security_defense" in topics_of(text, lang, event)


@pytest.mark.parametrize("lang, text, topic, types", [
    # An act named by a noun in what talks reviewed ("focusing on the deployment …") is one of
    # their matters, not an event of its own: the sentence gives the talks its topics.
    ("en", "President John Mahama held talks with Irish Foreign Minister Sean Kelly in Accra on Friday. They "
           "reviewed the security situation in the region, focusing on the ECOWAS deployment in Guinea-Bissau, the "
           "situation in Mali, as well as Niger and Burkina Faso.", "security_defense", ["CONSULT"]),
    ("en", "Kenya's Foreign Minister met her Dutch counterpart in Nairobi on Tuesday. The two ministers discussed "
           "the security situation in the region, including the troop deployment in Somalia, the crisis in Sudan, "
           "as well as Eritrea and Ethiopia.", "regional_issues", ["CONSULT"]),
])
def test_an_act_the_talks_reviewed_is_their_matter(lang, text, topic, types):
    record = communique.extract(text, lang=lang)
    assert [e.event for e in record.events] == types
    assert topic in record.events[0].topics, record.events[0].topics


@pytest.mark.parametrize("lang, text, event, topic, expected", [
    # A field written with a capital in an institution's name is part of the name, not a matter:
    # after the head word and a preposition, or before the head word.
    ("fr", "Un accord de coopération technique a été signé jeudi à Niamey entre le Niger et le Japon, en présence "
           "de représentants du ministère des Finances et du Plan.", "SUPPORT", "finance", False),
    ("en", "Ghana's Foreign Minister Kofi Mensah held talks on Monday with the Ambassador of Japan at the Ghana "
           "Foundation for Education, Science and Culture in Accra.", "CONSULT", "education", False),
    ("en", "Ghana's Foreign Minister Kofi Mensah held talks in Accra on Monday with the Ambassador of Japan, "
           "joined by officials of the Fisheries Protection Bureau.", "CONSULT", "agriculture_food", False),
    # The same fields in running text are matters discussed.
    ("en", "Ghana's Foreign Minister Kofi Mensah held talks in Accra on Monday with the Ambassador of Japan on "
           "education, science and fisheries.", "CONSULT", "education", True),
    # A state's or an organisation's name in an institution's name still tells its topic.
    ("en", "Ghana's Foreign Minister Kofi Mensah held talks in Accra on Monday with the Ambassador of Japan on the "
           "reform of the Security Council.", "CONSULT", "multilateral", True),
])
def test_a_field_in_an_institution_s_name_is_no_topic(lang, text, event, topic, expected):
    topics = topics_of(text, lang, event)
    assert (topic in topics) is expected, topics


@pytest.mark.parametrize("lang, text, topic, expected", [
    # Condolences offered for a disaster their own sentence names have that disaster's topic.
    ("fr", "Le président du Sénégal a adressé un message de condoléances à son homologue du Mozambique, suite au "
           "cyclone qui a frappé son pays.", "humanitarian", True),
    ("en", "Ghana's President sent a letter of condolences to his Nepalese counterpart over the heavy toll of the "
           "landslides that struck the country.", "humanitarian", True),
    # Praise for a state is not offered for a tragedy: a disaster it names in passing is no matter.
    ("en", "Ghana's President praised Nepal for its work on the reconstruction after the landslides.", "humanitarian",
     False),
])
def test_condolences_have_the_topic_of_the_disaster(lang, text, topic, expected):
    topics = topics_of(text, lang, "SUPPORT")
    assert (topic in topics) is expected, topics


@pytest.mark.parametrize("lang, text, absent, present", [
    # The portfolios that run on from a minister's title ("ministre de l'Énergie et des Mines",
    # "the Minister for Infrastructure") are the title's, not matters of the talks.
    ("fr", "Le Président sénégalais a reçu lundi à Dakar son homologue malien, accompagné du ministre de l'Énergie "
           "et des Mines, Moussa Traoré, pour discuter de la santé.", "mining_resources", "health"),
    ("en", "President Mahama held talks with the Emir of Qatar in Doha on Thursday. According to Kwame Boateng, "
           "the Minister for Infrastructure, who accompanied the President, the meeting focused on investment.",
     "transport_logistics", "investment"),
])
def test_the_portfolios_after_a_minister_s_title_are_no_topic(lang, text, absent, present):
    topics = topics_of(text, lang)
    assert absent not in topics and present in topics, topics


@pytest.mark.parametrize("lang, text, expected", [
    # A sentence that tells a gift again may name its organisation twice (the recipient, then its
    # programme): the event has it once.
    ("en", "Japan has donated 2 million dollars to help flood victims in Malawi. The donation to the World Food "
           "Programme will back the World Food Programme's work.", ["WFP"]),
    ("en", "Norway has donated 3 million dollars to assist refugees in Chad. The grant to UNHCR will support "
           "UNHCR's shelters.", ["UNHCR"]),
])
def test_an_organisation_named_twice_in_a_retold_act_counts_once(lang, text, expected):
    assert organisations_of(text, lang, event="AID") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "En marge de ce Conseil", "on the sidelines of the meeting": the margins of a gathering told
    # in an earlier sentence, whose organisation frames the talks ...
    ("fr", "Deuxième journée du Conseil exécutif de l'Union africaine à Addis-Abeba. En marge de ce Conseil, le "
           "ministre malgache des Affaires étrangères s'est entretenu mardi avec son homologue seychellois.", ["AU"]),
    ("fr", "Le chef de la diplomatie togolaise a participé à Nairobi à la session de l'Organisation internationale "
           "de la Francophonie. En marge de cette session, le ministre togolais des Affaires étrangères a reçu "
           "mardi son homologue kényan.", ["OIF"]),
    ("en", "Second day of the Council of Ministers of the Organisation of Islamic Cooperation in Dakar. On the "
           "sidelines of the meeting, Ghana's Foreign Minister held talks on Tuesday with his Kenyan counterpart.",
     ["OIC"]),
    # ... not a gathering first named there ("a conference"), nor an occasion that is no gathering.
    ("en", "Ghana's Foreign Minister held talks with his Kenyan counterpart in Madrid on Sunday on the sidelines "
           "of a ministerial conference of Asian and European countries.", []),
    ("fr", "Le ministre somalien des Affaires étrangères a rendu hommage lundi aux soldats de la mission de "
           "l'Union africaine. En marge de la cérémonie, il s'est entretenu avec son homologue ougandais.", []),
])
def test_the_margins_of_a_gathering_told_before_frame_the_talks(lang, text, expected):
    assert organisations_of(text, lang, "2024-02-18") == expected


@pytest.mark.parametrize("lang, text, event, expected", [
    # A statement one state makes is spoken by its official whose title names no state ...
    ("en", "Norway condemned the claims made by the Finance Minister of Chile about its fishing fleet, "
           "said ministry spokeswoman Ingrid Solberg.", "ACCUSE", [("Ingrid Solberg", "NOR")]),
    ("en", "Japan condemned the latest missile launch by North Korea, Defence Minister Kenji Tanaka said on "
           "Tuesday.", "ACCUSE", [("Kenji Tanaka", "JPN")]),
    ("fr", "Le Sénégal a condamné l'attaque contre la Guinée, a déclaré le porte-parole du ministère Amadou "
           "Diallo.", "ACCUSE", [("Amadou Diallo", "SEN")]),
    ("en", "Chile has demanded that Peru release the detained crew, Foreign Minister Ana Rojas told reporters "
           "in Santiago.", "REQUEST", [("Ana Rojas", "CHL")]),
])
def test_an_unplaced_official_speaks_for_the_state_that_makes_the_statement(lang, text, event, expected):
    record = communique.extract(text, lang=lang)
    events = [e for e in record.events if e.event == event]
    assert events, [e.event for e in record.events]
    found = [(p.name, p.country) for p in events[0].participants]
    for pair in expected:
        assert pair in found, (pair, found)


@pytest.mark.parametrize("lang, text, name, role", [
    # A bare "Secretary General" the office-holders dictionary knows as an organisation's head is it ...
    ("en", "Secretary General Jens Stoltenberg met Ghana's President Kofi Mensah at NATO headquarters in "
           "Brussels on Monday.", "Jens Stoltenberg", "org_head"),
    # ... while a ministry's secretary general, whom it does not know, stays a senior official.
    ("en", "The secretary general of the foreign ministry, Nikos Petrakis, summoned the Turkish ambassador in "
           "Athens on Thursday.", "Nikos Petrakis", "senior_official"),
])
def test_a_secretary_general_known_as_an_organisations_head_heads_it(lang, text, name, role):
    record = communique.extract(text, lang=lang, published="2017-05-20")
    roles = {p.name: p.role for e in record.events for p in e.participants}
    assert roles.get(name) == role, roles


@pytest.mark.parametrize("lang, text, published, expected", [
    # A bare surname after its title ("la chancelière X") names a person, not a thing named after
    # someone: the office-holders dictionary gives the state the text leaves unsaid.
    ("fr", "Le président sénégalais Macky Sall s'est entretenu mardi à Dakar avec la chancelière Merkel sur la "
           "coopération économique.", "2016-05-10", ("Merkel", "DEU")),
    ("fr", "Le Premier ministre japonais a reçu lundi à Tokyo le chancelier Scholz, en visite officielle.",
     "2023-05-10", ("Scholz", "DEU")),
    ("en", "Senegal's President Macky Sall held talks in Dakar on Tuesday with Chancellor Merkel on economic "
           "cooperation.", "2016-05-10", ("Merkel", "DEU")),
])
def test_a_titled_bare_surname_takes_its_office_holders_state(lang, text, published, expected):
    record = communique.extract(text, lang=lang, published=published)
    found = [(p.name, p.country) for e in record.events for p in e.participants]
    assert expected in found, found


@pytest.mark.parametrize("lang, text, expected, absent", [
    # Insecurity is a matter of security: the word names the lack of it.
    ("fr", "Le président nigérien a reçu mardi l'ambassadeur de France, avec qui il a discuté de l'insécurité "
           "dans la zone des trois frontières.", "security_defense", None),
    ("en", "The Foreign Minister of Ghana held talks with his Togolese counterpart on Monday on growing insecurity "
           "along their border.", "security_defense", None),
    # Safety and security at sea are security, not the transport that "maritime" alone tells.
    ("fr", "Le ministre béninois des Affaires étrangères s'est entretenu lundi à Cotonou avec son homologue gabonais, "
           "Paul Mba. Ils ont évoqué la conférence sur la sécurité et la sûreté maritimes dans le golfe de Guinée.",
     "security_defense", "transport_logistics"),
    # Piracy is an armed threat at sea.
    ("fr", "Le Premier ministre djiboutien a reçu l'ambassadeur du Kenya. Ils ont évoqué la lutte contre la piraterie "
           "au large des côtes somaliennes.", "security_defense", "transport_logistics"),
    ("en", "The President of Kenya received the Ambassador of India on Tuesday; they discussed piracy in the "
           "Indian Ocean.", "security_defense", None),
    ("fr", "Le ministre djiboutien des Affaires étrangères a reçu l'ambassadeur du Japon. Il a été question de la "
           "situation au Yémen et de la piraterie maritime dans le golfe d'Aden.", "security_defense", "transport_logistics"),
    ("en", "The Foreign Minister of Oman met the Ambassador of Japan on Monday. They discussed trade and maritime "
           "piracy off the Horn of Africa.", "security_defense", "transport_logistics"),
])
def test_insecurity_and_security_at_sea_are_security(lang, text, expected, absent):
    topics = topics_of(text, lang)
    assert expected in topics and absent not in topics, topics


@pytest.mark.parametrize("lang, text, expected", [
    # "Faire le point", "un tour d'horizon", "take stock": a review of matters tells what the talks were about.
    ("fr", "Le président ivoirien a reçu lundi à Abidjan son homologue ghanéen. Ils ont fait un large tour "
           "d'horizon des questions bilatérales et de l'actualité dans la sous-région.", "regional_issues"),
    ("fr", "Le président sénégalais a reçu mardi à Dakar le ministre gambien des Affaires étrangères. Ils ont fait "
           "le point de la situation dans la sous-région.", "regional_issues"),
    ("en", "The President of Senegal received the Foreign Minister of Gambia on Monday. They took stock of "
           "security along the border.", "security_defense"),
])
def test_a_review_of_the_sub_region_is_a_regional_question(lang, text, expected):
    assert expected in topics_of(text, lang)


@pytest.mark.parametrize("lang, text", [
    # "Au sein de" a region or sub-region places a matter in it: no organisation, so no multilateral topic.
    ("fr", "Le président nigérien a reçu mardi à Niamey le ministre béninois des Affaires étrangères. Ils ont évoqué "
           "la circulation des armes au sein de la sous-région."),
    ("fr", "Le président tchadien a reçu lundi l'ambassadeur du Cameroun. Ils ont évoqué les échanges commerciaux "
           "au sein de la région."),
])
def test_within_a_region_is_a_regional_question_not_an_organisation(lang, text):
    topics = topics_of(text, lang)
    assert "regional_issues" in topics and "multilateral" not in topics, topics


@pytest.mark.parametrize("lang, text, expected", [
    # A state of affairs a span of time measures ("depuis des décennies", "for decades") has lasted up to
    # the news: background, so the organisation it names is not the framework of the meeting told ...
    ("fr", "Le président sénégalais a reçu lundi à Dakar son homologue gambien. Les deux pays sont partenaires "
           "depuis des décennies au sein de la Communauté économique des États de l'Afrique de l'Ouest.", []),
    ("fr", "Le ministre nigérien de la Défense s'est entretenu mardi à Bamako avec son homologue malien. Le Niger "
           "et le Mali sont engagés depuis une dizaine d'années dans la lutte contre le terrorisme dans le cadre "
           "de la Force conjointe du G5 Sahel.", []),
    ("en", "The Foreign Minister of Ghana held talks with his Togolese counterpart in Accra on Monday. The two "
           "countries have been partners for decades within the Economic Community of West African States.", []),
    # ... while one the talks covered is.
    ("fr", "Le président sénégalais a reçu lundi à Dakar son homologue gambien. Les deux chefs d'État ont évoqué "
           "la coopération au sein de la Communauté économique des États de l'Afrique de l'Ouest.", ["ECOWAS"]),
])
def test_an_organisation_of_a_lasting_state_is_background(lang, text, expected):
    assert organisations_of(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected, absent", [
    # The field a person is named as holding ("en charge de", "chargé de", "responsible for" after the
    # name or title; "ses collègues de …") is a portfolio, not a matter the talks covered ...
    ("fr", "Le ministre togolais des Affaires étrangères a rencontré à Berlin son homologue allemand, Hans Weber, "
           "en charge de la Coopération économique et du Développement.", None, "economy"),
    ("fr", "Le président haïtien a reçu l'ambassadeur de la République dominicaine en présence de ses collègues de "
           "l'Économie et des Finances. Ils ont évoqué la question migratoire.", "migration_consular", "finance"),
    ("en", "The President of Kenya received the Ambassador of Spain, accompanied by Jane Doe, responsible for "
           "trade and investment. They discussed migration.", "migration_consular", "trade"),
    # ... but a body set up to work on a field has it as its matter.
    ("fr", "Le président haïtien a reçu l'ambassadeur de la République dominicaine. Ils ont évoqué la création d'un "
           "groupe conjoint chargé du suivi des échanges commerciaux.", "trade", None),
])
def test_the_field_a_person_holds_is_no_topic(lang, text, expected, absent):
    topics = topics_of(text, lang)
    assert (expected is None or expected in topics) and absent not in topics, topics


@pytest.mark.parametrize("lang, text, present, absent", [
    # A sentence with no event of its own whose subject is someone of a third state tells of him
    # (where he was, what he has not had yet), not more of the talks between two states told before.
    ("fr", "Le ministre sénégalais des Affaires étrangères, Amadou Diallo, a reçu mardi à Dakar son homologue "
           "ghanéen, Kofi Mensah. Le Premier ministre japonais, Kenji Tanaka, était quant à lui absent de la "
           "capitale.",
     ["Amadou Diallo", "Kofi Mensah"], ["Kenji Tanaka"]),
    ("fr", "Le ministre sénégalais des Affaires étrangères, Amadou Diallo, a reçu mardi à Dakar son homologue "
           "ghanéen, Kofi Mensah. De son côté, le Premier ministre japonais, Kenji Tanaka, n'a pas encore été "
           "convié.",
     ["Amadou Diallo", "Kofi Mensah"], ["Kenji Tanaka"]),
    ("en", "Senegal's Foreign Minister Amadou Diallo held talks in Dakar on Tuesday with Ghana's Foreign "
           "Minister Kofi Mensah. Japanese Prime Minister Kenji Tanaka was then on a tour of Europe.",
     ["Amadou Diallo", "Kofi Mensah"], ["Kenji Tanaka"]),
    # People of the two sides told as the sentence's subject still elaborate the talks.
    ("fr", "Le ministre sénégalais des Affaires étrangères, Amadou Diallo, a reçu mardi à Dakar son homologue "
           "ghanéen, Kofi Mensah. La ministre ghanéenne du Commerce, Ama Owusu, faisait aussi partie de la "
           "délégation.",
     ["Amadou Diallo", "Kofi Mensah", "Ama Owusu"], []),
    ("en", "Senegal's Foreign Minister Amadou Diallo held talks in Dakar on Tuesday with Ghana's Foreign "
           "Minister Kofi Mensah. Ghana's Trade Minister Ama Owusu was also part of the delegation.",
     ["Amadou Diallo", "Kofi Mensah", "Ama Owusu"], []),
])
def test_a_person_of_a_third_state_as_subject_tells_of_himself(lang, text, present, absent):
    names = people_of(text, lang)
    for name in present:
        assert name in names, (name, names)
    for name in absent:
        assert not any(name in n for n in names), (name, names)


@pytest.mark.parametrize("lang, text, present, absent", [
    # Whom greetings are passed on to in a sentence that tells more of the talks is not at them.
    ("en", "Kenya's Foreign Minister Amadou Diallo received Ghana's Foreign Minister Kofi Mensah in Nairobi on "
           "Monday. Mr Mensah also extended his best wishes to President Samuel Otieno.",
     ["Amadou Diallo", "Kofi Mensah"], ["Samuel Otieno"]),
    ("fr", "Le ministre sénégalais des Affaires étrangères, Amadou Diallo, a reçu lundi à Dakar son homologue "
           "ghanéen, Kofi Mensah. M. Mensah a transmis ses meilleurs vœux au président Macky Ndiaye.",
     ["Amadou Diallo", "Kofi Mensah"], ["Macky Ndiaye"]),
])
def test_whom_greetings_go_to_is_not_at_the_talks(lang, text, present, absent):
    names = people_of(text, lang)
    for name in present:
        assert name in names, (name, names)
    for name in absent:
        assert not any(name in n for n in names), (name, names)
