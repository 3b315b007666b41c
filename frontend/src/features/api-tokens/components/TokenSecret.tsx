import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyState = 'idle' | 'copied' | 'failed';

/** The new token's secret, shown once, with a copy button and a plain warning. */
export function TokenSecret({ name, token }: { name: string; token: string }) {
  const { t } = useTranslation('apiTokens');
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(token);
      setCopy('copied');
    } catch {
      // No clipboard access (permissions, insecure context): select it for Ctrl+C instead.
      inputRef.current?.select();
      setCopy('failed');
    }
  };

  return (
    <section className="lk-section" aria-labelledby={`${inputId}-title`}>
      <Heading2 id={`${inputId}-title`}>{t('secret.title', { name })}</Heading2>
      <Alert type="warning" className="lk-notice">
        <Paragraph>
          <strong>{t('secret.warning')}</strong>
        </Paragraph>
        <Paragraph>{t('secret.usage')}</Paragraph>
      </Alert>
      <div className="utrecht-form-field">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={inputId}>
            {t('secret.label')}
          </label>
        </div>
        <div className="lk-secret">
          <input
            ref={inputRef}
            id={inputId}
            className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--readonly lk-secret__value"
            readOnly
            value={token}
            spellCheck={false}
            autoComplete="off"
            onFocus={(e) => e.currentTarget.select()}
          />
          <Button appearance="primary-action-button" onClick={() => void onCopy()}>
            {t('secret.copy')}
          </Button>
        </div>
      </div>
      <div role="status" aria-live="polite">
        {copy === 'copied' ? <Paragraph>{t('secret.copied')}</Paragraph> : null}
        {copy === 'failed' ? <Paragraph>{t('secret.copyFailed')}</Paragraph> : null}
      </div>
    </section>
  );
}
