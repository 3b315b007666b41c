"""What questions hold of other domains' rows, registered with `core.references`: deleting a competency or a
learning goal that a question asks about answers 409 naming the instruments, without the other domain reading
this one's tables."""

import uuid
from typing import Any

from sqlmodel import Session

from app.core import references
from app.core.scope import Scope
from app.core.tenancy import scoped
from app.questionnaires.models import Instrument, Question


def _instruments_asking(column: Any) -> references.Lookup:
    def lookup(db: Session, scope: Scope, ids: Any) -> list[tuple[uuid.UUID, str]]:
        statement = (scoped(Instrument, scope, Instrument.id, Instrument.title, Instrument.version_number)
                     .join(Question, Question.instrument_id == Instrument.id).where(column.in_(ids)).distinct())
        return [(row[0], f"{row[1]} (v{row[2]})") for row in db.execute(statement)]

    return lookup


_ADVICE = "Change or remove those questions first (a published instrument: in a new version)."
ASKING_COMPETENCY = references.Referrer("asked_in_instruments", "instrument", "instruments", _ADVICE,
                                        _instruments_asking(Question.competency_id))
ASKING_LEARNING_GOAL = references.Referrer("asked_in_instruments", "instrument", "instruments", _ADVICE,
                                           _instruments_asking(Question.learning_goal_id))


def register() -> None:
    references.register("competency", ASKING_COMPETENCY)
    references.register("learning_goal", ASKING_LEARNING_GOAL)
