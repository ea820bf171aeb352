import { PageContainer } from '@ant-design/pro-components';

export default function Page() {
  return <PageContainer title="person-register">建设中</PageContainer>;
}
