import { useEffect, useState } from 'react';
import { useSession } from './auth';
import { useT } from './i18n';
import { ErrorBox, Section } from './ui';

interface DemoPerson {
  key: string;
  name: string;
  roles: string[];
  departmentCode: string | null;
}

/**
 * Development: pick a demo person and the gateway signs a token for them (`/dev/demo-token`, absent
 * in production). Production: paste the token the configured identity provider issued.
 */
export function SignIn() {
  const t = useT();
  const { signIn } = useSession();
  const [people, setPeople] = useState<DemoPerson[] | null>(null);
  const [person, setPerson] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch('/dev/demo-identities')
      .then((response) => (response.ok ? response.json() : []))
      .then((list: DemoPerson[]) => setPeople(list))
      .catch(() => setPeople([]));
  }, []);
  return (
    <Section title={t('signIn')}>
      {people && people.length > 0 ? (
        <form
          className="row"
          onSubmit={async (event) => {
            event.preventDefault();
            setError(null);
            const response = await fetch(`/dev/demo-token?person=${encodeURIComponent(person)}`);
            if (!response.ok) return setError(`HTTP ${response.status}`);
            signIn(((await response.json()) as { token: string }).token);
          }}
        >
          <label>
            {t('signInAs')}{' '}
            <select
              name="person"
              value={person}
              onChange={(event) => setPerson(event.target.value)}
            >
              <option value="" />
              {people.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.key} — {p.name} ({p.roles.join(', ')}
                  {p.departmentCode ? ` · ${p.departmentCode}` : ''})
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={!person} data-testid="demo-sign-in">
            {t('signIn')}
          </button>
        </form>
      ) : (
        people && <p className="empty">{t('noDemo')}</p>
      )}
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          try {
            signIn(token);
          } catch (e) {
            setError((e as Error).message);
          }
        }}
      >
        <label>
          {t('pasteToken')}{' '}
          <input name="token" value={token} onChange={(event) => setToken(event.target.value)} />
        </label>
        <button type="submit" disabled={!token}>
          {t('useToken')}
        </button>
      </form>
      <ErrorBox error={error} />
    </Section>
  );
}
