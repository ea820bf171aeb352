import { LogoutOutlined } from '@ant-design/icons';
import { Dropdown, Grid, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useAuth, useUser } from '../auth/auth-context';
import { roleLabel } from '../labels';
import { useAreaName } from './work-area';

/** The signed-in person's name (with role and area on a wide screen) and sign-out. */
export function UserMenu() {
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
