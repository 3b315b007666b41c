# The document's own typography (curly quotes, en dashes) is kept in its text.
# ruff: noqa: RUF001
"""Gemeente Deventer, plan 2014-2017: §4.2 and table 7 (the budgets of 2014), with the teams and the payroll.

The three budgets are the document's; their lines, the teams and FTE, the payroll and every expenditure are
plausible choices for the demo, and each says so in its notes or description ("demowaarde").
"""

import datetime
from decimal import Decimal

from app.budgets.models import ExpenditureStatus, LineKind
from app.core.vocabulary import FundingStream
from app.demo.build.budgets import (
    BudgetData,
    BudgetLineData,
    BudgetsData,
    ExpenditureData,
    InterventionLineData,
    TeamData,
)
from app.demo.deventer.catalogue import TABLE_6_BASIC_SKILLS
from app.demo.deventer.plan import PROGRAMME_YEAR

D = Decimal
COMMITTED, SPENT = ExpenditureStatus.committed, ExpenditureStatus.spent

# Said on every budget line of an intervention: the plan's itemised budget (bijlage 2) is not in the source.
INTERVENTION_LINE_NOTE = (
    "Demowaarde: het plan noemt geen kosten per leerinterventie (de begroting in bijlage 2 ontbreekt in de "
    "bron). Bedrag, duur en aantal deelnemers van deze leerinterventie zijn voor de demo gekozen."
)


def _day(month: int, day: int) -> datetime.date:
    return datetime.date(PROGRAMME_YEAR, month, day)


# Every intervention of tables 1-5 and management development has a strategic line at its cost; the basic
# skills of table 6 share the ring-fenced line below.
INTERVENTION_LINES = (
    InterventionLineData(
        "Spelsimulatie HNW",
        expenditures=(
            ExpenditureData(_day(6, 12), D("7500.00"), SPENT, "DEMO-2014-010",
                            "Eerste termijn ontwikkeling spelsimulatie (demowaarde)"),
            ExpenditureData(_day(4, 10), D("7500.00"), COMMITTED, "DEMO-2014-005",
                            "Tweede termijn: uitvoering sessies na de zomer (demowaarde)"),
        ),
    ),
    InterventionLineData("Leren plaats en tijd onafhankelijk werken"),
    InterventionLineData(
        "Gesprekstechnieken",
        expenditures=(
            ExpenditureData(_day(6, 30), D("5400.00"), SPENT, "DEMO-2014-011",
                            "Factuur eerste groep (12 deelnemers) (demowaarde)"),
        ),
    ),
    InterventionLineData("Online communiceren"),
    InterventionLineData("Slimmer werken voor dummies en gevorderden"),
    InterventionLineData("Tijdsurfen - In balans blijven met HNW"),
    InterventionLineData("Ambtelijk ondernemerschap"),
    InterventionLineData(
        "Outputgericht aansturen",
        expenditures=(
            ExpenditureData(_day(5, 15), D("9520.00"), COMMITTED, "DEMO-2014-014",
                            "Opdracht training voor 16 leidinggevenden, najaar 2014 (demowaarde)"),
        ),
    ),
    InterventionLineData("Fit blijven in je virtuele kantoor (ARBO)"),
    InterventionLineData("Feedback"),
    InterventionLineData("Vraagstukken met elkaar verder brengen"),
    InterventionLineData("Omgaan met verandering"),
    InterventionLineData("Waarderend ontwikkelen EVENT"),
    InterventionLineData(
        "Leren netwerken",
        expenditures=(
            ExpenditureData(_day(9, 1), D("4320.00"), COMMITTED, "DEMO-2014-019",
                            "Opdracht workshops najaar 2014 (demowaarde)"),
        ),
    ),
    InterventionLineData("Beïnvloedingsstijlen"),
    InterventionLineData("Loopbaanmodules (Aanbod LAC)"),
    InterventionLineData(
        "E-coaching – Reis naar jezelf",
        notes="Het programma duurt 21 weken (document). De bijdrage uit het individueel loopbaanbudget "
              "(ILB) van 150,00 per deelnemer is een demowaarde: het plan zegt dat bij een aantal "
              "leerinterventies voor persoonlijke ontwikkeling (een deel van) het ILB wordt gevraagd, "
              "bij welke staat in bijlage 1, die in de bron ontbreekt.",
    ),
    InterventionLineData(
        "Personal branding",
        notes="Het document noemt deze leerinterventie een event (‘Event - nieuw’).",
    ),
    InterventionLineData("Aan de slag met levensfasen"),
    InterventionLineData("Voeren lastige gesprekken"),
    InterventionLineData("Vitaliteitbevordering"),
    InterventionLineData("Vermogen tot verbinden"),
    InterventionLineData(
        "Traject Hostmanship",
        notes="Status in het document: ‘nieuw, voortbordurend op lunchlezing’.",
        expenditures=(
            ExpenditureData(_day(5, 22), D("2750.00"), SPENT, "DEMO-2014-016",
                            "Startbijeenkomst hostmanship (demowaarde)"),
            ExpenditureData(_day(6, 2), D("8000.00"), COMMITTED, "DEMO-2014-017",
                            "Opdracht begeleiding teamsessies hostmanship (demowaarde)"),
        ),
    ),
    InterventionLineData("Zaakgericht werken"),
    InterventionLineData(
        "Esprit de corps bijeenkomsten",
        notes="Het document noemt geen status; ‘bestaand’ is gekozen omdat de bijeenkomsten het afgeronde "
              "MD-traject voortzetten.",
        expenditures=(
            ExpenditureData(_day(2, 13), D("2100.00"), SPENT, "DEMO-2014-002",
                            "Zaalhuur en catering eerste bijeenkomst (demowaarde)"),
        ),
    ),
    InterventionLineData(
        "Ontwikkelbijeenkomsten managers (vervolg MD)",
        notes="Het document noemt geen status (‘deels bestaand’ gekozen: vervolg van het MD-programma). "
              "§3.5 spreekt van 6 bijeenkomsten per jaar, §4.1 van een halve dag per maand; de duur "
              "(een halve dag per bijeenkomst) volgt §4.1.",
    ),
)

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

# Demowaarden: the document names no teams; a plausible municipal organisation of about 850 FTE. The note is the
# document's (§1): the team managers were asked for their team's learning question in November - January.
TEAM_NOTE = ("Leervraag op teamniveau en vakinhoudelijk opgehaald bij de teammanager (november - januari), om het "
             "team daarin vanuit P&O te faciliteren; gefinancierd uit het functionele opleidingsbudget. "
             "Team en FTE zijn demowaarden.")
TEAMS = tuple(TeamData(team.name, team.fte, TEAM_NOTE) for team in (
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
))

PAYROLL = D("49500000.00")
PAYROLL_NOTES = (
    "Demowaarde: het plan noemt geen loonsom, alleen dat in 2014 ongeveer 2% van de loonsom naar het totale "
    "opleidingsbudget gaat (986.822,62 is 1,99% van deze loonsom) en dat het streven richting 2020 3% is."
)

BUDGETS_2014 = BudgetsData(
    year=PROGRAMME_YEAR,
    budgets=BUDGETS,
    teams=TEAMS,
    payroll=PAYROLL,
    payroll_notes=PAYROLL_NOTES,
    intervention_lines=INTERVENTION_LINES,
    intervention_line_note=INTERVENTION_LINE_NOTE,
)
