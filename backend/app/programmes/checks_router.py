"""HTTP for a programme's design-principle checks (ontwerpprincipes) and the checklist the adviser ticks."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, status

from app.auth.deps import EditorScope, OrgScope
from app.core.db import DbSession
from app.programmes import checks_service as service
from app.programmes.checks_schemas import ChecklistItemConfirm, ChecklistItemRead, PrincipleChecksRead
from app.programmes.principles import ChecklistItem

router = APIRouter(tags=["programmes"])
_ITEM = "/programmes/{programme_id}/principle-checks/items/{item}"
# A plain string, so an unknown item is a 404 like any other unknown sub-resource (after the programme's own 404).
ItemKey = Annotated[str, Path(max_length=64, description="A checklist item: one of "
                              + ", ".join(f"`{item.value}`" for item in ChecklistItem) + ".")]


@router.get("/programmes/{programme_id}/principle-checks", response_model=PrincipleChecksRead,
            summary="Check a programme against the design principles (ontwerpprincipes)")
def get_principle_checks(programme_id: uuid.UUID, scope: OrgScope, db: DbSession) -> PrincipleChecksRead:
    """The Rotterdam guide's seven design principles, in its order, each `pass`, `warn` or `manual`.

    Every automatic rule gives a reason: a stable `code` with `params` (the SPA words it in Dutch), an English
    `message` and a `fix` (the design step, and the phase, learning line, competency or programme field concerned).
    What the data cannot show is a checklist (`items`) the adviser ticks with PUT `.../items/{item}`. A principle
    warns when any reason warns; else it is `manual` while an item is unticked, and `pass` once all are ticked.
    The rules, their tolerances and which principle each belongs to: docs/decisions/0014-design-principle-checks.md."""
    return service.principle_checks(db, scope, programme_id=programme_id)


@router.put(_ITEM, response_model=ChecklistItemRead,
            summary="Tick a design principle's checklist item (afvinkpunt)")
def confirm_principle_item(programme_id: uuid.UUID, item: ItemKey, data: ChecklistItemConfirm,
                           scope: EditorScope, db: DbSession) -> ChecklistItemRead:
    """Records that the item was done, by you and now, with an optional note. Ticking a ticked item again changes
    only its note (who ticked it first stays). An unknown item is a 404."""
    return service.confirm_item(db, scope, programme_id=programme_id, key=item, data=data)


@router.delete(_ITEM, status_code=status.HTTP_204_NO_CONTENT,
               summary="Untick a design principle's checklist item (afvinkpunt)")
def unconfirm_principle_item(programme_id: uuid.UUID, item: ItemKey, scope: EditorScope, db: DbSession) -> None:
    """Removes the tick; an item that is not ticked stays so (204 either way)."""
    service.unconfirm_item(db, scope, programme_id=programme_id, key=item)
