"""People for the demo: fictitious employees, made up from first names and surnames so that no real person is
named, over the organisation's teams; keyed by employee number so cohorts and sessions can name them."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session

from app.people.models import Person

FIRST_NAMES = (
    "Anouk", "Bram", "Chantal", "Daan", "Esra", "Femke", "Gijs", "Hanna", "Ilias", "Jasmijn", "Koen", "Lotte",
    "Mehmet", "Noor", "Olaf", "Priya", "Quinten", "Roos", "Sanne", "Thijs", "Ugo", "Vera", "Wessel", "Yara",
    "Zeynep", "Aziz", "Bente", "Cas", "Dewi", "Elif", "Floor", "Guus", "Hidde", "Iris", "Joost", "Kiki",
)
SURNAMES = (
    "de Vries (demo)", "Jansen (demo)", "Bakker (demo)", "Visser (demo)", "Smit (demo)", "Meijer (demo)",
    "de Boer (demo)", "Mulder (demo)", "Bos (demo)", "Vos (demo)", "Peters (demo)", "Hendriks (demo)",
    "van Dijk (demo)", "Yilmaz (demo)", "El Amrani (demo)", "Kramer (demo)", "Schouten (demo)", "Postma (demo)",
)


@dataclass(frozen=True)
class PersonData:
    employee_number: str
    name: str
    team: str
    email: str


def fictitious_staff(domain: str, teams: Sequence[tuple[str, int]], *, prefix: str,
                     offset: int = 0) -> tuple[PersonData, ...]:
    """`count` made-up people per (team, count), numbered `<prefix>00001`…, with e-mail at `domain`. The same
    arguments give the same people."""
    people = []
    number = offset
    for team, count in teams:
        for _ in range(count):
            first = FIRST_NAMES[number % len(FIRST_NAMES)]
            surname = SURNAMES[(number // len(FIRST_NAMES) + number) % len(SURNAMES)]
            local = f"{first}.{surname.split(' (')[0]}".lower().replace(" ", "")
            number += 1
            people.append(PersonData(f"{prefix}{number:05d}", f"{first} {surname}", team,
                                     f"{local}.{number}@{domain}"))
    return tuple(people)


def load_people(db: Session, organisation_id: uuid.UUID, people: Sequence[PersonData]) -> dict[str, Person]:
    """The people, by employee number."""
    rows = {p.employee_number: Person(organisation_id=organisation_id, employee_number=p.employee_number,
                                      name=p.name, email=p.email, team=p.team) for p in people}
    db.add_all(rows.values())
    db.flush()
    return rows
