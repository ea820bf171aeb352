import { PhoneOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Row, Space, Statistic, Tag, Typography } from 'antd';
import { api, call } from '../../api/client';
import { errorMessage } from '../../api/problem';
import { useUser } from '../../auth/auth-context';
import { communityOf, useWorkArea } from '../../layout/work-area';

/** 一村一法律顾问: each lawyer with the communities they cover, over the user's own area (a sub-district, or one community). */
export default function LegalAdvisorsPage() {
  const user = useUser();
  const { area: workArea } = useWorkArea();
  // Staff above a community see their whole area; a community worker their community.
  const own = user.areas[0];
  const area = own && own.length <= 12 ? own : workArea ? communityOf(workArea) : undefined;
  const advisors = useQuery({
    queryKey: ['registry', 'legal-advisors', area],
    enabled: Boolean(area),
    queryFn: () => call(api.GET('/registry/legal-advisors', { params: { query: { area: area ?? '' } } })),
  });
  if (!area) return <Alert type="info" showIcon message="请先在页头选择一个社区。" />;
  const data = advisors.data;
  return (
    <PageContainer title="法律顾问" subTitle={`${data?.areaName ?? ''} 一村一法律顾问：每位律师包保的社区（村）`}>
      {advisors.error && <Alert type="error" showIcon message={errorMessage(advisors.error, '读取失败')} />}
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Row gutter={[16, 16]}>
          <Col xs={8} md={6} xl={4}>
            <Card size="small" loading={advisors.isLoading}>
              <Statistic title="法律顾问" value={data?.advisors.length ?? 0} suffix="名" />
            </Card>
          </Col>
          <Col xs={8} md={6} xl={4}>
            <Card size="small" loading={advisors.isLoading}>
              <Statistic title="已覆盖社区（村）" value={data?.covered ?? 0} suffix={`/ ${data?.communities ?? 0}`} />
            </Card>
          </Col>
          <Col xs={8} md={6} xl={4}>
            <Card size="small" loading={advisors.isLoading}>
              <Statistic title="尚未设置" value={data?.uncovered.length ?? 0} suffix="个" />
            </Card>
          </Col>
        </Row>
        {data && data.advisors.length === 0 && (
          <Card>
            <Empty description="还没有社区设置法律顾问：在“地区”中打开社区，设置法律顾问联系卡后，这里按律师汇总。" />
          </Card>
        )}
        <Row gutter={[16, 16]} data-testid="legal-advisors">
          {(data?.advisors ?? []).map((advisor) => (
            <Col key={`${advisor.name}-${advisor.phone}`} xs={24} md={12} xl={8}>
              <Card
                size="small"
                title={advisor.name}
                extra={<Typography.Text type="secondary">包保 {advisor.communities.length} 个</Typography.Text>}
              >
                <Typography.Paragraph style={{ marginBottom: 8 }}>
                  {advisor.firm}
                  <br />
                  <PhoneOutlined /> {advisor.phone}
                </Typography.Paragraph>
                <Space direction="vertical" size={4}>
                  {advisor.communities.map((community) => (
                    <span key={community.community}>
                      <Tag color="green">{community.name}</Tag>
                      <Typography.Text type="secondary">{community.serviceHours}</Typography.Text>
                    </span>
                  ))}
                </Space>
              </Card>
            </Col>
          ))}
        </Row>
        {data && data.uncovered.length > 0 && (
          <Card size="small" title="尚未设置法律顾问的社区（村）">
            <Space wrap>
              {data.uncovered.map((community) => (
                <Tag key={community.community}>{community.name}</Tag>
              ))}
            </Space>
          </Card>
        )}
      </Space>
    </PageContainer>
  );
}
