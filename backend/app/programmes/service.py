"""Programmes (ontwikkelprogramma's, DESIGN §2.4): the programme with its content per design step, its six steps
and its insights. A programme's title is unique in the organisation; it builds on a competency framework (kind
`competencies`) and an organisation-DNA framework (kind `organisation_dna`) of its organisation. Creating one makes
its six steps and its three learning lines; deleting one deletes its steps, insights and framework with it.
The framework (phases, learning lines, placements) is in `structure.py`, the grid in `framework.py`, the copy in
`copying.py`."""

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import func
from sqlmodel import Session

from app.accounts import service as accounts
from app.competencies import service as competencies
from app.competencies.models import FrameworkKind
from app.core import audit, references
from app.core.concurrency import claim_version
from app.core.db import utcnow
from app.core.errors import InvalidInput, NotFound
from app.core.pagination import PageParams, paginate
from app.core.records import Records, Refers, Unique
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import get_or_404, scoped, where_given
from app.core.vocabulary import LearningLevel
from app.programmes import usage
from app.programmes.models import (
    DesignStep,
    Insight,
    InsightKind,
    LearningLine,
    Programme,
    ProgrammeStatus,
    ProgrammeStep,
)
from app.programmes.schemas import (
    InsightRead,
    ProgrammeCreate,
    ProgrammeRead,
    ProgrammeUpdate,
    StepRead,
    StepUpdate,
    UserRef,
)

PROGRAMME, STEP, INSIGHT, LEARNING_LINE = "programme", "programme_step", "insight", "learning_line"
FIELDS = tuple(name for name in ProgrammeCreate.model_fields)
TITLE = Unique(Programme.title, detail="The organisation already has a programme with this title.",
               message="Already in use.", ignore_case=True)
_STEP_FIELDS = ("step", "notes", "done_at", "done_by_id")
_INSIGHT_FIELDS = ("programme_id", "kind", "source", "title", "description")
# The guide's three levels, with the labels an organisation starts from (and renames: "Ik en de stad").
DEFAULT_LINES = ((LearningLevel.self, "Ik"), (LearningLevel.self_and_others, "Ik en de ander"),
                 (LearningLevel.self_and_organisation, "Ik en de organisatie"))
_FRAMEWORK_KINDS = {"competency_framework_id": FrameworkKind.competencies,
                    "dna_framework_id": FrameworkKind.organisation_dna}
_SORTABLE = {"title": func.lower(Programme.title), "status": Programme.status, "createdAt": Programme.created_at,
             "updatedAt": Programme.updated_at}
usage.register()


# --- reading -----------------------------------------------------------------------------------------------------

def get_programme(db: Session, scope: Scope, *, programme_id: uuid.UUID) -> Programme:
    return get_or_404(db, scope, Programme, programme_id, "programme")


def _steps_of(db: Session, scope: Scope, programme_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[StepRead]]:
    """Every programme's six steps in their order (two queries whatever the number of programmes)."""
    rows = list(db.scalars(scoped(ProgrammeStep, scope).where(ProgrammeStep.programme_id.in_(programme_ids))))
    names = accounts.user_names(db, scope, {row.done_by_id for row in rows if row.done_by_id})
    found: dict[uuid.UUID, dict[DesignStep, ProgrammeStep]] = defaultdict(dict)
    for row in rows:
        found[row.programme_id][DesignStep(row.step)] = row
    steps: dict[uuid.UUID, list[StepRead]] = {}
    for programme_id in programme_ids:
        of = found[programme_id]
        steps[programme_id] = [_step_read(step, of.get(step), names) for step in DesignStep]
    return steps


def _step_read(step: DesignStep, row: ProgrammeStep | None, names: dict[uuid.UUID, str]) -> StepRead:
    if row is None:  # not made (cannot happen through the API): shown as an empty, open step
        return StepRead(step=step, notes="", done=False, done_at=None, done_by=None)
    done_by = (UserRef(id=row.done_by_id, name=names[row.done_by_id])
               if row.done_by_id and row.done_by_id in names else None)
    return StepRead(step=step, notes=row.notes, done=row.done_at is not None, done_at=row.done_at, done_by=done_by)


def _read(programme: Programme, steps: list[StepRead]) -> ProgrammeRead:
    values = {name: getattr(programme, name) for name in ProgrammeRead.model_fields if name != "steps"}
    return ProgrammeRead(**values, steps=steps)


def read_programme(db: Session, scope: Scope, programme: Programme) -> ProgrammeRead:
    return _read(programme, _steps_of(db, scope, [programme.id])[programme.id])


def list_programmes(db: Session, scope: Scope, params: PageParams, *, status: ProgrammeStatus | None,
                    q: str | None) -> Page[ProgrammeRead]:
    statement = where_given(scoped(Programme, scope), (Programme.status, status))
    if q:
        statement = statement.where(func.lower(Programme.title).contains(q.lower(), autoescape=True))
    page = paginate(db, statement, params, sortable=_SORTABLE, default_sort=["title"], tiebreaker=Programme.id,
                    to_item=lambda row: row[0])
    steps = _steps_of(db, scope, [programme.id for programme in page.items])
    return Page[ProgrammeRead](items=[_read(p, steps[p.id]) for p in page.items], page=page.page,
                               page_size=page.page_size, total=page.total)


# --- writing -----------------------------------------------------------------------------------------------------

def _check_frameworks(db: Session, scope: Scope, values: dict[str, Any]) -> None:
    """Each framework a body names is the organisation's and of the kind its field needs (400 on the field)."""
    for field, kind in _FRAMEWORK_KINDS.items():
        framework_id = values.get(field)
        if framework_id is None:
            continue
        pointer = "/competencyFrameworkId" if field == "competency_framework_id" else "/dnaFrameworkId"
        found = competencies.framework_kind(db, scope, framework_id)
        if found is None:
            raise InvalidInput(pointer, "There is no competency framework with this id in your organisation.",
                               code="unknown_reference")
        if found != kind:
            raise InvalidInput(pointer, f"This framework is of kind {found}; this field needs one of kind {kind}.",
                               code="wrong_kind", params={"expected": kind.value, "actual": str(found)})


def _stored(values: dict[str, Any]) -> dict[str, Any]:
    """Lists as the JSON columns hold them: plain strings, a list of their own."""
    for name in ("constraints", "learning_materials", "communication_means", "measurement_moments",
                 "measurement_levels"):
        if name in values:
            values[name] = [str(item) for item in values[name]]
    return values


def create_programme(db: Session, scope: Scope, *, data: ProgrammeCreate) -> Programme:
    """A programme with its six (empty) steps and the three learning lines at the guide's levels."""
    TITLE.check(db, scope, data.model_dump())
    values = _stored(data.model_dump())
    _check_frameworks(db, scope, values)
    programme = audit.create_recorded(db, scope, Programme, values, entity_type=PROGRAMME, fields=FIELDS)
    add_steps(db, scope, programme.id, {})
    for position, (level, label) in enumerate(DEFAULT_LINES):
        audit.create_recorded(db, scope, LearningLine, {"programme_id": programme.id, "level": level, "label": label,
                                                        "position": position},
                              entity_type=LEARNING_LINE, fields=("programme_id", "level", "label", "position"))
    return programme


def add_steps(db: Session, scope: Scope, programme_id: uuid.UUID, notes: dict[DesignStep, str]) -> None:
    """The programme's six steps, open, with these notes (a copy's)."""
    for step in DesignStep:
        db.add(ProgrammeStep(organisation_id=scope.organisation_id, programme_id=programme_id, step=step,
                             notes=notes.get(step, "")))
    db.flush()


def update_programme(db: Session, scope: Scope, *, programme_id: uuid.UUID, data: ProgrammeUpdate,
                     if_match: str | None) -> Programme:
    programme = get_programme(db, scope, programme_id=programme_id)

    def check(values: dict[str, Any]) -> None:
        TITLE.check(db, scope, values, programme)
        _check_frameworks(db, scope, values)
        _stored(values)

    before = {name: list(getattr(programme, name)) for name in FIELDS if isinstance(getattr(programme, name), list)}
    return audit.update_claimed(db, scope, programme, data, if_match, entity_type=PROGRAMME, fields=FIELDS,
                                check=check, before=audit.fields_of(programme, FIELDS) | before)


def delete_programme(db: Session, scope: Scope, *, programme_id: uuid.UUID) -> None:
    """Deletes the programme with its steps, insights, phases, learning lines, placements, checklist ticks,
    stakeholder links and engagements (the database cascades)."""
    programme = get_programme(db, scope, programme_id=programme_id)
    references.refuse_if_referred(db, scope, PROGRAMME, [programme.id], "This programme")
    audit.delete_recorded(db, scope, programme, entity_type=PROGRAMME, fields=FIELDS)


def update_step(db: Session, scope: Scope, *, programme_id: uuid.UUID, step: str, data: StepUpdate,
                if_match: str | None) -> Programme:
    """A step's notes and done mark, as a change of the programme at the version If-Match names (its version goes
    up). Marking it done records who and when (kept when it was done already); done=false clears both."""
    programme = get_programme(db, scope, programme_id=programme_id)
    if step not in DesignStep.__members__:
        raise NotFound("There is no design step with this name.")
    claim_version(db, programme, if_match)
    row = db.scalar(scoped(ProgrammeStep, scope).where(ProgrammeStep.programme_id == programme.id,
                                                       ProgrammeStep.step == step))
    if row is None:
        row = ProgrammeStep(organisation_id=scope.organisation_id, programme_id=programme.id, step=DesignStep(step))
        db.add(row)
        db.flush()
    values: dict[str, Any] = {"notes": data.notes}
    if data.done and row.done_at is None:
        values |= {"done_at": utcnow(), "done_by_id": scope.user_id}
    elif not data.done:
        values |= {"done_at": None, "done_by_id": None}
    audit.apply_update(db, scope, row, values, entity_type=STEP, fields=_STEP_FIELDS)
    programme.updated_at = utcnow()  # the programme's version goes up: its read shows the step
    db.flush()
    return programme


# --- insights ----------------------------------------------------------------------------------------------------

_INSIGHT_SORTABLE = {"title": func.lower(Insight.title), "kind": Insight.kind, "source": Insight.source,
                     "createdAt": Insight.created_at}
INSIGHTS = Records(Insight, entity_type=INSIGHT, fields=_INSIGHT_FIELDS, noun="insight",
                   rules=(Refers(Insight.programme_id, Programme, "programme"),))


def list_insights(db: Session, scope: Scope, params: PageParams, *, programme_id: uuid.UUID | None,
                  kind: InsightKind | None) -> Page[InsightRead]:
    statement = where_given(scoped(Insight, scope), (Insight.programme_id, programme_id), (Insight.kind, kind))
    return paginate(db, statement, params, sortable=_INSIGHT_SORTABLE, default_sort=["createdAt"],
                    tiebreaker=Insight.id, to_item=lambda row: InsightRead.model_validate(row[0]))
