"""The recognisers on sentences written for these tests, in both languages."""
import pytest

from communique.language.pipelines import get_pipeline
from communique.recognising.lexicon import LexiconMatcher, fold, units_of


def parse(lang, text):
    return get_pipeline(lang)(text)


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "La délégation de la République du Kazakhstan est arrivée.", ["KAZ"]),
    ("fr", "Le Royaume du Maroc et la Tunisie ont signé.", ["MAR", "TUN"]),
    ("fr", "La partie marocaine a salué la position kazakhe.", ["MAR", "KAZ"]),
    ("fr", "Les consultations algéro-azerbaïdjanaises se sont tenues.", ["DZA", "AZE"]),
    ("fr", "Rabat et Astana ont renforcé leurs liens.", ["MAR", "KAZ"]),
    ("fr", "Les Émirats arabes unis ont annoncé une aide.", ["ARE"]),
    ("en", "The Kingdom of Morocco welcomed the Moroccan community.", ["MAR", "MAR"]),
    ("en", "Washington and Beijing held talks.", ["USA", "CHN"]),
    ("en", "The UAE and the UK signed a memorandum.", ["ARE", "GBR"]),
    ("en", "Kosovo and Western Sahara were discussed.", ["KOS", "ESH"]),
    # A combining form names a state only when joined to another state's word.
    ("en", "The Sino-Russian summit opened.", ["CHN", "RUS"]),
    ("en", "Fiji spoke of the Indo-Pacific and Anglo-Saxon traditions.", ["FJI"]),
    # A state the named-entity model runs into the name after it, behind "of", stays a state;
    # a country's name as a first name does not ("a talk by Jordan Hale").
    ("en", "The Minister of Foreign Affairs of Georgia Nino Beridze received the envoy.", ["GEO"]),
    ("en", "The Prime Minister of Chad Albert Pahimi met the press.", ["TCD"]),
    # A country's name as a surname, after a first name, is no state either.
    ("fr", "François Hollande a reçu le président ghanéen.", ["GHA"]),
    ("fr", "Le journaliste Jacques Paris a rencontré des diplomates kényans.", ["KEN"]),
    ("en", "The ambassador met Daniel Jordan and officials from Ghana.", ["GHA"]),
    # In French the Netherlands as "Hollande" take their article; the bare word is the president.
    ("fr", "Le président Hollande a appelé la Hollande et la Belgique.", ["NLD", "BEL"]),
    # Seas, oceans and gulfs named after a state name no state.
    ("en", "Vietnam protested against drills in the South China Sea.", ["VNM"]),
    ("en", "India and Kenya patrol the Indian Ocean and the Gulf of Guinea.", ["IND", "KEN"]),
    ("fr", "Le Japon a dénoncé les manœuvres en mer de Chine méridionale.", ["JPN"]),
    ("fr", "Le Bénin et le Togo surveillent le golfe de Guinée.", ["BEN", "TGO"]),
    ("fr", "Maurice et l'Inde patrouillent dans l'océan Indien et l'Océan Indien.", ["MUS", "IND"]),
    ("fr", "La Commission de l'océan indien a reçu le ministre des Seychelles.", ["SYC"]),
    # "le Faso" is Burkina Faso's short name ("le Président du Faso"); the full name stays one state.
    ("fr", "Le ministre a été reçu par le Président du Faso.", ["BFA"]),
    ("fr", "Le Burkina Faso et le Niger ont signé un accord.", ["BFA", "NER"]),
    # So do a province of another state and a news agency.
    ("en", "According to Agence France-Presse, Kenya met officials from British Columbia.", ["KEN"]),
    ("fr", "Selon l'Agence France-Presse, le Kenya a reçu une délégation de Colombie-Britannique.", ["KEN"]),
    # The two communities of Cyprus: the Greek Cypriots are the Republic's, the Turkish Cypriots
    # no state's; neither names Greece or Turkey.
    ("en", "Greece hosted Greek Cypriot leaders and Turkish Cypriot leaders.", ["GRC", "CYP"]),
    ("en", "The Greek Cypriots and the Turkish Cypriots met Turkey's envoy.", ["CYP", "TUR"]),
    ("fr", "La Grèce a reçu le dirigeant chypriote grec et le dirigeant chypriote turc.", ["GRC", "CYP"]),
    ("fr", "Les Chypriotes grecs et les Chypriotes turcs ont rencontré l'envoyé turc.", ["CYP", "TUR"]),
    ("en", "Greece invited Greek and Turkish Cypriot leaders.", ["GRC", "CYP"]),
    ("fr", "La Grèce a invité les dirigeants chypriotes grecs et turcs.", ["GRC", "CYP"]),
    # The Sovereign Order of Malta is a sovereign body with no territory, not Malta.
    ("fr", "Le Gabon a reçu l'ambassadeur de l'Ordre souverain de Malte et celui de Malte.", ["GAB", "MLT"]),
    ("fr", "Le Sénégal et l'Ordre de Malte ont signé un accord.", ["SEN"]),
    ("en", "Kenya received the envoys of the Sovereign Military Order of Malta and of Malta.", ["KEN", "MLT"]),
    ("en", "Lebanon thanked the Order of Malta.", ["LBN"]),
])
def test_countries(lang, text, expected):
    doc = parse(lang, text)
    assert [s.label_ for s in doc.spans["countries"]] == expected


def test_bare_form_of_state_resolves_to_the_one_kingdom_named():
    doc = parse("fr", "Le Kazakhstan et le Maroc se sont réunis. Le ministère des Affaires étrangères du Royaume a publié un texte.")
    assert [s.label_ for s in doc.spans["countries"]] == ["KAZ", "MAR", "MAR"]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Ils ont parlé de l'ONU, de l'OCI et de l'Union africaine.", ["UN", "OIC", "AU"]),
    ("fr", "L'OCS et l'OTAN ont été évoquées, ainsi que l'OISA.", ["SCO", "NATO", "IOFS"]),
    ("en", "Cooperation within the Shanghai Cooperation Organisation and the UNSC.", ["SCO", "UN"]),
    ("en", "The European Union and ASEAN issued statements.", ["EU", "ASEAN"]),
    # A continent named after "de" with or without its article, whichever way the table lists it.
    ("fr", "Sous les auspices de la Communauté économique des États d'Afrique centrale.", ["ECCAS"]),
    ("fr", "Sous les auspices de la Communauté économique des États de l'Afrique centrale.", ["ECCAS"]),
    ("fr", "Le sommet de la Communauté de l'Afrique de l'Est s'est tenu à Arusha.", ["EAC"]),
    # The AU's Peace and Security Council named bare, with or without its second "de"; the
    # council of Central Africa's community, named in full, is that community's.
    ("fr", "Le Conseil de paix et sécurité a suspendu le Niger de ses instances.", ["AU"]),
    ("fr", "Réuni jeudi, le Conseil de Paix et de Sécurité a levé la suspension du Tchad.", ["AU"]),
    ("fr", "Le Conseil de paix et de sécurité de l'Afrique centrale s'est réuni à Libreville.", ["ECCAS"]),
    ("en", "The Peace and Security Council decided to suspend Niger.", ["AU"]),
    # The EU's monitoring mission in Georgia, an EU mission with an id of its own.
    ("en", "The head of the EU Monitoring Mission briefed the envoys; EUMM patrols continue.", ["EUMM", "EUMM"]),
    ("fr", "La Mission de surveillance de l'Union européenne en Géorgie a publié un rapport.", ["EUMM"]),
])
def test_organisations(lang, text, expected):
    doc = parse(lang, text)
    assert [s.label_ for s in doc.spans["organisations"]] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Acronyms the press writes as a word, title-cased.
    ("en", "Asean foreign ministers met after Nato and Opec issued statements.", ["ASEAN", "NATO", "OPEC"]),
    ("en", "Ecowas and Igad leaders spoke before the Apec summit.", ["ECOWAS", "IGAD", "APEC"]),
    ("fr", "La Cedeao et l'Otan ont salué la Minusma.", ["ECOWAS", "NATO", "MINUSMA"]),
    # Title-cased acronyms that are ordinary words or places are not read as organisations.
    ("en", "The ship sailed to Guam with medical Care supplies.", []),
])
def test_title_cased_acronyms(lang, text, expected):
    doc = parse(lang, text)
    assert [s.label_ for s in doc.spans["organisations"]] == expected


def test_french_au_is_not_the_african_union():
    doc = parse("fr", "Il s'est rendu au Sénégal.")
    assert [s.label_ for s in doc.spans["organisations"]] == []


@pytest.mark.parametrize("lang, text, name, role, country", [
    ("fr", "Le vice-ministre des Affaires étrangères de la République du Kazakhstan, Arman Seitkali, est arrivé.",
     "Arman Seitkali", "deputy_foreign_minister", "KAZ"),
    ("fr", "Le ministre russe des Affaires étrangères, Oleg Petrovski, a parlé.", "Oleg Petrovski", "foreign_minister", "RUS"),
    ("fr", "Le Premier ministre, M. Karim Haddou, a reçu la délégation.", "Karim Haddou", "head_of_government", None),
    ("en", "Dana Kemelova, Kazakhstan's Deputy Foreign Minister, opened the meeting.", "Dana Kemelova",
     "deputy_foreign_minister", "KAZ"),
    ("en", "UK Foreign Secretary John Whitfield arrived in Lagos.", "John Whitfield", "foreign_minister", "GBR"),
    ("en", "FM Pavel Orlov said the talks were useful.", "Pavel Orlov", "foreign_minister", None),
    ("en", "The Minister of International Relations and Cooperation of the Republic of South Africa, Ms. Thandi Mokoena, spoke.",
     "Thandi Mokoena", "foreign_minister", "ZAF"),
    ("en", "President Amina Sowe received the ambassadors.", "Amina Sowe", "head_of_state", None),
    # A state's name before the portfolio that comes before the head is the title's state.
    ("en", "Kenyan Trade Minister Jane Wafula arrived in Accra.", "Jane Wafula", "minister", "KEN"),
    ("en", "The talks were led by Philippine defence minister Jose Santos.", "Jose Santos", "minister", "PHL"),
    ("en", "Chinese foreign ministry spokesperson Li Ming made the remarks.", "Li Ming", "senior_official", "CHN"),
    ("en", "Brazilian Foreign Affairs Minister Paulo Lima spoke.", "Paulo Lima", "foreign_minister", "BRA"),
    # A name in the possessive is the name without its possessive mark.
    ("en", "Algeria's Foreign Minister Karim Haddou received Malian President Ali Toure's special envoy.",
     "Ali Toure", "head_of_state", "MLI"),
    # "Amir" after another title is a given name, not the Gulf monarch's title; first, it is the title.
    ("en", "He met Foreign Minister Amir Karimi in Tehran.", "Amir Karimi", "foreign_minister", None),
    ("en", "Amir Tamim bin Hamad Al Thani received the minister.", "Tamim bin Hamad Al Thani", "head_of_state", None),
    # Military ranks are titles; an office before a rank is what the officer holds.
    ("en", "The talks were attended by Major General Tom Baker.", "Tom Baker", "military_officer", None),
    ("en", "He met Iran's Defence Minister, Brigadier General Amir Karimi.", "Amir Karimi", "minister", "IRN"),
    ("en", "Singh held talks with his Iranian counterpart Brigadier General Reza Karimi.", "Reza Karimi",
     "counterpart", "IRN"),
    ("fr", "Il a reçu son homologue nigérien, le général Salifou Issa.", "Salifou Issa", "counterpart", "NER"),
    ("en", "He spoke with the head of the Ministry of Foreign Affairs of Iran Reza Karimi.", "Reza Karimi",
     "foreign_minister", "IRN"),
    # A State Minister is a junior minister.
    ("en", "The Sudanese State Minister for Foreign Affairs, Omar Saeed, signed the agreement.", "Omar Saeed",
     "deputy_foreign_minister", "SDN"),
    # Without a state's name before it, the portfolio tells no state.
    ("en", "The Trade Minister Jane Wafula arrived in Accra.", "Jane Wafula", "minister", None),
    # A state named right after the name, joined by "of", is the title's.
    ("fr", "Il a été invité par le roi Fahd Al Nasser d'Arabie saoudite à Ryad.", "Fahd Al Nasser", "head_of_state", "SAU"),
    ("fr", "Il a reçu le président Kofi Mensah du Ghana.", "Kofi Mensah", "head_of_state", "GHA"),
    ("en", "He received President Kofi Mensah of Ghana in Lomé.", "Kofi Mensah", "head_of_state", "GHA"),
    ("en", "He sat beside Prime Minister Ivan Petrov of Bulgaria.", "Ivan Petrov", "head_of_government", "BGR"),
    # A capital there is a place the person comes from or is in, not the title's state.
    ("fr", "Il a reçu le ministre Kofi Mensah de Rabat.", "Kofi Mensah", "minister", None),
    ("en", "He met Minister Kofi Mensah of Foreign Affairs.", "Kofi Mensah", "minister", None),
    # A cabinet secretary of a portfolio is a minister of it; a Secretary of State for a portfolio
    # other than foreign affairs (British usage) too; the US Secretary of State is the foreign minister.
    ("en", "Defence Secretary Mark Colby flew to Warsaw.", "Mark Colby", "minister", None),
    ("en", "US Treasury Secretary Ellen Ward announced the measures.", "Ellen Ward", "minister", "USA"),
    ("en", "Britain's Secretary of State for International Development, Anne Grey, is in Kenya.", "Anne Grey",
     "minister", "GBR"),
    ("en", "The UK Secretary of State for Defence, Tom Reid, arrived in Nairobi.", "Tom Reid", "minister", "GBR"),
    ("en", "US Secretary of State John Carver met the Kenyan President.", "John Carver", "foreign_minister", "USA"),
    # An Under Secretary of State is the foreign minister's deputy; of another portfolio, a junior minister.
    ("en", "US Under Secretary of State Dana Kirk met the Kenyan President.", "Dana Kirk", "deputy_foreign_minister", "USA"),
    ("en", "The UK Under-Secretary of State for Defence, Tom Reid, arrived in Nairobi.", "Tom Reid", "deputy_minister", "GBR"),
    # "the country's" before a title stands for the state named last in the sentence ...
    ("en", "The minister also discussed India's ties with Kyrgyzstan during a meeting with the country's foreign "
           "minister Almaz Bekov in Bishkek.", "Almaz Bekov", "foreign_minister", "KGZ"),
    ("en", "Bahrain's delegation, led by the kingdom's ambassador to Qatar, Salim Al-Harthi, arrived in Doha.",
     "Salim Al-Harthi", "ambassador", "BHR"),
    # ... not in the sentence before, where the story's state may be another.
    ("en", "Diplomats were expelled from Kenya in solidarity with Ghana. The country's Deputy FM Ali Musa "
           "warned of a response.", "Ali Musa", "deputy_foreign_minister", None),
    # A Home Minister (South Asian usage) is the interior minister, after the name as before it.
    ("en", "The ambassador handed over the tents to Ram Bahadur Thapa, Home Minister of Nepal, on Friday.",
     "Ram Bahadur Thapa", "minister", "NPL"),
    # An office named before with its state and no holder is the state of a later holder of it.
    ("en", "A Chinese Foreign Ministry spokesperson on Thursday called for restraint. \"All sides must avoid "
           "escalation,\" spokesperson Wei Lan said at a news briefing.", "Wei Lan", "senior_official", "CHN"),
    ("fr", "Un porte-parole du ministère sénégalais des Affaires étrangères a condamné l'attaque. Le porte-parole "
           "Abdou Faye a appelé au calme.", "Abdou Faye", "senior_official", "SEN"),
    # (Not an office named with the definite article: "The Ghanaian minister" refers back to someone.)
    ("en", "The Ghanaian minister said the border talks had stalled. Cooperation minister Yawo Amegan met him last "
           "week.", "Yawo Amegan", "minister", None),
    # (Not when that office has its holder: the later one is another's.)
    ("en", "Ghanaian President Kofi Mensah met President Ali Toure in Accra on Monday.", "Ali Toure", "head_of_state", None),
    # The EU's High Representative, in the feminine and with the EU's short name, heads the EU's diplomacy.
    ("fr", "Le ministre a reçu Anna Berg, Haute représentante de l'Union européenne, à Tunis.", "Anna Berg",
     "org_head", None),
    ("en", "He met Anna Berg, High Representative of the EU for Foreign Affairs and Security Policy, in Tokyo.",
     "Anna Berg", "org_head", None),
    # A ruling party's General Secretary is one office, not the army's General and a "Secretary …".
    ("en", "Party General Secretary Bounmy Sayavong received the Thai envoy in Vientiane.", "Bounmy Sayavong",
     "other", None),
    ("en", "General Secretary Tran Van Minh held talks with the visiting Japanese Prime Minister.", "Tran Van Minh",
     "other", None),
    # A rank or standing word between the state and the title leaves the state the title's.
    ("en", "Vice Foreign Minister Kenji Sato and Thai First Vice Foreign Minister Somchai Wong met in Bangkok.",
     "Somchai Wong", "deputy_foreign_minister", "THA"),
    ("en", "Vietnam's Party General Secretary Tran Quoc Bao welcomed the Thai envoy in Hanoi.", "Tran Quoc Bao",
     "other", "VNM"),
    ("en", "The talks were chaired by Ghana's acting President Ama Owusu in Accra.", "Ama Owusu", "head_of_state", "GHA"),
])
def test_people_with_titles(lang, text, name, role, country):
    doc = parse(lang, text)
    people = [s._.value for s in doc.spans["people"]]
    match = [p for p in people if p.name == name]
    assert match, f"{name!r} not among {[p.name for p in people]}"
    assert match[0].role == role
    assert match[0].country == country


@pytest.mark.parametrize("lang, text, name, role, country", [
    # Honorifics are dropped from names, whether one word, dotted or several.
    ("fr", "Le ministre a reçu S. E. M. Paul Ndongo, ambassadeur du Gabon.", "Paul Ndongo", "ambassador", "GAB"),
    ("fr", "Le ministre a reçu Madame Awa Kane, ambassadrice du Sénégal.", "Awa Kane", "ambassador", "SEN"),
    ("fr", "La ministre des Affaires étrangères, l’honorable Anne Tremblay, a parlé.", "Anne Tremblay", "foreign_minister", None),
    ("fr", "Ont assisté à l'entretien MM. Oumar Sidi, ambassadeur du Mali, et Ali Baba.", "Oumar Sidi", "ambassador", "MLI"),
    ("en", "The Foreign Secretary met his Ghanaian counterpart Amb. Ama Boateng.", "Ama Boateng", "counterpart", "GHA"),
    ("en", "Those present were the Minister of Information, Hon. Kofi Mensah.", "Kofi Mensah", "minister", None),
    # "His Excellency" abbreviated with a space between its letters is dropped too.
    ("en", "The President of the Republic, H. E. Paul Biya, received the special envoy of Gabon in Yaounde.",
     "Paul Biya", "head_of_state", "CMR"),
    # A person introduced by a military rank and then named ambassador is the ambassador.
    ("fr", "Le ministre a reçu SE le général de brigade, Koffi Yao, ambassadeur du Togo au Maroc.",
     "Koffi Yao", "ambassador", "TGO"),
    # Junior ministers for regional affairs belong to the foreign ministry.
    ("fr", "Le texte a été signé par le secrétaire d’Etat aux Affaires arabes et africaines Salah Ben Ali.",
     "Salah Ben Ali", "deputy_foreign_minister", None),
    ("fr", "Le ministre délégué chargé des Affaires maghrébines et africaines, Karim Saadi, a reçu l'ambassadeur.",
     "Karim Saadi", "deputy_foreign_minister", None),
    # The one who leads a state's delegation or side is of that state.
    ("en", "The Indian delegation was led by Ravi Menon, and the British side was led by Sir Jane Hill.",
     "Jane Hill", None, "GBR"),
    ("fr", "La délégation malienne était conduite par M. Oumar Sidi, secrétaire général du ministère.",
     "Oumar Sidi", "senior_official", "MLI"),
    ("en", "The British side was led by Sir John Carter, Permanent Under-Secretary.",
     "John Carter", "senior_official", "GBR"),
    # The state an ambassador is posted to is not theirs.
    ("en", "Czech Ambassador to Ghana Jan Novak took part in the consultations.", "Jan Novak", "ambassador", "CZE"),
    ("fr", "L'ambassadeur du Mali auprès de la Belgique, Oumar Keita, a assisté à l'entretien.", "Oumar Keita", "ambassador", "MLI"),
    # One who serves the holder of another title serves that holder's state.
    ("fr", "Le président a reçu Claire Martin, conseillère diplomatique du président français Paul Durand.",
     "Claire Martin", "senior_official", "FRA"),
    ("en", "The minister met John Kamau, special envoy of the President of Kenya.", "John Kamau", "envoy", "KEN"),
    # A state after "and the" starts another phrase: not the title's state.
    ("en", "The Indian side was led by Ravi Menon, Foreign Secretary, Ministry of External Affairs and the British side by Jane Hill.",
     "Ravi Menon", "foreign_minister", "IND"),
    # … unless a ministry's word follows that state, or no article comes between.
    ("en", "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Karim Alaoui called his counterpart.",
     "Karim Alaoui", "foreign_minister", "MAR"),
    ("fr", "Les présidents français et russe Jean Dupré et Ivan Sokolov se sont parlé.", "Jean Dupré", "head_of_state", "FRA"),
    # Honorifics of several words, or after their article, sit between a title and its name.
    ("en", "Ghana's Minister for Foreign Affairs, the Hon Ama Boateng MP, signed the treaty.",
     "Ama Boateng", "foreign_minister", "GHA"),
    ("en", "Kenya's Minister for Trade, His Excellency Mr Peter Otieno, opened the fair.", "Peter Otieno", "minister", "KEN"),
    ("en", "The Prime Minister of Jamaica, the Rt. Honourable Paul Morris, chaired the meeting.",
     "Paul Morris", "head_of_government", "JAM"),
    ("en", "The Prime Minister of Malaysia, the Honourable Dato’ Sri Aziz Rahman, met the press.",
     "Aziz Rahman", "head_of_government", "MYS"),
    ("en", "Prime Minister Datuk Seri Aziz Rahman met the press.", "Aziz Rahman", "head_of_government", None),
    # A portfolio between a state and "Minister" is the minister's: the state is his.
    ("en", "Ghana Information Minister Kwame Boateng disclosed the meeting.", "Kwame Boateng", "minister", "GHA"),
    ("en", "Nigeria's Petroleum Minister Musa Bello signed the deal.", "Musa Bello", "minister", "NGA"),
    ("en", "Kenyan Labour Minister Peter Otieno met his Ugandan counterpart.", "Peter Otieno", "minister", "KEN"),
    # The American spelling, and the institution's last word a title left out before it.
    ("en", "The Prime Minister of Jamaica, the Honorable Paul Morris, chaired the meeting.",
     "Paul Morris", "head_of_government", "JAM"),
    ("en", "Speaker of the Kenya Parliament Honorable Peter Mwangi led the delegation.",
     "Peter Mwangi", "parliament_speaker", "KEN"),
    ("en", "Speaker of Uganda Parliament Right Honorable Grace Achieng met the press.",
     "Grace Achieng", "parliament_speaker", "UGA"),
    ("fr", "Le ministre des Affaires étrangères du Niger, Son Excellence M. Paul Ndongo, a reçu l'ambassadeur.",
     "Paul Ndongo", "foreign_minister", "NER"),
    # A title governed by "of" belongs to the title before it: the minister, not the prime minister.
    ("en", "Fiji's Minister in the Office of the Prime Minister for Borders, His Excellency Mr Sam Tora, signed.",
     "Sam Tora", "minister", "FJI"),
    # An office newly taken still describes its holder after the name; a former one does not.
    ("en", "Omar Hadi called Reza Karimi, the new Iranian foreign minister, to congratulate him.",
     "Reza Karimi", "foreign_minister", "IRN"),
    ("fr", "Le ministre a reçu Jean Diop, le nouvel ambassadeur du Sénégal au Maroc.", "Jean Diop", "ambassador", "SEN"),
    ("en", "He met John Smith, the former British foreign secretary, in London.", "John Smith", None, None),
    # "ministre adjoint": a deputy, of the foreign ministry when its portfolio says so.
    ("fr", "Le ministre adjoint des Affaires étrangères du Congo, Paul Mbala, a parlé.",
     "Paul Mbala", "deputy_foreign_minister", "COG"),
    ("fr", "La ministre adjointe de la Défense, Awa Kane, a parlé.", "Awa Kane", "deputy_minister", None),
    # A state represented by someone is that person's state.
    ("en", "Jamaica was represented by Minister of Foreign Affairs Paul Morris.",
     "Paul Morris", "foreign_minister", "JAM"),
    ("en", "Suriname was represented by the Vice-President, His Excellency Ravi Adhin.", "Ravi Adhin", "other", "SUR"),
    ("fr", "Au sommet, la France sera représentée par son secrétaire d’État Jean Lemaire.",
     "Jean Lemaire", "deputy_minister", "FRA"),
    # An organisation's foreign-policy head, its name before the title.
    ("en", "EU top diplomat Marta Lopez said the dialogue would be hard.", "Marta Lopez", "org_head", None),
    ("en", "The talks were chaired by EU foreign policy chief Marta Lopez.", "Marta Lopez", "org_head", None),
    ("en", "He met the European Union's foreign policy chief Marta Lopez.", "Marta Lopez", "org_head", None),
    ("en", "Spain's foreign policy chief Marta Lopez spoke.", "Marta Lopez", "foreign_minister", "ESP"),
    # The Swiss head of state is the president of the Confederation.
    ("fr", "Le président de la Confédération, Marc Keller, a reçu le président allemand.", "Marc Keller", "head_of_state", None),
    ("fr", "Après la visite, la présidente de la Confédération Anne Roth a parlé.", "Anne Roth", "head_of_state", None),
    # Names each followed by their title: the title between two names is the first one's.
    ("fr", "À l'invitation de Son Excellence M. Ali Ouedraogo, Président du Burkina Faso, Son Excellence M. Kofi "
           "Mensah, Président du Ghana, a effectué une visite.", "Ali Ouedraogo", "head_of_state", "BFA"),
    ("fr", "À l'invitation de Son Excellence M. Ali Ouedraogo, Président du Burkina Faso, Son Excellence M. Kofi "
           "Mensah, Président du Ghana, a effectué une visite.", "Kofi Mensah", "head_of_state", "GHA"),
])
def test_people_honorifics_and_titles(lang, text, name, role, country):
    doc = parse(lang, text)
    people = [s._.value for s in doc.spans["people"]]
    match = [p for p in people if p.name == name]
    assert match, f"{name!r} not among {[p.name for p in people]}"
    assert (match[0].role, match[0].country) == (role, country)


@pytest.mark.parametrize("lang, text, not_names", [
    ("fr", "Le ministre a reçu lundi SE le général Koffi Yao, ambassadeur du Togo.", {"SE"}),
    ("en", "Ravi Menon, Foreign Secretary, Ministry of External Affairs, opened the talks.", {"Ministry", "Foreign"}),
    ("en", "Sheikh Khalid, Minister of Foreign Affairs and International Co-operation, received a call.", {"Co-operation"}),
    ("en", "Hon. Kofi Mensah and Amb. Ama Boateng attended.", {"Hon", "Amb"}),
])
def test_honorifics_and_ministry_words_are_no_people(lang, text, not_names):
    doc = parse(lang, text)
    names = {s._.value.name for s in doc.spans["people"]}
    assert not names & not_names, names


@pytest.mark.parametrize("lang, text, name", [
    # The named-entity model stops a person after the first words; the proper nouns right
    # after it, which no other entity claims, are the rest of the name.
    ("fr", "Le ministre des Affaires étrangères de l'Azerbaïdjan, Djeyhoun Baïramov, a rencontré la délégation française.",
     "Djeyhoun Baïramov"),
    ("fr", "Le président Paul Kagamé et son homologue comorien Azali Assoumani se sont entretenus.", "Azali Assoumani"),
    ("en", "Gayawali summoned Indian Ambassador Vinay Mohan Quatra last week.", "Vinay Mohan Quatra"),
    ("en", "Information Minister Kojo Oppong Nkrumah earlier on disclosed the meeting.", "Kojo Oppong Nkrumah"),
    # ... and the given names it cut off after an honorific are its start.
    ("en", "The Indian delegation was led by Shri Vinay Mohan Desai, Foreign Secretary.", "Vinay Mohan Desai"),
    ("en", "The Indian delegation was led by Shri Arun Kumar Mehta, Foreign Secretary.", "Arun Kumar Mehta"),
    # ... and so does a word before it that the office-holder dictionary names with it (the coder
    # then finds the office: the Holy See's head of state); not a word it does not, nor a title
    # ("le pape François", "Amir Tamim …": the title gives the office).
    ("en", "The president travelled to Rome to meet Pope Francis.", "Pope Francis"),
    ("fr", "Le président s'est rendu à Rome pour rencontrer le pape François.", "François"),
    ("en", "The envoy later met Senator Francis Mwale of Zambia.", "Francis Mwale"),
    ("fr", "Le ministre a reçu le pasteur François Kaboré.", "François Kaboré"),
])
def test_a_name_cut_short_by_the_model_runs_on(lang, text, name):
    doc = parse(lang, text)
    assert name in {s._.value.name for s in doc.spans["people"]}


@pytest.mark.parametrize("lang, text, name", [
    # A first name alone, or a surname before a second surname, is the person named in full.
    ("fr", "Le ministre des Affaires étrangères Djamil Rahimov a reçu l'ambassadeur. Le ministre Djamil a salué la visite.",
     "Djamil Rahimov"),
    ("fr", "Le président Tshibanda a reçu le Premier ministre. Le président Félix Tshibanda Kalonji a salué la visite.",
     "Félix Tshibanda Kalonji"),
    ("en", "Sheikh Khalid bin Saeed, Minister of Foreign Affairs, received a call. Sheikh Khalid thanked his counterpart.",
     "Khalid bin Saeed"),
])
def test_parts_of_a_name_are_one_person(lang, text, name):
    doc = parse(lang, text)
    people = {id(s._.value): s._.value for s in doc.spans["people"]}
    assert [p.name for p in people.values()] == [name]


def test_same_person_twice_is_one_record():
    doc = parse("fr", "Le ministre des Affaires étrangères, M. Youssef Bennani, a reçu son homologue. M. Bennani a salué la visite.")
    people = {id(s._.value) for s in doc.spans["people"]}
    assert len(people) == 1
    assert doc.spans["people"][0]._.value.name == "Youssef Bennani"


@pytest.mark.parametrize("lang, text, ordinal, series", [
    ("fr", "La cinquième session de consultations politiques s'est tenue.", "5", "political consultations"),
    ("fr", "La 2e session des consultations politiques a eu lieu.", "2", "political consultations"),
    ("en", "The 4th round of political consultations was held.", "4", "political consultations"),
    # Raised endings and Roman numerals, as French typography writes them.
    ("fr", "La 8ᵉ session des consultations politiques s'est tenue.", "8", "political consultations"),
    ("fr", "La 1ʳᵉ session des consultations politiques s'est tenue.", "1", "political consultations"),
    ("fr", "Le XXIIIᵉ sommet s'est ouvert.", "23", "summit"),
    ("fr", "Le XVe sommet s'est ouvert.", "15", "summit"),
])
def test_ordinal_and_series_cues(lang, text, ordinal, series):
    doc = parse(lang, text)
    cues = {(s.label_, s._.value) for s in doc.spans["cues"]}
    assert ("ordinal", ordinal) in cues
    assert ("series", series) in cues


@pytest.mark.parametrize("text", ["Le sommet s'est ouvert.", "Ce sommet s'est ouvert.", "Les sommets se sont ouverts."])
def test_words_in_capitals_are_no_roman_ordinals(text):
    doc = parse("fr", text)
    assert [s.text for s in doc.spans["cues"] if s.label_ == "ordinal"] == []


def test_lexicon_matcher_prefers_longest_and_folds_accents():
    matcher = LexiconMatcher.from_rows([("affaires", "short"), ("Affaires étrangères", "long")])
    doc = get_pipeline("fr").make_doc("des affaires etrangeres")
    found = matcher.find(units_of(doc, use_lemma=False))
    assert [m.entry.value for m in found] == ["long"]
    assert fold("Émirats") == "emirats"


def test_acronyms_match_only_in_upper_case():
    matcher = LexiconMatcher.from_rows([("UA", "AU")], with_case=True)
    make = get_pipeline("fr").make_doc
    assert matcher.find(units_of(make("ua et UA"), use_lemma=False))[0].start == 2
    assert len(matcher.find(units_of(make("ua et UA"), use_lemma=False))) == 1


@pytest.mark.parametrize("text, found", [
    ("Il a été question de la réunion de la commission mixte.", []),   # a meeting
    ("Le président est arrivé à la Réunion mardi.", ["REU"]),           # the island
    ("Les deux délégations se sont rendues à l'île de la Réunion.", ["REU"]),
])
def test_a_name_after_a_lower_case_article_needs_its_capital(text, found):
    matcher = LexiconMatcher.from_rows([("la Réunion", "REU")], with_case=True)
    doc = get_pipeline("fr").make_doc(text)
    assert [m.entry.value for m in matcher.find(units_of(doc, use_lemma=False))] == found


def test_sentences_start_at_line_breaks():
    doc = parse("fr", "Le ministre a reçu la délégation\nLes deux parties ont signé un accord.")
    starts = [s.start_char for s in doc.sents]
    assert doc.text.index("Les deux") in starts
    assert not any("\n" in s.text.strip() for s in doc.sents)


def test_unsupported_language_still_finds_countries():
    doc = get_pipeline("ru")("Россия и Казахстан провели переговоры.")
    assert [s.label_ for s in doc.spans["countries"]] == ["RUS", "KAZ"]


@pytest.mark.parametrize("text, starts", [
    ("Le ministre\nLes parties", ["Les"]),
    ("Le ministre \n Les parties", ["Les"]),       # the break in a whitespace token
    ("Le ministre\n\nLes parties\nUn accord", ["Les", "Un"]),
    ("\nLe ministre", ["Le"]),
    ("Le ministre parle\n", []),                    # nothing after the last break
    ("Le ministre parle.", []),
])
def test_line_breaks_mark_the_next_token_as_a_sentence_start(text, starts):
    from spacy import blank
    from communique.language.pipelines import line_breaks
    doc = line_breaks(blank("fr")(text))
    assert [t.text for t in doc if t.is_sent_start and t.i > 0] == starts


@pytest.mark.parametrize("text, word, held", [
    ("Le président projette fin Juillet une tournée.", "Juillet", True),  # a capital after a word
    ("Le président reçoit demain Le Drian.", "Le", True),
    ("Le ministre parle\nLes parties", "Les", False),    # a line break still starts one
    ("Le ministre parle. Les parties", "Les", False),     # so does a full stop
    ("Le ministre de la Côte Les parties", "Les", False),  # after a capitalised word: the model decides
])
def test_no_sentence_starts_right_after_a_lower_case_word(text, word, held):
    from spacy import blank
    from communique.language.pipelines import no_break_after_a_word
    doc = no_break_after_a_word(blank("fr")(text))
    token = [t for t in doc if t.text == word][-1]
    assert (token.is_sent_start is False) == held


def test_a_month_with_a_capital_inside_a_sentence_does_not_cut_it():
    doc = parse("fr", "Le président projette fin Juillet prochain une tournée au Niger et au Tchad.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("text, expected", [
    # Office-holders named by their surname alone, which the English named-entity model misses
    # or takes for a place or a body: the dictionary of office-holders finds them.
    ("Lavrov and Blinken spoke by phone on Friday.", {"Lavrov", "Blinken"}),
    ("Bourita met the press in Rabat.", {"Bourita"}),
])
def test_office_holders_by_surname_alone(text, expected):
    doc = parse("en", text)
    found = {s.text for s in doc.spans["people"]}
    assert expected <= found
    assert "Friday" not in found  # a date word, not Godwin Friday


@pytest.mark.parametrize("lang, text, expected", [
    # A long ministry name ends in its state's formal name, past words no table lists.
    ("fr", "La ministre de la Culture et des Arts traditionnels de la République du Sénégal est arrivée.", "SEN"),
    ("fr", "Le ministre de l'Europe et des Affaires étrangères, chargé des Partenariats internationaux "
           "de la République française, a parlé.", "FRA"),
    ("en", "The Minister of Information, Communications and the Digital Economy of the Republic of Kenya arrived.", "KEN"),
    # Not past a verb, a person's name, another title, or "and": another phrase.
    ("fr", "Le ministre de la Culture a visité la République du Sénégal.", None),
    ("fr", "Le ministre de l'Économie, Amadou Diallo, et l'ambassadeur de la République du Sénégal ont signé.", None),
    ("en", "The Minister of Trade met leaders of the Republic of Kenya.", None),
])
def test_a_title_reaches_its_states_formal_name(lang, text, expected):
    doc = parse(lang, text)
    assert doc.spans["titles"][0]._.value.country == expected


def test_a_title_does_not_reach_a_state_named_in_another_phrase():
    doc = parse("fr", "Il a été reçu par le ministre de la Culture en qualité de haut-commissaire "
                      "de la République du Sénégal.")
    assert doc.spans["titles"][0]._.value.country is None


@pytest.mark.parametrize("text, role, country", [
    # A junior office attached to a minister is of the minister's state and remit.
    ("Mme Anne Martin, secrétaire d'État auprès du ministre des Affaires étrangères du Sénégal, est arrivée.",
     "deputy_foreign_minister", "SEN"),
    ("M. Paul Durand, secrétaire d'État auprès de la ministre française de l'Économie, est arrivé.",
     "deputy_minister", "FRA"),
    # Not an ambassador accredited to a head of state.
    ("M. Paul Durand, ambassadeur auprès du président sénégalais, est arrivé.", "ambassador", None),
])
def test_an_office_attached_to_a_minister_is_of_his_state(text, role, country):
    doc = parse("fr", text)
    first = doc.spans["titles"][0]._.value
    assert (first.role, first.country) == (role, country)


@pytest.mark.parametrize("text, role, country", [
    # "le numéro un" and a state's adjective: the press's name for a head of state.
    ("Le numéro un gabonais a reçu l'ambassadeur du Sénégal.", "head_of_state", "GAB"),
    ("Alassane Ouattara aura un entretien avec le numéro un français.", "head_of_state", "FRA"),
])
def test_the_number_one_of_a_state_is_its_head(text, role, country):
    doc = parse("fr", text)
    first = doc.spans["titles"][0]._.value
    assert (first.role, first.country) == (role, country)


def test_foreign_ministers_of_an_organisation_s_states_stay_ministers():
    doc = parse("en", "EU foreign ministers met in Brussels on Monday.")
    assert [(t.text, t.label_) for t in doc.spans["titles"]] == [("foreign ministers", "foreign_minister")]
