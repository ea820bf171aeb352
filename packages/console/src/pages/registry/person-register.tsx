import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { showProblemAtFields } from '../../api/problem';
import { CitizenIdField } from '../../components/citizen-id-input';
import { useFormDraft } from '../../components/form-draft';
import { AddressFields, AreaSelect, PhoneField, ResidenceFields } from '../../components/person-fields';
import { useGrids } from '../../layout/area-hooks';
import { communityOf, useWorkArea } from '../../layout/work-area';

interface RegisterValues {
  name: string;
  citizenId: string;
  phone?: string;
  residence: 'registered' | 'migrant';
  migrant?: { origin: string; arrivalDate: Dayjs | string };
  area: string;
  building?: string;
  room?: string;
}

/** Blank optional fields are left out rather than sent as empty strings the API would refuse. */
function bodyOf(values: RegisterValues) {
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const arrival = values.migrant?.arrivalDate;
  return {
    name: values.name.trim(),
    citizenId: values.citizenId.trim().toUpperCase(),
    residence: values.residence,
    area: values.area,
    ...(text(values.phone) ? { phone: text(values.phone) } : {}),
    ...(text(values.building) ? { building: text(values.building) } : {}),
    ...(text(values.room) ? { room: text(values.room) } : {}),
    ...(values.residence === 'migrant' && values.migrant
      ? {
          migrant: {
            origin: values.migrant.origin.trim(),
            arrivalDate: typeof arrival === 'string' ? arrival : (arrival?.format('YYYY-MM-DD') ?? ''),
          },
        }
      : {}),
  };
}

export default function PersonRegisterPage() {
  const [form] = Form.useForm<RegisterValues>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  const draft = useFormDraft(form, 'register-person');
  const { grids, isLoading: gridsLoading } = useGrids(area);
  useEffect(() => {
    // A community without grids has one place to put a person: the community itself.
    if (!gridsLoading && grids.length === 0 && community && !form.getFieldValue('area')) form.setFieldValue('area', community);
  }, [community, form, grids.length, gridsLoading]);
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: RegisterValues) => {
    setBusy(true);
    setFormError(undefined);
    try {
      const person = await call(api.POST('/registry/persons', { body: bodyOf(values) }));
      draft.clear();
      message.success(`已登记：${person.name}`);
      navigate(`/persons/${person.id}`, { replace: true });
    } catch (error) {
      setFormError(showProblemAtFields(form, error, { 'citizen-id-registered': 'citizenId' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageContainer title="登记人员" onBack={() => navigate('/persons')}>
      <Card style={{ maxWidth: 720 }}>
        {formError && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={formError} data-testid="form-error" />}
        <Form<RegisterValues>
          form={form}
          layout="horizontal"
          labelCol={{ span: 6 }}
          wrapperCol={{ span: 16 }}
          // A grid worker registers into their grid; anyone else picks the grid (a person left in no grid is easily missed).
          initialValues={{ residence: 'registered', ...(area?.includes('-') ? { area } : {}) }}
          onValuesChange={draft.save}
          onFinish={submit}
          scrollToFirstError
        >
          <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
          <CitizenIdField />
          <PhoneField />
          <ResidenceFields />
          <Form.Item name="area" label="所属网格" rules={[{ required: true, message: '请选择所属社区或网格' }]}>
            <AreaSelect community={community} />
          </Form.Item>
          <AddressFields />
          <Form.Item wrapperCol={{ offset: 6 }}>
            <Space>
              <Button type="primary" htmlType="submit" loading={busy}>
                登记
              </Button>
              <Button
                onClick={() => {
                  draft.clear();
                  navigate('/persons');
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
