import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ENUM_VALUES } from '@/api/enums';
import { TextField } from '@/components/FormField';
import { FormProblem, formFieldErrors } from '@/components/FormProblem';
import { LoadingState } from '@/components/LoadingState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatNumber } from '@/lib/money';
import { useSaveFundingShares } from '../api/use-funding-share-mutations';
import { useFundingShares } from '../api/use-funding-shares';
import type { FundingShares, Stream } from '../api/types';

/** Percent as typed (a Dutch comma or a point) to the API's decimal text; empty is no share. */
function percentText(value: string): string {
  return value.trim().replace(',', '.');
}

function SharesForm({ year, interventionId, current, onDone }: {
  year: number; interventionId: string; current: FundingShares; onDone: () => void;
}) {
  const { t, i18n } = useTranslation('budgets');
  const { t: tc } = useTranslation();
  const vocab = useVocabulary();
  const save = useSaveFundingShares(year, interventionId);
  const [values, setValues] = useState<Record<Stream, string>>(() => {
    const start = { strategic: '', functional: '', personal: '' } as Record<Stream, string>;
    for (const share of current.shares) start[share.stream] = formatNumber(share.percent, i18n.language);
    return start;
  });
  const errors = formFieldErrors(save.error);
  const total = ENUM_VALUES.FundingStream.reduce((sum, stream) => sum + (Number(percentText(values[stream])) || 0), 0);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const shares = ENUM_VALUES.FundingStream.filter((stream) => percentText(values[stream]) !== '')
      .map((stream) => ({ stream, percent: percentText(values[stream]) }));
    save.mutate({ shares }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="lk-form">
      <FormProblem error={save.error} />
      {ENUM_VALUES.FundingStream.map((stream) => (
        <TextField key={stream} label={t('shares.field', { stream: vocab.label('FundingStream', stream) })}
          name={`share-${stream}`} inputMode="decimal" value={values[stream]}
          onChange={(e) => setValues({ ...values, [stream]: e.target.value })} />
      ))}
      <Paragraph role="status">{t('shares.total', { total: formatNumber(total.toFixed(2), i18n.language) })}</Paragraph>
      {errors.shares ? (
        <Paragraph className="utrecht-form-field-error-message">
          {t('shares.mustBe100', { total: formatNumber(total.toFixed(2), i18n.language) })}
        </Paragraph>
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {tc('actions.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onDone}>{tc('actions.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}

/** An intervention's funding over the streams, in a modal dialog opened from its budget line. */
export function FundingSharesDialog({ year, interventionId, title, onClose }: {
  year: number; interventionId: string; title: string; onClose: () => void;
}) {
  const { t } = useTranslation('budgets');
  const ref = useRef<HTMLDialogElement>(null);
  const shares = useFundingShares(interventionId);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('h2')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className="lk-dialog" aria-labelledby={`shares-title-${interventionId}`}
      onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <Heading2 id={`shares-title-${interventionId}`} tabIndex={-1}>{t('shares.title', { title })}</Heading2>
      <Paragraph>{t('shares.intro')}</Paragraph>
      {shares.isPending ? <LoadingState /> : shares.isError ? <ProblemAlert error={shares.error} /> : (
        <SharesForm year={year} interventionId={interventionId} current={shares.data} onDone={onClose} />
      )}
    </dialog>
  );
}
