"""HTTP for programmes (ontwikkelprogramma's): /programmes with their six design steps, /insights, and under a
programme its phases, learning lines, placements, the framework grid and the copy. An id in a path that is not of
the programme in the path is a 404; a programme, phase, learning line, intervention or competency in a body that is
not the caller's (or not the programme's) is a 400 on that field."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from app.auth.deps import EditorScope, OrgScope
from app.core.concurrency import IfMatch
from app.core.db import DbSession
from app.core.http import created, tagged
from app.core.resource import Calls, Doc, Item, Routes
from app.programmes import copying, framework, schemas, service, structure
from app.programmes.models import DesignStep, InsightKind, ProgrammeStatus

router = APIRouter(tags=["programmes"])
routes = Routes(router, reader=OrgScope, editor=EditorScope)

_TAKEN = {409: {"description": "The title is taken in the organisation (a field error on /title)."}}
_PROGRAMME = "programmes/{programme_id}"


# --- programmes --------------------------------------------------------------------------------------------------

@routes.listing("/programmes", schemas.ProgrammeRead, service.list_programmes,
                summary="List programmes (ontwikkelprogramma's)")
class ListProgrammes:
    """The organisation's competence-based development programmes with their six design steps, by title.
    Sortable on title, status, createdAt, updatedAt."""

    status: ProgrammeStatus | None = None
    q: Annotated[str | None, Query(max_length=200, description="Part of the title.")] = None


routes.standard(
    Item("programmes", "programme", "programme_id", "a programme (ontwikkelprogramma)",
         schemas.ProgrammeRead, schemas.ProgrammeCreate, schemas.ProgrammeUpdate, to_read=service.read_programme),
    Calls(service.create_programme, service.get_programme, service.update_programme, service.delete_programme),
    create=Doc("""A programme (a draft by default) with its six design steps (open) and three learning lines at the
    guide's levels: "Ik", "Ik en de ander", "Ik en de organisatie" (rename them). `competencyFrameworkId` must be a
    framework of yours of kind `competencies`, `dnaFrameworkId` one of kind `organisation_dna` (400 on the field
    otherwise). The title is unique in the organisation (409).""", _TAKEN),
    get="One programme with its six design steps (ontwerpstappen) and their done marks.",
    update=Doc("""Change the programme's content: step 1 (why, outcomes, contributesTo, constraints), step 5
    (kickOff, learningMaterials, onboarding, communicationMeans), step 6 (measurementMoments, measurementLevels,
    measurementNotes), the storyline, the frameworks it builds on or its status.""", _TAKEN),
    delete="""Deletes the programme with its steps, insights, phases, learning lines, placements, checklist ticks,
    stakeholder links and engagements.""",
)


@router.put("/programmes/{programme_id}/steps/{step}", response_model=schemas.ProgrammeRead,
            summary="Set a design step's notes and done mark (ontwerpstap)")
def update_programme_step(
    programme_id: uuid.UUID,
    step: Annotated[str, Path(description="One of the six design steps.",
                              json_schema_extra={"enum": [s.value for s in DesignStep]})],
    data: schemas.StepUpdate,
    scope: EditorScope,
    db: DbSession,
    response: Response,
    if_match: IfMatch = None,
) -> schemas.ProgrammeRead:
    """Notes and done mark of one of the six steps, as a change of the programme: send the programme's ETag in
    If-Match; its version goes up. `done: true` records who marked it and when (kept when it was done already);
    `done: false` clears both. Answers the whole programme. An unknown step is a 404."""
    programme = service.update_step(db, scope, programme_id=programme_id, step=step, data=data, if_match=if_match)
    tagged(response, programme)
    return service.read_programme(db, scope, programme)


@router.post("/programmes/{programme_id}/copy", response_model=schemas.ProgrammeRead,
             status_code=status.HTTP_201_CREATED, summary="Copy a programme (kopieer een ontwikkelprogramma)",
             responses=_TAKEN)
def copy_programme(programme_id: uuid.UUID, data: schemas.ProgrammeCopy, scope: EditorScope, db: DbSession,
                   response: Response) -> schemas.ProgrammeRead:
    """A new draft programme `title` built on this one: its content, its steps' notes (not their done marks),
    insights, phases with their focus competencies, learning lines, placements and stakeholder links; never its
    engagements (those happened for the source)."""
    programme = copying.copy_programme(db, scope, programme_id=programme_id, data=data)
    created(response, programme, "programmes")
    return service.read_programme(db, scope, programme)


@router.get("/programmes/{programme_id}/framework", response_model=schemas.Framework,
            summary="The programme's framework grid (framework: fasen by leerlijnen)")
def get_programme_framework(programme_id: uuid.UUID, scope: OrgScope, db: DbSession) -> schemas.Framework:
    """The whole grid in one answer and a constant number of queries: the phases (columns) with their focus
    competencies, Kolb balance and 70-20-10 mix, the learning lines (rows), and the placements with their
    interventions; and the mix of the whole programme."""
    return framework.framework(db, scope, programme_id=programme_id)


# --- insights ----------------------------------------------------------------------------------------------------

@routes.listing("/insights", schemas.InsightRead, service.list_insights,
                summary="List insights (inzichten uit de analyse)")
class ListInsights:
    """What the current-situation analysis (step 2) found: strengths, challenges, opportunities and needs, each
    with its source. Oldest first; sortable on title, kind, source, createdAt."""

    programme_id: Annotated[uuid.UUID | None, Query(alias="programmeId", description="Only this programme's.")] = None
    kind: InsightKind | None = None


routes.standard(
    Item("insights", "insight", "insight_id", "an insight (inzicht)",
         schemas.InsightRead, schemas.InsightCreate, schemas.InsightUpdate),
    Calls.recorded(service.INSIGHTS),
    create="Adds an insight to the programme `programmeId` (400 on programmeId when it is not yours).",
    get="One insight of a programme's current-situation analysis.",
    update="Change kind, source, title or description.",
    delete="Deletes the insight.",
)


# --- phases ------------------------------------------------------------------------------------------------------

@routes.listing("/programmes/{programme_id}/phases", schemas.PhaseRead, structure.list_phases,
                summary="List phases (fasen)")
class ListPhases:
    """The programme's phases (the framework's columns) in their order, with their focus competencies."""


routes.standard(
    Item(f"{_PROGRAMME}/phases", "phase", "phase_id", "a phase (fase)",
         schemas.PhaseRead, schemas.PhaseCreate, schemas.PhaseUpdate,
         to_read=structure.read_phase, parent="programme_id"),
    Calls(structure.create_phase, structure.get_phase, structure.update_phase, structure.delete_phase),
    create="""Adds a phase at `position` (or at the end) with the competencies in focus, `competencyIds` (yours:
    400 on `/competencyIds/<i>` otherwise).""",
    get="One phase of the programme with its focus competencies.",
    update="Change title, sub-theme, months or the focus competencies (the whole list), or move it (`position`).",
    delete="Deletes the phase with its placements.",
)


# --- learning lines ----------------------------------------------------------------------------------------------

@routes.listing("/programmes/{programme_id}/learning-lines", schemas.LearningLineRead, structure.list_learning_lines,
                summary="List learning lines (leerlijnen)")
class ListLearningLines:
    """The programme's learning lines (the framework's rows) in their order."""


routes.standard(
    Item(f"{_PROGRAMME}/learning-lines", "learning_line", "line_id", "a learning line (leerlijn)",
         schemas.LearningLineRead, schemas.LearningLineCreate, schemas.LearningLineUpdate, parent="programme_id"),
    Calls(structure.create_learning_line, structure.get_learning_line, structure.update_learning_line,
          structure.delete_learning_line),
    create="Adds a learning line at a level (self, self_and_others, self_and_organisation) with the organisation's "
           "label,\nat `position` or at the end.",
    get="One learning line of the programme.",
    update="Change level, label or description (the forms it uses), or move it (`position`).",
    delete="Deletes the learning line with its placements.",
)


# --- placements --------------------------------------------------------------------------------------------------

@routes.listing("/programmes/{programme_id}/placements", schemas.PlacementRead, structure.list_placements,
                summary="List placements (interventies in het framework)")
class ListPlacements:
    """The interventions placed in the programme's framework, by week. Sortable on weekOffset, kolbPhase,
    createdAt. The grid with the interventions themselves is `/programmes/{programme_id}/framework`."""

    phase_id: Annotated[uuid.UUID | None, Query(alias="phaseId", description="Only this phase's.")] = None
    learning_line_id: Annotated[uuid.UUID | None, Query(alias="learningLineId",
                                                        description="Only this learning line's.")] = None


routes.standard(
    Item(f"{_PROGRAMME}/placements", "placement", "placement_id", "a placement (plaatsing)",
         schemas.PlacementRead, schemas.PlacementCreate, schemas.PlacementUpdate, parent="programme_id"),
    Calls(structure.create_placement, structure.get_placement, structure.update_placement,
          structure.delete_placement),
    create="""Places an intervention of your catalogue in a phase and learning line of this programme (400 on the
    field otherwise), with its Kolb phase and its week within the phase (below the phase's length in weeks).""",
    get="One placement.",
    update="Change it; a change of `phaseId`, `learningLineId` or `weekOffset` is a move.",
    delete="Removes the intervention from the framework (the intervention stays in the catalogue).",
)
