"""The coder end to end on short releases written for these tests, in both languages."""
import pytest

import communique


def events(text, lang, published=None, title=None):
    return communique.extract(text, lang=lang, published=published, title=title).events


def states(event):
    return sorted(e.code for e in event.actor), sorted(e.code for e in event.recipient)


@pytest.mark.parametrize("lang, text, published, expected", [
    # (type, mode, format, actor, recipient)
    ("fr", "Le ministre des Affaires étrangères du Maroc, Youssef Bennani, s'est entretenu mardi par téléphone "
           "avec son homologue chilien, Diego Arancibia.", "2024-03-14",
     [("CONSULT", "phone", "phone", ["CHL", "MAR"], [])]),
    ("en", "Kazakhstan's Foreign Minister Dana Kemelova held a telephone conversation with her Chilean counterpart "
           "Diego Arancibia on Monday.", "2024-03-14",
     [("CONSULT", "phone", "phone", ["CHL", "KAZ"], [])]),
    ("fr", "La troisième session de consultations politiques entre le Kazakhstan et le Maroc s'est tenue "
           "par visioconférence.", None,
     [("CONSULT", "phone", "virtual", ["KAZ", "MAR"], [])]),
    ("en", "Senegal and Portugal signed a memorandum of understanding on maritime cooperation.", None,
     [("SUPPORT", None, "in_person", ["PRT", "SEN"], [])]),
])
def test_event_type_mode_format_and_states(lang, text, published, expected):
    got = [(e.event, e.mode, e.format, *states(e)) for e in events(text, lang, published)]
    assert got == [(t, m, f, a, r) for t, m, f, a, r in expected]


@pytest.mark.parametrize("lang, text, expected", [
    # Joint exercises and what is handed over happen with the sides together.
    ("en", "Chilean and Peruvian troops began a joint military exercise near Arica on Monday.", ("COOPERATE", "in_person")),
    ("en", "Chile's ambassador handed over 20 tonnes of humanitarian aid to Peru's health minister on Monday.",
     ("AID", "in_person")),
    ("fr", "L'ambassadeur du Chili a procédé à la remise officielle de vingt tonnes d'aide humanitaire au Pérou.",
     ("AID", "in_person")),
    # What one side said to the other after their call was said on the call.
    ("en", "Chile's Foreign Minister Diego Arancibia spoke by phone with his Peruvian counterpart Hugo Salas on Monday. "
           "Arancibia urged Peru to reopen the border crossing.", ("REQUEST", "phone")),
])
def test_the_format_of_acts_other_than_meetings(lang, text, expected):
    got = [(e.event, e.format) for e in events(text, lang, "2024-03-14")]
    assert expected in got, got


def test_reference_release_codes_consultations_and_signing():
    text = ("La quatrième session de consultations politiques entre le Sénégal et le Portugal s'est déroulée en ligne, "
            "avec la participation du vice-ministre des Affaires étrangères du Sénégal, Ousmane Diallo, et du "
            "directeur général des affaires politiques du ministère portugais des Affaires étrangères, Rui Cardoso.\n"
            "Les parties ont discuté de la coopération commerciale, de l'énergie et des questions régionales.\n"
            "À la fin des consultations, les parties ont signé un protocole.")
    got = events(text, "fr")
    assert [e.event for e in got] == ["CONSULT", "SUPPORT"]
    consult, support = got
    assert consult.series.ordinal == 4 and consult.series.name == "political consultations"
    assert consult.format == "virtual" and consult.mode == "phone"
    assert {"trade", "energy", "regional_issues"} <= set(consult.topics)
    names = {p.name: (p.role, p.country) for p in consult.participants}
    assert names["Ousmane Diallo"] == ("deputy_foreign_minister", "SEN")
    assert names["Rui Cardoso"][0] == "senior_official"
    assert [d.kind for d in support.documents] == ["protocol"]
    assert support.cameo == "057" and support.quad_code == 1


def test_condemnation_is_accuse_disapprove_with_no_recipient_for_an_unknown_perpetrator():
    text = ("Le Royaume du Maroc a condamné avec fermeté l'attaque terroriste perpétrée hier à Ouagadougou, "
            "indique un communiqué du ministère des Affaires étrangères.")
    got = events(text, "fr", "2023-05-10")
    accuse = [e for e in got if e.event == "ACCUSE"]
    assert len(accuse) == 1
    assert accuse[0].mode == "disapprove"
    assert states(accuse[0]) == (["MAR"], [])
    # "hier" dates the attack ("perpétrée hier"), not the condemnation, which the text does not
    # date: the publication's day stands for it.
    assert accuse[0].date == "2023-05-10" and accuse[0].date_source == "published"
    assert "terrorism_extremism" in accuse[0].topics
    assert not [e for e in got if e.event == "ASSAULT"], "the condemned attack is not coded as an event"


def test_announced_visit_is_agree_future_without_date_or_format():
    text = "The two ministers agreed to hold the next round of consultations in Astana in 2026."
    got = events(text, "en", "2025-03-11", title="Kazakhstan and Morocco hold consultations")
    agree = [e for e in got if e.event == "AGREE"]
    assert agree and agree[0].aux == "future"
    assert agree[0].date is None and agree[0].format is None


def test_relative_weekday_is_resolved_against_the_publication_date():
    text = "Le ministre tunisien des Affaires étrangères a reçu lundi à Tunis l'ambassadeur du Japon, Kenji Sato."
    got = events(text, "fr", "2025-04-23")
    assert got and got[0].date == "2025-04-21"


def test_visit_host_is_recipient():
    text = ("President Amina Sowe received in Banjul the Foreign Minister of Ghana, Kwame Mensah, "
            "who is on an official visit to The Gambia.")
    got = [e for e in events(text, "en", "2024-06-02") if e.event == "CONSULT"]
    assert got and got[0].mode == "visit"
    assert states(got[0]) == (["GHA"], ["GMB"])


@pytest.mark.parametrize("lang, text", [
    ("fr", "La diplomatie est un art patient qui demande du temps et de la constance."),
    ("en", "Diplomacy is the art of patience; relations between nations are built over decades."),
])
def test_text_with_no_event_gets_none(lang, text):
    assert events(text, lang) == []


def test_record_fields_and_ids():
    record = communique.extract("The foreign ministers of Peru and Chile met in Lima on Friday.", lang="en",
                                published="2024-02-12", doc_id="peru-chile")
    assert record.doc_id == "peru-chile" and record.lang == "en"
    assert [e.id for e in record.events] == ["peru-chile:1"]
    event = record.events[0]
    text = "The foreign ministers of Peru and Chile met in Lima on Friday."
    for span in event.spans:
        assert 0 <= span.start < span.end <= len(text)
    assert event.event_scale is not None and 0 < event.confidence <= 1


def test_language_is_identified_when_not_given():
    record = communique.extract("Le ministre des Affaires étrangères du Niger a reçu l'ambassadeur du Canada.")
    assert record.lang == "fr"


def test_a_minister_named_without_a_state_gets_it_from_the_office_holders_dictionary():
    text = ("Le ministre des Affaires étrangères, Sabri Boukadoum, s'est entretenu hier à Moscou "
            "avec son homologue russe, Sergueï Lavrov.")
    consult = [e for e in events(text, "fr", "2019-04-15") if e.event == "CONSULT"]
    assert consult and states(consult[0]) == (["DZA"], ["RUS"])
    assert {p.name: p.country for p in consult[0].participants} == {"Sabri Boukadoum": "DZA", "Sergueï Lavrov": "RUS"}


def test_a_call_received_is_symmetric():
    text = ("Le Premier ministre du Sénégal, Amadou Ndiaye, a reçu mardi un appel téléphonique de son "
            "homologue malien, Moussa Traoré.")
    consult = [e for e in events(text, "fr", "2024-03-14") if e.event == "CONSULT"]
    assert consult and (consult[0].mode, consult[0].format) == ("phone", "phone")
    assert states(consult[0]) == (["MLI", "SEN"], [])


def test_one_meeting_per_audience_of_a_visit():
    text = ("During his official visit to Kenya, the Foreign Minister of Ghana, Kwame Mensah, held meetings "
            "with President Amina Otieno and Chief of Defence Staff General Peter Mwangi.")
    consult = [e for e in events(text, "en", "2024-06-02") if e.event == "CONSULT"]
    assert len(consult) == 2
    hosts = [{p.name for p in e.participants} - {"Kwame Mensah"} for e in consult]
    assert hosts == [{"Amina Otieno"}, {"Peter Mwangi"}]
    assert all(states(e) == (["GHA"], ["KEN"]) for e in consult)


def test_meetings_on_the_margins_of_a_summit_are_third_party_and_one_per_counterpart():
    text = ("En marge du sommet de l'Union africaine, le ministre des Affaires étrangères du Sénégal, "
            "Amadou Ndiaye, s'est entretenu avec son homologue ghanéen, Kwame Mensah.\n"
            "Avec le ministre des Affaires étrangères du Bénin, Koffi Adjovi, les discussions ont porté "
            "sur la sécurité au Sahel.")
    consult = [e for e in events(text, "fr") if e.event == "CONSULT"]
    assert [sorted(c.code for c in e.actor) for e in consult] == [["GHA", "SEN"], ["BEN", "SEN"]]
    assert all(e.mode == "third-party" and "AU" in e.organizations for e in consult)


def test_condolences_after_a_condemnation_share_its_topic():
    text = ("Le Sénégal condamne fermement l'attentat terroriste commis hier à Bamako.\n"
            "Le Sénégal présente ses condoléances au gouvernement et au peuple maliens.")
    got = {e.event: e for e in events(text, "fr", "2024-05-02")}
    assert set(got) == {"ACCUSE", "SUPPORT"}
    assert got["SUPPORT"].topics == ["terrorism_extremism"]
    assert states(got["SUPPORT"]) == (["SEN"], ["MLI"])


@pytest.mark.parametrize("lang, text", [
    ("en", "The report repeated the claim that the rebels plan to launch an attack on the capital."),
    ("fr", "Les deux ministres ont exprimé leur volonté de renforcer les relations entre le Niger et le Tchad."),
    ("en", "The two countries could hold talks if the situation in Sudan improves."),
])
def test_claims_general_wishes_and_hypotheses_are_not_events(lang, text):
    assert [e.event for e in events(text, lang)] == []


@pytest.mark.parametrize("lang, text, expected", [
    # A press conference given jointly is given by the sides together: they met.
    ("en", "Peru's foreign minister held a joint press conference with his Chilean counterpart in Lima on Monday.",
     ["CHL", "PER"]),
    ("en", "Speaking at a joint press conference with his Bolivian counterpart on Monday, the Chilean foreign "
           "minister welcomed the deal.", ["BOL", "CHL"]),
    ("fr", "Le président chilien a tenu lundi une conférence de presse conjointe avec son homologue péruvien à Lima.",
     ["CHL", "PER"]),
    # (With one's counterpart, a press conference is joint.)
    ("fr", "Le ministre chilien des Affaires étrangères a salué la décision lors d'une conférence de presse avec "
           "son homologue péruvien.", ["CHL", "PER"]),
])
def test_a_joint_press_conference_tells_the_meeting(lang, text, expected):
    got = [sorted(set(a + r)) for e in events(text, lang, "2024-03-14") if e.event == "CONSULT"
           for a, r in [states(e)]]
    assert got == [expected]


@pytest.mark.parametrize("lang, text", [
    # After the meeting, the joint press conference is that meeting, not a second one.
    ("en", "The Chilean and Peruvian presidents met in Lima on Monday. At a joint press conference, they said the "
           "border had reopened."),
    ("fr", "Les présidents chilien et péruvien se sont rencontrés lundi à Lima. Lors d'une conférence de presse "
           "conjointe, ils ont annoncé la réouverture de la frontière."),
])
def test_a_joint_press_conference_after_the_meeting_is_that_meeting(lang, text):
    assert [e.event for e in events(text, lang, "2024-03-14")].count("CONSULT") == 1


def test_a_joint_press_conference_after_a_commitment_is_a_meeting_of_its_own():
    # (A commitment told before is no meeting the press conference could refer back to.)
    text = ("Chile, Peru and Bolivia agreed on Wednesday to build a railway together.\nChilean President Ana Rojas, "
            "Peruvian President Hugo Salas and Bolivian President Luis Mora held a joint news conference in the evening.")
    got = [(e.event, sorted(set(a + r))) for e in events(text, "en", "2024-03-14") for a, r in [states(e)]]
    assert ("CONSULT", ["BOL", "CHL", "PER"]) in got, got


@pytest.mark.parametrize("lang, text", [
    # People at large who travel or visit do so as themselves: tourists, bloggers, students.
    ("fr", "Des touristes chiliens se sont rendus au Pérou la semaine dernière."),
    ("fr", "Des touristes chiliens ont visité le Pérou en grand nombre cet été."),
    ("en", "Chinese tourists visiting Peru rose by 20 percent last year."),
    ("en", "The main source countries of tourists visiting Lima are Chile, Bolivia and Ecuador."),
    ("en", "Chilean students visited the Peruvian parliament on Monday."),
])
def test_people_at_large_travelling_make_no_visit(lang, text):
    assert "CONSULT" not in [e.event for e in events(text, lang, "2024-03-14")]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Une délégation chilienne s'est rendue au Pérou lundi."),
    ("en", "A Chilean delegation visited Lima on Monday."),
])
def test_a_delegation_travelling_stays_a_visit(lang, text):
    assert [("CONSULT", (["CHL"], ["PER"]))] == [(e.event, states(e)) for e in events(text, lang, "2024-03-14")]
