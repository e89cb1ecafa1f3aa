// References and interview red-flag form (H5, H6): the interviewer ticks what they saw; the form says what it adds up to.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const FLAGS = ['cameraOff', 'refusedInPerson', 'lag', 'differentPerson', 'weakResidence', 'freeMailReferee', 'unverifiableReferee', 'scriptedAnswers'] as const;

export function InterviewForm() {
  const { t } = useTranslation();
  const [on, setOn] = useState<Set<string>>(new Set());
  const n = on.size;
  const verdict = n >= 3 ? 'high' : n >= 1 ? 'medium' : 'low';
  return (
    <section aria-labelledby="if"><h2 id="if">{t('screening.formTitle')}</h2>
      <fieldset><legend>{t('screening.formLegend')}</legend>
        {FLAGS.map((f) => (
          <label key={f} className="check"><input type="checkbox" checked={on.has(f)} onChange={(e) => { const s = new Set(on); if (e.target.checked) s.add(f); else s.delete(f); setOn(s); }} /> {t(`screening.flag.${f}`)}</label>
        ))}
      </fieldset>
      <p aria-live="polite" data-testid="form-verdict">{t(`screening.verdict.${verdict}`, { n })}</p>
    </section>
  );
}
