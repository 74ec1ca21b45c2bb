import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { Provider } from 'urql';
import { useSession } from './auth';
import { createClient } from './client';
import { useLanguage, useT, type Word } from './i18n';
import { Applicant } from './screens/Applicant';
import { Board } from './screens/Board';
import { Desk } from './screens/Desk';
import { LicenceCheck } from './screens/LicenceCheck';
import { Supervision } from './screens/Supervision';
import { Window } from './screens/Window';
import { SignIn } from './SignIn';

const screens: { path: string; word: Word; roles: string[] | null; view: () => ReactElement }[] = [
  { path: 'check', word: 'licenceCheck', roles: null, view: LicenceCheck },
  { path: 'applicant', word: 'applicant', roles: ['APPLICANT'], view: Applicant },
  {
    path: 'desk',
    word: 'desk',
    roles: ['WINDOW_CLERK', 'DEPARTMENT_REVIEWER', 'CHIEF_REPRESENTATIVE'],
    view: Desk,
  },
  {
    path: 'board',
    word: 'board',
    roles: ['COORDINATOR', 'SUPERVISOR', 'CENTER_ADMIN'],
    view: Board,
  },
  { path: 'window', word: 'window', roles: ['WINDOW_CLERK'], view: Window },
  { path: 'supervision', word: 'supervision', roles: ['SUPERVISOR'], view: Supervision },
];

function useHashPath(): [string, (path: string) => void] {
  const read = () => window.location.hash.replace(/^#\/?/, '');
  const [path, setPath] = useState(read);
  useEffect(() => {
    const onChange = () => setPath(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [path, (next) => (window.location.hash = `/${next}`)];
}

export function App() {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  const { session, signOut } = useSession();
  const client = useMemo(() => createClient(session?.token ?? null), [session?.token]);
  const [path, go] = useHashPath();
  const allowed = (roles: string[] | null) =>
    roles === null || Boolean(session?.roles.some((role) => roles.includes(role)));
  const home = screens.find((screen) => screen.path !== 'check' && allowed(screen.roles));
  const current = screens.find((screen) => screen.path === path) ?? (session && home) ?? screens[0];
  const View = current.view;
  return (
    <Provider value={client}>
      <header className="top">
        <h1>{t('appName')}</h1>
        <nav>
          {screens
            .filter((screen) => allowed(screen.roles))
            .map((screen) => (
              <a
                key={screen.path}
                href={`#/${screen.path}`}
                className={screen === current ? 'active' : ''}
                onClick={() => go(screen.path)}
              >
                {t(screen.word)}
              </a>
            ))}
        </nav>
        <div className="who">
          {session ? (
            <>
              <span data-testid="who">
                {t('signedInAs')}: {session.name}
                {session.departmentCode ? ` · ${session.departmentCode}` : ''}
              </span>{' '}
              <button
                className="link"
                onClick={() => {
                  signOut();
                  go('');
                }}
              >
                {t('signOut')}
              </button>
            </>
          ) : (
            <a href="#/signin">{t('signIn')}</a>
          )}
          <button
            className="link"
            data-testid="language"
            onClick={() => setLanguage(language === 'zh-CN' ? 'en' : 'zh-CN')}
          >
            {t('language')}
          </button>
        </div>
      </header>
      <main key={session?.token ?? 'anonymous'}>
        {path === 'signin' && !session ? (
          <SignIn />
        ) : allowed(current.roles) ? (
          <View />
        ) : (
          <SignIn />
        )}
      </main>
    </Provider>
  );
}
