import { useTranslation } from 'react-i18next';
import { ENUM_VALUES } from '@/api/enums';
import { useVocabulary } from '@/i18n/vocabulary';
import type { FrameworkPhase } from '../api/types';
import { kolbCount, missingKolb, mixShares } from '../lib/balance';
import { KolbIcon } from './KolbIcon';

/**
 * A phase's Kolb balance (the four phases of the cycle with their counts, the missing ones named) and its 70-20-10
 * mix against 70/20/10: the text says it all; the bars beside it are for the eye only.
 */
export function PhaseBalance({ phase }: { phase: FrameworkPhase }) {
  const { t } = useTranslation('programmes');
  const vocab = useVocabulary();
  const missing = missingKolb(ENUM_VALUES.KolbPhase, phase.kolbBalance);
  const shares = mixShares(phase.mix);
  return (
    <div className="lk-balance">
      <p className="lk-balance__heading">{t('balance.kolb')}</p>
      <ul className="lk-balance__kolb">
        {ENUM_VALUES.KolbPhase.map((kolb) => (
          <li key={kolb}>
            <KolbIcon phase={kolb} /> {vocab.label('KolbPhase', kolb)}: {kolbCount(phase.kolbBalance, kolb)}
          </li>
        ))}
      </ul>
      <p className={missing.length ? 'lk-balance__warning' : 'lk-balance__ok'}>
        {missing.length
          ? t('balance.kolbMissing', { phases: missing.map((k) => vocab.label('KolbPhase', k)).join(', ') })
          : t('balance.kolbComplete')}
      </p>
      <p className="lk-balance__heading">{t('balance.mix')}</p>
      <ul className="lk-balance__mix">
        {shares.map((share) => (
          <li key={share.kind}>
            <span>
              {share.kind === 'unknown'
                ? t('balance.mixUnknown', { percent: share.percent, n: share.count })
                : t('balance.mixShare', { label: vocab.label('LearningMix', share.kind), percent: share.percent, target: share.target, n: share.count })}
            </span>
            <span className="lk-bar" aria-hidden="true">
              <span className={`lk-bar__value lk-bar__value--${share.kind}`} style={{ inlineSize: `${share.percent}%` }} />
              {share.target !== null ? <span className="lk-bar__target" style={{ insetInlineStart: `${share.target}%` }} /> : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
