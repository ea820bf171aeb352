import { PlusOutlined } from '@ant-design/icons';
import {
  ModalForm,
  PageContainer,
  ProFormCheckbox,
  ProFormDatePicker,
  ProFormDigit,
  ProFormList,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Form,
  type FormInstance,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type ReactNode, useState } from 'react';
import { ApiProblem, api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import type { OperationId } from '../../api/operations';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { DATE_FORMAT, dateText, dateTimeText, dayOf } from '../../components/date-text';
import { useGrids } from '../../components/grid-names';
import { useIdempotencyKey } from '../../components/idempotency';
import { useOfficeHours, weekdayNames } from '../../components/office-hours';
import { usePagedList } from '../../components/paged-list';
import { useDrawerWidth } from '../../components/responsive';
import { useUrlFilters } from '../../components/url-filters';
import { enumLabel, enumOptions } from '../../labels';
import { communityOf, useAreaName, useWorkArea } from '../../layout/work-area';

type Schemas = components['schemas'];
type Grid = Schemas['Grid'];
type Building = Schemas['Building'];
type Facility = Schemas['Facility'];
type Unit = Schemas['Unit'];
type Agreement = Schemas['CoBuildingAgreement'];

const weekdayOptions = weekdayNames.map((label, index) => ({ value: index + 1, label }));
const phoneRule = { pattern: /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, message: '电话号码须为 11 位手机号或带区号的固定电话' };

function useMayCall() {
  const user = useUser();
  return (operation: OperationId) => mayCall(user.role, operation);
}

/** Empty text for a text box that may clear a stored value: `null` clears, absent keeps. */
function clearable(value: string | undefined): string | null {
  return value?.trim() || null;
}

/** Only the keys whose value is set: optional body fields must be absent, not undefined. */
function present<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== '')) as Partial<T>;
}

/**
 * The save of every form on this page: success says so and refreshes the lists under `refresh`, a problem
 * goes to its fields (or a message), and the modal stays open with what was typed.
 */
function useSave(refresh: readonly unknown[]) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return async (form: FormInstance, action: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await action();
      message.success(done);
      void queryClient.invalidateQueries({ queryKey: refresh });
      return true;
    } catch (error) {
      message.error(showProblemAtFields(form, error));
      return false;
    }
  };
}

/** A tab's frame: what it is for, its add button, the list or card, and any error reading it. */
function TabCard(props: { title: string; hint: string; extra?: ReactNode; error?: unknown; children: ReactNode }) {
  return (
    <Card title={props.title} extra={props.extra}>
      <Typography.Paragraph type="secondary">{props.hint}</Typography.Paragraph>
      {Boolean(props.error) && (
        <Alert style={{ marginBottom: 16 }} type="error" showIcon message={errorMessage(props.error, '读取失败，请刷新重试')} />
      )}
      {props.children}
    </Card>
  );
}

function emptyText(text: string) {
  return { emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} /> };
}

function editButton(allowed: boolean, onClick: () => void) {
  return allowed ? (
    <Button type="link" size="small" onClick={onClick}>
      修改
    </Button>
  ) : null;
}

// ── 网格 ───────────────────────────────────────────────────────────────────────

interface GridValues {
  number: number;
  name?: string;
  focus: Grid['focus'];
  leaderName?: string;
  leaderPhone?: string;
}

function GridForm(props: { community: string; grid?: Grid; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<GridValues>();
  const save = useSave(['grids', props.community]);
  const idempotency = useIdempotencyKey();
  const { grid } = props;
  return (
    <ModalForm<GridValues>
      form={form}
      open={props.open}
      title={grid ? `修改${grid.name}` : '设立网格'}
      width={520}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      initialValues={grid ? { ...grid, leaderPhone: undefined } : { focus: 'hardship-help' }}
      onFinish={async (values) => {
        const ok = await save(
          form,
          () =>
            grid
              ? call(
                  api.PATCH('/registry/communities/{community}/grids/{number}', {
                    params: { path: { community: props.community, number: grid.number } },
                    body: {
                      version: grid.version,
                      ...present({ name: values.name?.trim(), focus: values.focus }),
                      leaderName: clearable(values.leaderName),
                      ...(values.leaderPhone?.trim() ? { leaderPhone: values.leaderPhone.trim() } : {}),
                    },
                  }),
                )
              : call(
                  api.POST('/registry/communities/{community}/grids', {
                    params: { path: { community: props.community }, header: idempotency.header },
                    body: {
                      number: values.number,
                      focus: values.focus,
                      ...present({
                        name: values.name?.trim(),
                        leaderName: values.leaderName?.trim(),
                        leaderPhone: values.leaderPhone?.trim(),
                      }),
                    },
                  }),
                ),
          grid ? '网格已修改' : '网格已设立',
        );
        if (ok) {
          idempotency.renew();
          props.onClose();
        }
        return ok;
      }}
    >
      {!grid && (
        <ProFormDigit
          name="number"
          label="网格序号"
          min={1}
          max={99}
          fieldProps={{ precision: 0 }}
          extra="网格代码为“社区代码-序号”，如 350203006029-03"
          rules={[{ required: true, message: '请填写网格序号（1–99）' }]}
        />
      )}
      <ProFormText name="name" label="网格名称" placeholder="不填则为“第N网格”" fieldProps={{ maxLength: 30 }} />
      <ProFormSelect
        name="focus"
        label="网格特色（一网格一特色）"
        options={enumOptions('GridFocus')}
        rules={[{ required: true, message: '请选择网格特色' }]}
      />
      <ProFormText name="leaderName" label="网格长" fieldProps={{ maxLength: 50 }} />
      <ProFormText
        name="leaderPhone"
        label="网格长电话"
        placeholder={grid?.leaderPhone ? `现为 ${grid.leaderPhone}，不修改请留空` : '手机号或固定电话'}
        extra="电话加密保存，列表中只显示部分号码"
        rules={[phoneRule]}
      />
    </ModalForm>
  );
}

function GridsTab(props: { community: string }) {
  const may = useMayCall();
  const [editing, setEditing] = useState<{ grid?: Grid }>();
  const list = usePagedList<Grid>({
    key: ['grids', props.community, 'list'],
    fetch: (cursor) =>
      call(
        api.GET('/registry/communities/{community}/grids', {
          params: { path: { community: props.community }, query: present({ cursor }) },
        }),
      ),
  });
  const columns: ColumnsType<Grid> = [
    { title: '序号', dataIndex: 'number', width: 70 },
    { title: '网格名称', dataIndex: 'name' },
    { title: '网格特色', dataIndex: 'focusLabel', render: (label: string) => <Tag color="geekblue">{label}</Tag> },
    { title: '网格长', dataIndex: 'leaderName', render: (name?: string) => name ?? '—' },
    { title: '电话', dataIndex: 'leaderPhone', render: (phone?: string) => phone ?? '—' },
    { title: '网格代码', dataIndex: 'code' },
    { title: '操作', key: 'edit', render: (_, grid) => editButton(may('updateGrid'), () => setEditing({ grid })) },
  ];
  return (
    <TabCard
      title="网格"
      hint="社区划分的网格，每个网格一个特色（困难帮扶、单位共建、高层楼宇、小区治理等），由网格长负责。"
      error={list.query.error}
      extra={
        may('defineGrid') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            设立网格
          </Button>
        )
      }
    >
      <Table<Grid>
        rowKey="code"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 800 }}
        locale={emptyText(may('defineGrid') ? '还没有设立网格。点右上角“设立网格”，按序号逐个设立。' : '本社区还没有设立网格。')}
      />
      {list.pager}
      <GridForm
        community={props.community}
        open={Boolean(editing)}
        {...(editing?.grid ? { grid: editing.grid } : {})}
        onClose={() => setEditing(undefined)}
      />
    </TabCard>
  );
}

// ── 楼栋 ───────────────────────────────────────────────────────────────────────

interface BuildingValues {
  name: string;
  grid?: string;
  floors?: number;
  households?: number;
  address?: string;
}

function BuildingForm(props: { community: string; building?: Building; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<BuildingValues>();
  const save = useSave(['buildings', props.community]);
  const idempotency = useIdempotencyKey();
  const { grids } = useGrids(props.community);
  const { building } = props;
  return (
    <ModalForm<BuildingValues>
      form={form}
      open={props.open}
      title={building ? `修改${building.name}` : '登记楼栋'}
      width={520}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      initialValues={building ?? {}}
      onFinish={async (values) => {
        const ok = await save(
          form,
          () =>
            building
              ? call(
                  api.PATCH('/registry/communities/{community}/buildings/{id}', {
                    params: { path: { community: props.community, id: building.id } },
                    body: {
                      version: building.version,
                      name: values.name.trim(),
                      grid: values.grid ?? null,
                      floors: values.floors ?? null,
                      households: values.households ?? null,
                      address: clearable(values.address),
                    },
                  }),
                )
              : call(
                  api.POST('/registry/communities/{community}/buildings', {
                    params: { path: { community: props.community }, header: idempotency.header },
                    body: {
                      name: values.name.trim(),
                      ...present({
                        grid: values.grid,
                        floors: values.floors,
                        households: values.households,
                        address: values.address?.trim(),
                      }),
                    },
                  }),
                ),
          building ? '楼栋已修改' : '楼栋已登记',
        );
        if (ok) {
          idempotency.renew();
          props.onClose();
        }
        return ok;
      }}
    >
      <ProFormText
        name="name"
        label="楼栋名称"
        placeholder="如：3号楼"
        rules={[{ required: true, whitespace: true, message: '请填写楼栋名称' }]}
      />
      <ProFormSelect
        name="grid"
        label="所属网格"
        allowClear
        options={grids.map((grid) => ({ value: grid.code, label: grid.name }))}
        placeholder={grids.length === 0 ? '本社区尚未设立网格' : '请选择'}
      />
      <Space wrap>
        <ProFormDigit name="floors" label="楼层数" min={1} max={200} fieldProps={{ precision: 0 }} />
        <ProFormDigit name="households" label="户数" min={0} max={10000} fieldProps={{ precision: 0 }} />
      </Space>
      <ProFormText name="address" label="地址" fieldProps={{ maxLength: 100 }} />
    </ModalForm>
  );
}

function BuildingsTab(props: { community: string }) {
  const may = useMayCall();
  const [filters, setFilters] = useUrlFilters(['grid'] as const);
  const { grids, gridName } = useGrids(props.community);
  const [editing, setEditing] = useState<{ building?: Building }>();
  const list = usePagedList<Building>({
    key: ['buildings', props.community, filters.grid ?? ''],
    fetch: (cursor) =>
      call(
        api.GET('/registry/communities/{community}/buildings', {
          params: { path: { community: props.community }, query: present({ grid: filters.grid, cursor }) },
        }),
      ),
  });
  const columns: ColumnsType<Building> = [
    { title: '楼栋', dataIndex: 'name' },
    { title: '所属网格', dataIndex: 'grid', render: (code?: string) => gridName(code) },
    { title: '楼层数', dataIndex: 'floors', render: (value?: number) => value ?? '—' },
    { title: '户数', dataIndex: 'households', render: (value?: number) => value ?? '—' },
    { title: '地址', dataIndex: 'address', render: (value?: string) => value ?? '—' },
    { title: '登记日期', dataIndex: 'createdAt', render: (at: string) => dateText(at) },
    { title: '操作', key: 'edit', render: (_, building) => editButton(may('updateBuilding'), () => setEditing({ building })) },
  ];
  return (
    <TabCard
      title="楼栋"
      hint="社区内的楼栋及其所属网格、楼层和户数。人员登记时的楼栋与这里一致。"
      error={list.query.error}
      extra={
        <Space wrap>
          <Select
            allowClear
            placeholder="全部网格"
            style={{ width: 160 }}
            value={filters.grid}
            options={grids.map((grid) => ({ value: grid.code, label: grid.name }))}
            onChange={(grid?: string) => setFilters({ grid })}
            aria-label="按网格筛选"
          />
          {may('createBuilding') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
              登记楼栋
            </Button>
          )}
        </Space>
      }
    >
      <Table<Building>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 800 }}
        locale={emptyText(
          filters.grid ? '这个网格还没有登记楼栋，可清除网格筛选查看全部。' : '还没有登记楼栋。点右上角“登记楼栋”添加。',
        )}
      />
      {list.pager}
      <BuildingForm
        community={props.community}
        open={Boolean(editing)}
        {...(editing?.building ? { building: editing.building } : {})}
        onClose={() => setEditing(undefined)}
      />
    </TabCard>
  );
}

// ── 设施 ───────────────────────────────────────────────────────────────────────

interface FacilityValues {
  kind: Facility['kind'];
  name: string;
  parentId?: string;
  address?: string;
  openHours?: string;
  description?: string;
}

function FacilityForm(props: { community: string; facility?: Facility; homes: Facility[]; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<FacilityValues>();
  const save = useSave(['facilities', props.community]);
  const idempotency = useIdempotencyKey();
  const kind = Form.useWatch('kind', form);
  const { facility } = props;
  return (
    <ModalForm<FacilityValues>
      form={form}
      open={props.open}
      title={facility ? `修改${facility.name}` : '登记社区设施'}
      width={560}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      initialValues={facility ?? { kind: 'community-academy' }}
      onFinish={async (values) => {
        const ok = await save(
          form,
          () =>
            facility
              ? call(
                  api.PATCH('/registry/communities/{community}/facilities/{id}', {
                    params: { path: { community: props.community, id: facility.id } },
                    body: {
                      version: facility.version,
                      name: values.name.trim(),
                      address: clearable(values.address),
                      openHours: clearable(values.openHours),
                      description: clearable(values.description),
                    },
                  }),
                )
              : call(
                  api.POST('/registry/communities/{community}/facilities', {
                    params: { path: { community: props.community }, header: idempotency.header },
                    body: {
                      kind: values.kind,
                      name: values.name.trim(),
                      ...present({
                        parentId: values.kind === 'silver-age-station' ? values.parentId : undefined,
                        address: values.address?.trim(),
                        openHours: values.openHours?.trim(),
                        description: values.description?.trim(),
                      }),
                    },
                  }),
                ),
          facility ? '设施已修改' : '设施已登记',
        );
        if (ok) {
          idempotency.renew();
          props.onClose();
        }
        return ok;
      }}
    >
      <ProFormSelect
        name="kind"
        label="设施类型"
        options={enumOptions('FacilityKind')}
        disabled={Boolean(facility)}
        extra={facility ? '设施类型登记后不能修改' : undefined}
        rules={[{ required: true, message: '请选择设施类型' }]}
      />
      {!facility && kind === 'silver-age-station' && (
        <ProFormSelect
          name="parentId"
          label="所属银龄幸福之家"
          options={props.homes.map((home) => ({ value: home.id, label: home.name }))}
          extra={
            props.homes.length === 0 ? '请先登记银龄幸福之家，再登记它的服务站（1+6）' : '银龄幸福之家“1+6”：一个之家带若干服务站'
          }
          rules={[{ required: true, message: '请选择服务站所属的银龄幸福之家' }]}
        />
      )}
      <ProFormText
        name="name"
        label="设施名称"
        fieldProps={{ maxLength: 50 }}
        rules={[{ required: true, whitespace: true, message: '请填写设施名称' }]}
      />
      <ProFormText name="address" label="地址" fieldProps={{ maxLength: 100 }} />
      <ProFormText name="openHours" label="开放时间" placeholder="如：周二至周日 09:00–21:00" fieldProps={{ maxLength: 100 }} />
      <ProFormTextArea name="description" label="简介" fieldProps={{ maxLength: 500, showCount: true }} />
    </ModalForm>
  );
}

function FacilitiesTab(props: { community: string }) {
  const may = useMayCall();
  const [filters, setFilters] = useUrlFilters(['facility'] as const);
  const [editing, setEditing] = useState<{ facility?: Facility }>();
  const kind = filters.facility as Facility['kind'] | undefined;
  const list = usePagedList<Facility>({
    key: ['facilities', props.community, kind ?? ''],
    fetch: (cursor) =>
      call(
        api.GET('/registry/communities/{community}/facilities', {
          params: { path: { community: props.community }, query: present({ kind, cursor }) },
        }),
      ),
  });
  const homes = useQuery({
    queryKey: ['facilities', props.community, 'homes'],
    queryFn: () =>
      call(
        api.GET('/registry/communities/{community}/facilities', {
          params: { path: { community: props.community }, query: { kind: 'silver-age-home', limit: 100 } },
        }),
      ),
  });
  const homeList = homes.data?.items ?? [];
  const columns: ColumnsType<Facility> = [
    { title: '类型', dataIndex: 'kindLabel', render: (label: string) => <Tag color="purple">{label}</Tag> },
    {
      title: '名称',
      dataIndex: 'name',
      render: (name: string, facility) => {
        const home = homeList.find((candidate) => candidate.id === facility.parentId);
        return home ? (
          <Space direction="vertical" size={0}>
            <span>{name}</span>
            <Typography.Text type="secondary">属于 {home.name}</Typography.Text>
          </Space>
        ) : (
          name
        );
      },
    },
    { title: '地址', dataIndex: 'address', render: (value?: string) => value ?? '—' },
    { title: '开放时间', dataIndex: 'openHours', render: (value?: string) => value ?? '—' },
    { title: '简介', dataIndex: 'description', ellipsis: true, render: (value?: string) => value ?? '—' },
    { title: '操作', key: 'edit', render: (_, facility) => editButton(may('updateFacility'), () => setEditing({ facility })) },
  ];
  return (
    <TabCard
      title="社区设施"
      hint="社区书院、党群之家、妇女儿童家园、银龄幸福之家及其服务站（1+6）等。"
      error={list.query.error}
      extra={
        <Space wrap>
          <Select
            allowClear
            placeholder="全部类型"
            style={{ width: 180 }}
            value={kind}
            options={enumOptions('FacilityKind')}
            onChange={(facility?: string) => setFilters({ facility })}
            aria-label="按设施类型筛选"
          />
          {may('createFacility') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
              登记设施
            </Button>
          )}
        </Space>
      }
    >
      <Table<Facility>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 900 }}
        locale={emptyText(kind ? '没有这一类设施，可清除类型筛选查看全部。' : '还没有登记社区设施。点右上角“登记设施”添加。')}
      />
      {list.pager}
      <FacilityForm
        community={props.community}
        homes={homeList}
        open={Boolean(editing)}
        {...(editing?.facility ? { facility: editing.facility } : {})}
        onClose={() => setEditing(undefined)}
      />
    </TabCard>
  );
}

// ── 办公时间 ───────────────────────────────────────────────────────────────────

interface OfficeHoursValues {
  openDays: number[];
  periods: { from: string; to: string }[];
  certificateOfficeDays: number[];
  note?: string;
}

const timeRule = { pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: '格式如 08:30' };

function OfficeHoursTab(props: { community: string }) {
  const may = useMayCall();
  const office = useOfficeHours(props.community);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<OfficeHoursValues>();
  const save = useSave(['office-hours', props.community]);
  const hours = office.hours;
  const days = (list: number[]) =>
    list.length > 0
      ? [...list]
          .sort((a, b) => a - b)
          .map((day) => weekdayNames[day - 1])
          .join('、')
      : '未设置';
  return (
    <TabCard
      title="办公时间"
      hint="社区的办公日、办公时段，以及生殖健康服务证、独生子女证、流动人口婚育证明的固定办理日（通常每周 3 天）。居民在公开栏和小程序上看到的就是这里的设置。"
      error={office.query.error}
      extra={
        may('setOfficeHours') && (
          <Button type="primary" onClick={() => setOpen(true)}>
            {hours ? '修改办公时间' : '设置办公时间'}
          </Button>
        )
      }
    >
      {hours ? (
        <Descriptions
          bordered
          column={1}
          items={[
            { key: 'summary', label: '公示文字', children: hours.summary },
            { key: 'open', label: '办公日', children: days(hours.openDays) },
            {
              key: 'periods',
              label: '办公时段',
              children: hours.periods.map((period) => `${period.from}–${period.to}`).join('、'),
            },
            { key: 'three', label: '三证办理日', children: days(hours.certificateOfficeDays) },
            { key: 'note', label: '备注', children: hours.note ?? '—' },
            { key: 'updated', label: '更新时间', children: dateTimeText(hours.updatedAt) },
          ]}
        />
      ) : (
        !office.query.isLoading && (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              may('setOfficeHours')
                ? '还没有设置办公时间。设置后才能受理三证，请点右上角“设置办公时间”。'
                : '本社区还没有设置办公时间。'
            }
          />
        )
      )}
      <ModalForm<OfficeHoursValues>
        form={form}
        open={open}
        title="设置办公时间"
        width={600}
        modalProps={{ onCancel: () => setOpen(false), destroyOnHidden: true }}
        initialValues={
          hours ?? {
            openDays: [1, 2, 3, 4, 5],
            periods: [
              { from: '08:30', to: '12:00' },
              { from: '14:30', to: '17:30' },
            ],
            certificateOfficeDays: [],
          }
        }
        onFinish={async (values) => {
          const ok = await save(
            form,
            () =>
              call(
                api.PUT('/registry/communities/{community}/office-hours', {
                  params: { path: { community: props.community } },
                  body: {
                    openDays: values.openDays,
                    periods: values.periods,
                    certificateOfficeDays: values.certificateOfficeDays ?? [],
                    ...present({ note: values.note?.trim() }),
                    ...(hours ? { version: hours.version } : {}),
                  },
                }),
              ),
            '办公时间已保存',
          );
          if (ok) setOpen(false);
          return ok;
        }}
      >
        <ProFormCheckbox.Group
          name="openDays"
          label="办公日"
          options={weekdayOptions}
          rules={[{ required: true, message: '请至少选择一个办公日' }]}
        />
        <ProFormList
          name="periods"
          label="办公时段"
          min={1}
          max={4}
          creatorButtonProps={{ creatorButtonText: '添加时段' }}
          copyIconProps={false}
          rules={[
            { validator: async (_, value) => (value?.length ? undefined : Promise.reject(new Error('请至少填写一个办公时段'))) },
          ]}
        >
          <Space align="baseline">
            <ProFormText
              name="from"
              placeholder="08:30"
              width={100}
              rules={[{ required: true, message: '开始时间' }, timeRule]}
            />
            <span>至</span>
            <ProFormText name="to" placeholder="12:00" width={100} rules={[{ required: true, message: '结束时间' }, timeRule]} />
          </Space>
        </ProFormList>
        <ProFormCheckbox.Group
          name="certificateOfficeDays"
          label="三证办理日"
          options={weekdayOptions}
          extra="须是办公日；三证只在这几天受理"
        />
        <ProFormText name="note" label="备注" placeholder="如：节假日另行通知" fieldProps={{ maxLength: 200 }} />
      </ModalForm>
    </TabCard>
  );
}

// ── 辖内单位 ───────────────────────────────────────────────────────────────────

interface UnitValues {
  name: string;
  kind: Unit['kind'];
  area: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
}

function UnitForm(props: { community: string; unit?: Unit; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<UnitValues>();
  const save = useSave(['units', props.community]);
  const idempotency = useIdempotencyKey();
  const { grids } = useGrids(props.community);
  const areaName = useAreaName(props.community);
  const { unit } = props;
  const areaOptions = [
    { value: props.community, label: `${areaName ?? '本社区'}（不分网格）` },
    ...grids.map((grid) => ({ value: grid.code, label: grid.name })),
  ];
  return (
    <ModalForm<UnitValues>
      form={form}
      open={props.open}
      title={unit ? `修改${unit.name}` : '登记辖内单位'}
      width={560}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      initialValues={unit ? { ...unit, contactPhone: undefined } : { kind: 'enterprise', area: props.community }}
      onFinish={async (values) => {
        const ok = await save(
          form,
          () =>
            unit
              ? call(
                  api.PATCH('/registry/units/{id}', {
                    params: { path: { id: unit.id } },
                    body: {
                      version: unit.version,
                      name: values.name.trim(),
                      kind: values.kind,
                      area: values.area,
                      address: clearable(values.address),
                      contactName: clearable(values.contactName),
                      ...(values.contactPhone?.trim() ? { contactPhone: values.contactPhone.trim() } : {}),
                    },
                  }),
                )
              : call(
                  api.POST('/registry/units', {
                    params: { header: idempotency.header },
                    body: {
                      name: values.name.trim(),
                      kind: values.kind,
                      area: values.area,
                      ...present({
                        address: values.address?.trim(),
                        contactName: values.contactName?.trim(),
                        contactPhone: values.contactPhone?.trim(),
                      }),
                    },
                  }),
                ),
          unit ? '单位已修改' : '单位已登记',
        );
        if (ok) {
          idempotency.renew();
          props.onClose();
        }
        return ok;
      }}
    >
      <ProFormText
        name="name"
        label="单位名称"
        fieldProps={{ maxLength: 100 }}
        rules={[{ required: true, whitespace: true, message: '请填写单位名称' }]}
      />
      <ProFormSelect
        name="kind"
        label="单位类型"
        options={enumOptions('UnitKind')}
        rules={[{ required: true, message: '请选择单位类型' }]}
      />
      <ProFormSelect
        name="area"
        label="所在网格"
        options={areaOptions}
        rules={[{ required: true, message: '请选择单位所在的社区或网格' }]}
      />
      <ProFormText name="address" label="地址" fieldProps={{ maxLength: 100 }} />
      <ProFormText name="contactName" label="联系人" fieldProps={{ maxLength: 50 }} />
      <ProFormText
        name="contactPhone"
        label="联系电话"
        placeholder={unit?.contactPhone ? `现为 ${unit.contactPhone}，不修改请留空` : '手机号或固定电话'}
        extra="电话加密保存，列表中只显示部分号码"
        rules={[phoneRule]}
      />
    </ModalForm>
  );
}

interface AgreementValues {
  signedOn: string;
  validUntil: string;
  jobOpenings?: number;
  featureCoursesPerQuarter?: number;
  venues?: string[];
}

/** A unit's co-building agreements, newest first, and signing a new one. */
function AgreementsDrawer(props: { unit: Unit | undefined; onClose: () => void }) {
  const may = useMayCall();
  const width = useDrawerWidth(720);
  const [form] = Form.useForm<AgreementValues>();
  const [signing, setSigning] = useState(false);
  const idempotency = useIdempotencyKey();
  const save = useSave(['agreements', props.unit?.id]);
  const unitId = props.unit?.id ?? '';
  const list = usePagedList<Agreement>({
    key: ['agreements', unitId],
    enabled: Boolean(props.unit),
    fetch: (cursor) =>
      call(api.GET('/registry/units/{id}/agreements', { params: { path: { id: unitId }, query: present({ cursor }) } })),
  });
  const columns: ColumnsType<Agreement> = [
    { title: '签订日期', dataIndex: 'signedOn', render: (day: string) => dateText(day) },
    { title: '有效期至', dataIndex: 'validUntil', render: (day: string) => dateText(day) },
    {
      title: '状态',
      dataIndex: 'status',
      render: (status: string) => (
        <Tag color={status === 'active' ? 'green' : 'default'}>{enumLabel('AgreementStatus', status)}</Tag>
      ),
    },
    { title: '每年就业岗位', key: 'jobs', render: (_, row) => row.commitments.jobOpenings ?? '—' },
    { title: '每季度特色课程', key: 'courses', render: (_, row) => row.commitments.featureCoursesPerQuarter ?? '—' },
    { title: '开放场地', key: 'venues', render: (_, row) => row.commitments.venues?.join('、') || '—' },
  ];
  return (
    <Drawer
      open={Boolean(props.unit)}
      onClose={props.onClose}
      width={width}
      destroyOnHidden
      title={`共建协议 · ${props.unit?.name ?? ''}`}
      extra={
        may('signAgreement') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setSigning(true)}>
            登记协议
          </Button>
        )
      }
    >
      {list.query.error && <Alert type="error" showIcon message={errorMessage(list.query.error, '读取协议失败')} />}
      <Table<Agreement>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 640 }}
        locale={emptyText('还没有共建协议。签订后点右上角“登记协议”，写明单位承诺的岗位、课程和场地。')}
      />
      {list.pager}
      <ModalForm<AgreementValues>
        form={form}
        open={signing}
        title="登记共建协议"
        width={520}
        modalProps={{ onCancel: () => setSigning(false), destroyOnHidden: true }}
        onFinish={async (values) => {
          const ok = await save(
            form,
            () =>
              call(
                api.POST('/registry/units/{id}/agreements', {
                  params: { path: { id: unitId }, header: idempotency.header },
                  body: {
                    signedOn: dayOf(values.signedOn) ?? '',
                    validUntil: dayOf(values.validUntil) ?? '',
                    commitments: present({
                      jobOpenings: values.jobOpenings,
                      featureCoursesPerQuarter: values.featureCoursesPerQuarter,
                      venues: values.venues && values.venues.length > 0 ? values.venues : undefined,
                    }),
                  },
                }),
              ),
            '共建协议已登记',
          );
          if (ok) {
            idempotency.renew();
            setSigning(false);
          }
          return ok;
        }}
      >
        <Space wrap>
          <ProFormDatePicker
            name="signedOn"
            label="签订日期"
            fieldProps={{ format: DATE_FORMAT }}
            rules={[{ required: true, message: '请选择签订日期' }]}
          />
          <ProFormDatePicker
            name="validUntil"
            label="有效期至"
            fieldProps={{ format: DATE_FORMAT }}
            rules={[{ required: true, message: '请选择有效期' }]}
          />
        </Space>
        <Space wrap>
          <ProFormDigit name="jobOpenings" label="每年提供就业岗位" min={0} max={10000} fieldProps={{ precision: 0 }} />
          <ProFormDigit name="featureCoursesPerQuarter" label="每季度特色课程" min={0} max={100} fieldProps={{ precision: 0 }} />
        </Space>
        <ProFormSelect
          name="venues"
          label="向社区开放的场地"
          mode="tags"
          placeholder="输入后按回车添加，如：学校操场（周末）"
          fieldProps={{ tokenSeparators: ['，', ','], open: false }}
        />
      </ModalForm>
    </Drawer>
  );
}

function UnitsTab(props: { community: string }) {
  const may = useMayCall();
  const [filters, setFilters] = useUrlFilters(['unitKind', 'unitName'] as const);
  const { gridName } = useGrids(props.community);
  const [editing, setEditing] = useState<{ unit?: Unit }>();
  const [agreementsOf, setAgreementsOf] = useState<Unit>();
  const kind = filters.unitKind as Unit['kind'] | undefined;
  const list = usePagedList<Unit>({
    key: ['units', props.community, kind ?? '', filters.unitName ?? ''],
    fetch: (cursor) =>
      call(
        api.GET('/registry/units', {
          params: { query: { area: props.community, ...present({ kind, name: filters.unitName, cursor }) } },
        }),
      ),
  });
  const columns: ColumnsType<Unit> = [
    { title: '单位名称', dataIndex: 'name' },
    { title: '类型', dataIndex: 'kindLabel' },
    { title: '所在网格', dataIndex: 'area', render: (code: string) => (code.includes('-') ? gridName(code) : '不分网格') },
    { title: '联系人', dataIndex: 'contactName', render: (value?: string) => value ?? '—' },
    { title: '联系电话', dataIndex: 'contactPhone', render: (value?: string) => value ?? '—' },
    {
      title: '互助联合会',
      dataIndex: 'mutualAid',
      render: (value?: string) =>
        value === 'member' ? <Tag color="green">会员</Tag> : value === 'pending' ? <Tag color="orange">申请待审议</Tag> : '—',
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, unit) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setAgreementsOf(unit)}>
            共建协议
          </Button>
          {editButton(may('updateUnit'), () => setEditing({ unit }))}
        </Space>
      ),
    },
  ];
  const filtered = Boolean(kind || filters.unitName);
  return (
    <TabCard
      title="辖内单位"
      hint="社区内的机关、企业、学校、医院、社会组织等单位，以及与社区签订的共建协议。"
      error={list.query.error}
      extra={
        <Space wrap>
          <Select
            allowClear
            placeholder="全部类型"
            style={{ width: 140 }}
            value={kind}
            options={enumOptions('UnitKind')}
            onChange={(unitKind?: string) => setFilters({ unitKind })}
            aria-label="按单位类型筛选"
          />
          <Input.Search
            allowClear
            placeholder="单位名称开头的字"
            style={{ width: 200 }}
            defaultValue={filters.unitName}
            onSearch={(unitName) => setFilters({ unitName: unitName.trim() || undefined })}
          />
          {may('registerUnit') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
              登记单位
            </Button>
          )}
        </Space>
      }
    >
      <Table<Unit>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 900 }}
        locale={emptyText(
          filtered ? '没有符合条件的单位。名称按开头查找，如“厦门市”。' : '还没有登记辖内单位。点右上角“登记单位”添加。',
        )}
      />
      {list.pager}
      <UnitForm
        community={props.community}
        open={Boolean(editing)}
        {...(editing?.unit ? { unit: editing.unit } : {})}
        onClose={() => setEditing(undefined)}
      />
      <AgreementsDrawer unit={agreementsOf} onClose={() => setAgreementsOf(undefined)} />
    </TabCard>
  );
}

// ── 法律顾问 ───────────────────────────────────────────────────────────────────

interface AdvisorValues {
  name: string;
  firm: string;
  phone: string;
  serviceHours: string;
}

function LegalAdvisorTab(props: { community: string }) {
  const may = useMayCall();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<AdvisorValues>();
  const save = useSave(['legal-advisor', props.community]);
  const advisor = useQuery({
    queryKey: ['legal-advisor', props.community],
    queryFn: async () => {
      try {
        return await call(
          api.GET('/registry/communities/{community}/legal-advisor', { params: { path: { community: props.community } } }),
        );
      } catch (error) {
        // Not set yet is a state to explain, not an error.
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }
    },
  });
  const card = advisor.data ?? undefined;
  return (
    <TabCard
      title="法律顾问联系卡"
      hint="一村（居）一法律顾问：律师的姓名、律所、工作电话和坐班时间，会在公开栏上完整公示，方便居民联系。"
      error={advisor.error}
      extra={
        may('setLegalAdvisor') && (
          <Button type="primary" onClick={() => setOpen(true)}>
            {card ? '修改联系卡' : '设置法律顾问'}
          </Button>
        )
      }
    >
      {card ? (
        <Descriptions
          bordered
          column={1}
          items={[
            { key: 'name', label: '律师', children: card.name },
            { key: 'firm', label: '律师事务所', children: card.firm },
            { key: 'phone', label: '工作电话', children: <Typography.Text copyable>{card.phone}</Typography.Text> },
            { key: 'hours', label: '服务时间', children: card.serviceHours },
            { key: 'updated', label: '更新时间', children: dateTimeText(card.updatedAt) },
          ]}
        />
      ) : (
        !advisor.isLoading && (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              may('setLegalAdvisor')
                ? '还没有设置法律顾问。点右上角“设置法律顾问”，填写律师的联系方式。'
                : '本社区还没有设置法律顾问。'
            }
          />
        )
      )}
      <ModalForm<AdvisorValues>
        form={form}
        open={open}
        title="法律顾问联系卡"
        width={520}
        modalProps={{ onCancel: () => setOpen(false), destroyOnHidden: true }}
        initialValues={card ?? {}}
        onFinish={async (values) => {
          const ok = await save(
            form,
            () =>
              call(
                api.PUT('/registry/communities/{community}/legal-advisor', {
                  params: { path: { community: props.community } },
                  body: { ...values, ...(card ? { version: card.version } : {}) },
                }),
              ),
            '法律顾问联系卡已保存',
          );
          if (ok) setOpen(false);
          return ok;
        }}
      >
        <ProFormText
          name="name"
          label="律师姓名"
          fieldProps={{ maxLength: 50 }}
          rules={[{ required: true, whitespace: true, message: '请填写律师姓名' }]}
        />
        <ProFormText
          name="firm"
          label="律师事务所"
          fieldProps={{ maxLength: 100 }}
          rules={[{ required: true, whitespace: true, message: '请填写律师事务所' }]}
        />
        <ProFormText
          name="phone"
          label="工作电话"
          extra="将在联系卡上公开"
          rules={[{ required: true, message: '请填写工作电话' }, phoneRule]}
        />
        <ProFormText
          name="serviceHours"
          label="服务时间"
          placeholder="如：每周三下午 14:30–17:30 在社区坐班"
          fieldProps={{ maxLength: 100 }}
          rules={[{ required: true, whitespace: true, message: '请填写服务时间' }]}
        />
      </ModalForm>
    </TabCard>
  );
}

const tabs = [
  { key: 'grids', tab: '网格' },
  { key: 'buildings', tab: '楼栋' },
  { key: 'facilities', tab: '设施' },
  { key: 'office-hours', tab: '办公时间' },
  { key: 'units', tab: '辖内单位' },
  { key: 'legal-advisor', tab: '法律顾问' },
] as const;

export default function AreasPage() {
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  const areaName = useAreaName(community);
  const [filters, setFilters] = useUrlFilters(['tab', 'grid', 'facility', 'unitKind', 'unitName'] as const);
  const tab = tabs.find((candidate) => candidate.key === filters.tab)?.key ?? 'grids';
  const content = !community ? (
    <Card>
      <Empty description="请先在右上角选择一个社区" />
    </Card>
  ) : (
    {
      grids: <GridsTab community={community} />,
      buildings: <BuildingsTab community={community} />,
      facilities: <FacilitiesTab community={community} />,
      'office-hours': <OfficeHoursTab community={community} />,
      units: <UnitsTab community={community} />,
      'legal-advisor': <LegalAdvisorTab community={community} />,
    }[tab]
  );
  return (
    <PageContainer
      title="地区"
      subTitle={areaName ? `${areaName}的网格、楼栋、设施和共建单位` : undefined}
      tabActiveKey={tab}
      tabList={tabs.map((entry) => ({ key: entry.key, tab: entry.tab }))}
      // Switching tabs drops the other tabs' filters, so each tab opens as itself.
      onTabChange={(key) =>
        setFilters({
          tab: key === 'grids' ? undefined : key,
          grid: undefined,
          facility: undefined,
          unitKind: undefined,
          unitName: undefined,
        })
      }
    >
      {content}
    </PageContainer>
  );
}
