# Long: the document's tables 1-6 as data, not code; its typography (curly quotes, en dashes) is kept.
# ruff: noqa: RUF001
"""Gemeente Deventer, plan 2014-2017: the interventions of tables 1-6 and management development (§3.5).

Long on purpose: it is the document's tables, not code. Names, statuses, goals (doel), contents (inhoud) and
target groups (doelgroep) are as the document gives them. Everything it does not give (costs, durations,
participant numbers, learning forms, Kolb phases and levels) is a plausible choice for the demo; the budget
lines (`budgets.py`) say so.

Counts in the document: table 1 (HNW) 10 interventions, table 2 (Mobiliteit) 11, tables 3-5 (the themes)
1 each, table 6 (basisvaardigheden) 6, management development (§3.5) 2 offers: 32 in all.
"""

from dataclasses import replace
from datetime import date
from decimal import Decimal

from app.core.vocabulary import Audience, Category, KolbPhase, LearningForm
from app.core.vocabulary import LearningLevel as Level
from app.core.vocabulary import LearningMix as Mix
from app.demo.build.catalogue import InterventionData
from app.interventions.models import InterventionStatus

D = Decimal
NEW, EXISTING, PARTLY = InterventionStatus.new, InterventionStatus.existing, InterventionStatus.partly_existing
ALL, EMPLOYEES, MANAGERS = Audience.all, Audience.employees, Audience.managers
CE, RO = KolbPhase.concrete_experience, KolbPhase.reflective_observation
AC, AE = KolbPhase.abstract_conceptualisation, KolbPhase.active_experimentation
SD, ST, BASIC, MD = (Category.strategic_development, Category.strategic_theme, Category.basic_skill,
                     Category.management_development)
F = LearningForm

TABLE_1_HNW = (
    InterventionData(
        "Tabel 1", "Spelsimulatie HNW", NEW,
        goal="Voorbereiding om de overgang naar HNW (voorbereiding op verhuizing naar nieuwe stadhuis).",
        content="Oefenen en experimenteren met de facetten van het nieuwe werken zoals: werken met flexibele "
                "werkplekken, elkaar aanspreken op gedrag, samenwerken op afstand, sturen op output, zelf je werk "
                "indelen etc.",
        target_group="Iedereen", audience=ALL, category=SD,
        learning_form=F.simulation_game, learning_mix=Mix.formal, kolb_phases=(CE, AE),
        learning_level=Level.self_and_organisation, duration_hours=D("4"),
        cost_fixed=D("9000.00"), cost_per_participant=D("15.00"), expected_participants=400,
        learning_goals=("hnw-omgaan-met-verandering", "hnw-samenwerken", "hnw-eigen-verantwoordelijkheid"),
    ),
    InterventionData(
        "Tabel 1", "Leren plaats en tijd onafhankelijk werken", NEW,
        goal="Medewerkers en leidinggevende voorbereiden op het tijd- en plaatsonafhankelijk werken.",
        content="Je leert plaats en tijd onafhankelijk werken, omgaan met de nieuwe mentaliteit van vertrouwen en "
                "vrijheid. En nu een organisatie minder ziet wat je doet en hoe je dat doet, moet je beter "
                "duidelijk maken welke resultaten je boekt.",
        target_group="Iedereen", audience=ALL, category=SD,
        learning_form=F.workshop, learning_mix=Mix.formal, learning_level=Level.self,
        duration_hours=D("3.5"), cost_fixed=D("1500.00"), cost_per_participant=D("45.00"),
        expected_participants=200,
        learning_goals=("hnw-zelfsturing", "hnw-eigen-verantwoordelijkheid"),
    ),
    InterventionData(
        "Tabel 1", "Gesprekstechnieken", EXISTING,
        goal="Effectiever communiceren om samenwerken te verbeteren en resultaten te boeken",
        content="Ieder heeft zijn eigen beeld van de wereld, dat bepaalt hoe je communiceert. Daarin ligt de "
                "sleutel voor effectieve communicatie. Leren kennen van je eigen gedragsstijlen en collega’s om dit "
                "effectiever in te zetten.",
        target_group="Iedereen", audience=ALL, category=SD,
        learning_form=F.training, learning_mix=Mix.formal, kolb_phases=(RO, AC),
        learning_level=Level.self_and_others, duration_days=D("2"),
        cost_per_participant=D("450.00"), expected_participants=24,
        learning_goals=("hnw-samenwerken",),
    ),
    InterventionData(
        "Tabel 1", "Online communiceren", PARTLY,
        goal="Bewustzijn van en effectief omgaan met de online mogelijkheden van communicatie",
        content="Toepassing social media in je eigen werk en in projecten. Hoe doe je dit slim en hoe filter je je "
                "informatie",
        target_group="Iedereen", audience=ALL, category=SD,
        learning_form=F.workshop, learning_mix=Mix.formal, learning_level=Level.self_and_others,
        duration_hours=D("3"), cost_fixed=D("500.00"), cost_per_participant=D("75.00"), expected_participants=60,
        learning_goals=("hnw-informatie-delen", "hnw-slimmer-werken"),
    ),
    InterventionData(
        "Tabel 1", "Slimmer werken voor dummies en gevorderden", PARTLY,
        goal="Slimmer werken (effectiever met minder papier, sneller kunnen filteren van informatie)",
        content="Diverse workshops:\n"
                "- Slimmer werken door gebruik en toepassing van de tablet en handige apps in je werk,\n"
                "- Snel en slim filteren van informatie\n"
                "- slim omgaan met je tijd en hulpmiddelen die je daarbij kan inzetten\n"
                "- Goed en slim archiveren van documenten en het gebruik van SharePoint\n"
                "- (meer)papierloos werken",
        target_group="Iedereen", audience=ALL, category=SD,
        learning_form=F.workshop, learning_mix=Mix.formal, learning_level=Level.self,
        duration_hours=D("2"), cost_fixed=D("2000.00"), cost_per_participant=D("30.00"), expected_participants=150,
        learning_goals=("hnw-slimmer-werken",),
    ),
    InterventionData(
        "Tabel 1", "Tijdsurfen - In balans blijven met HNW", NEW,
        goal="Werk –privé balans, beter om kunnen gaan met stress en spanning, weerbaarheid",
        content="Hoe ontspannen tussen je werkzaamheden, hoe anders omgaan met dingen waar je tegenop kan zien, "
                "energie vasthouden etc.",
        target_group="Iedereen", audience=ALL, category=SD,
        learning_form=F.workshop, learning_mix=Mix.formal, learning_level=Level.self,
        duration_hours=D("3"), cost_per_participant=D("95.00"), expected_participants=48,
        learning_goals=("hnw-zelfsturing",),
    ),
    InterventionData(
        "Tabel 1", "Ambtelijk ondernemerschap", NEW,
        goal="Stimuleren initiatief en innovatie, ondernemerschap",
        content="Het op een ondernemende wijze vinden/zien en concretiseren van mogelijkheden en kansen voor "
                "beleidsproducten (of andere producten) in de ‘overheidsmarkt'.",
        target_group="Iedereen, die wil ervaren wat ‘denken en handelen als ondernemer’ kan toevoegen aan je "
                     "werkwijze.",
        audience=ALL, category=SD,
        learning_form=F.training, learning_mix=Mix.formal, kolb_phases=(CE, AE),
        learning_level=Level.self_and_organisation, duration_days=D("1"),
        cost_per_participant=D("395.00"), expected_participants=24,
        learning_goals=("hnw-eigen-verantwoordelijkheid", "mob-ondernemerschap"),
    ),
    InterventionData(
        "Tabel 1", "Outputgericht aansturen", PARTLY,
        goal="Verbeteren van het outputgericht aansturen",
        content="Aansturen van medewerkers op basis van resultaten, het maken van goede resultaatafspraken, hoe "
                "stuur ik op resultaat?",
        target_group="Leidinggevende", audience=MANAGERS, category=SD,
        learning_form=F.training, learning_mix=Mix.formal, learning_level=Level.self_and_others,
        duration_days=D("2"), cost_per_participant=D("595.00"), expected_participants=16,
        learning_goals=("hnw-resultaatafspraken", "hnw-loslaten"),
    ),
    InterventionData(
        "Tabel 1", "Fit blijven in je virtuele kantoor (ARBO)", PARTLY,
        goal="ARBO veilig werken in een digitale werkomgeving",
        content="Hoe voorkom je gezondheidsklachten doordat je met tablets, smartphones en laptops overal en altijd "
                "kan werken? Hier werken we aan onze bewustwording en het zelf leren toepassen van veilige "
                "arbeidsomstandigheden wanneer we met deze apparaten werken.",
        target_group="Iedereen", audience=ALL, category=SD,
        learning_form=F.e_learning, learning_mix=Mix.formal, kolb_phases=(RO, AE), learning_level=Level.self,
        duration_hours=D("1"), cost_fixed=D("2500.00"), cost_per_participant=D("10.00"), expected_participants=300,
        learning_goals=("hnw-zelfsturing",),
    ),
    InterventionData(
        "Tabel 1", "Feedback", PARTLY,
        goal="Elkaar aanspreken op gedrag en werkresultaten",
        content="Boost voor het thema en oefenen met feedback en het bespreekbaar maken van zaken met collega’s en "
                "leidinggevenden gericht op situaties in HNW.",
        target_group="Iedereen", audience=ALL, category=SD,
        learning_form=F.workshop, learning_mix=Mix.formal, kolb_phases=(CE, AE),
        learning_level=Level.self_and_others, duration_hours=D("3.5"),
        cost_per_participant=D("85.00"), expected_participants=80,
        learning_goals=("hnw-samenwerken", "hnw-informatie-delen"),
    ),
)

TABLE_2_MOBILITEIT = (
    InterventionData(
        "Tabel 2", "Vraagstukken met elkaar verder brengen", NEW,
        goal="Bevorderen ‘out of the box’ denken en samenwerken.",
        content="Inhoudelijke vraagstukken worden besproken met collega’s uit andere vakgebieden om zo tot "
                "innovatievere en integralere oplossingen te komen.",
        target_group="Iedereen", audience=ALL, category=SD,
        learning_form=F.intervision, learning_mix=Mix.social, kolb_phases=(CE, RO),
        learning_level=Level.self_and_others, duration_hours=D("3"),
        cost_fixed=D("3000.00"), expected_participants=60,
        learning_goals=("mob-ondernemerschap", "mob-netwerk"),
    ),
    InterventionData(
        "Tabel 2", "Omgaan met verandering", EXISTING,
        goal="Beter om kunnen gaan met veranderingen",
        content="Omdat de enige continuïteit verandering is, is het van belang om inzicht in en bewust zijn van de "
                "fases van veranderen te hebben en een manier te vinden om daar effectief mee om te gaan",
        target_group="Iedereen", audience=ALL, category=SD,
        learning_form=F.training, learning_mix=Mix.formal, kolb_phases=(RO, AC), learning_level=Level.self,
        duration_days=D("1"), cost_per_participant=D("275.00"), expected_participants=36,
        learning_goals=("mob-omgaan-met-verandering",),
    ),
    InterventionData(
        "Tabel 2", "Waarderend ontwikkelen EVENT", NEW,
        goal="Het vergroten van het vermogen tot groei en ontwikkeling door op andere wijze naar de werkelijkheid "
             "te kijken.",
        content="Op basis van analyse wat werkt en waarom het werkt, een oplossing ontwikkelen voor problemen en "
                "blijven focussen op het positieve in de acties om tot die oplossing te komen.",
        target_group="Iedereen", audience=ALL, category=SD,
        learning_form=F.event, learning_mix=Mix.social, kolb_phases=(RO, AC),
        learning_level=Level.self_and_organisation, duration_hours=D("4"),
        cost_fixed=D("6500.00"), cost_per_participant=D("10.00"), expected_participants=150,
        learning_goals=("mob-in-beweging",),
    ),
    InterventionData(
        "Tabel 2", "Leren netwerken", NEW,
        goal="Effectief en doelgericht verbindingen leggen met interessante partners, het vergroten van je sociale "
             "cirkel.",
        content="Hoe zorg je ervoor dat je de juiste mensen in je netwerk hebt en hoe onderhoud je je netwerk en "
                "maak je er effectief gebruik van",
        target_group="Iedereen", audience=ALL, category=SD,
        learning_form=F.workshop, learning_mix=Mix.formal, learning_level=Level.self_and_others,
        duration_hours=D("3.5"), cost_per_participant=D("120.00"), expected_participants=36,
        learning_goals=("mob-netwerk", "ovdt-netwerk"),
    ),
    InterventionData(
        "Tabel 2", "Beïnvloedingsstijlen", PARTLY,
        goal="Stimuleren van pro activiteit in communicatie",
        content="Het vergroten van je impact op anderen. Mensen meekrijgen in het resultaat dat je wilt behalen.",
        target_group="Iedereen", audience=ALL, category=SD,
        learning_form=F.training, learning_mix=Mix.formal, learning_level=Level.self_and_others,
        duration_days=D("1"), cost_per_participant=D("350.00"), expected_participants=24,
        learning_goals=("mob-ondernemerschap",),
    ),
    InterventionData(
        "Tabel 2", "Loopbaanmodules (Aanbod LAC)", EXISTING,
        goal="Inzicht in je eigen talenten en deze positioneren, beter profilering in je werk en in netwerken",
        content="Ontdekken van je kwaliteiten en je profileren, toegerust worden om te kunnen reageren op een klus "
                "(sollicitatievaardigheden) en oriëntatie op de arbeidsmarkt",
        target_group="Iedereen, mensen met een boventalligheidsstatus hebben voorrang",
        audience=ALL, category=SD, provider="LAC",
        learning_form=F.course, learning_mix=Mix.formal, learning_level=Level.self,
        duration_days=D("3"), cost_per_participant=D("450.00"), expected_participants=20,
        learning_goals=("mob-eigen-loopbaan",),
    ),
    InterventionData(
        "Tabel 2", "E-coaching – Reis naar jezelf", NEW,
        goal="Jezelf blijven. Bíj jezelf blijven, ook wanneer er veel van je wordt gevraagd",
        content="Het 21-weekse e-coachingsprogramma Reis naar Jezelf helpt je daarbij. Je komt tot een dieper "
                "inzicht in wat je wilt en wat je drijft. Je leert keuzes maken die bij jou passen. Met als "
                "resultaat dat je steviger in je schoenen gaat staan en het roer van je leven en je werk in eigen "
                "handen neemt. De e-coaching helpt je een ritme te ontwikkelen waarbij je steeds even tijd neemt "
                "voor jezelf. Je koers bepalen én op koers blijven, daar gaat het om.",
        target_group="Iedereen die steviger in zijn schoenen wil staan en op zoek is naar meer balans tussen wat "
                     "hij/zij wil en wat anderen willen. (met HBO denkniveau + in staat tot reflectie.",
        audience=ALL, category=SD,
        learning_form=F.e_coaching, learning_mix=Mix.social, kolb_phases=(RO, AE), learning_level=Level.self,
        cost_per_participant=D("595.00"), expected_participants=12, personal_budget_contribution=D("150.00"),
        learning_goals=("mob-eigen-loopbaan",),
    ),
    InterventionData(
        "Tabel 2", "Personal branding", NEW,
        goal="Jezelf beter profileren in je werk en in netwerken",
        content="Hoe kun je je meer bewust zijn van je effectiviteit van hoe je overkomt op anderen en wat is jouw "
                "meerwaarde/wat zijn jouw unique selling points en hoe kun je deze gebruiken.",
        target_group="Iedereen", audience=ALL, category=SD,
        learning_form=F.event, learning_mix=Mix.social, kolb_phases=(RO,), learning_level=Level.self,
        duration_hours=D("3"), cost_fixed=D("2500.00"), cost_per_participant=D("20.00"), expected_participants=100,
        learning_goals=("mob-eigen-loopbaan", "mob-netwerk"),
    ),
    InterventionData(
        "Tabel 2", "Aan de slag met levensfasen", EXISTING,
        goal="(H)Erkennen van levensfasen en de invloed daarvan op de loopbaanontwikkeling; en meer zicht op eigen "
             "levensfase en actuele ontwikkelbehoefte",
        content="Je levensfase is van grote invloed op alles wat je meemaakt. Je krijgt inzicht in jouw levensfase "
                "en gaat daarover in dialoog met anderen.",
        target_group="Medewerkers in verschillende leeftijdscategorieën", audience=EMPLOYEES, category=SD,
        learning_form=F.workshop, learning_mix=Mix.social, kolb_phases=(RO,), learning_level=Level.self,
        duration_days=D("1"), cost_per_participant=D("195.00"), expected_participants=30,
        learning_goals=("mob-eigen-loopbaan", "mob-in-beweging"),
    ),
    InterventionData(
        "Tabel 2", "Voeren lastige gesprekken", EXISTING,
        goal="Verbeteren van de effectiviteit van de gesprekken over ontwikkeling",
        content="Het brengen van slecht nieuws, hoe voer je lastige gesprekken en goede gesprekken over "
                "persoonlijke ontwikkeling.",
        target_group="Leidinggevende", audience=MANAGERS, category=SD,
        learning_form=F.training, learning_mix=Mix.formal, kolb_phases=(CE, AE),
        learning_level=Level.self_and_others, duration_days=D("1"),
        cost_per_participant=D("450.00"), expected_participants=16,
        learning_goals=("mob-ondersteunen", "mob-kansen-buiten"),
    ),
    InterventionData(
        "Tabel 2", "Vitaliteitbevordering", NEW,
        goal="Verhogen van de vitaliteit voor betere resultaten, een gezonde werkprivé balans en meer werkplezier",
        content="Gericht op het bieden van handvatten voor de individuele medewerker. Te denken valt aan workshop "
                "stress, mindfulness, of energie op het werk, maar ook introductie workshops op sportgebied zoals "
                "power yoga of schermen.",
        target_group="Iedereen", audience=ALL, category=SD,
        learning_form=F.workshop, learning_mix=Mix.formal, learning_level=Level.self,
        duration_hours=D("2"), cost_fixed=D("1500.00"), cost_per_participant=D("35.00"), expected_participants=120,
        learning_goals=("mob-in-beweging",),
    ),
)

TABLES_3_TO_5_THEMES = (
    InterventionData(
        "Tabel 3", "Vermogen tot verbinden", NEW,
        goal="Bevorderen van eigen kracht, creativiteit, ondernemerschap, eigen verantwoordelijkheid, en verbinding "
             "in netwerken.",
        content="Verschillende modules waarin ingegaan wordt op: Samenwerken in co-creatie, creatieve processen, "
                "benutten eigen kracht en kracht van de ander, ondernemerschap etc.",
        target_group="Alle medewerkers die nieuwsgierig zijn, in hun werk te maken hebben met diverse collega’s, "
                     "burgers of andere partijen. Dit gedachtegoed over willen en kunnen brengen bij collega’s.",
        audience=EMPLOYEES, category=ST,
        learning_form=F.training, learning_mix=Mix.social, kolb_phases=(CE, RO, AC, AE),
        learning_level=Level.self_and_organisation, duration_days=D("3"),
        cost_fixed=D("4000.00"), cost_per_participant=D("300.00"), expected_participants=40,
        themes=("verbinden",), learning_goals=("ovdt-netwerk",),
    ),
    InterventionData(
        "Tabel 4", "Traject Hostmanship", NEW,
        goal="Verbeteren van de samenwerking met als gevolg het verhogen van het werkplezier",
        content="Diverse activiteiten en leerinterventies op gemeente-, team- en individueel niveau die ingaan op: "
                "hoe gaan we met elkaar om, hoe benaderen we elkaar, gastvrijheid/bereidbaarheid, het vergroten "
                "van zelfbewustzijn en verantwoordelijkheid, elkaar aanspreken etc.",
        target_group="Iedereen", audience=ALL, category=ST,
        learning_form=F.other, learning_mix=Mix.workplace, learning_level=Level.self_and_organisation,
        cost_fixed=D("15000.00"), expected_participants=850,
        themes=("hostmanship",), learning_goals=("hnw-samenwerken",),
    ),
    InterventionData(
        "Tabel 5", "Zaakgericht werken", NEW,
        goal="Begrijpen dat je onderdeel van een proces, doorbreken afdelingsdenken, denken en handelen vanuit de "
             "klant, bevorderen transparantie",
        content="Diverse activiteiten en leerinterventies op gemeente-, team- en proces niveau die ingaan op: wat "
                "is een zaak, denken vanuit de klant, denken in processen (zie hiernaast bij doel)",
        target_group="Iedereen (voorrang aan die personen die gaan werken met het zaakgericht systeem)",
        audience=ALL, category=ST,
        learning_form=F.other, learning_mix=Mix.workplace, learning_level=Level.self_and_organisation,
        cost_fixed=D("12500.00"), expected_participants=400,
        themes=("zaakgericht",), learning_goals=("hnw-organisatiebelang",),
    ),
)

TABLE_6_BASIC_SKILLS = (
    InterventionData(
        "Tabel 6", "Computer Essentials", PARTLY,
        goal="Basis op orde brengen m.b.t. computer Essentials",
        content="Computer Essentials (office en Smart documents), gebruik van SharePoint, presenteren en werken met "
                "Excel.",
        target_group="Alle medewerkers die deze vaardigheden niet hebben", audience=EMPLOYEES, category=BASIC,
        learning_form=F.training, learning_mix=Mix.formal, learning_level=Level.self,
        duration_hours=D("3"), cost_per_participant=D("125.00"), expected_participants=100,
    ),
    InterventionData(
        "Tabel 6", "Mediation vaardigheden", EXISTING,
        goal="Het voorkomen, beperken en oplossen van conflicten door een proactieve, persoonsgerichte instelling",
        content="Je traint en oefent je communicatieve en relationele vaardigheden en het omgaan met weerstanden. "
                "Daarnaast krijg je meer inzicht in gedragsstijlen en conflicthantering.",
        target_group="Medewerkers met klantcontact", audience=EMPLOYEES, category=BASIC,
        learning_form=F.training, learning_mix=Mix.formal, kolb_phases=(AC, AE),
        learning_level=Level.self_and_others, duration_days=D("2"),
        cost_per_participant=D("695.00"), expected_participants=12,
    ),
    InterventionData(
        "Tabel 6", "Adviseren met Impact (AMI)", EXISTING,
        goal="Professionalisering van de adviseurs binnen de gemeente om klanten/opdrachtgevers (nog) beter van "
             "dienst te zijn in het realiseren van producten en diensten.",
        content="In dit onderdeel sleutel je aan je eigen aanpak van onder meer voeren van adviesgesprekken, "
                "invloedstijlen, adviesrollen, weerstand, krachtenveld, groepsprocessen.",
        target_group="Iedereen met een adviserende rol die AMI nog niet heeft gevolgd.",
        audience=ALL, category=BASIC,
        learning_form=F.training, learning_mix=Mix.formal, kolb_phases=(RO, AE),
        learning_level=Level.self_and_others, duration_days=D("4"),
        cost_per_participant=D("1250.00"), expected_participants=10,
    ),
    InterventionData(
        "Tabel 6", "Ontwerpen en geven van trainingen", NEW,
        goal="Professionaliseren van het ontwerp van een training en de trainingsvaardigheden",
        content="Ontwerpen en begeleiden van trainingen en workshops en geeft inzicht in groepsdynamiek en hoe "
                "hiermee om te gaan.",
        target_group="Iedereen die intern training geeft aan collega’s als onderdeel van het opleidingsprogramma "
                     "voor de gemeente Deventer",
        audience=ALL, category=BASIC,
        learning_form=F.training, learning_mix=Mix.formal, learning_level=Level.self_and_others,
        duration_days=D("2"), cost_per_participant=D("750.00"), expected_participants=8,
    ),
    InterventionData(
        "Tabel 6", "Schrijfvaardigheden", PARTLY,
        goal="Beter geschreven brieven en beleid",
        content="Informatie bondig en goed leesbaar op papier kunnen zetten, zonder dat de inhoud aan kracht of "
                "juistheid verliest.",
        target_group="Medewerkers die brieven en beleidsstukken schrijven", audience=EMPLOYEES, category=BASIC,
        learning_form=F.training, learning_mix=Mix.formal, learning_level=Level.self,
        duration_days=D("1"), cost_per_participant=D("325.00"), expected_participants=20,
    ),
    InterventionData(
        "Tabel 6", "Omgaan met agressie en geweld", EXISTING,
        goal="Beter omgaan met agressie en geweld",
        content="",  # the document leaves the content column empty
        target_group="Medewerkers die in hun werk met agressie en geweld te maken kunnen krijgen (= verplicht)",
        audience=EMPLOYEES, category=BASIC, mandatory=True,
        learning_form=F.training, learning_mix=Mix.formal, learning_level=Level.self_and_others,
        duration_days=D("1"), cost_per_participant=D("175.00"), expected_participants=40,
    ),
)

MANAGEMENT_DEVELOPMENT = (
    InterventionData(
        "§3.5 Management Development", "Esprit de corps bijeenkomsten", EXISTING,
        goal="Vervolg van het management development traject voor leidinggevenden, dat eind 2013 is afgerond.",
        content="Voor 2014 worden er esprit de corps bijeenkomsten georganiseerd. De leerinterventies die in dit "
                "plan beschreven staan voor de leidinggevende zijn additioneel op de esprit de corps en het vervolg "
                "van het MD.",
        target_group="Leidinggevende", audience=MANAGERS, category=MD,
        learning_form=F.event, learning_mix=Mix.social, learning_level=Level.self_and_organisation,
        duration_hours=D("3"), cost_fixed=D("6500.00"), expected_participants=45,
    ),
    InterventionData(
        "§3.5 Management Development", "Ontwikkelbijeenkomsten managers (vervolg MD)", PARTLY,
        goal="Verdere managementontwikkeling",
        content="Voor 2014 zal er 6 x per jaar een bijeenkomst voor de ontwikkeling van de managers worden "
                "georganiseerd. De inhoud van deze bijeenkomsten wordt door de leidinggevende zelf bepaald, "
                "hiervoor zullen ze een ontwikkelagenda opstellen.",
        target_group="Leidinggevende", audience=MANAGERS, category=MD,
        learning_form=F.intervision, learning_mix=Mix.social, kolb_phases=(RO, AE),
        learning_level=Level.self_and_others, duration_hours=D("4"), cost_fixed=D("9000.00"),
        expected_participants=45,
    ),
)


# §4: "Het (nieuwe) aanbod uit het uitvoeringsprogramma gaat lopen vanaf 1 mei 2014": the new offer starts then,
# the existing offer runs the whole year. §3.5: the managers' meetings are "6 x per jaar"; the esprit de corps
# meetings' frequency is not given. The learning hours per participant are not in the document: for the demo they
# are the duration (a day counted as 8 hours), and each intervention's note says so.
NEW_OFFER_STARTS = date(2014, 5, 1)
HOURS_NOTE = "Leeruren per deelnemer: demowaarde, afgeleid van de duur (een dag telt als 8 uur)."
SCHEDULE: dict[str, dict[str, object]] = {
    "Ontwikkelbijeenkomsten managers (vervolg MD)": {
        "sessions_per_year": 6, "frequency": "6 × per jaar", "learning_hours_per_participant": D("24"),
        "notes": "De inhoud bepalen de leidinggevenden zelf in hun ontwikkelagenda (§3.5). Daarnaast hebben de "
                 "managers afgesproken een halve dag per maand met elkaar te besteden aan verdere "
                 "managementontwikkeling (§4.1). Leeruren per deelnemer: 6 bijeenkomsten × 4 uur."},
    "Esprit de corps bijeenkomsten": {
        "notes": "Het management development traject is eind 2013 afgerond; de leerinterventies van dit plan voor "
                 "leidinggevenden komen hier bovenop (§3.5). Frequentie: het plan noemt geen aantal. " + HOURS_NOTE},
    "Omgaan met agressie en geweld": {
        "notes": "Verplicht voor wie in het werk met agressie en geweld te maken kan krijgen. Bestaand aanbod, deels "
                 "uit het strategische opleidingsbudget (tabel 6). " + HOURS_NOTE},
}


def _with_schedule(item: InterventionData) -> InterventionData:
    hours = item.duration_hours if item.duration_hours is not None else (
        item.duration_days * 8 if item.duration_days is not None else None)
    values: dict[str, object] = {"learning_hours_per_participant": hours, "notes": HOURS_NOTE if hours else ""}
    if item.status == NEW:
        values |= {"starts_on": NEW_OFFER_STARTS, "period": "mei – december 2014"}
    else:
        values |= {"period": "januari – december 2014"}
    return replace(item, **(values | SCHEDULE.get(item.title, {})))  # type: ignore[arg-type]


INTERVENTIONS = tuple(_with_schedule(item) for item in (
    TABLE_1_HNW + TABLE_2_MOBILITEIT + TABLES_3_TO_5_THEMES + TABLE_6_BASIC_SKILLS + MANAGEMENT_DEVELOPMENT))
