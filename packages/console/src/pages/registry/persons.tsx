import { DownloadOutlined, PlusOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiProblem, api, call } from '../../api/client';
import { errorMessage, problemText } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { CursorPager, useCursorPages } from '../../components/cursor-pages';
import { PersonTable, type PersonView } from '../../components/person-table';
import { useUrlFilters } from '../../components/url-filters';
import { useDownload } from '../../components/use-download';
import { useGrids } from '../../layout/area-hooks';
import { areaLevel, useWorkArea } from '../../layout/work-area';

const PAGE_SIZE = 20;
const filterNames = ['grid', 'name'] as const;

/** An 18-character ID (digits, maybe a final X) is searched as a citizen ID; anything else as a phone number. */
function searchBody(text: string): { citizenId: string } | { phone: string } {
  const value = text.replace(/\s/g, '').toUpperCase();
  return /^\d{17}[\dX]$/.test(value) ? { citizenId: value } : { phone: value };
}

function ExactSearch(props: { onResult: (found: { text: string; items: PersonView[] } | undefined) => void }) {
  const [form] = Form.useForm<{ text: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async ({ text }: { text: string }) => {
    setBusy(true);
    try {
      const found = await call(api.POST('/registry/persons/search', { body: searchBody(text) }));
      props.onResult({ text, items: found.items });
    } catch (error) {
      const message =
        error instanceof ApiProblem ? (error.problem.errors?.[0]?.message ?? problemText(error.problem)) : '查找失败';
      form.setFields([{ name: 'text', errors: [message] }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="inline" onFinish={submit} style={{ rowGap: 8 }}>
      <Form.Item
        name="text"
        label="精确查找"
        rules={[{ required: true, message: '请输入完整的公民身份号码或电话号码' }]}
        extra="按完整号码查找，包括已迁出和已死亡的人员"
      >
        <Input allowClear style={{ width: 300 }} placeholder="18 位公民身份号码或电话号码" aria-label="证件号或电话" />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={busy}>
        查找
      </Button>
    </Form>
  );
}

export default function PersonsPage() {
  const user = useUser();
  const navigate = useNavigate();
  const { area: workArea } = useWorkArea();
  const [filters, setFilters] = useUrlFilters(filterNames);
  const { community, communityName, grids, gridName } = useGrids(workArea);
  const fixedGrid = workArea && areaLevel(workArea) === 'grid' ? workArea : undefined;
  const listArea = fixedGrid ?? filters.grid ?? community;
  const pages = useCursorPages(`${listArea}|${filters.name ?? ''}`);
  const [found, setFound] = useState<{ text: string; items: PersonView[] }>();
  const exporter = useDownload();

  const list = useQuery({
    queryKey: ['persons', listArea, filters.name, pages.cursor],
    enabled: Boolean(listArea) && !found,
    queryFn: () =>
      call(
        api.GET('/registry/persons', {
          params: {
            query: {
              area: listArea ?? '',
              limit: PAGE_SIZE,
              ...(filters.name ? { name: filters.name } : {}),
              ...(pages.cursor ? { cursor: pages.cursor } : {}),
            },
          },
        }),
      ),
  });

  const exportList = async () => {
    if (!listArea) return;
    const query = new URLSearchParams({ area: listArea, ...(filters.name ? { name: filters.name } : {}) });
    await exporter.run(`/registry/persons/export?${query}`, '人员名单.xlsx');
  };

  if (!workArea) {
    return (
      <PageContainer title="人员台账">
        <Alert type="info" showIcon message="请先在页面右上角选择要查看的社区或网格。" />
      </PageContainer>
    );
  }

  return (
    <PageContainer
      title="人员台账"
      subTitle={communityName}
      extra={[
        mayCall(user.role, 'startImport') && (
          <Link key="import" to="/imports">
            <Button icon={<UploadOutlined />}>批量导入</Button>
          </Link>
        ),
        <Button key="export" icon={<DownloadOutlined />} loading={exporter.busy} onClick={exportList}>
          导出 Excel
        </Button>,
        mayCall(user.role, 'registerPerson') && (
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => navigate('/persons/new')}>
            登记人员
          </Button>
        ),
      ]}
    >
      <Card style={{ marginBottom: 16 }}>
        <ExactSearch onResult={setFound} />
      </Card>
      <Card>
        {found ? (
          <>
            <Alert
              style={{ marginBottom: 16 }}
              type={found.items.length > 0 ? 'success' : 'warning'}
              showIcon
              message={found.items.length > 0 ? `找到 ${found.items.length} 人` : '管辖范围内没有这个号码的人员'}
              action={
                <Button size="small" onClick={() => setFound(undefined)}>
                  返回名单
                </Button>
              }
            />
            <PersonTable persons={found.items} gridName={gridName} />
          </>
        ) : (
          <>
            <Space wrap style={{ marginBottom: 16 }}>
              {!fixedGrid && (
                <Select
                  style={{ width: 220 }}
                  allowClear
                  placeholder="全部网格"
                  value={filters.grid}
                  onChange={(grid?: string) => setFilters({ grid })}
                  options={grids.map((grid) => ({ value: grid.code, label: grid.name }))}
                  aria-label="网格"
                />
              )}
              <Input.Search
                allowClear
                style={{ width: 240 }}
                placeholder="按姓名开头筛选，如 陈"
                defaultValue={filters.name}
                onSearch={(name) => setFilters({ name: name.trim() || undefined })}
                aria-label="姓名"
              />
            </Space>
            {list.error && (
              <Alert style={{ marginBottom: 16 }} type="error" showIcon message={errorMessage(list.error, '名单读取失败')} />
            )}
            <PersonTable persons={list.data?.items ?? []} loading={list.isFetching} gridName={gridName} />
            <CursorPager
              page={pages.page}
              shown={list.data?.items.length ?? 0}
              nextCursor={list.data?.cursor}
              onNext={pages.next}
              onPrevious={pages.previous}
              loading={list.isFetching}
            />
          </>
        )}
      </Card>
    </PageContainer>
  );
}
