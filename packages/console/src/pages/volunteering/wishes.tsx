import { CheckCircleOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { ModalForm, PageContainer, ProFormDatePicker, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Drawer, Empty, Form, Segmented, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateText, dayOf } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { usePagedList } from '../../components/paged-list';
import { PagedTable } from '../../components/paged-table';
import { PersonLink } from '../../components/person-link';
import { type Person, PersonPicker, PersonSummary } from '../../components/person-picker';
import { useDrawerWidth, useIsPhone } from '../../components/responsive';
import { useUrlFilters } from '../../components/url-filters';
import { enumLabel, enumOptions } from '../../labels';
import { communityOf, useAreaName, useWorkArea } from '../../layout/work-area';
import { ApiImage, PhotoUploader, wishPhotoPath, wishPhotoTarget } from './sharing-parts';

export type Wish = components['schemas']['Wish'];

const wishColors: Record<string, string> = { open: 'orange', claimed: 'blue', fulfilled: 'green', cancelled: 'default' };

export function WishStatusTag({ wish }: { wish: Wish }) {
  return <Tag color={wishColors[wish.status]}>{enumLabel('MicroWishStatus', wish.status)}</Tag>;
}

/** Who claimed the wish and by when it must come true. */
export function claimText(wish: Wish): string {
  if (!wish.claim) return '—';
  return `${wish.claim.name ?? '爱心人士'}（${dateText(wish.claim.claimedOn)} 认领，${dateText(wish.claim.claimedUntil)} 前实现）`;
}

/** 登记实现: the proof photo (uploaded for this wish), an optional note, and the wish is fulfilled. */
export function FulfilModal(props: { wish: Wish | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [photos, setPhotos] = useState<string[]>([]);
  const [refusal, setRefusal] = useState<string>();
  const queryClient = useQueryClient();
  const { wish } = props;
  const close = () => {
    setPhotos([]);
    setRefusal(undefined);
    props.onClose();
  };
  return (
    <ModalForm<{ note?: string }>
      form={form}
      open={Boolean(wish)}
      title={wish ? `登记心愿实现：${wish.title}` : '登记心愿实现'}
      width={520}
      modalProps={{ onCancel: close, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '登记实现', resetText: '取消' } }}
      onFinish={async ({ note }) => {
        if (!wish) return false;
        const photoKey = photos[0];
        if (!photoKey) {
          setRefusal('请先上传一张心愿实现的照片作为凭证');
          return false;
        }
        try {
          await call(
            api.POST('/volunteering/wishes/{wishId}/fulfil', {
              params: { path: { wishId: wish.id } },
              body: { photoKey, ...(note?.trim() ? { note: note.trim() } : {}) },
            }),
          );
          message.success(`“${wish.title}”已实现，谢谢您`);
          void queryClient.invalidateQueries({ queryKey: ['wishes'] });
          close();
          return true;
        } catch (error) {
          setRefusal(showProblemAtFields(form, error));
          return false;
        }
      }}
    >
      {wish && (
        <>
          <Form.Item label="实现照片" required extra="如：把礼物交到孩子手中的照片">
            <PhotoUploader target={wishPhotoTarget(wish.id)} max={1} onChange={setPhotos} testId="wish-photo" />
          </Form.Item>
          <ProFormTextArea
            name="note"
            label="说明"
            placeholder="如：已于六一前送到孩子家中"
            fieldProps={{ maxLength: 500, showCount: true }}
          />
        </>
      )}
      {refusal && <Alert type="error" showIcon message={refusal} />}
    </ModalForm>
  );
}

interface PostValues {
  title: string;
  description: string;
  deadline: string;
}

/** 发布心愿: the child (by citizen ID, under 18), what they wish for and by when. The search is a form of its own, beside the wish's. */
function PostWishDrawer(props: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PostValues>();
  const [child, setChild] = useState<Person>();
  const [submitting, setSubmitting] = useState(false);
  const idempotency = useIdempotencyKey();
  const queryClient = useQueryClient();
  const width = useDrawerWidth(560);
  const close = () => {
    setChild(undefined);
    props.onClose();
  };
  const post = async (values: PostValues) => {
    if (!child) return;
    setSubmitting(true);
    try {
      const wish = await call(
        api.POST('/volunteering/wishes', {
          params: { header: idempotency.header },
          body: {
            childId: child.id,
            title: values.title,
            description: values.description,
            deadline: dayOf(values.deadline) ?? '',
          },
        }),
      );
      idempotency.renew();
      message.success(`已发布“${wish.title}”，进入心愿池等待认领`);
      void queryClient.invalidateQueries({ queryKey: ['wishes'] });
      form.resetFields();
      close();
    } catch (error) {
      message.error({ content: showProblemAtFields(form, error), duration: 8 });
    } finally {
      setSubmitting(false);
    }
  };
  return (
    <Drawer
      open={props.open}
      title="发布微心愿"
      width={width}
      onClose={close}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={close}>取消</Button>
          <Button type="primary" disabled={!child} loading={submitting} onClick={() => form.submit()}>
            发布
          </Button>
        </Space>
      }
    >
      {child ? (
        <PersonSummary person={child} onChange={() => setChild(undefined)} />
      ) : (
        <Card size="small" style={{ marginBottom: 16 }}>
          <PersonPicker label="儿童的公民身份号码（未满 18 周岁）" onPick={setChild} />
        </Card>
      )}
      <Form<PostValues> form={form} layout="vertical" disabled={!child} onFinish={post}>
        <ProFormText
          name="title"
          label="心愿"
          placeholder="如：一套绘本"
          fieldProps={{ maxLength: 50 }}
          rules={[{ required: true, whitespace: true, message: '请填写心愿' }]}
        />
        <ProFormTextArea
          name="description"
          label="心愿说明"
          placeholder="如：小学二年级，喜欢恐龙，希望有一套恐龙科普绘本"
          fieldProps={{ maxLength: 500, showCount: true }}
          rules={[{ required: true, whitespace: true, message: '请填写心愿说明' }]}
        />
        <ProFormDatePicker
          name="deadline"
          label="截止日期"
          fieldProps={{ style: { width: '100%' }, disabledDate: (day: dayjs.Dayjs) => day.isBefore(dayjs(), 'day') }}
          rules={[{ required: true, message: '请选择截止日期' }]}
        />
      </Form>
    </Drawer>
  );
}

function CancelModal(props: { wish: Wish | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const queryClient = useQueryClient();
  return (
    <ModalForm<{ reason: string }>
      form={form}
      open={Boolean(props.wish)}
      title={props.wish ? `撤回“${props.wish.title}”` : '撤回'}
      width={480}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '确认撤回', resetText: '取消' }, submitButtonProps: { danger: true } }}
      onFinish={async ({ reason }) => {
        if (!props.wish) return false;
        try {
          await call(
            api.POST('/volunteering/wishes/{wishId}/cancel', { params: { path: { wishId: props.wish.id } }, body: { reason } }),
          );
          message.success('已撤回，心愿不再显示在心愿池中');
          void queryClient.invalidateQueries({ queryKey: ['wishes'] });
          props.onClose();
          return true;
        } catch (error) {
          message.error(showProblemAtFields(form, error));
          return false;
        }
      }}
    >
      <ProFormTextArea
        name="reason"
        label="撤回原因"
        placeholder="如：孩子已随家人迁出；或需求已另行解决"
        fieldProps={{ maxLength: 200, showCount: true }}
        rules={[{ required: true, whitespace: true, message: '请填写撤回原因' }]}
      />
    </ModalForm>
  );
}

/** 微心愿: children's wishes posted by the community, claimed by volunteers and donors, fulfilled with a photo. */
export default function WishesPage() {
  const user = useUser();
  const isPhone = useIsPhone();
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  const communityName = useAreaName(community);
  const [filters, setFilters] = useUrlFilters(['status'] as const);
  const [posting, setPosting] = useState(false);
  const [fulfilling, setFulfilling] = useState<Wish>();
  const [cancelling, setCancelling] = useState<Wish>();
  const canPost = mayCall(user.role, 'postMicroWish');
  const canCancel = mayCall(user.role, 'cancelMicroWish');
  const status = enumOptions('MicroWishStatus').some((option) => option.value === filters.status)
    ? (filters.status as Wish['status'])
    : undefined;
  const list = usePagedList<Wish>({
    key: ['wishes', community, status],
    enabled: Boolean(community),
    fetch: (cursor) =>
      call(
        api.GET('/volunteering/wishes', {
          params: {
            query: { community: community ?? '', limit: 50, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) },
          },
        }),
      ),
  });
  const columns: ColumnsType<Wish> = [
    {
      title: '儿童',
      dataIndex: 'child',
      render: (child: string, wish) => (
        <Space direction="vertical" size={0}>
          {wish.childId ? <PersonLink id={wish.childId} name={child} /> : child}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {wish.childAge} 岁
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '心愿',
      dataIndex: 'title',
      render: (title: string, wish) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{title}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: wish.description }}>
            {wish.description}
          </Typography.Text>
        </Space>
      ),
    },
    { title: '截止日期', dataIndex: 'deadline', responsive: ['md'], render: (day: string) => dateText(day) },
    { title: '状态', dataIndex: 'status', render: (_, wish) => <WishStatusTag wish={wish} /> },
    {
      title: '认领 / 实现',
      key: 'progress',
      render: (_, wish) =>
        wish.fulfilment ? (
          <Space>
            <ApiImage path={wishPhotoPath(wish.id)} size={48} alt={`${wish.title} 实现照片`} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {dateText(wish.fulfilment.fulfilledOn)} 实现
              {wish.claim?.name ? ` · ${wish.claim.name}` : ''}
              {wish.fulfilment.note ? <div>{wish.fulfilment.note}</div> : null}
            </Typography.Text>
          </Space>
        ) : wish.status === 'claimed' ? (
          <Space direction="vertical" size={0}>
            <span>{claimText(wish)}</span>
            {wish.claim?.contact && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                联系方式：{wish.claim.contact}
              </Typography.Text>
            )}
          </Space>
        ) : wish.cancelReason ? (
          <Typography.Text type="secondary">撤回原因：{wish.cancelReason}</Typography.Text>
        ) : wish.lapsedClaims > 0 ? (
          <Typography.Text type="warning">曾有 {wish.lapsedClaims} 次认领到期未实现，已退回心愿池</Typography.Text>
        ) : (
          <Typography.Text type="secondary">等待认领</Typography.Text>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, wish) => (
        <Space wrap>
          {wish.status === 'claimed' && (
            <Button size="small" type="primary" icon={<CheckCircleOutlined />} onClick={() => setFulfilling(wish)}>
              登记实现
            </Button>
          )}
          {canCancel && (wish.status === 'open' || wish.status === 'claimed') && (
            <Button size="small" danger icon={<StopOutlined />} onClick={() => setCancelling(wish)}>
              撤回
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <PageContainer
      title="微心愿"
      subTitle={isPhone ? undefined : `${communityName ? `${communityName} · ` : ''}孩子的小心愿，志愿者和爱心人士认领实现`}
      extra={
        canPost &&
        community && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPosting(true)}>
            发布心愿
          </Button>
        )
      }
    >
      {!community ? (
        <Empty description="请先在页面顶部选择一个社区" />
      ) : (
        <Card>
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            <Segmented
              value={status ?? 'all'}
              onChange={(value) => setFilters({ status: value === 'all' ? undefined : String(value) })}
              options={[{ value: 'all', label: '全部' }, ...enumOptions('MicroWishStatus')]}
            />
            <PagedTable<Wish>
              rowKey="id"
              columns={columns}
              list={list}
              failure="读取心愿失败"
              empty={
                status
                  ? `没有${enumLabel('MicroWishStatus', status)}的心愿`
                  : '心愿池还是空的。了解到辖区孩子的小心愿后，点右上角“发布心愿”，志愿者和爱心人士就能认领。'
              }
            />
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'how',
                  label: '说明',
                  children:
                    '认领后须在 14 天内实现，到期未实现的心愿自动回到心愿池；实现时须上传照片为证。居民和志愿者在“我的 → 微心愿”认领。',
                },
              ]}
            />
          </Space>
        </Card>
      )}
      <PostWishDrawer open={posting} onClose={() => setPosting(false)} />
      <FulfilModal wish={fulfilling} onClose={() => setFulfilling(undefined)} />
      <CancelModal wish={cancelling} onClose={() => setCancelling(undefined)} />
    </PageContainer>
  );
}
