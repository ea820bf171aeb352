import { CheckCircleTwoTone, CloseCircleTwoTone, EditOutlined } from '@ant-design/icons';
import { ModalForm, PageContainer, ProFormDigit } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Form, List, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { usePerson } from '../../components/person-link';
import { type Person, PersonPicker, PersonSummary } from '../../components/person-picker';
import { useUrlFilters } from '../../components/url-filters';
import { useVersionConflict, VersionConflictAlert } from '../../components/version-conflict';
import { enumLabel } from '../../labels';
import { type Programme, programmeOptions, useProgrammes, yuan } from './common';

type SettingsValues = { noticeDays: number } & Record<string, number>;

/** The district's own figures for one programme: each of its parameters and the days of each 公示 round. */
function SettingsModal(props: { programme: Programme | undefined; onClose: () => void }) {
  const { programme } = props;
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsValues>();
  const queryClient = useQueryClient();
  const versionConflict = useVersionConflict();
  return (
    <ModalForm<SettingsValues>
      form={form}
      open={Boolean(programme)}
      title={programme ? `设定本区标准：${programme.name}` : ''}
      width={520}
      initialValues={programme ? { noticeDays: programme.noticeDays, ...programme.params } : undefined}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '保存', resetText: '取消' } }}
      onFinish={async (values) => {
        if (!programme) return false;
        versionConflict.reset();
        const { noticeDays, ...params } = values;
        try {
          await call(
            api.PUT('/subsidies/programmes/{code}', {
              params: { path: { code: programme.code as never } },
              body: { params, noticeDays, version: programme.settingsVersion },
            }),
          );
          message.success(`已保存${programme.name}的本区标准；此后提交和审批的申请按新标准办理`);
          void queryClient.invalidateQueries({ queryKey: ['subsidy-programmes'] });
          props.onClose();
          return true;
        } catch (error) {
          if (!versionConflict.caught(error)) message.error(showProblemAtFields(form, error));
          return false;
        }
      }}
    >
      {versionConflict.shown && (
        <VersionConflictAlert
          onRefresh={() => {
            versionConflict.reset();
            void queryClient.invalidateQueries({ queryKey: ['subsidy-programmes'] });
            props.onClose();
          }}
        />
      )}
      {programme && (
        <>
          <Typography.Paragraph type="secondary">{programme.amount}</Typography.Paragraph>
          {Object.keys(programme.params).map((name) => (
            <ProFormDigit
              key={name}
              name={name}
              label={programme.paramLabels[name] ?? '标准（元）'}
              min={0}
              fieldProps={{ precision: 2 }}
              rules={[{ required: true, message: '请填写标准' }]}
            />
          ))}
          <ProFormDigit
            name="noticeDays"
            label="三榜公示每榜天数"
            min={1}
            max={30}
            fieldProps={{ precision: 0 }}
            rules={[{ required: true, message: '请填写公示天数（1–30）' }]}
          />
        </>
      )}
    </ModalForm>
  );
}

function Catalogue() {
  const user = useUser();
  const programmes = useProgrammes();
  const [editing, setEditing] = useState<Programme>();
  const canSet = mayCall(user.role, 'setProgrammeSettings');
  const columns: ColumnsType<Programme> = [
    {
      title: '补助项目',
      dataIndex: 'name',
      width: 220,
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    {
      title: '周期 / 形式',
      key: 'kind',
      width: 130,
      render: (_, row) => (
        <Space size={4} wrap>
          <Tag>{enumLabel('SubsidyPeriod', row.period)}</Tag>
          <Tag color={row.form === 'cash' ? 'green' : row.form === 'loan' ? 'blue' : 'purple'}>
            {enumLabel('SubsidyForm', row.form)}
          </Tag>
        </Space>
      ),
    },
    { title: '金额规则', dataIndex: 'amount' },
    {
      title: '本区标准',
      key: 'params',
      width: 220,
      render: (_, row) =>
        Object.keys(row.params).length === 0 ? (
          <Typography.Text type="secondary">无需设定</Typography.Text>
        ) : (
          <Space direction="vertical" size={0}>
            {Object.entries(row.params).map(([name, value]) => (
              <span key={name}>
                {row.paramLabels[name] ?? '标准'}：{yuan(value)}
              </span>
            ))}
            {row.settingsVersion === 0 && <Typography.Text type="secondary">（沿用目录标准）</Typography.Text>}
          </Space>
        ),
    },
    { title: '每榜公示', dataIndex: 'noticeDays', width: 90, render: (days: number) => `${days} 天` },
    {
      title: '复核周期',
      dataIndex: 'reviewMonths',
      width: 90,
      render: (months?: number) => (months ? `每 ${months} 个月` : '—'),
    },
    ...(canSet
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 90,
            render: (_: unknown, row: Programme) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(row)}>
                设定
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card>
      {programmes.error && <Alert type="error" showIcon message={errorMessage(programmes.error, '读取补助项目失败')} />}
      <Table<Programme>
        rowKey="code"
        columns={columns}
        dataSource={programmes.data?.items ?? []}
        loading={programmes.isLoading}
        pagination={false}
        scroll={{ x: 1000 }}
        expandable={{
          rowExpandable: (row) => Boolean(row.note),
          expandedRowRender: (row) => <Typography.Text type="secondary">{row.note}</Typography.Text>,
        }}
      />
      <SettingsModal programme={editing} onClose={() => setEditing(undefined)} />
    </Card>
  );
}

/** One person checked against every programme (or one), each rule with its verdict, as the API explains it. */
function Eligibility() {
  const [filters, setFilters] = useUrlFilters(['person', 'programme'] as const);
  const linked = usePerson(filters.person);
  const [picked, setPicked] = useState<Person>();
  const person = picked ?? linked.data;
  const programmes = useProgrammes();
  const check = useQuery({
    queryKey: ['eligibility', person?.id, filters.programme],
    enabled: Boolean(person),
    queryFn: () =>
      call(
        api.GET('/subsidies/persons/{id}/eligibility', {
          params: {
            path: { id: person?.id ?? '' },
            query: filters.programme ? { programme: filters.programme as never } : {},
          },
        }),
      ),
  });
  const items = [...(check.data?.items ?? [])].sort((a, b) => Number(b.eligible) - Number(a.eligible));
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title="查询申请条件">
        {person ? (
          <PersonSummary
            person={person}
            onChange={() => {
              setPicked(undefined);
              setFilters({ person: undefined });
            }}
          />
        ) : (
          <PersonPicker
            label="居民的公民身份号码"
            onPick={(found) => {
              setPicked(found);
              setFilters({ person: found.id });
            }}
          />
        )}
        <Space wrap>
          <Typography.Text>项目：</Typography.Text>
          <Select
            allowClear
            placeholder="全部补助项目"
            style={{ width: 260 }}
            value={filters.programme}
            options={programmeOptions(programmes.data?.items)}
            onChange={(programme?: string) => setFilters({ programme })}
            aria-label="补助项目"
          />
        </Space>
      </Card>
      {person && (
        <Card title={`${person.name} 的申请条件`} loading={check.isLoading}>
          {check.error && <Alert type="error" showIcon message={errorMessage(check.error, '查询失败')} />}
          <List
            dataSource={items}
            locale={{ emptyText: <Empty description="没有可检查的项目" /> }}
            renderItem={(item) => (
              <List.Item
                data-testid={`eligibility-${item.programme}`}
                extra={
                  item.eligible ? (
                    <Link to={`/subsidy/applications?apply=${person.id}&programme=${item.programme}`}>
                      <Button type="primary" size="small">
                        代为申请
                      </Button>
                    </Link>
                  ) : null
                }
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      <span>{item.name}</span>
                      {item.eligible ? <Tag color="green">符合条件</Tag> : <Tag color="red">不符合</Tag>}
                      {item.amountYuan !== undefined && <Tag color="blue">可享受 {yuan(item.amountYuan)}</Tag>}
                    </Space>
                  }
                  description={
                    <Space direction="vertical" size={2}>
                      {item.reasons.map((reason) => (
                        <span key={`${reason.rule}-${reason.detail}`}>
                          {reason.passed ? (
                            <CheckCircleTwoTone twoToneColor="#52c41a" />
                          ) : (
                            <CloseCircleTwoTone twoToneColor="#ff4d4f" />
                          )}{' '}
                          <Typography.Text strong>{reason.rule}</Typography.Text>：{reason.detail}
                        </span>
                      ))}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      )}
    </Space>
  );
}

export default function ProgrammesPage() {
  const [filters, setFilters] = useUrlFilters(['tab'] as const);
  const tab = filters.tab === 'eligibility' ? 'eligibility' : 'catalogue';
  return (
    <PageContainer
      title="补助项目"
      tabActiveKey={tab}
      onTabChange={(key) => setFilters({ tab: key === 'catalogue' ? undefined : key })}
      tabList={[
        { key: 'catalogue', tab: '项目目录与本区标准' },
        { key: 'eligibility', tab: '申请条件查询' },
      ]}
    >
      {tab === 'catalogue' ? <Catalogue /> : <Eligibility />}
    </PageContainer>
  );
}
