import { LogoutOutlined } from '@ant-design/icons';
import { ProLayout } from '@ant-design/pro-components';
import { Dropdown, Grid, Result, Space, Spin, Tag, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, matchPath, Route, Routes, useLocation, useNavigate } from 'react-router';
import { mayCall } from '../auth/access';
import { useAuth, useUser } from '../auth/auth-context';
import { ScreenErrorBoundary } from '../components/error-boundary';
import { roleLabel } from '../labels';
import { screens } from '../routes';
import { useAreaName, WorkAreaPicker, WorkAreaProvider } from './work-area';

function PageLoading() {
  return (
    <div style={{ padding: 64, textAlign: 'center' }}>
      <Spin tip="正在加载…">
        <div style={{ minHeight: 40 }} />
      </Spin>
    </div>
  );
}

function NotFound() {
  return (
    <Result status="404" title="没有这个页面" subTitle="请从左侧菜单进入要办理的事项。" extra={<Link to="/">回到工作台</Link>} />
  );
}

function UserMenu() {
  const user = useUser();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const areaName = useAreaName(user.areas[0]);
  // On a phone the header keeps the name only: role and area are in the menu that opens from it.
  const wide = Grid.useBreakpoint().md ?? true;
  return (
    <Dropdown
      menu={{
        items: [
          ...(wide
            ? []
            : [{ key: 'who', disabled: true, label: `${roleLabel(user.role)} · ${areaName ?? user.areas.join('、')}` }]),
          {
            key: 'sign-out',
            icon: <LogoutOutlined />,
            label: '退出登录',
            onClick: async () => {
              await signOut();
              navigate('/sign-in', { replace: true });
            },
          },
        ],
      }}
    >
      <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
        <Typography.Text style={{ whiteSpace: 'nowrap' }}>{user.name ?? user.sub}</Typography.Text>
        {wide && <Tag color="blue">{roleLabel(user.role)}</Tag>}
        {wide && <Typography.Text type="secondary">{areaName ?? user.areas.join('、')}</Typography.Text>}
      </Space>
    </Dropdown>
  );
}

/** The signed-in frame: menus for the caller's role, the work-area picker, and the screens. */
export function Shell() {
  const user = useUser();
  const { config } = useAuth();
  const location = useLocation();
  const allowed = screens.filter((screen) => mayCall(user.role, screen.operation));
  const menu = allowed
    .filter((screen) => !screen.hidden)
    .map((screen) => ({ path: screen.path, name: screen.name, icon: screen.icon }));
  const current = allowed.find((screen) => matchPath(screen.path, location.pathname));
  return (
    <WorkAreaProvider>
      <ProLayout
        title="社区服务平台"
        logo={false}
        layout="mix"
        fixSiderbar
        location={{ pathname: current && !current.hidden ? current.path : location.pathname }}
        route={{ path: '/', routes: menu }}
        menuItemRender={(item, dom) => <Link to={item.path ?? '/'}>{dom}</Link>}
        actionsRender={() => [<WorkAreaPicker key="area" />, <UserMenu key="user" />]}
        menuFooterRender={() => (
          <Typography.Text type="secondary" style={{ fontSize: 12, padding: '0 16px' }}>
            {config.district.name} · {config.district.code}
          </Typography.Text>
        )}
        token={{ header: { colorBgHeader: '#fff' } }}
        // ProLayout's own boundary speaks English; the console's speaks Chinese and knows stale builds.
        ErrorBoundary={false}
      >
        <ScreenErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<PageLoading />}>
            <Routes>
              {allowed.map((screen) => (
                <Route key={screen.path} path={screen.path} element={<screen.component />} />
              ))}
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
        </ScreenErrorBoundary>
      </ProLayout>
    </WorkAreaProvider>
  );
}
