import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { ModalForm, PageContainer, ProFormDigit, ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiProblem, api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { DATE_FORMAT, dateText, dateTimeText } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { useOfficeHours, weekdayNames } from '../../components/office-hours';
import { usePagedList } from '../../components/paged-list';
import { PagedTable } from '../../components/paged-table';
import { PersonLink, usePerson } from '../../components/person-link';
import { type Person, PersonPicker, PersonSummary } from '../../components/person-picker';
import { PrintSheet } from '../../components/print-sheet';
import { useDrawerWidth } from '../../components/responsive';
import { useUrlFilters } from '../../components/url-filters';
import { enumLabel, enumOptions } from '../../labels';
import { communityOf, useAreaName, useWorkArea } from '../../layout/work-area';

type Certificate = components['schemas']['Certificate'];
type CertificateType = components['schemas']['CertificateType'];
type ArchiveBatch = components['schemas']['ArchiveBatch'];
type ArchivedType = keyof ArchiveBatch['counts'];

/** The three certificates (计生三证): taken only on office days and handed to the sub-district each month. */
const threeCertificates: readonly ArchivedType[] = ['reproductive-health', 'only-child', 'migrant-marriage-fertility'];
const isThree = (type: string | undefined) => threeCertificates.some((three) => three === type);

const statusColors: Record<string, string> = { applied: 'orange', issued: 'green', revoked: 'default' };

/** Tells, above the list, whether the three certificates can be taken today and when next. */
function OfficeDayNotice(props: { community: string | undefined; canSet: boolean }) {
  const office = useOfficeHours(props.community);
  if (office.query.isLoading || !props.community) return null;
  if (!office.hours || office.certificateDays.length === 0) {
    return (
      <Alert
        type="warning"
        showIcon
        message="本社区尚未设置三证办理日"
        description={
          <span>
            生殖健康服务证、独生子女证、流动人口婚育证明只在每周固定的办理日受理。
            {props.canSet ? (
              <>
                请先到<Link to="/areas?tab=office-hours">地区 → 办公时间</Link>设置。
              </>
            ) : (
              '请社区工作人员先设置办理日。'
            )}
          </span>
        }
      />
    );
  }
  const days = [...office.certificateDays]
    .sort((a, b) => a - b)
    .map((day) => weekdayNames[day - 1])
    .join('、');
  const next = office.nextOfficeDay;
  const nextText = next ? `${next.format(DATE_FORMAT)}（${weekdayNames[(next.day() + 6) % 7]}）` : '';
  return (
    <Alert
      type={office.officeDayToday ? 'success' : 'info'}
      showIcon
      message={
        office.officeDayToday
          ? `今天是三证办理日（每周${days}），可以受理生殖健康服务证、独生子女证、流动人口婚育证明。`
          : `今天不是三证办理日（每周${days}）。三证请于下一个办理日 ${nextText} 受理；其他证件和卡随时可以办理。`
      }
    />
  );
}

/** Said as soon as one of the three is chosen, so nobody fills in a form the API will refuse today. */
function threeHint(today: boolean, next: Dayjs | undefined) {
  if (today) return '今天是三证办理日，可以受理';
  return (
    <Typography.Text type="warning">
      今天不是三证办理日，提交会被拒绝
      {next ? `；下一个办理日是 ${next.format(DATE_FORMAT)}（${weekdayNames[(next.day() + 6) % 7]}）` : ''}
    </Typography.Text>
  );
}

interface ApplyValues {
  type: CertificateType;
  discountPercent?: number;
  note?: string;
}

/** Applies for a certificate on a person's behalf: the person by exact citizen ID (or given), then the kind. */
function ApplyDrawer(props: {
  open: boolean;
  community: string | undefined;
  initialPerson?: Person | undefined;
  onClose: () => void;
}) {
  const office = useOfficeHours(props.community);
  const { message } = App.useApp();
  const [form] = Form.useForm<ApplyValues>();
  const [picked, setPicked] = useState<Person>();
  const [refusal, setRefusal] = useState<string>();
  const width = useDrawerWidth(560);
  const idempotency = useIdempotencyKey();
  const queryClient = useQueryClient();
  const person = picked ?? props.initialPerson;
  const type = Form.useWatch('type', form);
  const close = () => {
    setPicked(undefined);
    setRefusal(undefined);
    props.onClose();
  };
  const submit = async (values: ApplyValues) => {
    if (!person) {
      message.warning('请先查找并选定申请人');
      return false;
    }
    setRefusal(undefined);
    try {
      const details = {
        ...(values.discountPercent !== undefined ? { discountPercent: values.discountPercent } : {}),
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      };
      const certificate = await call(
        api.POST('/registry/persons/{id}/certificates', {
          params: { path: { id: person.id }, header: idempotency.header },
          body: { type: values.type, ...(Object.keys(details).length > 0 ? { details } : {}) },
        }),
      );
      idempotency.renew();
      message.success(`已受理 ${certificate.personName} 的${certificate.typeLabel}申请，待签发`);
      void queryClient.invalidateQueries({ queryKey: ['certificates'] });
      close();
      return true;
    } catch (error) {
      // Office-day and eligibility refusals concern the whole application: say them where the worker looks.
      const text = showProblemAtFields(form, error);
      if (error instanceof ApiProblem && (error.status === 422 || error.status === 409)) setRefusal(text);
      else message.error(text);
      return false;
    }
  };
  const [submitting, setSubmitting] = useState(false);
  // The person search is a form of its own, so the application form sits beside it, not around it.
  return (
    <Drawer
      open={props.open}
      width={width}
      title="代为申请证件或卡"
      onClose={close}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={close}>取消</Button>
          <Button type="primary" disabled={!person} loading={submitting} onClick={() => form.submit()}>
            提交申请
          </Button>
        </Space>
      }
    >
      {person ? (
        <PersonSummary person={person} onChange={() => setPicked(undefined)} />
      ) : (
        <Card size="small" style={{ marginBottom: 16 }}>
          <PersonPicker label="申请人的公民身份号码" onPick={setPicked} />
        </Card>
      )}
      <Form<ApplyValues>
        form={form}
        layout="vertical"
        disabled={!person}
        onFinish={async (values) => {
          setSubmitting(true);
          await submit(values);
          setSubmitting(false);
        }}
      >
        <ProFormSelect
          name="type"
          label="证件或卡"
          options={enumOptions('CertificateType')}
          rules={[{ required: true, message: '请选择要申请的证件或卡' }]}
          fieldProps={{ onChange: () => setRefusal(undefined) }}
          extra={isThree(type) ? threeHint(office.officeDayToday, office.nextOfficeDay) : undefined}
        />
        {type === 'all-in-one' && (
          <ProFormDigit
            name="discountPercent"
            label="体检费优惠比例（%）"
            min={15}
            max={25}
            fieldProps={{ precision: 0 }}
            rules={[{ required: true, message: '一卡通须填写体检费优惠比例（15–25）' }]}
          />
        )}
        <ProFormTextArea
          name="note"
          label="备注"
          fieldProps={{ maxLength: 200, showCount: true }}
          placeholder="如：本人行动不便，由家属代办"
        />
      </Form>
      {refusal && <Alert type="error" showIcon message="未能受理" description={refusal} />}
    </Drawer>
  );
}

/** 作废 needs a reason on record. */
function RevokeModal(props: { certificate: Certificate | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const { certificate } = props;
  return (
    <ModalForm<{ reason: string }>
      form={form}
      open={Boolean(certificate)}
      title={certificate ? `作废 ${certificate.personName} 的${certificate.typeLabel}` : '作废'}
      width={480}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '确认作废', resetText: '取消' }, submitButtonProps: { danger: true } }}
      onFinish={async ({ reason }) => {
        if (!certificate) return false;
        try {
          await call(
            api.POST('/registry/certificates/{id}/revoke', {
              params: { path: { id: certificate.id }, header: idempotency.header },
              body: { reason, version: certificate.version },
            }),
          );
          idempotency.renew();
          message.success('已作废；此人可重新申请同类证件');
          void queryClient.invalidateQueries({ queryKey: ['certificates'] });
          props.onClose();
          return true;
        } catch (error) {
          message.error(showProblemAtFields(form, error));
          return false;
        }
      }}
    >
      <Typography.Paragraph type="secondary">
        作废后不能恢复。证件编号 {certificate?.number ?? '（尚未签发）'}。
      </Typography.Paragraph>
      <ProFormTextArea
        name="reason"
        label="作废原因"
        placeholder="如：证件遗失，申请补办；或已不符合办理条件"
        fieldProps={{ maxLength: 200, showCount: true }}
        rules={[{ required: true, whitespace: true, message: '请填写作废原因' }]}
      />
    </ModalForm>
  );
}

/** What goes on paper: the certificate's facts and room for the community's seal. */
function CertificateSheet(props: { certificate: Certificate; communityName: string | undefined }) {
  const { certificate } = props;
  return (
    <div style={{ maxWidth: 560, margin: '0 auto', border: '2px solid #c0392b', padding: 32, fontSize: 16 }}>
      <Typography.Title level={2} style={{ textAlign: 'center', letterSpacing: 8 }}>
        {certificate.typeLabel}
      </Typography.Title>
      <Descriptions
        column={1}
        bordered
        size="middle"
        items={[
          { key: 'number', label: '证件编号', children: certificate.number ?? '—' },
          { key: 'name', label: '持证人', children: certificate.personName },
          ...(certificate.details?.discountPercent !== undefined
            ? [{ key: 'discount', label: '体检费优惠', children: `${certificate.details.discountPercent}%` }]
            : []),
          { key: 'issued', label: '签发日期', children: dateText(certificate.issuedAt) },
          ...(certificate.details?.note ? [{ key: 'note', label: '备注', children: certificate.details.note }] : []),
        ]}
      />
      <div style={{ marginTop: 48, textAlign: 'right', lineHeight: 2 }}>
        <div>{props.communityName ?? '社区居民委员会'}（盖章）</div>
        <div>{dayjs(certificate.issuedAt).format('YYYY年M月D日')}</div>
      </div>
    </div>
  );
}

function PrintPreview(props: { certificate: Certificate | undefined; communityName: string | undefined; onClose: () => void }) {
  const [printing, setPrinting] = useState(false);
  const { certificate } = props;
  return (
    <Modal
      open={Boolean(certificate)}
      title="打印预览"
      width={680}
      onCancel={props.onClose}
      destroyOnHidden
      footer={[
        <Button key="close" onClick={props.onClose}>
          关闭
        </Button>,
        <Button key="print" type="primary" icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
          打印
        </Button>,
      ]}
    >
      {certificate && (
        <>
          <CertificateSheet certificate={certificate} communityName={props.communityName} />
          <PrintSheet printNow={printing} onPrinted={() => setPrinting(false)}>
            <CertificateSheet certificate={certificate} communityName={props.communityName} />
          </PrintSheet>
        </>
      )}
    </Modal>
  );
}

function CertificateList(props: { community: string | undefined; area: string | undefined }) {
  const user = useUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const areaName = useAreaName(props.community);
  const [filters, setFilters] = useUrlFilters(['type', 'status', 'month', 'person'] as const);
  const [applying, setApplying] = useState(false);
  const [revoking, setRevoking] = useState<Certificate>();
  const [printing, setPrinting] = useState<Certificate>();
  const [issuing, setIssuing] = useState<string>();
  const issueKey = useIdempotencyKey();
  const linked = usePerson(filters.person);
  const canIssue = mayCall(user.role, 'issueCertificate');
  const canRevoke = mayCall(user.role, 'revokeCertificate');
  const canApply = mayCall(user.role, 'applyForCertificate');
  const query = {
    area: props.area ?? '',
    ...(filters.type ? { type: filters.type as CertificateType } : {}),
    ...(filters.status ? { status: filters.status as Certificate['status'] } : {}),
    ...(filters.month ? { month: filters.month } : {}),
  };
  const list = usePagedList<Certificate>({
    key: ['certificates', query],
    enabled: Boolean(props.area),
    fetch: (cursor) =>
      call(api.GET('/registry/certificates', { params: { query: { ...query, ...(cursor ? { cursor } : {}) } } })),
  });
  const issue = async (certificate: Certificate) => {
    setIssuing(certificate.id);
    try {
      const issued = await call(
        api.POST('/registry/certificates/{id}/issue', {
          params: { path: { id: certificate.id }, header: issueKey.header },
          body: { version: certificate.version },
        }),
      );
      issueKey.renew();
      message.success(`已签发，证件编号 ${issued.number ?? ''}`);
      void queryClient.invalidateQueries({ queryKey: ['certificates'] });
    } catch (error) {
      message.error({ content: errorMessage(error, '签发失败，请重试'), duration: 8 });
    } finally {
      setIssuing(undefined);
    }
  };
  const filtered = Boolean(filters.type || filters.status || filters.month);
  const columns: ColumnsType<Certificate> = [
    { title: '证件或卡', dataIndex: 'typeLabel' },
    { title: '持证人', dataIndex: 'personName', render: (name: string, row) => <PersonLink id={row.personId} name={name} /> },
    {
      title: '证件编号',
      dataIndex: 'number',
      render: (number?: string) =>
        number ? (
          <Typography.Text copyable>{number}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">签发后生成</Typography.Text>
        ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      render: (status: string, row) => {
        const tag = <Tag color={statusColors[status]}>{enumLabel('CertificateStatus', status)}</Tag>;
        return row.revokeReason ? <Tooltip title={`作废原因：${row.revokeReason}`}>{tag}</Tooltip> : tag;
      },
    },
    { title: '申请日期', dataIndex: 'appliedAt', render: (at: string) => dateText(at) },
    { title: '签发日期', dataIndex: 'issuedAt', render: (at?: string) => dateText(at) },
    {
      title: '操作',
      key: 'actions',
      render: (_, row) => (
        <Space wrap size={4}>
          {row.status === 'applied' && canIssue && (
            <Popconfirm
              title="签发这张证件？"
              description="签发后按社区、类型和年份连续编号，签发人记为您本人。"
              okText="签发"
              cancelText="取消"
              onConfirm={() => issue(row)}
            >
              <Button type="primary" size="small" loading={issuing === row.id}>
                签发
              </Button>
            </Popconfirm>
          )}
          {row.status === 'issued' && (
            <Button size="small" icon={<PrinterOutlined />} onClick={() => setPrinting(row)}>
              打印
            </Button>
          )}
          {row.status !== 'revoked' && canRevoke && (
            <Button size="small" danger onClick={() => setRevoking(row)}>
              作废
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <OfficeDayNotice community={props.community} canSet={mayCall(user.role, 'setOfficeHours')} />
      <Card>
        <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <Select
              allowClear
              placeholder="全部证件和卡"
              style={{ width: 200 }}
              value={filters.type}
              options={enumOptions('CertificateType')}
              onChange={(type?: string) => setFilters({ type })}
              aria-label="证件类型"
            />
            <Select
              allowClear
              placeholder="全部状态"
              style={{ width: 140 }}
              value={filters.status}
              options={enumOptions('CertificateStatus')}
              onChange={(status?: string) => setFilters({ status })}
              aria-label="状态"
            />
            <DatePicker
              picker="month"
              placeholder="签发或申请月份"
              value={filters.month ? dayjs(`${filters.month}-01`) : null}
              format="YYYY年M月"
              onChange={(month: Dayjs | null) => setFilters({ month: month ? month.format('YYYY-MM') : undefined })}
            />
          </Space>
          {canApply && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setApplying(true)}>
              代为申请
            </Button>
          )}
        </Space>
        <PagedTable<Certificate>
          rowKey="id"
          columns={columns}
          scroll={{ x: 900 }}
          list={list}
          failure="读取证件列表失败"
          empty={
            filtered
              ? '没有符合条件的证件，请调整上面的筛选条件。'
              : `${areaName ?? '本社区'}还没有办理过证件。居民来办证时，点右上角“代为申请”，用其身份证号找到本人后提交。`
          }
        />
      </Card>
      <ApplyDrawer
        open={applying || Boolean(filters.person)}
        community={props.community}
        initialPerson={linked.data}
        onClose={() => {
          setApplying(false);
          setFilters({ person: undefined });
        }}
      />
      <RevokeModal certificate={revoking} onClose={() => setRevoking(undefined)} />
      <PrintPreview certificate={printing} communityName={areaName} onClose={() => setPrinting(undefined)} />
    </Space>
  );
}

function countsOf(batch: ArchiveBatch) {
  return threeCertificates.map((type) => `${enumLabel('CertificateType', type)} ${batch.counts[type]} 张`).join('、');
}

/** The month-end hand-over of the three certificates to the sub-district. */
function ArchiveBatches(props: { community: string | undefined }) {
  const user = useUser();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ month: Dayjs }>();
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const idempotency = useIdempotencyKey();
  const month = Form.useWatch('month', form);
  const monthText = month ? month.format('YYYY-MM') : undefined;
  const batches = usePagedList<ArchiveBatch>({
    key: ['archive-batches', props.community],
    enabled: Boolean(props.community),
    fetch: (cursor) =>
      call(
        api.GET('/registry/certificates/archive-batches', {
          params: { query: { area: props.community ?? '', ...(cursor ? { cursor } : {}) } },
        }),
      ),
  });
  // What the batch would hold: the month's issued certificates of the three kinds.
  const preview = useQuery({
    queryKey: ['certificates', 'archive-preview', props.community, monthText],
    enabled: open && Boolean(props.community && monthText),
    queryFn: () =>
      Promise.all(
        threeCertificates.map((type) =>
          call(
            api.GET('/registry/certificates', {
              params: { query: { area: props.community ?? '', type, status: 'issued', month: monthText ?? '', limit: 100 } },
            }),
          ).then((page) => ({ type, count: page.items.length, more: Boolean(page.cursor) })),
        ),
      ),
  });
  const columns: ColumnsType<ArchiveBatch> = [
    { title: '月份', dataIndex: 'month', render: (value: string) => dayjs(`${value}-01`).format('YYYY年M月') },
    ...threeCertificates.map((type) => ({
      title: enumLabel('CertificateType', type),
      key: type,
      render: (_: unknown, batch: ArchiveBatch) => batch.counts[type],
    })),
    { title: '合计', dataIndex: 'total' },
    { title: '移交时间', dataIndex: 'handedOverAt', render: (at: string) => dateTimeText(at) },
    { title: '移交人', dataIndex: 'handedOverBy' },
  ];
  const canHandOver = mayCall(user.role, 'handOverArchiveBatch') && Boolean(props.community);
  return (
    <Card
      title="三证月末归档"
      extra={
        canHandOver && (
          <Button type="primary" onClick={() => setOpen(true)}>
            移交本月三证档案
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">
        每月最后一天起，把当月签发的生殖健康服务证、独生子女证、流动人口婚育证明汇成一批档案移交街道；每个社区每月移交一次，移交后当月不能再签发三证。
      </Typography.Paragraph>
      <PagedTable<ArchiveBatch>
        rowKey="id"
        columns={columns}
        scroll={{ x: 800 }}
        expandable={{
          expandedRowRender: (batch) => (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={batch.certificates}
              columns={[
                { title: '证件编号', dataIndex: 'number' },
                { title: '证件', dataIndex: 'type', render: (type: string) => enumLabel('CertificateType', type) },
                { title: '持证人', dataIndex: 'personName' },
              ]}
            />
          ),
        }}
        list={batches}
        failure="读取归档批次失败"
        empty="还没有移交过三证档案。月末最后一天起，点右上角“移交本月三证档案”。"
      />
      <ModalForm<{ month: Dayjs }>
        form={form}
        open={open}
        title="移交三证档案"
        width={520}
        dateFormatter={false}
        initialValues={{ month: dayjs() }}
        modalProps={{ onCancel: () => setOpen(false), destroyOnHidden: true }}
        submitter={{ searchConfig: { submitText: '确认移交', resetText: '取消' } }}
        onFinish={async (values) => {
          setRefusal(undefined);
          try {
            const batch = await call(
              api.POST('/registry/certificates/archive-batches', {
                params: { header: idempotency.header },
                body: { community: props.community ?? '', month: values.month.format('YYYY-MM') },
              }),
            );
            idempotency.renew();
            void queryClient.invalidateQueries({ queryKey: ['archive-batches'] });
            setOpen(false);
            modal.success({
              title: `已移交 ${dayjs(`${batch.month}-01`).format('YYYY年M月')}的三证档案`,
              content: `共 ${batch.total} 张：${countsOf(batch)}。`,
            });
            return true;
          } catch (error) {
            const text = showProblemAtFields(form, error);
            if (error instanceof ApiProblem && error.status >= 400 && error.status < 500) setRefusal(text);
            else message.error(text);
            return false;
          }
        }}
      >
        <Form.Item name="month" label="归档月份" rules={[{ required: true, message: '请选择月份' }]}>
          <DatePicker picker="month" format="YYYY年M月" style={{ width: '100%' }} onChange={() => setRefusal(undefined)} />
        </Form.Item>
        <Descriptions
          size="small"
          column={1}
          bordered
          title="这个月已签发、将随批移交的三证"
          items={(preview.data ?? []).map((entry) => ({
            key: entry.type,
            label: enumLabel('CertificateType', entry.type),
            children: `${entry.count}${entry.more ? '+' : ''} 张`,
          }))}
        />
        {preview.isLoading && <Typography.Text type="secondary">正在统计…</Typography.Text>}
        {refusal && <Alert style={{ marginTop: 16 }} type="error" showIcon message="未能移交" description={refusal} />}
      </ModalForm>
    </Card>
  );
}

export default function CertificatesPage() {
  const user = useUser();
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  const [filters, setFilters] = useUrlFilters(['tab'] as const);
  const canArchive = mayCall(user.role, 'listArchiveBatches');
  const tab = filters.tab === 'archive' && canArchive ? 'archive' : 'list';
  return (
    <PageContainer
      title="证照"
      subTitle="社区办理的证件和卡：受理、签发、打印、作废；三证月末归档"
      tabActiveKey={tab}
      onTabChange={(key) => setFilters({ tab: key === 'list' ? undefined : key })}
      tabList={[{ key: 'list', tab: '证照办理' }, ...(canArchive ? [{ key: 'archive', tab: '三证月末归档' }] : [])]}
    >
      {tab === 'list' ? <CertificateList community={community} area={area} /> : <ArchiveBatches community={community} />}
    </PageContainer>
  );
}
