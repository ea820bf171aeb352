import { EditOutlined } from '@ant-design/icons';
import { ModalForm, PageContainer } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateText } from '../../components/date-text';
import { PersonLink } from '../../components/person-link';
import { useVersionConflict, VersionConflictAlert } from '../../components/version-conflict';
import { useAreaName } from '../../layout/work-area';
import { availabilityText, type Volunteer, VolunteerStatusTag } from './volunteer-common';
import { VolunteerHoursCard } from './volunteer-hours-card';
import { ProfileFields, type ProfileValues, profileBody } from './volunteer-profile-fields';

function EditProfileModal(props: { volunteer: Volunteer | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileValues>();
  const versionConflict = useVersionConflict();
  const queryClient = useQueryClient();
  const { volunteer } = props;
  return (
    <ModalForm<ProfileValues>
      form={form}
      open={Boolean(volunteer)}
      title="更新技能和服务时间"
      width={600}
      initialValues={
        volunteer
          ? { skills: volunteer.skills, otherSkills: volunteer.otherSkills, availability: volunteer.availability }
          : undefined
      }
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '保存', resetText: '取消' } }}
      onFinish={async (values) => {
        if (!volunteer) return false;
        versionConflict.reset();
        try {
          await call(
            api.PUT('/volunteering/volunteers/{id}/profile', {
              params: { path: { id: volunteer.volunteerId } },
              body: { ...profileBody(values), version: volunteer.version },
            }),
          );
          message.success('已保存');
          void queryClient.invalidateQueries({ queryKey: ['volunteer', volunteer.volunteerId] });
          void queryClient.invalidateQueries({ queryKey: ['volunteers'] });
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
            void queryClient.invalidateQueries({ queryKey: ['volunteer'] });
            props.onClose();
          }}
        />
      )}
      <ProfileFields />
    </ModalForm>
  );
}

/** The teams a volunteer is in, by name (the profile carries their ids). */
function TeamNames(props: { community: string; teamIds: readonly string[] }) {
  const teams = useQuery({
    queryKey: ['teams', props.community, undefined],
    queryFn: () => call(api.GET('/volunteering/teams', { params: { query: { community: props.community } } })),
  });
  if (props.teamIds.length === 0) return <Typography.Text type="secondary">还没有加入队伍</Typography.Text>;
  const byId = new Map((teams.data?.items ?? []).map((team) => [team.teamId, team]));
  return (
    <Space wrap size={4}>
      {props.teamIds.map((id) => (
        <Link key={id} to={`/teams/${id}`}>
          <Tag color="red">{byId.get(id)?.name ?? '…'}</Tag>
        </Link>
      ))}
    </Space>
  );
}

export default function VolunteerPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const [editing, setEditing] = useState(false);
  const volunteer = useQuery({
    queryKey: ['volunteer', id],
    queryFn: () => call(api.GET('/volunteering/volunteers/{id}', { params: { path: { id } } })),
  });
  const data = volunteer.data;
  const communityName = useAreaName(data?.community);
  return (
    <PageContainer
      title={data?.name ?? '志愿者档案'}
      onBack={() => history.back()}
      tags={data ? <VolunteerStatusTag status={data.status} /> : undefined}
      extra={
        data &&
        mayCall(user.role, 'updateVolunteerProfile') && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            更新技能和服务时间
          </Button>
        )
      }
    >
      {volunteer.error && <Alert type="error" showIcon message={errorMessage(volunteer.error, '读取志愿者档案失败')} />}
      {!data ? (
        volunteer.isLoading && <Skeleton active />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card>
            <Descriptions
              column={{ xs: 1, md: 2 }}
              items={[
                {
                  key: 'person',
                  label: '人员信息',
                  children: data.personId ? <PersonLink id={data.personId} name={data.name} /> : '未关联户籍登记',
                },
                { key: 'community', label: '所属社区', children: communityName ?? '—' },
                {
                  key: 'skills',
                  label: '技能特长',
                  children:
                    data.skillLabels.length > 0 ? (
                      <Space wrap size={4}>
                        {data.skillLabels.map((label) => (
                          <Tag key={label}>{label}</Tag>
                        ))}
                      </Space>
                    ) : (
                      '未填写'
                    ),
                },
                { key: 'other', label: '其他特长', children: data.otherSkills ?? '—' },
                { key: 'availability', label: '可服务时间', children: availabilityText(data.availability) },
                {
                  key: 'teams',
                  label: '所在队伍',
                  children: <TeamNames community={data.community} teamIds={data.teamIds ?? []} />,
                },
                { key: 'source', label: '注册方式', children: data.selfRegistered ? '本人注册' : '社区登记' },
                { key: 'registered', label: '注册日期', children: dateText(data.registeredAt) },
                ...(data.decidedAt ? [{ key: 'decided', label: '审核日期', children: dateText(data.decidedAt) }] : []),
                ...(data.rejectReason ? [{ key: 'reason', label: '驳回理由', children: data.rejectReason }] : []),
              ]}
            />
          </Card>
          {data.status === 'approved' && <VolunteerHoursCard volunteerId={data.volunteerId} />}
        </Space>
      )}
      <EditProfileModal volunteer={editing ? data : undefined} onClose={() => setEditing(false)} />
    </PageContainer>
  );
}
