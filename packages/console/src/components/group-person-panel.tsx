import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { mayCall } from '../auth/access';
import { useUser } from '../auth/auth-context';
import { enumLabel } from '../labels';
import { dateText, dateTimeText } from './date-text';
import {
  attributeLabel,
  attributeText,
  type GroupEntry,
  type GroupMembershipView,
  mayJoin,
  mayLeave,
  mayRecord,
  useGroupCatalogue,
} from './group-catalogue';
import { GroupMembershipModal, LeaveGroupModal, usePersonGroups } from './group-membership-form';

type Change = NonNullable<ReturnType<typeof usePersonGroups>['data']>['history'][number];

const changeColor: Record<Change['change'], string> = { joined: 'green', changed: 'orange', left: 'gray' };

/** The attributes a membership has, in the order its group declares them, in Chinese. */
function MembershipAttributes({ entry, attributes }: { entry: GroupEntry | undefined; attributes: Record<string, unknown> }) {
  const declared = entry?.attributes ?? [];
  const items = declared
    .filter((attribute) => attributes[attribute.name] !== undefined)
    .map((attribute) => ({
      key: attribute.name,
      label: attribute.label,
      children: attributeText(attribute, attributes[attribute.name]),
    }));
  if (items.length === 0) return <Typography.Text type="secondary">未登记属性</Typography.Text>;
  return <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={items} />;
}

/** What a change did, attribute by attribute: 残疾等级：二级 → 一级. */
function changeText(entry: GroupEntry | undefined, change: Change): string {
  const before = change.before ?? {};
  const after = change.after ?? {};
  const text = (name: string, value: unknown) => {
    const attribute = entry?.attributes.find((item) => item.name === name);
    return attribute ? attributeText(attribute, value) : value === undefined ? '—' : JSON.stringify(value);
  };
  if (change.change === 'left') return change.reason ? `原因：${change.reason}` : '';
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]),
  );
  if (change.change === 'joined')
    return names.map((name) => `${attributeLabel(entry, name)}：${text(name, after[name])}`).join('；');
  return names
    .map((name) => `${attributeLabel(entry, name)}：${text(name, before[name])} → ${text(name, after[name])}`)
    .join('；');
}

/**
 * A person's special groups for their page: the memberships with their attributes, the groups derived
 * from age and sex as tags, and the history of every change; 纳入群体 / 调整 / 退出 for roles allowed.
 */
export function PersonGroups(props: { personId: string; reveal?: boolean }) {
  const user = useUser();
  const catalogue = useGroupCatalogue();
  const groups = usePersonGroups(props.personId, props.reveal);
  const [editing, setEditing] = useState<{ group?: string }>();
  const [leaving, setLeaving] = useState<string>();
  const mayWrite = mayCall(user.role, 'setGroupMembership');
  const memberships = groups.data?.memberships ?? [];
  // Newest first: what changed last is what a worker checks.
  const history = [...(groups.data?.history ?? [])].reverse();
  const joinable = catalogue.items.some(
    (entry) => entry.kind === 'managed' && mayJoin(entry, user.role) && !memberships.some((item) => item.group === entry.group),
  );

  if (groups.isLoading || catalogue.query.isLoading) return <Skeleton active />;

  const actions = (membership: GroupMembershipView) => {
    const entry = catalogue.entryOf(membership.group);
    if (!entry || !mayWrite) return null;
    return (
      <Space>
        {entry.attributes.some((attribute) => mayRecord(attribute, user.role)) && (
          <Button size="small" onClick={() => setEditing({ group: membership.group })}>
            调整
          </Button>
        )}
        {mayLeave(entry, user.role) && (
          <Button size="small" danger onClick={() => setLeaving(membership.group)}>
            退出
          </Button>
        )}
      </Space>
    );
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="person-groups">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Typography.Text type="secondary">按年龄推算：</Typography.Text>
          {(groups.data?.derived ?? []).length === 0 ? (
            <Typography.Text type="secondary">无</Typography.Text>
          ) : (
            groups.data?.derived.map((group) => (
              <Tag key={group.group} color="blue">
                {group.label}
              </Tag>
            ))
          )}
        </Space>
        {mayWrite && joinable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="join-group">
            纳入群体
          </Button>
        )}
      </Space>
      {memberships.length === 0 ? (
        <Empty description="未纳入任何特殊群体" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        memberships.map((membership) => (
          <Card
            key={membership.group}
            size="small"
            title={
              <Space>
                {membership.label}
                <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
                  {dateText(membership.joinedAt)} 纳入 · {membership.joinedBy}
                </Typography.Text>
              </Space>
            }
            extra={actions(membership)}
          >
            <MembershipAttributes entry={catalogue.entryOf(membership.group)} attributes={membership.attributes} />
          </Card>
        ))
      )}
      <Card size="small" title="变更历史">
        {history.length === 0 ? (
          <Typography.Text type="secondary">暂无变更</Typography.Text>
        ) : (
          <Timeline
            items={history.map((change) => ({
              key: `${change.group}-${change.at}-${change.change}`,
              color: changeColor[change.change],
              children: (
                <>
                  <Space wrap size={4}>
                    <Typography.Text type="secondary">{dateTimeText(change.at)}</Typography.Text>
                    <Typography.Text strong>{change.label}</Typography.Text>
                    <Tag color={changeColor[change.change]}>{enumLabel('GroupChange', change.change)}</Tag>
                    <Typography.Text type="secondary">办理人 {change.actor}</Typography.Text>
                  </Space>
                  <div>{changeText(catalogue.entryOf(change.group), change)}</div>
                </>
              ),
            }))}
          />
        )}
      </Card>
      {editing && (
        <GroupMembershipModal
          personId={props.personId}
          {...(editing.group ? { group: editing.group } : {})}
          open
          onClose={() => setEditing(undefined)}
        />
      )}
      {leaving && <LeaveGroupModal personId={props.personId} group={leaving} open onClose={() => setLeaving(undefined)} />}
    </Space>
  );
}
