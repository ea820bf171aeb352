import { PrinterOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, DatePicker, Empty, Row, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage } from '../../api/problem';
import { useUrlFilters } from '../../components/url-filters';
import { communityOf, useAreaName, useWorkArea } from '../../layout/work-area';
import { PendingHours } from './hours-review';
import { hoursText, useApprovedVolunteers } from './volunteer-common';
import { usePrintCertificate } from './volunteer-hours-card';

interface VolunteerTotal {
  volunteerId: string;
  name: string;
  hours: number;
  entries: number;
}

function CommunityHours(props: { community: string }) {
  const areaName = useAreaName(props.community);
  const [filters, setFilters] = useUrlFilters(['month'] as const);
  const month: Dayjs = filters.month ? dayjs(`${filters.month}-01`) : dayjs();
  const monthKey = month.format('YYYY-MM');
  const certificate = usePrintCertificate();
  const volunteers = useApprovedVolunteers(props.community);
  const hours = useQuery({
    queryKey: ['hours', 'community', props.community, monthKey],
    queryFn: () => call(api.GET('/volunteering/hours', { params: { query: { community: props.community, month: monthKey } } })),
  });
  const names = new Map((volunteers.data ?? []).map((volunteer) => [volunteer.volunteerId, volunteer.name]));
  const data = hours.data;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
          <Typography.Text type="secondary">
            {areaName ?? '本社区'}
            {month.format('YYYY年M月')}的服务时长：活动签到签退自动记入，志愿者本人登记的须由队长或社区审核。
          </Typography.Text>
          <DatePicker
            picker="month"
            format="YYYY年M月"
            allowClear={false}
            value={month}
            onChange={(value) => value && setFilters({ month: value.format('YYYY-MM') })}
            aria-label="月份"
          />
        </Space>
        {hours.error && <Alert type="error" showIcon message={errorMessage(hours.error, '读取服务时长失败')} />}
        {hours.isLoading && <Skeleton active />}
        {data && (
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Statistic title="已确认时长" value={data.totalHours} suffix="小时" />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="服务志愿者" value={data.volunteers} suffix="名" />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="其中活动签到" value={data.bySource.activity} suffix="小时" />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="其中本人登记" value={data.bySource.self} suffix="小时" />
            </Col>
          </Row>
        )}
      </Card>
      {data && (
        <>
          <Card title={`待审核（${data.pending.length} 条）`}>
            <PendingHours entries={data.pending} names={names} linkVolunteers />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={10}>
              <Card title="按队伍">
                <Table
                  rowKey="teamId"
                  size="small"
                  pagination={false}
                  dataSource={data.byTeam}
                  columns={[
                    {
                      title: '队伍',
                      dataIndex: 'name',
                      render: (name: string, row: { teamId: string }) => <Link to={`/teams/${row.teamId}`}>{name}</Link>,
                    },
                    { title: '已确认时长', dataIndex: 'hours', render: (value: number) => hoursText(value) },
                  ]}
                  locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本月各队还没有已确认的时长" /> }}
                />
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card title="按志愿者">
                <Table<VolunteerTotal>
                  rowKey="volunteerId"
                  size="small"
                  pagination={false}
                  dataSource={data.byVolunteer}
                  columns={[
                    {
                      title: '志愿者',
                      dataIndex: 'name',
                      render: (name: string, row) => <Link to={`/volunteers/${row.volunteerId}`}>{name}</Link>,
                    },
                    { title: '已确认时长', dataIndex: 'hours', render: (value: number) => hoursText(value) },
                    { title: '记录条数', dataIndex: 'entries' },
                    {
                      title: '年度证明',
                      key: 'certificate',
                      render: (_, row) => (
                        <Button
                          size="small"
                          icon={<PrinterOutlined />}
                          loading={certificate.busy}
                          onClick={() => certificate.print(row.volunteerId, month.format('YYYY'))}
                        >
                          打印{month.format('YYYY')}年证明
                        </Button>
                      ),
                    },
                  ]}
                  locale={{
                    emptyText: (
                      <Empty
                        image={Empty.PRESENTED_IMAGE_SIMPLE}
                        description="本月还没有已确认的时长。活动当天为志愿者签到签退后会自动记入。"
                      />
                    ),
                  }}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </Space>
  );
}

export default function HoursPage() {
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  return (
    <PageContainer title="服务时长" subTitle="社区和各队的月度服务时长，审核志愿者本人登记的时长，打印服务时长证明">
      {community ? <CommunityHours community={community} /> : <Empty description="请先在页面顶部选择一个社区。" />}
    </PageContainer>
  );
}
