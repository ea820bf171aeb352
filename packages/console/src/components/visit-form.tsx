import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, call } from '../api/client';
import type { components } from '../api/openapi';
import { showProblemAtFields } from '../api/problem';
import { useUser } from '../auth/auth-context';
import { enumOptions } from '../labels';
import { DATE_FORMAT, dayOf } from './date-text';
import { useIdempotencyKey } from './idempotency';
import { useDrawerWidth, useIsPhone } from './responsive';

export type Visit = components['schemas']['Visit'];
export type VisitKind = components['schemas']['VisitKind'];

interface VisitValues {
  visitedOn: Dayjs;
  kind: VisitKind;
  findings: string;
  needs?: string[];
  followUp?: string;
  visitorName?: string;
}

/** Needs grid workers write down most often; any other can be typed. */
const commonNeeds = ['助餐', '助医', '助浴', '家政维修', '心理慰藉', '政策咨询', '就业帮扶', '低保申请', '辅具适配', '康复服务'];

/**
 * 民情日记: one home visit of a person — when, what kind, what was found, what they need and what follows.
 * Laid out in one column so it works on a phone held in one hand at the door.
 */
export function VisitForm(props: {
  personId: string;
  defaultKind?: VisitKind;
  onRecorded?: (visit: Visit) => void;
  onCancel?: () => void;
}) {
  const user = useUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<VisitValues>();
  const idempotency = useIdempotencyKey();
  const queryClient = useQueryClient();
  const isPhone = useIsPhone();
  const record = useMutation({
    mutationFn: (values: VisitValues) =>
      call(
        api.POST('/registry/persons/{id}/visits', {
          params: { path: { id: props.personId }, header: idempotency.header },
          body: {
            visitedOn: dayOf(values.visitedOn) ?? '',
            kind: values.kind,
            findings: values.findings,
            ...(values.needs && values.needs.length > 0 ? { needs: values.needs } : {}),
            ...(values.followUp?.trim() ? { followUp: values.followUp.trim() } : {}),
            ...(values.visitorName?.trim() ? { visitorName: values.visitorName.trim() } : {}),
          },
        }),
      ),
    onSuccess: (visit) => {
      idempotency.renew();
      form.resetFields();
      message.success('走访已记录');
      void queryClient.invalidateQueries({ queryKey: ['visits', props.personId] });
      void queryClient.invalidateQueries({ queryKey: ['due-visits'] });
      props.onRecorded?.(visit);
    },
    onError: (error) => message.error(showProblemAtFields(form, error)),
  });
  return (
    <Form<VisitValues>
      form={form}
      layout="vertical"
      size={isPhone ? 'large' : 'middle'}
      initialValues={{ visitedOn: dayjs(), kind: props.defaultKind ?? 'routine', visitorName: user.name }}
      onFinish={(values) => record.mutate(values)}
      data-testid="visit-form"
    >
      <Form.Item name="visitedOn" label="走访日期" rules={[{ required: true, message: '请选择走访日期' }]}>
        <DatePicker
          format={DATE_FORMAT}
          style={{ width: '100%' }}
          inputReadOnly={isPhone}
          disabledDate={(day) => day.isAfter(dayjs(), 'day')}
        />
      </Form.Item>
      <Form.Item name="kind" label="走访类型" rules={[{ required: true, message: '请选择走访类型' }]}>
        <Select options={enumOptions('VisitKind')} />
      </Form.Item>
      <Form.Item
        name="findings"
        label="走访情况"
        rules={[
          { required: true, whitespace: true, message: '请填写走访情况' },
          { max: 2000, message: '走访情况不能超过 2000 字' },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 10 }}
          maxLength={2000}
          showCount
          placeholder="如：老人独居，身体状况稳定，按时服药；家中燃气灶老化，已提醒注意安全。"
        />
      </Form.Item>
      <Form.Item
        name="needs"
        label="需求"
        extra="可多选，也可直接输入后按回车添加"
        rules={[{ type: 'array', max: 20, message: '需求最多 20 项' }]}
      >
        <Select
          mode="tags"
          tokenSeparators={['，', ',', '、']}
          options={commonNeeds.map((need) => ({ value: need, label: need }))}
          placeholder="如：助餐、家政维修"
        />
      </Form.Item>
      <Form.Item name="followUp" label="后续跟进" rules={[{ max: 500, message: '后续跟进不能超过 500 字' }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} placeholder="如：联系物业下周上门检修燃气灶" />
      </Form.Item>
      <Form.Item name="visitorName" label="走访人" rules={[{ max: 50, message: '走访人姓名不能超过 50 个字' }]}>
        <Input placeholder="默认为当前登录人" />
      </Form.Item>
      <Space direction={isPhone ? 'vertical' : 'horizontal'} style={{ width: '100%' }}>
        <Button type="primary" htmlType="submit" loading={record.isPending} block={isPhone} data-testid="visit-submit">
          保存走访记录
        </Button>
        {props.onCancel && (
          <Button onClick={props.onCancel} block={isPhone}>
            取消
          </Button>
        )}
      </Space>
    </Form>
  );
}

/** The visit form in a side drawer: the whole screen on a phone. */
export function VisitDrawer(props: {
  person: { id: string; name?: string } | undefined;
  defaultKind?: VisitKind;
  onClose: () => void;
}) {
  const width = useDrawerWidth(520);
  return (
    <Drawer
      open={Boolean(props.person)}
      onClose={props.onClose}
      width={width}
      destroyOnHidden
      title={
        <Space direction="vertical" size={0}>
          <span>记录走访</span>
          {props.person?.name && <Typography.Text type="secondary">{props.person.name}</Typography.Text>}
        </Space>
      }
    >
      {props.person && (
        <VisitForm
          personId={props.person.id}
          {...(props.defaultKind ? { defaultKind: props.defaultKind } : {})}
          onRecorded={props.onClose}
          onCancel={props.onClose}
        />
      )}
    </Drawer>
  );
}
