"""Rotterdam's people for the demo: the 20 trainees of "Traineeship 2026-A" (fictitious, spread over the teams
they are placed in), their coaches, and colleagues who act as buddies."""

from app.demo.build.people import fictitious_staff

TRAINEES = fictitious_staff("rotterdam.demo", [
    ("Stadsontwikkeling", 5), ("Maatschappelijke Ontwikkeling", 5), ("Stadsbeheer", 4),
    ("Bestuursdienst", 3), ("Dienstverlening", 3),
], prefix="RT")
COACHES = fictitious_staff("rotterdam.demo", [("Concern HR", 3)], prefix="RC", offset=20)
BUDDIES = fictitious_staff("rotterdam.demo", [("Stadsontwikkeling", 2), ("Stadsbeheer", 2)], prefix="RB",
                           offset=23)
STAFF = TRAINEES + COACHES + BUDDIES
