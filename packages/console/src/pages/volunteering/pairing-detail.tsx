import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { ModalForm, PageContainer, ProFormDatePicker, ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Empty, Form, Result, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateText, dateTimeText, dayOf } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { PersonLink } from '../../components/person-link';
import { useVersionConflict, VersionConflictAlert } from '../../components/version-conflict';
import { enumLabel } from '../../labels';
import { NextDue, type Pairing } from './pairing';

interface VisitValues {
  visitedOn: string;
  helperId?: string;
  notes: string;
}

/** 记录走访: when, which helper went (staff record for them), and what was found. */
function VisitModal(props: { pairing: Pairing | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const user = useUser();
  const [form] = Form.useForm<VisitValues>();
  const idempotency = useIdempotencyKey();
  const queryClient = useQueryClient();
  const { pairing } = props;
  const ownHelper = pairing?.helpers.find((helper) => helper.id === user.sub || helper.personId === user.person);
  return (
    <ModalForm<VisitValues>
      form={form}
      open={Boolean(pairing)}
      title={pairing ? `记录帮扶走访：${pairing.headName} 户` : '记录帮扶走访'}
      width={560}
      initialValues={{ visitedOn: dayjs(), helperId: ownHelper?.id ?? pairing?.helpers[0]?.id }}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '保存', resetText: '取消' } }}
      onFinish={async (values) => {
        if (!pairing) return false;
        try {
          const updated = await call(
            api.POST('/volunteering/pairings/{id}/visits', {
              params: { path: { id: pairing.pairingId }, header: idempotency.header },
              body: {
                visitedOn: dayOf(values.visitedOn) ?? '',
                notes: values.notes,
                ...(values.helperId ? { helperId: values.helperId } : {}),
              },
            }),
          );
          idempotency.renew();
          message.success(`已记录走访，下次应走访日期 ${dateText(updated.nextDue)}`);
          void queryClient.invalidateQueries({ queryKey: ['pairing', pairing.pairingId] });
          void queryClient.invalidateQueries({ queryKey: ['pairings'] });
          props.onClose();
          return true;
        } catch (error) {
          message.error({ content: showProblemAtFields(form, error), duration: 8 });
          return false;
        }
      }}
    >
      <ProFormDatePicker
        name="visitedOn"
        label="走访日期"
        fieldProps={{ style: { width: '100%' }, disabledDate: (day: dayjs.Dayjs) => day.isAfter(dayjs(), 'day') }}
        rules={[{ required: true, message: '请选择走访日期' }]}
      />
      <ProFormSelect
        name="helperId"
        label="走访的帮扶人"
        options={(pairing?.helpers ?? []).map((helper) => ({
          value: helper.id,
          label: `${helper.name}（${enumLabel('PairingHelperKind', helper.kind)}）`,
        }))}
        rules={[{ required: true, message: '请选择是哪位帮扶人走访的' }]}
      />
      <ProFormTextArea
        name="notes"
        label="走访情况"
        placeholder="如：送去米面油；老人血压偏高，已联系社区医生上门；下次帮忙办理医保报销"
        fieldProps={{ maxLength: 2000, showCount: true, rows: 5 }}
        rules={[{ required: true, whitespace: true, message: '请填写走访情况' }]}
      />
    </ModalForm>
  );
}

/** 结束结对: the reason goes on record; a pairing changed meanwhile is explained, the reason kept. */
function EndModal(props: { pairing: Pairing | undefined; onClose: () => void; onRefresh: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const versionConflict = useVersionConflict();
  const queryClient = useQueryClient();
  const { pairing } = props;
  return (
    <ModalForm<{ reason: string }>
      form={form}
      open={Boolean(pairing)}
      title={pairing ? `结束 ${pairing.headName} 户的结对帮扶` : '结束结对'}
      width={480}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '确认结束', resetText: '取消' }, submitButtonProps: { danger: true } }}
      onFinish={async ({ reason }) => {
        if (!pairing) return false;
        versionConflict.reset();
        try {
          await call(
            api.POST('/volunteering/pairings/{id}/end', {
              params: { path: { id: pairing.pairingId } },
              body: { reason, version: pairing.version },
            }),
          );
          message.success('结对已结束；该户以后可以重新结对');
          void queryClient.invalidateQueries({ queryKey: ['pairing', pairing.pairingId] });
          void queryClient.invalidateQueries({ queryKey: ['pairings'] });
          props.onClose();
          return true;
        } catch (error) {
          if (!versionConflict.caught(error)) message.error(showProblemAtFields(form, error));
          return false;
        }
      }}
    >
      {versionConflict.shown && (
        <VersionConflictAlert
          onRefresh={() => {
            versionConflict.reset();
            props.onRefresh();
          }}
        />
      )}
      <ProFormTextArea
        name="reason"
        label="结束理由"
        placeholder="如：家庭已脱困；或已迁出本社区"
        fieldProps={{ maxLength: 300, showCount: true }}
        rules={[{ required: true, whitespace: true, message: '请说明结束理由' }]}
      />
    </ModalForm>
  );
}

/** A pairing's page: who helps whom, the visit rhythm, and the visit log newest first. */
export default function PairingPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const [visiting, setVisiting] = useState(false);
  const [ending, setEnding] = useState(false);
  const pairing = useQuery({
    queryKey: ['pairing', id],
    queryFn: () => call(api.GET('/volunteering/pairings/{id}', { params: { path: { id } } })),
  });
  if (pairing.error) {
    return (
      <Result
        status="warning"
        title={errorMessage(pairing.error, '读取结对失败')}
        extra={<Link to="/pairings">回到结对帮扶</Link>}
      />
    );
  }
  const data = pairing.data;
  if (!data) return <Skeleton active style={{ padding: 24 }} />;
  const active = data.status === 'active';
  const canEnd = mayCall(user.role, 'endPairing');
  return (
    <PageContainer
      title={`${data.headName} 户 · ${data.mode}`}
      onBack={() => history.back()}
      tags={<Tag color={active ? 'green' : 'default'}>{enumLabel('PairingStatus', data.status)}</Tag>}
      extra={
        active
          ? [
              <Button key="visit" type="primary" icon={<EditOutlined />} onClick={() => setVisiting(true)}>
                记录走访
              </Button>,
              ...(canEnd
                ? [
                    <Button key="end" danger icon={<StopOutlined />} onClick={() => setEnding(true)}>
                      结束结对
                    </Button>,
                  ]
                : []),
            ]
          : []
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {data.behind && (
          <Alert
            type="error"
            showIcon
            message={`应于 ${dateText(data.nextDue)} 走访，尚未走访`}
            description="请尽快入户走访并记录；系统每天 7:30 会提醒帮扶人。"
          />
        )}
        <Card>
          <Descriptions
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'head', label: '帮扶对象（户主）', children: <PersonLink id={data.headPersonId} name={data.headName} /> },
              {
                key: 'helpers',
                label: '帮扶人',
                children: (
                  <Space wrap>
                    {data.helpers.map((helper) => (
                      <span key={helper.id}>
                        {helper.personId ? <PersonLink id={helper.personId} name={helper.name} /> : helper.name}{' '}
                        <Tag>{enumLabel('PairingHelperKind', helper.kind)}</Tag>
                      </span>
                    ))}
                  </Space>
                ),
              },
              { key: 'every', label: '走访周期', children: enumLabel('PairingFrequency', data.every) },
              { key: 'start', label: '结对日期', children: dateText(data.startOn) },
              ...(active ? [{ key: 'next', label: '下次走访', children: <NextDue pairing={data} /> }] : []),
              { key: 'visits', label: '已走访', children: `${data.visits} 次` },
              ...(data.needs ? [{ key: 'needs', label: '困难情况', children: data.needs, span: 2 }] : []),
              ...(data.endedOn
                ? [{ key: 'ended', label: '结束', children: `${dateText(data.endedOn)}：${data.endReason ?? ''}`, span: 2 }]
                : []),
            ]}
          />
        </Card>
        <Card title="走访记录" data-testid="pairing-visits">
          {data.visitLog.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                active ? `还没有走访记录。首次走访安排在 ${dateText(data.startOn)}，走访后点“记录走访”。` : '没有走访记录'
              }
            />
          ) : (
            <Timeline
              items={data.visitLog.map((visit) => ({
                key: visit.visitId,
                children: (
                  <Space direction="vertical" size={2}>
                    <Typography.Text strong>
                      {dateText(visit.visitedOn)} · {visit.helperName}
                    </Typography.Text>
                    <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{visit.notes}</Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      记录于 {dateTimeText(visit.recordedAt)}
                    </Typography.Text>
                  </Space>
                ),
              }))}
            />
          )}
        </Card>
      </Space>
      <VisitModal pairing={visiting ? data : undefined} onClose={() => setVisiting(false)} />
      <EndModal pairing={ending ? data : undefined} onClose={() => setEnding(false)} onRefresh={() => void pairing.refetch()} />
    </PageContainer>
  );
}
