"""HTTP for the strategic plan: /plans, /developments, /goals, /learning-goals, /themes and the
traceability tree. A parent id in a body that is not the caller's organisation's is a 400 on that field."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.auth.deps import EditorScope, OrgScope
from app.core.concurrency import IfMatch
from app.core.db import DbSession
from app.core.http import created, tagged
from app.core.pagination import Paging
from app.core.schemas import Page
from app.core.vocabulary import Audience
from app.plans import queries, service
from app.plans.models import PlanStatus
from app.plans.schemas import (
    DevelopmentCreate,
    DevelopmentRead,
    DevelopmentUpdate,
    GoalCreate,
    GoalRead,
    GoalUpdate,
    LearningGoalCreate,
    LearningGoalRead,
    LearningGoalUpdate,
    PlanCreate,
    PlanRead,
    PlanUpdate,
    ThemeCreate,
    ThemeRead,
    ThemeUpdate,
    Traceability,
)

router = APIRouter(tags=["plans"])

PlanFilter = Annotated[uuid.UUID | None, Query(alias="planId", description="Only those of this plan.")]
_REFUSED = {409: {"description": "Interventions still use it (or its learning goals or themes); "
                                 "the detail names them."}}


# --- plans -------------------------------------------------------------------------------------------------------

@router.get("/plans", response_model=Page[PlanRead], summary="List plans (strategische leer- en ontwikkelplannen)")
def list_plans(
    scope: OrgScope,
    db: DbSession,
    paging: Paging,
    status_: Annotated[PlanStatus | None, Query(alias="status")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Part of the title.")] = None,
) -> Page[PlanRead]:
    """The organisation's strategic L&D plans, newest first. Sortable on title, firstYear, lastYear, status,
    createdAt, updatedAt."""
    return service.list_plans(db, scope, paging, status=status_, q=q)


@router.post("/plans", response_model=PlanRead, status_code=status.HTTP_201_CREATED,
             summary="Create a plan (leer- en ontwikkelplan)")
def create_plan(data: PlanCreate, scope: EditorScope, db: DbSession, response: Response) -> PlanRead:
    """A plan over `firstYear`..`lastYear` (the last year not before the first)."""
    plan = service.create_plan(db, scope, data=data)
    created(response, plan, "plans")
    return PlanRead.model_validate(plan)


@router.get("/plans/{plan_id}", response_model=PlanRead, summary="Get a plan (leer- en ontwikkelplan)")
def get_plan(plan_id: uuid.UUID, scope: OrgScope, db: DbSession, response: Response) -> PlanRead:
    """One plan; its developments, goals and themes are separate collections (or all at once in
    `/plans/{plan_id}/traceability`)."""
    plan = service.get_plan(db, scope, plan_id=plan_id)
    tagged(response, plan)
    return PlanRead.model_validate(plan)


@router.patch("/plans/{plan_id}", response_model=PlanRead, summary="Change a plan (leer- en ontwikkelplan)")
def update_plan(plan_id: uuid.UUID, data: PlanUpdate, scope: EditorScope, db: DbSession, response: Response,
                if_match: IfMatch = None) -> PlanRead:
    """Change title, years, status (draft → adopted → archived), summary or review notes."""
    plan = service.update_plan(db, scope, plan_id=plan_id, data=data, if_match=if_match)
    tagged(response, plan)
    return PlanRead.model_validate(plan)


@router.delete("/plans/{plan_id}", status_code=status.HTTP_204_NO_CONTENT, responses=_REFUSED,
               summary="Delete a plan (leer- en ontwikkelplan)")
def delete_plan(plan_id: uuid.UUID, scope: EditorScope, db: DbSession) -> None:
    """Deletes the plan with its developments, goals, learning goals and themes; refused (409) while
    interventions are linked to any of its learning goals or themes."""
    service.delete_plan(db, scope, plan_id=plan_id)


@router.get("/plans/{plan_id}/traceability", response_model=Traceability,
            summary="The plan's traceability (herleidbaarheid: ontwikkeling → doel → leerdoel → leerinterventie)")
def get_plan_traceability(plan_id: uuid.UUID, scope: OrgScope, db: DbSession) -> Traceability:
    """The whole chain in one answer: developments → goals → learning goals → the interventions that serve
    them, and themes → interventions, with counts (learning goals without an intervention are the gaps)."""
    return queries.traceability(db, scope, plan_id=plan_id)


# --- developments ------------------------------------------------------------------------------------------------

@router.get("/developments", response_model=Page[DevelopmentRead],
            summary="List developments (organisatieontwikkelingen / opgaven)")
def list_developments(scope: OrgScope, db: DbSession, paging: Paging, plan_id: PlanFilter = None
                      ) -> Page[DevelopmentRead]:
    """By position by default. Sortable on position, title, createdAt."""
    return service.list_developments(db, scope, paging, plan_id=plan_id)


@router.post("/developments", response_model=DevelopmentRead, status_code=status.HTTP_201_CREATED,
             summary="Create a development (organisatieontwikkeling)")
def create_development(data: DevelopmentCreate, scope: EditorScope, db: DbSession, response: Response
                       ) -> DevelopmentRead:
    """Adds a development to the plan `planId` (400 on planId when it is not a plan of yours), at `position`
    or at the end."""
    development = service.create_development(db, scope, data=data)
    created(response, development, "developments")
    return DevelopmentRead.model_validate(development)


@router.get("/developments/{development_id}", response_model=DevelopmentRead,
            summary="Get a development (organisatieontwikkeling)")
def get_development(development_id: uuid.UUID, scope: OrgScope, db: DbSession, response: Response
                    ) -> DevelopmentRead:
    """One development of a plan."""
    development = service.get_development(db, scope, development_id=development_id)
    tagged(response, development)
    return DevelopmentRead.model_validate(development)


@router.patch("/developments/{development_id}", response_model=DevelopmentRead,
              summary="Change a development (organisatieontwikkeling)")
def update_development(development_id: uuid.UUID, data: DevelopmentUpdate, scope: EditorScope, db: DbSession,
                       response: Response, if_match: IfMatch = None) -> DevelopmentRead:
    """Change title or description, or move it to another `position` (the others shift)."""
    development = service.update_development(db, scope, development_id=development_id, data=data,
                                             if_match=if_match)
    tagged(response, development)
    return DevelopmentRead.model_validate(development)


@router.delete("/developments/{development_id}", status_code=status.HTTP_204_NO_CONTENT, responses=_REFUSED,
               summary="Delete a development (organisatieontwikkeling)")
def delete_development(development_id: uuid.UUID, scope: EditorScope, db: DbSession) -> None:
    """Deletes it with its goals and learning goals; refused (409) while interventions serve those."""
    service.delete_development(db, scope, development_id=development_id)


# --- goals -------------------------------------------------------------------------------------------------------

@router.get("/goals", response_model=Page[GoalRead], summary="List goals (doelen)")
def list_goals(
    scope: OrgScope,
    db: DbSession,
    paging: Paging,
    development_id: Annotated[uuid.UUID | None, Query(alias="developmentId")] = None,
    plan_id: PlanFilter = None,
) -> Page[GoalRead]:
    """By position by default (with `planId`: in the plan's order). Sortable on position, title, createdAt."""
    return service.list_goals(db, scope, paging, development_id=development_id, plan_id=plan_id)


@router.post("/goals", response_model=GoalRead, status_code=status.HTTP_201_CREATED, summary="Create a goal (doel)")
def create_goal(data: GoalCreate, scope: EditorScope, db: DbSession, response: Response) -> GoalRead:
    """Adds a goal to the development `developmentId` (400 on developmentId when it is not yours)."""
    goal = service.create_goal(db, scope, data=data)
    created(response, goal, "goals")
    return GoalRead.model_validate(goal)


@router.get("/goals/{goal_id}", response_model=GoalRead, summary="Get a goal (doel)")
def get_goal(goal_id: uuid.UUID, scope: OrgScope, db: DbSession, response: Response) -> GoalRead:
    """One goal of a development."""
    goal = service.get_goal(db, scope, goal_id=goal_id)
    tagged(response, goal)
    return GoalRead.model_validate(goal)


@router.patch("/goals/{goal_id}", response_model=GoalRead, summary="Change a goal (doel)")
def update_goal(goal_id: uuid.UUID, data: GoalUpdate, scope: EditorScope, db: DbSession, response: Response,
                if_match: IfMatch = None) -> GoalRead:
    """Change title or description, move it to another `position` or to another development."""
    goal = service.update_goal(db, scope, goal_id=goal_id, data=data, if_match=if_match)
    tagged(response, goal)
    return GoalRead.model_validate(goal)


@router.delete("/goals/{goal_id}", status_code=status.HTTP_204_NO_CONTENT, responses=_REFUSED,
               summary="Delete a goal (doel)")
def delete_goal(goal_id: uuid.UUID, scope: EditorScope, db: DbSession) -> None:
    """Deletes it with its learning goals; refused (409) while interventions serve those."""
    service.delete_goal(db, scope, goal_id=goal_id)


# --- learning goals ----------------------------------------------------------------------------------------------

@router.get("/learning-goals", response_model=Page[LearningGoalRead], summary="List learning goals (leerdoelen)")
def list_learning_goals(
    scope: OrgScope,
    db: DbSession,
    paging: Paging,
    goal_id: Annotated[uuid.UUID | None, Query(alias="goalId")] = None,
    development_id: Annotated[uuid.UUID | None, Query(alias="developmentId")] = None,
    plan_id: PlanFilter = None,
    audience: Audience | None = None,
) -> Page[LearningGoalRead]:
    """By position by default (with `planId` or `developmentId`: in the plan's order). Sortable on position,
    title, audience, createdAt."""
    return service.list_learning_goals(db, scope, paging, goal_id=goal_id, development_id=development_id,
                                       plan_id=plan_id, audience=audience)


@router.post("/learning-goals", response_model=LearningGoalRead, status_code=status.HTTP_201_CREATED,
             summary="Create a learning goal (leerdoel)")
def create_learning_goal(data: LearningGoalCreate, scope: EditorScope, db: DbSession, response: Response
                         ) -> LearningGoalRead:
    """Adds a learning goal for employees, managers or all to the goal `goalId` (400 on goalId when not yours)."""
    learning_goal = service.create_learning_goal(db, scope, data=data)
    created(response, learning_goal, "learning-goals")
    return LearningGoalRead.model_validate(learning_goal)


@router.get("/learning-goals/{learning_goal_id}", response_model=LearningGoalRead,
            summary="Get a learning goal (leerdoel)")
def get_learning_goal(learning_goal_id: uuid.UUID, scope: OrgScope, db: DbSession, response: Response
                      ) -> LearningGoalRead:
    """One learning goal of a goal."""
    learning_goal = service.get_learning_goal(db, scope, learning_goal_id=learning_goal_id)
    tagged(response, learning_goal)
    return LearningGoalRead.model_validate(learning_goal)


@router.patch("/learning-goals/{learning_goal_id}", response_model=LearningGoalRead,
              summary="Change a learning goal (leerdoel)")
def update_learning_goal(learning_goal_id: uuid.UUID, data: LearningGoalUpdate, scope: EditorScope, db: DbSession,
                         response: Response, if_match: IfMatch = None) -> LearningGoalRead:
    """Change title, description or audience, move it to another `position` or to another goal."""
    learning_goal = service.update_learning_goal(db, scope, learning_goal_id=learning_goal_id, data=data,
                                                 if_match=if_match)
    tagged(response, learning_goal)
    return LearningGoalRead.model_validate(learning_goal)


@router.delete("/learning-goals/{learning_goal_id}", status_code=status.HTTP_204_NO_CONTENT, responses=_REFUSED,
               summary="Delete a learning goal (leerdoel)")
def delete_learning_goal(learning_goal_id: uuid.UUID, scope: EditorScope, db: DbSession) -> None:
    """Refused (409) while interventions serve it."""
    service.delete_learning_goal(db, scope, learning_goal_id=learning_goal_id)


# --- themes ------------------------------------------------------------------------------------------------------

@router.get("/themes", response_model=Page[ThemeRead], summary="List themes (strategische thema's)")
def list_themes(scope: OrgScope, db: DbSession, paging: Paging, plan_id: PlanFilter = None) -> Page[ThemeRead]:
    """By position by default. Sortable on position, title, createdAt."""
    return service.list_themes(db, scope, paging, plan_id=plan_id)


@router.post("/themes", response_model=ThemeRead, status_code=status.HTTP_201_CREATED,
             summary="Create a theme (strategisch thema)")
def create_theme(data: ThemeCreate, scope: EditorScope, db: DbSession, response: Response) -> ThemeRead:
    """Adds a theme to the plan `planId` (400 on planId when not yours; 409 when the title is taken in the plan)."""
    theme = service.create_theme(db, scope, data=data)
    created(response, theme, "themes")
    return ThemeRead.model_validate(theme)


@router.get("/themes/{theme_id}", response_model=ThemeRead, summary="Get a theme (strategisch thema)")
def get_theme(theme_id: uuid.UUID, scope: OrgScope, db: DbSession, response: Response) -> ThemeRead:
    """One theme of a plan."""
    theme = service.get_theme(db, scope, theme_id=theme_id)
    tagged(response, theme)
    return ThemeRead.model_validate(theme)


@router.patch("/themes/{theme_id}", response_model=ThemeRead, summary="Change a theme (strategisch thema)")
def update_theme(theme_id: uuid.UUID, data: ThemeUpdate, scope: EditorScope, db: DbSession, response: Response,
                 if_match: IfMatch = None) -> ThemeRead:
    """Change title or description, or move it to another `position`."""
    theme = service.update_theme(db, scope, theme_id=theme_id, data=data, if_match=if_match)
    tagged(response, theme)
    return ThemeRead.model_validate(theme)


@router.delete("/themes/{theme_id}", status_code=status.HTTP_204_NO_CONTENT, responses=_REFUSED,
               summary="Delete a theme (strategisch thema)")
def delete_theme(theme_id: uuid.UUID, scope: EditorScope, db: DbSession) -> None:
    """Refused (409) while interventions are linked to it."""
    service.delete_theme(db, scope, theme_id=theme_id)
