# The document's own typography (curly quotes, en dashes) is kept in its text.
# ruff: noqa: RUF001
"""Gemeente Deventer, strategisch leer- en ontwikkelplan 2014-2017: chapters 1-3 (the plan, its developments,
goals and learning goals) and §3.4 (the strategic themes), transcribed as demo data.

Long on purpose: it is the document's own text, not code. Titles and descriptions are as the document gives
them; only line breaks and hyphenation from the PDF were repaired. The learning goals' wording condenses the
sentences quoted in their descriptions.
"""

from app.core.vocabulary import Audience
from app.demo.build.plans import DevelopmentData, GoalData, LearningGoalData, PlanData, ThemeData
from app.plans.models import PlanStatus

ALL, EMPLOYEES, MANAGERS = Audience.all, Audience.employees, Audience.managers
PROGRAMME_YEAR = 2014  # the year of the execution programme (uitvoeringsprogramma) the plan gives

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


PLAN = PlanData(
    title="Strategisch leer & ontwikkelplan 2014-2017",
    first_year=2014,
    last_year=2017,
    status=PlanStatus.adopted,
    summary=SUMMARY,
    review_notes=REVIEW_NOTES,
    developments=DEVELOPMENTS,
    themes=THEMES,
)
