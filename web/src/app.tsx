// App shell: skip link, navigation, language switch, and the page for the current route.
import { useTranslation } from 'react-i18next';
import { AuthGate, can, UserBadge, useMe, type Ability } from './auth.js';
import { Refused } from './components/refused.js';
import { LANGS } from './i18n/index.js';
import { ApplicabilityPage } from './pages/applicability.js';
import { AuditPage } from './pages/audit.js';
import { CasePage } from './pages/case.js';
import { CasesPage } from './pages/cases.js';
import { ClustersPage } from './pages/clusters.js';
import { OverviewPage } from './pages/overview.js';
import { PeoplePage } from './pages/people.js';
import { PersonPage } from './pages/person.js';
import { ReportPage } from './pages/report.js';
import { ScreeningPage } from './pages/screening.js';
import { SourcesPage } from './pages/sources.js';
import { TokensPage } from './pages/tokens.js';
import { UsersPage } from './pages/users.js';
import { href, useRoute, type Route } from './router.js';

const NAV = ['overview', 'people', 'clusters', 'screening', 'cases', 'applicability', 'sources', 'report', 'users', 'tokens', 'audit'] as const;

/** Pages only some roles may open: hidden from the others' navigation, and refused at their URL. */
const NEEDS: Partial<Record<string, Ability>> = { screening: 'ingest', users: 'admin', tokens: 'admin', audit: 'audit' };
const allowed = (role: string | undefined, name: string) => { const need = NEEDS[name]; return !need || can(role, need); };

function Page({ route }: { route: Route }) {
  const { t } = useTranslation();
  const { me } = useMe();
  if (!allowed(me?.role, route.name)) return <Refused />;
  switch (route.name) {
    case 'overview': return <OverviewPage />;
    case 'people': return <PeoplePage />;
    case 'person': return <PersonPage id={route.params[0] ?? ''} />;
    case 'clusters': return <ClustersPage selected={route.params[0]} />;
    case 'screening': return <ScreeningPage />;
    case 'cases': return <CasesPage />;
    case 'case': return <CasePage id={route.params[0] ?? ''} />;
    case 'applicability': return <ApplicabilityPage />;
    case 'sources': return <SourcesPage />;
    case 'report': return <ReportPage personId={route.params[0]} />;
    case 'users': return <UsersPage />;
    case 'tokens': return <TokensPage />;
    case 'audit': return <AuditPage />;
    default: return <p>{t('common.notFound')}</p>;
  }
}

/** Navigation a role can use: screening uploads need ingest rights; accounts and tokens the admin; the audit log admin or auditor. */
function Nav({ active }: { active: string }) {
  const { t } = useTranslation();
  const { me } = useMe();
  if (!me || me.mustChangePassword) return null;
  const items = NAV.filter((n) => allowed(me.role, n));
  return (
    <nav aria-label={t('nav.label')}>
      <ul>
        {items.map((n) => (
          <li key={n}><a href={href(n)} aria-current={active === n ? 'page' : undefined}>{t(`nav.${n}`)}</a></li>
        ))}
      </ul>
    </nav>
  );
}

export function App() {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const active = route.name === 'person' ? 'people' : route.name === 'case' ? 'cases' : route.name;
  const header = (
    <>
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>{t('nav.skip')}</a>
      <header className="top no-print">
        <span className="brand">Trustline</span>
        <Nav active={active} />
        <label className="lang">
          <span>{t('nav.language')}</span>
          <select value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)} data-testid="lang">
            {LANGS.map((l) => <option key={l} value={l}>{t(`lang.${l}`)}</option>)}
          </select>
        </label>
        <UserBadge />
      </header>
    </>
  );
  return (
    <AuthGate header={header}>
      <main id="main" tabIndex={-1} key={`${route.name}/${route.params.join('/')}`}>
        <Page route={route} />
      </main>
    </AuthGate>
  );
}
