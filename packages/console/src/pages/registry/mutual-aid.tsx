import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, DatePicker, Empty, List, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage } from '../../api/problem';
import { communityOf, useAreaName, useWorkArea } from '../../layout/work-area';

/** The mutual-aid association's year in the work area's community: applications, activities, units that took part. */
export default function MutualAidYearPage() {
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  const name = useAreaName(community);
  const [params, setParams] = useSearchParams();
  const given = params.get('year');
  const year = given && /^\d{4}$/.test(given) ? given : dayjs().format('YYYY');
  const summary = useQuery({
    queryKey: ['registry', 'mutual-aid-year', community, year],
    enabled: Boolean(community),
    queryFn: () =>
      call(
        api.GET('/registry/mutual-aid/years/{year}', {
          params: { path: { year: Number(year) }, query: { area: community ?? '' } },
        }),
      ),
  });
  const activities = useQuery({
    queryKey: ['registry', 'mutual-aid-activities', community, year],
    enabled: Boolean(community),
    queryFn: () =>
      call(
        api.GET('/registry/mutual-aid/activities', {
          params: { query: { area: community ?? '', year: Number(year), limit: 100 } },
        }),
      ),
  });
  if (!community) return <Alert type="info" showIcon message="请先在页头选择一个社区。" />;
  const data = summary.data;
  const cards = [
    {
      title: '提交入会申请',
      value: data?.applications.submitted,
      suffix: '家',
      note: `批准 ${data?.applications.approved ?? 0}，待审议 ${data?.applications.pending ?? 0}`,
    },
    { title: '开展共建互助活动', value: data?.activities, suffix: '次' },
    { title: '参与单位', value: data?.participatingUnits, suffix: '家' },
    { title: '现有会员单位', value: data?.members, suffix: '家' },
    { title: '年度表彰', value: data?.awards, suffix: '项' },
  ];
  return (
    <PageContainer
      title="共建互助联合会"
      subTitle={`${name ?? community} 联合会的年度情况`}
      extra={
        <DatePicker
          picker="year"
          allowClear={false}
          aria-label="年度"
          format="YYYY年"
          value={dayjs(`${year}-01-01`)}
          disabledDate={(day: Dayjs) => day.isAfter(dayjs(), 'year')}
          onChange={(day: Dayjs | null) => day && setParams({ year: day.format('YYYY') }, { replace: true })}
        />
      }
    >
      {summary.error && <Alert type="error" showIcon message={errorMessage(summary.error, '读取失败')} />}
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Row gutter={[16, 16]}>
          {cards.map((card) => (
            <Col key={card.title} xs={12} md={8} xl={4}>
              <Card size="small" loading={summary.isLoading}>
                <Statistic title={card.title} value={card.value ?? 0} suffix={card.suffix} />
                {card.note && <Typography.Text type="secondary">{card.note}</Typography.Text>}
              </Card>
            </Col>
          ))}
        </Row>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <Card title="参与单位" size="small">
              <Table
                data-testid="mutual-aid-units"
                size="small"
                rowKey="unitId"
                loading={summary.isLoading}
                pagination={false}
                dataSource={data?.units ?? []}
                columns={[
                  { title: '单位', dataIndex: 'unitName' },
                  { title: '参加次数', dataIndex: 'activities', align: 'right', width: 100 },
                ]}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本年度还没有单位参加活动。" /> }}
              />
              <Space wrap style={{ marginTop: 12 }}>
                {(data?.activitiesByKind ?? [])
                  .filter((kind) => kind.count > 0)
                  .map((kind) => (
                    <Tag key={kind.kind} color="blue">
                      {kind.label} {kind.count} 次
                    </Tag>
                  ))}
              </Space>
            </Card>
          </Col>
          <Col xs={24} lg={14}>
            <Card title="活动记录" size="small">
              <List
                data-testid="mutual-aid-activities"
                loading={activities.isLoading}
                dataSource={activities.data?.items ?? []}
                locale={{
                  emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`${year} 年还没有登记共建互助活动。`} />,
                }}
                renderItem={(activity) => (
                  <List.Item>
                    <List.Item.Meta
                      title={
                        <Space>
                          {activity.title}
                          <Tag>{activity.kindLabel}</Tag>
                        </Space>
                      }
                      description={`${dayjs(activity.heldOn).format('YYYY年M月D日')} · 参加单位：${activity.units.map((unit) => unit.unitName).join('、')}`}
                    />
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        </Row>
      </Space>
    </PageContainer>
  );
}
