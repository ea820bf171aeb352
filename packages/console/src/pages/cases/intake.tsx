import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { showProblemAtFields } from '../../api/problem';
import { useFormDraft } from '../../components/form-draft';
import { useIdempotencyKey } from '../../components/idempotency';
import { AreaSelect } from '../../components/person-fields';
import { type Person, PersonPicker, PersonSummary } from '../../components/person-picker';
import { enumOptions } from '../../labels';
import { communityOf, useWorkArea } from '../../layout/work-area';
import { useCaseCategories } from './case-parts';

interface IntakeValues {
  channel: string;
  category: string;
  topic: string;
  description: string;
  who: 'person' | 'anonymous';
  area?: string;
}

type Channel = components['schemas']['CaseChannel'];
type Category = components['schemas']['CaseCategoryCode'];

/** 诉求登记: a worker registers what a resident brought to reception day, a contact card, the mailbox or a visit. */
export default function CaseIntakePage() {
  const [form] = Form.useForm<IntakeValues>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  const categories = useCaseCategories();
  const draft = useFormDraft(form, 'case-intake');
  const idempotency = useIdempotencyKey();
  const [person, setPerson] = useState<Person>();
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const who = Form.useWatch('who', form) ?? 'person';

  const submit = async (values: IntakeValues) => {
    setFormError(undefined);
    if (values.who === 'person' && !person) {
      setFormError('请先按公民身份号码找到诉求人，或选择“匿名来信”并填写所涉网格');
      return;
    }
    setBusy(true);
    try {
      const filed = await call(
        api.POST('/cases', {
          body: {
            channel: values.channel as Channel,
            category: values.category as Category,
            topic: values.topic.trim(),
            description: values.description.trim(),
            ...(values.who === 'person' && person ? { personId: person.id } : { area: values.area ?? community ?? '' }),
          },
          headers: idempotency.header,
        }),
      );
      draft.clear();
      idempotency.renew();
      message.success(`已登记：${filed.topic}`);
      navigate(`/case/items/${filed.id}`);
    } catch (error) {
      setFormError(showProblemAtFields(form, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageContainer title="诉求登记" subTitle="接待日、连心卡、民生信箱、走访日记收到的诉求在此登记，进入民生流水线">
      <Card style={{ maxWidth: 760 }}>
        {formError && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={formError} data-testid="form-error" />}
        <Form<IntakeValues>
          form={form}
          layout="horizontal"
          labelCol={{ span: 5 }}
          wrapperCol={{ span: 17 }}
          initialValues={{ channel: 'reception-day', who: 'person', ...(area ? { area } : {}) }}
          onValuesChange={draft.save}
          onFinish={submit}
          scrollToFirstError
        >
          <Form.Item name="channel" label="来源" rules={[{ required: true, message: '请选择诉求来源' }]}>
            <Radio.Group optionType="button" options={enumOptions('CaseChannel')} />
          </Form.Item>
          <Form.Item name="who" label="诉求人">
            <Radio.Group
              options={[
                { value: 'person', label: '登记的居民' },
                { value: 'anonymous', label: '匿名来信（只填所涉网格）' },
              ]}
            />
          </Form.Item>
          {who === 'person' ? (
            <Form.Item label=" " colon={false}>
              {person ? (
                <PersonSummary person={person} onChange={() => setPerson(undefined)} />
              ) : (
                <PersonPicker label="诉求人的公民身份号码" onPick={setPerson} />
              )}
            </Form.Item>
          ) : (
            <Form.Item name="area" label="所涉网格" rules={[{ required: true, message: '请选择诉求所涉的社区或网格' }]}>
              <AreaSelect community={community} />
            </Form.Item>
          )}
          <Form.Item
            name="category"
            label="类别"
            rules={[{ required: true, message: '请选择诉求类别' }]}
            extra="受理后按类别的办理时限（工作日，节假日顺延）计算期限"
          >
            <Select
              loading={categories.isLoading}
              placeholder="选择类别"
              options={(categories.data?.items ?? []).map((category) => ({
                value: category.code,
                label: `${category.label}（${category.deadlineDays} 个工作日办结）`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="topic"
            label="诉求事项"
            rules={[{ required: true, whitespace: true, message: '请用几个字概括诉求，如“楼道堆物”' }]}
            extra="相同事项会归并为议题，3 件及以上列入议事日议程"
          >
            <Input maxLength={30} showCount placeholder="如：楼道堆物、路灯不亮" />
          </Form.Item>
          <Form.Item
            name="description"
            label="诉求内容"
            rules={[{ required: true, whitespace: true, message: '请填写诉求内容' }]}
          >
            <Input.TextArea rows={5} maxLength={2000} showCount placeholder="居民反映的情况、地点、诉求" />
          </Form.Item>
          <Form.Item wrapperCol={{ offset: 5 }}>
            <Space>
              <Button type="primary" htmlType="submit" loading={busy} data-testid="case-intake-submit">
                登记
              </Button>
              <Button onClick={() => navigate('/case')}>返回看板</Button>
            </Space>
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
          同一居民同类事项尚未办结的诉求会被标记为疑似重复，请在诉求页面核实。
        </Typography.Paragraph>
      </Card>
    </PageContainer>
  );
}
