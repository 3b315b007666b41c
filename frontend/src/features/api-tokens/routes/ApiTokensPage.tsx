import { Button, Code } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppButtonLink } from '@/components/AppLink';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { type Column } from '@/components/DataTable';
import { Notice, useFlashNotice } from '@/components/Notice';
import { PageHeader } from '@/components/PageHeader';
import { PagedTable } from '@/components/PagedTable';
import { StatusBadge, type BadgeTone } from '@/components/StatusBadge';
import { useVocabulary } from '@/i18n/vocabulary';
import { formatDateLong, formatDateTime, lastValidDay } from '@/lib/format';
import { DEFAULT_PAGE_SIZE, useListParams } from '@/lib/list-params';
import type { ApiToken } from '../api/types';
import { useApiTokens } from '../api/use-api-tokens';
import { useRevokeApiToken } from '../api/use-api-token-mutations';

const TONE: Record<ApiToken['status'], BadgeTone> = {
  active: 'active',
  expired: 'inactive',
  revoked: 'danger',
};

export function ApiTokensPage() {
  const { t, i18n } = useTranslation('apiTokens');
  const vocab = useVocabulary();
  const flash = useFlashNotice();
  const { page, setPage } = useListParams([] as const);
  const tokens = useApiTokens({ page, pageSize: DEFAULT_PAGE_SIZE });
  const revoke = useRevokeApiToken();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [notice, setNotice] = useState<string | null>(flash);

  const closeDialog = () => {
    setRevoking(null);
    revoke.reset();
  };

  const columns: Column<ApiToken>[] = [
    { key: 'name', header: t('columns.name'), render: (tk) => tk.name },
    { key: 'prefix', header: t('columns.prefix'), render: (tk) => <Code>{tk.tokenPrefix}…</Code> },
    { key: 'scopes', header: t('columns.scopes'), render: (tk) => tk.scopes.map((s) => vocab.label('TokenScope', s)).join(', ') },
    {
      key: 'status',
      header: t('columns.status'),
      render: (tk) => <StatusBadge tone={TONE[tk.status]}>{vocab.label('TokenStatus', tk.status)}</StatusBadge>,
    },
    { key: 'expires', header: t('columns.validThrough'), render: (tk) => formatDateLong(lastValidDay(tk.expiresAt), i18n.language) },
    {
      key: 'lastUsed',
      header: t('columns.lastUsedAt'),
      render: (tk) => (tk.lastUsedAt ? formatDateTime(tk.lastUsedAt, i18n.language) : t('neverUsed')),
    },
    { key: 'createdBy', header: t('columns.createdBy'), render: (tk) => tk.createdBy?.name ?? t('unknownCreator') },
    {
      key: 'actions',
      header: t('columns.actions'),
      render: (tk) =>
        tk.status === 'active' ? (
          <Button
            appearance="secondary-action-button"
            hint="danger"
            aria-label={t('revoke.buttonFor', { name: tk.name })}
            onClick={() => {
              setNotice(null);
              setRevoking(tk);
            }}
          >
            {t('revoke.button')}
          </Button>
        ) : (
          <span className="lk-muted">{t('revoke.notPossible')}</span>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.intro')}
        actions={
          <AppButtonLink to="/beheer/api-tokens/nieuw" appearance="primary-action-button">
            {t('list.new')}
          </AppButtonLink>
        }
      />
      {notice ? <Notice>{notice}</Notice> : null}
      <PagedTable
        query={tokens}
        emptyMessage={t('list.empty')}
        caption={t('list.caption')}
        columns={columns}
        rowKey={(tk) => tk.id}
        onPageChange={setPage}
      />
      <ConfirmDialog
        open={revoking !== null}
        title={t('revoke.confirmTitle', { name: revoking?.name ?? '' })}
        confirmLabel={t('revoke.confirm')}
        busy={revoke.isPending}
        error={revoke.error}
        onCancel={closeDialog}
        onConfirm={() => {
          if (!revoking) return;
          const name = revoking.name;
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              closeDialog();
              setNotice(t('revoke.done', { name }));
            },
          });
        }}
      >
        {t('revoke.confirmBody')}
      </ConfirmDialog>
    </>
  );
}
