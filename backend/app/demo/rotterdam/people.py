"""Rotterdam's people for the demo: the 20 trainees of "Traineeship 2026-A" (fictitious, spread over the teams
they are placed in), their coaches, colleagues who act as buddies, and the 16 trainees of the finished
"Traineeship 2025-A"."""

from app.demo.build.people import fictitious_staff

TRAINEES = fictitious_staff("rotterdam.demo", [
    ("Stadsontwikkeling", 5), ("Maatschappelijke Ontwikkeling", 5), ("Stadsbeheer", 4),
    ("Bestuursdienst", 3), ("Dienstverlening", 3),
], prefix="RT")
COACHES = fictitious_staff("rotterdam.demo", [("Concern HR", 3)], prefix="RC", offset=20)
BUDDIES = fictitious_staff("rotterdam.demo", [("Stadsontwikkeling", 2), ("Stadsbeheer", 2)], prefix="RB",
                           offset=23)
# the 16 trainees of the earlier, finished cohort "Traineeship 2025-A"
FORMER_TRAINEES = fictitious_staff("rotterdam.demo", [
    ("Stadsontwikkeling", 4), ("Maatschappelijke Ontwikkeling", 4), ("Stadsbeheer", 3), ("Bestuursdienst", 3),
    ("Dienstverlening", 2),
], prefix="RP", offset=27)
STAFF = TRAINEES + COACHES + BUDDIES + FORMER_TRAINEES
