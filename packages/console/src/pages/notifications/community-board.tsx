import { LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { DATE_FORMAT, dateText, dayOf } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { useDrawerWidth } from '../../components/responsive';
import { communityOf, useAreaName, useWorkArea } from '../../layout/work-area';
import { BOARD_KEY, CommunityBoard, type PublicNotice, useBoard } from './board';

/** Where anyone reads the community's board without signing in (for a QR code or the residents' group chat). */
const publicBoardPath = (community: string) => `/public/community-board?area=${community}`;

/** The longest a notice stays up (the API refuses more). */
const MAX_POSTING_DAYS = 90;

const kinds = [
  { value: 'policy', label: '政策公告' },
  { value: 'activity', label: '活动通知' },
  { value: 'other', label: '其他公告' },
] as const;

interface PostValues {
  area: string;
  kind: (typeof kinds)[number]['value'];
  title: string;
  body: string;
  postedFrom: Dayjs;
  postedUntil: Dayjs;
}

/**
 * 社区公告栏 as staff keep it: the board exactly as residents and the public read it, a notice posted to the
 * community's (or, above it, the sub-district's or district's) board for a set 公示期, and a worker's notice
 * taken down early with the reason. Subsidy rounds and case outcomes come and go with their own workflow.
 */
export default function CommunityBoardPage() {
  const user = useUser();
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  const [posting, setPosting] = useState(false);
  const [takingDown, setTakingDown] = useState<PublicNotice>();
  const canPost = mayCall(user.role, 'postNotice');
  const canTakeDown = mayCall(user.role, 'takeDownNotice');
  return (
    <PageContainer
      title="社区公告栏"
      subTitle="居民和公众看到的公告"
      extra={
        community && (
          <Space wrap>
            <Button icon={<LinkOutlined />} href={publicBoardPath(community)} target="_blank">
              公开页面
            </Button>
            {canPost && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setPosting(true)}>
                发布公告
              </Button>
            )}
          </Space>
        )
      }
    >
      {!community ? (
        <Alert
          type="info"
          showIcon
          message="请先在右上角选择一个社区：公告栏按社区显示，区和街道发布的公告也在各社区的公告栏上。"
        />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            这里显示的就是居民在“我的”和公开页面（无需登录）看到的内容。补助公示和办理结果公示随业务流程张贴和撤下；工作人员发布的公告可以提前撤下。
          </Typography.Paragraph>
          <CommunityBoard
            community={community}
            actions={(notice) =>
              canTakeDown && notice.source === 'worker' ? (
                <Button size="small" danger onClick={() => setTakingDown(notice)}>
                  撤下
                </Button>
              ) : null
            }
          />
          <PostDrawer open={posting} community={community} onClose={() => setPosting(false)} />
          <TakeDownModal notice={takingDown} onClose={() => setTakingDown(undefined)} />
        </Space>
      )}
    </PageContainer>
  );
}

/** The boards this user may post on from a community: the community, and its sub-district and district when in scope. */
function useBoardOptions(community: string) {
  const user = useUser();
  const names = {
    district: useAreaName(community.slice(0, 6)),
    subdistrict: useAreaName(community.slice(0, 9)),
    community: useAreaName(community),
  };
  const inScope = (code: string) => user.areas.some((scope) => code.startsWith(scope));
  return [
    { value: community, label: `${names.community ?? '本社区'}（本社区公告栏）` },
    { value: community.slice(0, 9), label: `${names.subdistrict ?? '本街道'}（街道所辖各社区）` },
    { value: community.slice(0, 6), label: `${names.district ?? '全区'}（全区各社区）` },
  ].filter((option) => inScope(option.value));
}

function PostDrawer(props: { open: boolean; community: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PostValues>();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const width = useDrawerWidth(560);
  const options = useBoardOptions(props.community);
  // The API's day, not the browser's: on the training clock they differ.
  const today = useBoard(props.community).data?.day;
  const [saving, setSaving] = useState(false);
  const post = async () => {
    let values: PostValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const posted = await call(
        api.POST('/notifications/notices', {
          params: { header: idempotency.header },
          body: {
            area: values.area,
            kind: values.kind,
            title: values.title,
            body: values.body,
            postedFrom: dayOf(values.postedFrom) ?? '',
            postedUntil: dayOf(values.postedUntil) ?? '',
          },
        }),
      );
      idempotency.renew();
      message.success(
        today && posted.postedFrom > today
          ? `已发布，将于 ${dateText(posted.postedFrom)} 起在公告栏上显示`
          : `已发布，公示至 ${dateText(posted.postedUntil)}`,
      );
      void queryClient.invalidateQueries({ queryKey: BOARD_KEY });
      form.resetFields();
      props.onClose();
    } catch (error) {
      message.error(showProblemAtFields(form, error));
    } finally {
      setSaving(false);
    }
  };
  const start = today ? dayjs(today) : dayjs();
  return (
    <Drawer
      open={props.open}
      width={width}
      title="发布公告"
      onClose={props.onClose}
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={props.onClose}>取消</Button>
          <Button type="primary" loading={saving} onClick={() => void post()}>
            发布
          </Button>
        </Space>
      }
    >
      {props.open && (
        <Form<PostValues>
          form={form}
          layout="vertical"
          initialValues={{ area: props.community, kind: 'activity', postedFrom: start, postedUntil: start.add(13, 'day') }}
        >
          <Form.Item name="area" label="张贴到" rules={[{ required: true, message: '请选择张贴到哪一级的公告栏' }]}>
            <Select options={options} />
          </Form.Item>
          <Form.Item name="kind" label="类型" rules={[{ required: true, message: '请选择公告类型' }]}>
            <Radio.Group optionType="button" options={kinds.map((kind) => ({ ...kind }))} />
          </Form.Item>
          <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
            <Input maxLength={60} showCount placeholder="如：社区书院周六亲子阅读活动" />
          </Form.Item>
          <Form.Item
            name="body"
            label="正文"
            rules={[{ required: true, whitespace: true, message: '请填写正文' }]}
            extra="公告栏公开可读：不要写完整的身份证号或手机号，可留社区办公电话。"
          >
            <Input.TextArea maxLength={5000} autoSize={{ minRows: 5, maxRows: 14 }} />
          </Form.Item>
          <Space size={16} wrap align="start">
            <Form.Item
              name="postedFrom"
              label="公示开始日期"
              rules={[{ required: true, message: '请选择开始日期' }]}
              extra="不能早于今天"
            >
              <DatePicker
                format={DATE_FORMAT}
                disabledDate={(day) => Boolean(today) && day.format(DATE_FORMAT) < (today ?? '')}
              />
            </Form.Item>
            <Form.Item
              name="postedUntil"
              label="公示截止日期"
              dependencies={['postedFrom']}
              extra={`含当天，公示期最长 ${MAX_POSTING_DAYS} 天`}
              rules={[
                { required: true, message: '请选择截止日期' },
                ({ getFieldValue }) => ({
                  validator: (_, value: Dayjs | undefined) => {
                    const from = getFieldValue('postedFrom') as Dayjs | undefined;
                    if (!value || !from) return Promise.resolve();
                    if (value.isBefore(from, 'day')) return Promise.reject(new Error('截止日期不能早于开始日期'));
                    if (value.diff(from, 'day') + 1 > MAX_POSTING_DAYS)
                      return Promise.reject(new Error(`公示期最长 ${MAX_POSTING_DAYS} 天（含首尾两天）`));
                    return Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
          </Space>
        </Form>
      )}
    </Drawer>
  );
}

function TakeDownModal(props: { notice: PublicNotice | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const queryClient = useQueryClient();
  const [saving, setSaving] = useState(false);
  const { notice } = props;
  const takeDown = async () => {
    if (!notice) return;
    let values: { reason: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      await call(api.POST('/notifications/notices/{id}/take-down', { params: { path: { id: notice.id } }, body: values }));
      message.success(`已撤下“${notice.title}”：居民和公众不再看到这条公告`);
      void queryClient.invalidateQueries({ queryKey: BOARD_KEY });
      props.onClose();
    } catch (error) {
      message.error(showProblemAtFields(form, error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={Boolean(notice)}
      title={notice ? `撤下公告 · ${notice.title}` : '撤下公告'}
      okText="撤下"
      okButtonProps={{ danger: true, loading: saving }}
      cancelText="取消"
      onOk={() => void takeDown()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        公示期 {notice ? `${dateText(notice.postedFrom)} 至 ${dateText(notice.postedUntil)}` : ''}
        ，撤下后立即从公告栏上消失，撤下的原因和经办人留档备查。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" label="撤下原因" rules={[{ required: true, whitespace: true, message: '请填写撤下原因' }]}>
          <Input.TextArea maxLength={200} showCount autoSize={{ minRows: 2, maxRows: 5 }} placeholder="如：活动因天气改期" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
