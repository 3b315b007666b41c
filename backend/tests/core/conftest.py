"""What the kit's tests share: a plan of each organisation."""

import pytest

from app.plans.models import Plan


@pytest.fixture
def plans(db, org, other_org):
    mine = Plan(organisation_id=org.id, title="Mijn plan", first_year=2014, last_year=2017)
    theirs = Plan(organisation_id=other_org.id, title="Hun plan", first_year=2014, last_year=2017)
    db.add_all([mine, theirs])
    db.flush()
    return mine, theirs
