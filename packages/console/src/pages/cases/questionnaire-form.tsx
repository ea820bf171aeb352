import { Alert, Button, Card, Checkbox, Form, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { showProblemAtFields } from '../../api/problem';
import { useIdempotencyKey } from '../../components/idempotency';
import { type Questionnaire, questionKindLabels } from './civic-parts';

interface AnswerValues {
  answers: Record<string, string | string[] | undefined>;
}

/** Answers as the API takes them: blanks left out, text trimmed. */
function answersOf(values: AnswerValues): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const [questionId, answer] of Object.entries(values.answers ?? {})) {
    if (Array.isArray(answer) ? answer.length > 0 : answer?.trim()) {
      answers[questionId] = Array.isArray(answer) ? answer : (answer?.trim() ?? '');
    }
  }
  return answers;
}

/**
 * A needs questionnaire to fill in: a resident answering for themselves (no `personId`), or a worker keying in
 * a paper one for the resident named by `personId`. The API's complaint about an answer shows at its question.
 */
export function QuestionnaireAnswerForm(props: {
  questionnaire: Questionnaire;
  personId?: string;
  onAnswered: () => void;
  submitText?: string;
}) {
  const { questionnaire } = props;
  const [form] = Form.useForm<AnswerValues>();
  const idempotency = useIdempotencyKey();
  const [formError, setFormError] = useState<string>();
  const [sending, setSending] = useState(false);
  const submit = async (values: AnswerValues) => {
    setFormError(undefined);
    setSending(true);
    try {
      await call(
        api.POST('/cases/questionnaires/{questionnaireId}/responses', {
          params: { path: { questionnaireId: questionnaire.id } },
          body: { answers: answersOf(values), ...(props.personId ? { personId: props.personId } : {}) },
          headers: idempotency.header,
        }),
      );
      idempotency.renew();
      props.onAnswered();
    } catch (error) {
      setFormError(showProblemAtFields(form, error));
    } finally {
      setSending(false);
    }
  };
  return (
    <Form<AnswerValues> form={form} layout="vertical" onFinish={submit} scrollToFirstError>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        {questionnaire.questions.map((question, index) => (
          <Card key={question.questionId} size="small" data-testid={`question-${question.questionId}`}>
            <Form.Item
              name={['answers', question.questionId]}
              label={
                <span>
                  {index + 1}. {question.text}
                  <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
                    （{questionKindLabels[question.kind]}
                    {question.required ? '' : '，选填'}）
                  </Typography.Text>
                </span>
              }
              required={question.required}
              rules={
                question.required
                  ? [
                      {
                        required: true,
                        whitespace: true,
                        type: question.kind === 'multi' ? 'array' : 'string',
                        message: question.kind === 'text' ? '请填写这一题' : '请选择这一题',
                      },
                    ]
                  : []
              }
              style={{ marginBottom: 0 }}
            >
              {question.kind === 'single' ? (
                <Radio.Group>
                  <Space direction="vertical">
                    {question.options?.map((option) => (
                      <Radio key={option.optionId} value={option.optionId}>
                        {option.label}
                      </Radio>
                    ))}
                  </Space>
                </Radio.Group>
              ) : question.kind === 'multi' ? (
                <Checkbox.Group>
                  <Space direction="vertical">
                    {question.options?.map((option) => (
                      <Checkbox key={option.optionId} value={option.optionId}>
                        {option.label}
                      </Checkbox>
                    ))}
                  </Space>
                </Checkbox.Group>
              ) : (
                <Input.TextArea rows={3} maxLength={500} showCount />
              )}
            </Form.Item>
          </Card>
        ))}
        {formError && <Alert type="error" showIcon message={formError} data-testid="questionnaire-error" />}
        <Button type="primary" htmlType="submit" size="large" block loading={sending} data-testid="questionnaire-submit">
          {props.submitText ?? '提交问卷'}
        </Button>
      </Space>
    </Form>
  );
}
