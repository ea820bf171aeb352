import { ModalForm, ProFormDatePicker, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { App, Button, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, call } from '../api/client';
import { showProblemAtFields } from '../api/problem';
import { communityOf } from '../layout/work-area';
import { AreaSelect } from './person-fields';
import type { PersonView } from './person-table';
import { isVersionConflict, VersionConflictAlert } from './version-conflict';

const dateText = (value: Dayjs | string | undefined) => (typeof value === 'string' ? value : (value?.format('YYYY-MM-DD') ?? ''));
const today = () => new Date().toISOString().slice(0, 10);
/** Each form opening is one operation: a retry of the same submit is answered once (Idempotency-Key). */
const newKey = () => crypto.randomUUID();

interface ActionProps {
  person: PersonView;
  onDone: (person: PersonView) => void;
  onRefresh: () => void;
}

/** The shape every life-event form shares: a modal, field errors from the API, the version conflict explained. */
function LifeEventForm<T extends Record<string, unknown>>(
  props: ActionProps & {
    title: string;
    trigger: React.ReactElement;
    danger?: boolean;
    submit: (values: T, idempotencyKey: string) => Promise<PersonView>;
    children: React.ReactNode;
    initialValues?: Partial<T>;
  },
) {
  const [form] = Form.useForm<T>();
  const { message } = App.useApp();
  const [conflict, setConflict] = useState(false);
  const [key, setKey] = useState(newKey);
  return (
    <ModalForm<T>
      title={props.title}
      form={form}
      trigger={props.trigger}
      width={560}
      initialValues={props.initialValues}
      modalProps={{ destroyOnHidden: true, okButtonProps: { danger: props.danger }, afterClose: () => setConflict(false) }}
      onOpenChange={(open) => open && setKey(newKey())}
      onFinish={async (values) => {
        try {
          const person = await props.submit(values, key);
          message.success(`${props.title}已办理`);
          props.onDone(person);
          return true;
        } catch (error) {
          if (isVersionConflict(error)) {
            setConflict(true);
            return false;
          }
          const rest = showProblemAtFields(form, error);
          message.error(rest);
          return false;
        }
      }}
    >
      {conflict && (
        <VersionConflictAlert
          onRefresh={() => {
            setConflict(false);
            props.onRefresh();
          }}
        />
      )}
      {props.children}
    </ModalForm>
  );
}

export function MovePersonButton(props: ActionProps) {
  const community = communityOf(props.person.area);
  return (
    <LifeEventForm<{ area: string; building?: string; room?: string; date: Dayjs; reason: string }>
      {...props}
      title="区内迁移"
      trigger={<Button>区内迁移</Button>}
      initialValues={{ reason: '搬家' }}
      submit={(values, key) =>
        call(
          api.POST('/registry/persons/{id}/move', {
            params: { path: { id: props.person.id }, header: { 'Idempotency-Key': key } },
            body: {
              area: values.area,
              date: dateText(values.date),
              reason: values.reason,
              version: props.person.version,
              ...(values.building ? { building: values.building } : {}),
              ...(values.room ? { room: values.room } : {}),
            },
          }),
        )
      }
    >
      <Form.Item
        name="area"
        label="迁入社区或网格"
        rules={[{ required: true, message: '请选择迁入的网格' }]}
        extra="本社区内换网格在此选择；迁往本区其他社区请输入 12 位社区代码"
      >
        <AreaSelect community={community} />
      </Form.Item>
      <ProFormText name="building" label="新楼栋" />
      <ProFormText name="room" label="新房号" />
      <ProFormDatePicker name="date" label="迁移日期" rules={[{ required: true, message: '请选择迁移日期' }]} />
      <ProFormText name="reason" label="原因" rules={[{ required: true, message: '请填写原因' }]} />
    </LifeEventForm>
  );
}

export function MoveOutButton(props: ActionProps) {
  return (
    <LifeEventForm<{ date: Dayjs; destination: string; reason: string }>
      {...props}
      title="迁出本区"
      danger
      trigger={<Button danger>迁出</Button>}
      submit={(values, key) =>
        call(
          api.POST('/registry/persons/{id}/move-out', {
            params: { path: { id: props.person.id }, header: { 'Idempotency-Key': key } },
            body: {
              date: dateText(values.date),
              destination: values.destination,
              reason: values.reason,
              version: props.person.version,
            },
          }),
        )
      }
    >
      <ProFormDatePicker name="date" label="迁出日期" rules={[{ required: true, message: '请选择迁出日期' }]} />
      <ProFormText
        name="destination"
        label="迁往何处"
        placeholder="如 福建省泉州市丰泽区"
        rules={[{ required: true, message: '请填写迁往何处' }]}
      />
      <ProFormText name="reason" label="原因" rules={[{ required: true, message: '请填写原因' }]} />
    </LifeEventForm>
  );
}

export function RecordDeathButton(props: ActionProps) {
  return (
    <LifeEventForm<{
      dateOfDeath: Dayjs;
      placeOfDeath?: string;
      cause?: string;
      burial?: { method?: 'cremation' | 'burial' | 'other'; place?: string; date?: Dayjs };
      reason: string;
    }>
      {...props}
      title="死亡登记"
      danger
      trigger={<Button danger>死亡登记</Button>}
      initialValues={{ reason: '家属申报，凭死亡医学证明' }}
      submit={(values, key) =>
        call(
          api.POST('/registry/persons/{id}/deceased', {
            params: { path: { id: props.person.id }, header: { 'Idempotency-Key': key } },
            body: {
              dateOfDeath: dateText(values.dateOfDeath),
              reason: values.reason,
              version: props.person.version,
              ...(values.placeOfDeath ? { placeOfDeath: values.placeOfDeath } : {}),
              ...(values.cause ? { cause: values.cause } : {}),
              ...(values.burial?.method
                ? {
                    burial: {
                      method: values.burial.method,
                      ...(values.burial.place ? { place: values.burial.place } : {}),
                      ...(values.burial.date ? { date: dateText(values.burial.date) } : {}),
                    },
                  }
                : {}),
            },
          }),
        )
      }
    >
      <ProFormDatePicker
        name="dateOfDeath"
        label="死亡日期"
        rules={[{ required: true, message: '请选择死亡日期' }]}
        fieldProps={{ disabledDate: (day: Dayjs) => day.format('YYYY-MM-DD') > today() }}
      />
      <ProFormText name="placeOfDeath" label="死亡地点" />
      <ProFormText name="cause" label="死亡原因" />
      <ProFormSelect
        name={['burial', 'method']}
        label="殡葬方式"
        options={[
          { value: 'cremation', label: '火化' },
          { value: 'burial', label: '土葬' },
          { value: 'other', label: '其他' },
        ]}
      />
      <ProFormText name={['burial', 'place']} label="安葬地点" />
      <ProFormDatePicker name={['burial', 'date']} label="安葬日期" />
      <ProFormTextArea name="reason" label="登记依据" rules={[{ required: true, message: '请填写登记依据' }]} />
    </LifeEventForm>
  );
}
