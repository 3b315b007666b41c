"""Deventer's 2014 sessions: the execution programme's trainings of a day or longer (the plan evaluates those), each
given by a fictitious trainer at a location in Deventer to 8-16 of the demo staff. Sessions up to September are
held, with attendance taken; one was cancelled and given again in November; the rest of the year is planned."""

from datetime import date, time

from app.demo.build.sessions import SessionData, TrainerData
from app.demo.deventer.people import STAFF
from app.sessions.models import SessionStatus

TRAINERS = (
    TrainerData("Marieke Hofstede (demo)", "Trainingsbureau IJsselkracht (demo)", "m.hofstede@ijsselkracht.demo"),
    TrainerData("Ruben Aalbers (demo)", "Aalbers Leiderschap (demo)", "ruben@aalbers.demo"),
    TrainerData("Sevda Kaya (demo)", "Bureau Verbinding (demo)", "sevda@bureauverbinding.demo"),
    TrainerData("Jeroen Lammers (demo)", "Veilig Werken Oost (demo)", "j.lammers@veiligwerkenoost.demo"),
)
CLOSING_DAYS = ((date(2014, 12, 29), "Kerstsluiting"), (date(2014, 12, 30), "Kerstsluiting"),
                (date(2014, 12, 31), "Kerstsluiting"))

STADHUIS = "Stadhuis Deventer, Grote Kerkhof, zaal De Waag"
LEEUWENBRUG = "Stadskantoor Leeuwenbrug, trainingsruimte 3"
BOREEL = "De Boreel, zaal Hanze"
DAY, MORNING = (time(9), time(16, 30)), (time(9), time(12, 30))
HELD, CANCELLED = SessionStatus.held, SessionStatus.cancelled


def group(seed: int, size: int) -> tuple[str, ...]:
    """`size` different people from across the teams (277 is prime, so the stride never repeats one)."""
    return tuple(STAFF[(seed * 41 + k * 23) % len(STAFF)].employee_number for k in range(size))


def days(intervention: str, dates: tuple[date, ...], people: tuple[str, ...], *, location: str, trainer: str,
         capacity: int, status: SessionStatus = SessionStatus.planned, absent: tuple[int, ...] = (),
         hours: tuple[time, time] = DAY) -> tuple[SessionData, ...]:
    """A training of several days: one session a day with the same group (`absent`: indexes into the group, away
    on the first day)."""
    count = len(dates)
    return tuple(SessionData(
        intervention, day, *hours, location=location, trainer=trainer, attendees=people, capacity=capacity,
        status=status, absent=tuple(people[i] for i in absent) if n == 0 else (),
        title=f"Dag {n + 1} van {count}" if count > 1 else "") for n, day in enumerate(dates))


LASTIGE_GROEP = group(7, 12)
SESSIONS = (
    *days("Omgaan met agressie en geweld", (date(2014, 2, 18),), group(1, 16), location=BOREEL,
          trainer="Jeroen Lammers (demo)", capacity=16, status=HELD, absent=(4,)),
    *days("Gesprekstechnieken", (date(2014, 3, 11), date(2014, 3, 18)), group(2, 14), location=STADHUIS,
          trainer="Marieke Hofstede (demo)", capacity=16, status=HELD, absent=(2, 9)),
    *days("Outputgericht aansturen", (date(2014, 4, 8), date(2014, 4, 15)), group(3, 10), location=LEEUWENBRUG,
          trainer="Ruben Aalbers (demo)", capacity=12, status=HELD),
    *days("Vermogen tot verbinden", (date(2014, 5, 13), date(2014, 5, 20), date(2014, 6, 3)), group(4, 16),
          location=STADHUIS, trainer="Sevda Kaya (demo)", capacity=16, status=HELD, absent=(11,)),
    *days("Omgaan met agressie en geweld", (date(2014, 6, 24),), group(5, 15), location=BOREEL,
          trainer="Jeroen Lammers (demo)", capacity=16, status=HELD, absent=(0, 6)),
    SessionData("Voeren lastige gesprekken", date(2014, 9, 16), *DAY, location=LEEUWENBRUG,
                trainer="Marieke Hofstede (demo)", attendees=LASTIGE_GROEP, capacity=16, status=CANCELLED,
                notes="Trainer ziek; verplaatst naar 4 november."),
    *days("Vermogen tot verbinden", (date(2014, 10, 7), date(2014, 10, 14), date(2014, 10, 28)), group(6, 16),
          location=STADHUIS, trainer="Sevda Kaya (demo)", capacity=16),
    SessionData("Voeren lastige gesprekken", date(2014, 11, 4), *DAY, location=LEEUWENBRUG,
                trainer="Marieke Hofstede (demo)", attendees=LASTIGE_GROEP, capacity=16,
                notes="Inhaaldag voor 16 september."),
    *days("Mediation vaardigheden", (date(2014, 11, 18), date(2014, 11, 25)), group(8, 8), location=BOREEL,
          trainer="Sevda Kaya (demo)", capacity=12),
    *days("Omgaan met agressie en geweld", (date(2014, 12, 2),), group(9, 12), location=BOREEL,
          trainer="Jeroen Lammers (demo)", capacity=16, hours=MORNING),
)
