import { Alert, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { showProblemAtFields } from '../../api/problem';

export type PublicCard = components['schemas']['PublicEvaluationCard'];
type Level = PublicCard['scale'][number]['level'];

interface CardValues {
  scores: Record<string, Record<string, Level>>;
  comment?: string;
}

/** Reads a card by the code printed on it; the route is public, so it works the same signed in or not. */
export const readCard = (code: string) => call(api.GET('/cases/evaluation-cards/{code}', { params: { path: { code } } }));

/**
 * 评议卡 as its holder fills it in: every worker, every item, 满意 / 基本满意 / 不满意, and a word of advice.
 * The same form serves a representative on a phone and a worker keying in a paper card.
 */
export function EvaluationCardForm(props: { card: PublicCard; onAnswered: (answeredAt: string) => void; submitText?: string }) {
  const { card } = props;
  const [form] = Form.useForm<CardValues>();
  const [formError, setFormError] = useState<string>();
  const [sending, setSending] = useState(false);
  const options = card.scale.map((step) => ({ value: step.level, label: step.label }));
  const submit = async (values: CardValues) => {
    setFormError(undefined);
    setSending(true);
    try {
      const answered = await call(
        api.POST('/cases/evaluation-cards/{code}/answer', {
          params: { path: { code: card.code } },
          body: { scores: values.scores, ...(values.comment?.trim() ? { comment: values.comment.trim() } : {}) },
        }),
      );
      props.onAnswered(answered.answeredAt);
    } catch (error) {
      setFormError(showProblemAtFields(form, error));
    } finally {
      setSending(false);
    }
  };
  return (
    <Form<CardValues> form={form} layout="vertical" onFinish={submit} scrollToFirstError requiredMark={false}>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        {card.workers.map((worker) => (
          <Card
            key={worker.workerId}
            size="small"
            data-testid={`card-worker-${worker.workerId}`}
            title={
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{worker.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
                  {worker.title}
                </Typography.Text>
              </Space>
            }
            extra={
              <Button
                size="small"
                onClick={() =>
                  form.setFieldsValue({
                    scores: { [worker.workerId]: Object.fromEntries(card.items.map((item) => [item.itemId, 'satisfied'])) },
                  })
                }
              >
                全部满意
              </Button>
            }
          >
            {card.items.map((item) => (
              <Form.Item
                key={item.itemId}
                name={['scores', worker.workerId, item.itemId]}
                label={item.name}
                rules={[{ required: true, message: `请为${worker.name}的“${item.name}”评价` }]}
                style={{ marginBottom: 12 }}
              >
                <Radio.Group optionType="button" buttonStyle="solid" options={options} />
              </Form.Item>
            ))}
          </Card>
        ))}
        <Form.Item name="comment" label="意见和建议（选填，不署名）">
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="对社区工作的意见和建议" />
        </Form.Item>
        {formError && <Alert type="error" showIcon message={formError} data-testid="card-error" />}
        <Button type="primary" htmlType="submit" size="large" block loading={sending} data-testid="card-submit">
          {props.submitText ?? '提交评议'}
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          评价等级：{card.scale.map((step) => `${step.label} ${step.points} 分`).join('，')}。每张卡只能提交一次。
        </Typography.Text>
      </Space>
    </Form>
  );
}
