from app.reports.effect import effect_report
from tests.factories import make_scope
from tests.reports.effect_data import make_study

def test_smoke(db, org):
    s = make_study(db, org)
    report = effect_report(db, make_scope(org), s.cohort.id)
    import json
    print(json.dumps(report.model_dump(mode="json", by_alias=True), indent=1)[:6000])
    for row in report.rows:
        print(row.kind, row.label, row.question_count, [m.n for m in row.moments], [c.n for c in row.changes])
