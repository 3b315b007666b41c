"""HTTP for respondents: `/respondent/...`, public, authenticated by the invitation's token alone.

This is a public contract: any portal may show a round's questionnaire to its own people with it, given the
personal links Leerkoers makes (`.../antwoorden#<token>`: the token is what follows the `#`)."""

from collections.abc import Callable
from typing import Annotated, TypeVar

from fastapi import APIRouter, Header, Request, Security, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.core.db import LaterDb
from app.responses import respondent, submit
from app.responses.schemas import AnswersBody, DraftSaved, QuestionnaireView, Submitted

T = TypeVar("T")

router = APIRouter(prefix="/respondent", tags=["respondent"])

invitation_token = HTTPBearer(
    scheme_name="invitationToken", auto_error=False,
    description="The invitation's token: the part after `#` of the personal link in the invitation e-mail. It "
                "opens that one invitation's questionnaire and nothing else.")

_COMMON = {
    401: {"description": "No token, or one that does not open a questionnaire: the same answer "
                         "(`invitation_unknown`) whether it never existed, its invitation was removed or its round has "
                         "closed (the token expired), so no answer tells that a link was ever valid."},
    403: {"description": "The round is not open yet (`round_not_yet_open`, params `opensAt`)."},
    429: {"description": "Too many requests (`too_many_requests`): for this token (120 a minute by default), or "
                         "unknown tokens from this client address (30 a minute). `Retry-After` says how many "
                         "seconds to wait. The limits are counted in each server process."},
}
_INVALID = {400: {"description": "Answers that do not fit their questions (`invalid_fields`): `errors` lists every "
                                 "one at once, each with `pointer` (`/answers/<index>/value`, "
                                 "`/answers/<index>/questionId` for an unknown or repeated question, `/answers` for "
                                 "a required one left out), a `detail` in the round's language that names the "
                                 "question by number (\"Vraag 3: ...\"), a `code`, and `params` "
                                 "`questionId` and `number`."}}
_SUBMITTED = {409: {"description": "Submitted already (`already_submitted`)."}}


Token = Annotated[HTTPAuthorizationCredentials | None, Security(invitation_token)]


async def _as_invited(request: Request, db: LaterDb, credentials: Token, work: Callable[..., T]) -> T:
    """`work` for the invitation the token opens, the token checked in the same transaction: a respondent's
    request is one worker-thread hop (`core.db.Later`), the hot path of a town hall's burst."""
    address = request.client.host if request.client else "unknown"
    token = credentials.credentials if credentials else None
    return await db.run(respondent.authenticated(work, token, address))


@router.get("/questionnaire", response_model=QuestionnaireView, responses=_COMMON,
            summary="The questionnaire of the invitation (vragenlijst invullen)")
async def get_questionnaire(request: Request, db: LaterDb, token: Token) -> QuestionnaireView:
    """The round (title, language, times, anonymity and an honest sentence about what is kept), the instrument's
    intro and closing texts, its questions in order, the invitation's status, the draft saved last (resume it on
    any device with the same link) and, once submitted, when. The first read marks the invitation `opened`.

    A completed invitation still reads (without a draft) while the round is open, so the page can say thank you."""
    return await _as_invited(request, db, token, respondent.questionnaire)


@router.put("/draft", response_model=DraftSaved, responses={**_COMMON, **_INVALID, **_SUBMITTED},
            summary="Save the answers so far (concept bewaren)")
async def save_draft(request: Request, db: LaterDb, token: Token, body: AnswersBody) -> DraftSaved:
    """Replaces the draft with these answers; the latest save wins, and saving the same again is harmless.
    Values are checked against their questions' type, range and options (400), required questions are not: a
    draft may be incomplete. Nothing of it reaches the responses until it is submitted."""
    return DraftSaved(saved_at=await _as_invited(request, db, token,
                                                 lambda session, opened: respondent.save_draft(session, opened, body)))


@router.post("/submission", response_model=Submitted, status_code=status.HTTP_201_CREATED,
             responses={**_COMMON, **_INVALID, 409: {"description": (
                 "Submitted already (`already_submitted`), with a different or no `Idempotency-Key`.")}},
             summary="Submit the answers (insturen)")
async def post_submission(
    request: Request,
    db: LaterDb,
    token: Token,
    body: AnswersBody,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key", max_length=200, description=(
        "Any unique string per attempt to submit, e.g. a UUID made when the respondent pressed the button: "
        "resending the same request with it after a lost answer gives the same 201 again."))] = None,
) -> Submitted:
    """Stores the answers as the invitation's one response, exactly once, and clears the draft; the invitation
    counts as completed. Every required question needs an answer. What is kept of the respondent follows the
    round's anonymity: named the person and the time; pseudonymous a code (the same in every round of the cohort
    or session) and the time; anonymous neither, only the day.

    Retry safely with the same `Idempotency-Key`: once stored, the same key answers 201 with the original
    `submittedAt`."""
    submitted_at, _stored = await _as_invited(
        request, db, token, lambda session, opened: submit.submit(session, opened, body, idempotency_key))
    return Submitted(submitted_at=submitted_at)

