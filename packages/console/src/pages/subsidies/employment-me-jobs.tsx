import { Alert, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { useUser } from '../../auth/auth-context';
import { dateText } from '../../components/date-text';
import { usePagedList } from '../../components/paged-list';
import { useAreaName } from '../../layout/work-area';
import { yuanText } from './money';

type Opening = components['schemas']['JobOpening'];

/** A resident's view of the jobs units in their community offer: still open, closing soonest first. */
export default function MyJobsPage() {
  const user = useUser();
  const community = user.areas[0]?.split('-')[0];
  const communityName = useAreaName(community);
  const list = usePagedList<Opening>({
    key: ['job-openings', 'mine', community],
    enabled: Boolean(community),
    fetch: (cursor) =>
      call(
        api.GET('/subsidies/employment/openings', {
          params: { query: { area: community ?? '', ...(cursor ? { cursor } : {}) } },
        }),
      ),
  });
  const error = list.query.error;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {communityName ?? '本社区'}辖内单位正在招聘的岗位。想报名的，请按岗位上的联系人联系，或到社区居委会登记。
      </Typography.Text>
      {error && <Alert type="error" showIcon message={errorMessage(error, '读取岗位失败')} />}
      <List
        loading={list.loading}
        dataSource={list.items}
        locale={{ emptyText: <Empty description="目前没有招聘中的岗位，有新岗位时会在这里列出。" /> }}
        renderItem={(opening) => (
          <Card
            size="small"
            style={{ marginBottom: 12 }}
            title={opening.title}
            extra={<Tag color="green">余 {opening.remaining} 人</Tag>}
          >
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              <Typography.Text strong>{opening.unitName}</Typography.Text>
              <Typography.Text>
                月工资 <Typography.Text type="danger">{yuanText(opening.monthlyWageYuan)}</Typography.Text> · 招{' '}
                {opening.positions} 人
              </Typography.Text>
              <Typography.Text type="secondary">面向：{opening.welcomesLabel}</Typography.Text>
              {opening.description && (
                <Typography.Paragraph style={{ marginBottom: 0 }}>{opening.description}</Typography.Paragraph>
              )}
              <Typography.Text type="secondary">
                报名截止 {dateText(opening.closesOn)}
                {opening.contactName ? ` · 联系人 ${opening.contactName}` : ''}
              </Typography.Text>
            </Space>
          </Card>
        )}
      />
      {list.pager}
    </Space>
  );
}
