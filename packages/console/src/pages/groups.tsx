import { PageContainer } from '@ant-design/pro-components';

export default function Page() {
  return <PageContainer title="groups">建设中</PageContainer>;
}
