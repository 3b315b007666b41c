"""The respondent API as a respondent meets it: open the link, save a draft, resume it, submit once."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from app.core.vocabulary import AnonymityMode, QuestionnaireLanguage
from app.responses.models import Answer, Response
from app.rounds import tokens
from app.rounds.models import Invitation
from tests.cohorts.factories import make_cohort
from tests.responses.factories import bearer, invite, make_full_instrument, make_round

pytestmark = pytest.mark.anyio


def _answers(questions):
    values = [4, 6, 9, "stof", ["trainer", "groep"], "Meer oefenen graag"]
    return [{"questionId": q["id"], "value": v} for q, v in zip(questions, values, strict=True)]


@pytest.fixture
def instrument(db, org):
    return make_full_instrument(db, org)


async def test_the_questionnaire_shows_round_questions_and_marks_opened(anon, db, org, instrument):
    round_ = make_round(db, org, instrument)
    invitation, token = invite(db, org, round_)
    answer = await anon.get("/api/v1/respondent/questionnaire", headers=bearer(token))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["round"]["title"] == instrument.title
    assert body["round"]["language"] == "nl" and body["round"]["anonymity"] == "pseudonymous"
    assert "code" in body["round"]["anonymityStatement"]
    assert [q["position"] for q in body["questions"]] == [1, 2, 3, 4, 5, 6]
    assert body["questions"][3]["options"][1] == {"key": "stof", "label": "De stof"}
    assert body["status"] == "opened" and body["draft"] is None and body["submittedAt"] is None
    db.refresh(invitation)
    assert invitation.status == "opened" and invitation.opened_at is not None


async def test_a_request_costs_at_most_two_queries_once_the_questions_are_cached(anon, db, org, instrument,
                                                                                 count_queries):
    round_ = make_round(db, org, instrument)
    _, token = invite(db, org, round_)
    await anon.get("/api/v1/respondent/questionnaire", headers=bearer(token))
    with count_queries() as counted:
        answer = await anon.put("/api/v1/respondent/draft", headers=bearer(token), json={"answers": []})
    assert answer.status_code == 200
    statements = counted.n - 2  # the request's transaction: BEGIN / SAVEPOINT bookkeeping aside
    assert statements <= 4


async def test_unknown_and_removed_tokens_get_the_same_401(anon, db, org, instrument):
    round_ = make_round(db, org, instrument)
    invitation, token = invite(db, org, round_)
    db.delete(invitation)
    db.flush()
    removed = await anon.get("/api/v1/respondent/questionnaire", headers=bearer(token))
    unknown = await anon.get("/api/v1/respondent/questionnaire", headers=bearer(tokens.token_for("nope")))
    missing = await anon.get("/api/v1/respondent/questionnaire")
    for answer in (removed, unknown, missing):
        assert answer.status_code == 401
        assert answer.headers["content-type"] == "application/problem+json"
        assert answer.json()["code"] == "invitation_unknown"
    strip = lambda body: {k: v for k, v in body.items() if k != "instance"}  # noqa: E731
    assert strip(removed.json()) == strip(unknown.json()) == strip(missing.json())


async def test_the_token_is_stored_only_as_its_hash(db, org, instrument):
    round_ = make_round(db, org, instrument)
    invitation, token = invite(db, org, round_)
    row = db.execute(text("SELECT * FROM invitations WHERE id = :id"), {"id": invitation.id.hex
                     if db.bind.dialect.name == "sqlite" else invitation.id}).mappings().one()
    assert token not in [str(v) for v in row.values()]
    assert row["token_hash"] == tokens.token_hash(token)


async def test_an_expired_token_answers_as_an_unknown_one_and_not_yet_open_403(anon, db, org, instrument):
    now = datetime.now(UTC)
    closed = make_round(db, org, instrument, opens_at=now - timedelta(days=9), closes_at=now - timedelta(days=1))
    later = make_round(db, org, instrument, opens_at=now + timedelta(days=1), closes_at=now + timedelta(days=9))
    _, closed_token = invite(db, org, closed)
    _, later_token = invite(db, org, later)
    for method, path, body in (("GET", "questionnaire", None), ("PUT", "draft", {"answers": []}),
                               ("POST", "submission", {"answers": []})):
        gone = await anon.request(method, f"/api/v1/respondent/{path}", headers=bearer(closed_token), json=body)
        unknown = await anon.request(method, f"/api/v1/respondent/{path}", headers=bearer(closed_token + "x"),
                                     json=body)
        assert gone.status_code == unknown.status_code == 401
        strip = lambda answer: {k: v for k, v in answer.json().items() if k != "instance"}  # noqa: E731
        assert strip(gone) == strip(unknown) and gone.json()["code"] == "invitation_unknown"
        assert gone.headers["www-authenticate"] == unknown.headers["www-authenticate"]
    early = await anon.post("/api/v1/respondent/submission", headers=bearer(later_token), json={"answers": []})
    assert early.status_code == 403 and early.json()["code"] == "round_not_yet_open"
    assert "opensAt" in early.json()["params"]


async def test_a_draft_is_saved_resumed_and_the_latest_write_wins(anon, db, org, instrument):
    round_ = make_round(db, org, instrument)
    _, token = invite(db, org, round_)
    questions = (await anon.get("/api/v1/respondent/questionnaire", headers=bearer(token))).json()["questions"]
    first = await anon.put("/api/v1/respondent/draft", headers=bearer(token),
                           json={"answers": [{"questionId": questions[0]["id"], "value": 2}]})
    assert first.status_code == 200, first.text
    second = await anon.put("/api/v1/respondent/draft", headers=bearer(token),
                            json={"answers": [{"questionId": questions[0]["id"], "value": 5},
                                              {"questionId": questions[3]["id"], "value": "groep"}]})
    assert second.status_code == 200
    resumed = (await anon.get("/api/v1/respondent/questionnaire", headers=bearer(token))).json()
    assert resumed["draft"]["answers"] == [{"questionId": questions[0]["id"], "value": 5},
                                           {"questionId": questions[3]["id"], "value": "groep"}]
    assert resumed["draft"]["savedAt"] is not None
    assert db.scalar(select(Response.id).where(Response.round_id == round_.id)) is None  # not a response yet


async def test_submission_stores_answers_once_and_completes_the_invitation(anon, db, org, instrument):
    round_ = make_round(db, org, instrument, anonymity=AnonymityMode.named)
    invitation, token = invite(db, org, round_)
    questions = (await anon.get("/api/v1/respondent/questionnaire", headers=bearer(token))).json()["questions"]
    await anon.put("/api/v1/respondent/draft", headers=bearer(token), json={"answers": []})
    done = await anon.post("/api/v1/respondent/submission", headers=bearer(token),
                           json={"answers": _answers(questions)})
    assert done.status_code == 201, done.text
    response = db.scalars(select(Response).where(Response.round_id == round_.id)).one()
    assert response.person_id == invitation.person_id and response.submitted_at is not None
    stored = {a.question_id: a for a in db.scalars(select(Answer).where(Answer.response_id == response.id))}
    by_number = [stored[uuid.UUID(q["id"])] for q in questions]
    assert [by_number[0].number, by_number[1].number, by_number[2].number] == [4, 6, 9]
    assert by_number[3].option == "stof" and by_number[4].options == ["trainer", "groep"]
    assert by_number[5].text == "Meer oefenen graag"
    db.refresh(invitation)
    assert invitation.status == "completed" and invitation.draft == [] and invitation.completed_at is not None
    again = await anon.post("/api/v1/respondent/submission", headers=bearer(token),
                            json={"answers": _answers(questions)})
    assert again.status_code == 409 and again.json()["code"] == "already_submitted"
    draft = await anon.put("/api/v1/respondent/draft", headers=bearer(token), json={"answers": []})
    assert draft.status_code == 409
    read = (await anon.get("/api/v1/respondent/questionnaire", headers=bearer(token))).json()
    assert read["status"] == "completed"
    assert datetime.fromisoformat(read["submittedAt"]) == datetime.fromisoformat(done.json()["submittedAt"])
    assert db.scalar(select(func.count()).select_from(Response)
                     .where(Response.round_id == round_.id)) == 1


async def test_the_same_idempotency_key_answers_the_same_201(anon, db, org, instrument):
    round_ = make_round(db, org, instrument)
    _, token = invite(db, org, round_)
    questions = (await anon.get("/api/v1/respondent/questionnaire", headers=bearer(token))).json()["questions"]
    headers = {**bearer(token), "Idempotency-Key": "b7c1-tik-1"}
    first = await anon.post("/api/v1/respondent/submission", headers=headers, json={"answers": _answers(questions)})
    retry = await anon.post("/api/v1/respondent/submission", headers=headers, json={"answers": _answers(questions)})
    other = await anon.post("/api/v1/respondent/submission", headers={**bearer(token), "Idempotency-Key": "x"},
                            json={"answers": _answers(questions)})
    bare = await anon.post("/api/v1/respondent/submission", headers=bearer(token),
                           json={"answers": _answers(questions)})
    assert first.status_code == retry.status_code == 201
    assert retry.json() == first.json()
    assert other.status_code == bare.status_code == 409
    assert db.scalar(select(func.count()).select_from(Response)
                     .where(Response.round_id == round_.id)) == 1


async def test_anonymous_response_keeps_nothing_of_the_person(anon, db, org, instrument):
    round_ = make_round(db, org, instrument, anonymity=AnonymityMode.anonymous)
    invitation, token = invite(db, org, round_)
    questions = (await anon.get("/api/v1/respondent/questionnaire", headers=bearer(token))).json()["questions"]
    done = await anon.post("/api/v1/respondent/submission", headers=bearer(token),
                           json={"answers": _answers(questions)})
    assert done.status_code == 201
    assert done.json()["submittedAt"].endswith(("T00:00:00Z", "T00:00:00+00:00"))
    response = db.scalars(select(Response).where(Response.round_id == round_.id)).one()
    assert response.person_id is None and response.pseudonym is None and response.submitted_at is None
    assert response.submitted_on is not None
    ids = {invitation.id.hex, str(invitation.id), invitation.person_id.hex, str(invitation.person_id)}
    for table in ("responses", "answers"):
        for row in db.execute(text(f"SELECT * FROM {table}")).mappings():
            assert not {str(v) for v in row.values()} & ids
    db.refresh(invitation)
    assert invitation.status == "completed" and invitation.draft_saved_at is None
    assert invitation.completed_at.replace(tzinfo=None) == datetime.combine(response.submitted_on,
                                                                              datetime.min.time())


async def test_pseudonymous_rounds_of_one_cohort_pair_without_the_person(anon, db, org, instrument):
    cohort = make_cohort(db, org)
    pre = make_round(db, org, instrument, cohort=cohort)
    post = make_round(db, org, instrument, cohort=cohort, moment="post")
    invitation, pre_token = invite(db, org, pre)
    from app.people.models import Person
    _, post_token = invite(db, org, post, person=db.get(Person, invitation.person_id))
    questions = (await anon.get("/api/v1/respondent/questionnaire", headers=bearer(pre_token))).json()["questions"]
    for token in (pre_token, post_token):
        done = await anon.post("/api/v1/respondent/submission", headers=bearer(token),
                               json={"answers": _answers(questions)})
        assert done.status_code == 201, done.text
    rows = db.scalars(select(Response).where(Response.round_id.in_([pre.id, post.id]))).all()
    assert len(rows) == 2 and rows[0].pseudonym == rows[1].pseudonym and rows[0].pseudonym
    assert all(row.person_id is None for row in rows)
    assert rows[0].pseudonym == tokens.pseudonym(cohort.id, invitation.person_id)


async def test_every_invalid_answer_is_named_at_once_in_the_rounds_language(anon, db, org):
    english = make_full_instrument(db, org, language=QuestionnaireLanguage.en)
    round_ = make_round(db, org, english)
    _, token = invite(db, org, round_)
    questions = (await anon.get("/api/v1/respondent/questionnaire", headers=bearer(token))).json()["questions"]
    bad = [{"questionId": questions[0]["id"], "value": 6}, {"questionId": questions[1]["id"], "value": True},
           {"questionId": questions[2]["id"], "value": "7"}, {"questionId": questions[3]["id"], "value": "nope"},
           {"questionId": questions[4]["id"], "value": ["stof", "stof"]},
           {"questionId": questions[5]["id"], "value": "x" * 5001},
           {"questionId": "00000000-0000-4000-8000-000000000000", "value": 1}]
    answer = await anon.post("/api/v1/respondent/submission", headers=bearer(token), json={"answers": bad})
    assert answer.status_code == 400
    errors = answer.json()["errors"]
    assert [e["pointer"] for e in errors] == [*(f"/answers/{i}/value" for i in range(6)), "/answers/6/questionId"]
    assert errors[0]["detail"] == "Question 1: choose a whole number from 1 to 5."
    assert errors[3]["params"] == {"questionId": questions[3]["id"], "number": 4}
    assert errors[6]["code"] == "unknown_id"


async def test_required_questions_count_on_submission_only(anon, db, org, instrument):
    round_ = make_round(db, org, instrument)
    _, token = invite(db, org, round_)
    questions = (await anon.get("/api/v1/respondent/questionnaire", headers=bearer(token))).json()["questions"]
    partial = [{"questionId": questions[0]["id"], "value": 3}]
    assert (await anon.put("/api/v1/respondent/draft", headers=bearer(token),
                           json={"answers": partial})).status_code == 200
    answer = await anon.post("/api/v1/respondent/submission", headers=bearer(token), json={"answers": partial})
    assert answer.status_code == 400
    errors = answer.json()["errors"]
    assert [e["params"]["number"] for e in errors] == [2, 3, 4, 5]  # 6 (open text) is optional
    assert errors[0] == {"pointer": "/answers", "detail": "Vraag 2: deze vraag is verplicht.", "code": "missing",
                         "params": {"questionId": questions[1]["id"], "number": 2}}
    assert db.scalar(select(Response.id).where(Response.round_id == round_.id)) is None
    assert db.scalars(select(Invitation.status).where(Invitation.round_id == round_.id)).one() == "opened"
