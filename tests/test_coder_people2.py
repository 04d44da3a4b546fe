"""How French and English news refer back to the people of an event (coding/participants.py,
recognising/titles.py): each table is one rule, a fact of the language or of news form, on
sentences written for these tests."""
import pytest

from coder_probes import people_of


@pytest.mark.parametrize("lang, text, event, expected", [
    # A bare title that says which kind of head of state (a king's) refers back to the king named
    # before, not to the president he met.
    ("fr", "Le Roi Mohammed VI a eu des entretiens avec le Président du Sénégal, Macky Sall, lundi à Dakar. "
           "Le Souverain a par ailleurs condamné l'attaque menée par la Russie contre l'Ukraine.", "ACCUSE",
     [("Mohammed VI", "head_of_state", "MAR")]),
    ("en", "King Abdullah II held talks with President Emmanuel Macron in Paris on Monday. "
           "The monarch also condemned Russia's attack on Ukraine.", "ACCUSE",
     [("Abdullah II", "head_of_state", "JOR")]),
    # And a president's title to the president, not to the king.
    ("fr", "Le Roi Mohammed VI a eu des entretiens avec le Président du Sénégal, Macky Sall, lundi à Dakar. "
           "Le Président a par ailleurs condamné l'attaque menée par la Russie contre l'Ukraine.", "ACCUSE",
     [("Macky Sall", "head_of_state", "SEN")]),
])
def test_a_kind_of_head_of_state_refers_back_to_its_holder(lang, text, event, expected):
    assert people_of(text, lang, event) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A signing told as the states' names its signatories in the next sentence, as its subject.
    ("fr", "Le Sénégal et la Gambie ont signé jeudi à Dakar plusieurs accords de coopération dans les domaines "
           "de la pêche et de l'énergie. Le Premier ministre sénégalais, Amadou Ba, et son homologue gambien, "
           "Musa Jallow, ont conduit une séance de travail conjointe suivie d'un point de presse.",
     [("Amadou Ba", "head_of_government", "SEN"), ("Musa Jallow", "head_of_government", "GMB")]),
    # Or as the agents of a participle on the states' subject.
    ("fr", "Le Cameroun et le Tchad ont signé la semaine dernière à Yaoundé un accord de coopération militaire. "
           "Les deux pays, représentés par le ministre camerounais de la Défense Paul Mbarga et son homologue "
           "tchadien Idriss Abakar, ont convenu d'échanger des informations sur la sécurité.",
     [("Idriss Abakar", "minister", "TCD"), ("Paul Mbarga", "minister", "CMR")]),
    ("en", "Kenya and Tanzania signed a border agreement in Arusha on Thursday. Kenyan Foreign Minister Alice "
           "Wanjiru and her Tanzanian counterpart Joseph Mrema led the talks that preceded the ceremony.",
     [("Alice Wanjiru", "foreign_minister", "KEN"), ("Joseph Mrema", "foreign_minister", "TZA")]),
    # Not when the sentence names an official of one of its states only: who signed for the other is not said.
    ("en", "Kenya and Tanzania signed a border agreement in Arusha on Thursday. Ugandan President Yoweri "
           "Museveni and Kenyan Foreign Minister Alice Wanjiru welcomed the deal.", []),
])
def test_a_signing_told_as_the_states_names_its_signatories_next(lang, text, expected):
    assert people_of(text, lang, "SUPPORT") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The world regions an office's remit names after "for" belong to the title; the holder's
    # name comes after them.
    ("en", "Kenyan President William Ruto met UK Minister of State for Europe, North America and the Overseas "
           "Territories Stephen Doughty in Nairobi on Monday.",
     [("Stephen Doughty", "deputy_minister", "GBR"), ("William Ruto", "head_of_state", "KEN")]),
    ("en", "The talks were attended by Turkish Foreign Minister Hakan Fidan and UK Minister of State for Europe, "
           "North America and overseas territories Stephen Doughty in Geneva.",
     [("Hakan Fidan", "foreign_minister", "TUR"), ("Stephen Doughty", "deputy_minister", "GBR")]),
])
def test_regions_of_a_remit_belong_to_the_title(lang, text, expected):
    assert people_of(text, lang, "CONSULT") == expected


@pytest.mark.parametrize("lang, text, title", [
    ("en", "UK Minister of State for Europe, North America and the Overseas Territories Stephen Doughty arrived.",
     "UK Minister of State for Europe, North America and the Overseas Territories"),
    # (A state after "for" is still the title's state, as before.)
    ("en", "The Minister of State for Sudan John Smith arrived.", "Minister of State for Sudan"),
])
def test_title_spans_over_the_regions_of_its_remit(lang, text, title):
    from communique.language.pipelines import get_pipeline
    doc = get_pipeline(lang)(text)
    assert [t.text for t in doc.spans["titles"]] == [title]


def test_a_visit_told_with_a_gathering_attended_gets_no_protagonist_of_the_talks():
    """The king, found through "le Souverain" in a sentence that tells of the summit he attended,
    is that sentence's one person: the president he met earlier does not join him there."""
    text = ("Le Roi Harald V a eu des entretiens en tête-à-tête avec le Président de la République de Finlande, "
            "Sauli Niinistö, lundi au palais présidentiel à Helsinki. Le Roi a ensuite été salué par le ministre "
            "finlandais de la Défense. Le Souverain, qui a pris part dimanche au 3e Sommet du Conseil nordique, "
            "effectue une visite d'État en Finlande.")
    assert people_of(text, "fr", "CONSULT", last=True) == [("Harald V", "head_of_state", "NOR")]


@pytest.mark.parametrize("lang, text, expected", [
    # "en présence de ses collègues de l'Économie, X, et du Commerce, Y": ministers present, of the
    # state of the one whose colleagues they are (the subject named before) …
    ("fr", "Le ministre des Affaires étrangères du Bénin, Paul Houngbo, a reçu mardi son homologue togolais, Robert "
           "Dussey. La rencontre s'est déroulée en présence notamment de ses collègues de l'Économie, Romuald "
           "Wadagni, et du Commerce, Alimatou Shadiya Assouman.",
     [("Alimatou Shadiya Assouman", "minister", "BEN"), ("Paul Houngbo", "foreign_minister", "BEN"),
      ("Robert Dussey", "foreign_minister", "TGO"), ("Romuald Wadagni", "minister", "BEN")]),
    # … or the one named in the list just before them.
    ("fr", "Le ministre togolais des Affaires étrangères, Robert Dussey, a été reçu mardi par le Président béninois "
           "Patrice Talon. La rencontre s'est déroulée en présence du ministre béninois des Affaires étrangères, "
           "Paul Houngbo, et de ses collègues de l'Économie, Romuald Wadagni, et du Commerce, Alimatou Shadiya "
           "Assouman.",
     [("Alimatou Shadiya Assouman", "minister", "BEN"), ("Patrice Talon", "head_of_state", "BEN"),
      ("Paul Houngbo", "foreign_minister", "BEN"), ("Robert Dussey", "foreign_minister", "TGO"),
      ("Romuald Wadagni", "minister", "BEN")]),
])
def test_colleagues_listed_as_present_are_ministers_of_their_state(lang, text, expected):
    assert people_of(text, lang, "CONSULT") == expected
