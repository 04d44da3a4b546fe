"""Who takes part in an event, as French and English news name and refer to people
(coding/context.py, coding/participants.py): each table is one rule, a fact of the language or of
news form, on sentences written for these tests."""
import pytest

from coder_probes import people_of


@pytest.mark.parametrize("lang, text, event, expected", [
    # "Le pays de X": the state named through its leader; X is not at the talks.
    ("fr", "Le ministre togolais des Affaires étrangères, Robert Dussey, a rencontré le ministre allemand de la "
           "Défense, Klaus Berger, à Berlin. Le pays d'Angela Merkel s'engage à soutenir le Togo pour le sommet "
           "de Lomé.", "CONSULT",
     [("Klaus Berger", "minister", "DEU"), ("Robert Dussey", "foreign_minister", "TGO")]),
    # "The administration of President X": the time of his rule.
    ("en", "The Philippines filed a diplomatic protest against China on Monday. The Philippines has filed 60 "
           "diplomatic protests against China this year and 193 since the start of the administration of "
           "President Ferdinand Marcos.", "ACCUSE", []),
    # "The X administration": the state's rulers, named through their head.
    ("en", "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi. The Biden "
           "administration welcomed the talks.", "SUPPORT", []),
    # (One who acts in his own right is still there: "Le président X" is no polity.)
    ("fr", "Le président sénégalais Macky Sall a reçu le ministre malien des Affaires étrangères, Abdoulaye "
           "Diop, à Dakar.", "CONSULT",
     [("Abdoulaye Diop", "foreign_minister", "MLI"), ("Macky Sall", "head_of_state", "SEN")]),
    # (Nor one met in a country: "in the country, X met Y" hangs no name on the country.)
    ("en", "During his stay in the country, Indian Foreign Minister Subrahmanyam Jaishankar met Kenyan "
           "President William Ruto.", "CONSULT",
     [("Subrahmanyam Jaishankar", "foreign_minister", "IND"), ("William Ruto", "head_of_state", "KEN")]),
    # (Nor one a list names among the states' people: "countries, including Secretary X".)
    ("en", "The summit is attended by delegations of over 20 countries, including US Secretary of State "
           "Marco Rubio and Chinese Foreign Minister Wang Yi, who will meet on Friday on its sidelines.", "AGREE",
     [("Marco Rubio", "foreign_minister", "USA"), ("Wang Yi", "foreign_minister", "CHN")]),
])
def test_a_name_that_points_at_a_state_or_its_rule_does_not_take_part(lang, text, event, expected):
    assert people_of(text, lang, event) == expected


def names_in(text: str, lang: str) -> list[str]:
    """The names the people recogniser finds in a text."""
    from communique.coding.extract import get_pipeline
    doc = get_pipeline(lang)(text)
    return [p.text for p in doc.spans.get("people", [])]


@pytest.mark.parametrize("lang, text, expected", [
    # "Le" written with its capital inside a name is the name's particle: after a title, an
    # honorific or a given name.
    ("fr", "L'ambassadeur a transmis au ministre les félicitations du Ministre de l'Europe et des Affaires "
           "étrangères de la République française Jean-Yves Le Drian.", ["Jean-Yves Le Drian"]),
    ("fr", "Le ministre tchadien a reçu M. Le Drian à N'Djamena.", ["Le Drian"]),
    # (In lower case it is the article: the date after a name is no part of it.)
    ("fr", "Le président a reçu M. Faure Gnassingbé le 5 mai à Lomé.", ["Faure Gnassingbé"]),
    # (Nor is an article with its capital that opens the next sentence.)
    ("fr", "Le président a reçu le ministre Paul Koné. Le Drian était absent.", ["Paul Koné"]),
])
def test_a_capital_particle_belongs_to_the_name(lang, text, expected):
    assert names_in(text, lang) == expected


@pytest.mark.parametrize("lang, text, event, expected", [
    # A bare title that names a state refers back to its holder named before with a longer title;
    # the one whose greetings are passed on is not in the act that passes them.
    ("fr", "Le ministre azerbaïdjanais des Affaires étrangères, Djeyhoun Baïramov, a reçu l'ambassadeur de "
           "France. L'ambassadeur a transmis au ministre les félicitations du Ministre de l'Europe et des "
           "Affaires étrangères de la République française Jean-Yves Le Drian. Il a noté que le Ministre de "
           "l'Europe et des Affaires étrangères de la France avait invité son homologue azerbaïdjanais à "
           "effectuer une visite officielle à Paris.", "AGREE",
     [("Djeyhoun Baïramov", "foreign_minister", "AZE"), ("Jean-Yves Le Drian", "foreign_minister", "FRA")]),
])
def test_a_name_after_a_long_title_is_found_and_referred_back_to(lang, text, event, expected):
    assert people_of(text, lang, event) == expected


@pytest.mark.parametrize("lang, text, event, expected", [
    # A counterpart given a state and no name is the one official of that state named before, who
    # holds the office of the one whose counterpart he is.
    ("fr", "Grâce à la médiation du président togolais Faure Gnassingbé, deux gendarmes ivoiriens détenus au "
           "Burkina Faso ont été libérés. Le président ivoirien Alassane Ouattara a salué ce dénouement, "
           "remerciant son homologue togolais pour son implication personnelle.", "SUPPORT",
     [("Alassane Ouattara", "head_of_state", "CIV"), ("Faure Gnassingbé", "head_of_state", "TGO")]),
    # (English puts the verb alone between the name and the counterpart: he is not the name's title.)
    ("en", "Togolese President Faure Gnassingbe mediated the release of two Ivorian soldiers. Ivorian President "
           "Alassane Ouattara thanked his Togolese counterpart for his personal commitment.", "SUPPORT",
     [("Alassane Ouattara", "head_of_state", "CIV"), ("Faure Gnassingbe", "head_of_state", "TGO")]),
    # (Not one of another office: a minister's counterpart is no president.)
    ("fr", "Le président togolais Faure Gnassingbé a reçu lundi à Lomé le ministre ivoirien de la Défense, "
           "Téné Birahima Ouattara. Le ministre ivoirien a exprimé son soutien à son homologue togolais.", "SUPPORT",
     []),
])
def test_a_counterpart_without_a_name_is_the_one_of_his_state_named_before(lang, text, event, expected):
    assert people_of(text, lang, event) == expected


@pytest.mark.parametrize("lang, text, event, expected", [
    # A plural title that names several states stands for one holder of the office in each, whom
    # the next sentence names (one by his office, the other as his counterpart).
    ("fr", "Les ministres de l'intérieur de la Libye et de la Tunisie ont déclaré mercredi qu'ils avaient convenu "
           "de rouvrir le poste frontière jeudi. Le ministre libyen de l'intérieur, Emad Trabulsi, a déclaré dans "
           "une déclaration vidéo avec son homologue tunisien, Khaled Nouri, que le poste serait rouvert.", "AGREE",
     [("Emad Trabulsi", "minister", "LBY"), ("Khaled Nouri", "minister", "TUN")]),
    # (Only the holders of the states the title names: a third state's minister named after is not one.)
    ("fr", "Les ministres de l'intérieur de la Libye et de la Tunisie ont convenu mercredi de rouvrir le poste "
           "frontière jeudi. Le ministre algérien de l'intérieur, Brahim Merad, s'est félicité de cette décision.",
     "AGREE", []),
])
def test_a_plural_title_of_several_states_stands_for_each_ones_holder(lang, text, event, expected):
    assert people_of(text, lang, event) == expected
