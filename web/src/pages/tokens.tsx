// API tokens for connectors and scripts: who made each, its role, last use; revoke one (it stops working at once).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, useApi } from '../api.js';
import { Loading } from '../components/badges.js';
import { fmtDate } from '../format.js';
import type { TokenRow } from '../types.js';
import { TokenCreate } from './token-create.js';

export function TokensPage() {
  const { t } = useTranslation();
  const { data, error, reload } = useApi<{ items: TokenRow[] }>('/api/tokens');
  const [msg, setMsg] = useState<string | null>(null);
  const revoke = (tk: TokenRow) => {
    if (!window.confirm(t('tokens.confirmRevoke', { name: tk.name }))) return;
    setMsg(null);
    api(`/api/tokens/${encodeURIComponent(tk.id)}`, { method: 'DELETE' }).then(reload, (e: Error) => setMsg(e.message));
  };
  return (
    <>
      <h1>{t('tokens.title')}</h1>
      <p>{t('tokens.intro')}</p>
      <TokenCreate onCreated={reload} />
      <section aria-labelledby="tl"><h2 id="tl">{t('tokens.list')}</h2>
        {msg && <p role="alert" className="error">{msg}</p>}
        {!data ? <Loading error={error} /> : data.items.length === 0 ? <p>{t('tokens.none')}</p> : (
          <table data-testid="tokens-table">
            <thead><tr><th scope="col">{t('tokens.name')}</th><th scope="col">{t('tokens.id')}</th><th scope="col">{t('tokens.role')}</th><th scope="col">{t('tokens.createdBy')}</th>
              <th scope="col">{t('tokens.createdAt')}</th><th scope="col">{t('tokens.lastUsed')}</th><th scope="col">{t('tokens.status')}</th><th scope="col">{t('tokens.actions')}</th></tr></thead>
            <tbody>{data.items.map((tk) => (
              <tr key={tk.id} data-token={tk.id}>
                <td>{tk.name}</td><td><code>{tk.id}</code></td><td>{t(`role.${tk.role}`)}</td><td>{tk.createdBy}</td>
                <td>{fmtDate(tk.createdAt, { time: true })}</td><td>{tk.lastUsedAt ? fmtDate(tk.lastUsedAt, { time: true }) : t('tokens.never')}</td>
                <td>{tk.revokedAt ? <span className="badge stale">{t('tokens.revoked', { date: fmtDate(tk.revokedAt, { time: true }) })}</span> : <span className="badge ok">{t('tokens.active')}</span>}</td>
                <td>{!tk.revokedAt && <button type="button" className="danger" data-testid="revoke" onClick={() => revoke(tk)}>{t('tokens.revoke')}</button>}</td>
              </tr>
            ))}</tbody>
          </table>
        )}
      </section>
    </>
  );
}
