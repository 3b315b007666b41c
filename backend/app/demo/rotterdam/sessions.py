"""Rotterdam's trainers and closing days (its sessions are the cohort's, generated from the programme): the
offices are closed between Christmas and New Year, so the traineeship's schedule skips those days."""

from datetime import date

from app.demo.build.sessions import TrainerData

TRAINERS = (TrainerData("Tessa Verhoef (demo)", "Stadsacademie Rotterdam (demo)", "t.verhoef@stadsacademie.demo"),)
# 24 December 2026 to 2 January 2027, without the weekend and the public holidays (25 and 26 December, 1 January)
CLOSING_DAYS = tuple((day, "Kerstsluiting") for day in (date(2026, 12, 24), date(2026, 12, 28), date(2026, 12, 29),
                                                        date(2026, 12, 30), date(2026, 12, 31)))
