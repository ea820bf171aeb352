import { PageContainer } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Skeleton, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { showProblemAtFields } from '../../api/problem';
import { useFormDraft } from '../../components/form-draft';
import { AddressFields, PhoneField, ResidenceFields } from '../../components/person-fields';
import { useVersionConflict, VersionConflictAlert } from '../../components/version-conflict';

interface EditValues {
  name: string;
  phone?: string;
  residence: 'registered' | 'migrant';
  migrant?: { origin: string; arrivalDate: Dayjs };
  building?: string;
  room?: string;
}

/** Only what changed is sent; a cleared optional field is sent as null (the API clears it). */
function changesOf(before: EditValues, after: EditValues) {
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);
  const changes: Record<string, unknown> = {};
  if (after.name.trim() !== before.name) changes.name = after.name.trim();
  for (const field of ['phone', 'building', 'room'] as const) {
    if (text(after[field]) !== (before[field] ?? null)) changes[field] = text(after[field]);
  }
  if (after.residence !== before.residence) changes.residence = after.residence;
  const migrant =
    after.residence === 'migrant' && after.migrant
      ? { origin: after.migrant.origin.trim(), arrivalDate: after.migrant.arrivalDate.format('YYYY-MM-DD') }
      : null;
  const beforeMigrant = before.migrant
    ? { origin: before.migrant.origin, arrivalDate: before.migrant.arrivalDate.format('YYYY-MM-DD') }
    : null;
  if (JSON.stringify(migrant) !== JSON.stringify(beforeMigrant)) changes.migrant = migrant;
  return changes;
}

export default function PersonEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const draft = useFormDraft(form, `edit-person-${id}`);
  const versionConflict = useVersionConflict();
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const person = useQuery({
    queryKey: ['person', id, false],
    queryFn: () => call(api.GET('/registry/persons/{id}', { params: { path: { id }, query: {} } })),
  });
  const record = person.data;
  const current = useMemo<EditValues | undefined>(
    () =>
      record && {
        name: record.name,
        residence: record.residence,
        ...(record.phone ? { phone: record.phone } : {}),
        ...(record.building ? { building: record.building } : {}),
        ...(record.room ? { room: record.room } : {}),
        ...(record.migrant ? { migrant: { origin: record.migrant.origin, arrivalDate: dayjs(record.migrant.arrivalDate) } } : {}),
      },
    [record],
  );
  useEffect(() => {
    // A draft kept from before a sign-in wins over the stored values; otherwise start from the record.
    if (current && !sessionStorage.getItem(`shequ.draft.edit-person-${id}`)) form.setFieldsValue(current);
  }, [current, form, id]);

  if (!person.data || !current) {
    return (
      <PageContainer title="修改人员信息">
        <Card>
          <Skeleton active />
        </Card>
      </PageContainer>
    );
  }
  const phoneMasked = person.data.phone?.includes('*');
  const submit = async (values: EditValues) => {
    const changes = changesOf(current, values);
    // A masked phone the user left alone is not a change (it could never be saved as it is shown).
    if (phoneMasked && changes.phone === values.phone?.trim()) delete changes.phone;
    if (Object.keys(changes).length === 0) {
      setFormError('没有修改任何内容');
      return;
    }
    setBusy(true);
    setFormError(undefined);
    try {
      await call(
        api.PATCH('/registry/persons/{id}', { params: { path: { id } }, body: { version: person.data.version, ...changes } }),
      );
      draft.clear();
      await queryClient.invalidateQueries({ queryKey: ['person', id] });
      message.success('已保存');
      navigate(`/persons/${id}`, { replace: true });
    } catch (error) {
      if (!versionConflict.caught(error)) setFormError(showProblemAtFields(form, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <PageContainer title={`修改：${person.data.name}`} onBack={() => navigate(`/persons/${id}`)}>
      <Card style={{ maxWidth: 720 }}>
        {versionConflict.shown && (
          <VersionConflictAlert
            onRefresh={async () => {
              versionConflict.reset();
              await person.refetch();
            }}
          />
        )}
        {formError && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={formError} />}
        <Alert
          type="info"
          style={{ marginBottom: 16 }}
          message="公民身份号码有误请办理“更正公民身份号码”（街道或区级工作人员）；搬家请在人员页办理“区内迁移”。"
        />
        <Form<EditValues>
          form={form}
          labelCol={{ span: 6 }}
          wrapperCol={{ span: 16 }}
          onValuesChange={draft.save}
          onFinish={submit}
        >
          <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
            <Input maxLength={50} />
          </Form.Item>
          <PhoneField />
          <ResidenceFields />
          <AddressFields />
          <Form.Item wrapperCol={{ offset: 6 }}>
            <Space>
              <Button type="primary" htmlType="submit" loading={busy}>
                保存
              </Button>
              <Button
                onClick={() => {
                  draft.clear();
                  navigate(`/persons/${id}`);
                }}
              >
                取消
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
    </PageContainer>
  );
}
