import { DrawerForm, ProFormDatePicker, ProFormRadio, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, AutoComplete, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiProblem, api, call } from '../api/client';
import type { components } from '../api/openapi';
import { showProblemAtFields } from '../api/problem';
import { useUser } from '../auth/auth-context';
import { enumOptions } from '../labels';
import { DATE_FORMAT, dayOf } from './date-text';
import { useDrawerWidth } from './responsive';

export type VisitPlan = components['schemas']['VisitPlan'];

interface PlanValues {
  kind: components['schemas']['VisitKind'];
  every: components['schemas']['VisitFrequency'];
  assignedTo: string;
  assignedToName?: string;
  startOn: Dayjs | string;
}

/** Someone a plan may be given to: the signed-in user and whoever already holds plans on this screen. */
export interface Assignee {
  id: string;
  name?: string;
}

/**
 * Sets a person's visit plan (one per kind), or adjusts the one given: the cycle, who visits, and the day
 * of the next visit. A plan given comes with its version, so someone else's change meanwhile is not lost.
 */
export function VisitPlanForm(props: {
  person: { id: string; name?: string } | undefined;
  plan?: VisitPlan;
  assignees?: readonly Assignee[];
  onClose: () => void;
}) {
  const user = useUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanValues>();
  const width = useDrawerWidth(520);
  const queryClient = useQueryClient();
  const { plan } = props;
  const known = new Map<string, Assignee>();
  known.set(user.sub, { id: user.sub, ...(user.name ? { name: user.name } : {}) });
  for (const assignee of props.assignees ?? []) if (!known.has(assignee.id)) known.set(assignee.id, assignee);
  const options = [...known.values()].map((assignee) => ({
    value: assignee.id,
    label: assignee.name ? `${assignee.name}（账号 ${assignee.id}）` : `账号 ${assignee.id}`,
  }));
  const submit = async (values: PlanValues) => {
    try {
      await call(
        api.PUT('/registry/persons/{id}/visit-plan', {
          params: { path: { id: props.person?.id ?? '' } },
          body: {
            kind: values.kind,
            every: values.every,
            assignedTo: values.assignedTo.trim(),
            ...(values.assignedToName?.trim() ? { assignedToName: values.assignedToName.trim() } : {}),
            startOn: dayOf(values.startOn) ?? '',
            ...(plan ? { version: plan.version } : {}),
          },
        }),
      );
      message.success(plan ? '走访计划已调整' : '走访计划已设置');
      void queryClient.invalidateQueries({ queryKey: ['due-visits'] });
      props.onClose();
      return true;
    } catch (error) {
      // Without a version the API takes the plan as new: a refusal then means this kind of plan exists already.
      if (!plan && error instanceof ApiProblem && error.code === 'concurrent-modification') {
        message.error('此人已有同类走访计划。请在待走访清单（选“全部计划”）中找到它，点“调整计划”修改。');
        return false;
      }
      message.error(showProblemAtFields(form, error));
      return false;
    }
  };
  return (
    <DrawerForm<PlanValues>
      form={form}
      open={Boolean(props.person)}
      width={width}
      title={`${plan ? '调整' : '设置'}走访计划${props.person?.name ? ` · ${props.person.name}` : ''}`}
      drawerProps={{ onClose: props.onClose, destroyOnHidden: true }}
      onOpenChange={(open) => !open && props.onClose()}
      initialValues={
        plan
          ? { ...plan, startOn: dayjs(plan.nextDue) }
          : { kind: 'routine', every: 'month', assignedTo: user.sub, assignedToName: user.name, startOn: dayjs() }
      }
      onFinish={submit}
      submitter={{ searchConfig: { submitText: '保存计划', resetText: '取消' }, resetButtonProps: { onClick: props.onClose } }}
    >
      {plan && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="保存后，下次应走访日期改为下面填写的日期，之后按周期顺延。"
        />
      )}
      <ProFormSelect
        name="kind"
        label="走访类型"
        options={enumOptions('VisitKind')}
        disabled={Boolean(plan)}
        extra={plan ? '每类走访各有一个计划；要改类型，请另设一个计划' : '每人每类走访一个计划，如长期服药卡持有人每月走访'}
        rules={[{ required: true, message: '请选择走访类型' }]}
      />
      <ProFormRadio.Group
        name="every"
        label="走访周期"
        radioType="button"
        options={enumOptions('VisitFrequency')}
        rules={[{ required: true, message: '请选择走访周期' }]}
      />
      <ProFormDatePicker
        name="startOn"
        label={plan ? '下次走访日期' : '首次走访日期'}
        fieldProps={{ format: DATE_FORMAT, style: { width: '100%' } }}
        rules={[{ required: true, message: '请选择日期' }]}
      />
      <Form.Item
        name="assignedTo"
        label="负责走访的人员账号"
        extra="通常是该人员所在网格的网格员；可从列表中选，或输入其登录账号"
        rules={[{ required: true, whitespace: true, message: '请指定负责走访的网格员' }]}
      >
        <AutoComplete
          options={options}
          onSelect={(id: string) => {
            const name = known.get(id)?.name;
            if (name) form.setFieldValue('assignedToName', name);
          }}
          filterOption={(input, option) => String(option?.label ?? '').includes(input)}
        />
      </Form.Item>
      <ProFormText name="assignedToName" label="负责人姓名" rules={[{ max: 50, message: '姓名不能超过 50 个字' }]} />
    </DrawerForm>
  );
}
