"""A session's attendees (the people expected there) and their attendance (aanwezigheid: present or absent, empty
until taken). People are added by id, never beyond the session's capacity (409 saying how many places are left);
attendance is taken for many at once, and only for attendees (400 naming the entry that is not one)."""

import uuid
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlmodel import Session

from app.core import audit
from app.core.errors import Conflict, InvalidInput, NotFound, field_error
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.people.models import Person
from app.sessions import service as sessions
from app.sessions.models import Attendance, Attendee, LearningSession
from app.sessions.schemas import AttendanceTake, AttendeeRead, AttendeesAdd

ENTITY = "session"
SORTABLE = {"name": Person.name, "team": Person.team, "employeeNumber": Person.employee_number}


def _attendees(scope: Scope, session_id: uuid.UUID) -> Any:
    return (select(Attendee.person_id, Person.name, Person.employee_number, Person.team, Person.left_on,
                   Attendee.attendance)
            .join(Person, Person.id == Attendee.person_id)
            .where(Attendee.session_id == session_id, Attendee.organisation_id == scope.organisation_id))


def not_absent(db: Session, scope: Scope, session_id: uuid.UUID) -> list[uuid.UUID]:
    """The people of a session's attendees whose attendance is not `absent` (present, or not taken yet)."""
    return list(db.scalars(select(Attendee.person_id).where(
        Attendee.session_id == session_id, Attendee.organisation_id == scope.organisation_id,
        or_(Attendee.attendance.is_(None), Attendee.attendance != Attendance.absent))))


def _to_read(row: Any) -> AttendeeRead:
    return AttendeeRead(person_id=row[0], name=row[1], employee_number=row[2], team=row[3], left_on=row[4],
                        attendance=row[5])


def list_attendees(db: Session, scope: Scope, params: PageParams, *, session_id: uuid.UUID) -> Page[AttendeeRead]:
    """By name; sortable on name, team, employeeNumber."""
    session = sessions.session_for(db, scope, session_id)
    return paginate(db, _attendees(scope, session.id), params, sortable=SORTABLE, default_sort=["name"],
                    tiebreaker=Person.id, to_item=_to_read)


def _current(db: Session, session_id: uuid.UUID) -> dict[uuid.UUID, Any]:
    return {row[0]: row[1] for row in db.execute(select(Attendee.person_id, Attendee.attendance)
                                                 .where(Attendee.session_id == session_id))}


def add_attendees(db: Session, scope: Scope, *, session_id: uuid.UUID, data: AttendeesAdd) -> LearningSession:
    """Adds the people who are not attending yet. Unknown people: 400 on each `/personIds/<i>`; more than the
    places left: 409 `session_full` (params capacity, placesLeft, requested), and nobody is added."""
    session = sessions.session_for(db, scope, session_id)
    known = set(db.scalars(select(Person.id).where(Person.organisation_id == scope.organisation_id,
                                                   Person.id.in_(data.person_ids))))
    errors = [field_error(f"/personIds/{index}", f"There is no person with id {value} in your organisation.",
                          "unknown_id") for index, value in enumerate(data.person_ids) if value not in known]
    if errors:
        raise InvalidInput(detail="A person does not exist in this organisation.", errors=errors)
    current = _current(db, session.id)
    new = [value for value in data.person_ids if value not in current]
    if session.capacity is not None and len(current) + len(new) > session.capacity:
        left = max(0, session.capacity - len(current))
        places = "no places" if left == 0 else "1 place" if left == 1 else f"{left} places"
        raise Conflict(f"The session has {places} left (capacity {session.capacity}); {len(new)} people were asked "
                       "for.", problem="session_full",
                       problem_params={"capacity": session.capacity, "placesLeft": left, "requested": len(new)})
    if new:
        db.execute(insert(Attendee), [{"session_id": session.id, "person_id": value,
                                       "organisation_id": scope.organisation_id} for value in new])
        audit.record(db, scope=scope, action=f"{ENTITY}.attendees_added", entity_type=ENTITY, entity_id=session.id,
                     changes={"personIds": {"from": None, "to": sorted(map(str, new))}})
    return session


def remove_attendee(db: Session, scope: Scope, *, session_id: uuid.UUID, person_id: uuid.UUID) -> None:
    """404 when the person does not attend the session."""
    session = sessions.session_for(db, scope, session_id)
    removed = db.execute(delete(Attendee).where(Attendee.session_id == session.id, Attendee.person_id == person_id))
    if not removed.rowcount:
        raise NotFound("This person does not attend this session.")
    audit.record(db, scope=scope, action=f"{ENTITY}.attendee_removed", entity_type=ENTITY, entity_id=session.id,
                 changes={"personIds": {"from": [str(person_id)], "to": None}})


def take_attendance(db: Session, scope: Scope, *, session_id: uuid.UUID, data: AttendanceTake) -> LearningSession:
    """Sets each entry's attendance (present, absent, or null to clear it); the others stay as they are. An entry
    for someone who does not attend: 400 on `/entries/<i>/personId`, and nothing is written."""
    session = sessions.session_for(db, scope, session_id)
    current = _current(db, session.id)
    errors = [field_error(f"/entries/{index}/personId", "This person does not attend this session; add them "
                          "first.", "not_an_attendee") for index, entry in enumerate(data.entries)
              if entry.person_id not in current]
    if errors:
        raise InvalidInput(detail="Attendance can only be taken for the session's attendees.", errors=errors)
    changed = [entry for entry in data.entries if current[entry.person_id] != entry.attendance]
    for value in {entry.attendance for entry in changed}:  # one UPDATE per value, however many people
        db.execute(update(Attendee).where(Attendee.session_id == session.id, Attendee.person_id.in_(
            [entry.person_id for entry in changed if entry.attendance == value])).values(attendance=value))
    changes = {str(entry.person_id): {"from": current[entry.person_id], "to": entry.attendance} for entry in changed}
    if changes:
        audit.record(db, scope=scope, action=f"{ENTITY}.attendance_taken", entity_type=ENTITY,
                     entity_id=session.id, changes={"attendance": changes})
    return session

