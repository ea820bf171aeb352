import { PlusOutlined, RollbackOutlined, ShoppingOutlined, StopOutlined } from '@ant-design/icons';
import {
  DrawerForm,
  ModalForm,
  PageContainer,
  ProFormDatePicker,
  ProFormRadio,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, AutoComplete, Button, Card, Drawer, Empty, Form, InputNumber, Select, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateText, dateTimeText, dayOf } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { usePagedList } from '../../components/paged-list';
import { PagedTable } from '../../components/paged-table';
import { PersonLink } from '../../components/person-link';
import { type Person, PersonPicker, PersonSummary } from '../../components/person-picker';
import { useDrawerWidth, useIsPhone } from '../../components/responsive';
import { useUrlFilters } from '../../components/url-filters';
import { enumLabel, enumOptions } from '../../labels';
import { communityOf, useAreaName, useWorkArea } from '../../layout/work-area';
import { DueOn, ItemDetails, ItemStatusTag, ItemThumbnail, PhotoUploader, sharedItemPhotoTarget } from './sharing-parts';

type SharedItem = components['schemas']['SharedItem'];
type Loan = components['schemas']['ItemLoan'];
type Condition = SharedItem['condition'];

const categories = ['图书', '玩具', '工具', '家电', '运动', '母婴', '衣物', '学习用品'].map((value) => ({ value }));

interface RecordValues {
  name: string;
  category: string;
  condition: Condition;
  description?: string;
  donorKind: SharedItem['donorKind'];
  donorName?: string;
  donatedOn?: string;
}

/** 登记捐赠: what the item is, who gave it, and its photos (uploaded as they are picked). */
function RecordItemDrawer(props: { open: boolean; community: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RecordValues>();
  const [photos, setPhotos] = useState<string[]>([]);
  const idempotency = useIdempotencyKey();
  const queryClient = useQueryClient();
  const width = useDrawerWidth(560);
  const donorKind = Form.useWatch('donorKind', form);
  return (
    <DrawerForm<RecordValues>
      form={form}
      open={props.open}
      title="登记捐赠物品"
      width={width}
      initialValues={{ condition: 'good', donorKind: 'resident' }}
      drawerProps={{ onClose: props.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '登记', resetText: '取消' } }}
      onOpenChange={(open) => {
        if (!open) props.onClose();
      }}
      onFinish={async (values) => {
        try {
          const donatedOn = dayOf(values.donatedOn);
          const item = await call(
            api.POST('/volunteering/sharing/items', {
              params: { header: idempotency.header },
              body: {
                community: props.community,
                name: values.name,
                category: values.category,
                condition: values.condition,
                donorKind: values.donorKind,
                photos,
                ...(values.description?.trim() ? { description: values.description.trim() } : {}),
                ...(values.donorKind !== 'anonymous' && values.donorName?.trim() ? { donorName: values.donorName.trim() } : {}),
                ...(donatedOn ? { donatedOn } : {}),
              },
            }),
          );
          idempotency.renew();
          setPhotos([]);
          message.success(`已登记“${item.name}”，已上架可借`);
          void queryClient.invalidateQueries({ queryKey: ['shared-items'] });
          props.onClose();
          return true;
        } catch (error) {
          message.error(showProblemAtFields(form, error));
          return false;
        }
      }}
    >
      <ProFormText
        name="name"
        label="物品名称"
        placeholder="如：儿童自行车"
        fieldProps={{ maxLength: 50 }}
        rules={[{ required: true, whitespace: true, message: '请填写物品名称' }]}
      />
      <Form.Item name="category" label="类别" rules={[{ required: true, whitespace: true, message: '请填写或选择类别' }]}>
        <AutoComplete options={categories} placeholder="如：图书、玩具、工具" maxLength={20} />
      </Form.Item>
      <ProFormRadio.Group
        name="condition"
        label="成色"
        radioType="button"
        options={enumOptions('SharedItemCondition')}
        rules={[{ required: true, message: '请选择成色' }]}
      />
      <ProFormTextArea
        name="description"
        label="说明"
        placeholder="如：八成新，带辅助轮，适合 4–7 岁"
        fieldProps={{ maxLength: 500, showCount: true }}
      />
      <Form.Item label="照片">
        <PhotoUploader target={sharedItemPhotoTarget(props.community)} max={9} onChange={setPhotos} testId="item-photos" />
      </Form.Item>
      <ProFormRadio.Group
        name="donorKind"
        label="捐赠人"
        radioType="button"
        options={enumOptions('SharedItemDonorKind')}
        rules={[{ required: true, message: '请选择捐赠人类型' }]}
      />
      {donorKind !== 'anonymous' && (
        <ProFormText
          name="donorName"
          label={donorKind === 'unit' ? '捐赠单位' : '捐赠居民'}
          placeholder={donorKind === 'unit' ? '如：厦门某物业公司' : '如：张阿姨（可不填）'}
          fieldProps={{ maxLength: 50 }}
        />
      )}
      <ProFormDatePicker name="donatedOn" label="捐赠日期" placeholder="不填为今天" fieldProps={{ style: { width: '100%' } }} />
    </DrawerForm>
  );
}

/** 借出 at the desk: the borrower by citizen ID (or the holder of a held item), and how long. */
function LendDrawer(props: { item: SharedItem | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [picked, setPicked] = useState<Person>();
  const [days, setDays] = useState<number | null>(14);
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);
  const idempotency = useIdempotencyKey();
  const queryClient = useQueryClient();
  const width = useDrawerWidth(520);
  const { item } = props;
  const holder = item?.status === 'held' ? item.holderPersonId : undefined;
  const close = () => {
    setPicked(undefined);
    setRefusal(undefined);
    props.onClose();
  };
  const lend = async (personId: string) => {
    if (!item) return;
    setBusy(true);
    setRefusal(undefined);
    try {
      const loan = await call(
        api.POST('/volunteering/sharing/items/{itemId}/loans', {
          params: { path: { itemId: item.id }, header: idempotency.header },
          body: { personId, ...(days ? { days } : {}) },
        }),
      );
      idempotency.renew();
      message.success(`已借给 ${loan.borrowerName}，应还日期 ${dateText(loan.dueOn)}`);
      void queryClient.invalidateQueries({ queryKey: ['shared-items'] });
      void queryClient.invalidateQueries({ queryKey: ['shared-loans'] });
      close();
    } catch (error) {
      setRefusal(errorMessage(error, '借出失败，请重试'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Drawer open={Boolean(item)} title={item ? `借出“${item.name}”` : '借出'} width={width} onClose={close} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Form layout="vertical">
          <Form.Item label="借期（天）" extra="默认 14 天，最长 30 天；到期可续借一次">
            <InputNumber min={1} max={30} precision={0} value={days} onChange={setDays} style={{ width: 160 }} />
          </Form.Item>
        </Form>
        {holder && (
          <Card size="small" title="已预约">
            <Space direction="vertical">
              <span>
                预约人：
                <PersonLink id={holder} />
                ，保留至 {dateTimeText(item?.heldUntil)}
              </span>
              <Button type="primary" loading={busy} onClick={() => lend(holder)}>
                借给预约人
              </Button>
            </Space>
          </Card>
        )}
        {picked ? (
          <>
            <PersonSummary person={picked} onChange={() => setPicked(undefined)} />
            <Button type="primary" block loading={busy} onClick={() => lend(picked.id)}>
              借给 {picked.name}
            </Button>
          </>
        ) : (
          <PersonPicker
            label={holder ? '或借给其他居民（预约人取消后）：公民身份号码' : '借用人的公民身份号码'}
            onPick={setPicked}
          />
        )}
        {refusal && <Alert type="error" showIcon message="未能借出" description={refusal} />}
      </Space>
    </Drawer>
  );
}

function WithdrawModal(props: { item: SharedItem | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const queryClient = useQueryClient();
  return (
    <ModalForm<{ reason: string }>
      form={form}
      open={Boolean(props.item)}
      title={props.item ? `下架“${props.item.name}”` : '下架'}
      width={480}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '确认下架', resetText: '取消' }, submitButtonProps: { danger: true } }}
      onFinish={async ({ reason }) => {
        if (!props.item) return false;
        try {
          await call(
            api.POST('/volunteering/sharing/items/{itemId}/withdraw', {
              params: { path: { itemId: props.item.id } },
              body: { reason },
            }),
          );
          message.success('已下架，不再出借');
          void queryClient.invalidateQueries({ queryKey: ['shared-items'] });
          props.onClose();
          return true;
        } catch (error) {
          message.error(showProblemAtFields(form, error));
          return false;
        }
      }}
    >
      <ProFormTextArea
        name="reason"
        label="下架原因"
        placeholder="如：已损坏无法修复；或已转赠给困难家庭"
        fieldProps={{ maxLength: 200, showCount: true }}
        rules={[{ required: true, whitespace: true, message: '请填写下架原因' }]}
      />
    </ModalForm>
  );
}

function Catalogue(props: { community: string }) {
  const user = useUser();
  const isPhone = useIsPhone();
  const width = useDrawerWidth(560);
  const [filters, setFilters] = useUrlFilters(['status', 'category'] as const);
  const [recording, setRecording] = useState(false);
  const [lending, setLending] = useState<SharedItem>();
  const [withdrawing, setWithdrawing] = useState<SharedItem>();
  const [viewing, setViewing] = useState<SharedItem>();
  const canRecord = mayCall(user.role, 'recordSharedItem');
  const canLend = mayCall(user.role, 'borrowSharedItem');
  const canWithdraw = mayCall(user.role, 'withdrawSharedItem');
  const query = {
    community: props.community,
    ...(filters.status ? { status: filters.status as SharedItem['status'] } : {}),
    ...(filters.category ? { category: filters.category } : {}),
  };
  const list = usePagedList<SharedItem>({
    key: ['shared-items', query],
    fetch: (cursor) =>
      call(api.GET('/volunteering/sharing/items', { params: { query: { ...query, limit: 50, ...(cursor ? { cursor } : {}) } } })),
  });
  const filtered = Boolean(filters.status || filters.category);
  const columns: ColumnsType<SharedItem> = [
    {
      title: '照片',
      dataIndex: 'photos',
      width: 80,
      render: (photos: string[], item) => <ItemThumbnail itemId={item.id} photos={photos.length} name={item.name} />,
    },
    {
      title: '物品',
      dataIndex: 'name',
      render: (name: string, item) => (
        <Space direction="vertical" size={0}>
          <Button type="link" style={{ padding: 0 }} onClick={() => setViewing(item)}>
            {name}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {item.category} · {enumLabel('SharedItemCondition', item.condition)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '捐赠人',
      dataIndex: 'donorKind',
      responsive: ['lg'],
      render: (kind: string, item) => [enumLabel('SharedItemDonorKind', kind), item.donorName].filter(Boolean).join(' · '),
    },
    { title: '捐赠日期', dataIndex: 'donatedOn', responsive: ['md'], render: (day: string) => dateText(day) },
    { title: '状态', dataIndex: 'status', render: (_, item) => <ItemStatusTag item={item} /> },
    {
      title: '操作',
      key: 'actions',
      render: (_, item) => (
        <Space wrap>
          {canLend && (item.status === 'available' || item.status === 'held') && (
            <Button size="small" type="primary" icon={<ShoppingOutlined />} onClick={() => setLending(item)}>
              借出
            </Button>
          )}
          {item.status === 'on-loan' && (
            <Link to="?tab=loans">
              <Button size="small">查看借用</Button>
            </Link>
          )}
          {canWithdraw && item.status !== 'withdrawn' && item.status !== 'on-loan' && (
            <Button size="small" danger icon={<StopOutlined />} onClick={() => setWithdrawing(item)}>
              下架
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Card
      title="物品目录"
      extra={
        canRecord && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            登记捐赠
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder="全部状态"
          style={{ width: 140 }}
          value={filters.status}
          options={enumOptions('SharedItemStatus')}
          onChange={(status) => setFilters({ status })}
        />
        <AutoComplete
          allowClear
          placeholder="类别，如：图书"
          style={{ width: 180 }}
          options={categories}
          value={filters.category}
          onChange={(category) => setFilters({ category: category || undefined })}
        />
      </Space>
      <PagedTable<SharedItem>
        rowKey="id"
        size={isPhone ? 'small' : 'middle'}
        columns={columns}
        list={list}
        failure="读取物品目录失败"
        empty={
          filtered
            ? '没有符合筛选条件的物品，可清除筛选查看全部'
            : '驿站还没有物品。居民或单位捐赠闲置物品后，点右上角“登记捐赠”拍照登记，登记后即可借用。'
        }
      />
      <RecordItemDrawer open={recording} community={props.community} onClose={() => setRecording(false)} />
      <LendDrawer item={lending} onClose={() => setLending(undefined)} />
      <WithdrawModal item={withdrawing} onClose={() => setWithdrawing(undefined)} />
      <Drawer open={Boolean(viewing)} title={viewing?.name} width={width} onClose={() => setViewing(undefined)} destroyOnHidden>
        {viewing && <ItemDetails item={viewing} staff />}
      </Drawer>
    </Card>
  );
}

/** 归还: the worker takes the item back and notes its condition now. */
function ReturnModal(props: { loan: Loan | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ condition?: Condition }>();
  const queryClient = useQueryClient();
  const { loan } = props;
  return (
    <ModalForm<{ condition?: Condition }>
      form={form}
      open={Boolean(loan)}
      title={loan ? `收回“${loan.itemName}”` : '归还'}
      width={480}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '确认归还', resetText: '取消' } }}
      onFinish={async ({ condition }) => {
        if (!loan) return false;
        try {
          const returned = await call(
            api.POST('/volunteering/sharing/loans/{loanId}/return', {
              params: { path: { loanId: loan.id } },
              body: condition ? { condition } : {},
            }),
          );
          message.success(
            returned.daysLate ? `已归还，逾期 ${returned.daysLate} 天；物品已恢复可借` : '已按期归还，物品已恢复可借',
          );
          void queryClient.invalidateQueries({ queryKey: ['shared-loans'] });
          void queryClient.invalidateQueries({ queryKey: ['shared-items'] });
          props.onClose();
          return true;
        } catch (error) {
          message.error(showProblemAtFields(form, error));
          return false;
        }
      }}
    >
      {loan && (
        <Typography.Paragraph>
          借用人 {loan.borrowerName}，{dateText(loan.borrowedOn)} 借出，应还 {dateText(loan.dueOn)}
          {loan.overdue && <Typography.Text type="danger">（已逾期）</Typography.Text>}。
        </Typography.Paragraph>
      )}
      <ProFormSelect
        name="condition"
        label="归还时的成色"
        placeholder="不选则成色不变"
        options={enumOptions('SharedItemCondition')}
        allowClear
      />
    </ModalForm>
  );
}

function Loans(props: { community: string }) {
  const user = useUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [returning, setReturning] = useState<Loan>();
  const [renewing, setRenewing] = useState<string>();
  const canReturn = mayCall(user.role, 'returnSharedLoan');
  const canRenew = mayCall(user.role, 'renewSharedLoan');
  const list = usePagedList<Loan>({
    key: ['shared-loans', props.community],
    fetch: (cursor) =>
      call(
        api.GET('/volunteering/sharing/loans', {
          params: { query: { community: props.community, limit: 50, ...(cursor ? { cursor } : {}) } },
        }),
      ),
  });
  const overdue = list.items.filter((loan) => loan.overdue).length;
  const renew = async (loan: Loan) => {
    setRenewing(loan.id);
    try {
      const renewed = await call(
        api.POST('/volunteering/sharing/loans/{loanId}/renew', { params: { path: { loanId: loan.id } } }),
      );
      message.success(`已续借，应还日期顺延至 ${dateText(renewed.dueOn)}`);
      void queryClient.invalidateQueries({ queryKey: ['shared-loans'] });
    } catch (error) {
      message.error({ content: errorMessage(error, '续借失败，请重试'), duration: 8 });
    } finally {
      setRenewing(undefined);
    }
  };
  const columns: ColumnsType<Loan> = [
    { title: '物品', dataIndex: 'itemName' },
    { title: '借用人', dataIndex: 'borrowerName', render: (name: string, loan) => <PersonLink id={loan.personId} name={name} /> },
    { title: '借出日期', dataIndex: 'borrowedOn', responsive: ['md'], render: (day: string) => dateText(day) },
    { title: '应还日期', dataIndex: 'dueOn', render: (_, loan) => <DueOn loan={loan} /> },
    {
      title: '续借',
      dataIndex: 'renewals',
      responsive: ['md'],
      render: (renewals: number) => (renewals > 0 ? `已续借 ${renewals} 次` : '未续借'),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, loan) => (
        <Space wrap>
          {canReturn && (
            <Button size="small" type="primary" icon={<RollbackOutlined />} onClick={() => setReturning(loan)}>
              归还
            </Button>
          )}
          {canRenew && !loan.overdue && loan.renewals === 0 && (
            <Button size="small" loading={renewing === loan.id} onClick={() => renew(loan)}>
              续借
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Card title="未还的借用" data-testid="shared-loans">
      {overdue > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={`${overdue} 件物品已逾期未还`}
          description="逾期未还的居民不能再预约或借用，物品归还后限制自动解除。每天 8:00 系统会提醒借用人。"
        />
      )}
      <PagedTable<Loan>
        rowKey="id"
        columns={columns}
        onRow={(loan) => (loan.overdue ? { style: { background: '#fff1f0' }, 'data-overdue': 'true' } : {})}
        list={list}
        failure="读取借用记录失败"
        empty="现在没有借出未还的物品。在“物品目录”点“借出”登记借用。"
      />
      <ReturnModal loan={returning} onClose={() => setReturning(undefined)} />
    </Card>
  );
}

/** 共享驿站: the donated items catalogue and the desk's loans (lend, return, renew). */
export default function SharingPage() {
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  const communityName = useAreaName(community);
  const [filters, setFilters] = useUrlFilters(['tab'] as const);
  const tab = filters.tab === 'loans' ? 'loans' : 'items';
  return (
    <PageContainer
      title="共享驿站"
      subTitle={communityName ? `${communityName} · 捐赠闲置物品，居民借用和归还` : '捐赠闲置物品，居民借用和归还'}
      tabActiveKey={tab}
      onTabChange={(key) => setFilters({ tab: key === 'items' ? undefined : key })}
      tabList={[
        { key: 'items', tab: '物品目录' },
        { key: 'loans', tab: '借用与归还' },
      ]}
    >
      {!community ? (
        <Empty description="请先在页面顶部选择一个社区" />
      ) : tab === 'items' ? (
        <Catalogue community={community} />
      ) : (
        <Loans community={community} />
      )}
    </PageContainer>
  );
}
