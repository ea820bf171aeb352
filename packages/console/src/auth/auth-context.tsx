import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { ConsoleConfig } from '../config';
import { clearSession, readSession, type Session, saveSession } from './session';

interface AuthState {
  config: ConsoleConfig;
  session: Session | undefined;
  signIn: (token: string) => Session;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | undefined>(undefined);

export function AuthProvider({ config, children }: { config: ConsoleConfig; children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(() => readSession());
  const signIn = useCallback((token: string) => {
    const next = saveSession(token);
    setSession(next);
    return next;
  }, []);
  const signOut = useCallback(async () => {
    clearSession();
    setSession(undefined);
    if (config.auth.mode === 'oidc') {
      const { signOutRedirect } = await import('./oidc');
      await signOutRedirect(config.auth);
    }
  }, [config]);
  const value = useMemo(() => ({ config, session, signIn, signOut }), [config, session, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** The signed-in user; pages behind the shell may rely on there being one. */
export function useUser(): Session['user'] {
  const { session } = useAuth();
  if (!session) throw new Error('useUser without a session');
  return session.user;
}
