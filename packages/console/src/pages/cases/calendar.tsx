import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Calendar,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Drawer,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateTimeText, todayText } from '../../components/date-text';
import { useDrawerWidth } from '../../components/responsive';
import { useVersionConflict, VersionConflictAlert } from '../../components/version-conflict';
import {
  atFormFields,
  type CivicCalendar,
  type CivicDay,
  calendarKey,
  dayColors,
  dayText,
  monthText,
  NoCommunity,
  type Representatives,
  useCivicCalendar,
  useCommunity,
  useMonthFilter,
  useRepresentatives,
  useStaffLabel,
} from './civic-parts';

/** When a day is held: one day, or the service week's first to last working day. */
function heldText(day: CivicDay): string {
  const days = day.days ?? [day.date];
  const last = days.at(-1) ?? day.date;
  return last === day.date ? dayText(day.date) : `${dayText(day.date)} 至 ${dayText(last)}（${days.length} 个工作日）`;
}

/** Every date a day of the rhythm covers (the service week covers its working days). */
const datesOf = (day: CivicDay) => day.days ?? [day.date];

/** The month as a calendar: each date marked with the days held on it; a click goes to that day's card. */
function MonthGrid(props: { calendar: CivicCalendar; onPick: (day: CivicDay) => void }) {
  const { calendar } = props;
  const byDate = new Map<string, CivicDay[]>();
  for (const day of calendar.days) {
    for (const date of datesOf(day)) byDate.set(date, [...(byDate.get(date) ?? []), day]);
  }
  return (
    <Calendar
      fullscreen={false}
      value={dayjs(`${calendar.month}-01`)}
      headerRender={() => null}
      onSelect={(date, info) => {
        if (info.source !== 'date') return;
        const held = byDate.get(date.format('YYYY-MM-DD'));
        if (held?.[0]) props.onPick(held[0]);
      }}
      fullCellRender={(date: Dayjs, info) => {
        if (info.type !== 'date') return info.originNode;
        const held = byDate.get(date.format('YYYY-MM-DD')) ?? [];
        const inMonth = date.format('YYYY-MM') === calendar.month;
        const today = date.format('YYYY-MM-DD') === todayText();
        return (
          <div style={{ padding: '2px 0', minHeight: 44, opacity: inMonth ? 1 : 0.35 }}>
            <div
              style={today ? { color: '#fff', background: '#1677ff', borderRadius: 10, width: 22, margin: '0 auto' } : undefined}
            >
              {date.date()}
            </div>
            {inMonth &&
              held.map((day) => (
                <Tag
                  key={day.kind}
                  color={dayColors[day.kind]}
                  style={{ margin: 0, padding: '0 2px', fontSize: 11, lineHeight: '16px' }}
                >
                  {day.name.slice(0, 2)}
                </Tag>
              ))}
          </div>
        );
      }}
    />
  );
}

function AttendanceText({ day }: { day: CivicDay }) {
  const staffLabel = useStaffLabel();
  const attendance = day.attendance;
  if (!attendance) return <Typography.Text type="secondary">尚未登记</Typography.Text>;
  const names = attendance.representatives?.map((person) => person.name).join('、');
  return (
    <Space direction="vertical" size={0}>
      <span>
        居民代表出席 <Typography.Text strong>{attendance.representativesPresent}</Typography.Text> /{' '}
        {attendance.representativesTotal} 人{names ? `：${names}` : ''}
      </span>
      {(attendance.staff?.length ?? 0) > 0 && <span>工作人员：{attendance.staff?.map(staffLabel).join('、')}</span>}
      <span>其他到场居民 {attendance.otherResidents} 人</span>
    </Space>
  );
}

/** What happens on the day and what was kept of it: agenda, attendance, minutes. */
function DayCard(props: { day: CivicDay; month: string; editable: boolean; onEdit: () => void; highlighted: boolean }) {
  const { day } = props;
  const links: Partial<Record<CivicDay['kind'], { to: string; text: string }>> = {
    evaluation: { to: '/case/evaluations', text: '评议日：发放评议卡、统计结果' },
    'service-week': { to: `/case/questionnaires?month=${props.month}`, text: '本月需求问卷' },
    deliberation: { to: '/case/compliance?tab=topics', text: '本月诉求议题归并' },
    reception: { to: '/case/representatives', text: '接待日与连心卡' },
  };
  const link = links[day.kind];
  const kept = day.agenda.length > 0 || Boolean(day.attendance) || Boolean(day.minutes);
  return (
    <Card
      size="small"
      id={`civic-day-${day.kind}`}
      data-testid={`civic-day-${day.kind}`}
      style={props.highlighted ? { borderColor: '#1677ff', boxShadow: '0 0 0 2px rgba(22,119,255,0.15)' } : undefined}
      title={
        <Space size={8} wrap>
          <Tag color={dayColors[day.kind]} style={{ fontSize: 14, padding: '2px 8px' }}>
            {day.name}
          </Tag>
          <span>{heldText(day)}</span>
        </Space>
      }
      extra={
        props.editable && (
          <Button size="small" icon={<EditOutlined />} onClick={props.onEdit} data-testid={`record-${day.kind}`}>
            登记
          </Button>
        )
      }
    >
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {day.what}
          {link && (
            <>
              {' · '}
              <Link to={link.to}>{link.text}</Link>
            </>
          )}
        </Typography.Text>
        {day.movedBecause && <Typography.Text type="warning">{day.movedBecause}</Typography.Text>}
        {kept ? <DayRecord day={day} /> : <Typography.Text type="secondary">尚未登记议程、出席和纪要</Typography.Text>}
      </Space>
    </Card>
  );
}

/** What was kept of a day: its agenda, who attended, the minutes. */
function DayRecord({ day }: { day: CivicDay }) {
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      <div>
        <Typography.Text strong>议程</Typography.Text>
        {day.agenda.length === 0 ? (
          <div>
            <Typography.Text type="secondary">尚未列入议程</Typography.Text>
          </div>
        ) : (
          <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {day.agenda.map((item) => (
              <li key={`${item.source}-${item.topicId ?? item.text}`}>
                {item.text}
                {item.source === 'recurring-topic' && (
                  <Tag color="red" style={{ marginLeft: 6 }}>
                    本月集中反映
                  </Tag>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
      <div>
        <Typography.Text strong>出席</Typography.Text>
        <div>
          <AttendanceText day={day} />
        </div>
      </div>
      <div>
        <Typography.Text strong>纪要</Typography.Text>
        {day.minutes ? (
          <Typography.Paragraph
            style={{ whiteSpace: 'pre-wrap', margin: 0 }}
            ellipsis={{ rows: 4, expandable: true, symbol: '展开' }}
          >
            {day.minutes.text}
          </Typography.Paragraph>
        ) : (
          <div>
            <Typography.Text type="secondary">尚未登记</Typography.Text>
          </div>
        )}
        {day.minutes && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {dateTimeText(day.minutes.recordedAt)} 登记
          </Typography.Text>
        )}
      </div>
    </Space>
  );
}

interface DayValues {
  agenda: string[];
  representatives: string[];
  staff: string[];
  otherResidents: number;
  minutes?: string;
}

/** The API keeps attendance as one object; the form shows its parts as fields of their own. */
const attendanceField = (field: string) =>
  field === 'body.attendance' || field.startsWith('body.attendance.representatives')
    ? 'body.representatives'
    : field.startsWith('body.attendance.staff')
      ? 'body.staff'
      : field === 'body.attendance.otherResidents'
        ? 'body.otherResidents'
        : field;

/**
 * 登记 one day: its agenda (replaced as a whole), and once it is held the attendance and minutes. Only what
 * the worker touched is sent, so adding an agenda item to a coming day never records an empty attendance.
 */
function DayDrawer(props: {
  community: string;
  month: string;
  day: CivicDay | undefined;
  representatives: Representatives | undefined;
  onClose: () => void;
}) {
  const { day } = props;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const staffLabel = useStaffLabel();
  const user = useUser();
  const [form] = Form.useForm<DayValues>();
  const conflict = useVersionConflict();
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const width = useDrawerWidth(620);
  const key = calendarKey(props.community, props.month);
  const workerAgenda = day?.agenda.filter((item) => item.source === 'worker').map((item) => item.text) ?? [];
  const topics = day?.agenda.filter((item) => item.source === 'recurring-topic') ?? [];
  const notYet = day ? day.date > todayText() : false;
  // One form serves every day: each opening starts from that day's record, not the last day's typing.
  const opened = day ? `${props.month}-${day.kind}` : undefined;
  useEffect(() => {
    if (opened) form.resetFields();
  }, [opened, form]);
  const people = props.representatives?.persons ?? [];

  const save = async (values: DayValues) => {
    if (!day) return;
    conflict.reset();
    setFormError(undefined);
    const agenda = (values.agenda ?? []).map((item) => item.trim()).filter(Boolean);
    const attendanceTouched = form.isFieldsTouched(['representatives', 'staff', 'otherResidents']);
    const minutes = values.minutes?.trim();
    const body = {
      version: day.version,
      ...(agenda.join('\n') !== workerAgenda.join('\n') ? { agenda } : {}),
      ...(attendanceTouched
        ? {
            attendance: {
              representatives: values.representatives ?? [],
              staff: values.staff ?? [],
              otherResidents: values.otherResidents ?? 0,
            },
          }
        : {}),
      ...(minutes && minutes !== day.minutes?.text ? { minutes } : {}),
    };
    if (Object.keys(body).length === 1) {
      props.onClose();
      return;
    }
    setSaving(true);
    try {
      const saved = await call(
        api.PATCH('/cases/communities/{community}/calendar/{month}/days/{kind}', {
          params: { path: { community: props.community, month: props.month, kind: day.kind } },
          body,
        }),
      );
      queryClient.setQueryData<CivicCalendar>(key, (old) =>
        old ? { ...old, days: old.days.map((held) => (held.kind === saved.kind ? saved : held)) } : old,
      );
      message.success(`已登记${saved.name}（${dayText(saved.date)}）`);
      props.onClose();
    } catch (error) {
      if (!conflict.caught(error)) setFormError(showProblemAtFields(form, atFormFields(error, attendanceField)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={Boolean(day)}
      width={width}
      title={day ? `登记${day.name}：${heldText(day)}` : ''}
      onClose={props.onClose}
      destroyOnHidden
      extra={
        <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="civic-day-save">
          保存
        </Button>
      }
    >
      {day && (
        <Form<DayValues>
          form={form}
          layout="vertical"
          onFinish={save}
          initialValues={{
            agenda: workerAgenda,
            representatives: day.attendance?.representatives?.map((person) => person.personId) ?? [],
            staff: day.attendance?.staff ?? props.representatives?.staff ?? [],
            otherResidents: day.attendance?.otherResidents ?? 0,
            minutes: day.minutes?.text,
          }}
        >
          {conflict.shown && (
            <VersionConflictAlert
              onRefresh={() => {
                conflict.reset();
                void queryClient.invalidateQueries({ queryKey: key });
                props.onClose();
              }}
            />
          )}
          {formError && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={formError} data-testid="form-error" />}
          <Typography.Title level={5}>议程</Typography.Title>
          {topics.length > 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message="本月集中反映的诉求已自动列在议程之后"
              description={
                <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                  {topics.map((item) => (
                    <li key={item.topicId ?? item.text}>{item.text}</li>
                  ))}
                </ol>
              }
            />
          )}
          <Form.List name="agenda">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                    <Typography.Text type="secondary">{index + 1}.</Typography.Text>
                    <Form.Item
                      name={field.name}
                      style={{ flex: 1, minWidth: 420, marginBottom: 8 }}
                      rules={[{ required: true, whitespace: true, message: '请填写议程事项，或删去这一项' }]}
                    >
                      <Input maxLength={200} placeholder="如：通报第四季度低保复核情况" data-testid={`agenda-${index}`} />
                    </Form.Item>
                    <Button type="text" icon={<DeleteOutlined />} aria-label="删去这一项" onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} disabled={fields.length >= 30}>
                  添加议程事项
                </Button>
              </>
            )}
          </Form.List>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            出席
          </Typography.Title>
          {notYet && (
            <Typography.Paragraph type="secondary">
              {day.name}在 {dayText(day.date)} 举行，出席和纪要请在当天或之后登记。
            </Typography.Paragraph>
          )}
          <Form.Item
            name="representatives"
            label={`出席的居民代表（共 ${people.length} 人）`}
            extra={people.length === 0 ? <Link to="/case/representatives">先设置本社区的居民代表名单</Link> : undefined}
          >
            <Checkbox.Group style={{ width: '100%' }}>
              <Row gutter={[8, 4]}>
                {people.map((person) => (
                  <Col key={person.personId} xs={12} md={8}>
                    <Checkbox value={person.personId}>{person.name}</Checkbox>
                  </Col>
                ))}
              </Row>
            </Checkbox.Group>
          </Form.Item>
          {people.length > 0 && (
            <Button
              size="small"
              style={{ marginTop: -16, marginBottom: 16 }}
              onClick={() =>
                form.setFields([{ name: 'representatives', value: people.map((person) => person.personId), touched: true }])
              }
            >
              全部出席
            </Button>
          )}
          <Form.Item name="staff" label="出席的工作人员" extra="登录账号；默认列出名单中参加五日一周的工作人员">
            <Select
              mode="tags"
              tokenSeparators={[',', '，', ' ']}
              placeholder="选择或输入登录账号"
              options={[...new Set([...(props.representatives?.staff ?? []), user.sub])].map((subject) => ({
                value: subject,
                label: staffLabel(subject),
              }))}
            />
          </Form.Item>
          <Form.Item name="otherResidents" label="其他到场居民" rules={[{ type: 'number', min: 0, message: '人数不能为负' }]}>
            <InputNumber min={0} max={10000} addonAfter="人" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="minutes" label="纪要" extra="会议讨论了什么、议定了什么、谁负责落实、何时向居民反馈">
            <Input.TextArea rows={6} maxLength={5000} showCount />
          </Form.Item>
        </Form>
      )}
    </Drawer>
  );
}

/** 调整服务周: a community moves its month's service week to the week its needs questionnaire asked for. */
function ServiceWeekModal(props: { community: string; calendar: CivicCalendar; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ start: Dayjs }>();
  const conflict = useVersionConflict();
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const { calendar } = props;
  useEffect(() => {
    if (props.open) form.resetFields();
  }, [props.open, form]);
  const save = async (values: { start: Dayjs }) => {
    conflict.reset();
    setFormError(undefined);
    setSaving(true);
    try {
      const saved = await call(
        api.PUT('/cases/communities/{community}/calendar/{month}/service-week', {
          params: { path: { community: props.community, month: calendar.month } },
          body: { start: values.start.format('YYYY-MM-DD'), version: calendar.serviceWeek.version },
        }),
      );
      queryClient.setQueryData(calendarKey(props.community, calendar.month), saved);
      const week = saved.days.find((day) => day.kind === 'service-week');
      message.success(week ? `服务周改为 ${heldText(week)}` : '已调整服务周');
      props.onClose();
    } catch (error) {
      if (!conflict.caught(error)) setFormError(showProblemAtFields(form, error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={props.open}
      title={`调整服务周：${monthText(calendar.month)}`}
      okText="保存"
      onOk={() => form.submit()}
      confirmLoading={saving}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {conflict.shown && (
        <VersionConflictAlert
          onRefresh={() => {
            conflict.reset();
            void queryClient.invalidateQueries({ queryKey: calendarKey(props.community, calendar.month) });
          }}
        />
      )}
      {formError && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={formError} />}
      <Typography.Paragraph type="secondary">
        服务周默认是每月 16 日以后的第一个整周。按需求问卷的结果，可改到本月另一周（从星期一开始），该周的法定节假日不办。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ start: dayjs(calendar.serviceWeek.start) }}>
        <Form.Item name="start" label="服务周从哪个星期一开始" rules={[{ required: true, message: '请选择一个星期一' }]}>
          <DatePicker
            defaultPickerValue={dayjs(`${calendar.month}-01`)}
            disabledDate={(date) =>
              date.format('YYYY-MM') !== calendar.month || date.day() !== 1 || date.format('YYYY-MM-DD') < todayText()
            }
            allowClear={false}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 五日一周: a community's month of reception, disclosure, publicity, deliberation and evaluation days and its service week. */
export default function CivicCalendarPage() {
  const user = useUser();
  const { community, communityName } = useCommunity();
  const [month, setMonth] = useMonthFilter();
  const calendar = useCivicCalendar(community, month);
  const representatives = useRepresentatives(community);
  const [editing, setEditing] = useState<CivicDay['kind']>();
  const [highlighted, setHighlighted] = useState<CivicDay['kind']>();
  const [movingWeek, setMovingWeek] = useState(false);
  const editable = mayCall(user.role, 'recordCivicDay');
  if (!community) return <NoCommunity what="五日一周日历" />;
  const data = calendar.data?.month === month ? calendar.data : undefined;
  const week = data?.days.find((day) => day.kind === 'service-week');
  const weekHeld = Boolean(week?.attendance || week?.minutes);
  return (
    <PageContainer
      title="五日一周"
      subTitle={`${communityName ?? ''} 接待日、公开日、宣传日、议事日、季末评议日和服务周`}
      extra={[
        <DatePicker
          key="month"
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(value) => value && setMonth(value.format('YYYY-MM'))}
          aria-label="月份"
        />,
        mayCall(user.role, 'setServiceWeek') && (
          <Tooltip key="week" title={weekHeld ? '本月服务周已登记出席或纪要，不能再调整' : undefined}>
            <Button disabled={!data || weekHeld} onClick={() => setMovingWeek(true)}>
              调整服务周
            </Button>
          </Tooltip>
        ),
      ]}
    >
      {calendar.error && <Alert type="error" showIcon message={errorMessage(calendar.error, '读取日历失败')} />}
      {data?.note && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={data.note} />}
      {!data && !calendar.error && <Card loading />}
      {data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={9}>
            <Card size="small" title={`${monthText(month)}`} styles={{ body: { padding: 8 } }}>
              <MonthGrid
                calendar={data}
                onPick={(day) => {
                  setHighlighted(day.kind);
                  document.getElementById(`civic-day-${day.kind}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
                }}
              />
              <Space size={[4, 4]} wrap style={{ padding: '8px 4px 0' }}>
                {data.days.map((day) => (
                  <Tag key={day.kind} color={dayColors[day.kind]}>
                    {day.name} {dayjs(day.date).format('M月D日')}
                    {day.kind === 'service-week' ? '起' : ''}
                  </Tag>
                ))}
              </Space>
              {data.serviceWeek.custom && (
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 4px 0' }}>
                  本月服务周已由社区按需求问卷调整。
                </Typography.Paragraph>
              )}
            </Card>
          </Col>
          <Col xs={24} xl={15}>
            {data.days.length === 0 ? (
              <Empty description="本月没有五日一周的日子" />
            ) : (
              <Space direction="vertical" size={12} style={{ width: '100%' }}>
                {data.days.map((day) => (
                  <DayCard
                    key={day.kind}
                    day={day}
                    month={month}
                    editable={editable}
                    highlighted={highlighted === day.kind}
                    onEdit={() => setEditing(day.kind)}
                  />
                ))}
              </Space>
            )}
          </Col>
        </Row>
      )}
      <DayDrawer
        community={community}
        month={month}
        day={data?.days.find((day) => day.kind === editing)}
        representatives={representatives.data}
        onClose={() => setEditing(undefined)}
      />
      {data && <ServiceWeekModal community={community} calendar={data} open={movingWeek} onClose={() => setMovingWeek(false)} />}
    </PageContainer>
  );
}
