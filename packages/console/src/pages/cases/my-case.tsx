import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Radio,
  Result,
  Skeleton,
  Space,
  Steps,
  Tag,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { dateText } from '../../components/date-text';
import { isVersionConflict } from '../../components/version-conflict';
import { enumLabel, enumOptions } from '../../labels';
import { type Case, CaseHistory, StatusTag, stageIndex, stages } from './case-parts';
import { residentStep } from './my-cases';

type Satisfaction = Case['followUps'][number]['satisfaction'];

/** The resident rates a published outcome; 不满意 sends it back to be handled again. */
function RateForm({ item, onDone }: { item: Case; onDone: (item: Case) => void }) {
  const [form] = Form.useForm<{ satisfaction: Satisfaction; note?: string }>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (values: { satisfaction: Satisfaction; note?: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      const note = values.note?.trim();
      onDone(
        await call(
          api.POST('/cases/items/{caseId}/commands', {
            params: { path: { caseId: item.id } },
            body: { type: 'follow-up', version: item.version, satisfaction: values.satisfaction, ...(note ? { note } : {}) },
          }),
        ),
      );
    } catch (failure) {
      setError(isVersionConflict(failure) ? '社区刚刚更新了这条诉求，请下拉刷新后再评价' : showProblemAtFields(form, failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title="请评价办理结果" data-testid="rate-case">
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={error} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="satisfaction" rules={[{ required: true, message: '请选择您的评价' }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            size="large"
            style={{ display: 'flex' }}
            options={enumOptions('CaseSatisfaction').map((option) => ({ ...option, style: { flex: 1, textAlign: 'center' } }))}
          />
        </Form.Item>
        <Form.Item name="note" label="想说的话（可不填）" extra="选“不满意”的，社区会重新办理">
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Button type="primary" size="large" block htmlType="submit" loading={busy} data-testid="rate-submit">
          提交评价
        </Button>
      </Form>
    </Card>
  );
}

/** One of the resident's cases: the four stages, what the community did, and the rating when it is theirs to give. */
export default function MyCasePage() {
  const { caseId = '' } = useParams();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['case', caseId],
    queryFn: () => call(api.GET('/cases/items/{caseId}', { params: { path: { caseId } } })),
  });
  const [withdrawing, setWithdrawing] = useState(false);
  const item = query.data;
  if (query.error) {
    return (
      <Result
        status="warning"
        title={errorMessage(query.error, '读取诉求失败')}
        extra={<Link to="/me/cases">回到我的诉求</Link>}
      />
    );
  }
  if (!item) return <Skeleton active />;
  const done = (next: Case, text: string) => {
    queryClient.setQueryData(['case', caseId], next);
    void queryClient.invalidateQueries({ queryKey: ['my-cases'] });
    message.success(text);
  };
  const stage = stageIndex(item.status);
  const last = item.followUps.at(-1);
  const withdraw = async () => {
    setWithdrawing(true);
    try {
      const next = await call(
        api.POST('/cases/items/{caseId}/commands', {
          params: { path: { caseId } },
          body: { type: 'withdraw', version: item.version, reason: '居民本人撤回' },
        }),
      );
      done(next, '已撤回');
    } catch (failure) {
      message.error(errorMessage(failure, '撤回失败，请重试'));
    } finally {
      setWithdrawing(false);
    }
  };
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small" title={item.topic} extra={<StatusTag item={item} />} data-testid="my-case">
        <Steps
          direction="vertical"
          size="small"
          current={Math.min(stage, 3)}
          status={stage === 4 ? (item.status === 'closed' ? 'finish' : 'error') : 'process'}
          items={stages.map((entry) => ({ title: entry.name }))}
        />
        <Alert type={item.status === 'published' ? 'warning' : 'info'} message={residentStep(item)} />
        <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
          <Descriptions.Item label="类别">{item.categoryLabel}</Descriptions.Item>
          <Descriptions.Item label="提交日期">{dateText(item.filedOn)}</Descriptions.Item>
          {item.assignee && <Descriptions.Item label="承办">{item.assignee.name}</Descriptions.Item>}
          {item.dueOn && item.status === 'accepted' && (
            <Descriptions.Item label="办结期限">{dateText(item.dueOn)}</Descriptions.Item>
          )}
          <Descriptions.Item label="内容">
            <span style={{ whiteSpace: 'pre-wrap' }}>{item.description}</span>
          </Descriptions.Item>
          {item.outcome && (
            <Descriptions.Item label="办理结果">
              <span style={{ whiteSpace: 'pre-wrap' }}>{item.outcome.text}</span>
            </Descriptions.Item>
          )}
          {item.publication && (
            <Descriptions.Item label="公示">
              {dateText(item.publication.postedFrom)} 至 {dateText(item.publication.postedUntil)}
            </Descriptions.Item>
          )}
          {last && (
            <Descriptions.Item label="我的评价">
              <Tag color={last.satisfaction === 'dissatisfied' ? 'red' : 'green'}>
                {enumLabel('CaseSatisfaction', last.satisfaction)}
              </Tag>
              {last.note}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {item.status === 'published' && <RateForm item={item} onDone={(next) => done(next, '谢谢您的评价')} />}
      <Card size="small" title="办理经过">
        <CaseHistory item={item} />
      </Card>
      {(item.status === 'received' || item.status === 'accepted') && (
        <Popconfirm title="撤回这条诉求？" description="问题已自行解决时可撤回，撤回后社区不再办理。" onConfirm={withdraw}>
          <Button block danger loading={withdrawing}>
            撤回诉求
          </Button>
        </Popconfirm>
      )}
      <Link to="/me/cases">← 我的诉求</Link>
    </Space>
  );
}
