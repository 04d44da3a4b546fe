"""Who takes part in an event, as French and English news name people who only mark a time or
another act (coding/mentions.py, coding/context.py): each table is one rule, a fact of the language
or of news form, on sentences written for these tests."""
import pytest

from coder_probes import people_of


@pytest.mark.parametrize("lang, text, event, expected", [
    # "Sous X": the time of X's rule; he is not at the talks.
    ("fr", "Le ministre gambien des Affaires étrangères, Mamadou Tangara, a rencontré son homologue sénégalais "
           "Yassine Fall à Dakar, pour tourner la page des tensions nées sous le président Yahya Jammeh.", "CONSULT",
     [("Mamadou Tangara", "foreign_minister", "GMB"), ("Yassine Fall", "foreign_minister", "SEN")]),
    # (One who chairs is still there: "sous la présidence de X" is no time of rule.)
    ("fr", "Le Conseil des ministres s'est tenu sous la présidence du chef de l'Etat, Macky Sall, qui a reçu le "
           "ministre malien des Affaires étrangères, Abdoulaye Diop.", "CONSULT",
     [("Abdoulaye Diop", "foreign_minister", "MLI"), ("Macky Sall", "head_of_state", "SEN")]),
    # "Under President X": the time of his rule, with his title between.
    ("en", "Kenyan Foreign Minister Musalia Mudavadi met Ethiopian Foreign Minister Taye Atske Selassie in "
           "Nairobi on Monday. Relations between the two countries had cooled under President Uhuru Kenyatta, "
           "Mudavadi said.", "CONSULT",
     [("Musalia Mudavadi", "foreign_minister", "KEN"), ("Taye Atske Selassie", "foreign_minister", "ETH")]),
    # (One who leads in his own right is still there: "under X's leadership".)
    ("en", "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi under "
           "Ruto's chairmanship.", "CONSULT",
     [("William Ruto", "head_of_state", "KEN"), ("Yoweri Museveni", "head_of_state", "UGA")]),
    # (Nor one who leads those who came: "a delegation under Vice Minister X".)
    ("en", "A Chinese delegation under Vice Foreign Minister Sun Weidong held talks with Indian Foreign Secretary "
           "Vikram Misri in New Delhi on Monday.", "CONSULT",
     [("Sun Weidong", "deputy_foreign_minister", "CHN"), ("Vikram Misri", "senior_official", "IND")]),
    ("fr", "Une délégation chinoise, sous le vice-ministre des Affaires étrangères Sun Weidong, a été reçue par le "
           "ministre malien des Affaires étrangères, Abdoulaye Diop.", "CONSULT",
     [("Abdoulaye Diop", "foreign_minister", "MLI"), ("Sun Weidong", "deputy_foreign_minister", "CHN")]),
    # (Nor is a title that begins with "Under" a time: "Under Secretary X".)
    ("en", "US Under Secretary of State for Political Affairs Victoria Nuland met Georgian Foreign Minister Ilia "
           "Darchiashvili in Tbilisi on Monday.", "CONSULT",
     [("Ilia Darchiashvili", "foreign_minister", "GEO"), ("Victoria Nuland", None, "USA")]),
])
def test_a_ruler_who_names_a_time_does_not_take_part(lang, text, event, expected):
    assert people_of(text, lang, event) == expected


@pytest.mark.parametrize("lang, text, event, expected", [
    # "Sous la présidence de X" on an office held: a career dated by X's rule.
    ("fr", "Le ministre togolais des Affaires étrangères, Robert Dussey, a reçu lundi à Lomé l'ambassadeur de "
           "France, Christophe Bigot, qui a été conseiller diplomatique sous la présidence de François Hollande.",
     "CONSULT", [("Christophe Bigot", "ambassador", "FRA"), ("Robert Dussey", "foreign_minister", "TGO")]),
    # "Served as minister under the presidency of X": the same in English.
    ("en", "Kenyan Foreign Minister Musalia Mudavadi met South African Foreign Minister Naledi Pandor in Nairobi "
           "on Monday. Pandor served as education minister under the presidency of Jacob Zuma.", "CONSULT",
     [("Musalia Mudavadi", "foreign_minister", "KEN"), ("Naledi Pandor", "foreign_minister", "ZAF")]),
    # (Who chairs a meeting takes part in it: "s'est tenu sous la présidence de X".)
    ("fr", "Le Conseil des ministres s'est tenu sous la présidence du chef de l'Etat, Macky Sall, qui a reçu le "
           "ministre malien des Affaires étrangères, Abdoulaye Diop.", "CONSULT",
     [("Abdoulaye Diop", "foreign_minister", "MLI"), ("Macky Sall", "head_of_state", "SEN")]),
    ("en", "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi; the talks were held "
           "under the presidency of Ruto.", "CONSULT",
     [("Abiy Ahmed", "head_of_government", "ETH"), ("William Ruto", "head_of_state", "KEN")]),
])
def test_a_ruler_who_dates_an_office_held_does_not_take_part(lang, text, event, expected):
    assert people_of(text, lang, event) == expected


@pytest.mark.parametrize("lang, text, event, expected", [
    # "L'aéroport international du roi X": the place is named after X; he is not there.
    ("fr", "Le président tunisien Kaïs Saïed a reçu le ministre algérien des Affaires étrangères, Ahmed Attaf, venu "
           "de l'aéroport international du roi Abdelaziz de Djeddah.", "CONSULT",
     [("Ahmed Attaf", "foreign_minister", "DZA"), ("Kaïs Saïed", "head_of_state", "TUN")]),
    # "King X International Airport", which the recogniser reads on into the place's noun.
    ("en", "Syrian President Bashar al-Assad arrived at King Abdulaziz International Airport in Jeddah, where he was "
           "received by Saudi Foreign Minister Faisal bin Farhan.", "CONSULT",
     [("Bashar al-Assad", "head_of_state", "SYR"), ("Faisal bin Farhan", "foreign_minister", "SAU")]),
    # (Who meets at the airport is there: "accueilli à l'aéroport par son homologue X".)
    ("fr", "Le président sénégalais Macky Sall a été accueilli à l'aéroport par son homologue gambien Adama Barrow.",
     "CONSULT", [("Adama Barrow", "head_of_state", "GMB"), ("Macky Sall", "head_of_state", "SEN")]),
    ("fr", "Le ministre tunisien de l'Intérieur, Khaled Nouri, est arrivé mercredi matin à Tripoli. Il y a été reçu "
           "sur le tarmac de l'aéroport international de Mitiga par son homologue libyen, Imed Trabelsi.", "CONSULT",
     [("Imed Trabelsi", "minister", "LBY"), ("Khaled Nouri", "minister", "TUN")]),
    ("en", "Kenyan President William Ruto was received at the airport by Ugandan President Yoweri Museveni.", "CONSULT",
     [("William Ruto", "head_of_state", "KEN"), ("Yoweri Museveni", "head_of_state", "UGA")]),
])
def test_a_name_a_place_bears_does_not_take_part(lang, text, event, expected):
    assert people_of(text, lang, event) == expected
