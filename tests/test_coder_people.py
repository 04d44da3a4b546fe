"""How French and English news name the people of an event (recognising/names.py, people.py,
person_states.py, coding/participants.py): each table is one rule, a fact of the language or of
news form, on sentences written for it."""
import pytest

from coder_probes import people_of


@pytest.mark.parametrize("lang, text, event, expected", [
    # French-language news often writes surnames in capitals: the name runs over every word in
    # capitals after the first, whatever entity the named-entity model gave the last ones.
    ("fr", "Le président congolais Félix-Antoine TSHISEKEDI TSHILOMBO a reçu lundi à Kinshasa le ministre "
           "gabonais des Affaires étrangères, Paul MBA ABESSOLE.", "CONSULT",
     [("Félix-Antoine TSHISEKEDI TSHILOMBO", "head_of_state", "COD"),
      ("Paul MBA ABESSOLE", "foreign_minister", "GAB")]),
    ("fr", "Le président de la République, Félix-Antoine TSHISEKEDI TSHILOMBO, a reçu lundi à Kinshasa son "
           "homologue gabonais, Ali BONGO ONDIMBA.", "CONSULT",
     [("Ali BONGO ONDIMBA", "head_of_state", "GAB"),
      ("Félix-Antoine TSHISEKEDI TSHILOMBO", "head_of_state", "COD")]),
    # The office-holders' dictionary may leave out the second surname: the name without it.
    ("fr", "S.E.M. Félix-Antoine TSHISEKEDI TSHILOMBO a reçu lundi à Kinshasa le ministre gabonais des "
           "Affaires étrangères, Paul MBA ABESSOLE.", "CONSULT",
     [("Félix-Antoine TSHISEKEDI TSHILOMBO", "head_of_state", "COD"),
      ("Paul MBA ABESSOLE", "foreign_minister", "GAB")]),
])
def test_a_surname_in_capitals_runs_over_the_capitals_after_it(lang, text, event, expected):
    assert people_of(text, lang, event) == expected


@pytest.mark.parametrize("lang, text, event, expected", [
    # "Japanese Foreign Minister X and Defense Minister Y": the state word of the first of two
    # titled names joined by "and" qualifies the second, whose title names no state.
    ("en", "Japanese Foreign Minister Aiko Tanaka and Defense Minister Kenji Mori visited Manila, and "
           "Philippine President Rafael Ramos met with them on Monday.", "CONSULT",
     [("Aiko Tanaka", "foreign_minister", "JPN"), ("Kenji Mori", "minister", "JPN"),
      ("Rafael Ramos", "head_of_state", "PHL")]),
    ("en", "Philippine President Rafael Ramos met Japanese Foreign Minister Aiko Tanaka and Trade Minister "
           "Kenji Mori in Manila.", "CONSULT",
     [("Aiko Tanaka", "foreign_minister", "JPN"), ("Kenji Mori", "minister", "JPN"),
      ("Rafael Ramos", "head_of_state", "PHL")]),
    # (Not the same office twice: two foreign ministers are two states'.)
    ("en", "Philippine President Rafael Ramos met Japanese Foreign Minister Aiko Tanaka and Foreign Minister "
           "Kenji Mori of Peru in Manila.", "CONSULT",
     [("Aiko Tanaka", "foreign_minister", "JPN"), ("Kenji Mori", "foreign_minister", "PER"),
      ("Rafael Ramos", "head_of_state", "PHL")]),
])
def test_a_state_word_qualifies_both_titles_joined_by_and(lang, text, event, expected):
    assert people_of(text, lang, event) == expected


@pytest.mark.parametrize("lang, text, event, expected", [
    # One who, in a sentence after the talks, only speaks of them ("told reporters", "a déclaré"),
    # for a side another of the talks' people stands for, is no party to them.
    ("en", "Japanese Foreign Minister Aiko Tanaka talked on the phone with U.S. Secretary of State John Miller "
           "on Monday. Japanese Prime Minister Ken Sato told reporters that Japan will raise the issue at the UN.",
     "CONSULT", [("Aiko Tanaka", "foreign_minister", "JPN"), ("John Miller", "foreign_minister", "USA")]),
    ("fr", "Le ministre sénégalais des Affaires étrangères, Amadou Ba, a reçu lundi à Dakar son homologue malien, "
           "Moussa Traoré. Le Premier ministre sénégalais, Ousmane Diallo, a déclaré que les relations entre les "
           "deux pays sont excellentes.",
     "CONSULT", [("Amadou Ba", "foreign_minister", "SEN"), ("Moussa Traoré", "foreign_minister", "MLI")]),
    # (Not one the sentence says took part.)
    ("en", "Japanese Foreign Minister Aiko Tanaka talked on the phone with U.S. Secretary of State John Miller "
           "on Monday. Japanese Prime Minister Ken Sato also joined the call.",
     "CONSULT", [("Aiko Tanaka", "foreign_minister", "JPN"), ("John Miller", "foreign_minister", "USA"),
                 ("Ken Sato", "head_of_government", "JPN")]),
    ("fr", "Le ministre sénégalais des Affaires étrangères, Amadou Ba, a reçu lundi à Dakar son homologue malien, "
           "Moussa Traoré. Le Premier ministre sénégalais Ousmane Diallo a également pris part à l'entretien.",
     "CONSULT", [("Amadou Ba", "foreign_minister", "SEN"), ("Moussa Traoré", "foreign_minister", "MLI"),
                 ("Ousmane Diallo", "head_of_government", "SEN")]),
])
def test_a_speaker_after_the_talks_for_a_side_already_there_comments_on_them(lang, text, event, expected):
    assert people_of(text, lang, event) == expected


@pytest.mark.parametrize("lang, text, event, expected", [
    # At an audience for credentials, those listed by name and state in brackets are the envoys.
    ("fr", "Quatre nouveaux ambassadeurs ont présenté lundi leurs lettres de créance au président ghanéen, Kofi "
           "Mensah. Ce sont : MM. Pierre Durand (France), Luca Rossi (Italie) et Hans Weber (Allemagne).", "CONSULT",
     [("Hans Weber", "ambassador", "DEU"), ("Kofi Mensah", "head_of_state", "GHA"),
      ("Luca Rossi", "ambassador", "ITA"), ("Pierre Durand", "ambassador", "FRA")]),
])
def test_those_listed_with_their_state_at_an_audience_for_credentials_are_envoys(lang, text, event, expected):
    assert people_of(text, lang, event) == expected


@pytest.mark.parametrize("lang, text, event, expected", [
    # "l'émissaire de son homologue X", "the envoy of his counterpart X": the one an envoy serves,
    # named through a possessive, does not take part; the envoy speaks for his state.
    ("fr", "Le président ghanéen, Kofi Mensah, a reçu lundi à Accra Mme Awa Diallo, émissaire de son homologue "
           "sénégalais, M. Macky Ndiaye.", "CONSULT",
     [("Awa Diallo", "envoy", "SEN"), ("Kofi Mensah", "head_of_state", "GHA")]),
    ("en", "Ghanaian President Kofi Mensah on Monday received Awa Diallo, special envoy of his Senegalese "
           "counterpart Macky Ndiaye.", "CONSULT",
     [("Awa Diallo", "envoy", "SEN"), ("Kofi Mensah", "head_of_state", "GHA")]),
    # (Not the counterpart met: "a reçu son homologue X".)
    ("fr", "Le ministre ghanéen des Affaires étrangères, Kofi Mensah, a reçu lundi à Accra son homologue "
           "sénégalais, M. Macky Ndiaye.", "CONSULT",
     [("Kofi Mensah", "foreign_minister", "GHA"), ("Macky Ndiaye", "foreign_minister", "SEN")]),
])
def test_the_one_an_envoy_serves_through_a_possessive_does_not_take_part(lang, text, event, expected):
    assert people_of(text, lang, event) == expected


@pytest.mark.parametrize("lang, text, event, expected", [
    # "le secrétaire général du MAE X", "the Secretary General of the MFA X": the acronym of the
    # body an office belongs to comes between the title and its holder's name.
    ("fr", "Le secrétaire général du MAE Karim Benali a reçu lundi à Alger l'ambassadeur de France, Pierre Dumas.",
     "CONSULT", [("Karim Benali", "senior_official", "DZA"), ("Pierre Dumas", "ambassador", "FRA")]),
    ("en", "The Secretary General of the MFA Karim Benali received the French Ambassador, Pierre Dumas, in "
           "Algiers on Monday.",
     "CONSULT", [("Karim Benali", "senior_official", "DZA"), ("Pierre Dumas", "ambassador", "FRA")]),
    # (A state's acronym is the title's own.)
    ("fr", "Le président de la RDC Félix Tshisekedi a reçu lundi à Kinshasa le ministre gabonais des Affaires "
           "étrangères, Paul Mba.",
     "CONSULT", [("Félix Tshisekedi", "head_of_state", "COD"), ("Paul Mba", "foreign_minister", "GAB")]),
])
def test_the_acronym_of_an_office_s_body_comes_between_title_and_name(lang, text, event, expected):
    assert people_of(text, lang, event) == expected
