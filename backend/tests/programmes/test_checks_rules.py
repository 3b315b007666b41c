"""Every automatic rule of the design-principle checks, a pass and a warn each, on the service (both databases):
a `designed` programme passes them all; each test breaks one thing and reads what the check says."""

from datetime import UTC, date, datetime

from sqlalchemy import select

from app.core.vocabulary import KolbPhase, LearningMix
from app.programmes import checks_service as service
from app.programmes.models import DesignStep, Placement
from app.programmes.principles import CheckStatus, Principle
from app.stakeholders.models import EngagementKind
from tests.competencies.factories import make_competency
from tests.factories import make_scope
from tests.interventions.factories import make_intervention
from tests.programmes.factories_checks import (
    designed,
    make_engagement,
    make_phase,
    make_placement,
    make_programme,
    mark_done,
)

WARN, PASS = CheckStatus.warn, CheckStatus.passed


def checks(db, org, programme):
    report = service.principle_checks(db, make_scope(org), programme_id=programme.id)
    return {check.principle: check for check in report.checks}


def reasons(db, org, programme, principle):
    """{code: reason} of one principle."""
    return {r.code: r for r in checks(db, org, programme)[principle].reasons}


def placements_of(db, phase):
    return list(db.scalars(select(Placement).where(Placement.phase_id == phase.id)))


def test_a_designed_programme_passes_every_automatic_rule(db, org):
    found = checks(db, org, designed(db, org).programme)
    assert list(found) == list(Principle)
    codes = {principle: {r.code for r in check.reasons} for principle, check in found.items()}
    assert codes == {
        Principle.organisational_context: {"frameworks_chosen", "competencies_trained", "stakeholders_engaged"},
        Principle.user_centred_design: set(),
        Principle.educational_theory: {"kolb_complete"},
        Principle.learning_ecosystem: {"lines_used", "mix_balanced"},
        Principle.fixed_rhythm: {"rhythm_regular"},
        Principle.structured_design_process: {"measurement_planned"},
        Principle.storyline_learning: {"storyline_set"},
    }
    assert all(r.status == PASS for check in found.values() for r in check.reasons)
    # nothing warns, but nothing is ticked either: every principle waits for its checklist
    assert {check.status for check in found.values()} == {CheckStatus.manual}


def test_frameworks_warn_when_the_programme_builds_on_none(db, org):
    made = designed(db, org)
    made.programme.dna_framework_id = None
    db.flush()
    found = reasons(db, org, made.programme, Principle.organisational_context)
    assert "frameworks_chosen" not in found
    assert found["no_dna_framework"].fix.field == "dnaFrameworkId"
    assert found["no_dna_framework"].fix.step == DesignStep.goal_and_constraints
    made.programme.competency_framework_id = None
    db.flush()
    assert {"no_dna_framework", "no_competency_framework"} <= set(reasons(db, org, made.programme,
                                                                          Principle.organisational_context))
    assert checks(db, org, made.programme)[Principle.organisational_context].status == WARN


def test_a_focus_competency_no_placed_intervention_trains_warns_with_its_phase(db, org):
    made = designed(db, org)
    untrained = make_competency(db, made.frameworks[0], name="Wendbaar")
    phase = make_phase(db, made.programme, title="Halfjaar 3", competencies=[untrained])
    make_placement(db, phase, made.lines[0], made.interventions[LearningMix.workplace])
    found = reasons(db, org, made.programme, Principle.organisational_context)
    reason = found["competency_untrained"]
    assert reason.status == WARN and reason.params == {"phase": "Halfjaar 3", "competency": "Wendbaar"}
    assert (reason.fix.step, reason.fix.phase_id, reason.fix.competency_id) == (DesignStep.framework, phase.id,
                                                                                 untrained.id)
    assert "Wendbaar" in reason.message and "competencies_trained" not in found
    # trained by an intervention in another phase does not count: Verbindend is in focus in phase 1 only
    other = make_phase(db, made.programme, title="Halfjaar 4", competencies=[made.competencies[0]])
    make_placement(db, other, made.lines[0], make_intervention(db, org, learning_mix=LearningMix.workplace))
    assert {r.params.get("phase") for r in checks(db, org, made.programme)[Principle.organisational_context]
            .reasons if r.code == "competency_untrained"} == {"Halfjaar 3", "Halfjaar 4"}


def test_a_phase_without_focus_competencies_warns(db, org):
    made = designed(db, org)
    phase = make_phase(db, made.programme, title="Zomer")
    found = reasons(db, org, made.programme, Principle.organisational_context)
    assert found["phase_without_focus"].params == {"phase": "Zomer"}
    assert found["phase_without_focus"].fix.phase_id == phase.id


def test_stakeholders_must_be_engaged_before_the_framework_is_done(db, org):
    made = designed(db, org)  # a design session on 12 January, the framework done on 1 February
    assert reasons(db, org, made.programme, Principle.organisational_context)["stakeholders_engaged"].params == {
        "count": 1, "firstEngagement": "2026-01-12"}
    late = designed(db, org)
    mark_done(db, late.programme, DesignStep.framework, datetime(2026, 1, 5, 12, tzinfo=UTC))
    reason = reasons(db, org, late.programme, Principle.organisational_context)["stakeholders_engaged_late"]
    assert reason.params == {"doneOn": "2026-01-05", "firstEngagement": "2026-01-12"}
    assert reason.fix.step == DesignStep.stakeholders


def test_without_an_interview_or_design_session_stakeholders_were_not_engaged(db, org):
    programme = make_programme(db, org)
    make_engagement(db, programme, kind=EngagementKind.progress_update)  # informing is not engaging
    make_engagement(db, make_programme(db, org))  # another programme's interview
    assert "stakeholders_not_engaged" in reasons(db, org, programme, Principle.organisational_context)
    # while the framework is not done, an interview at any time counts
    make_engagement(db, programme, kind=EngagementKind.interview, held_on=date(2030, 5, 1))
    found = reasons(db, org, programme, Principle.organisational_context)
    assert found["stakeholders_engaged"].status == PASS and "stakeholders_not_engaged" not in found


def test_a_phase_missing_part_of_the_kolb_cycle_warns_with_what_is_missing(db, org):
    made = designed(db, org)
    for placement in placements_of(db, made.phases[1]):
        if placement.kolb_phase == KolbPhase.reflective_observation:
            placement.kolb_phase = KolbPhase.concrete_experience
    db.flush()
    check = checks(db, org, made.programme)[Principle.educational_theory]
    assert check.status == WARN and [r.code for r in check.reasons] == ["kolb_incomplete"]
    assert check.reasons[0].params == {"phase": "Halfjaar 2", "missing": ["reflective_observation"]}
    assert check.fix.phase_id == made.phases[1].id


def test_a_learning_line_unused_in_a_phase_warns(db, org):
    made = designed(db, org)
    for placement in placements_of(db, made.phases[0]):
        if placement.learning_line_id == made.lines[2].id:
            db.delete(placement)
    db.flush()
    check = checks(db, org, made.programme)[Principle.learning_ecosystem]
    unused = [r for r in check.reasons if r.code == "line_unused"]
    assert check.status == WARN and [r.params for r in unused] == [{"phase": "Halfjaar 1", "line": "Ik en de stad"}]
    assert (unused[0].fix.phase_id, unused[0].fix.learning_line_id) == (made.phases[0].id, made.lines[2].id)


def test_the_70_20_10_mix_warns_when_far_off(db, org):
    made = designed(db, org)
    balanced = reasons(db, org, made.programme, Principle.learning_ecosystem)["mix_balanced"]
    assert balanced.params == {"workplace": 70, "social": 20, "formal": 10, "unknown": 0, "tolerance": 15}
    made.interventions[LearningMix.social].learning_mix = LearningMix.formal  # 70/0/30
    db.flush()
    off = reasons(db, org, made.programme, Principle.learning_ecosystem)["mix_off"]
    assert off.status == WARN and (off.params["social"], off.params["formal"]) == (0, 30)
    assert "70/0/30" in off.message


def test_the_mix_is_unknown_when_no_placed_intervention_has_a_kind(db, org):
    made = designed(db, org, phases=1)
    for intervention in made.interventions.values():
        intervention.learning_mix = None
    db.flush()
    assert reasons(db, org, made.programme, Principle.learning_ecosystem)["mix_unknown"].params["unknown"] == 10


def test_a_long_stretch_without_sessions_breaks_the_rhythm(db, org):
    made = designed(db, org)
    assert reasons(db, org, made.programme, Principle.fixed_rhythm)["rhythm_regular"].params == {"largest": 2,
                                                                                                 "limit": 6}
    last = max(placements_of(db, made.phases[0]), key=lambda p: p.week_offset)
    last.week_offset = 30  # 16 weeks -> 30: 14 weeks without anything
    db.flush()
    reason = reasons(db, org, made.programme, Principle.fixed_rhythm)["rhythm_gap"]
    assert reason.params == {"phase": "Halfjaar 1", "fromWeek": 16, "toWeek": 30, "weeks": 14, "limit": 6}
    assert reason.fix.phase_id == made.phases[0].id


def test_a_late_start_of_a_phase_counts_as_a_gap(db, org):
    made = designed(db, org, phases=1)
    for placement in placements_of(db, made.phases[0]):
        placement.week_offset += 8
    db.flush()
    assert reasons(db, org, made.programme, Principle.fixed_rhythm)["rhythm_gap"].params["fromWeek"] == 0


def test_irregular_sessions_warn_even_without_a_long_gap(db, org):
    made = designed(db, org, phases=1)
    for placement, week in zip(sorted(placements_of(db, made.phases[0]), key=lambda p: p.week_offset),
                               [1, 2, 3, 4, 5, 6, 7, 8, 9, 14], strict=True):
        placement.week_offset = week
    db.flush()
    reason = reasons(db, org, made.programme, Principle.fixed_rhythm)["rhythm_irregular"]
    assert reason.params == {"phase": "Halfjaar 1", "largest": 5, "median": 1.0}


def test_effect_measurement_needs_pre_and_post_and_a_level(db, org):
    made = designed(db, org)
    made.programme.measurement_moments = ["pre", "midway"]
    made.programme.measurement_levels = []
    db.flush()
    found = reasons(db, org, made.programme, Principle.structured_design_process)
    assert found["measurement_moments_missing"].params == {"missing": ["post"]}
    assert found["measurement_moments_missing"].fix.field == "measurementMoments"
    assert found["measurement_levels_missing"].fix.step == DesignStep.effect_measurement
    assert "measurement_planned" not in found


def test_the_storyline_needs_a_title_and_a_narrative(db, org):
    made = designed(db, org)
    assert reasons(db, org, made.programme, Principle.storyline_learning)["storyline_set"].params == {
        "title": "Tijdreis"}
    made.programme.storyline_narrative = "  "
    db.flush()
    reason = reasons(db, org, made.programme, Principle.storyline_learning)["storyline_missing"]
    assert reason.params == {"missing": ["narrative"]} and reason.fix.field == "storylineNarrative"


def test_an_empty_framework_warns_once_per_rule_that_needs_phases(db, org):
    found = checks(db, org, make_programme(db, org))
    assert [r.code for r in found[Principle.educational_theory].reasons] == ["no_phases"]
    assert [r.code for r in found[Principle.fixed_rhythm].reasons] == ["no_phases"]
    assert {r.code for r in found[Principle.learning_ecosystem].reasons} == {"no_phases", "mix_no_placements"}
    assert found[Principle.storyline_learning].status == WARN
    assert found[Principle.user_centred_design].status == CheckStatus.manual
