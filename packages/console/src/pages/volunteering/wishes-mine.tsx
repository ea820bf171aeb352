import { ModalForm, ProFormText } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Form, List, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { useUser } from '../../auth/auth-context';
import { dateText } from '../../components/date-text';
import { ApiImage, wishPhotoPath } from './sharing-parts';
import { FulfilModal, type Wish, WishStatusTag } from './wishes';

/** 认领: how the community may call the claimant; both may be left out (shown as 爱心人士). */
function ClaimModal(props: { wish: Wish | undefined; defaultName: string | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name?: string; contact?: string }>();
  const queryClient = useQueryClient();
  const { wish } = props;
  return (
    <ModalForm<{ name?: string; contact?: string }>
      form={form}
      open={Boolean(wish)}
      title={wish ? `认领心愿：${wish.title}` : '认领心愿'}
      width={480}
      initialValues={{ name: props.defaultName }}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '确认认领', resetText: '取消' } }}
      onFinish={async ({ name, contact }) => {
        if (!wish) return false;
        try {
          const claimed = await call(
            api.POST('/volunteering/wishes/{wishId}/claim', {
              params: { path: { wishId: wish.id } },
              body: { ...(name?.trim() ? { name: name.trim() } : {}), ...(contact?.trim() ? { contact: contact.trim() } : {}) },
            }),
          );
          message.success(`已认领，请于 ${dateText(claimed.claim?.claimedUntil)} 前帮孩子实现心愿`);
          void queryClient.invalidateQueries({ queryKey: ['wishes'] });
          props.onClose();
          return true;
        } catch (error) {
          message.error({ content: showProblemAtFields(form, error), duration: 8 });
          void queryClient.invalidateQueries({ queryKey: ['wishes'] });
          return false;
        }
      }}
    >
      {wish && (
        <Typography.Paragraph type="secondary">
          {wish.child}（{wish.childAge} 岁）：{wish.description}
        </Typography.Paragraph>
      )}
      <ProFormText name="name" label="认领人称呼" placeholder="可不填，不填则显示为爱心人士" fieldProps={{ maxLength: 50 }} />
      <ProFormText name="contact" label="联系方式" placeholder="便于社区联系您，可不填" fieldProps={{ maxLength: 50 }} />
    </ModalForm>
  );
}

/** 微心愿 for residents, volunteers and donors: the wish pool to claim from, and the wishes I claimed. */
export default function MyWishesPage() {
  const user = useUser();
  const community = user.areas[0]?.slice(0, 12);
  const [claiming, setClaiming] = useState<Wish>();
  const [fulfilling, setFulfilling] = useState<Wish>();
  const wishes = useQuery({
    queryKey: ['wishes', community, 'mine'],
    enabled: Boolean(community),
    queryFn: () => call(api.GET('/volunteering/wishes', { params: { query: { community: community ?? '', limit: 100 } } })),
  });
  if (!community) return <Empty description="您的账号还没有所属社区，请到社区居委会办理。" style={{ marginTop: 48 }} />;
  const all = wishes.data?.items ?? [];
  const open = all.filter((wish) => wish.status === 'open');
  const mine = all.filter((wish) => wish.claim?.mine);
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
        社区里孩子们的小心愿。认领后请在 14 天内实现，并拍一张照片上传作为凭证；孩子的姓名只对社区工作人员显示。
      </Typography.Paragraph>
      {wishes.error && <Alert type="error" showIcon message={errorMessage(wishes.error, '读取心愿失败，请重试')} />}
      {mine.length > 0 && (
        <Card title="我认领的心愿" size="small" data-testid="my-wishes">
          <List
            dataSource={mine}
            renderItem={(wish) => (
              <List.Item
                actions={
                  wish.status === 'claimed'
                    ? [
                        <Button key="fulfil" type="primary" size="small" onClick={() => setFulfilling(wish)}>
                          上传照片登记实现
                        </Button>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      {wish.title}
                      <WishStatusTag wish={wish} />
                    </Space>
                  }
                  description={
                    wish.fulfilment
                      ? `${dateText(wish.fulfilment.fulfilledOn)} 已实现，谢谢您`
                      : `请于 ${dateText(wish.claim?.claimedUntil)} 前实现`
                  }
                />
                {wish.fulfilment && <ApiImage path={wishPhotoPath(wish.id)} size={56} alt={`${wish.title} 实现照片`} />}
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card title="心愿池" size="small" data-testid="wish-pool">
        {wishes.isLoading ? (
          <Skeleton active />
        ) : (
          <List
            dataSource={open}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="心愿都已被认领，谢谢大家！" /> }}
            renderItem={(wish) => (
              <List.Item
                key={wish.id}
                actions={[
                  <Button key="claim" type="primary" size="small" onClick={() => setClaiming(wish)}>
                    认领
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={wish.title}
                  description={
                    <Space direction="vertical" size={0}>
                      <span>
                        {wish.child} · {wish.childAge} 岁
                      </span>
                      <span>{wish.description}</span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {dateText(wish.deadline)} 前
                      </Typography.Text>
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>
      <ClaimModal wish={claiming} defaultName={user.name} onClose={() => setClaiming(undefined)} />
      <FulfilModal wish={fulfilling} onClose={() => setFulfilling(undefined)} />
    </Space>
  );
}
