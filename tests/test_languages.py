"""Every language folder holds what the coder needs, the word analysis of the languages without
a trained pipeline (Russian lemmas, Arabic proclitics), language identification, and one
fictional sentence per language coded end to end. The sentences are written for these tests."""
from __future__ import annotations

import pytest

import communique
from communique.lang import LANG_DIR, languages, read_tsv
from communique.language import arabic, russian
from communique.language.identify import identify
from communique.language.pipelines import get_pipeline

#: The tables the recognisers and the coder read, with the columns each must have.
REQUIRED_TABLES = {
    "country_names": {"text", "iso3", "source"},
    "country_words": {"text", "iso3", "kind"},
    "titles": {"pattern", "role", "sector", "kind"},
    "triggers": {"pattern", "event", "mode", "cameo", "cues"},
    "cues": {"pattern", "cue", "value"},
    "topics": {"pattern", "topic", "strength"},
    "organisation_names": {"text", "org_id"},
    "dates": {"text", "kind", "value"},
    "state_forms": {"text"},
}
EVENT_TYPES = {"ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE",
               "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"}
TRIGGER_CUES = {"noun", "row", "host", "visit", "phone", "virtual", "sign", "meet", "series", "multilateral", "weak",
                "future", "negation", "invite", "ask", "summon", "passive", "complaint", "verb", "approve", "decision",
                "single", "clause", "ready", "tour", "opening", "object", "warning", "judgement", "exchange",
                "stance", "envoy"}
#: The diplomatic event types every language must have triggers for (issue 10).
DIPLOMATIC_TYPES = {"CONSULT", "SUPPORT", "AGREE", "ACCUSE", "REQUEST"}
NEW_LANGUAGES = ("es", "ar", "ru", "de", "pt", "it")


def test_the_six_new_languages_have_folders():
    assert set(NEW_LANGUAGES) <= set(languages())


@pytest.mark.parametrize("lang", languages())
@pytest.mark.parametrize("name", sorted(REQUIRED_TABLES))
def test_every_language_folder_has_the_tables_the_coder_needs(lang, name):
    path = LANG_DIR / lang / f"{name}.tsv"
    assert path.is_file(), f"lang/{lang}/{name}.tsv is missing"
    rows = read_tsv(path)
    assert rows, f"lang/{lang}/{name}.tsv has no rows"
    missing = REQUIRED_TABLES[name] - set(rows[0])
    assert not missing, f"lang/{lang}/{name}.tsv lacks the columns {sorted(missing)}"


@pytest.mark.parametrize("lang", languages())
def test_triggers_use_the_closed_vocabularies(lang):
    rows = read_tsv(LANG_DIR / lang / "triggers.tsv")
    for row in rows:
        if row["event"] == "-":
            continue  # words that hold a trigger word but tell no event ("press release")
        assert row["event"] in EVENT_TYPES, (lang, row)
        assert set(filter(None, row["cues"].split(","))) <= TRIGGER_CUES, (lang, row)
        assert row["cameo"].isdigit(), (lang, row)
    assert DIPLOMATIC_TYPES <= {row["event"] for row in rows}, lang


@pytest.mark.parametrize("lang", languages())
def test_dates_name_all_twelve_months_and_seven_weekdays(lang):
    rows = read_tsv(LANG_DIR / lang / "dates.tsv")
    assert {int(r["value"]) for r in rows if r["kind"] == "month"} == set(range(1, 13)), lang
    assert {int(r["value"]) for r in rows if r["kind"] == "weekday"} == set(range(7)), lang


@pytest.mark.parametrize("word,expected", [
    ("والمغرب", "المغرب"),        # and + the country: the conjunction comes off
    ("بالمغرب", "المغرب"),        # in + the country
    ("للمغرب", "المغرب"),         # to + the: لل is ل + ال
    ("وبحث", "بحث"),              # and + a trigger
    ("لبنان", ""),                # a country whose name begins with ل keeps it
    ("ولبنان", "لبنان"),          # … and loses only the conjunction
    ("المغرب", ""),               # already a table word
    ("كتاب", ""),                 # an unknown word is left alone
    ("السورى", "السوري"),      # Egyptian spelling of a final ي, read when the tables know the ي form
    ("والمصرى", "المصري"),
    ("مصطفى", ""),             # a word the tables know in neither spelling keeps its ى
])
def test_arabic_proclitics(word, expected):
    assert arabic.lemma(word) == expected


@pytest.mark.parametrize("word,expected", [
    ("Грузии", "грузия"),         # genitive of a country name
    ("министров", "министр"),
    ("Morocco", ""),              # not Cyrillic
])
def test_russian_lemmas(word, expected):
    assert russian.lemma(word) == expected


@pytest.mark.parametrize("text,word,expected", [
    ("Он встретился с министром Ливана в Москве.", "Ливана", "ливан"),  # also a given name: the table's state wins
    ("Переговоры прошли с послом Катара.", "Катара", "катар"),
    ("Того же мнения придерживается министр.", "Того", "тот"),          # first word: "that", not Togo
    ("Министр встретился с Владимиром Макеем.", "Макеем", "макей"),     # a surname after a given name
])
def test_russian_states_read_as_places_not_names(text, word, expected):
    doc = get_pipeline("ru")(text)
    assert next(t.lemma_ for t in doc if t.text == word) == expected


@pytest.mark.parametrize("word,given_case,expected", [
    ("Лавровым", None, "лавров"),       # instrumental of a surname
    ("Ордабаев", None, "ордабаев"),     # already nominative: not a form of "Ордабай"
    ("Путина", "gent", "путин"),        # after "Владимира": genitive, not the feminine "Путина"
    ("Макея", "gent", "макей"),         # a surname the dictionary lacks, agreeing with its given name
    ("Захаровой", None, "захарова"),    # a woman's surname keeps its gender
])
def test_russian_names_in_the_nominative(word, given_case, expected):
    assert russian.name_nominative(word, given_case)[0] == expected


@pytest.mark.parametrize("text,expected", [
    ("El ministro de Relaciones Exteriores recibió ayer a su homólogo para conversar sobre el comercio.", "es"),
    ("استقبل وزير الخارجية اليوم نظيره وبحث معه سبل تعزيز التعاون بين البلدين.", "ar"),
    ("Министр иностранных дел провёл переговоры с коллегой и обсудил торговлю.", "ru"),
    ("Der Außenminister hat heute seinen Amtskollegen empfangen und über den Handel gesprochen.", "de"),
    ("O ministro dos Negócios Estrangeiros recebeu hoje o seu homólogo para falar de comércio.", "pt"),
    ("Il ministro degli Esteri ha ricevuto oggi il suo omologo per parlare di commercio.", "it"),
    ("Le ministre des Affaires étrangères a reçu aujourd'hui son homologue.", "fr"),
    ("The foreign minister received his counterpart today to discuss trade.", "en"),
])
def test_language_identification(text, expected):
    assert identify(text) == expected


# One fictional release sentence per language: event type, its states, and a participant's name.
CODED = [
    ("es", "El canciller de Marruecos, Nasser Bourita, se reunió el lunes en Rabat con su homólogo de Kazajistán.",
     "CONSULT", {"MAR", "KAZ"}, "Nasser Bourita"),
    ("es", "Marruecos y Kazajistán firmaron un memorando de entendimiento sobre el comercio.",
     "SUPPORT", {"MAR", "KAZ"}, None),
    ("pt", "O ministro dos Negócios Estrangeiros de Portugal recebeu o seu homólogo de Angola em Lisboa.",
     "CONSULT", {"PRT", "AGO"}, None),
    ("it", "Il ministro degli Esteri dell'Italia ha condannato l'attacco contro la Tunisia.",
     "ACCUSE", {"ITA"}, None),
    ("de", "Der Außenminister Deutschlands hat mit dem Außenminister Polens ein Telefongespräch geführt.",
     "CONSULT", {"DEU", "POL"}, None),
    ("ru", "Министр иностранных дел Казахстана провёл переговоры с министром иностранных дел Марокко в Астане.",
     "CONSULT", {"KAZ", "MAR"}, None),
    ("ar", "استقبل وزير الخارجية المغربي ناصر بوريطة اليوم في الرباط نظيره الكازاخستاني.",
     "CONSULT", {"MAR", "KAZ"}, "ناصر بوريطة"),
    ("ar", "وقع المغرب وكازاخستان مذكرة تفاهم للتعاون في مجال الطاقة.",
     "SUPPORT", {"MAR", "KAZ"}, None),
    # the sides after "between X and Y", told without a tagger by the tables' conjunctions and articles
    ("es", "La reunión entre Perú y Chile se celebró en Lima.", "CONSULT", {"PER", "CHL"}, None),
    ("pt", "A reunião entre o Brasil e a Argentina decorreu em Brasília.", "CONSULT", {"BRA", "ARG"}, None),
    ("de", "Die Konsultationen zwischen Deutschland und Polen fanden in Berlin statt.", "CONSULT", {"DEU", "POL"}, None),
    ("it", "L'incontro tra l'Italia e la Tunisia si è svolto a Roma.", "CONSULT", {"ITA", "TUN"}, None),
    ("ar", "عقدت في الرباط جولة المشاورات السياسية بين المغرب وكازاخستان.", "CONSULT", {"MAR", "KAZ"}, None),  # glued و
]

#: Titles as the news writes them: who holds which role (sentences written for these tests).
TITLED = [
    # a prince who is foreign minister; the dictionary's name without the rest of his chain of fathers
    ("ar", "التقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية اليوم في الرباط نظيره المغربي.",
     "فيصل بن فرحان", "foreign_minister"),
    ("it", "Il ministro tunisino ha incontrato il segretario di Stato americano, Paul Ward, a Tunisi.",
     "Paul Ward", "foreign_minister"),
    ("pt", "O chanceler de Angola recebeu o secretário de Estado dos Estados Unidos, Paul Ward, em Luanda.",
     "Paul Ward", "foreign_minister"),
    ("es", "El mandatario peruano, Julio Ramos Vega, recibió hoy en Lima al canciller de Chile.",
     "Julio Ramos Vega", "head_of_state"),
    ("es", "El secretario de Relaciones Exteriores de México, Tomás Ibarra Luna, se reunió en Bogotá con su homóloga colombiana.",
     "Tomás Ibarra Luna", "foreign_minister"),
    ("pt", "O mandatário angolano, Manuel Sebastião Neto, recebeu em Luanda o embaixador de Portugal.",
     "Manuel Sebastião Neto", "head_of_state"),
    ("de", "Das Staatsoberhaupt Österreichs, Karl Brunner, empfing in Wien den Botschafter Polens.",
     "Karl Brunner", "head_of_state"),
    ("it", "Il cancelliere tedesco, Peter Hofmann, ha incontrato a Roma il presidente del Consiglio italiano.",
     "Peter Hofmann", "head_of_government"),
]


@pytest.mark.parametrize("lang,text,name,role", TITLED)
def test_titles_as_the_news_writes_them(lang, text, name, role):
    record = communique.extract(text, lang=lang, published="2025-04-21")
    roles = {p.name: p.role for e in record.events for p in e.participants}
    assert roles.get(name) == role, roles


def test_a_state_named_inside_a_title_is_the_titles():
    record = communique.extract("Il ministro tunisino ha incontrato il segretario di Stato americano, Paul Ward, a Tunisi.",
                                lang="it", published="2025-04-21")
    assert {p.name: p.country for e in record.events for p in e.participants}.get("Paul Ward") == "USA"


@pytest.mark.parametrize("lang,text,event,states,person", CODED)
def test_one_sentence_per_language_is_coded(lang, text, event, states, person):
    record = communique.extract(text, lang=lang, published="2025-04-21")
    found = [e for e in record.events if e.event == event]
    assert found, f"no {event} in {[e.event for e in record.events]}"
    coded = {a.code for e in found for side in (e.actor, e.recipient) for a in side}
    assert states <= coded
    if person:
        assert person in {p.name for e in found for p in e.participants}


#: Summoning an ambassador is a protest against his state (DESIGN: ACCUSE, disapprove, summoner ->
#: the ambassador's state), wherever the verb stands (sentences written for these tests).
@pytest.mark.parametrize("lang,text,actor,recipient", [
    ("de", "Das Außenministerium in Wien hat am Dienstag den ungarischen Botschafter einbestellt.", {"AUT"}, {"HUN"}),
    ("de", "Der Botschafter Schwedens ist ins finnische Außenministerium einbestellt worden.", {"FIN"}, {"SWE"}),
    ("es", "El Gobierno de Uruguay citó al embajador de Paraguay en Montevideo.", {"URY"}, {"PRY"}),
    ("ru", "МИД Польши вызвал посла Белоруссии в Варшаве.", {"POL"}, {"BLR"}),
    ("ru", "В МИД Казахстана вызвали временного поверенного в делах Польши.", {"KAZ"}, {"POL"}),
    ("pt", "O Itamaraty convocou o embaixador de Israel em Brasília.", {"BRA"}, {"ISR"}),
    ("it", "La Farnesina ha convocato l'ambasciatore dell'Iran a Roma.", {"ITA"}, {"IRN"}),
])
def test_a_summoned_ambassadors_state_receives_the_protest(lang, text, actor, recipient):
    record = communique.extract(text, lang=lang, published="2025-04-21")
    found = [e for e in record.events if e.event == "ACCUSE"]
    assert found, [e.event for e in record.events]
    assert found[0].mode == "disapprove"
    assert {a.code for a in found[0].actor} == actor
    assert {a.code for a in found[0].recipient} == recipient


#: A condemned attack: the states it is told of (where it happened, whom it hit) are not the one
#: condemned, unless a state's adjective follows the attack noun; a doer told after the verb (Arabic
#: verb-subject order) still condemns (DESIGN; sentences written for these tests).
@pytest.mark.parametrize("lang,text,actor,recipient", [
    ("es", "El Gobierno de Uruguay condenó el atentado perpetrado ayer en Quito, capital de Ecuador.", {"URY"}, set()),
    ("pt", "O governo angolano condenou o ataque ocorrido ontem em Maputo, Moçambique.", {"AGO"}, set()),
    ("de", "Österreich verurteilt den Anschlag in Kairo, Ägypten, aufs Schärfste.", {"AUT"}, set()),
    ("it", "La Grecia condanna l'attentato avvenuto a Tunisi, in Tunisia.", {"GRC"}, set()),
    ("ru", "МИД Казахстана осудил теракт в Кабуле, столице Афганистана.", {"KAZ"}, set()),
    ("ar", "أدانت وزارة الخارجية المغربية الهجوم الإرهابي الذي استهدف فندقا في العاصمة الصومالية.", {"MAR"}, set()),
    ("es", "México condena enérgicamente los ataques rusos contra Ucrania.", {"MEX"}, {"RUS"}),
])
def test_a_condemned_attack_is_not_its_places_or_victims(lang, text, actor, recipient):
    record = communique.extract(text, lang=lang, published="2025-04-21")
    found = [e for e in record.events if e.event == "ACCUSE"]
    assert found, [e.event for e in record.events]
    assert {a.code for a in found[0].actor} == actor
    assert {a.code for a in found[0].recipient} == recipient


#: Received BY someone: the agent hosts, the subject visits (sentences written for these tests).
@pytest.mark.parametrize("lang,text,visitor,host", [
    ("es", "El canciller de Uruguay fue recibido por el presidente paraguayo en Asunción.", {"URY"}, {"PRY"}),
    ("pt", "O chanceler angolano foi recebido pelo presidente de Portugal, em Lisboa.", {"AGO"}, {"PRT"}),
    ("it", "Il ministro tunisino è stato ricevuto dal presidente della Repubblica italiana.", {"TUN"}, {"ITA"}),
    ("pt", "O presidente de Angola foi recebido no aeroporto pelo ministro de Portugal.", {"AGO"}, {"PRT"}),
    # a visit verb's object is where the visit goes
    ("es", "El presidente de Chile visitó Perú.", {"CHL"}, {"PER"}),
    ("de", "Der polnische Präsident besucht Österreich.", {"POL"}, {"AUT"}),
    ("it", "Il presidente tunisino ha visitato la Grecia.", {"TUN"}, {"GRC"}),
    # Italian articulated prepositions ("negli", "nel", "alla") name where the meeting is held
    ("it", "Il ministro degli Esteri tunisino si è recato negli Stati Uniti, dove ha incontrato il segretario di "
           "Stato americano.", {"TUN"}, {"USA"}),
    ("it", "Il ministro degli Esteri tunisino ha incontrato nel Regno Unito il suo omologo britannico.", {"TUN"}, {"GBR"}),
])
def test_received_by_is_a_passive_whose_agent_hosts(lang, text, visitor, host):
    record = communique.extract(text, lang=lang, published="2025-04-21")
    found = [e for e in record.events if e.event == "CONSULT"]
    assert found, [e.event for e in record.events]
    assert ({a.code for a in found[0].actor}, {a.code for a in found[0].recipient}) == (visitor, host)


#: Sanctions are told by a verb; the bare noun is mostly talked about (sentences written for these tests).
@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Deutschland verhängt Sanktionen gegen Belarus.", ("DEU", "BLR")),
    ("es", "El Gobierno de Canadá impuso sanciones a Nicaragua.", ("CAN", "NIC")),
    ("it", "L'Italia ha sanzionato la Bielorussia.", ("ITA", "BLR")),
    ("ru", "Канада ввела санкции против Никарагуа.", ("CAN", "NIC")),
    ("de", "Die Ministerin hofft auf eine starke Wirkung der Sanktionen gegen Belarus.", None),
    ("es", "España espera que las sanciones contra Irán tengan efecto.", None),
    ("ru", "Вопрос санкций против Ирана на переговорах не обсуждался.", None),
])
def test_sanctions_are_told_by_verbs(lang, text, expected):
    record = communique.extract(text, lang=lang, published="2025-04-21")
    found = [(e.actor[0].code, e.recipient[0].code) for e in record.events
             if e.event == "SANCTION" and e.actor and e.recipient]
    assert found == ([expected] if expected else []), [e.event for e in record.events]


#: Without a tagger, the future tense is read from its endings: a meeting to come is an AGREE
#: (aux future), one held a CONSULT (sentences written for these tests).
@pytest.mark.parametrize("lang,text,event", [
    ("es", "El canciller de Chile se reunirá con su homólogo de Perú el lunes.", "AGREE"),
    ("es", "El canciller de Chile realizará una visita oficial a Perú en marzo.", "AGREE"),
    ("pt", "O ministro de Angola terá um encontro com o seu homólogo de Portugal na sexta-feira.", "AGREE"),
    ("it", "Il ministro della Grecia incontrerà il suo omologo di Malta a Roma.", "AGREE"),
    # German: "wird" reaches to its clause's end, where the infinitive stands
    ("de", "Am Montag wird der Außenminister Polens nach seiner Ankunft in Wien ausführliche Gespräche mit "
           "seinem österreichischen Amtskollegen führen.", "AGREE"),
    ("de", "Die Außenminister Polens und Österreichs werden am Freitag in der Hofburg in Wien eine gemeinsame "
           "Erklärung unterzeichnen.", "AGREE"),
    ("es", "El canciller de Irán se reunió con su homólogo de Perú.", "CONSULT"),
    ("it", "Il ministro della Grecia ha incontrato il suo omologo di Malta.", "CONSULT"),
])
def test_future_meetings_in_untagged_text(lang, text, event):
    record = communique.extract(text, lang=lang, published="2025-04-21")
    events = [e.event for e in record.events]
    assert event in events and ({"AGREE", "CONSULT"} - {event}).isdisjoint(events), events
    if event == "AGREE":
        assert next(e for e in record.events if e.event == "AGREE").aux == "future"


#: Each verb family in its tenses and persons, as news and ministries write it (written for these tests).
TRIGGER_FORMS = [
    # present tense, the headline's tense in Spanish, Portuguese and Italian
    ("es", "Recibe el canciller a su homólogo de Chile", [("Recibe", "CONSULT")]),
    ("es", "Los cancilleres se reúnen en Quito", [("se reúnen", "CONSULT")]),
    ("es", "Ambos gobiernos firman un convenio", [("firman", "SUPPORT")]),
    ("es", "Acuerdan celebrar la próxima ronda", [("Acuerdan", "AGREE")]),
    ("es", "Instaron al Gobierno a liberar a los detenidos", [("Instaron al", "REQUEST")]),
    ("es", "Doña Ana Ruiz pide calma", [("pide", "REQUEST")]),          # "Doña" is no donation
    ("es", "El ministro se comunicó telefónicamente con su par", [("telefónicamente", "CONSULT")]),
    ("es", "La presidenta se comunicó con su homólogo de Uruguay", [("se comunicó con", "CONSULT")]),
    ("es", "El vocero comunicó la decisión del Gobierno", []),               # to announce: no contact
    ("pt", "O chanceler conversou com o homólogo", [("conversou", "CONSULT")]),
    ("pt", "Os ministros dialogaram sobre o comércio", [("dialogaram", "CONSULT")]),
    ("pt", "Os presidentes se reúnem em Brasília", [("se reúnem", "CONSULT")]),
    ("pt", "A exposição reúne obras de artistas", []),                 # gathers artworks: no meeting
    ("it", "I ministri si riuniscono a Roma", [("si riuniscono", "CONSULT")]),
    ("it", "Il ministro ha telefonato al collega", [("telefonato", "CONSULT")]),
    ("it", "Il governo esprime cordoglio", [("esprime cordoglio", "SUPPORT")]),
    ("es", "El vicecanciller se entrevistó con el embajador", [("se entrevistó", "CONSULT")]),
    ("es", "La cancillería citó al embajador de Chile", [("citó al embajador", "ACCUSE")]),
    ("pt", "O presidente foi recepcionado pelo homólogo", [("foi recepcionado", "CONSULT")]),
    ("pt", "O ministro desembarcou em Luanda", [("desembarcou em", "CONSULT")]),
    ("pt", "O chanceler abordou a cooperação", [("abordou", "CONSULT")]),
    ("de", "Die Minister erörtern die Lage", [("erörtern", "CONSULT")]),
    ("de", "Wir verurteilen den Angriff auf die Botschaft", [("verurteilen", "ACCUSE")]),
    ("de", "Die Regierung hat das Nachbarland aufgefordert, die Truppen abzuziehen", [("aufgefordert", "REQUEST")]),
    ("de", "Das Land sagte humanitärer Hilfe zu", [("humanitärer Hilfe", "AID")]),
    ("de", "Der Fonds soll den Handel fördern", []),                      # 'fördern' (promote) is no demand
    ("it", "Il governo ha inviato aiuto umanitario alla regione", [("aiuto umanitario", "AID")]),
    ("pt", "Os dois países doaram vacinas ao vizinho", [("doaram", "AID")]),
    # Russian: calls and signing as the news says them (lemmas from pymorphy3)
    ("ru", "Президент позвонил коллеге из Казахстана", [("позвонил", "CONSULT")]),
    ("ru", "Министры созвонились накануне", [("созвонились", "CONSULT")]),
    ("ru", "Министры поговорили о ситуации в регионе", [("поговорили", "CONSULT")]),
    ("ru", "Правительство решило вывести дипломатический персонал", [("вывести дипломатический персонал", "SANCTION")]),
    ("ru", "Стороны заключили соглашение о сотрудничестве", [("заключили соглашение", "SUPPORT")]),
    ("ru", "Послу выразили протест в связи с задержанием", [("выразили протест", "ACCUSE")]),
    ("ru", "Министры провели телефонную беседу", [("телефонную беседу", "CONSULT")]),
    ("ru", "Правительство оказало помощь пострадавшим", [("оказало помощь", "AID")]),
    ("ru", "Группа оказала влияние на решение", []),                      # 'оказать' alone is no aid
    # Arabic: feminine, dual and plural forms, with their proclitics
    ("ar", "التقيا في الرياض", [("التقيا", "CONSULT")]),
    ("ar", "واستقبلت الوزيرة نظيرها", [("واستقبلت", "CONSULT")]),
    ("ar", "وناشدت الوزارة المجتمع الدولي", [("وناشدت", "REQUEST")]),
    ("ar", "يجري الوزير محادثات هاتفية مع نظيره", [("محادثات هاتفية", "CONSULT")]),
    # German compounds, read by their head
    ("de", "Der Minister ist zum Antrittsbesuch eingetroffen", [("Antrittsbesuch", "CONSULT")]),
    ("de", "Nach der Pressekonferenz", []),
]


@pytest.mark.parametrize("lang,text,ordinal", [
    ("es", "Se celebró en Lima la VII Reunión del Mecanismo de Consultas Políticas entre Perú y Chile.", 7),
    ("es", "Perú y Chile celebraron en Lima la 7ª ronda de consultas políticas.", 7),
    ("es", "Perú y Chile celebraron en Lima la undécima ronda de consultas políticas.", 11),
    ("de", "Die siebte Runde der politischen Konsultationen zwischen Deutschland und Polen fand in Berlin statt.", 7),
    ("ru", "В Астане прошел 7-й раунд политических консультаций между МИД Казахстана и Марокко.", 7),
    ("it", "Si è svolta a Roma la XV sessione delle consultazioni politiche tra l'Italia e la Tunisia.", 15),
])
def test_the_round_of_a_series_in_words_numbers_and_roman_numerals(lang, text, ordinal):
    record = communique.extract(text, lang=lang, published="2025-04-21")
    assert [e.series.ordinal for e in record.events if e.series] == [ordinal], record.events


@pytest.mark.parametrize("lang,text,expected", TRIGGER_FORMS)
def test_trigger_families_in_their_forms(lang, text, expected):
    doc = get_pipeline(lang)(text)
    assert [(s.text, s.label_) for s in doc.spans["triggers"]] == expected


@pytest.mark.parametrize("lang,text,states", [
    ("es", "Las relaciones entre Marruecos y Kazajistán.", ["MAR", "KAZ"]),
    ("de", "Die Beziehungen Russlands und Deutschlands.", ["RUS", "DEU"]),
    ("ar", "العلاقات بين المغرب وكازاخستان وبالجزائر.", ["MAR", "KAZ", "DZA"]),
    ("ru", "Отношения Грузии и Казахстана.", ["GEO", "KAZ"]),
    # adjectives of states, in their endings
    ("es", "El canciller noruego recibió a su par filipina.", ["NOR", "PHL"]),
    ("pt", "O ministro suíço recebeu o embaixador angolano após o ataque suicida.", ["CHE", "AGO"]),  # not "suicida"
    ("de", "Die finnische Regierung empfing den argentinischen Botschafter.", ["FIN", "ARG"]),
    ("it", "Il ministro giapponese ha ricevuto la delegazione serba.", ["JPN", "SRB"]),
    ("ru", "Венесуэльская делегация встретилась с канадским министром.", ["VEN", "CAN"]),
    ("ar", "التقى الوزير الإسرائيلي ونظيره اليوناني.", ["ISR", "GRC"]),
])
def test_countries_in_inflected_and_cliticised_forms(lang, text, states):
    doc = get_pipeline(lang)(text)
    assert [s.label_ for s in doc.spans["countries"]] == states


#: Words that a generated name shares with the language, and states' names inside people's names
#: (sentences written for these tests).
@pytest.mark.parametrize("lang,text,states", [
    ("es", "La Reunión de Consultas Políticas entre Chile y Perú se celebró en el Palacio San Martín.", ["CHL", "PER"]),
    ("pt", "A Reunião Ministerial do Brasil e de Angola terminou ontem.", ["BRA", "AGO"]),
    ("it", "Riunione tra Italia e Malta a Roma.", ["ITA", "MLT", "ITA"]),
    ("es", "El presidente de Paraguay recibió a su par argentino, Mauricio Macri.", ["PRY", "ARG"]),
    ("es", "El embajador de Mauricio visitó Paraguay.", ["MUS", "PRY"]),
    ("ru", "Грамоты вручил посол Малайзии Мохамад Адли.", ["MYS"]),
])
def test_names_that_are_not_states_here(lang, text, states):
    doc = get_pipeline(lang)(text)
    assert [s.label_ for s in doc.spans["countries"]] == states


@pytest.mark.parametrize("word,expected", [
    ("Polens", "polen"),
    ("Russlands", "russland"),
    ("Außenministers", "aussenminister"),
    ("Dienstags", ""),            # not a table word
    ("Paris", ""),                # a table word ending in s stays itself
    ("Antrittsbesuch", "besuch"),  # a compound is read by its head
    ("Arbeitsgesprächs", "gesprach"),
    ("Ministertreffens", "treffen"),
    ("Telefongespräch", ""),      # a compound the tables list keeps its own row (its mode)
    ("Gipfeltreffen", ""),        # and one a table stem covers ("Gipfel*": multilateral)
    ("Pressekonferenz", ""),      # a head not listed: a press conference is no meeting
    ("Vizekanzler", ""),          # titles are no heads: a vice-chancellor is no chancellor
    ("Abesuch", ""),              # too short a first part to be a compound
])
def test_german_genitive(word, expected):
    from communique.language import german
    assert german.lemma(word) == expected


@pytest.mark.parametrize("text,event,actor,recipient", [
    # the particle at the clause's end makes the verb a trigger
    ("Das Auswärtige Amt bestellt den ungarischen Botschafter ein.", "ACCUSE", ["DEU"], ["HUN"]),
    ("Österreich lehnt den Vorschlag Ungarns entschieden ab, sagte die Ministerin.", "REJECT", ["AUT"], ["HUN"]),
    ('Der Außenminister Irans warf Kanada "Heuchelei" vor.', "ACCUSE", ["IRN"], None),
])
def test_german_separable_verbs(text, event, actor, recipient):
    record = communique.extract(text, lang="de", published="2025-04-21")
    found = [e for e in record.events if e.event == event]
    assert found, [e.event for e in record.events]
    assert [a.code for a in found[0].actor] == actor
    if recipient is not None:
        assert [r.code for r in found[0].recipient] == recipient


@pytest.mark.parametrize("text", [
    "Die Ministerin stellte den Bericht Polens in Berlin vor.",   # "vorstellen" is no trigger
    "Der Minister bestellt in Wien ein Essen, und der Botschafter Polens kommt an.",  # "ein" mid-clause
])
def test_german_particle_without_trigger_gives_no_event(text):
    from communique.language import german
    assert german.separable_verb("vor", "stellte") == ""
    record = communique.extract(text, lang="de", published="2025-04-21")
    assert [e.event for e in record.events if e.event in ("ACCUSE", "REJECT")] == []


@pytest.mark.parametrize("lang,text,published,expected", [
    ("ar", "التقى الوزيران في ٢٠ مايو ٢٠٢٥ في الرباط", "2025-06-01", "2025-05-20"),   # Arabic-Indic digits
    ("ar", "الموافق 10 أغسطس 2025م", "2025-08-12", "2025-08-10"),                    # Gregorian beside a Hijri date
    ("ar", "اتصال هاتفي يوم الأربعاء", "2025-06-12", "2025-06-11"),
    ("ru", "встреча состоялась 20 октября 2023 года", None, "2023-10-20"),            # genitive month
    ("es", "se reunió este lunes", "2026-02-03", "2026-02-02"),
    ("pt", "teve, esta quinta-feira, uma reunião", "2018-11-16", "2018-11-15"),
    ("de", "Am 20. April 2018 fand ein Telefongespräch statt", None, "2018-04-20"),
    ("it", "Roma, 1 novembre 2014", None, "2014-11-01"),
    ("es", "La visita tuvo lugar el 4 de junio de 2024 en Lima", None, "2024-06-04"),   # "de" before the year
    ("pt", "O acordo foi assinado em 7 de março de 2023", None, "2023-03-07"),
    ("pt", "Tomou posse em 1º de janeiro", "2023-01-20", "2023-01-01"),                # ordinal º
    ("es", "Desde el 1° de enero de 2022 rige el acuerdo", None, "2022-01-01"),
    ("es", "El ministro lo visitó el pasado martes", "2024-06-10", "2024-06-04"),
    ("es", "Se reunirán a finales de julio", "2024-06-10", "2024-07"),                  # parts of a month
    ("pt", "Uma reunião prevista para Fevereiro transacto", "2019-03-20", "2019-02"),
    ("de", "Der Bundestag hatte Anfang Juni abgestimmt", "2016-06-20", "2016-06"),
    ("ru", "в конце сентября состоится встреча", "2019-09-02", "2019-09"),
    ("it", "La riunione si terrà a metà ottobre", "2019-09-02", "2019-10"),
    ("ar", "أعلن في مطلع مايو الماضى", "2019-09-02", "2019-05"),
    ("ar", "ارتفع التضخم في آيار (مايو)", "2019-09-02", "2019-05"),                      # Levantine month with madda
    ("de", "Vorgestern traf der Minister seinen Kollegen", "2020-03-05", "2020-03-03"),
    ("pt", "Anteontem o chanceler recebeu o embaixador", "2020-03-05", "2020-03-03"),
    ("it", "L'altro ieri il ministro ha ricevuto il collega", "2020-03-05", "2020-03-03"),
    ("ar", "استقبل الوزير أمس الأول نظيره", "2020-03-05", "2020-03-03"),                  # not "yesterday"
])
def test_dates_in_the_new_languages(lang, text, published, expected):
    from communique.coding.dates import find_dates
    assert [d.value for d in find_dates(text, lang, published)][:1] == [expected]


@pytest.mark.parametrize("text,expected", [
    # beside its Gregorian day, a Hijri date (and its weekday) gives no date of its own
    ("استقبل الوزير يوم الأحد 7 رمضان 1445 هـ الموافق 17 مارس 2024م نظيره", ["2024-03-17"]),
    ("وقع الجانبان يوم ١٥ مارس ٢٠٢٤ الموافق ٥ رمضان ١٤٤٥ هجرية اتفاقية", ["2024-03-15"]),
    # alone, it is converted; a weekday picks the day among the calendars' readings
    ("اجتمع الوزيران يوم الاثنين 1 رمضان 1445 هـ في الرياض", ["2024-03-11"]),
    ("أجرى الوزير اتصالا هاتفيا في 12 ربيع الأول 1446 هـ", ["2024-09-16"]),
    # a Hijri-looking number without a Hijri month is no date
    ("صدر القرار رقم 1445 لسنة الحالي", []),
])
def test_hijri_dates(text, expected):
    from communique.coding.dates import find_dates
    assert [d.value for d in find_dates(text, "ar", "2024-09-20") if d.kind in ("absolute", "hijri")] == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Heute Morgen empfing der Minister den Botschafter", ["2020-03-05"]),   # "Morgen" is the morning
    ("de", "Am Morgen traf er seinen Kollegen", []),
    ("ar", "استقبل الوزير أمس الأول نظيره", ["2020-03-03"]),                      # one date, not "yesterday" too
    ("it", "L'altro ieri il ministro ha ricevuto il collega", ["2020-03-03"]),
])
def test_every_date_a_sentence_gives(lang, text, expected):
    from communique.coding.dates import find_dates
    assert [d.value for d in find_dates(text, lang, "2020-03-05")] == expected


@pytest.mark.parametrize("hijri,umm_al_qura", [
    ((1445, 9, 1), "2024-03-11"),     # 1 Ramadan 1445
    ((1446, 1, 1), "2024-07-07"),     # 1 Muharram 1446
    ((1444, 10, 1), "2023-04-21"),    # 1 Shawwal 1444
    ((1446, 12, 10), "2025-06-06"),   # 10 Dhu al-Hijjah 1446
])
def test_hijri_conversion_is_within_a_day_of_the_official_calendar(hijri, umm_al_qura):
    from datetime import date
    from communique.coding.dates import hijri_to_gregorian
    assert abs((hijri_to_gregorian(*hijri) - date.fromisoformat(umm_al_qura)).days) <= 1


@pytest.mark.parametrize("text,expected", [
    ("Dışişleri Bakanı bugün Faslı mevkidaşı ile Ankara'da bir araya geldi.", "tr"),
    ("De minister van Buitenlandse Zaken ontving vandaag zijn Marokkaanse collega.", "nl"),
    ("Minister spraw zagranicznych spotkał się dziś z kolegą z Maroka.", "pl"),
])
def test_unsupported_languages_are_named_not_taken_for_a_supported_one(text, expected):
    assert identify(text) == expected


def test_a_language_without_tables_is_coded_and_says_so(caplog):
    from communique.language import pipelines
    pipelines._pipelines.pop("tr", None)
    with caplog.at_level("WARNING"):
        record = communique.extract("Dışişleri Bakanı bugün NATO toplantısına katıldı.", lang="tr")
    assert record.lang == "tr"
    assert "has no tables" in caplog.text and "'tr'" in caplog.text


@pytest.mark.parametrize("a,b,same", [
    ("كريم بنعلي", "بنعلي", True),               # an Arabic name and its bare surname
    ("شائع محسن الزنداني", "شائع الزنداني", True),  # the article is a connector, as "al-" is
    ("كريم بنعلي", "نورلان أبيشيف", False),       # two people: names in Arabic script have keys
    ("Владимир Макей", "Макей", True),
])
def test_names_in_every_script_have_keys(a, b, same):
    from communique.storing.names import compatible_names, name_words
    assert name_words(a) and name_words(b)
    assert compatible_names(a, b) is same


@pytest.fixture(scope="module")
def samples_app(tmp_path_factory, samples_path):
    """The web app over a store of the bundled samples (Arabic, Spanish and Russian among them)."""
    from fastapi.testclient import TestClient

    from communique.reading import read_inputs
    from communique.serving import create_app
    from communique.settings import Settings
    from communique.storing import Store

    path = tmp_path_factory.mktemp("samples") / "samples.db"
    with Store.open(path) as store:
        assert store.ingest(read_inputs([str(samples_path)])).failed == 0
    with TestClient(create_app(path, Settings())) as client:
        yield client


def test_arabic_document_page_is_right_to_left_where_it_should_be(samples_app):
    html = samples_app.get("/ui/documents/sample-ar-01").text
    assert '<section class="textcol" dir="auto">' in html       # the text takes its own direction
    assert "<bdi>كريم بنعلي</bdi>" in html                       # a name is isolated in its line


@pytest.mark.parametrize("query,doc_id", [
    ("المغربي", "sample-ar-01"),          # Arabic words find the Arabic release
    ("memorando agrícola", "sample-es-01"),
    ("agricola", "sample-es-01"),         # accents ignored
    ("соглашение о воздушном сообщении", "sample-ru-01"),
    ("Каримом Бенали", "sample-ru-01"),   # a declined name as written
    ("Карим Бенали", "sample-ru-01"),     # and in the nominative: Cyrillic words match as prefixes
    ("Abishev", "sample-ru-01"),          # a Latin spelling finds the Cyrillic one the store holds
])
def test_search_finds_releases_in_their_script(samples_app, query, doc_id):
    rows = samples_app.get("/search", params={"q": query}).json()
    assert doc_id in {r["doc_id"] for r in rows}


def test_the_russian_sample_stores_its_people_in_the_nominative(samples_app):
    names = {p["name"] for p in samples_app.get("/people", params={"country": "MAR"}).json()}
    assert "Карим Бенали" in names and "Каримом Бенали" not in names


@pytest.mark.parametrize("lang,text", [
    # the signing noun where no signing happens now: an anniversary, a signing that failed, a byline
    ("es", "Los cancilleres de Chile y Argentina recordaron en Roma los 40 años de la firma del Tratado de Paz."),
    ("es", "El presidente de Uruguay lamentó la no firma del acuerdo con Brasil."),
    ("es", "El informe, que lleva la firma de un economista de Chile, describe el comercio con Perú."),
    ("pt", "Os ministros de Angola e Portugal recordaram os 20 anos da assinatura do acordo."),
    ("pt", "O diretor do Itamaraty assinalou que a recusa dos Estados Unidos seria uma violação."),  # "assinalar"
])
def test_signing_words_that_sign_nothing(lang, text):
    record = communique.extract(text, lang=lang, published="2025-04-21")
    assert [e.event for e in record.events if e.event == "SUPPORT"] == []


@pytest.mark.parametrize("lang,text", [
    ("es", "Chile y Argentina refuerzan su integración con la firma de tres acuerdos."),
    ("pt", "Angola e Portugal assinaram um acordo de cooperação."),
])
def test_signing_words_still_sign(lang, text):
    record = communique.extract(text, lang=lang, published="2025-04-21")
    assert [e.event for e in record.events] == ["SUPPORT"]


@pytest.mark.parametrize("lang,text,event,actor,recipient", [
    # Portuguese "ao"/"à" (a + article) and an article after the preposition, read without a tagger
    ("pt", "O presidente da Itália realizou uma visita oficial ao Chile.", "CONSULT", ["ITA"], ["CHL"]),
    ("pt", "O presidente da Itália realizará uma visita oficial ao Chile.", "AGREE", ["ITA"], ["CHL"]),
    ("pt", "O presidente italiano realizou uma visita oficial à Argentina.", "CONSULT", ["ITA"], ["ARG"]),
    ("pt", "O presidente italiano realizou uma visita oficial a Angola.", "CONSULT", ["ITA"], ["AGO"]),
    ("es", "El presidente de Italia realizó una visita oficial a la Argentina.", "CONSULT", ["ITA"], ["ARG"]),
])
def test_visit_destination_after_contracted_preposition_or_article(lang, text, event, actor, recipient):
    record = communique.extract(text, lang=lang, published="2025-04-21")
    assert [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in record.events] \
        == [(event, actor, recipient)]


@pytest.mark.parametrize("text,event,actor", [
    # Portuguese "a" opening a sentence before a state is its article, not the preposition "to"
    ("A China doou alimentos ao Haiti.", "AID", ["CHN"]),
    ("A Argentina condenou o ataque contra a embaixada do Chile.", "ACCUSE", ["ARG"]),
])
def test_portuguese_sentence_opening_article(text, event, actor):
    record = communique.extract(text, lang="pt", published="2025-04-21")
    assert [(e.event, [a.code for a in e.actor]) for e in record.events] == [(event, actor)]


@pytest.mark.parametrize("lang,text,actor,recipient", [
    # untagged: the receiving verb decides the direction even when the visit is named after it
    ("es", "El ministro de Bélgica recibió al ministro de Cuba, quien realiza una visita oficial.", ["CUB"], ["BEL"]),
    ("pt", "O presidente de Angola recebeu o ministro de Cuba, que realiza uma visita oficial ao país.", ["CUB"], ["AGO"]),
    ("es", "El canciller de Cuba, quien realiza una visita a Bélgica, fue recibido por el ministro belga.", ["CUB"], ["BEL"]),
])
def test_untagged_host_verb_decides_over_a_named_visit(lang, text, actor, recipient):
    record = communique.extract(text, lang=lang, published="2025-04-21")
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in record.events] == [(actor, recipient)]
