import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { api, call } from '../api/client';
import { showProblemAtFields } from '../api/problem';
import { useUser } from '../auth/auth-context';
import { sexLabel } from '../labels';
import { DATE_FORMAT } from './date-text';
import {
  type GroupAttribute,
  type GroupAttributeField,
  type GroupEntry,
  type GroupMembershipView,
  mayJoin,
  mayRecord,
  type StoredGroup,
  useGroupCatalogue,
} from './group-catalogue';
import { usePerson } from './person-link';
import { isVersionConflict, VersionConflictAlert } from './version-conflict';

type Field = GroupAttribute | GroupAttributeField;
type Values = { attributes?: Record<string, unknown> };

/** A person's memberships, derived groups and history; the panel and the forms share this read. */
export function usePersonGroups(personId: string, reveal = false) {
  return useQuery({
    queryKey: ['person', personId, 'groups', reveal ? 'revealed' : 'masked'],
    queryFn: () =>
      call(
        api.GET('/registry/persons/{id}/groups', {
          params: { path: { id: personId }, query: reveal ? { reveal: 'true' } : {} },
        }),
      ),
  });
}

/** After a change, every list, count and page that shows the person's groups reads again. */
export function useGroupsChanged(personId: string) {
  const client = useQueryClient();
  return () => {
    for (const key of [['person', personId], ['group-members'], ['group-counts'], ['statistics']]) {
      void client.invalidateQueries({ queryKey: key });
    }
  };
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Stored value → form control value (dates become dayjs for the picker). */
function toFormValue(field: Field, value: unknown): unknown {
  if (isBlank(value)) return undefined;
  if (field.type === 'date' && typeof value === 'string') return dayjs(value);
  if (field.type === 'group' && 'fields' in field && value && typeof value === 'object') {
    const parts = value as Record<string, unknown>;
    return Object.fromEntries((field.fields ?? []).map((part) => [part.name, toFormValue(part, parts[part.name])]));
  }
  return value;
}

/** Form control value → what the API takes; undefined for nothing entered. */
function fromFormValue(field: Field, value: unknown): unknown {
  if (isBlank(value)) return undefined;
  if (field.type === 'date') return dayjs.isDayjs(value) ? (value as Dayjs).format(DATE_FORMAT) : value;
  if (typeof value === 'string') return value.trim();
  if (field.type === 'text-list' && Array.isArray(value)) {
    return value.map((entry) => String(entry).trim()).filter(Boolean);
  }
  if (field.type === 'group' && 'fields' in field && typeof value === 'object') {
    const parts = value as Record<string, unknown>;
    const entries = (field.fields ?? [])
      .map((part) => [part.name, fromFormValue(part, parts[part.name])] as const)
      .filter(([, entry]) => entry !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** JSON with sorted keys, so a value compares equal to itself whatever order its parts came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, entry: unknown) =>
    entry && typeof entry === 'object' && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b)))
      : entry,
  );
}

function control(field: Field, disabled: boolean): ReactNode {
  const options = field.options?.map((option) => ({ value: option.value, label: option.label }));
  switch (field.type) {
    case 'one-of':
      return <Select options={options} allowClear placeholder={`请选择${field.label}`} disabled={disabled} />;
    case 'many-of':
      return <Checkbox.Group options={options} disabled={disabled} />;
    case 'date':
      return <DatePicker format={DATE_FORMAT} placeholder="选择日期" style={{ width: 200 }} disabled={disabled} />;
    case 'integer':
    case 'number':
      return (
        <InputNumber
          min={field.minimum}
          max={field.maximum}
          precision={field.type === 'integer' ? 0 : undefined}
          style={{ width: 200 }}
          disabled={disabled}
        />
      );
    case 'boolean':
      return <Switch checkedChildren="是" unCheckedChildren="否" disabled={disabled} />;
    case 'long-text':
      return <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={field.maxLength} showCount disabled={disabled} />;
    case 'text-list':
      return (
        <Select
          mode="tags"
          open={false}
          tokenSeparators={['、', '，', ',']}
          maxCount={field.maxItems}
          placeholder="输入后按回车添加，可填多项"
          disabled={disabled}
        />
      );
    default:
      return <Input maxLength={field.maxLength} allowClear disabled={disabled} />;
  }
}

/** Holds a form value it does not show (the field is there for the API's error to land on). */
function Shown(props: { value?: unknown; children: ReactNode }) {
  return <>{props.children}</>;
}

function AttributeItem(props: {
  field: Field;
  name: (string | number)[];
  required: boolean;
  disabled: boolean;
  extra?: ReactNode;
}) {
  const { field, name, required, disabled } = props;
  const rules: Rule[] = required ? [{ required: true, message: `请填写${field.label}` }] : [];
  if (field.type === 'group' && 'fields' in field) {
    return (
      <Card size="small" title={field.label} style={{ marginBottom: 16 }} extra={props.extra}>
        {(field.fields ?? []).map((part) => (
          <AttributeItem
            key={part.name}
            field={part}
            name={[...name, part.name]}
            // A part is required only where its group is: an optional contact left empty is no contact.
            required={required && part.required}
            disabled={disabled}
          />
        ))}
      </Card>
    );
  }
  return (
    <Form.Item
      name={name}
      label={field.label}
      rules={rules}
      extra={props.extra ?? field.description}
      valuePropName={field.type === 'boolean' ? 'checked' : 'value'}
    >
      {control(field, disabled)}
    </Form.Item>
  );
}

/**
 * The attributes of one group as a form, built from the group catalogue. Without `membership` it joins
 * the person (PUT without version); with it, it adjusts what was changed (PUT with the version read;
 * cleared values sent as null). Field errors from the API show at their fields.
 */
export function GroupMembershipForm(props: {
  personId: string;
  entry: GroupEntry;
  membership?: GroupMembershipView;
  onSaved: (membership: GroupMembershipView) => void;
  onCancel?: () => void;
  /** Reads the membership again after a version conflict. */
  onRefresh?: () => void;
}) {
  const { personId, entry, membership } = props;
  const user = useUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const needsHousehold = entry.attributes.some((attribute) => attribute.name === 'householdId');
  const personHousehold = useQuery({
    queryKey: ['person', personId, 'household'],
    enabled: needsHousehold,
    queryFn: () => call(api.GET('/registry/persons/{id}/household', { params: { path: { id: personId } } })),
  });
  const household = personHousehold.data?.household ?? undefined;
  const joining = !membership;

  // Read again after a conflict, the latest values replace what was shown, except where the worker typed.
  const shown = useRef<Record<string, unknown>>(undefined);
  useEffect(() => {
    const stored = membership?.attributes ?? {};
    const typed = (form.getFieldsValue(true) as Values).attributes ?? {};
    const before = shown.current;
    const attributes = Object.fromEntries(
      entry.attributes.map((attribute) => {
        const edited =
          before !== undefined &&
          canonical(fromFormValue(attribute, typed[attribute.name])) !== canonical(before[attribute.name]);
        if (edited) return [attribute.name, typed[attribute.name]];
        // A masked number (证号) is not a value to send back: the field stays empty unless replaced.
        if (attribute.sensitive) return [attribute.name, undefined];
        return [attribute.name, toFormValue(attribute, joining ? attribute.default : stored[attribute.name])];
      }),
    );
    shown.current = Object.fromEntries(
      entry.attributes.map((attribute) => [
        attribute.name,
        attribute.sensitive ? undefined : joining ? attribute.default : stored[attribute.name],
      ]),
    );
    form.setFieldsValue({ attributes } as Parameters<typeof form.setFieldsValue>[0]);
  }, [entry, membership, joining, form]);
  // After the attributes, so the person's own household is what the field shows.
  useEffect(() => {
    if (needsHousehold) form.setFieldValue(['attributes', 'householdId'], household?.id);
  }, [needsHousehold, household, form]);

  const submit = async (values: Values) => {
    setProblem(undefined);
    const typed = values.attributes ?? {};
    const attributes: Record<string, unknown> = {};
    for (const attribute of entry.attributes) {
      // 低保 and 特困 are granted to the person's own household, which the API checks.
      const value = attribute.name === 'householdId' ? household?.id : fromFormValue(attribute, typed[attribute.name]);
      if (joining) {
        if (value !== undefined) attributes[attribute.name] = value;
        continue;
      }
      if (!mayRecord(attribute, user.role) || (attribute.sensitive && value === undefined)) continue;
      if (canonical(value) !== canonical(membership.attributes[attribute.name])) attributes[attribute.name] = value ?? null;
    }
    if (!joining && Object.keys(attributes).length === 0) {
      message.info('没有修改任何内容');
      return;
    }
    setSaving(true);
    try {
      const saved = await call(
        api.PUT('/registry/persons/{id}/groups/{group}', {
          params: { path: { id: personId, group: entry.group as StoredGroup } },
          body: { attributes, ...(membership ? { version: membership.version } : {}) },
        }),
      );
      setConflict(false);
      message.success(joining ? `已纳入${entry.label}` : `已保存${entry.label}的属性`);
      props.onSaved(saved);
    } catch (error) {
      setConflict(isVersionConflict(error));
      if (!isVersionConflict(error)) setProblem(showProblemAtFields(form, error));
    } finally {
      setSaving(false);
    }
  };

  const householdText = household
    ? `本人所在户：${household.address ?? '（未登记地址）'}，${household.size} 人`
    : '本人尚未登记户，请先在户籍中把本人加入户';

  return (
    <Form form={form} layout="vertical" onFinish={submit} scrollToFirstError>
      {conflict && (
        <VersionConflictAlert
          onRefresh={() => {
            setConflict(false);
            props.onRefresh?.();
          }}
        />
      )}
      {joining && entry.eligibility && <Alert type="info" showIcon message={entry.eligibility} style={{ marginBottom: 16 }} />}
      {entry.attributes.length === 0 && <Typography.Paragraph type="secondary">本群体没有需要填写的属性。</Typography.Paragraph>}
      {entry.attributes.map((attribute) => {
        const locked = !joining && !mayRecord(attribute, user.role);
        if (attribute.name === 'householdId') {
          return (
            <Form.Item
              key={attribute.name}
              name={['attributes', attribute.name]}
              label={attribute.label}
              required={attribute.required}
            >
              <Shown>
                <Typography.Text type={household ? undefined : 'warning'}>{householdText}</Typography.Text>
              </Shown>
            </Form.Item>
          );
        }
        const stored = membership?.attributes[attribute.name];
        const extra = locked
          ? '网格员不能修改此项，请联系社区工作者'
          : attribute.sensitive && typeof stored === 'string'
            ? `已登记：${stored}（不修改请留空）`
            : undefined;
        return (
          <AttributeItem
            key={attribute.name}
            field={attribute}
            name={['attributes', attribute.name]}
            required={attribute.required && (joining || !attribute.sensitive)}
            disabled={locked}
            extra={extra}
          />
        );
      })}
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      <Space>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="group-membership-submit">
          {joining ? `纳入${entry.label}` : '保存'}
        </Button>
        {props.onCancel && <Button onClick={props.onCancel}>取消</Button>}
      </Space>
    </Form>
  );
}

/**
 * 纳入群体 / 调整 in a modal. Adjusts when the person is already in `group` (read here, so the version is
 * the latest), joins otherwise; without `group` the worker picks one of those their role may join.
 */
export function GroupMembershipModal(props: {
  personId: string;
  group?: string;
  open: boolean;
  onClose: () => void;
  onSaved?: (membership: GroupMembershipView) => void;
}) {
  const user = useUser();
  const catalogue = useGroupCatalogue();
  const groups = usePersonGroups(props.personId);
  const person = usePerson(props.personId);
  const changed = useGroupsChanged(props.personId);
  const [picked, setPicked] = useState<string>();
  const group = props.group ?? picked;
  const entry = catalogue.entryOf(group);
  const membership = groups.data?.memberships.find((item) => item.group === group);
  const joinable = catalogue.items.filter(
    (item) =>
      item.kind === 'managed' &&
      mayJoin(item, user.role) &&
      !groups.data?.memberships.some((member) => member.group === item.group),
  );
  const close = () => {
    setPicked(undefined);
    props.onClose();
  };
  return (
    <Modal
      open={props.open}
      onCancel={close}
      footer={null}
      destroyOnHidden
      width={640}
      title={membership ? `调整${entry?.label ?? ''}属性` : entry ? `纳入${entry.label}` : '纳入群体'}
    >
      {person.data && (
        <Typography.Paragraph type="secondary">
          {person.data.name} · {sexLabel(person.data.sex)} · {person.data.age} 岁
        </Typography.Paragraph>
      )}
      {!props.group && !membership && (
        <Form layout="vertical">
          <Form.Item label="群体" required>
            <Select
              value={picked}
              onChange={setPicked}
              placeholder="选择要纳入的群体"
              options={joinable.map((item) => ({ value: item.group, label: item.label }))}
              showSearch
              optionFilterProp="label"
              data-testid="group-picker"
            />
          </Form.Item>
        </Form>
      )}
      {entry && !groups.isLoading && (
        <GroupMembershipForm
          key={entry.group}
          personId={props.personId}
          entry={entry}
          {...(membership ? { membership } : {})}
          onCancel={close}
          onRefresh={() => void groups.refetch()}
          onSaved={(saved) => {
            changed();
            props.onSaved?.(saved);
            close();
          }}
        />
      )}
    </Modal>
  );
}

/** 退出: leaves a group with a reason, at the version last read (the history keeps the membership). */
export function LeaveGroupModal(props: {
  personId: string;
  group: string;
  open: boolean;
  onClose: () => void;
  onSaved?: () => void;
}) {
  const { message } = App.useApp();
  const catalogue = useGroupCatalogue();
  const groups = usePersonGroups(props.personId);
  const changed = useGroupsChanged(props.personId);
  const [form] = Form.useForm<{ reason: string }>();
  const [problem, setProblem] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const membership = groups.data?.memberships.find((item) => item.group === props.group);
  const label = catalogue.entryOf(props.group)?.label ?? membership?.label ?? '';
  const submit = async ({ reason }: { reason: string }) => {
    setProblem(undefined);
    setSaving(true);
    try {
      await call(
        api.DELETE('/registry/persons/{id}/groups/{group}', {
          params: { path: { id: props.personId, group: props.group as StoredGroup } },
          body: { reason, ...(membership ? { version: membership.version } : {}) },
        }),
      );
      message.success(`已退出${label}`);
      changed();
      props.onSaved?.();
      props.onClose();
    } catch (error) {
      setConflict(isVersionConflict(error));
      if (!isVersionConflict(error)) setProblem(showProblemAtFields(form, error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open={props.open} onCancel={props.onClose} footer={null} destroyOnHidden title={`退出${label}`}>
      {conflict && (
        <VersionConflictAlert
          onRefresh={() => {
            setConflict(false);
            void groups.refetch();
          }}
        />
      )}
      <Typography.Paragraph type="secondary">退出后不再列入{label}名单，原有属性和变更历史仍保留在人员页。</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label="退出原因" rules={[{ required: true, whitespace: true, message: '请填写退出原因' }]}>
          <Input.TextArea
            autoSize={{ minRows: 2 }}
            maxLength={200}
            showCount
            placeholder="如：家庭收入超过低保标准、残疾证注销、已迁出本社区"
          />
        </Form.Item>
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
        <Space>
          <Button danger type="primary" htmlType="submit" loading={saving}>
            确认退出
          </Button>
          <Button onClick={props.onClose}>取消</Button>
        </Space>
      </Form>
    </Modal>
  );
}
