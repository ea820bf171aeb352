import { PageContainer } from '@ant-design/pro-components';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Progress, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { api, call } from '../../api/client';
import type { paths } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { useAreaName } from '../../layout/work-area';
import { AreaTreeSelect } from './area-tree-select';
import { monthText, programmeOptions, useProgrammes, yuan } from './common';
import { MonthPicker, useCommunityNames, usePaymentScope } from './payment-scope';

type Ledger = paths['/subsidies/ledger']['get']['responses'][200]['content']['application/json'];
type LedgerRow = Ledger['rows'][number];
type LedgerTotal = Ledger['totals'][number];

function ledgerQuery(month: string, area: string, programme: string | undefined) {
  return {
    queryKey: ['subsidy-ledger', month, area, programme ?? ''],
    queryFn: () =>
      call(
        api.GET('/subsidies/ledger', {
          params: { query: { month, area, ...(programme ? { programme: programme as never } : {}) } },
        }),
      ),
  };
}

const exitText = (exits: number, exitYuan: number) => (exits > 0 ? `${exits} 户，月减 ${yuan(exitYuan)}` : '—');

/** One month's 台帐: the totals by programme, then each community's lines. */
function MonthLedger(props: { month: string; area: string; programme: string | undefined }) {
  const ledger = useQuery(ledgerQuery(props.month, props.area, props.programme));
  const areaName = useAreaName(props.area);
  const rows = [...(ledger.data?.rows ?? [])].sort(
    (a, b) => a.community.localeCompare(b.community) || a.programme.localeCompare(b.programme),
  );
  const communityName = useCommunityNames(rows.map((row) => row.community));
  const totals = ledger.data?.totals ?? [];
  const paid = totals.reduce((sum, total) => sum + total.paidYuan, 0);
  const payments = totals.reduce((sum, total) => sum + total.payments, 0);
  const exitYuan = totals.reduce((sum, total) => sum + total.exitYuan, 0);
  const exits = totals.reduce((sum, total) => sum + total.exits, 0);
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={`${areaName ?? '本地区'}${monthText(props.month)}还没有发放：发放批次运行后，台帐按社区和项目记下每月的发放。`}
    />
  );
  const totalColumns: ColumnsType<LedgerTotal> = [
    { title: '补助项目', dataIndex: 'programmeName' },
    { title: '发放笔数', dataIndex: 'payments', align: 'right' },
    { title: '发放金额', dataIndex: 'paidYuan', align: 'right', render: (value: number) => yuan(value) },
    { title: '低保渐退', key: 'exit', align: 'right', render: (_, row) => exitText(row.exits, row.exitYuan) },
  ];
  const rowColumns: ColumnsType<LedgerRow> = [
    {
      title: '社区',
      dataIndex: 'community',
      // One community's lines read as a block: its name once, on its first line.
      onCell: (row, index = 0) => {
        const first = rows.findIndex((other) => other.community === row.community);
        return { rowSpan: first === index ? rows.filter((other) => other.community === row.community).length : 0 };
      },
      render: (code: string) => communityName(code),
    },
    { title: '补助项目', dataIndex: 'programmeName' },
    { title: '发放笔数', dataIndex: 'payments', align: 'right' },
    { title: '发放金额', dataIndex: 'paidYuan', align: 'right', render: (value: number) => yuan(value) },
    { title: '低保渐退', key: 'exit', align: 'right', render: (_, row) => exitText(row.exits, row.exitYuan) },
  ];
  if (ledger.error) return <Alert type="error" showIcon message={errorMessage(ledger.error, '读取台帐失败')} />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="ledger-month">
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card size="small" loading={ledger.isLoading}>
            <Statistic title={`${monthText(props.month)}发放金额（元）`} value={paid} precision={2} />
          </Card>
        </Col>
        <Col xs={12} md={8}>
          <Card size="small" loading={ledger.isLoading}>
            <Statistic title="发放笔数" value={payments} suffix="笔" />
          </Card>
        </Col>
        <Col xs={12} md={8}>
          <Card size="small" loading={ledger.isLoading}>
            <Statistic
              title="低保渐退（本月起月减）"
              value={exitYuan}
              precision={2}
              suffix={exits > 0 ? `元 · ${exits} 户` : '元'}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title="按项目合计">
        <Table<LedgerTotal>
          rowKey="programme"
          size="small"
          loading={ledger.isLoading}
          pagination={false}
          columns={totalColumns}
          dataSource={totals}
          locale={{ emptyText: empty }}
        />
      </Card>
      <Card size="small" title="按社区">
        <Table<LedgerRow>
          rowKey={(row) => `${row.community}-${row.programme}`}
          size="small"
          bordered
          loading={ledger.isLoading}
          pagination={false}
          columns={rowColumns}
          dataSource={rows}
          scroll={{ x: 720 }}
          locale={{ emptyText: empty }}
          data-testid="ledger-rows"
        />
      </Card>
    </Space>
  );
}

/**
 * A year month by month for each programme: each month's 台帐 is its own read, shown coming in; months after
 * the platform's current one are not asked for.
 */
function YearLedger(props: { year: string; lastMonth: string; area: string; programme: string | undefined }) {
  const months = Array.from({ length: 12 }, (_, index) => `${props.year}-${String(index + 1).padStart(2, '0')}`).filter(
    (month) => month <= props.lastMonth,
  );
  const ledgers = useQueries({ queries: months.map((month) => ledgerQuery(month, props.area, props.programme)) });
  const read = ledgers.filter((ledger) => ledger.data || ledger.error).length;
  const failed = ledgers.filter((ledger) => ledger.error);
  const byProgramme = new Map<string, { programme: string; programmeName: string; paid: Record<string, number> }>();
  ledgers.forEach((ledger, index) => {
    for (const total of ledger.data?.totals ?? []) {
      const line = byProgramme.get(total.programme) ?? {
        programme: total.programme,
        programmeName: total.programmeName,
        paid: {},
      };
      line.paid[months[index] ?? ''] = total.paidYuan;
      byProgramme.set(total.programme, line);
    }
  });
  const lines = [...byProgramme.values()];
  const sumOf = (paid: Record<string, number>) => Object.values(paid).reduce((sum, value) => sum + value, 0);
  type Line = (typeof lines)[number];
  const columns: ColumnsType<Line> = [
    { title: '补助项目', dataIndex: 'programmeName', fixed: 'left', width: 200 },
    ...months.map((month) => ({
      title: `${Number(month.slice(5))}月`,
      key: month,
      align: 'right' as const,
      render: (_: unknown, line: Line) => (line.paid[month] === undefined ? '—' : yuan(line.paid[month])),
    })),
    { title: '合计', key: 'sum', align: 'right', fixed: 'right', render: (_, line) => <strong>{yuan(sumOf(line.paid))}</strong> },
  ];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {read < months.length && (
        <Card size="small">
          <Typography.Text>
            正在读取各月台帐（{read}/{months.length}）
          </Typography.Text>
          <Progress percent={Math.round((read / Math.max(1, months.length)) * 100)} status="active" />
        </Card>
      )}
      {failed.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={`有 ${failed.length} 个月的台帐未能读取，合计不含这些月份：${errorMessage(failed[0]?.error, '请稍后刷新')}`}
        />
      )}
      <Card size="small" title={`${props.year} 年度按月发放`}>
        <Table<Line>
          rowKey="programme"
          size="small"
          bordered
          pagination={false}
          columns={columns}
          dataSource={lines}
          scroll={{ x: 200 + months.length * 110 + 120 }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`${props.year} 年度还没有发放记录。`} />,
          }}
          summary={() =>
            lines.length > 1 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <strong>合计</strong>
                </Table.Summary.Cell>
                {months.map((month, index) => (
                  <Table.Summary.Cell key={month} index={index + 1} align="right">
                    {yuan(lines.reduce((sum, line) => sum + (line.paid[month] ?? 0), 0))}
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={months.length + 1} align="right">
                  <strong>{yuan(lines.reduce((sum, line) => sum + sumOf(line.paid), 0))}</strong>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
    </Space>
  );
}

/** 补助台帐: payments by month, community and programme, for the user's sub-district or one community. */
export default function LedgerPage() {
  const scope = usePaymentScope();
  const programmes = useProgrammes();
  const tab = scope.tab === 'year' ? 'year' : 'month';
  return (
    <PageContainer
      title="补助台帐"
      tabActiveKey={tab}
      onTabChange={(key) => scope.setFilters({ tab: key === 'month' ? undefined : key })}
      tabList={[
        { key: 'month', tab: '月度台帐' },
        { key: 'year', tab: '全年按月' },
      ]}
      extra={
        <Space wrap>
          <AreaTreeSelect
            roots={scope.roots}
            value={scope.area}
            onChange={(area) => scope.setFilters({ area })}
            selectable={['district', 'subdistrict', 'community']}
            placeholder="选择街道或社区"
            label="地区"
          />
          <MonthPicker value={scope.month} onChange={(month) => scope.setFilters({ month })} />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="全部补助项目"
            style={{ width: 220 }}
            value={scope.programme}
            options={programmeOptions(programmes.data?.items)}
            onChange={(programme?: string) => scope.setFilters({ programme })}
            aria-label="补助项目"
          />
        </Space>
      }
    >
      {!scope.area || !scope.month ? (
        <Card loading />
      ) : tab === 'year' ? (
        <YearLedger
          year={scope.month.slice(0, 4)}
          lastMonth={
            scope.current && scope.current.slice(0, 4) === scope.month.slice(0, 4)
              ? scope.current
              : `${scope.month.slice(0, 4)}-12`
          }
          area={scope.area}
          programme={scope.programme}
        />
      ) : (
        <MonthLedger month={scope.month} area={scope.area} programme={scope.programme} />
      )}
    </PageContainer>
  );
}
