import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Form, Popconfirm, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { dateText } from '../../components/date-text';
import { type HoursEntry, hoursText } from './volunteer-common';

/**
 * Self-logged hours waiting for a team leader or community worker: 确认 at once, 驳回 with a reason.
 * `names` gives the volunteers' names (the entries carry ids only); `linkVolunteers` links them to the profile.
 */
export function PendingHours(props: {
  entries: readonly HoursEntry[];
  names: ReadonlyMap<string, string>;
  linkVolunteers?: boolean;
  compact?: boolean;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string>();
  const [rejecting, setRejecting] = useState<HoursEntry>();
  const [form] = Form.useForm<{ reason: string }>();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['hours'] });
  const approve = async (entry: HoursEntry) => {
    setBusy(entry.entryId);
    try {
      await call(
        api.POST('/volunteering/volunteers/{id}/hours/{entryId}/review', {
          params: { path: { id: entry.volunteerId, entryId: entry.entryId } },
          body: { decision: 'approve' },
        }),
      );
      message.success(`已确认 ${props.names.get(entry.volunteerId) ?? ''} ${hoursText(entry.hours)}`);
      refresh();
    } catch (error) {
      message.error({ content: errorMessage(error, '确认失败，请重试'), duration: 8 });
    } finally {
      setBusy(undefined);
    }
  };
  const name = (id: string) => {
    const text = props.names.get(id) ?? '（未在名册中）';
    return props.linkVolunteers ? <Link to={`/volunteers/${id}`}>{text}</Link> : text;
  };
  const columns: ColumnsType<HoursEntry> = [
    { title: '志愿者', dataIndex: 'volunteerId', render: (id: string) => name(id) },
    { title: '服务日期', dataIndex: 'date', render: (date: string) => dateText(date) },
    { title: '时长', dataIndex: 'hours', render: (hours: number) => hoursText(hours) },
    { title: '服务内容', dataIndex: 'what' },
    {
      title: '审核',
      key: 'review',
      render: (_, entry) => (
        <Space size={4} wrap>
          <Popconfirm
            title={`确认 ${hoursText(entry.hours)}？`}
            description="确认后计入志愿者的服务时长，不能撤回。"
            okText="确认"
            cancelText="取消"
            onConfirm={() => approve(entry)}
          >
            <Button type="primary" size="small" loading={busy === entry.entryId}>
              确认
            </Button>
          </Popconfirm>
          <Button size="small" danger onClick={() => setRejecting(entry)}>
            驳回
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <>
      <Table<HoursEntry>
        rowKey={(entry) => `${entry.volunteerId}/${entry.entryId}`}
        size={props.compact ? 'small' : 'middle'}
        columns={columns}
        dataSource={[...props.entries]}
        pagination={false}
        scroll={{ x: 640 }}
        data-testid="pending-hours"
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待审核的时长。志愿者本人登记的时长会出现在这里。" />
          ),
        }}
      />
      <ModalForm<{ reason: string }>
        form={form}
        open={Boolean(rejecting)}
        title={rejecting ? `驳回 ${props.names.get(rejecting.volunteerId) ?? ''} 登记的 ${hoursText(rejecting.hours)}` : '驳回'}
        width={480}
        modalProps={{ onCancel: () => setRejecting(undefined), destroyOnHidden: true }}
        submitter={{ searchConfig: { submitText: '驳回', resetText: '取消' }, submitButtonProps: { danger: true } }}
        onFinish={async ({ reason }) => {
          if (!rejecting) return false;
          try {
            await call(
              api.POST('/volunteering/volunteers/{id}/hours/{entryId}/review', {
                params: { path: { id: rejecting.volunteerId, entryId: rejecting.entryId } },
                body: { decision: 'reject', reason },
              }),
            );
            message.success('已驳回，志愿者会看到驳回理由');
            setRejecting(undefined);
            refresh();
            return true;
          } catch (error) {
            message.error(showProblemAtFields(form, error));
            return false;
          }
        }}
      >
        <ProFormTextArea
          name="reason"
          label="驳回理由"
          placeholder="如：当天未参加服务；时长与活动记录不符"
          fieldProps={{ maxLength: 300, showCount: true }}
          rules={[{ required: true, whitespace: true, message: '驳回须说明理由' }]}
        />
      </ModalForm>
    </>
  );
}
