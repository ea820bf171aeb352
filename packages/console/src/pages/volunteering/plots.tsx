import { PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { ModalForm, PageContainer, ProFormDigit, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Drawer, Empty, Form, Popconfirm, Segmented, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateText } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { usePagedList } from '../../components/paged-list';
import { PagedTable } from '../../components/paged-table';
import { PersonLink } from '../../components/person-link';
import { type Person, PersonPicker, PersonSummary } from '../../components/person-picker';
import { useDrawerWidth } from '../../components/responsive';
import { useUrlFilters } from '../../components/url-filters';
import { enumLabel, enumOptions } from '../../labels';
import { communityOf, useAreaName, useWorkArea } from '../../layout/work-area';
import { claimRefusal, seasonOptions, seasonText } from './sharing-parts';

type Plot = components['schemas']['GardenPlot'];

interface DefineValues {
  code: string;
  sizeSqm?: number;
  note?: string;
}

function DefinePlotModal(props: { open: boolean; community: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DefineValues>();
  const idempotency = useIdempotencyKey();
  const queryClient = useQueryClient();
  return (
    <ModalForm<DefineValues>
      form={form}
      open={props.open}
      title="设立菜园地块"
      width={480}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '设立', resetText: '取消' } }}
      onFinish={async (values) => {
        try {
          const plot = await call(
            api.POST('/volunteering/sharing/plots', {
              params: { header: idempotency.header },
              body: {
                community: props.community,
                code: values.code.trim(),
                ...(values.sizeSqm ? { sizeSqm: values.sizeSqm } : {}),
                ...(values.note?.trim() ? { note: values.note.trim() } : {}),
              },
            }),
          );
          idempotency.renew();
          message.success(`已设立地块 ${plot.code}，居民可以认领`);
          void queryClient.invalidateQueries({ queryKey: ['garden-plots'] });
          props.onClose();
          return true;
        } catch (error) {
          message.error(showProblemAtFields(form, error, { 'plot-code-taken': 'code' }));
          return false;
        }
      }}
    >
      <ProFormText
        name="code"
        label="地块编号"
        placeholder="如：A-03"
        rules={[
          { required: true, whitespace: true, message: '请填写地块编号' },
          { pattern: /^[\w-]{1,20}$/, message: '地块编号须为 1–20 位字母、数字或连字符，如 A-03' },
        ]}
      />
      <ProFormDigit name="sizeSqm" label="面积（平方米）" min={0.1} max={10000} fieldProps={{ precision: 1 }} />
      <ProFormTextArea
        name="note"
        label="说明"
        placeholder="如：靠近水龙头，光照充足"
        fieldProps={{ maxLength: 200, showCount: true }}
      />
    </ModalForm>
  );
}

/** 代居民认领: the resident by citizen ID, the season, then the claim (one plot per resident at a time). */
function ClaimDrawer(props: { plot: Plot | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [picked, setPicked] = useState<Person>();
  const [season, setSeason] = useState(String(dayjs().year()));
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);
  const queryClient = useQueryClient();
  const width = useDrawerWidth(520);
  const close = () => {
    setPicked(undefined);
    setRefusal(undefined);
    props.onClose();
  };
  const claim = async () => {
    if (!props.plot || !picked) return;
    setBusy(true);
    setRefusal(undefined);
    try {
      await call(
        api.POST('/volunteering/sharing/plots/{plotId}/claim', {
          params: { path: { plotId: props.plot.id } },
          body: { personId: picked.id, season },
        }),
      );
      message.success(`${picked.name} 已认领地块 ${props.plot.code}（${seasonText(season)}）`);
      void queryClient.invalidateQueries({ queryKey: ['garden-plots'] });
      close();
    } catch (error) {
      setRefusal(claimRefusal(error));
      void queryClient.invalidateQueries({ queryKey: ['garden-plots'] });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Drawer
      open={Boolean(props.plot)}
      title={props.plot ? `代居民认领地块 ${props.plot.code}` : '认领'}
      width={width}
      onClose={close}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Form layout="vertical">
          <Form.Item label="认领期" extra="每位居民同时只能认领一块地">
            <Select value={season} onChange={setSeason} options={seasonOptions()} style={{ width: 200 }} />
          </Form.Item>
        </Form>
        {picked ? (
          <>
            <PersonSummary person={picked} onChange={() => setPicked(undefined)} />
            <Button type="primary" block loading={busy} onClick={claim}>
              为 {picked.name} 认领
            </Button>
          </>
        ) : (
          <PersonPicker label="认领居民的公民身份号码" onPick={setPicked} />
        )}
        {refusal && <Alert type="error" showIcon message="未能认领" description={refusal} />}
      </Space>
    </Drawer>
  );
}

/** 共享菜园: the community's plots, who holds each for which season, and free ones to claim. */
export default function PlotsPage() {
  const user = useUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  const communityName = useAreaName(community);
  const [filters, setFilters] = useUrlFilters(['status'] as const);
  const [defining, setDefining] = useState(false);
  const [claiming, setClaiming] = useState<Plot>();
  const canDefine = mayCall(user.role, 'defineGardenPlot');
  const canClaim = mayCall(user.role, 'claimGardenPlot');
  const canRelease = mayCall(user.role, 'releaseGardenPlot');
  const status = filters.status === 'free' || filters.status === 'claimed' ? filters.status : undefined;
  const list = usePagedList<Plot>({
    key: ['garden-plots', community, status],
    enabled: Boolean(community),
    fetch: (cursor) =>
      call(
        api.GET('/volunteering/sharing/plots', {
          params: {
            query: { community: community ?? '', limit: 100, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) },
          },
        }),
      ),
  });
  const release = async (plot: Plot) => {
    try {
      await call(api.POST('/volunteering/sharing/plots/{plotId}/release', { params: { path: { plotId: plot.id } } }));
      message.success(`地块 ${plot.code} 已退还，恢复空闲`);
      void queryClient.invalidateQueries({ queryKey: ['garden-plots'] });
    } catch (error) {
      message.error(errorMessage(error, '退还失败，请重试'));
    }
  };
  const free = list.items.filter((plot) => plot.status === 'free').length;
  const columns: ColumnsType<Plot> = [
    { title: '地块编号', dataIndex: 'code', render: (code: string) => <Typography.Text strong>{code}</Typography.Text> },
    { title: '面积', dataIndex: 'sizeSqm', render: (size?: number) => (size ? `${size} 平方米` : '—') },
    {
      title: '状态',
      dataIndex: 'status',
      render: (value: string) => <Tag color={value === 'free' ? 'green' : 'blue'}>{enumLabel('GardenPlotStatus', value)}</Tag>,
    },
    {
      title: '认领人',
      dataIndex: 'holderName',
      render: (name: string | undefined, plot) =>
        plot.holderPersonId ? <PersonLink id={plot.holderPersonId} name={name ?? ''} /> : '—',
    },
    { title: '认领期', dataIndex: 'season', render: (season?: string) => seasonText(season) },
    { title: '认领日期', dataIndex: 'claimedOn', responsive: ['md'], render: (day?: string) => (day ? dateText(day) : '—') },
    { title: '说明', dataIndex: 'note', responsive: ['lg'], render: (note?: string) => note ?? '—' },
    {
      title: '操作',
      key: 'actions',
      render: (_, plot) =>
        plot.status === 'free'
          ? canClaim && (
              <Button size="small" type="primary" icon={<UserAddOutlined />} onClick={() => setClaiming(plot)}>
                代居民认领
              </Button>
            )
          : canRelease && (
              <Popconfirm
                title={`退还地块 ${plot.code}？`}
                description="退还后地块恢复空闲，其他居民可以认领。"
                onConfirm={() => release(plot)}
              >
                <Button size="small">退还</Button>
              </Popconfirm>
            ),
    },
  ];
  return (
    <PageContainer
      title="共享菜园"
      subTitle={communityName ? `${communityName} · 每位居民认领一块` : '每位居民认领一块'}
      extra={
        canDefine &&
        community && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDefining(true)}>
            设立地块
          </Button>
        )
      }
    >
      {!community ? (
        <Empty description="请先在页面顶部选择一个社区" />
      ) : (
        <Card>
          <Space wrap style={{ marginBottom: 16 }}>
            <Segmented
              value={status ?? 'all'}
              onChange={(value) => setFilters({ status: value === 'all' ? undefined : String(value) })}
              options={[{ value: 'all', label: '全部地块' }, ...enumOptions('GardenPlotStatus')]}
            />
            {!status && list.items.length > 0 && (
              <Typography.Text type="secondary">
                共 {list.items.length} 块，空闲 {free} 块
              </Typography.Text>
            )}
          </Space>
          <PagedTable<Plot>
            rowKey="id"
            columns={columns}
            list={list}
            failure="读取地块失败"
            empty={
              status
                ? `没有${enumLabel('GardenPlotStatus', status)}的地块`
                : '还没有菜园地块。点右上角“设立地块”，按编号登记每一块地，居民即可认领。'
            }
          />
        </Card>
      )}
      {community && <DefinePlotModal open={defining} community={community} onClose={() => setDefining(false)} />}
      <ClaimDrawer plot={claiming} onClose={() => setClaiming(undefined)} />
    </PageContainer>
  );
}
