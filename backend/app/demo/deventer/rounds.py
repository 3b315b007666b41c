"""Deventer's evaluations (every intervention of a day or longer is evaluated by its participants): an anonymous
round of the published evaluation form on the last day of each training held in 2014, open from that day for two
weeks, closed, answered by most of those present. Demo data (seeded synthetic answers)."""

import uuid
from collections import defaultdict
from datetime import timedelta

from sqlmodel import Session, select

from app.core.vocabulary import AnonymityMode, RoundMoment
from app.demo.build.rounds import RoundData, RoundSeries, at, load_rounds
from app.questionnaires.models import Instrument
from app.sessions.models import Attendance, Attendee, LearningSession, SessionStatus

ANSWERING = 0.85  # the share of those present who answered


def load_evaluation_rounds(db: Session, organisation_id: uuid.UUID) -> dict[str, int]:
    instrument_id = db.exec(select(Instrument.id).where(Instrument.organisation_id == organisation_id,
                                                        Instrument.template_key == "intervention_evaluation")).one()
    held = db.exec(select(LearningSession).where(LearningSession.organisation_id == organisation_id,
                                                 LearningSession.status == SessionStatus.held)
                   .order_by(LearningSession.day)).all()
    present: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for session_id, person_id in db.exec(select(Attendee.session_id, Attendee.person_id).where(
            Attendee.organisation_id == organisation_id, Attendee.attendance == Attendance.present)
            .order_by(Attendee.person_id)).all():
        present[session_id].append(person_id)
    # a training of several days is evaluated once, on its last day ("Dag 3 van 3"); a one-day one on its day
    last_days = [s for s in held if not s.title or s.title.split()[1] == s.title.split()[-1]]
    series = []
    for seed, session in enumerate(last_days):
        invitees = present[session.id]
        opens = at(session.day, 16)
        series.append(RoundSeries(instrument_id, session.id, False, invitees, (
            RoundData(RoundMoment.evaluation, opens, opens + timedelta(days=14),
                      answered=round(len(invitees) * ANSWERING)),), anonymity=AnonymityMode.anonymous, seed=seed))
    return load_rounds(db, organisation_id, series)
