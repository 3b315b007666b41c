import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyState = 'idle' | 'copied' | 'failed';

/** A subscription link, shown once, with a copy button and how to add it in Outlook. */
export function FeedSecret({ url }: { url: string }) {
  const { t } = useTranslation('calendars');
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      // No clipboard access (permissions, insecure context): select it for Ctrl+C instead.
      inputRef.current?.select();
      setCopy('failed');
    }
  };

  return (
    <section className="lk-section" aria-labelledby={`${id}-title`}>
      <Heading3 id={`${id}-title`}>{t('links.secretTitle')}</Heading3>
      <Alert type="warning" className="lk-notice">
        <Paragraph><strong>{t('links.secretWarning')}</strong></Paragraph>
        <Paragraph>{t('links.secretShare')}</Paragraph>
      </Alert>
      <div className="utrecht-form-field">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={id}>{t('links.secretLabel')}</label>
        </div>
        <div className="lk-feed-secret">
          <input ref={inputRef} id={id} readOnly value={url} spellCheck={false} autoComplete="off"
            className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--readonly lk-feed-secret__value"
            onFocus={(e) => e.currentTarget.select()} />
          <Button appearance="primary-action-button" onClick={() => void onCopy()}>{t('links.copy')}</Button>
        </div>
      </div>
      <div role="status" aria-live="polite">
        {copy === 'copied' ? <Paragraph>{t('links.copied')}</Paragraph> : null}
        {copy === 'failed' ? <Paragraph>{t('links.copyFailed')}</Paragraph> : null}
      </div>
      <Heading3>{t('links.outlookTitle')}</Heading3>
      <ul>
        <li>{t('links.outlookWeb')}</li>
        <li>{t('links.outlookClassic')}</li>
      </ul>
      <Paragraph>{t('links.outlookRefresh')}</Paragraph>
    </section>
  );
}
