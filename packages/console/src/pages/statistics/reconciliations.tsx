import { PageContainer } from '@ant-design/pro-components';
import { Alert, Breadcrumb, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { useUser } from '../../auth/auth-context';
import { dateTimeText } from '../../components/date-text';
import { usePagedList } from '../../components/paged-list';

import { areaLevel, useAreaName } from '../../layout/work-area';
import { gridFallback, levelsOf, useLevelNames, useStatisticsArea, useUrlState } from './areas';

type DriftReport = components['schemas']['DriftReport'];

const fieldLabels: Record<DriftReport['fields'][number]['field'], string> = {
  total: '总人口',
  registered: '户籍人口',
  migrant: '流动人口',
  male: '男',
  female: '女',
};

function AreaName(props: { code: string }) {
  const name = useAreaName(props.code);
  return <>{name ?? (areaLevel(props.code) === 'grid' ? gridFallback(props.code) : '…')}</>;
}

export default function ReconciliationsPage() {
  const user = useUser();
  const [filters, setFilters] = useUrlState(['area'] as const);
  const area = useStatisticsArea(filters.area);
  const levels = area ? levelsOf(area, user.areas) : [];
  const names = useLevelNames(levels);
  const list = usePagedList<DriftReport>({
    key: ['statistics', 'reconciliations', area],
    enabled: Boolean(area),
    fetch: (cursor) =>
      call(api.GET('/statistics/reconciliations', { params: { query: { area: area ?? '', ...(cursor ? { cursor } : {}) } } })),
  });
  const columns: ColumnsType<DriftReport> = [
    { title: '核对日期', dataIndex: 'day', width: 120 },
    { title: '地区', dataIndex: 'area', render: (code: string) => <AreaName code={code} /> },
    {
      title: '发现的偏差',
      key: 'fields',
      render: (_, report) => (
        <Space direction="vertical" size={2}>
          {report.fields.map((field) => {
            const drift = field.found - field.expected;
            return (
              <span key={field.field}>
                {fieldLabels[field.field]}：统计 {field.found} 人，登记清点 {field.expected} 人
                <Typography.Text type={drift > 0 ? 'danger' : 'warning'}>
                  （{drift > 0 ? `多计 ${drift}` : `少计 ${-drift}`} 人）
                </Typography.Text>
              </span>
            );
          })}
        </Space>
      ),
    },
    {
      title: '处理结果',
      dataIndex: 'outcome',
      width: 220,
      render: (outcome: DriftReport['outcome']) =>
        outcome === 'corrected' ? (
          <Tag color="green">已按清点数更正</Tag>
        ) : (
          <Tag color="orange">核对时计数在变动，待下次核对</Tag>
        ),
    },
    { title: '登记清点时间', dataIndex: 'countedAt', width: 180, render: (at: string) => dateTimeText(at) },
  ];
  if (!area) return <Alert type="warning" showIcon message="您的账号没有管辖地区，无法查看核对记录。" />;
  return (
    <PageContainer
      title="核对记录"
      subTitle="登记服务每天清点在册人口，统计服务逐个地区核对人口计数；这里是发现的偏差和处理结果"
      content={
        <Breadcrumb
          items={levels.map((code, index) => ({
            key: code,
            title:
              index === levels.length - 1 ? (
                <Typography.Text strong>{names[code] ?? '…'}</Typography.Text>
              ) : (
                <Typography.Link onClick={() => setFilters({ area: code })}>{names[code] ?? '…'}</Typography.Link>
              ),
          }))}
        />
      }
    >
      <Card>
        {list.query.error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            message={errorMessage(list.query.error, '读取核对记录失败')}
          />
        )}
        <Table<DriftReport>
          rowKey={(report) => `${report.day}-${report.area}-${report.countedAt}`}
          columns={columns}
          dataSource={list.items}
          loading={list.loading}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description="没有发现偏差：每天的核对中，统计的人口数与登记清点的人数一致。出现偏差时，这里列出并说明是否已更正。"
              />
            ),
          }}
        />
        {list.pager}
      </Card>
    </PageContainer>
  );
}
