import { CloseOutlined, PhoneOutlined, PrinterOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Form, Row, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiProblem, api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { todayText } from '../../components/date-text';
import { useOfficeHours } from '../../components/office-hours';
import { PrintSheet } from '../../components/print-sheet';
import { useVersionConflict, VersionConflictAlert } from '../../components/version-conflict';
import {
  type CivicDay,
  dayText,
  NoCommunity,
  type PickedResident,
  type Representatives,
  ResidentSearch,
  useCivicCalendar,
  useCommunity,
  useRepresentatives,
  useStaffLabel,
} from './civic-parts';

type LegalAdvisor = components['schemas']['LegalAdvisor'];

/** The community's legal advisor (一村一法律顾问), shared with the area page's cache; null when none is set. */
function useLegalAdvisor(community: string | undefined) {
  return useQuery({
    queryKey: ['legal-advisor', community],
    enabled: Boolean(community),
    queryFn: async () => {
      try {
        return await call(
          api.GET('/registry/communities/{community}/legal-advisor', { params: { path: { community: community ?? '' } } }),
        );
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** The next three reception days from today, as the calendar holds them (moved past weekends and holidays). */
function useReceptionDays(community: string | undefined): CivicDay[] {
  const months = [0, 1, 2, 3].map((ahead) => dayjs().add(ahead, 'month').format('YYYY-MM'));
  const calendars = [
    useCivicCalendar(community, months[0] as string),
    useCivicCalendar(community, months[1] as string),
    useCivicCalendar(community, months[2] as string),
    useCivicCalendar(community, months[3] as string),
  ];
  const today = todayText();
  return calendars
    .flatMap((calendar) => calendar.data?.days.filter((day) => day.kind === 'reception' && day.date >= today) ?? [])
    .slice(0, 3);
}

interface ContactCardContent {
  communityName: string;
  receptionDays: CivicDay[];
  officeHours: string | undefined;
  advisor: LegalAdvisor | null | undefined;
  representatives: Representatives['persons'];
}

/** 连心卡: what a resident keeps by the door — when the community receives them, where to find it, who speaks for them. */
function ContactCard({ content, forPaper }: { content: ContactCardContent; forPaper?: boolean }) {
  const reception = content.receptionDays[0];
  const items = [
    {
      key: 'reception',
      label: '接待日',
      children: (
        <Space direction="vertical" size={2}>
          <span>每月 2 日（遇周末、节假日顺延至下一个工作日）：{reception?.what ?? '社区干部集中接待居民来访，受理诉求'}</span>
          <Space size={4} wrap data-testid="reception-days">
            {content.receptionDays.map((day) => (
              <Tag key={day.date} color="blue">
                {dayText(day.date)}
                {day.movedBecause ? '（顺延）' : ''}
              </Tag>
            ))}
          </Space>
        </Space>
      ),
    },
    { key: 'hours', label: '办公时间', children: content.officeHours ?? '以社区公示为准' },
    {
      key: 'mailbox',
      label: '平时反映',
      children: '民生信箱（社区服务平台“诉求”→“我要反映”）、走访的网格员，或持本卡到社区居委会',
    },
    {
      key: 'advisor',
      label: '法律顾问',
      children: content.advisor ? (
        <span>
          {content.advisor.name}（{content.advisor.firm}） <PhoneOutlined /> {content.advisor.phone}，
          {content.advisor.serviceHours}
        </span>
      ) : (
        '尚未设置'
      ),
    },
    {
      key: 'representatives',
      label: '居民代表',
      children: content.representatives.length > 0 ? content.representatives.map((person) => person.name).join('、') : '尚未推选',
    },
  ];
  return (
    <div
      data-testid={forPaper ? undefined : 'contact-card'}
      style={{ border: '2px solid #cf1322', borderRadius: 8, padding: 16, maxWidth: 640, background: '#fff' }}
    >
      <Typography.Title level={4} style={{ color: '#cf1322', textAlign: 'center', margin: '0 0 4px' }}>
        {content.communityName}连心卡
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginBottom: 12 }}>
        有事找社区，诉求件件有回音：受理 → 限期办理 → 公示反馈 → 跟踪监督
      </Typography.Paragraph>
      <Descriptions size="small" column={1} bordered items={items} styles={{ label: { width: 96, whiteSpace: 'nowrap' } }} />
    </div>
  );
}

interface RepresentativeValues {
  persons: PickedResident[];
  staff: string[];
}

/** One representative in the list: a name to open, a way to take them off; the API's complaint about them below. */
function RepresentativeRow(props: { value?: PickedResident; onRemove?: () => void; editable: boolean }) {
  if (!props.value) return null;
  return (
    <Space size={4}>
      <Link to={`/persons/${props.value.personId}`}>{props.value.name}</Link>
      {props.editable && (
        <Button
          size="small"
          type="text"
          icon={<CloseOutlined />}
          aria-label={`移除${props.value.name}`}
          onClick={props.onRemove}
        />
      )}
    </Space>
  );
}

/** 居民代表 and the staff of 五日一周: replaced as a whole, checked against the registry by the API. */
function RepresentativesForm(props: { community: string; current: Representatives; editable: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const staffLabel = useStaffLabel();
  const user = useUser();
  const [form] = Form.useForm<RepresentativeValues>();
  const conflict = useVersionConflict();
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const persons = Form.useWatch('persons', form) ?? [];
  const staff = Form.useWatch('staff', form) ?? [];
  const { current } = props;
  // Filled once from what is kept; a refresh after a lost race keeps what the worker has changed.
  const [filled, setFilled] = useState(false);
  useEffect(() => {
    if (filled) return;
    form.setFieldsValue({ persons: current.persons, staff: current.staff });
    setFilled(true);
  }, [current, filled, form]);

  const save = async (values: RepresentativeValues) => {
    conflict.reset();
    setFormError(undefined);
    setSaving(true);
    try {
      const saved = await call(
        api.PUT('/cases/communities/{community}/representatives', {
          params: { path: { community: props.community } },
          body: {
            persons: (values.persons ?? []).map((person) => person.personId),
            staff: values.staff ?? [],
            version: current.version,
          },
        }),
      );
      queryClient.setQueryData(['representatives', props.community], saved);
      form.setFieldsValue({ persons: saved.persons, staff: saved.staff });
      message.success(`已保存：居民代表 ${saved.persons.length} 人，参加五日一周的工作人员 ${saved.staff.length} 人`);
    } catch (error) {
      if (!conflict.caught(error)) setFormError(showProblemAtFields(form, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<RepresentativeValues> form={form} layout="vertical" onFinish={save} disabled={!props.editable}>
      {conflict.shown && (
        <VersionConflictAlert
          onRefresh={() => {
            conflict.reset();
            void queryClient.invalidateQueries({ queryKey: ['representatives', props.community] });
          }}
        />
      )}
      {formError && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={formError} data-testid="form-error" />}
      <Form.List name="persons">
        {(fields, { add, remove }) => (
          <Form.Item
            label={`居民代表（${fields.length} 人）`}
            extra="评议日向每位居民代表发放一张评议卡；议事日按名单登记出席。须为人口库中现居本社区的居民。"
          >
            {props.editable && (
              <div style={{ marginBottom: 12 }}>
                <ResidentSearch
                  id="representative-search"
                  community={props.community}
                  exclude={persons.map((person) => person.personId)}
                  onPick={(resident) => add(resident)}
                  placeholder="输入姓名添加居民代表"
                />
              </div>
            )}
            {fields.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有居民代表：输入姓名查找本社区居民，逐一添加" />
            ) : (
              <Row gutter={[8, 0]} data-testid="representatives">
                {fields.map((field) => (
                  <Col key={field.key} xs={12} md={8} xl={6}>
                    <Form.Item name={field.name} style={{ marginBottom: 4 }}>
                      <RepresentativeRow editable={props.editable} onRemove={() => remove(field.name)} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            )}
          </Form.Item>
        )}
      </Form.List>
      <Form.Item
        name="staff"
        label="参加五日一周的工作人员"
        extra="填写工作人员的登录账号；每个五日一周日子的前一天提醒他们和居民代表。"
      >
        <Select
          mode="tags"
          open={false}
          tokenSeparators={[',', '，', ' ']}
          placeholder="输入登录账号后回车"
          labelRender={({ value }) => staffLabel(String(value))}
          suffixIcon={null}
        />
      </Form.Item>
      {props.editable && (
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="representatives-save">
            保存名单
          </Button>
          {!staff.includes(user.sub) && (
            <Button onClick={() => form.setFieldValue('staff', [...staff, user.sub])}>把我加入参加人员</Button>
          )}
          {current.setAt && (
            <Typography.Text type="secondary">
              上次由 {staffLabel(current.setBy ?? '')} 于 {dayjs(current.setAt).format('YYYY-MM-DD HH:mm')} 保存
            </Typography.Text>
          )}
        </Space>
      )}
    </Form>
  );
}

/** 接待日与连心卡: when the community receives residents, the card residents keep, and who represents them. */
export default function RepresentativesPage() {
  const user = useUser();
  const { community, communityName } = useCommunity();
  const representatives = useRepresentatives(community);
  const receptionDays = useReceptionDays(community);
  const office = useOfficeHours(community);
  const advisor = useLegalAdvisor(community);
  const staffLabel = useStaffLabel();
  const [printing, setPrinting] = useState(false);
  const editable = mayCall(user.role, 'setRepresentatives');
  if (!community) return <NoCommunity what="接待日和连心卡" />;
  const content: ContactCardContent = {
    communityName: communityName ?? '本社区',
    receptionDays,
    officeHours: office.hours?.summary,
    advisor: advisor.data,
    representatives: representatives.data?.persons ?? [],
  };
  const nextReception = receptionDays[0];
  return (
    <PageContainer
      title="接待日与连心卡"
      subTitle={`${communityName ?? ''} 每月 2 日接待日，连心卡发到每户`}
      extra={[
        <Button key="print" icon={<PrinterOutlined />} onClick={() => setPrinting(true)} disabled={!representatives.data}>
          打印连心卡
        </Button>,
      ]}
    >
      {representatives.error && <Alert type="error" showIcon message={errorMessage(representatives.error, '读取居民代表失败')} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={11}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title="下一个接待日">
              {nextReception ? (
                <Space direction="vertical" size={4}>
                  <Typography.Text strong style={{ fontSize: 18 }} data-testid="next-reception">
                    {dayText(nextReception.date)}
                  </Typography.Text>
                  {nextReception.movedBecause && <Typography.Text type="secondary">{nextReception.movedBecause}</Typography.Text>}
                  <Typography.Text>{nextReception.what}</Typography.Text>
                  <Typography.Text type="secondary">
                    接待人员：
                    {(representatives.data?.staff.length ?? 0) > 0
                      ? representatives.data?.staff.map(staffLabel).join('、')
                      : '尚未设置参加五日一周的工作人员'}
                  </Typography.Text>
                  <Link to={`/case/calendar?month=${nextReception.date.slice(0, 7)}`}>在五日一周日历中填写议程和出席</Link>
                </Space>
              ) : (
                <Typography.Text type="secondary">正在读取日历…</Typography.Text>
              )}
            </Card>
            <Card size="small" title="连心卡（预览）">
              <ContactCard content={content} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={13}>
          <Card size="small" title="居民代表和参加人员" loading={representatives.isLoading}>
            {representatives.data && (
              <RepresentativesForm community={community} current={representatives.data} editable={editable} />
            )}
          </Card>
        </Col>
      </Row>
      {printing && (
        <PrintSheet printNow onPrinted={() => setPrinting(false)}>
          <ContactCard content={content} forPaper />
        </PrintSheet>
      )}
    </PageContainer>
  );
}
