import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import type { components } from '../api/openapi';
import { showProblemAtFields } from '../api/problem';
import { personStatusLabel, sexLabel } from '../labels';
import { checkCitizenId } from './citizen-id';

export type Person = components['schemas']['Person'];

/** A chosen person shown the way a worker checks they have the right one: name, masked ID, age, address. */
export function PersonSummary(props: { person: Person; onChange?: () => void }) {
  const { person } = props;
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="picked-person">
      <Descriptions
        size="small"
        column={1}
        title={
          <Space wrap>
            <Link to={`/persons/${person.id}`}>{person.name}</Link>
            {person.status !== 'active' && <Tag>{personStatusLabel(person.status)}</Tag>}
          </Space>
        }
        extra={props.onChange && <Button onClick={props.onChange}>换一个人</Button>}
        items={[
          { key: 'id', label: '公民身份号码', children: person.citizenId },
          { key: 'sex', label: '性别 / 年龄', children: `${sexLabel(person.sex)} · ${person.age} 岁` },
          {
            key: 'address',
            label: '住址',
            children: [person.building, person.room].filter(Boolean).join(' ') || '—',
          },
        ]}
      />
    </Card>
  );
}

/**
 * Finds the person a service is for by their full citizen ID (the exact search keeps the number out of
 * addresses and logs). Checks the number as it is typed.
 */
export function PersonPicker(props: { onPick: (person: Person) => void; label?: string }) {
  const [form] = Form.useForm<{ citizenId: string }>();
  const [notFound, setNotFound] = useState(false);
  const [error, setError] = useState<string>();
  const search = useMutation({
    mutationFn: (citizenId: string) => call(api.POST('/registry/persons/search', { body: { citizenId } })),
    onSuccess: (found) => {
      const person = found.items[0];
      setNotFound(!person);
      if (person) props.onPick(person);
    },
    onError: (failure) => setError(showProblemAtFields(form, failure)),
  });
  const value = Form.useWatch('citizenId', form);
  const check = checkCitizenId(value);
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={({ citizenId }) => {
        setError(undefined);
        setNotFound(false);
        search.mutate(citizenId.trim().toUpperCase());
      }}
    >
      <Form.Item
        label={props.label ?? '公民身份号码'}
        validateStatus={check.error && (value?.length ?? 0) >= 18 ? 'error' : undefined}
        help={check.error ?? (check.birthDate ? `出生日期 ${check.birthDate} · ${check.sex}` : '请输入完整的 18 位号码')}
        required
      >
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item name="citizenId" noStyle>
            <Input maxLength={18} placeholder="18 位公民身份号码" allowClear data-testid="person-picker-citizen-id" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={search.isPending} disabled={Boolean(check.error) || !value}>
            查找
          </Button>
        </Space.Compact>
      </Form.Item>
      {notFound && (
        <Alert
          type="warning"
          showIcon
          message="没有找到这个号码的人员"
          description={
            <Typography.Text>
              请核对号码；如果此人尚未登记，请先<Link to="/persons/new">登记人员</Link>，再回来办理。
            </Typography.Text>
          }
        />
      )}
      {error && <Alert type="error" showIcon message={error} />}
    </Form>
  );
}
