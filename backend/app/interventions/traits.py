"""What other domains ask of a set of interventions at once: for the programmes' principle checks, each one's
70-20-10 kind and the competencies it trains (two queries, however many)."""

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session

from app.core.scope import Scope
from app.core.tenancy import scoped
from app.core.vocabulary import LearningMix
from app.interventions.models import Intervention, InterventionCompetency


@dataclass(frozen=True)
class Traits:
    learning_mix: LearningMix | None
    competency_ids: frozenset[uuid.UUID]


def traits_of(db: Session, scope: Scope, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Traits]:
    """The organisation's interventions among `ids`, by id: their 70-20-10 kind and trained competencies."""
    ids = list(set(ids))
    if not ids:
        return {}
    trained: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for intervention_id, competency_id in db.execute(
        scoped(Intervention, scope, InterventionCompetency.intervention_id, InterventionCompetency.competency_id)
        .select_from(Intervention)
        .join(InterventionCompetency, InterventionCompetency.intervention_id == Intervention.id)
        .where(Intervention.id.in_(ids))
    ):
        trained[intervention_id].add(competency_id)
    return {row.id: Traits(LearningMix(row.learning_mix) if row.learning_mix else None, frozenset(trained[row.id]))
            for row in db.execute(scoped(Intervention, scope, Intervention.id, Intervention.learning_mix)
                                  .where(Intervention.id.in_(ids)))}
