"""HTTP for the strategic plan: /plans, /developments, /goals, /learning-goals, /themes and the
traceability tree. A parent id in a body that is not the caller's organisation's is a 400 on that field."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.auth.deps import EditorScope, OrgScope
from app.core.db import DbSession
from app.core.resource import Calls, Doc, Item, Routes
from app.core.vocabulary import Audience
from app.plans import queries, schemas, service
from app.plans.models import PlanStatus

router = APIRouter(tags=["plans"])
routes = Routes(router, reader=OrgScope, editor=EditorScope)

PlanFilter = Annotated[uuid.UUID | None, Query(alias="planId", description="Only those of this plan.")]
DevelopmentFilter = Annotated[uuid.UUID | None, Query(alias="developmentId")]
_REFUSED = {409: {"description": "Interventions still use it (or its learning goals or themes); "
                                 "the detail names them."}}


# --- plans -------------------------------------------------------------------------------------------------------

@routes.listing("/plans", schemas.PlanRead, service.list_plans,
                summary="List plans (strategische leer- en ontwikkelplannen)")
class ListPlans:
    """The organisation's strategic L&D plans, newest first. Sortable on title, firstYear, lastYear, status,
    createdAt, updatedAt."""

    status: PlanStatus | None = None
    q: Annotated[str | None, Query(max_length=200, description="Part of the title.")] = None


routes.standard(
    Item("plans", "plan", "plan_id", "a plan (leer- en ontwikkelplan)",
         schemas.PlanRead, schemas.PlanCreate, schemas.PlanUpdate),
    Calls(service.create_plan, service.get_plan, service.update_plan, service.delete_plan),
    create="A plan over `firstYear`..`lastYear` (the last year not before the first).",
    get="""One plan; its developments, goals and themes are separate collections (or all at once in
    `/plans/{plan_id}/traceability`).""",
    update="Change title, years, status (draft → adopted → archived), summary or review notes.",
    delete=Doc("""Deletes the plan with its developments, goals, learning goals and themes; refused (409) while
    interventions are linked to any of its learning goals or themes.""", _REFUSED),
)


@router.get("/plans/{plan_id}/traceability", response_model=schemas.Traceability,
            summary="The plan's traceability (herleidbaarheid: ontwikkeling → doel → leerdoel → leerinterventie)")
def get_plan_traceability(plan_id: uuid.UUID, scope: OrgScope, db: DbSession) -> schemas.Traceability:
    """The whole chain in one answer: developments → goals → learning goals → the interventions that serve
    them, and themes → interventions, with counts (learning goals without an intervention are the gaps)."""
    return queries.traceability(db, scope, plan_id=plan_id)


# --- developments ------------------------------------------------------------------------------------------------

@routes.listing("/developments", schemas.DevelopmentRead, service.list_developments,
                summary="List developments (organisatieontwikkelingen / opgaven)")
class ListDevelopments:
    """By position by default. Sortable on position, title, createdAt."""

    plan_id: PlanFilter = None


routes.standard(
    Item("developments", "development", "development_id", "a development (organisatieontwikkeling)",
         schemas.DevelopmentRead, schemas.DevelopmentCreate, schemas.DevelopmentUpdate),
    Calls.placed(service.DEVELOPMENTS, delete=service.delete_development),
    create="""Adds a development to the plan `planId` (400 on planId when it is not a plan of yours), at `position`
    or at the end.""",
    get="One development of a plan.",
    update="Change title or description, or move it to another `position` (the others shift).",
    delete=Doc("Deletes it with its goals and learning goals; refused (409) while interventions serve those.",
               _REFUSED),
)


# --- goals -------------------------------------------------------------------------------------------------------

@routes.listing("/goals", schemas.GoalRead, service.list_goals, summary="List goals (doelen)")
class ListGoals:
    """By position by default (with `planId`: in the plan's order). Sortable on position, title, createdAt."""

    development_id: DevelopmentFilter = None
    plan_id: PlanFilter = None


routes.standard(
    Item("goals", "goal", "goal_id", "a goal (doel)", schemas.GoalRead, schemas.GoalCreate, schemas.GoalUpdate),
    Calls.placed(service.GOALS, delete=service.delete_goal),
    create="Adds a goal to the development `developmentId` (400 on developmentId when it is not yours).",
    get="One goal of a development.",
    update="Change title or description, move it to another `position` or to another development.",
    delete=Doc("Deletes it with its learning goals; refused (409) while interventions serve those.", _REFUSED),
)


# --- learning goals ----------------------------------------------------------------------------------------------

@routes.listing("/learning-goals", schemas.LearningGoalRead, service.list_learning_goals,
                summary="List learning goals (leerdoelen)")
class ListLearningGoals:
    """By position by default (with `planId` or `developmentId`: in the plan's order). Sortable on position,
    title, audience, createdAt."""

    goal_id: Annotated[uuid.UUID | None, Query(alias="goalId")] = None
    development_id: DevelopmentFilter = None
    plan_id: PlanFilter = None
    audience: Audience | None = None


routes.standard(
    Item("learning-goals", "learning_goal", "learning_goal_id", "a learning goal (leerdoel)",
         schemas.LearningGoalRead, schemas.LearningGoalCreate, schemas.LearningGoalUpdate),
    Calls.placed(service.LEARNING_GOALS, delete=service.delete_learning_goal),
    create="Adds a learning goal for employees, managers or all to the goal `goalId` (400 on goalId when not yours).",
    get="One learning goal of a goal.",
    update="Change title, description or audience, move it to another `position` or to another goal.",
    delete=Doc("Refused (409) while interventions serve it.", _REFUSED),
)


# --- themes ------------------------------------------------------------------------------------------------------

@routes.listing("/themes", schemas.ThemeRead, service.list_themes, summary="List themes (strategische thema's)")
class ListThemes:
    """By position by default. Sortable on position, title, createdAt."""

    plan_id: PlanFilter = None


routes.standard(
    Item("themes", "theme", "theme_id", "a theme (strategisch thema)",
         schemas.ThemeRead, schemas.ThemeCreate, schemas.ThemeUpdate),
    Calls.placed(service.THEMES, delete=service.delete_theme),
    create="Adds a theme to the plan `planId` (400 on planId when not yours; 409 when the title is taken in the plan).",
    get="One theme of a plan.",
    update="Change title or description, or move it to another `position`.",
    delete=Doc("Refused (409) while interventions are linked to it.", _REFUSED),
)
