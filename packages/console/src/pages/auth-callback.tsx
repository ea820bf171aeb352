import { Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../auth/auth-context';

/** Where the district's sign-in page sends the browser back with the authorization code. */
export default function AuthCallbackPage() {
  const { config, signIn } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (config.auth.mode !== 'oidc') {
      navigate('/sign-in', { replace: true });
      return;
    }
    const auth = config.auth;
    import('../auth/oidc')
      .then(({ completeSignIn }) => completeSignIn(auth))
      .then(({ token, next }) => {
        signIn(token);
        navigate(next, { replace: true });
      })
      .catch(() => setError('登录未完成：登录链接已失效或被重复使用。'));
  }, [config, navigate, signIn]);
  if (error) return <Result status="warning" title={error} extra={<Link to="/sign-in">重新登录</Link>} />;
  return (
    <div style={{ padding: 96, textAlign: 'center' }}>
      <Spin size="large" tip="正在登录…">
        <div style={{ minHeight: 40 }} />
      </Spin>
    </div>
  );
}
