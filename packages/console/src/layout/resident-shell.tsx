import { Result, Typography, theme } from 'antd';
import { Suspense } from 'react';
import { Link, matchPath, Navigate, Route, Routes, useLocation } from 'react-router';
import { mayCall } from '../auth/access';
import { useAuth, useUser } from '../auth/auth-context';
import { ScreenErrorBoundary } from '../components/error-boundary';
import { PageLoading } from '../components/page-loading';
import { UnreadBell } from '../pages/notifications/unread-bell';
import { screensFor } from '../routes';
import { UserMenu } from './user-menu';
import { useAreaName } from './work-area';

/** Wide enough for a phone held upright; on a desktop the column stays this wide in the middle. */
const COLUMN_WIDTH = 600;

/**
 * The frame residents and volunteers get: phone-first, one column, a tab bar at the bottom with the
 * resident screens that are not hidden (each service adds its own in `pages/<service>/screens.tsx`).
 */
export function ResidentShell() {
  const user = useUser();
  const { config } = useAuth();
  const location = useLocation();
  const { token } = theme.useToken();
  const community = useAreaName(user.areas[0]?.slice(0, 12));
  const allowed = screensFor('resident').filter((screen) => mayCall(user.role, screen.operation));
  const tabs = allowed.filter((screen) => !screen.hidden);
  const current = allowed.find((screen) => matchPath(screen.path, location.pathname));
  return (
    <div style={{ minHeight: '100vh', background: token.colorBgLayout }}>
      <header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <div
          style={{
            maxWidth: COLUMN_WIDTH,
            margin: '0 auto',
            padding: '10px 16px',
            display: 'flex',
            alignItems: 'center',
            gap: 12,
          }}
        >
          <div style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {current?.name ?? '社区服务'}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {community ?? config.district.name}
              </Typography.Text>
            </div>
          </div>
          <UnreadBell />
          <UserMenu />
        </div>
      </header>
      <main style={{ maxWidth: COLUMN_WIDTH, margin: '0 auto', padding: '12px 12px 84px' }}>
        <ScreenErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<PageLoading />}>
            <Routes>
              {allowed.map((screen) => (
                <Route key={screen.path} path={screen.path} element={<screen.component />} />
              ))}
              <Route path="/" element={<Navigate to="/me" replace />} />
              <Route path="*" element={<Result status="404" title="没有这个页面" extra={<Link to="/me">回到我的</Link>} />} />
            </Routes>
          </Suspense>
        </ScreenErrorBoundary>
      </main>
      <nav
        aria-label="居民服务"
        style={{
          position: 'fixed',
          bottom: 0,
          left: 0,
          right: 0,
          zIndex: 10,
          background: token.colorBgContainer,
          borderTop: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <div style={{ maxWidth: COLUMN_WIDTH, margin: '0 auto', display: 'flex' }}>
          {tabs.map((screen) => {
            const active = current?.path === screen.path || location.pathname.startsWith(`${screen.path}/`);
            return (
              <Link
                key={screen.path}
                to={screen.path}
                data-testid={`tab-${screen.path}`}
                style={{
                  flex: 1,
                  padding: '8px 0 10px',
                  textAlign: 'center',
                  fontSize: 12,
                  color: active ? token.colorPrimary : token.colorTextSecondary,
                }}
              >
                <div style={{ fontSize: 20, lineHeight: '22px' }}>{screen.icon}</div>
                {screen.name}
              </Link>
            );
          })}
        </div>
      </nav>
    </div>
  );
}
