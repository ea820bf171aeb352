import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import type { components } from '../api/openapi';
import { errorMessage } from '../api/problem';
import { enumLabel } from '../labels';
import { dateText } from './date-text';

type Certificate = components['schemas']['Certificate'];
const statusColor: Record<string, string> = { applied: 'processing', issued: 'success', revoked: 'default' };

/** The certificates and cards a person holds or has applied for, with the way to apply for another. */
export function PersonCertificates({ personId, mayApply }: { personId: string; mayApply: boolean }) {
  const held = useQuery({
    queryKey: ['person', personId, 'certificates'],
    queryFn: () => call(api.GET('/registry/persons/{id}/certificates', { params: { path: { id: personId } } })),
  });
  if (held.error) {
    return <Alert type="error" showIcon message={errorMessage(held.error, '读取证照失败')} />;
  }
  return (
    <>
      {mayApply && (
        <Link to={`/certificates?person=${personId}`}>
          <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }}>
            申请证照
          </Button>
        </Link>
      )}
      <Table<Certificate>
        rowKey="id"
        size="small"
        loading={held.isLoading}
        pagination={false}
        dataSource={held.data?.items ?? []}
        locale={{ emptyText: held.isLoading ? ' ' : '尚未办理证照' }}
        columns={[
          { title: '证照', dataIndex: 'typeLabel' },
          {
            title: '状态',
            dataIndex: 'status',
            render: (status: string) => <Tag color={statusColor[status]}>{enumLabel('CertificateStatus', status)}</Tag>,
          },
          { title: '编号', dataIndex: 'number', render: (number?: string) => number ?? '签发后生成' },
          { title: '申请日期', dataIndex: 'appliedAt', render: (at: string) => dateText(at) },
          { title: '签发日期', dataIndex: 'issuedAt', render: (at?: string) => (at ? dateText(at) : '—') },
        ]}
      />
    </>
  );
}
