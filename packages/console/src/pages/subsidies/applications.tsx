import { PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateText } from '../../components/date-text';
import { usePagedList } from '../../components/paged-list';
import { PagedTable } from '../../components/paged-table';
import { usePerson } from '../../components/person-link';
import { useUrlFilters } from '../../components/url-filters';
import { enumOptions } from '../../labels';
import { communityOf, useAreaName, useWorkArea } from '../../layout/work-area';
import { type Application, type ApplicationState, programmeOptions, StateTag, useProgrammes, yuan } from './common';
import { FileApplicationDrawer } from './file-application';

function amountOf(row: Application): string {
  if (row.amountYuan !== undefined) return yuan(row.amountYuan);
  if (row.proposedYuan !== undefined) return `${yuan(row.proposedYuan)}（拟）`;
  if (row.requestedYuan !== undefined) return `${yuan(row.requestedYuan)}（申请）`;
  return '—';
}

function ApplicationList(props: { community: string }) {
  const user = useUser();
  const areaName = useAreaName(props.community);
  const programmes = useProgrammes();
  const [filters, setFilters] = useUrlFilters(['state', 'programme', 'apply'] as const);
  const [filing, setFiling] = useState(false);
  const applicant = usePerson(filters.apply);
  const query = {
    area: props.community,
    ...(filters.state ? { state: filters.state as ApplicationState } : {}),
    ...(filters.programme ? { programme: filters.programme as never } : {}),
  };
  const list = usePagedList<Application>({
    key: ['subsidy-applications', query],
    fetch: (cursor) =>
      call(api.GET('/subsidies/applications', { params: { query: { ...query, ...(cursor ? { cursor } : {}) } } })),
  });
  const canFile = mayCall(user.role, 'submitApplication');
  const columns: ColumnsType<Application> = [
    {
      title: '申请人',
      dataIndex: 'applicantName',
      render: (name: string, row) => <Link to={`/subsidy/applications/${row.id}`}>{name}</Link>,
    },
    { title: '身份证号', dataIndex: 'applicantIdMasked' },
    { title: '补助项目', dataIndex: 'programmeName' },
    { title: '环节', dataIndex: 'state', render: (state: ApplicationState) => <StateTag state={state} /> },
    { title: '金额（月/次）', key: 'amount', render: (_, row) => amountOf(row) },
    { title: '申请日期', dataIndex: 'submittedOn', render: (day: string) => dateText(day) },
    {
      title: '操作',
      key: 'open',
      render: (_, row) => (
        <Link to={`/subsidy/applications/${row.id}`}>
          <Button size="small">办理</Button>
        </Link>
      ),
    },
  ];
  const filtered = Boolean(filters.state || filters.programme);
  return (
    <Card>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Select
            allowClear
            placeholder="全部环节"
            style={{ width: 160 }}
            value={filters.state}
            options={enumOptions('SubsidyApplicationState')}
            onChange={(state?: string) => setFilters({ state })}
            aria-label="环节"
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="全部补助项目"
            style={{ width: 240 }}
            value={filters.programme}
            options={programmeOptions(programmes.data?.items)}
            onChange={(programme?: string) => setFilters({ programme })}
            aria-label="补助项目"
          />
        </Space>
        {canFile && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFiling(true)}>
            代为申请
          </Button>
        )}
      </Space>
      <PagedTable<Application>
        rowKey="id"
        columns={columns}
        scroll={{ x: 900 }}
        list={list}
        failure="读取申请失败"
        empty={
          filtered
            ? '没有符合条件的申请，请调整上面的筛选条件。'
            : `${areaName ?? '本社区'}还没有补助申请。居民来申请时，点右上角“代为申请”，用其身份证号找到本人后填写。`
        }
      />
      <FileApplicationDrawer
        open={filing || Boolean(filters.apply)}
        initialPerson={applicant.data}
        initialProgramme={filters.apply ? filters.programme : undefined}
        onClose={() => {
          setFiling(false);
          setFilters({ apply: undefined });
        }}
      />
    </Card>
  );
}

/** Running benefits whose periodic re-check (动态管理) is due: each opens on its page to record the review. */
function DueReviews(props: { community: string }) {
  const due = useQuery({
    queryKey: ['subsidy-applications', 'due-reviews', props.community],
    queryFn: () => call(api.GET('/subsidies/reviews', { params: { query: { area: props.community } } })),
  });
  const columns: ColumnsType<Application> = [
    {
      title: '享受人',
      dataIndex: 'applicantName',
      render: (name: string, row) => <Link to={`/subsidy/applications/${row.id}?command=record-review`}>{name}</Link>,
    },
    { title: '补助项目', dataIndex: 'programmeName' },
    { title: '状态', dataIndex: 'state', render: (state: ApplicationState) => <StateTag state={state} /> },
    { title: '月（次）金额', dataIndex: 'amountYuan', render: (value?: number) => yuan(value) },
    {
      title: '应复核日期',
      dataIndex: 'nextReviewOn',
      render: (day?: string) => <Typography.Text type="danger">{dateText(day)}</Typography.Text>,
    },
    {
      title: '操作',
      key: 'open',
      render: (_, row) => (
        <Link to={`/subsidy/applications/${row.id}?command=record-review`}>
          <Button size="small" type="primary">
            登记复核
          </Button>
        </Link>
      ),
    },
  ];
  return (
    <Card>
      <Typography.Paragraph type="secondary">
        享受中和暂停中的补助按项目规定定期复核（动态管理）：复核日期已到的列在这里，复核时可维持或按现有家庭情况重新核定金额。
      </Typography.Paragraph>
      {due.error && <Alert type="error" showIcon message={errorMessage(due.error, '读取到期复核失败')} />}
      <Table<Application>
        rowKey="id"
        columns={columns}
        dataSource={due.data?.items ?? []}
        loading={due.isLoading}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="目前没有到期需要复核的补助。" /> }}
      />
    </Card>
  );
}

export default function ApplicationsPage() {
  const user = useUser();
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  const [filters, setFilters] = useUrlFilters(['tab'] as const);
  const tab = filters.tab === 'reviews' ? 'reviews' : 'applications';
  const canReviews = mayCall(user.role, 'listDueReviews');
  return (
    <PageContainer
      title="补助申请"
      tabActiveKey={tab}
      onTabChange={(key) => setFilters({ tab: key === 'applications' ? undefined : key })}
      tabList={[{ key: 'applications', tab: '申请' }, ...(canReviews ? [{ key: 'reviews', tab: '到期复核' }] : [])]}
    >
      {!community ? (
        <Card>
          <Empty description="请先在右上角选择一个社区，再查看它的补助申请。" />
        </Card>
      ) : tab === 'reviews' ? (
        <DueReviews community={community} />
      ) : (
        <ApplicationList community={community} />
      )}
    </PageContainer>
  );
}
