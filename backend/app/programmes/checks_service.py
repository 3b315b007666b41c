"""The design-principle checks of a programme: the facts read in a constant number of queries (the rules are in
`checks.py`), and the checklist the adviser ticks (`principle_confirmations`: who ticked it, when, audited)."""

import uuid
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from app.accounts import service as accounts
from app.competencies import service as competencies
from app.core import audit
from app.core.db import utcnow
from app.core.errors import NotFound
from app.core.scope import Scope
from app.core.tenancy import get_or_404, scoped
from app.interventions import traits
from app.programmes import checks
from app.programmes.checks_schemas import (
    ChecklistItemConfirm,
    ChecklistItemRead,
    ChecksSummary,
    FixRead,
    PersonRef,
    PrincipleCheckRead,
    PrincipleChecksRead,
    ReasonRead,
)
from app.programmes.models import (
    DesignStep,
    LearningLine,
    Phase,
    PhaseCompetency,
    Placement,
    PrincipleConfirmation,
    Programme,
    ProgrammeStep,
)
from app.programmes.principles import (
    CHECKLIST,
    PRINCIPLE_OF_ITEM,
    ChecklistItem,
    CheckStatus,
    Confirmation,
    Facts,
    Fix,
    Item,
    LineFacts,
    PhaseFacts,
    PlacementFacts,
    Principle,
)
from app.stakeholders import service as stakeholders

ENTITY = "principle_confirmation"
_FIELDS = ("programme_id", "item", "note")
LOCAL = ZoneInfo("Europe/Amsterdam")


def get_programme(db: Session, scope: Scope, programme_id: uuid.UUID) -> Programme:
    return get_or_404(db, scope, Programme, programme_id, "programme")


def _local_day(moment: datetime | None) -> date | None:
    return moment.astimezone(LOCAL).date() if moment is not None else None


def load_facts(db: Session, scope: Scope, programme: Programme) -> Facts:
    """Everything the rules read, in eleven queries at most, whatever the programme's size."""
    done_at = db.scalar(scoped(ProgrammeStep, scope, ProgrammeStep.done_at).where(
        ProgrammeStep.programme_id == programme.id, ProgrammeStep.step == DesignStep.framework))
    phases = list(db.scalars(scoped(Phase, scope).where(Phase.programme_id == programme.id)
                             .order_by(Phase.position, Phase.id)))
    focus = db.execute(scoped(PhaseCompetency, scope, PhaseCompetency.phase_id, PhaseCompetency.competency_id)
                       .join(Phase, Phase.id == PhaseCompetency.phase_id)
                       .where(Phase.programme_id == programme.id)).all()
    names = competencies.competency_names_of(db, scope, sorted({row.competency_id for row in focus}))
    by_phase: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {phase.id: [] for phase in phases}
    for phase_id, competency_id in focus:
        by_phase[phase_id].append((competency_id, names.get(competency_id, "")))
    lines = db.scalars(scoped(LearningLine, scope).where(LearningLine.programme_id == programme.id)
                       .order_by(LearningLine.position, LearningLine.id))
    placements = list(db.scalars(scoped(Placement, scope).where(Placement.programme_id == programme.id)))
    known = traits.traits_of(db, scope, (p.intervention_id for p in placements))
    engaging = [held_on for kind, held_on in stakeholders.engagements_of(db, scope, programme.id)
                if kind in checks.ENGAGING_KINDS]
    return Facts(
        competency_framework_id=programme.competency_framework_id,
        dna_framework_id=programme.dna_framework_id,
        storyline_title=programme.storyline_title,
        storyline_narrative=programme.storyline_narrative,
        measurement_moments=tuple(programme.measurement_moments),
        measurement_levels=tuple(programme.measurement_levels),
        framework_done_on=_local_day(done_at),
        phases=tuple(PhaseFacts(phase.id, phase.title,
                                       tuple(sorted(by_phase[phase.id], key=lambda c: c[1].lower())))
                     for phase in phases),
        learning_lines=tuple(LineFacts(line.id, line.label, line.level) for line in lines),
        placements=tuple(PlacementFacts(
            p.phase_id, p.learning_line_id, p.kolb_phase, p.week_offset,
            known[p.intervention_id].learning_mix if p.intervention_id in known else None,
            known[p.intervention_id].competency_ids if p.intervention_id in known else frozenset(),
        ) for p in placements),
        engagement_dates=tuple(engaging),
        confirmations=_confirmations(db, scope, programme.id),
    )


def _confirmations(db: Session, scope: Scope, programme_id: uuid.UUID) -> dict[str, Confirmation]:
    rows = list(db.scalars(scoped(PrincipleConfirmation, scope)
                           .where(PrincipleConfirmation.programme_id == programme_id)))
    people = accounts.user_names(db, scope, sorted({r.confirmed_by_id for r in rows if r.confirmed_by_id}))
    return {row.item: Confirmation(row.confirmed_at,
                                   (row.confirmed_by_id, people[row.confirmed_by_id])
                                   if row.confirmed_by_id in people else None, row.note)
            for row in rows}


def _fix(fix: Fix) -> FixRead:
    return FixRead(step=fix.step, field=fix.field, phase_id=fix.phase_id, learning_line_id=fix.learning_line_id,
                   competency_id=fix.competency_id)


def _item_read(principle: Principle, item: Item) -> ChecklistItemRead:
    done = item.confirmation
    return ChecklistItemRead(
        item=item.item, principle=principle, label=item.label, confirmed=done is not None,
        confirmed_at=done.confirmed_at if done else None,
        confirmed_by=PersonRef(id=done.confirmed_by[0], name=done.confirmed_by[1]) if done and done.confirmed_by
        else None, note=done.note if done else "")


def report(programme_id: uuid.UUID, facts: Facts) -> PrincipleChecksRead:
    found = checks.evaluate(facts)
    return PrincipleChecksRead(
        programme_id=programme_id,
        checks=[PrincipleCheckRead(
            principle=c.principle, status=c.status, fix=_fix(c.fix),
            reasons=[ReasonRead(code=r.code, status=r.status, message=r.message, params=r.params, fix=_fix(r.fix))
                     for r in c.reasons],
            items=[_item_read(c.principle, item) for item in c.items],
        ) for c in found],
        summary=ChecksSummary(**{"pass": sum(c.status == CheckStatus.passed for c in found)},
                              warn=sum(c.status == CheckStatus.warn for c in found),
                              manual=sum(c.status == CheckStatus.manual for c in found)),
    )


def principle_checks(db: Session, scope: Scope, *, programme_id: uuid.UUID) -> PrincipleChecksRead:
    programme = get_programme(db, scope, programme_id)
    return report(programme.id, load_facts(db, scope, programme))


def _confirmation(db: Session, scope: Scope, programme_id: uuid.UUID,
                  item: ChecklistItem) -> PrincipleConfirmation | None:
    return db.scalar(scoped(PrincipleConfirmation, scope).where(PrincipleConfirmation.programme_id == programme_id,
                                                                 PrincipleConfirmation.item == item.value))


def checklist_item(key: str) -> ChecklistItem:
    """The checklist item named in a path, or 404."""
    try:
        return ChecklistItem(key)
    except ValueError:
        raise NotFound(f"There is no checklist item '{key[:64]}'.") from None


def confirm_item(db: Session, scope: Scope, *, programme_id: uuid.UUID, key: str,
                 data: ChecklistItemConfirm) -> ChecklistItemRead:
    """Tick the item (who and when are the caller and now); ticking it again keeps who ticked it first and changes
    only the note."""
    programme = get_programme(db, scope, programme_id)
    item = checklist_item(key)
    confirmation = _confirmation(db, scope, programme.id, item)
    if confirmation is None:
        confirmation = audit.create_recorded(
            db, scope, PrincipleConfirmation,
            {"programme_id": programme.id, "item": item.value, "note": data.note, "confirmed_at": utcnow(),
             "confirmed_by_id": scope.user_id},
            entity_type=ENTITY, fields=_FIELDS)
    elif confirmation.note != data.note:
        audit.apply_update(db, scope, confirmation, {"note": data.note}, entity_type=ENTITY)
    principle = PRINCIPLE_OF_ITEM[item]
    label = dict(CHECKLIST[principle])[item]
    who = (accounts.user_names(db, scope, [confirmation.confirmed_by_id]) if confirmation.confirmed_by_id else {})
    by = confirmation.confirmed_by_id
    return _item_read(principle, Item(item, label, Confirmation(
        confirmation.confirmed_at, (by, who[by]) if by in who else None, confirmation.note)))


def unconfirm_item(db: Session, scope: Scope, *, programme_id: uuid.UUID, key: str) -> None:
    """Untick the item; unticking one that is not ticked changes nothing."""
    programme = get_programme(db, scope, programme_id)
    item = checklist_item(key)
    confirmation = _confirmation(db, scope, programme.id, item)
    if confirmation is not None:
        audit.delete_recorded(db, scope, confirmation, entity_type=ENTITY, fields=_FIELDS)

