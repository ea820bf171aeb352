import { Alert, Result, Spin } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { whenUnauthorized } from './api/client';
import { AuthProvider, useAuth } from './auth/auth-context';
import { clearSession, readSession } from './auth/session';
import { type ConsoleConfig, loadConfig } from './config';
import { publicScreens } from './public-screens';

const SignInPage = lazy(() => import('./pages/sign-in'));
// The signed-in frame (ProLayout and the menus) is its own chunk: the sign-in page does not load it.
const loadShell = () => import('./layout/shell');
const Shell = lazy(() => loadShell().then((module) => ({ default: module.Shell })));

// Someone already signed in opens a screen: fetch the frame and that screen's code while the config loads.
if (readSession() && !window.location.pathname.startsWith('/sign-in')) {
  void loadShell().catch(() => undefined);
  void import('./routes').then((routes) => routes.preloadScreen(window.location.pathname)).catch(() => undefined);
}
const AuthCallbackPage = lazy(() => import('./pages/auth-callback'));
// Boards the public reads without signing in: their own small chunk, without the signed-in frame.
const PublicFrame = lazy(() => import('./layout/public-frame').then((module) => ({ default: module.PublicFrame })));

function Loading() {
  return (
    <div style={{ padding: 96, textAlign: 'center' }}>
      <Spin size="large" />
    </div>
  );
}

/** Everything but sign-in needs a session; without one the user signs in and comes back to the same page. */
function Guarded() {
  const { session, signOut } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    // A 401 mid-work (expired or revoked token): back to sign-in, remembering the page; drafts stay stored.
    whenUnauthorized(() => {
      clearSession();
      void signOut();
      const next = `${window.location.pathname}${window.location.search}`;
      navigate(`/sign-in?reason=expired&next=${encodeURIComponent(next)}`, { replace: true });
    });
  }, [navigate, signOut]);
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Shell />;
}

export function App() {
  const [config, setConfig] = useState<ConsoleConfig>();
  const [failed, setFailed] = useState<string>();
  useEffect(() => {
    loadConfig().then(setConfig, (error: Error) => setFailed(error.message));
  }, []);
  if (failed) {
    return <Result status="error" title="控制台无法启动" subTitle={<Alert type="error" message={failed} />} />;
  }
  if (!config) return <Loading />;
  return (
    <AuthProvider config={config}>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/auth/callback" element={<AuthCallbackPage />} />
          {publicScreens.map((screen) => (
            <Route
              key={screen.path}
              path={screen.path}
              element={
                <PublicFrame>
                  <screen.component />
                </PublicFrame>
              }
            />
          ))}
          <Route path="*" element={<Guarded />} />
        </Routes>
      </Suspense>
    </AuthProvider>
  );
}
