"""Deventer's evaluations (every intervention of a day or longer is evaluated by its participants): an anonymous
round of the published evaluation form on the last day of each training held in 2014, open from that day for two
weeks, closed, answered by most of those present. Demo data (seeded synthetic answers).

The answers depend on who gave the training and where, so the evaluation report per trainer and per location
shows something: Jeroen Lammers is rated about 4.5 of 5, Marieke Hofstede about 3.6; the rooms of De Boreel score
lower (about 3.0) than the Stadhuis (about 4.3). Content and added value follow the trainer a little, and the
overall mark (0-10) follows the trainer and the location. The open question is optional: some six in ten write
something, at De Boreel now and then about its rooms."""

import random
import uuid
from collections import defaultdict
from datetime import timedelta

from sqlmodel import Session, select

from app.core.vocabulary import AnonymityMode, EvaluationAspect, QuestionType, RoundMoment
from app.demo.build.rounds import Answerer, AnswerValue, RoundData, RoundSeries, at, clamp, default_answer, load_rounds
from app.demo.deventer.sessions import BOREEL, LEEUWENBRUG, STADHUIS
from app.questionnaires.models import Instrument, Question
from app.sessions.models import Attendance, Attendee, LearningSession, SessionStatus, Trainer

ANSWERING = 0.85  # the share of those present who answered
# the mean rating (1-5) of the trainer aspect, per trainer; others 3.9
TRAINER_MEAN = {"Jeroen Lammers (demo)": 4.5, "Marieke Hofstede (demo)": 3.6, "Sevda Kaya (demo)": 4.1,
                "Ruben Aalbers (demo)": 3.9}
# the mean rating (1-5) of the location and its facilities, per location; others 3.8
LOCATION_MEAN = {BOREEL: 3.0, STADHUIS: 4.3, LEEUWENBRUG: 3.8}
OPEN_SHARE = 0.6  # the share who write something in the open question (it is optional)
OPEN_TEXTS = (
    "De trainer gaf veel voorbeelden uit de praktijk; daardoor bleef het goed hangen.",
    "Sterk dat we met casussen uit ons eigen werk aan de slag gingen.",
    "Meer tijd om te oefenen en wat minder theorie, graag.",
    "Graag over een paar maanden een terugkomsessie om ervaringen te delen.",
    "De hand-outs had ik graag vooraf gehad.",
    "Het tempo lag 's middags wat laag.",
    "Goede catering en makkelijk te bereiken met het openbaar vervoer.",
    "Heldere uitleg en een fijne groep; ik neem concrete afspraken mee naar mijn team.",
)
BOREEL_TEXTS = (
    "De zaal was krap en warm, en parkeren bij De Boreel was lastig.",
    "De ruimte was rumoerig; de beamer deed het pas na een half uur.",
)


def evaluation_answerer(trainer: str, location: str) -> Answerer:
    """The answers of one session's evaluation: the scales around its trainer's and location's means."""
    rated = TRAINER_MEAN.get(trainer, 3.9)
    room = LOCATION_MEAN.get(location, 3.8)

    def answer(question: Question, respondent: int, series_index: int, rng: random.Random) -> AnswerValue | None:
        aspect = question.evaluation_aspect
        if question.type == QuestionType.likert_5 and aspect is not None:
            mean = {EvaluationAspect.trainer: rated, EvaluationAspect.location: room,
                    EvaluationAspect.content: 3.4 + (rated - 3.9) * 0.5 + 0.4,
                    EvaluationAspect.added_value: 3.7 + (rated - 3.9) * 0.6}.get(EvaluationAspect(aspect), 3.8)
            return clamp(rng.gauss(mean, 0.6), 1, 5)
        if question.type == QuestionType.scale_0_10 and aspect == EvaluationAspect.overall:
            return clamp(rng.gauss(7.3 + (rated - 3.9) * 1.5 + (room - 3.8) * 0.5, 0.9), 0, 10)
        if question.type == QuestionType.open_text:
            if rng.random() >= OPEN_SHARE:
                return None
            texts = OPEN_TEXTS + (BOREEL_TEXTS if location == BOREEL else ())
            return texts[rng.randrange(len(texts))]
        return default_answer(question, respondent, series_index, rng)

    return answer


def load_evaluation_rounds(db: Session, organisation_id: uuid.UUID) -> dict[str, int]:
    instrument_id = db.exec(select(Instrument.id).where(Instrument.organisation_id == organisation_id,
                                                        Instrument.template_key == "intervention_evaluation")).one()
    held = db.exec(select(LearningSession).where(LearningSession.organisation_id == organisation_id,
                                                 LearningSession.status == SessionStatus.held)
                   .order_by(LearningSession.day)).all()
    trainers = dict(db.exec(select(Trainer.id, Trainer.name).where(Trainer.organisation_id == organisation_id)).all())
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
                      answered=round(len(invitees) * ANSWERING)),), anonymity=AnonymityMode.anonymous, seed=seed,
            answer=evaluation_answerer(trainers.get(session.trainer_id, "") if session.trainer_id else "",
                                       session.location)))
    return load_rounds(db, organisation_id, series)
