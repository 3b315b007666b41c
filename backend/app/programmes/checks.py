"""The Rotterdam guide's seven design principles (ontwerpprincipes) as checks of a programme: pure functions over
the facts `checks_service.load_facts` reads in a constant number of queries.

Each principle answers `pass`, `warn` or `manual`. Its automatic rules give one reason each (a stable `code`, the
`params` the SPA renders a Dutch sentence from, an English `message`, and a `fix`: the design step and the phase,
learning line or competency concerned). What the data cannot show is a checklist the adviser ticks. A principle warns
when any of its rules warns; otherwise it is `manual` while a checklist item is unticked, and `pass` when all are.

Which rule belongs to which principle (docs/decisions/0014-design-principle-checks.md gives the reasons):
1. organisational_context: the programme builds on a competency framework and an organisation-DNA framework; every
   focus competency of a phase is trained there (a placed intervention is linked to it), and every phase has one;
   stakeholders were engaged (an interview or design session) before the framework step was marked done, or at all
   while it is not done.
2. user_centred_design: the checklist only.
3. educational_theory: every phase runs the whole Kolb cycle (all four Kolb phases among its placements).
4. learning_ecosystem: every learning line is used in every phase; the 70-20-10 mix of the placements is within
   MIX_TOLERANCE percentage points of 70/20/10 for each of the three.
5. fixed_rhythm: in every phase, no stretch of more than MAX_GAP_WEEKS weeks without a placement (counted from the
   phase's start), and, with three or more gaps, the largest gap at most IRREGULAR_FACTOR times the median gap (gaps
   under IRREGULAR_MIN_WEEKS weeks never count as irregular).
6. structured_design_process: the effect measurement is planned: the moments include pre and post, and at least
   one level is chosen.
7. storyline_learning: the storyline has a title and a narrative.
"""

import itertools
import statistics
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from app.core.vocabulary import KolbPhase, LearningMix, MeasurementMoment
from app.programmes.models import DesignStep
from app.programmes.principles import (
    CHECKLIST,
    HOME_STEP,
    Check,
    CheckStatus,
    Facts,
    Fix,
    Item,
    PlacementFacts,
    Principle,
    Reason,
)

MIX_TARGET = {LearningMix.workplace: 70, LearningMix.social: 20, LearningMix.formal: 10}
MIX_TOLERANCE = 15  # percentage points either way, per kind
MAX_GAP_WEEKS = 6
IRREGULAR_FACTOR = 2
IRREGULAR_MIN_WEEKS = 4
REQUIRED_MOMENTS = (MeasurementMoment.pre, MeasurementMoment.post)
ENGAGING_KINDS = ("interview", "design_session")  # EngagementKind values that count as engaging stakeholders


def _ok(code: str, message: str, step: DesignStep, **params: Any) -> Reason:
    return Reason(code, CheckStatus.passed, message, Fix(step), params)


def _warn(code: str, message: str, fix: Fix, **params: Any) -> Reason:
    return Reason(code, CheckStatus.warn, message, fix, params)


_FRAMEWORK = DesignStep.framework
_NO_PHASES = ("no_phases", "The framework has no phases yet: add the phases (columns) of the programme.")


def _no_phases() -> Reason:
    return _warn(*_NO_PHASES, Fix(_FRAMEWORK))


def _by_phase(facts: Facts) -> dict[uuid.UUID, list[PlacementFacts]]:
    placed: dict[uuid.UUID, list[PlacementFacts]] = defaultdict(list)
    for placement in facts.placements:
        placed[placement.phase_id].append(placement)
    return placed


# --- the rules ------------------------------------------------------------------------------------------------

def frameworks_chosen(facts: Facts) -> list[Reason]:
    step = DesignStep.goal_and_constraints
    reasons = []
    if facts.competency_framework_id is None:
        reasons.append(_warn("no_competency_framework", "The programme does not build on a competency framework yet: "
                             "choose the competencies it develops.", Fix(step, "competencyFrameworkId")))
    if facts.dna_framework_id is None:
        reasons.append(_warn("no_dna_framework", "The programme does not build on the organisation's DNA yet: choose "
                             "the organisation-DNA framework.", Fix(step, "dnaFrameworkId")))
    return reasons or [_ok("frameworks_chosen", "The programme builds on a competency framework and the "
                           "organisation's DNA.", step)]


def focus_competencies_trained(facts: Facts) -> list[Reason]:
    if not facts.phases:
        return [_no_phases()]
    placed = _by_phase(facts)
    reasons = []
    for phase in facts.phases:
        if not phase.competencies:
            reasons.append(_warn("phase_without_focus", f"Phase '{phase.title}' has no competencies in focus.",
                                 Fix(_FRAMEWORK, "competencyIds", phase_id=phase.id), phase=phase.title))
        trained = set().union(*(p.competency_ids for p in placed[phase.id]))
        for competency_id, name in phase.competencies:
            if competency_id not in trained:
                reasons.append(_warn(
                    "competency_untrained", f"No intervention in phase '{phase.title}' trains its focus competency "
                    f"'{name}'.", Fix(_FRAMEWORK, phase_id=phase.id, competency_id=competency_id),
                    phase=phase.title, competency=name))
    count = sum(len(phase.competencies) for phase in facts.phases)
    return reasons or [_ok("competencies_trained", "Every focus competency is trained by an intervention in its "
                           "phase.", _FRAMEWORK, count=count)]


def stakeholders_engaged(facts: Facts) -> list[Reason]:
    step = DesignStep.stakeholders
    dates = sorted(facts.engagement_dates)
    done_on = facts.framework_done_on
    if not dates:
        return [_warn("stakeholders_not_engaged", "No interview or design session with stakeholders is recorded for "
                      "this programme.", Fix(step))]
    if done_on is not None and dates[0] > done_on:
        return [_warn("stakeholders_engaged_late", f"The framework was marked done on {done_on.isoformat()}, before "
                      f"the first interview or design session ({dates[0].isoformat()}).", Fix(step),
                      doneOn=done_on.isoformat(), firstEngagement=dates[0].isoformat())]
    before = [d for d in dates if done_on is None or d <= done_on]
    return [_ok("stakeholders_engaged", f"Stakeholders were engaged in {len(before)} interviews or design sessions "
                "before the framework was finished.", step, count=len(before), firstEngagement=dates[0].isoformat())]


def kolb_cycle_complete(facts: Facts) -> list[Reason]:
    if not facts.phases:
        return [_no_phases()]
    placed = _by_phase(facts)
    reasons = []
    for phase in facts.phases:
        present = {p.kolb_phase for p in placed[phase.id]}
        missing = [k.value for k in KolbPhase if k not in present]
        if missing:
            reasons.append(_warn("kolb_incomplete", f"Phase '{phase.title}' misses {len(missing)} of the four phases "
                                 f"of Kolb's cycle: {', '.join(missing)}.", Fix(_FRAMEWORK, phase_id=phase.id),
                                 phase=phase.title, missing=missing))
    return reasons or [_ok("kolb_complete", "Every phase runs the whole Kolb cycle.", _FRAMEWORK)]


def learning_lines_used(facts: Facts) -> list[Reason]:
    if not facts.phases:
        return [_no_phases()]
    if not facts.learning_lines:
        return [_warn("no_learning_lines", "The framework has no learning lines: add the lines (rows) at the "
                      "three levels.", Fix(_FRAMEWORK))]
    used = {(p.phase_id, p.learning_line_id) for p in facts.placements}
    reasons = [_warn("line_unused", f"Learning line '{line.label}' has nothing in phase '{phase.title}'.",
                     Fix(_FRAMEWORK, phase_id=phase.id, learning_line_id=line.id), phase=phase.title, line=line.label)
               for phase in facts.phases for line in facts.learning_lines if (phase.id, line.id) not in used]
    return reasons or [_ok("lines_used", "Every learning line is used in every phase.", _FRAMEWORK)]


def mix_shares(placements: Iterable[PlacementFacts]) -> tuple[dict[LearningMix, int], int]:
    """The 70-20-10 shares of the placements whose intervention has a kind, in whole percents, and how many have
    none."""
    counts = {kind: 0 for kind in MIX_TARGET}
    unknown = 0
    for placement in placements:
        if placement.learning_mix is None:
            unknown += 1
        else:
            counts[placement.learning_mix] += 1
    known = sum(counts.values())
    return {kind: round(100 * n / known) if known else 0 for kind, n in counts.items()}, unknown


def mix_balanced(facts: Facts) -> list[Reason]:
    shares, unknown = mix_shares(facts.placements)
    params = {"workplace": shares[LearningMix.workplace], "social": shares[LearningMix.social],
              "formal": shares[LearningMix.formal], "unknown": unknown}
    if not facts.placements:
        return [_warn("mix_no_placements", "No interventions are placed yet, so there is no 70-20-10 mix.",
                      Fix(_FRAMEWORK))]
    if unknown == len(facts.placements):
        return [_warn("mix_unknown", "None of the placed interventions says whether it is workplace, social or formal "
                      "learning (70-20-10).", Fix(_FRAMEWORK), **params)]
    shown = f"{params['workplace']}/{params['social']}/{params['formal']}"
    if any(abs(shares[kind] - target) > MIX_TOLERANCE for kind, target in MIX_TARGET.items()):
        return [_warn("mix_off", f"The placements are {shown} workplace/social/formal learning, more than "
                      f"{MIX_TOLERANCE} points away from 70/20/10.", Fix(_FRAMEWORK), **params,
                      tolerance=MIX_TOLERANCE)]
    return [_ok("mix_balanced", f"The placements are {shown} workplace/social/formal learning, close to 70/20/10.",
                _FRAMEWORK, **params, tolerance=MIX_TOLERANCE)]


def gaps(weeks: Iterable[int]) -> list[tuple[int, int]]:
    """The stretches (from week, to week) between the distinct weeks with a placement, from the phase's start."""
    return list(itertools.pairwise(sorted({0, *weeks})))


def rhythm_regular(facts: Facts) -> list[Reason]:
    if not facts.phases:
        return [_no_phases()]
    if not facts.placements:
        return [_warn("rhythm_no_placements", "No interventions are placed yet, so there is no rhythm.",
                      Fix(_FRAMEWORK))]
    placed = _by_phase(facts)
    reasons = []
    largest = 0
    for phase in facts.phases:
        stretches = gaps(p.week_offset for p in placed[phase.id])
        if not placed[phase.id] or not stretches:
            continue
        lengths = [to - start for start, to in stretches]
        largest = max(largest, *lengths)
        long = [(start, to) for start, to in stretches if to - start > MAX_GAP_WEEKS]
        fix = Fix(_FRAMEWORK, phase_id=phase.id)
        if long:
            start, to = max(long, key=lambda s: s[1] - s[0])
            reasons.append(_warn("rhythm_gap", f"Phase '{phase.title}' has {to - start} weeks without anything "
                                 f"(week {start} to {to}); at most {MAX_GAP_WEEKS} keeps the rhythm.", fix,
                                 phase=phase.title, fromWeek=start, toWeek=to, weeks=to - start, limit=MAX_GAP_WEEKS))
            continue
        median = statistics.median(lengths)
        if len(lengths) >= 3 and max(lengths) >= IRREGULAR_MIN_WEEKS and max(lengths) > IRREGULAR_FACTOR * median:
            reasons.append(_warn("rhythm_irregular", f"The sessions in phase '{phase.title}' are irregular: the "
                                 f"largest gap ({max(lengths)} weeks) is more than {IRREGULAR_FACTOR} times the "
                                 f"usual one ({median:g} weeks).", fix, phase=phase.title, largest=max(lengths),
                                 median=float(median)))
    return reasons or [_ok("rhythm_regular", f"Every phase keeps a regular rhythm: at most {largest} weeks between "
                           "sessions.", _FRAMEWORK, largest=largest, limit=MAX_GAP_WEEKS)]


def measurement_planned(facts: Facts) -> list[Reason]:
    step = DesignStep.effect_measurement
    reasons = []
    missing = [m.value for m in REQUIRED_MOMENTS if m.value not in facts.measurement_moments]
    if missing:
        reasons.append(_warn("measurement_moments_missing", f"The effect measurement has no {' and no '.join(missing)} "
                             "measurement: plan one before and one after the programme.",
                             Fix(step, "measurementMoments"), missing=missing))
    if not facts.measurement_levels:
        reasons.append(_warn("measurement_levels_missing", "The effect measurement names no level (participant, "
                             "programme, organisation).", Fix(step, "measurementLevels")))
    return reasons or [_ok("measurement_planned", "The effect measurement is planned before and after, at "
                           f"{len(facts.measurement_levels)} levels.", step,
                           moments=list(facts.measurement_moments), levels=list(facts.measurement_levels))]


def storyline_set(facts: Facts) -> list[Reason]:
    missing = [name for name, value in (("title", facts.storyline_title), ("narrative", facts.storyline_narrative))
               if not value.strip()]
    if missing:
        fix = Fix(_FRAMEWORK, "storylineTitle" if "title" in missing else "storylineNarrative")
        return [_warn("storyline_missing", f"The storyline has no {' and no '.join(missing)} yet.", fix,
                      missing=missing)]
    return [_ok("storyline_set", f"The storyline '{facts.storyline_title}' connects the programme.", _FRAMEWORK,
                title=facts.storyline_title)]


RULES: dict[Principle, tuple[Callable[[Facts], list[Reason]], ...]] = {
    Principle.organisational_context: (frameworks_chosen, focus_competencies_trained, stakeholders_engaged),
    Principle.user_centred_design: (),
    Principle.educational_theory: (kolb_cycle_complete,),
    Principle.learning_ecosystem: (learning_lines_used, mix_balanced),
    Principle.fixed_rhythm: (rhythm_regular,),
    Principle.structured_design_process: (measurement_planned,),
    Principle.storyline_learning: (storyline_set,),
}


def check(principle: Principle, facts: Facts) -> Check:
    reasons = [reason for rule in RULES[principle] for reason in rule(facts)]
    items = [Item(item, label, facts.confirmations.get(item.value)) for item, label in CHECKLIST[principle]]
    warned = [reason for reason in reasons if reason.status == CheckStatus.warn]
    if warned:
        status = CheckStatus.warn
    elif any(item.confirmation is None for item in items):
        status = CheckStatus.manual
    else:
        status = CheckStatus.passed
    return Check(principle, status, reasons, warned[0].fix if warned else Fix(HOME_STEP[principle]), items)


def evaluate(facts: Facts) -> list[Check]:
    """The seven principles in the guide's order."""
    return [check(principle, facts) for principle in Principle]
