import { Typography, theme } from 'antd';
import { type ReactNode, Suspense } from 'react';
import { useLocation } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { ScreenErrorBoundary } from '../components/error-boundary';
import { PageLoading } from '../components/page-loading';

/** The frame of the screens the public reads without signing in: the district's name and the board. */
export function PublicFrame({ children }: { children: ReactNode }) {
  const { config } = useAuth();
  const location = useLocation();
  const { token } = theme.useToken();
  return (
    <div style={{ minHeight: '100vh', background: token.colorBgLayout }}>
      <header style={{ background: token.colorBgContainer, borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
        <div style={{ maxWidth: 960, margin: '0 auto', padding: '12px 16px' }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {config.district.name} · 社区公开信息
          </Typography.Text>
        </div>
      </header>
      <main style={{ maxWidth: 960, margin: '0 auto', padding: 16 }}>
        <ScreenErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<PageLoading />}>{children}</Suspense>
        </ScreenErrorBoundary>
      </main>
    </div>
  );
}
