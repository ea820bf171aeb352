import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateTimeText } from '../../components/date-text';
import { useUrlFilters } from '../../components/url-filters';
import { enumOptions } from '../../labels';
import { Marked } from './marked';

type Template = components['schemas']['MessageTemplate'];

export const TEMPLATES_KEY = ['message-templates'] as const;
export const templatePath = (key: string) => `/message-templates/${encodeURIComponent(key)}`;

/** A template's version as people say it: 内置 for the text every district starts with, 第 N 版 for the district's own. */
export function versionText(template: Pick<Template, 'version' | 'source'>): string {
  return template.source === 'built-in' ? '内置原文' : `第 ${template.version} 版`;
}

/**
 * 消息模板: the wording of every message the platform sends (申请受理, 补助发放, 活动提醒…), the district's
 * own version where it saved one. Staff read and preview them; only the district office rewords them.
 */
export default function TemplatesPage() {
  const user = useUser();
  const [filters, setFilters] = useUrlFilters(['kind', 'q'] as const);
  const query = useQuery({ queryKey: TEMPLATES_KEY, queryFn: () => call(api.GET('/notifications/templates')) });
  const q = filters.q?.trim();
  const items = (query.data?.items ?? []).filter(
    (template) =>
      (!filters.kind || template.kind === filters.kind) &&
      (!q || template.title.includes(q) || template.body.includes(q) || template.key.includes(q)),
  );
  const columns: ColumnsType<Template> = [
    {
      title: '标题',
      dataIndex: 'title',
      render: (title: string, row) => (
        <Space direction="vertical" size={0}>
          <Link to={templatePath(row.key)}>{title}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.key}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '消息类型',
      dataIndex: 'kindLabel',
      width: 140,
      render: (label: string, row) => (
        <Space size={4}>
          <Tag>{label}</Tag>
          {row.urgent && <Tag color="red">紧急</Tag>}
        </Space>
      ),
    },
    {
      title: '正文',
      dataIndex: 'body',
      render: (body: string, row) => <Marked text={body} variables={row.variables} />,
    },
    {
      title: '使用的版本',
      key: 'version',
      width: 120,
      render: (_, row) => <Tag color={row.source === 'built-in' ? 'default' : 'blue'}>{versionText(row)}</Tag>,
    },
    { title: '保存时间', dataIndex: 'savedAt', width: 150, render: (at?: string) => (at ? dateTimeText(at) : '—') },
  ];
  return (
    <PageContainer
      title="消息模板"
      subTitle={
        mayCall(user.role, 'saveTemplate') ? '修改后保存为新版本，此后的消息按新版本发送' : '区民政统一制定，可查看和预览'
      }
    >
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder="消息类型"
            style={{ width: 180 }}
            value={filters.kind}
            onChange={(kind?: string) => setFilters({ kind })}
            options={enumOptions('MessageKind')}
            aria-label="消息类型"
          />
          <Input.Search
            allowClear
            placeholder="标题、正文或模板代码"
            defaultValue={filters.q}
            onSearch={(value) => setFilters({ q: value })}
            style={{ width: 260 }}
          />
        </Space>
        {query.error && <Alert type="error" showIcon message={errorMessage(query.error, '读取消息模板失败')} />}
        <Table<Template>
          rowKey="key"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={query.isLoading}
          pagination={false}
          scroll={{ x: 860 }}
          data-testid="template-list"
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合条件的模板，换个类型或关键词试试。" />,
          }}
        />
      </Card>
    </PageContainer>
  );
}
