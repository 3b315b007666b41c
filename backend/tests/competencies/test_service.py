"""The competency rules, called on the service with a Scope: names unique where they must be, and no delete
of what interventions train. The HTTP tests (test_competencies.py) check how these answer over the API."""

import pytest

from app.competencies import service
from app.competencies.models import Competency, CompetencyFramework
from app.competencies.schemas import CompetencyCreate, CompetencyUpdate, FrameworkCreate, FrameworkUpdate
from app.core.errors import Conflict
from app.core.ordering import create_placed
from tests.competencies.factories import make_framework, make_framework_with
from tests.factories import make_scope
from tests.interventions.factories import make_intervention


def test_framework_names_are_unique_in_the_organisation_whatever_the_case(db, org, other_org):
    make_framework(db, org, name="Profiel")
    make_framework(db, other_org, name="Elders")
    scope = make_scope(org)
    with pytest.raises(Conflict) as refused:
        service.FRAMEWORKS.create(db, scope, data=FrameworkCreate(name="profiel"))
    assert refused.value.errors == [{"pointer": "/name", "detail": "Already in use.", "code": "taken"}]
    second = service.FRAMEWORKS.create(db, scope, data=FrameworkCreate(name="Elders"))  # another org's name
    db.flush()
    with pytest.raises(Conflict):
        service.FRAMEWORKS.update(db, scope, framework_id=second.id, data=FrameworkUpdate(name="PROFIEL"),
                                 if_match="*")
    assert service.FRAMEWORKS.update(db, scope, framework_id=second.id, data=FrameworkUpdate(name="elders"),
                                    if_match="*").name == "elders"


def test_competency_names_are_unique_in_their_framework(db, org):
    framework, items = make_framework_with(db, org, competencies=2)
    other = make_framework(db, org, name="Ander profiel")
    scope = make_scope(org)
    with pytest.raises(Conflict) as refused:
        create_placed(db, scope, service.COMPETENCIES,
                      CompetencyCreate(framework_id=framework.id, name="COMPETENTIE 0"))
    assert refused.value.errors[0]["pointer"] == "/name"
    assert create_placed(db, scope, service.COMPETENCIES, CompetencyCreate(framework_id=other.id, name="Competentie 0"))
    with pytest.raises(Conflict):
        service.update_competency(db, scope, competency_id=items[1].id, data=CompetencyUpdate(name="Competentie 0"),
                                  if_match="*")


def test_what_interventions_train_is_not_deleted_and_the_refusal_names_them(db, org):
    framework, items = make_framework_with(db, org, competencies=2)
    make_intervention(db, org, "Leiderschapstraining", competencies=items[:1])
    scope = make_scope(org)
    with pytest.raises(Conflict) as refused:
        service.delete_competency(db, scope, competency_id=items[0].id)
    assert "Leiderschapstraining" in refused.value.detail
    with pytest.raises(Conflict):
        service.delete_framework(db, scope, framework_id=framework.id)
    service.delete_competency(db, scope, competency_id=items[1].id)  # trained by none
    db.flush()
    assert db.get(Competency, items[1].id) is None and db.get(CompetencyFramework, framework.id) is not None
