# The document's own typography (curly quotes, en dashes) is kept in its text.
# ruff: noqa: RUF001
"""Gemeente Deventer, strategisch leer- en ontwikkelplan 2014-2017, transcribed as demo data.

Long on purpose: it is the document itself (chapters 1-4 and tables 1-7), not code. Names, statuses, goals
(doel), contents (inhoud) and target groups (doelgroep) are as the document gives them; only line breaks and
hyphenation from the PDF were repaired. Everything the document does not give (costs, durations, participant
numbers, teams and FTE, payroll, expenditures, learning forms, Kolb phases and levels) is a plausible choice
for the demo, and every such figure says so where the model has room for a note ("demowaarde").

Counts in the document: table 1 (HNW) 10 interventions, table 2 (Mobiliteit) 11, tables 3-5 (the themes)
1 each, table 6 (basisvaardigheden) 6, management development (§3.5) 2 offers: 32 in all.
"""

import datetime
from decimal import Decimal

from app.budgets.models import ExpenditureStatus, LineKind
from app.demo.plan_data import (
    BudgetData,
    BudgetLineData,
    DevelopmentData,
    ExpenditureData,
    GoalData,
    InterventionData,
    LearningGoalData,
    PlanData,
    TeamData,
    ThemeData,
)
from app.interventions.models import Category, FundingStream, InterventionStatus, KolbPhase, LearningForm
from app.interventions.models import LearningLevel as Level
from app.interventions.models import LearningMix as Mix
from app.plans.models import Audience, PlanStatus

D = Decimal
NEW, EXISTING, PARTLY = InterventionStatus.new, InterventionStatus.existing, InterventionStatus.partly_existing
ALL, EMPLOYEES, MANAGERS = Audience.all, Audience.employees, Audience.managers
CE, RO = KolbPhase.concrete_experience, KolbPhase.reflective_observation
AC, AE = KolbPhase.abstract_conceptualisation, KolbPhase.active_experimentation
COMMITTED, SPENT = ExpenditureStatus.committed, ExpenditureStatus.spent
YEAR = 2014

# Said on every budget line of an intervention: the plan's itemised budget (bijlage 2) is not in the source.
INTERVENTION_LINE_NOTE = (
    "Demowaarde: het plan noemt geen kosten per leerinterventie (de begroting in bijlage 2 ontbreekt in de "
    "bron). Bedrag, duur en aantal deelnemers van deze leerinterventie zijn voor de demo gekozen."
)


def _day(month: int, day: int) -> datetime.date:
    return datetime.date(YEAR, month, day)


# --- Chapters 1-2: the plan -------------------------------------------------------------------------------

SUMMARY = """\
We ontwikkelen ons in de komende jaren steeds meer tot een organisatie die in verbinding staat met de \
maatschappij, haar burgers en partners in de stad. Een organisatie die flexibel is in haar vorm, zich organiseert \
volgens de principes van het netwerk en daardoor daadkrachtig en snel kan inspelen op diverse ontwikkelingen. \
Daarnaast zien we andere belangrijke ontwikkelingen, zoals verder gaande bezuinigingen, een veranderende manier \
waarop naar werk wordt aangekeken en verdere digitalisering. Dit stelt hoge eisen aan de kwaliteit en \
ontwikkeling van het personeel.

In dit strategisch leer & ontwikkelplan maken we strategische keuzes waar we de komende jaren (2014-2017) op \
inzetten op het gebied van leren en ontwikkelen. De basis ligt in de belangrijkste ontwikkelingen voor onze \
organisatie: werken volgens de principes van Het Nieuwe Werken, het stimuleren van meer mobiliteit / beweging in \
de organisatie en het ontwikkelen richting een netwerkorganisatie met dynamische medewerkers (Organisatie van de \
Toekomst). Deze ontwikkelingen en doelen vertalen we naar leerdoelen en leerinterventies. Daarnaast zijn er \
strategische thema's benoemd (Vermogen tot verbinden, Hostmanship, Zaakgericht werken), en het \
uitvoeringsprogramma gaat ook in op basiskennis en -vaardigheden die je nodig hebt als ambtenaar bij de gemeente \
Deventer. Uiteindelijk resulteert dit in een uitvoeringsprogramma voor 2014.

Leren op organisatie-, team- en individueel niveau hangt samen: leervragen van een heel team, individuele en \
vakinhoudelijke leervragen worden uit het functionele opleidingsbudget of het budget voor persoonlijke \
ontwikkeling gefinancierd en zijn geen onderdeel van dit plan.

Uitgangspunten: mensen leren voor 70% op de werkplek, 20% samen met of van andere personen en 10% door middel \
van opleiding; leren is meer dan opleiden, daarom spreken we van leerinterventies in plaats van \
opleidingsaanbod, en richten we ons op zowel leren (korte termijn) als ontwikkelen (langere termijn). Leren \
faciliteren: het geleerde is effectiever op vrijwillige basis, dus het uitvoeringsprogramma heeft een weinig \
verplichtend karakter. Aanbod- én vraaggestuurd: de managers stellen met elkaar een ontwikkelagenda op en de \
invulling gebeurt waar mogelijk in co-creatie met medewerkers uit de lijn. Diversiteit in leervormen: blended \
danwel integrated learning, leren naar de werkvloer brengen, leren van elkaar, en de mogelijkheden van \
digitalisering (e-learning, virtual coaching, webinar) benutten."""

REVIEW_NOTES = """\
Jaarlijkse herijking: elk jaar in het najaar worden de beschreven ontwikkelingen en doelstellingen in dit plan \
herijkt en wordt het uitvoeringsprogramma voor een volgend jaar daarop aangepast. Het gaat dan om kritisch te \
kijken naar de ontwikkelopgave en strategische thema's maar ook naar de leerinterventies die worden aangeboden. \
Dit doen we door, net als bij de opstelling van dit plan, met diverse betrokken personen in gesprek te gaan.

In de zomer wordt de balans m.b.t. het uitvoeringsprogramma opgemaakt: we kijken in hoeverre de plannen \
aangepast moeten worden op basis van o.a. de vraag uit de organisatie.

Evaluatie: alle leerinterventies die een dag of langer duren, worden geëvalueerd. Alle deelnemers ontvangen een \
evaluatieformulier waarin ingegaan wordt op de trainer(s), de inhoud (kwaliteit en toegevoegde waarde) en de \
locatie.

Het (nieuwe) aanbod uit het uitvoeringsprogramma loopt vanaf 1 mei 2014; vanaf 2015 wordt het \
uitvoeringsprogramma ingevuld voor de periode 1 januari - 31 december."""

# --- Chapter 3: developments, goals and learning goals ----------------------------------------------------

HNW = DevelopmentData(
    title="Het Nieuwe Werken (HNW)",
    description="""\
Werken volgens de principes van Het Nieuwe Werken. In 2015 gaan we over naar een nieuwe locatie waar we volgens \
de principes van het nieuwe werken gaan werken. Een deel van de onze organisatie is hiermee al gestart, sommige \
bij wijze van pilot.

HNW heeft impact op hoe je met elkaar samenwerkt, hoe je aanstuurt en aangestuurd wordt. Medewerkers moeten \
leren meer vanuit zelfsturing te werken en hun grenzen aan te geven. Je fysieke plek waar je werkt verandert. \
Dit heeft invloed op de manier waarop je werkt en je werk-privébalans. HNW vraagt naast flexibiliteit in \
manieren van werken ook flexibiliteit van mensen met betrekking tot het omgaan met veranderingen. De wereld \
verandert continu en de enige constante is, dat er altijd verandering zal zijn.

Het is belangrijk dat je de juiste collega’s weet te vinden om mee samen te werken aan resultaat. Samenwerken \
doordat je verbinding legt met andere mensen. Daarbij gaat het zowel om het samenwerking met collega’s intern \
maar ook met burgers en organisatie in het netwerk. Je werkt vanuit een organisatiebelang en niet per definitie \
vanuit je eigen team of teamverzameling. Het nemen van eigen verantwoordelijkheid voor je eigen handelen en voor \
het behalen van resultaten is ook gedragskenmerk die in een steeds meer fluïde organisatie van belang is. Dit \
raakt overigens meerdere ontwikkelingen naast HNW.

Informatie delen is de nieuwe manier. Veel informatie ligt voor het oppakken. Voor onze eigen organisatie \
betekent dat er meer gedeeld wordt en dat er openheid en transparantie in werkwijze en resultaten wordt \
verwacht. Daardoor zijn we o.a. in staat om op een slimmere manier te werken waardoor we effectiever en \
efficiënter zullen zijn. Allerlei technologische ontwikkelingen ondersteunen hierbij.

HNW verandert ook de manier waarop wij in de gemeente leidinggeven. Als leidinggevende sta je letterlijk verder \
op afstand en zie je niet altijd precies waar iemand mee bezig is, waar hij of zij werkt (thuis, op kantoor of \
elders). Dat vraagt van een leidinggevende dat hij/zij duidelijke afspraken maakt over resultaten en kwaliteit. \
Als leidinggevende (en medewerker) ben je ook steeds meer aan het verbinden in het proces. Dit vraagt meer \
loslaten en vertrouwen en je bent als manager meer gericht op het faciliteren van medewerkers en daar waar nodig \
richting te geven.""",
    goals=(
        GoalData("Sturen op output/outcome voor betere resultaten", learning_goals=(
            LearningGoalData(
                "hnw-resultaatafspraken", "Duidelijke afspraken maken over resultaten en kwaliteit", MANAGERS,
                "Als leidinggevende sta je letterlijk verder op afstand en zie je niet altijd precies waar iemand "
                "mee bezig is, waar hij of zij werkt (thuis, op kantoor of elders). Dat vraagt van een "
                "leidinggevende dat hij/zij duidelijke afspraken maakt over resultaten en kwaliteit."),
            LearningGoalData(
                "hnw-loslaten", "Loslaten en vertrouwen: medewerkers faciliteren en daar waar nodig richting geven",
                MANAGERS,
                "Als leidinggevende (en medewerker) ben je ook steeds meer aan het verbinden in het proces. Dit "
                "vraagt meer loslaten en vertrouwen en je bent als manager meer gericht op het faciliteren van "
                "medewerkers en daar waar nodig richting te geven."),
            LearningGoalData(
                "hnw-eigen-verantwoordelijkheid",
                "Eigen verantwoordelijkheid nemen voor je eigen handelen en voor het behalen van resultaten", ALL,
                "Het nemen van eigen verantwoordelijkheid voor je eigen handelen en voor het behalen van "
                "resultaten is ook gedragskenmerk die in een steeds meer fluïde organisatie van belang is."),
        )),
        GoalData("Slimmer werken (effectiever/efficiënter)", learning_goals=(
            LearningGoalData(
                "hnw-slimmer-werken",
                "Gedeelde informatie en technologische mogelijkheden benutten om slimmer te werken", ALL,
                "Informatie delen is de nieuwe manier. Veel informatie ligt voor het oppakken. Daardoor zijn we "
                "o.a. in staat om op een slimmere manier te werken waardoor we effectiever en efficiënter zullen "
                "zijn. Allerlei technologische ontwikkelingen ondersteunen hierbij."),
        )),
        GoalData("Meer openheid en transparantie in de werkwijze", learning_goals=(
            LearningGoalData(
                "hnw-informatie-delen", "Informatie delen en open en transparant zijn in werkwijze en resultaten",
                ALL,
                "Voor onze eigen organisatie betekent dat er meer gedeeld wordt en dat er openheid en "
                "transparantie in werkwijze en resultaten wordt verwacht."),
        )),
        GoalData("Betere samenwerking met collega’s en partners", learning_goals=(
            LearningGoalData(
                "hnw-samenwerken",
                "De juiste collega’s weten te vinden en verbinding leggen om samen te werken aan resultaat", ALL,
                "Het is belangrijk dat je de juiste collega’s weet te vinden om mee samen te werken aan "
                "resultaat. Samenwerken doordat je verbinding legt met andere mensen. Daarbij gaat het zowel om "
                "het samenwerking met collega’s intern maar ook met burgers en organisatie in het netwerk."),
        )),
        GoalData("Meer werken vanuit het organisatiebelang ofwel de zaak centraal", learning_goals=(
            LearningGoalData(
                "hnw-organisatiebelang",
                "Werken vanuit het organisatiebelang en niet per definitie vanuit je eigen team of "
                "teamverzameling", ALL,
                "Je werkt vanuit een organisatiebelang en niet per definitie vanuit je eigen team of "
                "teamverzameling."),
        )),
        GoalData("Vergroten van de flexibiliteit", learning_goals=(
            LearningGoalData(
                "hnw-zelfsturing", "Meer vanuit zelfsturing werken en je grenzen aangeven", EMPLOYEES,
                "Medewerkers moeten leren meer vanuit zelfsturing te werken en hun grenzen aan te geven. Je "
                "fysieke plek waar je werkt verandert. Dit heeft invloed op de manier waarop je werkt en je "
                "werk-privébalans."),
            LearningGoalData(
                "hnw-omgaan-met-verandering", "Flexibel omgaan met veranderingen", ALL,
                "HNW vraagt naast flexibiliteit in manieren van werken ook flexibiliteit van mensen met "
                "betrekking tot het omgaan met veranderingen. De wereld verandert continu en de enige constante "
                "is, dat er altijd verandering zal zijn."),
        )),
    ),
)

MOBILITEIT = DevelopmentData(
    title="Mobiliteit",
    description="""\
Vergroten van de mobiliteit: stimuleren van meer mobiliteit / beweging in de organisatie. In dit plan leggen we \
wat betreft mobiliteit de focus op het in beweging brengen en houden van mensen en spreken we niet specifiek over \
door- en uitstroom. Reden hiervoor is dat onze organisatie naar alle waarschijnlijkheid richting de toekomst \
kleiner wordt en daarmee de interne ruimte voor doorstroom beperkt wordt en aan de andere kant de grenzen van \
onze organisatie vervagen door samenwerking met andere gemeenten en partijen.

Onze organisatie wordt kleiner en de manier waarop wij zijn georganiseerd verandert in de toekomst ook mogelijk. \
De ruimte om door te groeien wordt kleiner. Dat maakt het belangrijker om in beweging te blijven en jezelf te \
blijven ontwikkelen. Dit vraagt van ons allemaal meer flexibiliteit. Flexibiliteit om te blijven leren en \
ontwikkelen en vooruit te gaan. Als manager en medewerker heb je en neem je zelf verantwoordelijkheid over je \
ontwikkeling en ben je ondernemend. Je werkt voor de gemeente en niet voor een bepaald team. Daar waar je je \
verder kan en wil ontwikkelen zet je de tools die hiervoor beschikbaar zijn in om door te ontwikkelen. Je pakt \
je eigen verantwoordelijkheid door met de juiste personen het gesprek hierover aan te gaan en kansen te zien en \
te benutten. Je kunt goed omgaan met veranderingen die op het pad komen.

Voor een leidinggevende in onze organisatie betekent dit dat ze de medewerkers die willen bewegen hierin \
ondersteunen en het gesprek over de mogelijkheden met hen aangaat. Dat er openheid en vertrouwelijkheid wordt \
gecreëerd zodat mensen hierover in gesprek durven gaan. Daar waar medewerkers niet mee kunnen in de \
ontwikkelingen van onze organisatie wordt ook het gesprek gevoerd om te kijken naar kansen en oplossingen, \
eventueel buiten onze organisatie.

Ondernemerschap en eigen initiatief worden steeds belangrijker. Als ambtenaar wordt je interne en externe \
netwerk bepalender. Je beleeft plezier in het oppakken en initiëren van projecten en initiatieven. Daarin verbind \
je diverse mensen aan elkaar en zet je netwerk in. Het organisatiebelang houd je daarbij in ogenschouw.

In het overzicht van de leerinterventies zijn bijvoorbeeld werk-naar-werk trajecten niet opgenomen.""",
    goals=(
        GoalData("Het verhogen van de flexibiliteit", learning_goals=(
            LearningGoalData(
                "mob-in-beweging", "In beweging blijven: flexibel blijven leren, ontwikkelen en vooruitgaan", ALL,
                "Dat maakt het belangrijker om in beweging te blijven en jezelf te blijven ontwikkelen. Dit "
                "vraagt van ons allemaal meer flexibiliteit. Flexibiliteit om te blijven leren en ontwikkelen en "
                "vooruit te gaan."),
            LearningGoalData(
                "mob-omgaan-met-verandering", "Goed kunnen omgaan met veranderingen die op je pad komen", ALL,
                "Je kunt goed omgaan met veranderingen die op het pad komen."),
        )),
        GoalData("Het bevorderen van het ondernemerschap", learning_goals=(
            LearningGoalData(
                "mob-ondernemerschap",
                "Ondernemend zijn en eigen initiatief nemen: projecten en initiatieven oppakken en initiëren", ALL,
                "Ondernemerschap en eigen initiatief worden steeds belangrijker. Je beleeft plezier in het "
                "oppakken en initiëren van projecten en initiatieven. Het organisatiebelang houd je daarbij in "
                "ogenschouw."),
            LearningGoalData(
                "mob-netwerk", "Je interne en externe netwerk inzetten en diverse mensen aan elkaar verbinden", ALL,
                "Als ambtenaar wordt je interne en externe netwerk bepalender. Daarin verbind je diverse mensen "
                "aan elkaar en zet je netwerk in."),
        )),
        GoalData("Het verhogen van de eigen verantwoordelijkheid op je loopbaan", learning_goals=(
            LearningGoalData(
                "mob-eigen-loopbaan",
                "Zelf verantwoordelijkheid nemen voor je ontwikkeling: de beschikbare tools inzetten, het gesprek "
                "aangaan en kansen zien en benutten", ALL,
                "Als manager en medewerker heb je en neem je zelf verantwoordelijkheid over je ontwikkeling en ben "
                "je ondernemend. Daar waar je je verder kan en wil ontwikkelen zet je de tools die hiervoor "
                "beschikbaar zijn in om door te ontwikkelen. Je pakt je eigen verantwoordelijkheid door met de "
                "juiste personen het gesprek hierover aan te gaan en kansen te zien en te benutten."),
            LearningGoalData(
                "mob-ondersteunen",
                "Medewerkers die willen bewegen ondersteunen en met openheid en vertrouwelijkheid het gesprek over "
                "de mogelijkheden aangaan", MANAGERS,
                "Voor een leidinggevende in onze organisatie betekent dit dat ze de medewerkers die willen "
                "bewegen hierin ondersteunen en het gesprek over de mogelijkheden met hen aangaat. Dat er "
                "openheid en vertrouwelijkheid wordt gecreëerd zodat mensen hierover in gesprek durven gaan."),
            LearningGoalData(
                "mob-kansen-buiten",
                "Met medewerkers die niet mee kunnen in de ontwikkelingen het gesprek voeren over kansen en "
                "oplossingen, eventueel buiten de organisatie", MANAGERS,
                "Daar waar medewerkers niet mee kunnen in de ontwikkelingen van onze organisatie wordt ook het "
                "gesprek gevoerd om te kijken naar kansen en oplossingen, eventueel buiten onze organisatie."),
        )),
    ),
)

ORGANISATIE_VAN_DE_TOEKOMST = DevelopmentData(
    title="Organisatie van de Toekomst",
    description="""\
Verandering richting een netwerkorganisatie ofwel organisatie van de toekomst. In het traject organisatie van de \
toekomst zijn scenario’s voor de toekomst gebouwd. Deze vijf scenario’s worden geven richting aan de toekomst. De vijf \
scenario’s worden verder uitgewerkt en vertaald naar een organisatie ontwikkelplan. Dit organisatie ontwikkelplan \
gaat ook verder in op de exacte opgave voor onze organisatie en de doelen die hierbij passen. De leerinterventies \
die hierbij horen zullen in de loop van het ontwikkelplan ook duidelijker worden gemaakt. Deze zullen, zoals het \
er nu uitziet, vooral gaan spelen vanaf het najaar 2014 en verder.

Ongeacht het scenario of scenario’s waar we op uit komen, is het duidelijk dat we ons meer richting een \
netwerkorganisatie gaan bewegen en dat dit andere vaardigheden vraagt. We zullen meer in staat moeten zijn om te \
verbinden, goed samen te werken in diverse netwerken, flexibel te zijn en ondernemend. Wat dit precies van ons \
vraagt zal zodra er meer focus en duidelijkheid is in dit plan worden beschreven. Dan zullen ook de bijbehorende \
leerinterventies worden opgenomen in het uitvoeringsprogramma. Een aantal leerinterventies dat bij mobiliteit en \
HNW wordt ingezet of bij de strategische thema’s, bevordert tevens de verdere ontwikkeling op deze opgave. Voor \
nu wordt er een stelpost opgenomen zodat in het najaar van 2014 een start met leerinterventies kan worden \
gemaakt.""",
    goals=(
        GoalData(
            "Ontwikkelen richting een netwerkorganisatie met dynamische medewerkers",
            description="De exacte opgave en de doelen die hierbij passen volgen uit het organisatie "
                        "ontwikkelplan; tot die tijd is dit het doel dat het plan noemt (hoofdstuk 1 en §3.3).",
            learning_goals=(
                LearningGoalData(
                    "ovdt-netwerk",
                    "Verbinden, goed samenwerken in diverse netwerken, flexibel en ondernemend zijn", ALL,
                    "We zullen meer in staat moeten zijn om te verbinden, goed samen te werken in diverse "
                    "netwerken, flexibel te zijn en ondernemend."),
            ),
        ),
    ),
)

DEVELOPMENTS = (HNW, MOBILITEIT, ORGANISATIE_VAN_DE_TOEKOMST)

# --- §3.4: strategic themes -------------------------------------------------------------------------------

THEMES = (
    ThemeData("verbinden", "Vermogen tot verbinden", """\
Dit thema vindt zijn oorsprong in burgerparticipatie, in het fysieke domein ook wel bekend als ‘eigen kracht’. \
Geen participatieladders maar echt in verbinding staat en in co-creatie ontwikkelen met elkaar. Op zoek naar \
maximale verbinding zowel met burgers, de markt als je eigen collega’s. De grenzen opzoeken. Het gaat om het \
benutten van de kracht van een ander en je eigen kracht om zo in samenwerking de meerwaarde te creëren. In \
creativiteit processen aanpakken en leren van elkaar. Maar ook open staan voor nieuw ideeën, je niet altijd door \
regels en procedures laten sturen, maar initiatief laten groeien. Ondernemen als ambtenaar. Dit vraagt om \
enthousiasme, nieuwsgierigheid in elkaar, durven verantwoordelijkheid te nemen en soms een beetje lef.

Wanneer je burger of markt vervangt door collega, partner etc. zie je dat dit thema breder in te zetten is. En met \
het traject Vermogen tot verbinden gebeurt dat ook. Het sluit o.a. aan bij de ontwikkelingen waar we als gemeente \
in Organisatie van de Toekomst mee bezig zijn."""),
    ThemeData("hostmanship", "Hostmanship", """\
Hostmanship gaat over andere manieren van samenwerken. Het Nieuwe Werken en Organisatie van de Toekomst zijn o.a. \
aanleiding om met hostmanship te starten. Hostmanship vraagt een andere manier waarop wij met collega’s en \
externe werken en mensen benaderen. Het traject hostmanship wordt vormgegeven volgens de volgende 6 pijlers:
- Dienstbaarheid: de innerlijke overtuiging om de klant te willen dienen
- Het geheel zien: realiseren dat jij de hele organisatie vertegenwoordigt.
- Dialoog: om tot een betere oplossing te komen.
- Verantwoordelijkheid nemen: het probleem bij de klant wegnemen.
- Consideratie: laten merken dat het je echt kan schelen.
- Kennis: goed gebruik maken van je kennis.

Het doel is dus het verbeteren van de samenwerking en op een andere manier benaderen van collega’s en klanten \
(burgers en partners). Bijvangst is dat als je met elkaar volgens de visie van hostmanship handelt, je werk ook \
plezieriger wordt."""),
    ThemeData("zaakgericht", "Zaakgericht werken", """\
Zaakgericht werken en zaaksysteem zijn geen nieuwe termen in onze organisatie. We hebben een verleden hiermee, al \
2 zaaksystemen “versleten”. Dit jaar starten we met een nieuw systeem. Dit is de aanleiding, echter zaakgericht \
werken gaat verder dan het zaaksysteem. Zaakgericht werken is vooral een andere manier van. Bij zaakgericht werken \
gaat het vooral om het denken vanuit mogelijkheden in plaats van problemen. Het is belangrijk dat je als persoon \
het geheel overziet. Jij bent een stap in de dienstverlening dat wordt aangeboden of product dat wordt gemaakt. Of \
dat het opstellen van een begroting of het verlenen van een vergunning is. Bij zaakgericht werken weet je als \
medewerker (ongeacht welke functie je bekleed) wat de gevolgen / consequenties zijn van jou handeling op het werk \
van je collega’s. Je bent je daarvan bewust. Het gaat om vertrouwen en samenwerken aan resultaat. Door het \
systeem dat bij zaakgericht werken ondersteunt, wordt het werken navolgbaar en daarmee meer transparant en open. \
Daardoor ben je als medewerker continu in staat om te verbeteren."""),
)

# --- Tables 1-6 and management development ------------------------------------------------------------------

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
        expenditures=(
            ExpenditureData(_day(6, 12), D("7500.00"), SPENT, "DEMO-2014-010",
                            "Eerste termijn ontwikkeling spelsimulatie (demowaarde)"),
            ExpenditureData(_day(4, 10), D("7500.00"), COMMITTED, "DEMO-2014-005",
                            "Tweede termijn: uitvoering sessies na de zomer (demowaarde)"),
        ),
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
        expenditures=(
            ExpenditureData(_day(6, 30), D("5400.00"), SPENT, "DEMO-2014-011",
                            "Factuur eerste groep (12 deelnemers) (demowaarde)"),
        ),
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
        expenditures=(
            ExpenditureData(_day(5, 15), D("9520.00"), COMMITTED, "DEMO-2014-014",
                            "Opdracht training voor 16 leidinggevenden, najaar 2014 (demowaarde)"),
        ),
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
        expenditures=(
            ExpenditureData(_day(9, 1), D("4320.00"), COMMITTED, "DEMO-2014-019",
                            "Opdracht workshops najaar 2014 (demowaarde)"),
        ),
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
        budget_notes="Het programma duurt 21 weken (document). De bijdrage uit het individueel loopbaanbudget "
                     "(ILB) van 150,00 per deelnemer is een demowaarde: het plan zegt dat bij een aantal "
                     "leerinterventies voor persoonlijke ontwikkeling (een deel van) het ILB wordt gevraagd, "
                     "bij welke staat in bijlage 1, die in de bron ontbreekt.",
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
        budget_notes="Het document noemt deze leerinterventie een event (‘Event - nieuw’).",
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
        budget_notes="Status in het document: ‘nieuw, voortbordurend op lunchlezing’.",
        expenditures=(
            ExpenditureData(_day(5, 22), D("2750.00"), SPENT, "DEMO-2014-016",
                            "Startbijeenkomst hostmanship (demowaarde)"),
            ExpenditureData(_day(6, 2), D("8000.00"), COMMITTED, "DEMO-2014-017",
                            "Opdracht begeleiding teamsessies hostmanship (demowaarde)"),
        ),
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
        duration_hours=D("3"), cost_per_participant=D("125.00"), expected_participants=100, budget_line=False,
    ),
    InterventionData(
        "Tabel 6", "Mediation vaardigheden", EXISTING,
        goal="Het voorkomen, beperken en oplossen van conflicten door een proactieve, persoonsgerichte instelling",
        content="Je traint en oefent je communicatieve en relationele vaardigheden en het omgaan met weerstanden. "
                "Daarnaast krijg je meer inzicht in gedragsstijlen en conflicthantering.",
        target_group="Medewerkers met klantcontact", audience=EMPLOYEES, category=BASIC,
        learning_form=F.training, learning_mix=Mix.formal, kolb_phases=(AC, AE),
        learning_level=Level.self_and_others, duration_days=D("2"),
        cost_per_participant=D("695.00"), expected_participants=12, budget_line=False,
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
        cost_per_participant=D("1250.00"), expected_participants=10, budget_line=False,
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
        duration_days=D("2"), cost_per_participant=D("750.00"), expected_participants=8, budget_line=False,
    ),
    InterventionData(
        "Tabel 6", "Schrijfvaardigheden", PARTLY,
        goal="Beter geschreven brieven en beleid",
        content="Informatie bondig en goed leesbaar op papier kunnen zetten, zonder dat de inhoud aan kracht of "
                "juistheid verliest.",
        target_group="Medewerkers die brieven en beleidsstukken schrijven", audience=EMPLOYEES, category=BASIC,
        learning_form=F.training, learning_mix=Mix.formal, learning_level=Level.self,
        duration_days=D("1"), cost_per_participant=D("325.00"), expected_participants=20, budget_line=False,
    ),
    InterventionData(
        "Tabel 6", "Omgaan met agressie en geweld", EXISTING,
        goal="Beter omgaan met agressie en geweld",
        content="",  # the document leaves the content column empty
        target_group="Medewerkers die in hun werk met agressie en geweld te maken kunnen krijgen (= verplicht)",
        audience=EMPLOYEES, category=BASIC, mandatory=True,
        learning_form=F.training, learning_mix=Mix.formal, learning_level=Level.self_and_others,
        duration_days=D("1"), cost_per_participant=D("175.00"), expected_participants=40, budget_line=False,
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
        budget_notes="Het document noemt geen status; ‘bestaand’ is gekozen omdat de bijeenkomsten het afgeronde "
                     "MD-traject voortzetten.",
        expenditures=(
            ExpenditureData(_day(2, 13), D("2100.00"), SPENT, "DEMO-2014-002",
                            "Zaalhuur en catering eerste bijeenkomst (demowaarde)"),
        ),
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
        budget_notes="Het document noemt geen status (‘deels bestaand’ gekozen: vervolg van het MD-programma). "
                     "§3.5 spreekt van 6 bijeenkomsten per jaar, §4.1 van een halve dag per maand; de duur "
                     "(een halve dag per bijeenkomst) volgt §4.1.",
    ),
)

INTERVENTIONS = TABLE_1_HNW + TABLE_2_MOBILITEIT + TABLES_3_TO_5_THEMES + TABLE_6_BASIC_SKILLS + MANAGEMENT_DEVELOPMENT

# --- §4.2 and table 7: budgets, teams, payroll --------------------------------------------------------------

STRATEGIC_BUDGET = D("314777.00")
FUNCTIONAL_BUDGET = D("314594.00")
PERSONAL_BUDGET = D("357451.62")

BASIC_SKILLS_PLANNED = sum(
    (i.planned_cost for i in TABLE_6_BASIC_SKILLS if i.title != "Omgaan met agressie en geweld"), D("0.00")
) + D("3500.00")  # agressie en geweld: half of its cost, "deels uit strategische opleidingsbudget"

STRATEGIC_LINES = (
    BudgetLineData(
        LineKind.ring_fenced, "Basisvaardigheden (geïsoleerd budget)", BASIC_SKILLS_PLANNED, cap=D("52000.00"),
        notes="Het plan isoleert het bedrag voor de leerinterventies voor basisvaardigheden (tabel 6): het wordt "
              "teruggebracht en niet hoger. Het plafond (het bedrag van 2013) en het geplande bedrag zijn "
              "demowaarden; van ‘Omgaan met agressie en geweld’ komt de helft uit dit budget (‘deels uit "
              "strategische opleidingsbudget’; de verdeling is een demowaarde). Kosten, duur en aantallen "
              "deelnemers van de zes basis-leerinterventies zijn ook demowaarden.",
        expenditures=(
            ExpenditureData(_day(3, 20), D("6250.00"), SPENT, "DEMO-2014-003",
                            "Computer Essentials, eerste twee groepen (demowaarde)"),
            ExpenditureData(_day(4, 17), D("4170.00"), SPENT, "DEMO-2014-006",
                            "Mediation vaardigheden, groep voorjaar (demowaarde)"),
            ExpenditureData(_day(6, 5), D("12500.00"), COMMITTED, "DEMO-2014-012",
                            "Adviseren met Impact, groep najaar (demowaarde)"),
        ),
    ),
    BudgetLineData(
        LineKind.placeholder, "Stelpost Organisatie van de Toekomst", D("40000.00"),
        notes="Stelpost zodat in het najaar van 2014 een aantal leerinterventies kan worden opgestart nadat het "
              "organisatie ontwikkelplan is afgerond (§3.3, §4.2). Het bedrag is een demowaarde.",
    ),
)

CONTINGENCY = BudgetLineData(
    LineKind.contingency, "Onvoorzien", D("9767.00"),
    notes="Post onvoorzien (§4.2). Demowaarde: het restant van het strategisch opleidingsbudget na de andere "
          "regels.",
)

BUDGETS = (
    BudgetData(
        FundingStream.strategic, STRATEGIC_BUDGET,
        notes="Strategisch opleidingsbudget 2014 (tabel 7): leren en ontwikkelen gericht op de ondersteuning van de "
              "strategische ontwikkeling van de organisatie, zoals beschreven in dit plan. De verdeling over de "
              "regels staat in de begroting (bijlage 2), die in de bron ontbreekt: de bedragen van de regels zijn "
              "demowaarden.",
        lines=(*STRATEGIC_LINES, CONTINGENCY),
    ),
    BudgetData(
        FundingStream.functional, FUNCTIONAL_BUDGET,
        notes="Functioneel opleidingsplan 2014 (tabel 7): een gecentraliseerd budget voor opleidingen die nodig "
              "zijn om de functie naar behoren uit te kunnen voeren, op basis van de formatie op 1 januari "
              "toegerekend naar de teams. De teams en hun FTE zijn demowaarden.",
    ),
    BudgetData(
        FundingStream.personal, PERSONAL_BUDGET,
        notes="Opleidingsbudget Persoonlijke ontwikkeling 2014 (tabel 7): gepositioneerd bij de teams, voor brede "
              "inzetbaarheid en competentieontwikkeling, inclusief het individueel loopbaanbudget (ILB). De teams "
              "en hun FTE zijn demowaarden.",
    ),
)

# Demowaarden: the document names no teams; a plausible municipal organisation of about 850 FTE.
TEAMS = (
    TeamData("Publiekszaken en Dienstverlening", D("92.40")),
    TeamData("Werk en Inkomen", D("118.60")),
    TeamData("Zorg en Welzijn", D("64.20")),
    TeamData("Ruimtelijke Ontwikkeling", D("71.80")),
    TeamData("Vergunningverlening, Toezicht en Handhaving", D("86.30")),
    TeamData("Openbare Ruimte", D("142.50")),
    TeamData("Financiën en Control", D("48.70")),
    TeamData("Personeel en Organisatie", D("31.20")),
    TeamData("Informatievoorziening en ICT", D("57.90")),
    TeamData("Bestuurs- en Concernzaken", D("39.40")),
    TeamData("Economie, Cultuur en Sport", D("44.60")),
    TeamData("Facilitaire Zaken", D("52.80")),
)

PAYROLL = D("49500000.00")
PAYROLL_NOTES = (
    "Demowaarde: het plan noemt geen loonsom, alleen dat in 2014 ongeveer 2% van de loonsom naar het totale "
    "opleidingsbudget gaat (986.822,62 is 1,99% van deze loonsom) en dat het streven richting 2020 3% is."
)

DEVENTER_PLAN = PlanData(
    title="Strategisch leer & ontwikkelplan 2014-2017",
    first_year=2014,
    last_year=2017,
    status=PlanStatus.adopted,
    summary=SUMMARY,
    review_notes=REVIEW_NOTES,
    developments=DEVELOPMENTS,
    themes=THEMES,
    interventions=INTERVENTIONS,
    programme_year=YEAR,
    budgets=BUDGETS,
    teams=TEAMS,
    payroll=PAYROLL,
    payroll_notes=PAYROLL_NOTES,
    intervention_line_note=INTERVENTION_LINE_NOTE,
)
