import { PageContainer } from '@ant-design/pro-components';

export default function Page() {
  return <PageContainer title="person">建设中</PageContainer>;
}
