"""Which streams pay for an intervention (funding shares), and the budget lines of a year's programme made on
request: the rules behind `/interventions/{id}/funding-shares` and `/budget-lines/from-programme`."""

import uuid
from decimal import Decimal

from sqlmodel import Session

from app.budgets.models import BudgetLine, FundingShare
from app.budgets.programme_lines import HUNDRED, Programmed, add_programme_lines, clear_shares, stored_shares
from app.budgets.schemas import FundingShareItem, FundingShares, FundingSharesUpdate
from app.core import audit
from app.core.errors import InvalidInput, field_error
from app.core.scope import Scope
from app.core.vocabulary import FundingStream
from app.interventions import programme
from app.interventions import service as interventions


def get_shares(db: Session, scope: Scope, *, intervention_id: uuid.UUID) -> FundingShares:
    intervention = interventions.get_intervention(db, scope, intervention_id=intervention_id)
    shares = stored_shares(db, [intervention.id]).get(intervention.id) or [
        (FundingStream(intervention.funding_stream), HUNDRED)]
    return FundingShares(intervention_id=intervention.id,
                         shares=[FundingShareItem(stream=stream, percent=percent) for stream, percent in shares])


def _check(data: FundingSharesUpdate) -> None:
    errors = []
    seen: set[FundingStream] = set()
    for i, share in enumerate(data.shares):
        if share.stream in seen:
            errors.append(field_error(f"/shares/{i}/stream", "This stream has a share already.", "duplicate"))
        seen.add(share.stream)
    total = sum((share.percent for share in data.shares), Decimal("0"))
    if total != HUNDRED:
        errors.append(field_error("/shares", f"The shares add up to {total:.2f} %, not 100 %.", "shares_total",
                                  total=f"{total:.2f}"))
    if errors:
        raise InvalidInput("The funding shares are not valid.", errors=errors)


def replace_shares(db: Session, scope: Scope, *, intervention_id: uuid.UUID,
                   data: FundingSharesUpdate) -> FundingShares:
    """Replace the shares; the intervention's funding stream becomes the one with the largest share. Lines
    already made keep their amounts (the budget page shows them; change them there)."""
    intervention = interventions.get_intervention(db, scope, intervention_id=intervention_id)
    _check(data)
    before = get_shares(db, scope, intervention_id=intervention.id)
    order = list(FundingStream)
    shares = sorted(((share.stream, share.percent) for share in data.shares), key=lambda s: order.index(s[0]))
    clear_shares(db, intervention.id)
    if len(shares) > 1:
        for stream, percent in shares:
            db.add(FundingShare(intervention_id=intervention.id, stream=stream, percent=percent))
    main = max(shares, key=lambda s: (s[1], -order.index(s[0])))[0]
    interventions.set_funding_stream(db, scope, intervention, main)
    db.flush()
    after = get_shares(db, scope, intervention_id=intervention.id)
    plain = [{"stream": s.stream.value, "percent": f"{s.percent:.2f}"} for s in after.shares]
    audit.record(db, scope=scope, action="intervention.funding_shares", entity_type="intervention",
                 entity_id=intervention.id, changes={"fundingShares": {
                     "from": [{"stream": s.stream.value, "percent": f"{s.percent:.2f}"} for s in before.shares],
                     "to": plain}})
    return after


def lines_for_programme(db: Session, scope: Scope, *, year: int) -> list[BudgetLine]:
    """A line for every intervention of the year's programme that has none yet, in the streams that pay it."""
    items = [Programmed(intervention_id=i.id, title=i.title, funding_stream=FundingStream(i.funding_stream),
                        total_cost=interventions.total_cost(i))
             for _, i in programme.programme(db, scope, year)]
    return add_programme_lines(db, scope, year=year, items=items)
