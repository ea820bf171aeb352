import { LoginOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Collapse, Form, Input, Row, Select, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../auth/auth-context';
import type { Role } from '../auth/session';
import { roleLabel } from '../labels';

/** A demo account the local platform offers (GET /_local/sign-in). */
interface DemoAccount {
  sub: string;
  label: string;
  name: string;
  role: Role;
  areas: string[];
  description?: string;
}

const roles: Role[] = ['community-worker', 'grid-worker', 'subdistrict-staff', 'district-admin', 'volunteer', 'unit', 'resident'];

/** Only where the user meant to go inside the console: never another site. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}

export default function SignInPage() {
  const { config, signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const expired = params.get('reason') === 'expired';
  const [accounts, setAccounts] = useState<DemoAccount[]>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string>();

  useEffect(() => {
    if (config.auth.mode !== 'local') return;
    fetch('/_local/sign-in')
      .then(async (response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        const body = (await response.json()) as { accounts: DemoAccount[] };
        setAccounts(body.accounts);
      })
      .catch(() => setError('无法读取演示账号，请确认本地平台正在运行'));
  }, [config.auth.mode]);

  const requestToken = async (body: Record<string, unknown>, key: string) => {
    setBusy(key);
    setError(undefined);
    try {
      const response = await fetch('/_local/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const answer = (await response.json()) as { token?: string; detail?: string };
      if (!response.ok || !answer.token) throw new Error(answer.detail ?? '登录失败');
      signIn(answer.token);
      navigate(next, { replace: true });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : '登录失败');
    } finally {
      setBusy(undefined);
    }
  };

  const signInOidc = async () => {
    if (config.auth.mode !== 'oidc') return;
    setBusy('oidc');
    const { signInRedirect } = await import('../auth/oidc');
    await signInRedirect(config.auth, next).catch(() => {
      setBusy(undefined);
      setError('无法打开统一登录页面，请稍后重试');
    });
  };

  return (
    <div style={{ minHeight: '100vh', background: '#f0f2f5', padding: '48px 16px' }}>
      <div style={{ maxWidth: 960, margin: '0 auto' }}>
        <Typography.Title level={2} style={{ textAlign: 'center', marginBottom: 4 }}>
          社区服务平台
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {config.district.name}（{config.district.code}）· 请选择身份登录
        </Typography.Paragraph>
        {expired && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message="登录已过期，请重新登录；登录后回到原来的页面，未提交的表单内容仍会保留。"
          />
        )}
        {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={error} />}
        {config.auth.mode === 'oidc' ? (
          <Card style={{ maxWidth: 420, margin: '0 auto', textAlign: 'center' }}>
            <Typography.Paragraph>使用区里分配的账号登录。</Typography.Paragraph>
            <Button type="primary" size="large" icon={<LoginOutlined />} loading={busy === 'oidc'} onClick={signInOidc}>
              统一身份登录
            </Button>
          </Card>
        ) : !accounts && !error ? (
          <div style={{ textAlign: 'center', padding: 48 }}>
            <Spin tip="正在读取演示账号…" />
          </div>
        ) : (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message="本地平台：演示账号"
              description="本机运行的平台没有真实账号。选择一个演示身份即可登录，它带有与正式环境相同的角色和管辖地区。"
            />
            <Row gutter={[16, 16]}>
              {(accounts ?? []).map((account) => (
                <Col xs={24} sm={12} md={8} key={account.sub}>
                  <Card
                    hoverable
                    onClick={() => requestToken({ account: account.sub }, account.sub)}
                    data-testid={`account-${account.sub}`}
                  >
                    <Space direction="vertical" size={4} style={{ width: '100%' }}>
                      <Space>
                        <UserOutlined />
                        <Typography.Text strong>{account.label}</Typography.Text>
                      </Space>
                      <Space wrap>
                        <Tag color="blue">{roleLabel(account.role)}</Tag>
                        <Typography.Text type="secondary">{account.name}</Typography.Text>
                      </Space>
                      {account.description && <Typography.Text type="secondary">{account.description}</Typography.Text>}
                      <Button type="primary" block loading={busy === account.sub}>
                        以此身份登录
                      </Button>
                    </Space>
                  </Card>
                </Col>
              ))}
            </Row>
            <Collapse
              style={{ marginTop: 24 }}
              items={[
                {
                  key: 'custom',
                  label: '其他身份（指定角色和管辖地区）',
                  children: (
                    <Form
                      layout="inline"
                      initialValues={{ role: 'community-worker', area: '350203006029' }}
                      onFinish={(values: { role: Role; area: string; person?: string }) =>
                        requestToken(
                          {
                            role: values.role,
                            areas: [values.area.trim()],
                            ...(values.person ? { person: values.person.trim() } : {}),
                          },
                          'custom',
                        )
                      }
                    >
                      <Form.Item name="role" label="角色">
                        <Select style={{ width: 160 }} options={roles.map((role) => ({ value: role, label: roleLabel(role) }))} />
                      </Form.Item>
                      <Form.Item
                        name="area"
                        label="管辖地区代码"
                        rules={[
                          {
                            required: true,
                            pattern: /^\d{6}(\d{3}(\d{3}(-\d{2})?)?)?$/,
                            message: '请输入 6、9 或 12 位地区代码，网格如 350203006029-03',
                          },
                        ]}
                      >
                        <Input style={{ width: 200 }} placeholder="如 350203006029" />
                      </Form.Item>
                      <Form.Item name="person" label="居民编号（居民角色）">
                        <Input style={{ width: 200 }} placeholder="可不填" />
                      </Form.Item>
                      <Button type="primary" htmlType="submit" loading={busy === 'custom'}>
                        登录
                      </Button>
                    </Form>
                  ),
                },
              ]}
            />
          </>
        )}
      </div>
    </div>
  );
}
