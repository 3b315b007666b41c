"""Deventer's staff for the demo: a few hundred fictitious employees over the plan's 12 teams (about one in three
of each team's FTE), so sessions and their evaluation rounds have people to ask."""

from app.demo.build.people import fictitious_staff
from app.demo.deventer.budgets import TEAMS

STAFF = fictitious_staff("deventer.demo", [(team.name, max(8, int(team.fte) // 3)) for team in TEAMS],
                         prefix="DV")
