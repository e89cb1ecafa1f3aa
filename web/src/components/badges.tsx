// Level badge and pillar bars: colour plus text, so meaning never rests on colour alone.
import { useTranslation } from 'react-i18next';
import { fmtNumber } from '../format.js';

export const PILLARS = ['identity', 'location', 'device', 'behaviour'] as const;
export type PillarName = (typeof PILLARS)[number];

export function LevelBadge({ level }: { level: string }) {
  const { t } = useTranslation();
  return <span className={`badge level-${level}`}>{t(`level.${level}`)}</span>;
}

export function SeverityBadge({ severity }: { severity: string }) {
  const { t } = useTranslation();
  return <span className={`badge sev-${severity}`}>{t(`severity.${severity}`)}</span>;
}

export function PillarBars({ pillars }: { pillars: Record<PillarName, number> }) {
  const { t } = useTranslation();
  return (
    <dl className="pillars">
      {PILLARS.map((p) => (
        <div key={p} className="pillar">
          <dt>{t(`pillar.${p}`)}</dt>
          <dd>
            <span className="bar" aria-hidden="true"><span style={{ width: `${Math.min(100, pillars[p])}%` }} /></span>
            <span className="num">{fmtNumber(pillars[p])}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function Loading({ error }: { error?: string | null }) {
  const { t } = useTranslation();
  return error ? <p role="alert" className="error">{t('common.error')}: {error}</p> : <p aria-live="polite">{t('common.loading')}</p>;
}
