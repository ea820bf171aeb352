import { Alert, App, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { showProblemAtFields } from '../../api/problem';
import { useFormDraft } from '../../components/form-draft';
import { useIdempotencyKey } from '../../components/idempotency';
import { useCaseCategories } from './case-parts';

interface NewCaseValues {
  category: components['schemas']['CaseCategoryCode'];
  topic: string;
  description: string;
}

/** A resident tells the community what is wrong (民生信箱), from a phone. */
export default function MyCaseNewPage() {
  const [form] = Form.useForm<NewCaseValues>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const categories = useCaseCategories();
  const draft = useFormDraft(form, 'my-case');
  const idempotency = useIdempotencyKey();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (values: NewCaseValues) => {
    setBusy(true);
    setError(undefined);
    try {
      const filed = await call(
        api.POST('/cases', {
          body: { category: values.category, topic: values.topic.trim(), description: values.description.trim() },
          headers: idempotency.header,
        }),
      );
      draft.clear();
      idempotency.renew();
      message.success('已提交，社区会尽快受理');
      navigate(`/me/cases/${filed.id}`, { replace: true });
    } catch (failure) {
      setError(showProblemAtFields(form, failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title="我要反映">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        您反映的问题进入社区民生流水线：受理后限期办理，办理结果在社区公示栏公示，最后请您评价。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={error} data-testid="form-error" />}
      <Form<NewCaseValues> form={form} layout="vertical" onValuesChange={draft.save} onFinish={submit}>
        <Form.Item name="category" label="问题类别" rules={[{ required: true, message: '请选择问题的类别' }]}>
          <Select
            size="large"
            placeholder="请选择"
            loading={categories.isLoading}
            options={(categories.data?.items ?? []).map((category) => ({
              value: category.code,
              label: `${category.label}（${category.deadlineDays} 个工作日内办结）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="topic"
          label="一句话说明"
          rules={[{ required: true, whitespace: true, message: '请用几个字说明问题，如“楼道堆物”' }]}
        >
          <Input size="large" maxLength={30} showCount placeholder="如：楼道堆物、路灯不亮" />
        </Form.Item>
        <Form.Item
          name="description"
          label="具体情况"
          rules={[{ required: true, whitespace: true, message: '请写一下具体情况：在哪里、什么问题' }]}
        >
          <Input.TextArea rows={5} maxLength={2000} showCount placeholder="在哪里、什么问题、希望怎么解决" />
        </Form.Item>
        <Button type="primary" size="large" block htmlType="submit" loading={busy} data-testid="my-case-submit">
          提交
        </Button>
      </Form>
    </Card>
  );
}
