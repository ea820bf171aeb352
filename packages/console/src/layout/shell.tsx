import { ProLayout } from '@ant-design/pro-components';
import { Result, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, matchPath, Route, Routes, useLocation } from 'react-router';
import { mayCall } from '../auth/access';
import { useAuth, useUser } from '../auth/auth-context';
import { ScreenErrorBoundary } from '../components/error-boundary';
import { PageLoading } from '../components/page-loading';
import { UnreadBell } from '../pages/notifications/unread-bell';
import { screensFor } from '../routes';
import { type Screen, sections } from '../screen';
import { ResidentShell } from './resident-shell';
import { TrainingClockControl } from './training-clock';
import { UserMenu } from './user-menu';
import { WorkAreaPicker, WorkAreaProvider } from './work-area';

function NotFound() {
  return (
    <Result status="404" title="没有这个页面" subTitle="请从左侧菜单进入要办理的事项。" extra={<Link to="/">回到工作台</Link>} />
  );
}

interface MenuEntry {
  path: string;
  name: string;
  icon?: Screen['icon'];
  routes?: MenuEntry[];
}

/** The worker's menu: top-level screens first, then one group per service in the order of `sections`. */
function menuOf(allowed: Screen[]): MenuEntry[] {
  const visible = allowed.filter((screen) => !screen.hidden);
  const entry = (screen: Screen): MenuEntry => ({ path: screen.path, name: screen.name, icon: screen.icon });
  const groups = (Object.keys(sections) as (keyof typeof sections)[]).flatMap((section) => {
    const members = visible.filter((screen) => screen.section === section);
    const first = members[0];
    if (!first) return [];
    // ProLayout opens a group by its path; a key of its own keeps groups apart from their first screen.
    return [{ path: `/_section/${section}`, name: sections[section], icon: first.icon, routes: members.map(entry) }];
  });
  return [...visible.filter((screen) => !screen.section).map(entry), ...groups];
}

/** The signed-in frame: residents and volunteers get their phone-first one, workers the menus of their role. */
export function Shell() {
  const user = useUser();
  if (user.role === 'resident' || user.role === 'volunteer') return <ResidentShell />;
  return <StaffShell />;
}

function StaffShell() {
  const user = useUser();
  const { config } = useAuth();
  const location = useLocation();
  const allowed = screensFor('staff').filter((screen) => mayCall(user.role, screen.operation));
  const menu = menuOf(allowed);
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
        actionsRender={() => [
          <TrainingClockControl key="clock" />,
          <WorkAreaPicker key="area" />,
          <UnreadBell key="bell" />,
          <UserMenu key="user" />,
        ]}
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
