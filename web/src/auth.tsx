import { createContext, useContext, useState, type ReactNode } from 'react';

export interface Session {
  token: string;
  name: string;
  subject: string;
  roles: string[];
  departmentCode: string | null;
  applicantId: string | null;
}

/** Reads the claims of a token the gateway will verify (the console itself trusts nothing in it). */
export function sessionFromToken(token: string): Session {
  const part = token.split('.')[1];
  if (!part) throw new Error('Not a JWT');
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  const claims = JSON.parse(decodeURIComponent(escape(json))) as Record<string, unknown>;
  return {
    token,
    name: String(claims.name ?? claims.sub ?? ''),
    subject: String(claims.sub ?? ''),
    roles: Array.isArray(claims.roles) ? claims.roles.map(String) : [],
    departmentCode: typeof claims.department === 'string' ? claims.department : null,
    applicantId: typeof claims.applicant === 'string' ? claims.applicant : null,
  };
}

const storageKey = 'onestop.token';

const SessionContext = createContext<{
  session: Session | null;
  signIn(token: string): void;
  signOut(): void;
}>({ session: null, signIn: () => {}, signOut: () => {} });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => {
    const token = sessionStorage.getItem(storageKey);
    try {
      return token ? sessionFromToken(token) : null;
    } catch {
      return null;
    }
  });
  const signIn = (token: string) => {
    const next = sessionFromToken(token.trim());
    sessionStorage.setItem(storageKey, next.token);
    setSession(next);
  };
  const signOut = () => {
    sessionStorage.removeItem(storageKey);
    setSession(null);
  };
  return (
    <SessionContext.Provider value={{ session, signIn, signOut }}>
      {children}
    </SessionContext.Provider>
  );
}

export const useSession = () => useContext(SessionContext);

export const hasRole = (session: Session | null, ...roles: string[]) =>
  Boolean(session && session.roles.some((role) => roles.includes(role)));
