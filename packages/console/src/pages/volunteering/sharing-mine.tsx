import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Drawer, Empty, List, Segmented, Select, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { useUser } from '../../auth/auth-context';
import { dateText, dateTimeText } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { enumLabel } from '../../labels';
import { claimRefusal, DueOn, ItemDetails, ItemStatusTag, ItemThumbnail, seasonOptions, seasonText } from './sharing-parts';

type SharedItem = components['schemas']['SharedItem'];
type Loan = components['schemas']['ItemLoan'];
type Plot = components['schemas']['GardenPlot'];

function MyLoans() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [renewing, setRenewing] = useState<string>();
  const loans = useQuery({
    queryKey: ['shared-loans', 'mine'],
    queryFn: () => call(api.GET('/volunteering/sharing/loans', { params: { query: { limit: 50 } } })),
  });
  const open = (loans.data?.items ?? []).filter((loan) => loan.status === 'open');
  const renew = async (loan: Loan) => {
    setRenewing(loan.id);
    try {
      const renewed = await call(
        api.POST('/volunteering/sharing/loans/{loanId}/renew', { params: { path: { loanId: loan.id } } }),
      );
      message.success(`已续借，请于 ${dateText(renewed.dueOn)} 前归还`);
      void queryClient.invalidateQueries({ queryKey: ['shared-loans'] });
    } catch (error) {
      message.error({ content: errorMessage(error, '续借失败，请重试'), duration: 8 });
    } finally {
      setRenewing(undefined);
    }
  };
  return (
    <Card title="我借的物品" size="small" data-testid="my-loans">
      {loans.error && <Alert type="error" showIcon message={errorMessage(loans.error, '读取借用记录失败，请重试')} />}
      {loans.isLoading ? (
        <Skeleton active />
      ) : open.length === 0 ? (
        <Typography.Text type="secondary">没有未还的物品。在下方“可借物品”中预约或借用。</Typography.Text>
      ) : (
        <List
          dataSource={open}
          renderItem={(loan) => (
            <List.Item
              style={loan.overdue ? { background: '#fff1f0', padding: '8px 12px' } : undefined}
              actions={
                !loan.overdue && loan.renewals === 0
                  ? [
                      <Button key="renew" size="small" loading={renewing === loan.id} onClick={() => renew(loan)}>
                        续借
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={loan.itemName}
                description={
                  <Space size={4} wrap>
                    <span>应还</span>
                    <DueOn loan={loan} />
                    {loan.overdue && <Typography.Text type="danger">请尽快归还到社区共享驿站</Typography.Text>}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** What a resident may do with an item: hold it, let a hold go, or borrow it. */
function ItemActions(props: { item: SharedItem; onDone: () => void; block?: boolean }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'hold' | 'cancel' | 'borrow'>();
  const holdKey = useIdempotencyKey();
  const borrowKey = useIdempotencyKey();
  const queryClient = useQueryClient();
  const { item } = props;
  const act = async (what: 'hold' | 'cancel' | 'borrow') => {
    setBusy(what);
    try {
      if (what === 'hold') {
        const hold = await call(
          api.POST('/volunteering/sharing/items/{itemId}/hold', {
            params: { path: { itemId: item.id }, header: holdKey.header },
            body: {},
          }),
        );
        holdKey.renew();
        message.success(`已预约“${item.name}”，为您保留至 ${dateTimeText(hold.until)}`);
      } else if (what === 'cancel') {
        await call(api.DELETE('/volunteering/sharing/items/{itemId}/hold', { params: { path: { itemId: item.id } } }));
        message.success('已取消预约');
      } else {
        const loan = await call(
          api.POST('/volunteering/sharing/items/{itemId}/loans', {
            params: { path: { itemId: item.id }, header: borrowKey.header },
            body: {},
          }),
        );
        borrowKey.renew();
        message.success(`已借用“${item.name}”，请于 ${dateText(loan.dueOn)} 前归还`);
      }
      void queryClient.invalidateQueries({ queryKey: ['shared-items'] });
      void queryClient.invalidateQueries({ queryKey: ['shared-loans'] });
      props.onDone();
    } catch (error) {
      message.error({ content: errorMessage(error, '办理失败，请重试'), duration: 8 });
      void queryClient.invalidateQueries({ queryKey: ['shared-items'] });
    } finally {
      setBusy(undefined);
    }
  };
  const size = props.block ? 'large' : 'small';
  const mine = item.status === 'held' && item.heldByMe;
  return (
    <Space wrap>
      {item.status === 'available' && (
        <Button size={size} loading={busy === 'hold'} onClick={() => act('hold')}>
          预约
        </Button>
      )}
      {mine && (
        <Button size={size} loading={busy === 'cancel'} onClick={() => act('cancel')}>
          取消预约
        </Button>
      )}
      {(item.status === 'available' || mine) && (
        <Button size={size} type="primary" loading={busy === 'borrow'} onClick={() => act('borrow')}>
          借用
        </Button>
      )}
    </Space>
  );
}

function Catalogue(props: { community: string }) {
  const [only, setOnly] = useState<'available' | 'all'>('available');
  const [viewing, setViewing] = useState<SharedItem>();
  const items = useQuery({
    queryKey: ['shared-items', 'resident', props.community],
    queryFn: () =>
      call(api.GET('/volunteering/sharing/items', { params: { query: { community: props.community, limit: 100 } } })),
  });
  const all = (items.data?.items ?? []).filter((item) => item.status !== 'withdrawn');
  const shown = only === 'available' ? all.filter((item) => item.status === 'available' || item.heldByMe) : all;
  return (
    <Card
      title="可借物品"
      size="small"
      extra={
        <Segmented
          size="small"
          value={only}
          onChange={(value) => setOnly(value as 'available' | 'all')}
          options={[
            { value: 'available', label: '可借' },
            { value: 'all', label: '全部' },
          ]}
        />
      }
    >
      {items.error && <Alert type="error" showIcon message={errorMessage(items.error, '读取物品失败，请重试')} />}
      <List
        loading={items.isLoading}
        dataSource={shown}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={only === 'available' ? '现在没有可借的物品，可切换到“全部”看看哪些已借出' : '驿站还没有物品'}
            />
          ),
        }}
        renderItem={(item) => (
          <List.Item key={item.id} data-testid={`item-${item.name}`}>
            <Space align="start" size={12} style={{ width: '100%' }}>
              <button
                type="button"
                onClick={() => setViewing(item)}
                style={{ border: 0, padding: 0, background: 'none', cursor: 'pointer' }}
                aria-label={`查看${item.name}`}
              >
                <ItemThumbnail itemId={item.id} photos={item.photos.length} name={item.name} size={64} />
              </button>
              <Space direction="vertical" size={4} style={{ flex: 1, minWidth: 0 }}>
                <Typography.Text strong>{item.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {item.category} · {enumLabel('SharedItemCondition', item.condition)}
                </Typography.Text>
                <span>
                  <ItemStatusTag item={item} />
                  {item.heldByMe && <Tag color="orange">我的预约</Tag>}
                </span>
                <ItemActions item={item} onDone={() => undefined} />
              </Space>
            </Space>
          </List.Item>
        )}
      />
      <Drawer open={Boolean(viewing)} title={viewing?.name} width="100%" onClose={() => setViewing(undefined)} destroyOnHidden>
        {viewing && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <ItemDetails item={viewing} staff={false} />
            <ItemActions item={viewing} block onDone={() => setViewing(undefined)} />
          </Space>
        )}
      </Drawer>
    </Card>
  );
}

function MyPlot(props: { community: string; personId: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [season, setSeason] = useState(String(dayjs().year()));
  const [busy, setBusy] = useState<string>();
  const [refusal, setRefusal] = useState<string>();
  const plots = useQuery({
    queryKey: ['garden-plots', props.community, 'resident'],
    queryFn: () =>
      call(api.GET('/volunteering/sharing/plots', { params: { query: { community: props.community, limit: 100 } } })),
  });
  const all = plots.data?.items ?? [];
  const mine = all.find((plot) => plot.holderPersonId === props.personId);
  const free = all.filter((plot) => plot.status === 'free');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['garden-plots'] });
  const claim = async (plot: Plot) => {
    setBusy(plot.id);
    setRefusal(undefined);
    try {
      await call(
        api.POST('/volunteering/sharing/plots/{plotId}/claim', { params: { path: { plotId: plot.id } }, body: { season } }),
      );
      message.success(`已认领地块 ${plot.code}（${seasonText(season)}）`);
    } catch (error) {
      setRefusal(claimRefusal(error));
    } finally {
      setBusy(undefined);
      void refresh();
    }
  };
  const release = async (plot: Plot) => {
    setBusy(plot.id);
    try {
      await call(api.POST('/volunteering/sharing/plots/{plotId}/release', { params: { path: { plotId: plot.id } } }));
      message.success(`已退还地块 ${plot.code}`);
    } catch (error) {
      message.error(errorMessage(error, '退还失败，请重试'));
    } finally {
      setBusy(undefined);
      void refresh();
    }
  };
  return (
    <Card title="我的菜园" size="small" data-testid="my-plot">
      {plots.error && <Alert type="error" showIcon message={errorMessage(plots.error, '读取菜园地块失败，请重试')} />}
      {plots.isLoading ? (
        <Skeleton active />
      ) : mine ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            您认领了地块 <Typography.Text strong>{mine.code}</Typography.Text>（{seasonText(mine.season)}
            {mine.sizeSqm ? `，${mine.sizeSqm} 平方米` : ''}）
          </Typography.Text>
          {mine.note && <Typography.Text type="secondary">{mine.note}</Typography.Text>}
          <Button loading={busy === mine.id} onClick={() => release(mine)}>
            退还地块
          </Button>
        </Space>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {all.length === 0 ? (
            <Typography.Text type="secondary">社区还没有设立菜园地块。</Typography.Text>
          ) : free.length === 0 ? (
            <Typography.Text type="secondary">地块都已被认领，请留意社区通知。</Typography.Text>
          ) : (
            <>
              <Space wrap>
                <span>认领期</span>
                <Select size="small" value={season} onChange={setSeason} options={seasonOptions()} style={{ width: 150 }} />
              </Space>
              <List
                size="small"
                dataSource={free}
                renderItem={(plot) => (
                  <List.Item
                    actions={[
                      <Button key="claim" size="small" type="primary" loading={busy === plot.id} onClick={() => claim(plot)}>
                        认领
                      </Button>,
                    ]}
                  >
                    <List.Item.Meta
                      title={`地块 ${plot.code}`}
                      description={
                        [plot.sizeSqm ? `${plot.sizeSqm} 平方米` : '', plot.note ?? ''].filter(Boolean).join(' · ') || '空闲'
                      }
                    />
                  </List.Item>
                )}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                每位居民同时只能认领一块地。
              </Typography.Text>
            </>
          )}
          {refusal && <Alert type="error" showIcon message="未能认领" description={refusal} data-testid="plot-refusal" />}
        </Space>
      )}
    </Card>
  );
}

/** 共享驿站 for residents, at a phone's width: my loans, the items to hold or borrow, and my garden plot. */
export default function MySharingPage() {
  const user = useUser();
  const community = user.areas[0]?.slice(0, 12);
  if (!user.person || !community) {
    return (
      <Empty description="您的账号还没有关联到社区登记的人员信息，请带身份证到社区居委会办理关联。" style={{ marginTop: 48 }} />
    );
  }
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
        社区共享驿站的闲置物品可免费借用，借期 14 天，可续借一次；预约保留 3 天。逾期未还不能再借。
      </Typography.Paragraph>
      <MyLoans />
      <Catalogue community={community} />
      <MyPlot community={community} personId={user.person} />
    </Space>
  );
}
