import { PageContainer } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Form, InputNumber, Space, Switch, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiProblem, api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { useUser } from '../../auth/auth-context';
import { VersionConflictAlert } from '../../components/version-conflict';

type Preferences = components['schemas']['NotificationPreferences'];
type Kind = Preferences['kinds'][number]['kind'];
type Channel = 'in-app' | 'sms' | 'email';

interface Values {
  channels: Partial<Record<Kind, Channel[]>>;
  quiet: boolean;
  quietHours: { from?: Dayjs; to?: Dayjs };
  dailyLimit: number;
}

const PREFERENCES_KEY = ['notification-preferences'] as const;
const channelOptions = [
  { value: 'in-app', label: '站内信', disabled: true },
  { value: 'sms', label: '短信' },
  { value: 'email', label: '邮件' },
];
const time = (hhmm: string) => dayjs(`2000-01-01T${hhmm}`);

const isResident = (role: string) => role === 'resident' || role === 'volunteer';

function valuesOf(preferences: Preferences): Values {
  const { from, to } = preferences.quietHours;
  const quiet = from !== to;
  return {
    channels: Object.fromEntries(preferences.kinds.map((kind) => [kind.kind, kind.channels])),
    quiet,
    // Switched on again, the quiet hours start from the usual night.
    quietHours: quiet ? { from: time(from), to: time(to) } : { from: time('22:00'), to: time('08:00') },
    dailyLimit: preferences.dailyLimit,
  };
}

/**
 * 消息设置 of whoever is signed in: for each kind of message whether it also comes by text or e-mail (the
 * inbox always keeps it), the quiet hours in which texts wait until morning, and the day's limit.
 */
export default function PreferencesPage() {
  const user = useUser();
  const body = <PreferencesForm resident={isResident(user.role)} />;
  if (isResident(user.role)) return body;
  return (
    <PageContainer title="消息设置" subTitle="我自己的短信、邮件和免打扰时段">
      {body}
    </PageContainer>
  );
}

function PreferencesForm({ resident }: { resident: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const query = useQuery({
    queryKey: PREFERENCES_KEY,
    queryFn: () => call(api.GET('/notifications/preferences')),
  });
  const preferences = query.data;
  const quiet = Form.useWatch('quiet', form);
  useEffect(() => {
    if (preferences) form.setFieldsValue(valuesOf(preferences));
  }, [preferences, form]);
  if (query.error) return <Alert type="error" showIcon message={errorMessage(query.error, '读取消息设置失败')} />;
  if (!preferences) return <Card loading />;
  const save = async (values: Values) => {
    setSaving(true);
    setConflict(false);
    const from = values.quiet ? (values.quietHours.from?.format('HH:mm') ?? '22:00') : '00:00';
    const to = values.quiet ? (values.quietHours.to?.format('HH:mm') ?? '08:00') : '00:00';
    try {
      const saved = await call(
        api.PUT('/notifications/preferences', {
          body: {
            channels: values.channels,
            quietHours: { from, to },
            dailyLimit: values.dailyLimit,
            version: preferences.version,
          },
        }),
      );
      queryClient.setQueryData(PREFERENCES_KEY, saved);
      message.success(`已保存：${saved.quietHoursText}`);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409) setConflict(true);
      else message.error(showProblemAtFields(form, error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form<Values> form={form} layout="vertical" onFinish={(values) => void save(values)} initialValues={valuesOf(preferences)}>
      <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="preferences">
        {conflict && (
          <VersionConflictAlert
            onRefresh={() => {
              setConflict(false);
              void query.refetch();
            }}
          />
        )}
        <Card size="small" title="各类消息怎么通知我">
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            {preferences.inAppNote}短信发到登记的手机号，邮件发到登记的邮箱；没有登记的不发。
          </Typography.Paragraph>
          {preferences.kinds.map((kind) => (
            <Form.Item
              key={kind.kind}
              name={['channels', kind.kind]}
              label={kind.label}
              style={{ marginBottom: resident ? 12 : 16 }}
              // Whatever else is ticked, the inbox keeps every message.
              normalize={(list: Channel[]) => (list.includes('in-app') ? list : ['in-app', ...list])}
            >
              <Checkbox.Group options={channelOptions} />
            </Form.Item>
          ))}
        </Card>
        <Card size="small" title="免打扰时段">
          <Form.Item name="quiet" valuePropName="checked" label="设免打扰时段" style={{ marginBottom: quiet ? 12 : 0 }}>
            <Switch />
          </Form.Item>
          {quiet && (
            <Space size={12} wrap align="start">
              <Form.Item name={['quietHours', 'from']} label="从" rules={[{ required: true, message: '请选择开始时间' }]}>
                <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
              </Form.Item>
              <Form.Item
                name={['quietHours', 'to']}
                label="到"
                dependencies={[['quietHours', 'from']]}
                rules={[
                  { required: true, message: '请选择结束时间' },
                  ({ getFieldValue }) => ({
                    validator: (_, value: Dayjs | undefined) => {
                      const start = getFieldValue(['quietHours', 'from']) as Dayjs | undefined;
                      return value && start && value.format('HH:mm') === start.format('HH:mm')
                        ? Promise.reject(new Error('开始和结束时间相同：不设免打扰请关掉上面的开关'))
                        : Promise.resolve();
                    },
                  }),
                ]}
              >
                <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
              </Form.Item>
            </Space>
          )}
          <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: 0 }}>
            时段内的短信和邮件等到时段结束再发（结束早于开始即跨过午夜，如 22:00 至次日
            08:00）；台风、停水等紧急通知照常发送。当前：
            {preferences.quietHoursText}。
          </Typography.Paragraph>
        </Card>
        <Card size="small" title="每日上限">
          <Form.Item
            name="dailyLimit"
            label="每天最多发到手机或邮箱的消息"
            rules={[{ required: true, message: '请填写每日上限' }]}
            extra="超过的当天不再发短信和邮件，仍在站内信里；紧急通知不计入。"
            style={{ marginBottom: 0 }}
          >
            <InputNumber min={1} max={50} precision={0} addonAfter="条" style={{ width: 160 }} />
          </Form.Item>
        </Card>
        <Button type="primary" htmlType="submit" loading={saving} block={resident}>
          保存设置
        </Button>
      </Space>
    </Form>
  );
}
