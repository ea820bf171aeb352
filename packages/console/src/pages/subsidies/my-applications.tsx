import { PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Drawer, Empty, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage } from '../../api/problem';
import { useUser } from '../../auth/auth-context';
import { dateText } from '../../components/date-text';
import { usePagedList } from '../../components/paged-list';
import { usePerson } from '../../components/person-link';
import { useDrawerWidth } from '../../components/responsive';
import { type Application, StateTag } from './common';
import { ApplicationForm } from './file-application';
import { residentStage, StageSteps } from './resident-stage';

/** The resident's own form: their record is the applicant, the bank account their own. */
function ApplyDrawer(props: { open: boolean; onClose: () => void }) {
  const user = useUser();
  const person = usePerson(user.person);
  const width = useDrawerWidth(560);
  const navigate = useNavigate();
  return (
    <Drawer open={props.open} width={width} title="申请补助" onClose={props.onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        提交后由社区审核并入户核实，审核通过的在社区公示栏三榜公示，期满后报街道审批。社区会按您登记的情况核对申请条件。
      </Typography.Paragraph>
      {person.error && <Alert type="error" showIcon message={errorMessage(person.error, '读取您的登记信息失败')} />}
      <ApplicationForm
        key={person.data?.id ?? 'loading'}
        person={person.data}
        personId={person.data?.id}
        submitText="提交申请"
        onFiled={(id) => {
          props.onClose();
          navigate(`/me/applications/${id}`);
        }}
      />
    </Drawer>
  );
}

/** 我的补助: each of the resident's applications with where it stands, and a way to apply. */
export default function MyApplicationsPage() {
  const user = useUser();
  const [applying, setApplying] = useState(false);
  const mine = usePagedList<Application>({
    key: ['subsidy-applications', 'mine', user.person],
    enabled: Boolean(user.person),
    fetch: (cursor) =>
      call(
        api.GET('/subsidies/applications', {
          params: { query: { person: user.person ?? '', ...(cursor ? { cursor } : {}) } },
        }),
      ),
  });
  if (!user.person) {
    return (
      <Empty
        description="您的账号还没有关联到社区登记的人员信息，请带身份证到社区居委会办理关联后再查看补助申请。"
        style={{ marginTop: 48 }}
      />
    );
  }
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Button type="primary" size="large" block icon={<PlusOutlined />} onClick={() => setApplying(true)}>
        申请补助
      </Button>
      <Card size="small" title="我的补助申请">
        {mine.query.error && <Alert type="error" showIcon message={errorMessage(mine.query.error, '读取补助申请失败')} />}
        <List
          loading={mine.loading}
          dataSource={mine.items}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description="您还没有补助申请。可以点上方“申请补助”，也可以到社区居委会由工作人员代为申请。"
              />
            ),
          }}
          renderItem={(application) => (
            <List.Item key={application.id} data-testid={`my-application-${application.id}`}>
              <Link
                to={`/me/applications/${application.id}`}
                style={{ color: 'inherit', display: 'flex', alignItems: 'center', gap: 8, width: '100%' }}
              >
                <Space direction="vertical" size={2} style={{ flex: 1, minWidth: 0 }}>
                  <Space size={4} wrap>
                    <Typography.Text strong>{application.programmeName}</Typography.Text>
                    <StateTag state={application.state} />
                  </Space>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {dateText(application.submittedOn)} 提交
                  </Typography.Text>
                  <Typography.Text style={{ fontSize: 13 }} data-testid="my-application-stage">
                    {residentStage(application)}
                  </Typography.Text>
                  <StageSteps application={application} />
                </Space>
                <RightOutlined />
              </Link>
            </List.Item>
          )}
        />
        {mine.pager}
      </Card>
      <ApplyDrawer open={applying} onClose={() => setApplying(false)} />
    </Space>
  );
}
