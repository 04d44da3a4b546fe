"""The states of an event: which states act and which receive (coding/sides.py). Sentences
written for these tests."""
import pytest

import communique


def states(text, lang, published="2024-05-13"):
    """(type, actor codes, recipient codes) of each event of the text, codes sorted."""
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # The parser may cut a coordinated subject after its first state ("Bénin" left as a root of
    # its own): the states joined to the subject by "et"/"and" act too, and the states listed
    # before them with commas.
    ("fr", "Le Bénin et l’Estonie ont signé un mémorandum d’entente mardi.",
     [("SUPPORT", ["BEN", "EST"], [])]),
    ("fr", "La Russie, la Chine et l'Inde ont condamné l'attaque.",
     [("ACCUSE", ["CHN", "IND", "RUS"], [])]),
    ("en", "Kenya and Uganda signed a trade agreement on Monday.",
     [("SUPPORT", ["KEN", "UGA"], [])]),
    ("en", "Kenya, Uganda, and Tanzania signed a trade agreement on Monday.",
     [("SUPPORT", ["KEN", "TZA", "UGA"], [])]),
    # A state set off by a comma alone is a topic or a scene, not a subject.
    ("en", "In a move sending a strong signal to China, foreign ministers from India, Australia, Japan "
           "and the United States rejected any unilateral change.",
     [("REJECT", ["AUS", "IND", "JPN", "USA"], [])]),
    ("fr", "Concernant la Guinée, la Conférence exhorte les autorités guinéennes à accélérer la transition.",
     []),
])
def test_coordinated_states_share_the_subject(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A list of states that repeats its preposition ("des Comores, de France et de Madagascar")
    # is one list: each conjunct is a side like the first.
    ("fr", "Le président a reçu les ambassadeurs du Mali, du Niger et du Tchad.",
     [("CONSULT", ["MLI", "NER", "TCD"], [])]),
    ("fr", "Le Conseil des ministres de la COI a réuni les ministres des Affaires étrangères des Comores, "
           "de France, de Madagascar, de Maurice et des Seychelles.",
     [("CONSULT", ["COM", "FRA", "MDG", "MUS", "SYC"], [])]),
])
def test_a_list_repeating_its_preposition_is_one_list(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A surname that is also a country's name is the person's, whose office tells the state.
    ("fr", "François Hollande et le président élu américain Donald Trump se sont entretenus au téléphone.",
     [("CONSULT", ["FRA", "USA"], [])]),
    # A sea named after a state is a place, not a side.
    ("en", "Vietnam and the Philippines discussed the situation in the South China Sea on Monday.",
     [("CONSULT", ["PHL", "VNM"], [])]),
])
def test_names_that_hold_a_country_word(lang, text, expected):
    assert states(text, lang) == expected


def states_from(text, lang, url):
    """As `states`, for a text published at `url` (whose country domain tells the publisher's state)."""
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published="2024-05-13", url=url).events]


@pytest.mark.parametrize("lang, url, text, expected", [
    # An office named by its title alone, as the subject, is the publisher's own.
    ("en", "https://mofa.gov.pk/press/1", "The Foreign Minister held a telephone conversation with his Turkish counterpart.",
     [("CONSULT", ["PAK", "TUR"], [])]),
    ("fr", "https://www.diplomatie.ma/fr/1", "Le ministre des Affaires étrangères s'est entretenu au téléphone avec son homologue turc.",
     [("CONSULT", ["MAR", "TUR"], [])]),
    # No publisher's state known: no side.
    ("en", "https://example.com/1", "The Foreign Minister held a telephone conversation with his Turkish counterpart.", []),
    # Not several holders ("the ministers"), nor an office only present ("in the presence of").
    ("en", "https://mofa.gov.pk/press/1", "The ministers held talks with the Turkish delegation.", []),
])
def test_an_unnamed_office_is_the_publishers(lang, url, text, expected):
    assert states_from(text, lang, url) == expected


@pytest.mark.parametrize("lang, url, text, expected", [
    # A title alone refers back to the last holder of that office the text named, before the
    # publisher's state and before the document's most-named states.
    ("fr", "https://example.com/1", "Le président ghanéen John Mahama est arrivé lundi à Paris. "
                                    "Le Chef de l'Etat a ensuite condamné les attaques contre le Bénin.", ["GHA"]),
    ("en", "https://example.com/1", "Chilean Foreign Minister Alberto van Klaveren spoke on Monday. "
                                    "The minister then condemned the attacks on Benin.", ["CHL"]),
    ("fr", "https://www.diplomatie.ma/fr/1", "Le Premier ministre japonais est arrivé mardi à Rabat. "
                                             "Le Premier ministre a ensuite condamné les attaques contre le Bénin.", ["JPN"]),
    # Only a holder of the same office, whichever was named last: a president is no "Prime
    # Minister", nor a president "le Souverain".
    ("fr", "https://example.com/1", "Le Premier ministre togolais Victor Dogbé a reçu le président ghanéen John Mahama. "
                                    "Le Premier ministre a condamné les attaques contre le Bénin.", ["TGO"]),
    ("en", "https://example.com/1", "Ghanaian President John Mahama met Togolese Prime Minister Victor Dogbe. "
                                    "The Prime Minister condemned the attacks on Benin.", ["TGO"]),
    ("fr", "https://example.com/1", "Le roi du Maroc a reçu un message du président du Pérou, Luis Arce. "
                                    "Le Souverain a condamné les attaques contre le Bénin.", ["MAR"]),
])
def test_an_office_named_by_title_refers_back_to_its_last_holder(lang, url, text, expected):
    assert [actor for event, actor, _ in states_from(text, lang, url) if event == "ACCUSE"] == [expected]


@pytest.mark.parametrize("lang, text, expected", [
    # "Elle a rencontré son homologue russe": the counterpart names one side; the other is whom
    # the text told of before, even when that was no meeting.
    ("fr", "La cheffe de la diplomatie burkinabè, Olivia Rouamba, a dénoncé les attaques terroristes. "
           "Elle a rencontré son homologue russe Sergueï Lavrov jeudi à New York.",
     [("ACCUSE", ["BFA"], []), ("CONSULT", ["BFA", "RUS"], [])]),
    ("fr", "Le Mali a condamné l'attaque. Il a ensuite rencontré son homologue nigérien.",
     [("ACCUSE", ["MLI"], []), ("CONSULT", ["MLI", "NER"], [])]),
    ("en", "Burkina Faso's foreign minister Olivia Rouamba condemned the attacks. "
           "She met her Russian counterpart Sergei Lavrov on Thursday in New York.",
     [("ACCUSE", ["BFA"], []), ("CONSULT", ["BFA", "RUS"], [])]),
])
def test_a_counterpart_meets_the_protagonist(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A demonym in apposition to an organisation's title is its official's nationality: the
    # organisation acts, not the official's state.
    ("fr", "La secrétaire générale de l'Organisation internationale de la Francophonie (OIF), la Rwandaise "
           "Louise Mushikiwabo a entamé une visite officielle au Canada.",
     [("CONSULT", ["IGO"], ["CAN"])]),
    ("fr", "Le représentant spécial du secrétaire général de l'ONU, le Mauritanien Ahmedou Ould-Abdallah, "
           "a présidé la réunion entre le Cameroun et le Nigeria à Yaoundé.",
     [("CONSULT", ["CMR", "NGA", "UNO"], [])]),
    # After a state's own title, the demonym is the holder's state.
    ("fr", "Le président du Sénégal, le Sénégalais Macky Sall, a reçu le président gambien.",
     [("CONSULT", ["GMB"], ["SEN"])]),
])
def test_the_nationality_of_an_organisations_official(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A sentence that names no doer of a protest or a greeting falls back on the document's pair;
    # the state the act is done to is not the one doing it: the other state of the pair does it.
    ("en", "Japan and North Korea held talks in Beijing on Monday. We protested to North Korea through "
           "diplomatic channels, the spokesman said.",
     [("CONSULT", ["JPN", "PRK"], []), ("ACCUSE", ["JPN"], ["PRK"])]),
    ("fr", "Le Mali et le Niger ont tenu des consultations lundi à Bamako. « Nous condamnons fermement "
           "le Niger pour ces propos », a déclaré le ministre.",
     [("CONSULT", ["MLI", "NER"], []), ("ACCUSE", ["MLI"], ["NER"])]),
    ("fr", "Le Tchad et la Guinée ont tenu des consultations lundi à Conakry. « Je félicite le peuple de "
           "Guinée pour cette élection », a déclaré le ministre.",
     [("CONSULT", ["GIN", "TCD"], []), ("SUPPORT", ["TCD"], ["GIN"])]),
    # Acted upon even when the sentence names it again after "between".
    ("en", "Japan and North Korea held talks in Beijing on Monday. We protested to North Korea over the "
           "trade between Japan and North Korea, the spokesman said.",
     [("CONSULT", ["JPN", "PRK"], []), ("ACCUSE", ["JPN"], ["PRK"])]),
    ("fr", "Le Mali et le Niger ont tenu des consultations lundi à Bamako. « Nous condamnons fermement le "
           "Niger pour ses propos sur la frontière entre le Mali et le Niger », a déclaré le ministre.",
     [("CONSULT", ["MLI", "NER"], []), ("ACCUSE", ["MLI"], ["NER"])]),
    # Both states of the pair named after the act: the first does it, the other receives.
    ("en", "The United States and India held talks in Washington on Monday. Thank you to the Government "
           "of India for your partnership with the United States, the spokesman said.",
     [("CONSULT", ["IND"], ["USA"]), ("SUPPORT", ["USA"], ["IND"])]),
])
def test_the_pair_fallback_doer_is_not_the_state_acted_upon(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The agent of a passive verb ("by", "par") does the act; the other states named undergo it,
    # also when one of them is named elsewhere in the clause ("in response to Russia's …").
    ("en", "Forty officials have been sanctioned by Canada in response to Russia's annexation of the region.",
     [("SANCTION", ["CAN"], ["RUS"])]),
    ("en", "Twelve Indian fishermen were arrested by Sri Lanka on Monday.",
     [("COERCE", ["LKA"], ["IND"])]),
    # A participle with an agent is a passive too ("prisoners released by …").
    ("en", "Twenty Yemeni prisoners released by Saudi Arabia arrived home on Sunday.",
     [("RETREAT", ["SAU"], ["YEM"])]),
    # A state in the agent of another verb does that verb, and is not acted upon here.
    ("en", "The proposal was rejected by Egypt and criticised by Israel.",
     [("REJECT", ["EGY"], []), ("ACCUSE", ["ISR"], [])]),
    # An organisation in the agent does the act: the state named undergoes it, and the
    # document's pair does not stand in for the doer.
    ("fr", "Le bombardement russe de la ville a été vivement condamné par l'ONU.",
     [("ACCUSE", ["UNO"], ["RUS"])]),
    ("en", "The Russian strikes were condemned by the African Union.",
     [("ACCUSE", ["IGO"], ["RUS"])]),
    # Forces moved are their own state's: the passive does not turn it into the one acted upon.
    ("en", "About 3,000 Polish soldiers have been deployed in the area.",
     [("MOBILIZE", ["POL"], [])]),
])
def test_the_agent_of_a_passive_acts(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A release in the passive names no one who frees: the state where those freed had been
    # arrested or held did it (an arrest is the act of the authorities where it happens), not
    # the state of the sentence before.
    ("fr", "Le Togo a salué la nouvelle. Les trois soldats maliens détenus en Côte d'Ivoire ont été libérés lundi.",
     [("SUPPORT", ["TGO"], []), ("RETREAT", ["CIV"], ["MLI"])]),
    ("fr", "Le Japon a salué la nouvelle. Les deux pêcheurs sénégalais arrêtés en Mauritanie en mars ont été relâchés vendredi.",
     [("SUPPORT", ["JPN"], []), ("RETREAT", ["MRT"], ["SEN"])]),
    ("en", "Japan welcomed the news. The three Malian soldiers detained in Ivory Coast were released on Monday.",
     [("SUPPORT", ["JPN"], []), ("RETREAT", ["CIV"], ["MLI"])]),
    ("en", "Ottawa welcomed the news. The two Canadians were freed on Friday after being detained in China for three years.",
     [("SUPPORT", ["CAN"], []), ("RETREAT", ["CHN"], ["CAN"])]),
    # Hostages are held by their captors, not by the state where they are held.
    ("fr", "Le Japon a salué la nouvelle. Les deux soldats maliens détenus en otages au Niger ont été libérés lundi.",
     [("SUPPORT", ["JPN"], []), ("RETREAT", ["JPN"], ["MLI"])]),
])
def test_the_state_that_held_them_frees_them(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The passive is made with "être": a verb conjugated with "avoir" is active, whatever the
    # parser reads in a capital's name before it.
    ("fr", "Alger a notamment critiqué Rabat.", [("ACCUSE", ["DZA"], ["MAR"])]),
    ("fr", "Kinshasa a notamment accusé Kigali de soutenir les rebelles.", [("ACCUSE", ["COD"], ["RWA"])]),
    # The passive with "être" keeps its reading.
    ("fr", "Rabat a été vivement critiqué par Alger.", [("ACCUSE", ["DZA"], ["MAR"])]),
])
def test_a_verb_conjugated_with_avoir_is_active(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # An infinitive clause opening the sentence shares the subject that follows it: the
    # minister goes, and the counterpart named after her hosts.
    ("fr", "Avant de se rendre à la présidence, le ministre malien s'est entretenu avec son homologue du Niger.",
     [("CONSULT", ["MLI"], ["NER"])]),
    # (A participle opening the sentence is a passive: whom it names after "par" hosts.)
    ("fr", "Accueilli à l'aéroport par le ministre belge, le président congolais a eu des entretiens "
           "avec le Premier ministre belge.",
     [("CONSULT", ["COG"], ["BEL"])]),
])
def test_an_opening_infinitive_clause_shares_the_subject(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Where a non-resident ambassador resides is no side of the ceremony; a receiver named by
    # his office alone is the host of the ceremony told before.
    ("fr", "Le président angolais a reçu mercredi les lettres de créance de l'ambassadeur du Ghana. "
           "L'ambassadeur du Kenya, résidant à Pretoria, a également remis ses lettres de créance au chef de l'Etat.",
     [("CONSULT", ["GHA"], ["AGO"]), ("CONSULT", ["KEN"], ["AGO"])]),
    ("fr", "Le président angolais a reçu mercredi les lettres de créance de l'ambassadeur du Ghana. "
           "L'ambassadeur du Kenya, avec résidence à Pretoria, a également présenté ses lettres de créance "
           "au président de la République.",
     [("CONSULT", ["GHA"], ["AGO"]), ("CONSULT", ["KEN"], ["AGO"])]),
    ("en", "The Angolan President received the credentials of the ambassador of Ghana on Wednesday. "
           "The ambassador of Kenya, resident in Pretoria, also presented his credentials to the head of state.",
     [("CONSULT", ["GHA"], ["AGO"]), ("CONSULT", ["KEN"], ["AGO"])]),
])
def test_an_ambassadors_residence_is_no_side(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The state where a gathering sits is no side of an act told there: not the receiver of
    # aid pledged at a summit.
    ("fr", "La ministre canadienne du Développement international a annoncé une contribution "
           "humanitaire de 30 millions $ au Sommet humanitaire mondial à Istanbul, en Turquie.",
     [("AID", ["CAN"], [])]),
    # (Aid sent to a state still goes there.)
    ("fr", "La France a envoyé une aide humanitaire au Liban.", [("AID", ["FRA"], ["LBN"])]),
])
def test_a_gatherings_venue_is_no_side_of_an_act_told_there(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The state that owns an act's noun does it, not the subject that tells of it.
    ("en", "Estonia called Russia's withdrawal from the treaty a grave mistake.",
     [("RETREAT", ["RUS"], [])]),
    ("en", "The minister raised China's trade sanctions on Australian wine.",
     [("SANCTION", ["CHN"], ["AUS"])]),
    ("en", "Russia's invasion of Ukraine began on Thursday.",
     [("ASSAULT", ["RUS"], ["UKR"])]),
    # A verb keeps its subject as the doer.
    ("en", "Russia invaded Ukraine in February.",
     [("ASSAULT", ["RUS"], ["UKR"])]),
])
def test_the_possessor_of_an_act_does_it(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A state that another state's act is done to ("Moscow's invasion of Ukraine") is named to say
    # what that state did: it takes no part in the event told around it.
    ("en", "Canada imposed travel bans on 40 Russian officers over Moscow's invasion of Georgia.",
     [("SANCTION", ["CAN"], ["RUS"])]),
    ("en", "Japan imposed sanctions on Russian banks over Russia's aggression against Moldova.",
     [("SANCTION", ["JPN"], ["RUS"])]),
    ("en", "Norway expelled three Russian diplomats over Russia's occupation of Georgia.",
     [("SANCTION", ["NOR"], ["RUS"])]),
    ("en", "Australia announced sanctions against Russia over its invasion of Georgia.",
     [("SANCTION", ["AUS"], ["RUS"])]),
    # The act's own noun keeps the state it is done to.
    ("en", "Russia's invasion of Georgia began on Friday.",
     [("ASSAULT", ["RUS"], ["GEO"])]),
])
def test_the_object_of_anothers_act_takes_no_part(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "They" (a group the sentence does not name) act: a state before the verb is what they speak
    # of, not its doer; with no doer named the act is not coded with a wrong one.
    ("en", "They welcomed Syria's cooperation with the inspectors but criticized Iran as a destabilizer.", []),
    ("en", "They praised Brazil's mediation but condemned Venezuela's threats.", []),
    # A named subject still acts, and "they" in the passive undergoes the act.
    ("en", "Canada welcomed the report but criticized Iran as a destabilizer.",
     [("ACCUSE", ["CAN"], ["IRN"])]),
])
def test_a_plural_pronoun_subject_is_no_state_before_it(lang, text, expected):
    assert [e for e in states(text, lang) if e[0] == "ACCUSE"] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A subject that names an organisation's members, or a definite noun repeating the head of an
    # organisation named before ("the Council" after "the UN Security Council", "the ministers"
    # after "the G7 Foreign Ministers"), is the organisation: no state of the text acts for it.
    ("en", "Kenya and Somalia asked the UN Security Council for a meeting. "
           "Members of the Council condemned the attacks by al-Shabaab.", ("ACCUSE", ["UNO"])),
    ("en", "The UN Security Council met with Kenya and Somalia on Monday. "
           "The 15-member Council strongly condemned the attack on the peacekeepers.", ("ACCUSE", ["UNO"])),
    ("en", "The G7 Foreign Ministers, representing Canada, France, Germany, Italy, Japan, the United Kingdom "
           "and the United States, issued a statement. The ministers reaffirmed support for Moldova's independence.",
     ("SUPPORT", ["IGO"])),
    ("fr", "Le Kenya et la Somalie ont demandé une réunion au Conseil de sécurité de l'ONU. "
           "Les membres du Conseil ont condamné les attaques des Shebab.", ("ACCUSE", ["UNO"])),
    ("fr", "Le Kenya et la Somalie ont demandé une réunion au Conseil de sécurité de l'ONU. "
           "Le Conseil a condamné les attaques contre la Somalie.", ("ACCUSE", ["UNO"])),
    ("fr", "Les ministres des Affaires étrangères du G7, représentant le Canada, la France, l'Allemagne, l'Italie, "
           "le Japon, le Royaume-Uni et les États-Unis, ont publié une déclaration. "
           "Les ministres ont réaffirmé leur soutien à la Moldavie.", ("SUPPORT", ["IGO"])),
    # The head noun of one of the organisation's names refers back to it too.
    ("en", "G7 foreign ministers, representing Canada, France and Japan among others, issued a statement "
           "on Monday. The group urged Russia to withdraw its troops.", ("REQUEST", ["IGO"])),
    ("en", "Finland and Sweden asked NATO for support. The Alliance condemned Russia's threats.",
     ("ACCUSE", ["IGO"])),
    ("fr", "Le Mali et le Niger ont demandé l'aide de l'Union africaine. "
           "Le Conseil de paix et de sécurité a décidé de suspendre la Guinée.", ("SANCTION", ["IGO"])),
    # A state in the subject still acts.
    ("en", "Kenya and Somalia asked the UN Security Council for a meeting. "
           "Kenya's government condemned the attacks by al-Shabaab.", ("ACCUSE", ["KEN"])),
])
def test_a_subject_naming_an_organisation_is_the_organisation(lang, text, expected):
    event, actor = expected
    assert [(e.event, sorted(a.code for a in e.actor)) for e in communique.extract(text, lang=lang).events
            if e.event == event] == [expected]


@pytest.mark.parametrize("lang, text, expected", [
    # The subject of a clause of time or cause does that clause's verb, the reason for the act:
    # it is no side of the act.
    ("en", "China downgraded relations with Lithuania after Taiwan opened a representative office in Vilnius.",
     [("SANCTION", ["CHN"], ["LTU"])]),
    ("en", "China downgraded its relations with Lithuania in protest of Taiwan opening an office in Vilnius.",
     [("SANCTION", ["CHN"], ["LTU"])]),
    ("en", "Beijing imposed sanctions on Lithuania because Taiwan had opened an office there.",
     [("SANCTION", ["CHN"], ["LTU"])]),
    ("fr", "La Chine a rappelé son ambassadeur en Lituanie après que Taïwan a ouvert un bureau à Vilnius.",
     [("SANCTION", ["CHN"], ["LTU"])]),
    # States named as the objects of the act itself stay its sides.
    ("en", "China downgraded relations with Lithuania and Taiwan.",
     [("SANCTION", ["CHN"], ["LTU", "TWN"])]),
])
def test_the_subject_of_a_clause_of_cause_is_no_side(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A state in a clause of time or cause after a signing did not sign: the clause tells why
    # or when the document was signed.
    ("en", "Chile signed the memorandum with Peru because Bolivia had refused to join the project.",
     ["CHL", "PER"]),
    ("en", "Kenya signed an agreement with Ghana on Monday after Ethiopia had withdrawn from the talks.",
     ["GHA", "KEN"]),
    ("fr", "Le Sénégal a signé un accord avec le Mali lundi, après que la Guinée s'est retirée des négociations.",
     ["MLI", "SEN"]),
    # A clause that describes the document keeps its states: they are what was signed.
    ("en", "Kenya signed an agreement establishing diplomatic relations with Peru.", ["KEN", "PER"]),
])
def test_a_clause_after_a_signing_names_no_signatory(lang, text, expected):
    assert [sorted(a.code for a in e.actor) for e in communique.extract(text, lang=lang).events
            if e.event == "SUPPORT"] == [expected]


@pytest.mark.parametrize("lang, text", [
    # One office holder named by his title is no group of the organisation: his own rules place
    # him, and his act does not list the organisation as its framework.
    ("en", "A spokesman for UN Secretary-General Ana Ruiz issued a statement. "
           "The Secretary-General condemns the attack on a market in Kabul."),
])
def test_an_organisations_head_by_title_is_not_its_members(lang, text):
    events = communique.extract(text, lang=lang).events
    assert [(e.event, [a.code for a in e.actor], e.organizations) for e in events] == [("ACCUSE", ["UNO"], [])]


def visits(text, lang):
    """(actor codes, recipient codes) of each CONSULT of the text."""
    return [(e[1], e[2]) for e in states(text, lang) if e[0] == "CONSULT"]


@pytest.mark.parametrize("lang, text, expected", [
    # Whom a visit noun names after "de"/"of" visits; the place of the signing told with it hosts.
    ("fr", "Deux accords ont été signés mercredi à Dakar, à l'occasion de la visite d'État du président "
           "Emmanuel Macron.", [(["FRA"], ["SEN"])]),
    ("fr", "Trois accords ont été signés lundi à Bamako, à l’occasion de la visite d’État du président Macky "
           "Sall dans le pays, ce jour.", [(["SEN"], ["MLI"])]),
    ("fr", "Trois accords ont été signés mardi à Nouakchott, lors de la visite officielle du président "
           "sénégalais Macky Sall dans le pays.", [(["SEN"], ["MRT"])]),
    ("en", "Two agreements were signed in Tokyo on Wednesday during the state visit of the Indian prime "
           "minister.", [(["IND"], ["JPN"])]),
])
def test_whom_a_visit_names_as_its_own_visits(lang, text, expected):
    assert visits(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "La visite du président français" after his visit was told names that visit again: no
    # second visit to the places of the tour it is part of.
    ("fr", "Le président français est arrivé lundi à Dakar pour une visite d'État au Sénégal. La visite du "
           "président français s'inscrit dans une tournée africaine entamée samedi au Maroc.",
     [(["FRA"], ["SEN"])]),
    ("en", "The Indian prime minister arrived in Tokyo on Monday for a state visit to Japan. The visit of the "
           "Indian prime minister is part of a tour of Asia that began in Seoul on Saturday.",
     [(["IND"], ["JPN"])]),
])
def test_a_visit_named_again_is_the_same_visit(lang, text, expected):
    assert visits(text, lang) == expected


def test_a_visit_of_another_visitor_is_a_visit_of_its_own():
    text = ("Le président français est arrivé lundi à Dakar pour une visite d'État au Sénégal. La visite du "
            "président malien au Niger a commencé mardi.")
    assert [recipient for _, recipient in visits(text, "fr")] == [["SEN"], ["NER"]]


@pytest.mark.parametrize("lang, text, kind, expected", [
    # A mediation behind the act names a state that helped the sides to it, no side of it.
    ("fr", "Le Niger a libéré lundi trois soldats maliens grâce à la médiation du Ghana.",
     "RETREAT", [("RETREAT", ["NER"], ["MLI"])]),
    ("en", "Niger released three Malian soldiers on Monday after mediation by Ghana.",
     "RETREAT", [("RETREAT", ["NER"], ["MLI"])]),
    ("en", "Niger and Mali signed a ceasefire agreement mediated by Ghanaian President John Mahama.",
     "SUPPORT", [("SUPPORT", ["MLI", "NER"], [])]),
    # Released by the state that held them (the participle between commas says where), not by the
    # mediator either.
    ("fr", "Deux douaniers sénégalais, détenus au Mali depuis un an, ont été libérés le 3 mars grâce à la médiation "
           "du président ghanéen John Mahama.", "RETREAT", [("RETREAT", ["MLI"], ["SEN"])]),
    # Released with no one named to release them: not the mediator.
    ("fr", "Deux douaniers sénégalais ont été libérés le 3 mars grâce à la médiation "
           "du président ghanéen John Mahama.", "RETREAT", []),
    # Praise of the mediation goes to the mediator.
    ("fr", "Le président malien a salué la médiation du Ghana.", "SUPPORT", [("SUPPORT", ["MLI"], ["GHA"])]),
    ("en", "The Malian president thanked Ghana for its mediation.", "SUPPORT", [("SUPPORT", ["MLI"], ["GHA"])]),
])
def test_a_mediator_is_no_side_of_the_act_it_helped(lang, text, kind, expected):
    assert [e for e in states(text, lang) if e[0] == kind] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A state named only inside a clause of time or cause is the background of the act, no side.
    ("en", "Chile and Fiji established diplomatic relations on Monday, days after the island nation severed ties "
           "with Taiwan.", [("SUPPORT", ["CHL", "FJI"], [])]),
    ("fr", "Le Chili et les Fidji ont établi des relations diplomatiques lundi, quelques jours après que l'archipel "
           "a rompu avec Taïwan.", [("SUPPORT", ["CHL", "FJI"], [])]),
    ("en", "Peru condemned Chile on Monday after Bolivia recalled its ambassador from Ecuador.",
     [("ACCUSE", ["PER"], ["CHL"]), ("SANCTION", ["BOL"], ["ECU"])]),
])
def test_a_state_named_in_a_clause_of_time_or_cause_is_no_side(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "A handful", "most countries": states the text does not name; not the document's pair.
    ("en", "Chile and Fiji established diplomatic relations on Monday. Only a handful of states still recognise Taiwan.",
     [("SUPPORT", ["CHL", "FJI"], [])]),
    ("fr", "Le Chili et les Fidji ont établi des relations diplomatiques lundi. Seule une poignée de pays reconnaît "
           "encore Taïwan.", [("SUPPORT", ["CHL", "FJI"], [])]),
    # (Alone, they are an unspecified state, XXX.)
    ("fr", "Plusieurs pays ont exprimé leur solidarité avec le Liban mercredi.", [("SUPPORT", ["XXX"], ["LBN"])]),
    ("en", "Several countries voiced their solidarity with Lebanon on Wednesday.", [("SUPPORT", ["XXX"], ["LBN"])]),
])
def test_an_unnamed_number_of_states_is_not_the_documents_pair(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The state a protest goes through is its channel, no side of it.
    ("en", "Peru lodged a protest over Chile's missile test through Brazil on Sunday.", [("ACCUSE", ["PER"], ["CHL"])]),
    ("en", "Canada protested to Iran via Oman on Tuesday.", [("ACCUSE", ["CAN"], ["IRN"])]),
    # A state owning the act protested over is no place: it did the act.
    ("en", "Peru lodged a protest over Chile's missile test.", [("ACCUSE", ["PER"], ["CHL"])]),
])
def test_a_channel_is_no_side_and_the_owner_of_the_act_protested_receives(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, channel", [
    ("fr", "Le Pérou a adressé une protestation à la Bolivie par l'intermédiaire du Brésil.", "BRA"),
    ("en", "Canada protested to Iran via Oman on Tuesday.", "OMN"),
])
def test_the_channel_state_takes_no_part(lang, text, channel):
    assert all(channel not in actor + recipient for _, actor, recipient in states(text, lang))


@pytest.mark.parametrize("lang, text, expected", [
    # After a word of support, "à" brings whom the support goes to, not a place.
    ("fr", "Le Togo a exprimé son soutien au Niger.", [("SUPPORT", ["TGO"], ["NER"])]),
    ("fr", "La Tunisie réaffirme son soutien indéfectible à la Libye dans la lutte contre le terrorisme.",
     [("SUPPORT", ["TUN"], ["LBY"])]),
    ("fr", "Le Gabon exprime sa pleine solidarité au Cameroun, au Tchad et au Congo.",
     [("SUPPORT", ["GAB"], ["CMR", "COG", "TCD"])]),
    # However long the list, each of its states is addressed, the last past the support word's reach.
    ("fr", "Le Gabon exprime sa pleine et entière solidarité fraternelle au Cameroun, à la République "
           "centrafricaine, au Tchad et à la Guinée équatoriale.",
     [("SUPPORT", ["GAB"], ["CAF", "CMR", "GNQ", "TCD"])]),
    ("en", "Ghana expressed its full solidarity to Mali, to Burkina Faso, to Niger, to Chad and to Mauritania.",
     [("SUPPORT", ["GHA"], ["BFA", "MLI", "MRT", "NER", "TCD"])]),
    # "apporter son soutien / son appui à": the light verb gives support as "exprimer" does.
    ("fr", "Le président sénégalais a apporté son soutien au plan de paix malien.", [("SUPPORT", ["SEN"], ["MLI"])]),
    ("fr", "Les ministres belge et néerlandais ont apporté leur appui à la candidature du Portugal.",
     [("SUPPORT", ["BEL", "NLD"], ["PRT"])]),
    # (Bringing details about someone's support is no support.)
    ("fr", "Le ministre a apporté des précisions sur le soutien de l'Italie à la Grèce.", []),
])
def test_support_goes_to_the_state_a_brings(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Taking a side ("se ranger du côté de", "aux côtés de", "side with") backs that side.
    ("fr", "Le Sénégal s'est rangé du côté de l'Arabie saoudite dans la crise du Golfe.",
     [("SUPPORT", ["SEN"], ["SAU"])]),
    ("fr", "Le Mali s'est rangé aux côtés de la Russie dans ce différend.", [("SUPPORT", ["MLI"], ["RUS"])]),
    ("en", "Senegal sided with Saudi Arabia in the Gulf crisis.", [("SUPPORT", ["SEN"], ["SAU"])]),
    # (A "side" that is a party to talks is no side taken.)
    ("en", "The Chinese side held talks with the Peruvian side in Lima on Monday.", []),
])
def test_taking_a_side_backs_it(lang, text, expected):
    assert [e for e in states(text, lang) if e[0] == "SUPPORT"] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A round of the two sides' own mechanism held in one side's capital is symmetric (DESIGN.md).
    ("fr", "Le ministre sénégalais des Affaires étrangères a rencontré lundi à Pékin son homologue chinois "
           "à l'occasion de la 3e session de la commission mixte.", [("CONSULT", ["CHN", "SEN"], [])]),
    ("en", "The Senegalese foreign minister held talks in Beijing on Monday with his Chinese counterpart "
           "during the third round of political consultations.", [("CONSULT", ["CHN", "SEN"], [])]),
    # A round named inside a gathering the talks are held beside is the gathering's: the talks in
    # one side's capital are a visit to it.
    ("fr", "Le ministre sénégalais des Affaires étrangères s'est entretenu lundi à Pékin avec son homologue "
           "chinois, dans le cadre de sa participation à la 3e session du Forum de coopération sino-africain.",
     [("CONSULT", ["SEN"], ["CHN"])]),
    ("en", "The Senegalese foreign minister held talks in Beijing on Monday with his Chinese counterpart on the "
           "sidelines of the third session of the Forum on China-Africa Cooperation.",
     [("CONSULT", ["SEN"], ["CHN"])]),
])
def test_a_round_of_a_gathering_beside_the_talks_is_not_theirs(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A welcome that greets a person who came is the host receiving him: the visitor acts.
    ("en", "The Kenyan president welcomed his Ugandan counterpart on Monday.", [("CONSULT", ["UGA"], ["KEN"])]),
    ("en", "Chile's President welcomed Peru's foreign minister to the presidential palace on Friday.",
     [("CONSULT", ["PER"], ["CHL"])]),
    # Told in the passive, whom it greets is its subject.
    ("en", "The Ugandan president was welcomed by his Kenyan counterpart in Nairobi on Monday.",
     [("CONSULT", ["UGA"], ["KEN"])]),
    # A welcome of an act stays approval of it.
    ("en", "Kenya welcomed the decision of Uganda to reopen the border.", [("SUPPORT", ["KEN"], ["UGA"])]),
    ("en", "The decision of Uganda was welcomed by Kenya.", [("SUPPORT", ["KEN"], ["UGA"])]),
])
def test_a_welcome_greeting_a_visitor_is_hosting(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A welcome of a visitor joined to the talks held with him opens the audience: one meeting
    # the host gives, not an approval beside it.
    ("en", "Ghana's President John Mahama on Monday welcomed the Foreign Minister of Togo, Robert Dussey, "
           "in Accra and held talks with him on border security.", [("CONSULT", ["TGO"], ["GHA"])]),
    ("en", "Ghana's President John Mahama welcomed the Togolese Foreign Minister Robert Dussey in Accra on "
           "Monday before holding talks with him on border security.", [("CONSULT", ["TGO"], ["GHA"])]),
    ("en", "Kenya's president on Monday welcomed his Ugandan counterpart to State House and the two leaders "
           "held talks on trade.", [("CONSULT", ["UGA"], ["KEN"])]),
    ("fr", "Le président ghanéen a accueilli lundi à Accra son homologue togolais avant de s'entretenir avec "
           "lui de la sécurité aux frontières.", [("CONSULT", ["TGO"], ["GHA"])]),
    # A welcome of an act stays approval of it, beside the talks.
    ("en", "Ghana's President John Mahama on Monday welcomed Togo's decision to reopen the border and held "
           "talks with its Foreign Minister Robert Dussey.",
     [("SUPPORT", ["GHA"], ["TGO"]), ("CONSULT", ["GHA", "TGO"], [])]),
])
def test_a_welcome_joined_to_the_talks_opens_the_audience(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # One subject receives or meets someone and signs a document: the two sides of the audience
    # sign it, the one received as well as the host.
    ("en", "Kenyan President William Ruto on Tuesday received the Foreign Minister of Uganda, Jeje Odongo, "
           "in Nairobi and signed a memorandum of understanding on trade.",
     [("CONSULT", ["UGA"], ["KEN"]), ("SUPPORT", ["KEN", "UGA"], [])]),
    ("en", "Kenya's Foreign Minister Alfred Mutua held talks with his Ugandan counterpart Jeje Odongo in "
           "Nairobi on Tuesday, signing a memorandum of understanding on trade.",
     [("CONSULT", ["UGA"], ["KEN"]), ("SUPPORT", ["KEN", "UGA"], [])]),
    ("fr", "Le ministre sénégalais des Affaires étrangères, Aïssata Tall Sall, a accueilli lundi à Dakar son "
           "homologue malien Abdoulaye Diop avant de signer avec lui un mémorandum d'entente sur le commerce.",
     [("CONSULT", ["MLI"], ["SEN"]), ("SUPPORT", ["MLI", "SEN"], [])]),
    # A signing with a third state named keeps its own sides; a bill signed into law is no document
    # between the two.
    ("en", "Kenya's President William Ruto on Tuesday received the Foreign Minister of Uganda, Jeje Odongo, "
           "in Nairobi and signed a memorandum of understanding on trade with Tanzania.",
     [("CONSULT", ["TZA", "UGA"], ["KEN"]), ("SUPPORT", ["KEN", "TZA"], [])]),
    ("en", "Kenya's President William Ruto on Tuesday received the Foreign Minister of Uganda, Jeje Odongo, "
           "in Nairobi and later signed the finance bill into law.",
     [("CONSULT", ["UGA"], ["KEN"]), ("SUPPORT", ["KEN"], [])]),
])
def test_a_document_signed_in_the_audience_is_signed_by_its_two_sides(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Talks a preposition places a past agreement after were held: the meeting and its outcome,
    # two events, not a meeting among what is agreed to come.
    ("en", "Kenyan President William Ruto and his Ugandan counterpart Yoweri Museveni agreed to reopen the "
           "border after four hours of talks in Nairobi on Monday.",
     [("AGREE", ["KEN", "UGA"], []), ("CONSULT", ["UGA"], ["KEN"])]),
    ("fr", "Le président kényan William Ruto et son homologue ougandais Yoweri Museveni ont convenu lundi de "
           "rouvrir la frontière à l'issue de quatre heures d'entretiens à Nairobi.",
     [("AGREE", ["KEN", "UGA"], []), ("CONSULT", ["UGA"], ["KEN"])]),
    # An agreement to hold talks stays one AGREE.
    ("en", "Kenyan President William Ruto and his Ugandan counterpart Yoweri Museveni agreed on Monday to hold "
           "talks in Kampala next month.", [("AGREE", ["KEN", "UGA"], [])]),
])
def test_talks_a_past_agreement_follows_were_held(lang, text, expected):
    assert states(text, lang) == expected


def test_a_visit_a_plan_follows_stays_planned():
    # "Following her visit to X, she will travel to Y": a plan in sequence, no visit held.
    events = communique.extract("Following her visit to Uganda, Kenya's Foreign Minister Grace Wanjiru will "
                                "travel to Rwanda on 16 October to co-chair the Kenya-Rwanda Joint Commission "
                                "with her Rwandan counterpart.", lang="en", published="2024-10-13").events
    assert not any(e.event == "CONSULT" and e.aux is None and "UGA" in [a.code for a in e.actor + e.recipient]
                   for e in events)


@pytest.mark.parametrize("lang, text, expected", [
    # A receiving participle that opens the sentence hangs on the clause of the one received: its
    # agent ("par", "by") hosts, the main clause's subject visits.
    ("fr", "Reçu par le président ghanéen, le ministre togolais a transmis un message de son chef d'État.",
     [("CONSULT", ["TGO"], ["GHA"])]),
    ("fr", "Reçu lundi en audience par le Premier ministre malien, l'ambassadeur de France a évoqué la "
           "coopération bilatérale.", [("CONSULT", ["FRA"], ["MLI"])]),
    ("en", "Received by the Ghanaian president on Monday, the Togolese foreign minister handed over a message "
           "from his head of state.", [("CONSULT", ["TGO"], ["GHA"])]),
    # The finite passive and the active keep their readings.
    ("fr", "L'ambassadeur de France a été reçu en audience lundi par le Premier ministre malien.",
     [("CONSULT", ["FRA"], ["MLI"])]),
    ("en", "Kenya's president received Uganda's foreign minister on Monday.", [("CONSULT", ["UGA"], ["KEN"])]),
])
def test_the_agent_of_a_receiving_participle_hosts(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A state named after a part of its territory that follows a place preposition is a place:
    # the attack condemned happened there; that state is not condemned.
    ("fr", "Le gouvernement du Mali a fermement condamné l'attaque terroriste survenue le 23 décembre dans le "
           "nord du Burkina Faso.", [("ACCUSE", ["MLI"], [])]),
    ("fr", "Le Sénégal condamne l'attaque perpétrée dans l'est de la RDC.", [("ACCUSE", ["SEN"], [])]),
    ("en", "Senegal condemned the attack that took place on Sunday in the north of Mali.", [("ACCUSE", ["SEN"], [])]),
    ("en", "Kenya condemned the attacks in parts of Sudan on Friday.", [("ACCUSE", ["KEN"], [])]),
    # Named as such, the state is condemned.
    ("fr", "Le Mali a condamné le Burkina Faso.", [("ACCUSE", ["MLI"], ["BFA"])]),
    ("en", "Kenya condemned Sudan on Friday.", [("ACCUSE", ["KEN"], ["SDN"])]),
])
def test_a_state_after_a_part_of_its_territory_is_a_place(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A courtesy call is the caller's visit: paid on the host, or received by him.
    ("en", "The Japanese ambassador paid a courtesy call on the Prime Minister of Bangladesh on Monday.",
     [("CONSULT", ["JPN"], ["BGD"])]),
    ("en", "Bangladesh's Prime Minister received a courtesy call from the Japanese ambassador on Monday.",
     [("CONSULT", ["JPN"], ["BGD"])]),
    # Told in a relative clause, the visit is its antecedent's, whoever leads the sentence.
    ("en", "President Ruto held talks with the British Foreign Secretary, who paid him a courtesy call at "
           "State House in Nairobi.", [("CONSULT", ["GBR"], ["KEN"])]),
])
def test_a_courtesy_call_is_the_callers_visit(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # The state people come from, after a title or a word for people, is the one they speak for.
    ("The Indian foreign minister met his counterpart from Chile in Geneva on Monday.",
     [("CONSULT", ["CHL", "IND"])]),
    ("The Indian foreign minister held bilateral meetings with his counterparts from Chile, Peru and Bolivia "
     "in Geneva on Monday.", [("CONSULT", ["CHL", "IND"]), ("CONSULT", ["IND", "PER"]), ("CONSULT", ["BOL", "IND"])]),
    # A place one comes from after a word for no people stays no side.
    ("The Indian foreign minister met his Peruvian counterpart in Geneva on Monday after a flight from Chile.",
     [("CONSULT", ["IND", "PER"])]),
])
def test_people_from_a_state_speak_for_it(text, expected):
    got = [(e.event, sorted({a.code for a in e.actor} | {r.code for r in e.recipient}))
           for e in communique.extract(text, lang="en", published="2024-05-13").events]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # Bilateral meetings in the plural, one with each state listed: one meeting per state.
    ("Le ministre indien a eu des entretiens bilatéraux avec le Chili, le Pérou et la Bolivie lundi à Genève.",
     [("CONSULT", ["CHL", "IND"]), ("CONSULT", ["IND", "PER"]), ("CONSULT", ["BOL", "IND"])]),
    ("Le ministre indien a tenu lundi des réunions bilatérales avec le Chili et le Pérou à Genève.",
     [("CONSULT", ["CHL", "IND"]), ("CONSULT", ["IND", "PER"])]),
])
def test_plural_bilateral_meetings_are_one_per_state(text, expected):
    got = [(e.event, sorted({a.code for a in e.actor} | {r.code for r in e.recipient}))
           for e in communique.extract(text, lang="fr", published="2024-05-13").events]
    assert got == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The state that owns what is condemned did that thing; the state it was done to, named by an
    # adjective in the object, is its victim: neither condemns, nor is the victim condemned.
    ("en", "Chile condemned Peru's occupation of the Bolivian border post.", [("ACCUSE", ["CHL"], ["PER"])]),
    ("en", "Ghana denounced Togo's seizure of Beninese fishing boats on Monday.", [("ACCUSE", ["GHA"], ["TGO"])]),
    # With no doer named, neither of them is made the one who condemns.
    ("en", "The ministers condemned Peru's occupation of the Bolivian border post.", []),
    # A state the act itself is done to stays its recipient.
    ("en", "Chile condemned Peru's attack on Bolivia.", [("ACCUSE", ["CHL"], ["PER"])]),
])
def test_the_victim_of_the_condemned_act_is_no_side(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Credentials presented to a head of state are an audience: the ambassadors' states visit the
    # state of whom receives them (one event for a joint ceremony), whichever way it is told.
    ("fr", "L’ambassadeur du Tchad en Chine a présenté ses lettres de créance au président Xi Jinping mardi à Pékin.",
     [("CONSULT", ["TCD"], ["CHN"])]),
    ("fr", "Ont été présentées mardi au chef de l’Etat camerounais les lettres de créance des ambassadeurs "
           "de Côte d’Ivoire, du Japon et de Tunisie.",
     [("CONSULT", ["CIV", "JPN", "TUN"], ["CMR"])]),
    ("en", "The new Ambassador of Chad presented his credentials to President Xi Jinping in Beijing on Tuesday.",
     [("CONSULT", ["TCD"], ["CHN"])]),
    ("en", "The ambassadors of Japan and Ghana presented their letters of credence to the President of Kenya on Tuesday.",
     [("CONSULT", ["GHA", "JPN"], ["KEN"])]),
    # Credentials defined, not presented; presented before the news; not yet presented.
    ("fr", "La lettre de créance est un document officiel qu’un chef d’État confie à l’ambassadeur du Japon.", []),
    ("en", "Diplomatic credentials are documents presented by the ambassadors of Japan to the President of Kenya.", []),
    ("fr", "Après avoir présenté ses lettres de créance au président malien, l’ambassadrice chinoise s’est dite honorée.",
     []),
    ("fr", "Le roi recevra mardi les ambassadeurs qui n’ont pas encore remis leurs lettres de créance au Maroc.", []),
])
def test_credentials_presented_are_a_visit_to_the_host(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Felicitations, like congratulations, conveyed to another state's leader: praise from one
    # state to the other.
    ("en", "The Ghanaian president conveyed his felicitations to the Togolese president on his re-election.",
     [("SUPPORT", ["GHA"], ["TGO"])]),
])
def test_felicitations_are_praise(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The impersonal "it" of a passive stands for its clause and names no one: the state named
    # in the clause is the one asked, and the doer is the document's other state.
    ("en", "Turkey summoned the US ambassador on Monday. It has been formally requested that the U.S. "
           "authorities conduct a full investigation of the incident.", ("REQUEST", ["TUR"], ["USA"])),
    ("en", "Ghana's foreign minister met her Nigerian counterpart on Monday. It was demanded that Nigeria "
           "release the detained traders.", ("REQUEST", ["GHA"], ["NGA"])),
    # (A passive with a subject who is someone: the subject undergoes, the agent does.)
    ("en", "The Kenyan ambassador was summoned by Uganda on Monday.", ("ACCUSE", ["UGA"], ["KEN"])),
])
def test_the_impersonal_passive_asks_the_state_of_its_clause(lang, text, expected):
    assert expected in states(text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    # A participle of consequence set off after the act ("prompting", "poussant") tells whom the
    # act moved to react: those states are no sides of it, whatever the parser hangs them on.
    ("fr", "Le Sénégal a signé un accord commercial avec le Mali lundi, poussant la Gambie à protester.",
     [("SUPPORT", ["MLI", "SEN"], [])]),
    ("fr", "La Russie a envahi l’Ukraine, amenant la Pologne et la Lituanie à renforcer leurs frontières.",
     [("ASSAULT", ["RUS"], ["UKR"])]),
    ("en", "China imposed sanctions on Lithuania, forcing Germany to respond.",
     [("SANCTION", ["CHN"], ["LTU"])]),
    ("en", "Kenya signed a trade deal with Uganda on Monday, prompting Tanzania and Rwanda to protest.",
     [("SUPPORT", ["KEN", "UGA"], [])]),
])
def test_states_moved_by_the_act_are_no_sides_of_it(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A counted collective of three or more ("les trois États", "the three countries") refers
    # back to as many states as the text has just named: they act, not the document's pair.
    ("fr", "Le Mali, le Niger et le Burkina Faso ont quitté la Cedeao. Les trois États dénoncent les sanctions injustes.",
     ("ACCUSE", ["BFA", "MLI", "NER"], [])),
    ("en", "Peru, Chile and Bolivia signed a pact. The three countries condemned the attack.",
     ("ACCUSE", ["BOL", "CHL", "PER"], [])),
    ("en", "Peru, Chile and Bolivia signed a pact on Monday. The three countries also agreed to hold talks in May.",
     ("AGREE", ["BOL", "CHL", "PER"], [])),
    ("fr", "Les ministres du Sénégal, du Mali et de la Guinée se sont réunis à Dakar. Les trois pays ont "
           "appelé la Gambie à libérer les détenus.", ("REQUEST", ["GIN", "MLI", "SEN"], ["GMB"])),
])
def test_a_counted_collective_names_the_states_just_named(lang, text, expected):
    assert expected in states(text, lang)



@pytest.mark.parametrize("lang, text, sides", [
    # "Between" after the act's own noun names its sides ("a prisoner exchange between X and Y"
    # is X's and Y's), not a topic as after another act's word.
    ("en", "Qatar helped secure a prisoner exchange between Kenya and Uganda on Monday.", {"KEN", "UGA"}),
    ("fr", "Le Qatar a facilité lundi un échange de prisonniers entre le Kenya et l’Ouganda.", {"KEN", "UGA"}),
])
def test_between_after_the_acts_own_noun_names_its_sides(lang, text, sides):
    assert any(e == "RETREAT" and sides <= set(actor + recipient) for e, actor, recipient in states(text, lang))


@pytest.mark.parametrize("lang, text, expected", [
    # "Between" after the document a signing signs names its parties: they sign it.
    ("en", "Kenya's President William Ruto signed a tripartite security agreement between Kenya, Uganda and "
           "Tanzania on Monday.", [("SUPPORT", ["KEN", "TZA", "UGA"], [])]),
    ("fr", "Le président kényan William Ruto a signé lundi à Nairobi un accord entre le Kenya, l'Ouganda et la "
           "Tanzanie.", [("SUPPORT", ["KEN", "TZA", "UGA"], [])]),
    ("fr", "Le président kényan a signé lundi un mémorandum d'entente entre le Kenya et la Tanzanie.",
     [("SUPPORT", ["KEN", "TZA"], [])]),
    # A state outside the parties it names watches the signing, and signs nothing.
    ("en", "Egypt is closely following the signing on Monday of a memorandum of understanding between the "
           "Government of National Unity of Libya and Turkey.", [("SUPPORT", ["LBY", "TUR"], [])]),
])
def test_between_after_a_signed_document_names_its_signatories(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A signing told later between more parties than an earlier one is another document.
    ("en", "Kenya and Uganda signed a border deal on 3 May. Kenya's president later signed a tripartite "
           "agreement between Kenya, Uganda and Tanzania on transport.",
     [("SUPPORT", ["KEN", "UGA"], []), ("SUPPORT", ["KEN", "TZA", "UGA"], [])]),
    # The same signing told again with fewer parties named is one signing.
    ("en", "Kenya and Uganda signed a border deal on Monday. Kenya signed the deal in Nairobi.",
     [("SUPPORT", ["KEN", "UGA"], [])]),
])
def test_a_signing_between_more_parties_is_another_signing(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # A participle's clause after a signing tells what came of it: the states it names sign nothing.
    ("en", "Peru signed a fishing deal with Ecuador on Monday, prompting Chile to say it would oppose any activity."),
    ("en", "Peru signed a fishing deal with Ecuador on Monday, angering Chile and Bolivia."),
    ("fr", "Le Pérou a signé lundi un accord de pêche avec l'Équateur, incitant le Chili à protester."),
])
def test_states_in_a_sequel_of_the_signing_sign_nothing(lang, text):
    assert ("SUPPORT", ["ECU", "PER"], []) in states(text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    # The place a traveller leaves, named right after the verb of leaving, is where he comes from:
    # no side of the meeting he goes to hold elsewhere.
    ("en", "The Indian prime minister will leave Paris on Friday for Berlin, where he will meet the German chancellor.",
     [("AGREE", ["DEU", "IND"], [])]),
    ("en", "The Kenyan president left Rome on Sunday for Madrid, where he will meet the Spanish prime minister.",
     [("AGREE", ["ESP", "KEN"], [])]),
    ("fr", "Le président sénégalais quittera Paris vendredi pour Berlin, où il rencontrera le chancelier allemand.",
     [("AGREE", ["DEU", "SEN"], [])]),
])
def test_the_place_left_is_no_side_of_the_plan(lang, text, expected):
    assert [(t, sorted(a + r), []) for t, a, r in states(text, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A meeting planned on the margins of a gathering, told in a "where"/"où" clause after the
    # place or the journey: the place is the gathering's venue, and its state no side; the one
    # met there is the other side.
    ("en", "The Kenyan president will fly to Brazil, where he will meet the Indian prime minister on the "
           "sidelines of the G20 summit.",
     [("AGREE", ["IND", "KEN"], [])]),
    ("fr", "Le président kényan se rendra au Brésil où il rencontrera le Premier ministre indien, en marge "
           "du sommet du G20.",
     [("AGREE", ["IND", "KEN"], [])]),
    ("fr", "Le président ghanéen a rencontré lundi à Paris son homologue français. Il s'envolera ensuite "
           "pour le Pérou où il s'entretiendra avec le président chinois Xi Jinping, en marge du sommet de l'APEC.",
     [("CONSULT", ["FRA", "GHA"], []), ("AGREE", ["CHN", "GHA"], [])]),
])
def test_a_meeting_on_the_margins_has_no_venue_side(lang, text, expected):
    assert [(t, sorted(a + r), []) for t, a, r in states(text, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # With no gathering named, the place of the journey hosts it.
    ("fr", "Le président kényan se rendra au Brésil où il rencontrera le président brésilien.",
     [("AGREE", ["KEN"], ["BRA"])]),
    ("en", "The Kenyan president will travel to Brazil next week, where he will meet the Brazilian president.",
     [("AGREE", ["KEN"], ["BRA"])]),
])
def test_a_journey_with_no_gathering_is_hosted_where_it_goes(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A clause comparing the act with another's ("like X did in Y", "comme l'avait fait X"): the one
    # who did the act compared, and where, are no sides of the plan told.
    ("en", "The Kenyan president will make a state visit to Ghana next month, as the Ghanaian president "
           "did in Kenya last year.",
     [("AGREE", ["KEN"], ["GHA"])]),
    ("en", "The Kenyan president will make a state visit next month, like the Ghanaian president did in Kenya.",
     []),
    ("fr", "Le président kényan effectuera une visite au Ghana le mois prochain, comme l'avait fait le "
           "président ghanéen au Kenya l'an dernier.",
     [("AGREE", ["KEN"], ["GHA"])]),
])
def test_a_compared_act_has_no_side_in_the_plan(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A journey promised to attend a gathering: the state where the gathering sits receives no one
    # (one state alone makes no promise to code).
    ("en", "The Bangladeshi foreign minister spoke to reporters on Tuesday. He is set to embark on a tour "
           "to Uganda next week to attend the NAM Summit in Kampala.",
     []),
    # Not a promise of a thing to a state: it goes to whom the thing goes.
    ("en", "Russia pledged to deliver wheat to Egypt next month.",
     [("AGREE", ["RUS"], ["EGY"])]),
])
def test_a_trip_to_a_gathering_has_no_receiver(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, matter", [
    # A state named after a matter's noun and a place preposition ("la guerre en Ukraine", "the
    # conflict in Sudan") is what the act is about: neither a side, nor where it happens, nor
    # where a journey goes.
    ("en", "The Kenyan President will travel to Ethiopia next week for talks on the conflict in Sudan.", "SDN"),
    ("en", "The Egyptian foreign minister held talks on Monday with the EU commissioner on the war in Sudan.", "SDN"),
    ("en", "The Kenyan foreign minister met the UN envoy on Monday to discuss the peace process in South Sudan.", "SSD"),
    ("fr", "Le ministre sénégalais a reçu mardi son homologue gambien pour évoquer la situation sécuritaire au Mali.",
     "MLI"),
])
def test_a_state_named_as_a_matter_is_no_side_nor_place(lang, text, matter):
    events = communique.extract(text, lang=lang, published="2024-05-13").events
    assert events
    for e in events:
        assert matter not in {a.code for a in e.actor + e.recipient}
        assert e.event_loc is None or e.event_loc.country != matter


@pytest.mark.parametrize("lang, title, text, matter", [
    # Nor is it one of the pair the document is about, whom "the two sides" stand for.
    ("fr", "La guerre en Ukraine retarde la visite du commissaire",
     "Le ministre tunisien des Affaires étrangères a reçu mardi le commissaire européen Oliver Varhelyi. "
     "Les deux parties ont convenu de se revoir le mois prochain.", "UKR"),
    ("en", "The war in Sudan delays the commissioner's visit",
     "The Egyptian foreign minister received the EU commissioner Oliver Varhelyi on Tuesday. "
     "The two sides agreed to meet again next month.", "SDN"),
])
def test_a_matter_in_the_title_is_not_the_documents_pair(lang, title, text, matter):
    events = communique.extract(title + "\n" + text, lang=lang, title=title, published="2024-05-13").events
    assert any(e.event == "AGREE" for e in events)
    for e in events:
        assert matter not in {a.code for a in e.actor + e.recipient}


@pytest.mark.parametrize("lang, text, absent", [
    # A gathering of an organisation's members, told with no state named as a side ("the final
    # communique of the IGAD Council of Ministers", "le sommet des chefs d'État de la SADC"): the
    # organisation meets; the document's pair, the states of people told of elsewhere, is not it,
    # nor is the state of the organisation's head.
    ("en", "\"We discussed the security situation in the Horn of Africa,\" the final communique of the 30th IGAD "
           "Council of Ministers stated. Ethiopian Foreign Minister Taye Atske Selassie and Kenyan Foreign "
           "Minister Musalia Mudavadi are to meet on Friday.", {"ETH", "KEN"}),
    ("fr", "« Nous avons discuté de la situation sécuritaire dans la Corne de l'Afrique », indique le communiqué "
           "final du 30e Conseil des ministres de l'IGAD. Le ministre éthiopien des Affaires étrangères et son "
           "homologue kényan doivent se rencontrer vendredi.", {"ETH", "KEN"}),
    ("en", "The 41st summit of heads of state and government of the Southern African Development Community "
           "(SADC) opened on Tuesday in Lilongwe. According to the President of the SADC Commission, the "
           "Namibian Elias Magosi, the region faces many challenges.", {"NAM"}),
    ("fr", "Le 41e sommet des chefs d'État et de gouvernement de la Communauté de développement de l'Afrique "
           "australe (SADC) s'est ouvert mardi à Lilongwe. Selon le président de la Commission de la SADC, le "
           "Namibien Elias Magosi, la région fait face à de nombreux défis.", {"NAM"}),
])
def test_an_organisations_gathering_does_not_take_the_documents_pair(lang, text, absent):
    meetings = [e for e in communique.extract(text, lang=lang, published="2024-05-13").events if e.event == "CONSULT"]
    assert meetings
    assert not absent & {a.code for a in meetings[0].actor}, meetings[0].actor
    assert meetings[0].organizations, meetings[0]


@pytest.mark.parametrize("lang, text, expected", [
    # The members that "attended the summit" of an organisation told before are at that gathering:
    # one meeting, not a second one of the states beside the organisation's.
    ("en", "The agreement came during the 12th summit of the Southern African Development Community (SADC). "
           "Zambian President Hakainde Hichilema, Malawian President Lazarus Chakwera and Mozambican "
           "President Filipe Nyusi attended the summit.", [["MOZ", "MWI", "ZMB"]]),
])
def test_the_states_attending_an_organisations_summit_are_at_that_summit(lang, text, expected):
    meetings = [e for e in communique.extract(text, lang=lang, published="2024-05-13").events if e.event == "CONSULT"]
    assert [sorted(a.code for a in e.actor if a.code) for e in meetings] == expected


@pytest.mark.parametrize("lang, title, text", [
    # A meeting whose sentence names its other side, an organisation (its subject, or whom one
    # meets "with"), takes no state from the headline to complete it.
    ("en", "Chile-Peru border talks stall ahead of the summit",
     "The spokesman said he was pleased that the European Union will be meeting with the President of Brazil "
     "on Thursday."),
    ("fr", "Les discussions entre le Chili et le Pérou au point mort",
     "Le porte-parole a indiqué que l'Union européenne rencontrera jeudi le président du Brésil."),
    ("fr", "Les discussions entre le Chili et le Pérou au point mort",
     "Le porte-parole a annoncé que le président du Brésil s'entretiendra jeudi avec l'Union européenne."),
])
def test_a_meeting_with_an_organisation_takes_no_state_from_the_headline(lang, title, text):
    record = communique.extract(text, lang=lang, published="2024-05-13", title=title)
    for e in record.events:
        assert not {"CHL", "PER"} & {a.code for a in e.actor + e.recipient}, e


@pytest.mark.parametrize("lang, text, expected", [
    # Headlines shorten "South"/"North" to an initial, with or without a space before the name.
    ("en", "Japan foreign minister to meet S.Korean counterpart on Saturday.", [("AGREE", ["JPN", "KOR"], [])]),
    ("en", "Japan foreign minister met his S. Korean counterpart on Saturday.", [("CONSULT", ["JPN", "KOR"], [])]),
    ("en", "The foreign minister of Japan condemned the N.Korean missile launch on Monday.",
     [("ACCUSE", ["JPN"], ["PRK"])]),
])
def test_korea_shortened_to_an_initial(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A meeting told again with no state named ("the three-day meeting will be held") is the one
    # the text is telling of, with its sides; not the two states the document names most.
    ("en", "The leaders of Chile and Peru, as well as envoys of Bolivia and Ecuador, will meet in Lima at the end of "
           "April for talks on water. Chile and Peru have long disagreed over the river. The three-day meeting "
           "(April 27-29) will be held after months of dialogue led by an envoy of the Secretary-General.",
     [("AGREE", ["BOL", "CHL", "ECU", "PER"], [])]),
    ("fr", "Les dirigeants du Chili et du Pérou, ainsi que des envoyés de la Bolivie et de l'Équateur, se réuniront "
           "à Lima le 27 avril pour des discussions sur l'eau. Le Chili et le Pérou sont depuis longtemps en "
           "désaccord sur le fleuve. La réunion sera organisée après des mois de dialogue menés par un envoyé du "
           "Secrétaire général.",
     [("AGREE", ["BOL", "CHL", "ECU", "PER"], [])]),
])
def test_a_meeting_told_again_without_states_is_the_one_in_focus(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A place after a past participle that qualifies a noun ("l'accord conclu à Abuja", "the
    # agreement signed in Abuja") is where that thing was done, no destination of the journey.
    ("fr", "La délégation ghanéenne se rendra mercredi à Lomé pour rouvrir l'ambassade conformément à l'accord "
           "conclu à Abuja entre les deux pays.", [("AGREE", ["GHA"], ["TGO"])]),
    ("en", "The Ghanaian delegation will travel to Lomé on Wednesday to reopen the embassy under the agreement "
           "(signed in Abuja) between the two countries.", [("AGREE", ["GHA"], ["TGO"])]),
])
def test_the_place_of_a_thing_done_is_no_destination(lang, text, expected):
    assert states(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The state another state's act goes to ("US arms sales to Georgia", "Japan's aid to Bolivia")
    # is named to say what that act is: the disapproval or the praise is of its doer, not of it.
    ("en", "Russia says opposed to any US arms sales to Georgia", [("ACCUSE", ["RUS"], ["USA"])]),
    ("en", "Serbia says it is opposed to any US arms sales to Kosovo.", [("ACCUSE", ["SRB"], ["USA"])]),
    ("en", "Chile praised Japan's aid to Bolivia on Monday.",
     [("SUPPORT", ["CHL"], ["JPN"]), ("AID", ["JPN"], ["BOL"])]),
    # (Not an office accredited to a state: "Sweden's ambassador to Egypt" is no act.)
    ("en", "Prime Minister Anna Lind announced that the two detainees had been released by Egypt and had boarded "
           "a plane with Sweden's ambassador to Egypt Karl Berg.", [("RETREAT", ["EGY"], ["SWE"])]),
])
def test_where_anothers_act_goes_is_no_recipient(lang, text, expected):
    assert states(text, lang) == expected
