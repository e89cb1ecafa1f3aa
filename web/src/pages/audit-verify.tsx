// "Verify chain": the server re-hashes the whole audit log and says whether any record was changed, removed or inserted.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { fmtNumber } from '../format.js';
import type { ChainVerdict } from '../types.js';

export function AuditVerify() {
  const { t } = useTranslation();
  const [state, setState] = useState<{ busy: boolean; verdict?: ChainVerdict; error?: string }>({ busy: false });
  const run = () => {
    setState({ busy: true });
    api<{ verify: ChainVerdict }>('/api/audit?verify=1&limit=1')
      .then((r) => setState({ busy: false, verdict: r.verify }), (e: Error) => setState({ busy: false, error: e.message }));
  };
  const v = state.verdict;
  return (
    <p className="actions">
      <button type="button" onClick={run} disabled={state.busy} data-testid="verify-chain">{t(state.busy ? 'audit.verifying' : 'audit.verify')}</button>
      <span role="status" data-testid="verify-result">
        {v && (v.ok
          ? <span className="badge ok">{t('audit.intact', { n: fmtNumber(v.checked) })}</span>
          : <span className="badge stale">{t('audit.broken', { seq: v.firstBadSeq ?? '?', reason: v.reason ?? '' })}</span>)}
        {state.error && <span className="error">{t('common.error')}: {state.error}</span>}
      </span>
    </p>
  );
}
