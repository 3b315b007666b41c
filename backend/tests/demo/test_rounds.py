"""The demo's rounds: Rotterdam's effect measurement (pseudonymous, a running and a finished cohort, growth on the
guide's competencies) and Deventer's session evaluations (anonymous); responses hold what the anonymity mode
allows and nothing more."""

import pytest
from sqlalchemy import func, text
from sqlmodel import Session, select

from app.cohorts.models import Cohort, CohortStatus
from app.core.vocabulary import AnonymityMode, QuestionType, RoundMoment
from app.demo import deventer as deventer_demo
from app.demo import rotterdam as rotterdam_demo
from app.questionnaires.models import Question
from app.responses.models import Answer, Response
from app.rounds import tokens
from app.rounds.models import Invitation, InvitationStatus, Round
from app.sessions.models import Attendance, Attendee
from tests import factories

pytestmark = pytest.mark.anyio


@pytest.fixture
def rotterdam(db: Session):
    organisation = factories.make_organisation(db, "Gemeente Rotterdam (test)")
    rotterdam_demo.load(db, organisation.id)
    db.flush()
    return organisation


@pytest.fixture
def deventer(db: Session):
    organisation = factories.make_organisation(db, "Gemeente Deventer (test)")
    deventer_demo.load(db, organisation.id)
    db.flush()
    return organisation


def _rounds_of(db: Session, cohort_name: str) -> dict[RoundMoment, Round]:
    cohort = db.exec(select(Cohort).where(Cohort.name == cohort_name)).one()
    return {r.moment: r for r in db.exec(select(Round).where(Round.cohort_id == cohort.id)).all()}


def _answered(db: Session, round_: Round) -> int:
    return db.exec(select(func.count()).select_from(Response).where(Response.round_id == round_.id)).one()


def test_the_running_cohort_has_four_rounds_two_answered_two_pending(db, rotterdam):
    rounds = _rounds_of(db, "Traineeship 2026-A")
    assert set(rounds) == {RoundMoment.pre, RoundMoment.after_week_1, RoundMoment.midway, RoundMoment.post}
    assert {r.anonymity for r in rounds.values()} == {AnonymityMode.pseudonymous}
    assert [_answered(db, rounds[m]) for m in (RoundMoment.pre, RoundMoment.after_week_1, RoundMoment.midway,
                                               RoundMoment.post)] == [19, 17, 0, 0]
    for moment, completed in ((RoundMoment.pre, 19), (RoundMoment.after_week_1, 17), (RoundMoment.midway, 0)):
        statuses = db.exec(select(Invitation.status).where(Invitation.round_id == rounds[moment].id)).all()
        assert len(statuses) == 20 and statuses.count(InvitationStatus.completed) == completed
    pending = db.exec(select(Invitation.status).where(Invitation.round_id == rounds[RoundMoment.post].id)).all()
    assert set(pending) == {InvitationStatus.pending}


def test_the_finished_cohort_has_all_four_rounds_closed_and_answered(db, rotterdam):
    cohort = db.exec(select(Cohort).where(Cohort.name == "Traineeship 2025-A")).one()
    assert cohort.status == CohortStatus.finished
    rounds = _rounds_of(db, "Traineeship 2025-A")
    assert len(rounds) == 4 and all(r.closes_at.date() <= cohort.ends_on for r in rounds.values())
    assert all(14 <= _answered(db, r) <= 16 for r in rounds.values())


def test_pseudonymous_responses_pair_by_pseudonym_and_name_nobody(db, rotterdam):
    rounds = _rounds_of(db, "Traineeship 2025-A")
    pre, post = (db.exec(select(Response).where(Response.round_id == rounds[m].id)).all()
                 for m in (RoundMoment.pre, RoundMoment.post))
    assert all(r.person_id is None and r.pseudonym and r.submitted_at for r in pre + post)
    assert len({r.pseudonym for r in pre} & {r.pseudonym for r in post}) >= 14  # the same trainees pair
    people = db.exec(select(Invitation.person_id).where(Invitation.round_id == rounds[RoundMoment.pre].id)).all()
    expected = {tokens.pseudonym(rounds[RoundMoment.pre].cohort_id, p) for p in people}
    assert {r.pseudonym for r in pre} <= expected


def test_every_question_type_of_the_instrument_is_answered(db, rotterdam):
    rounds = _rounds_of(db, "Traineeship 2025-A")
    rows = db.exec(select(Question.type, Answer.number, Answer.text).join(Answer, Answer.question_id == Question.id)
                   .join(Response, Response.id == Answer.response_id)
                   .where(Response.round_id == rounds[RoundMoment.post].id)).all()
    by_type = {t for t, _, _ in rows}
    assert QuestionType.likert_5 in by_type
    assert all(1 <= n <= 5 for t, n, _ in rows if t == QuestionType.likert_5)
    assert all(0 <= n <= 10 for t, n, _ in rows if t == QuestionType.scale_0_10)
    assert all(len(s) > 20 for t, _, s in rows if t == QuestionType.open_text)


MEAN = text("""
    SELECT AVG(CAST(a.number AS FLOAT)) FROM answers a
    JOIN responses r ON r.id = a.response_id JOIN rounds o ON o.id = r.round_id
    JOIN cohorts c ON c.id = o.cohort_id JOIN questions q ON q.id = a.question_id
    LEFT JOIN competencies k ON k.id = q.competency_id
    WHERE c.name = :cohort AND o.moment = :moment AND q.type = 'likert_5'
      AND (:competency = '' OR k.name = :competency) AND (:level = '' OR q.level = :level)
""")


def _mean(db: Session, moment: str, *, competency: str = "", level: str = "") -> float:
    return db.exec(MEAN, params={"cohort": "Traineeship 2025-A", "moment": moment, "competency": competency,
                                 "level": level}).one()[0]


def test_the_guides_competencies_grow_a_point_and_the_others_stay_flat(db, rotterdam):
    for growing in ("Verbindend", "Omgevingsbewust"):
        assert _mean(db, "post", competency=growing) - _mean(db, "pre", competency=growing) >= 0.8
    flat = "Lerend vermogen (demovoorbeeld)"
    assert abs(_mean(db, "post", competency=flat) - _mean(db, "pre", competency=flat)) < 0.3
    assert _mean(db, "pre", level="organisation") < _mean(db, "pre", level="participant")


def test_deventer_evaluates_its_held_trainings_anonymously_by_most_of_those_present(db, deventer):
    rounds = db.exec(select(Round).where(Round.organisation_id == deventer.id)).all()
    assert len(rounds) == 5  # five trainings held before the autumn, each evaluated on its last day
    assert {(r.moment, r.anonymity) for r in rounds} == {(RoundMoment.evaluation, AnonymityMode.anonymous)}
    for round_ in rounds:
        present = db.exec(select(func.count()).select_from(Attendee).where(
            Attendee.session_id == round_.session_id, Attendee.attendance == Attendance.present)).one()
        invitations = db.exec(select(Invitation.status).where(Invitation.round_id == round_.id)).all()
        assert len(invitations) == present and invitations.count(InvitationStatus.completed) == _answered(db, round_)
        assert _answered(db, round_) >= 0.8 * present
    responses = db.exec(select(Response).where(Response.organisation_id == deventer.id)).all()
    assert responses and all(r.person_id is None and r.pseudonym is None and r.submitted_at is None
                             for r in responses)
