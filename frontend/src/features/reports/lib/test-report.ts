/** A small effect report for the tests of this feature (two rounds, a level, two competencies, two levers; one
 * competency's change suppressed). Not used by the app itself. */
import type { ChangeFigure, EffectReport, EffectRow, MomentFigure } from '../api/types';

export const PRE = '00000000-0000-4000-8000-000000000001';
export const POST = '00000000-0000-4000-8000-000000000002';
export const COMPETENCY_A = '00000000-0000-4000-8000-00000000000a';
export const COMPETENCY_B = '00000000-0000-4000-8000-00000000000b';

function moment(roundId: string, n: number | null, mean: number | null, suppressed: MomentFigure['suppressed'] = null): MomentFigure {
  return { roundId, n, mean, sd: mean === null ? null : 10, suppressed };
}

function change(n: number | null, diff: number | null, suppressed: ChangeFigure['suppressed'] = null): ChangeFigure {
  return {
    fromRoundId: PRE, toRoundId: POST, kind: 'paired', n, meanDifference: diff, effectSize: diff === null ? null : diff / 10,
    effectSizeKind: 'd_z', magnitude: diff === null ? null : Math.abs(diff) >= 8 ? 'large' : 'small',
    ciLow: diff === null ? null : diff - 3, ciHigh: diff === null ? null : diff + 3, t: diff === null ? null : 4, df: 9,
    p: diff === null ? null : 0.003, suppressed,
  };
}

function row(kind: EffectRow['kind'], key: string, label: string, moments: MomentFigure[], changes: ChangeFigure[]): EffectRow {
  return {
    kind, key, label, position: kind === 'question' ? 1 : null, questionType: kind === 'question' ? 'likert_5' : null,
    scaleMin: kind === 'question' ? 1 : 0, scaleMax: kind === 'question' ? 5 : 100, questionCount: 1,
    level: 'participant', dimension: null, transferLever: null, competencyId: null, moments, changes,
  };
}

export function testReport(): EffectReport {
  return {
    cohortId: '00000000-0000-4000-8000-0000000000c0',
    cohortName: 'Traineeship 2025-A',
    minimumGroupSize: 5,
    rounds: [
      { id: PRE, moment: 'pre', title: 'Voormeting', anonymity: 'pseudonymous', opensAt: '2025-01-06T08:00:00Z',
        closesAt: '2025-01-20T08:00:00Z', invited: 12, completed: 10, responseRate: 10 / 12 },
      { id: POST, moment: 'post', title: 'Nameting', anonymity: 'pseudonymous', opensAt: '2025-12-01T08:00:00Z',
        closesAt: '2025-12-15T08:00:00Z', invited: 12, completed: 9, responseRate: 0.75 },
    ],
    comparisons: [{ fromRoundId: PRE, toRoundId: POST, kind: 'paired' }],
    rows: [
      row('question', '00000000-0000-4000-8000-0000000000f1', 'Ik verbind mensen', [moment(PRE, 10, 3.1), moment(POST, 9, 3.9)], [change(9, 0.8)]),
      row('level', 'participant', 'participant', [moment(PRE, 10, 52.5), moment(POST, 9, 61.25)], [change(9, 8.75)]),
      row('competency', COMPETENCY_A, 'Verbindend', [moment(PRE, 10, 50), moment(POST, 9, 64.5)], [change(9, 14.5)]),
      row('competency', COMPETENCY_B, 'Omgevingsbewust', [moment(PRE, 4, null, 'too_few'), moment(POST, 4, null, 'too_few')],
        [change(null, null, 'too_few')]),
      row('transfer_lever', 'self_efficacy', 'self_efficacy', [moment(PRE, 10, 45), moment(POST, 9, 85)], [change(9, 40)]),
      row('transfer_lever', 'peer_support', 'peer_support', [moment(PRE, 10, 10), moment(POST, 4, null, 'too_few')], [change(null, null, 'too_few')]),
    ],
  };
}
