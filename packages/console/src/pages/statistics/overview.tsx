import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Breadcrumb, Card, Col, Empty, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { useUser } from '../../auth/auth-context';

import { areaLevel } from '../../layout/work-area';
import { childLevelName, levelNames, levelsOf, useChildNames, useLevelNames, useStatisticsArea, useUrlState } from './areas';
import { Chart, type ChartOption, colors } from './chart';

type Population = components['schemas']['Population'];
type Groups = components['schemas']['GroupCounts'];
type Disabled = components['schemas']['DisabledCounts'];
type Benefits = components['schemas']['BenefitCounts'];
type Ages = components['schemas']['AgeStructure'];

const gradeNames = ['一级', '二级', '三级', '四级'];
const yuanText = (value: number) => value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function errorText(error: unknown): string {
  return errorMessage(error, '读取统计数据失败，请稍后重试');
}

/** The five live reads of one area; each fills its own card as it arrives. */
function useAreaFigures(area: string) {
  const options = { staleTime: 30_000, enabled: Boolean(area) };
  const query = { params: { query: { area } } };
  return {
    population: useQuery({
      ...options,
      queryKey: ['statistics', 'population', area],
      queryFn: () => call(api.GET('/statistics/population', query)),
    }),
    ages: useQuery({
      ...options,
      queryKey: ['statistics', 'ages', area],
      queryFn: () => call(api.GET('/statistics/population/ages', query)),
    }),
    groups: useQuery({
      ...options,
      queryKey: ['statistics', 'groups', area],
      queryFn: () => call(api.GET('/statistics/groups', query)),
    }),
    disabled: useQuery({
      ...options,
      queryKey: ['statistics', 'disabled', area],
      queryFn: () => call(api.GET('/statistics/disabled', query)),
    }),
    benefits: useQuery({
      ...options,
      queryKey: ['statistics', 'benefits', area],
      queryFn: () => call(api.GET('/statistics/benefits', query)),
    }),
  };
}

/** Programme names from the subsidies catalogue (statistics keeps only the codes). */
function useProgrammeNames() {
  const catalogue = useQuery({
    queryKey: ['programmes'],
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: () => call(api.GET('/subsidies/programmes')),
  });
  return (code: string) => catalogue.data?.items.find((programme) => programme.code === code)?.name ?? code;
}

interface ChildRow {
  area: string;
  name: string;
  total: number;
  registered: number;
  migrant: number;
  women15to49: number;
  elderly60plus: number;
  elderly80plus: number;
  disabled: number;
  dibao: number;
  leftBehind: number;
  benefitHouseholds: number;
}

function childRows(
  population: Population | undefined,
  groups: Groups | undefined,
  disabled: Disabled | undefined,
  benefits: Benefits | undefined,
  nameOf: (code: string, given?: string) => string,
): ChildRow[] {
  const codes = new Set([
    ...(population?.children ?? []).map((child) => child.area),
    ...(groups?.children ?? []).map((child) => child.area),
    ...(disabled?.children ?? []).map((child) => child.area),
    ...(benefits?.children ?? []).map((child) => child.area),
  ]);
  return [...codes].sort().map((code) => {
    const p = population?.children.find((child) => child.area === code);
    const g = groups?.children.find((child) => child.area === code);
    const d = disabled?.children.find((child) => child.area === code);
    const b = benefits?.children.find((child) => child.area === code);
    return {
      area: code,
      name: nameOf(code, p?.name ?? g?.name),
      total: p?.total ?? 0,
      registered: p?.registered ?? 0,
      migrant: p?.migrant ?? 0,
      women15to49: p?.women15to49 ?? 0,
      elderly60plus: p?.elderly60plus ?? 0,
      elderly80plus: p?.elderly80plus ?? 0,
      disabled: d?.total ?? 0,
      dibao: g?.groups.dibao ?? 0,
      leftBehind: g?.leftBehind ?? 0,
      benefitHouseholds: b?.households ?? 0,
    };
  });
}

function Headline(props: { population?: Population; disabled?: Disabled; benefits?: Benefits; groups?: Groups }) {
  const items: { key: string; title: string; value: number | undefined; suffix: string }[] = [
    { key: 'total', title: '总人口', value: props.population?.total, suffix: '人' },
    { key: 'registered', title: '户籍人口', value: props.population?.registered, suffix: '人' },
    { key: 'migrant', title: '流动人口', value: props.population?.migrant, suffix: '人' },
    { key: 'women', title: '育龄妇女（15–49 岁）', value: props.population?.women15to49, suffix: '人' },
    { key: 'elderly', title: '60 岁以上老人', value: props.population?.elderly60plus, suffix: '人' },
    { key: 'disabled', title: '残疾人', value: props.disabled?.total, suffix: '人' },
    { key: 'left-behind', title: '三留守人员', value: props.groups?.leftBehind, suffix: '人' },
    { key: 'benefits', title: '在保救助补助', value: props.benefits?.households, suffix: '户' },
  ];
  return (
    <Card>
      <Row gutter={[16, 16]}>
        {items.map((item) => (
          <Col key={item.key} data-testid={`headline-${item.key}`} xs={12} sm={8} md={6} xl={3}>
            <Statistic title={item.title} value={item.value ?? '—'} suffix={item.value === undefined ? '' : item.suffix} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

function ChildAreas(props: { area: string; rows: ChildRow[]; loading: boolean; onOpen: (area: string) => void }) {
  const level = childLevelName(props.area);
  const columns: ColumnsType<ChildRow> = [
    {
      title: level,
      dataIndex: 'name',
      fixed: 'left',
      render: (name: string, row) => <Typography.Link onClick={() => props.onOpen(row.area)}>{name}</Typography.Link>,
    },
    { title: '总人口', dataIndex: 'total', align: 'right', sorter: (a, b) => a.total - b.total },
    { title: '户籍', dataIndex: 'registered', align: 'right' },
    { title: '流动', dataIndex: 'migrant', align: 'right' },
    { title: '育龄妇女', dataIndex: 'women15to49', align: 'right' },
    { title: '60 岁以上', dataIndex: 'elderly60plus', align: 'right' },
    { title: '80 岁以上', dataIndex: 'elderly80plus', align: 'right' },
    { title: '残疾人', dataIndex: 'disabled', align: 'right', sorter: (a, b) => a.disabled - b.disabled },
    { title: '低保对象', dataIndex: 'dibao', align: 'right' },
    { title: '三留守', dataIndex: 'leftBehind', align: 'right' },
    { title: '在保户数', dataIndex: 'benefitHouseholds', align: 'right' },
  ];
  const counted = props.rows.filter((row) => row.total > 0 || row.disabled > 0 || row.benefitHouseholds > 0);
  // A district has dozens of communities with nothing yet: the chart shows those with people.
  const charted = counted.length > 0 ? counted : props.rows;
  const option: ChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: ['户籍人口', '流动人口'] },
    grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
    xAxis: {
      type: 'category',
      data: charted.map((row) => row.name),
      axisLabel: { interval: 0, rotate: charted.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'value', name: '人' },
    series: [
      {
        name: '户籍人口',
        type: 'bar',
        stack: 'people',
        data: charted.map((row) => row.registered),
        color: colors.registered,
        cursor: 'pointer',
      },
      {
        name: '流动人口',
        type: 'bar',
        stack: 'people',
        data: charted.map((row) => row.migrant),
        color: colors.migrant,
        cursor: 'pointer',
      },
    ],
  };
  return (
    <Card title={`各${level}人口`} extra={<Typography.Text type="secondary">点柱子或名称，查看下一级</Typography.Text>}>
      {props.rows.length === 0 && !props.loading ? (
        <Empty description={`还没有${level}的统计数字。登记人员后，这里按${level}分列。`} />
      ) : (
        <>
          <Chart
            testId="child-chart"
            option={option}
            height={300}
            onPick={(_, index) => charted[index] && props.onOpen(charted[index].area)}
          />
          <Table<ChildRow>
            data-testid="child-areas"
            size="small"
            rowKey="area"
            columns={columns}
            dataSource={props.rows}
            loading={props.loading}
            pagination={props.rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            scroll={{ x: 960 }}
            onRow={(row) => ({ onClick: () => props.onOpen(row.area), style: { cursor: 'pointer' } })}
            summary={() =>
              props.rows.length > 1 ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
                  {(
                    [
                      'total',
                      'registered',
                      'migrant',
                      'women15to49',
                      'elderly60plus',
                      'elderly80plus',
                      'disabled',
                      'dibao',
                      'leftBehind',
                      'benefitHouseholds',
                    ] as const
                  ).map((key, index) => (
                    <Table.Summary.Cell key={key} index={index + 1} align="right">
                      {props.rows.reduce((sum, row) => sum + row[key], 0)}
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              ) : null
            }
          />
        </>
      )}
    </Card>
  );
}

function PopulationStructure(props: { population?: Population; ages?: Ages }) {
  const bands = props.ages?.bands ?? [];
  // Symmetric, with room at both ends for the bars' labels.
  const widest = Math.max(1, ...bands.flatMap((band) => [band.male, band.female]));
  const limit = Math.ceil(widest * 1.25);
  const pyramid: ChartOption = {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: number) => `${Math.abs(value)} 人`,
    },
    legend: { top: 0, data: ['男', '女'] },
    grid: { left: 8, right: 24, bottom: 8, top: 40, containLabel: true },
    xAxis: {
      type: 'value',
      min: -limit,
      max: limit,
      minInterval: 1,
      axisLabel: { formatter: (value: number) => String(Math.abs(value)) },
    },
    yAxis: { type: 'category', data: bands.map((band) => band.label), axisTick: { show: false } },
    series: [
      {
        name: '男',
        type: 'bar',
        stack: 'sex',
        data: bands.map((band) => -band.male),
        color: colors.male,
        label: { show: true, position: 'left', formatter: ({ value }: { value: number }) => (value ? String(-value) : '') },
      },
      {
        name: '女',
        type: 'bar',
        stack: 'sex',
        data: bands.map((band) => band.female),
        color: colors.female,
        label: { show: true, position: 'right', formatter: ({ value }: { value: number }) => (value ? String(value) : '') },
      },
    ],
  };
  const p = props.population;
  const residence: ChartOption = {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 人（{d}%）' },
    series: [
      {
        type: 'pie',
        radius: ['45%', '70%'],
        label: { formatter: '{b}\n{c} 人' },
        data: [
          { name: '户籍人口', value: p?.registered ?? 0, itemStyle: { color: colors.registered } },
          { name: '流动人口', value: p?.migrant ?? 0, itemStyle: { color: colors.migrant } },
        ],
      },
    ],
  };
  return (
    <Card title="人口结构" extra={p && <Typography.Text type="secondary">年龄按 {p.asOf} 计算</Typography.Text>}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Typography.Text strong>年龄 × 性别</Typography.Text>
          <Chart testId="age-chart" option={pyramid} height={320} />
        </Col>
        <Col xs={24} lg={10}>
          <Typography.Text strong>户籍与流动</Typography.Text>
          <Chart option={residence} height={240} />
          <Space wrap size={[16, 8]}>
            <Statistic title="男" value={p?.male ?? '—'} suffix="人" />
            <Statistic title="女" value={p?.female ?? '—'} suffix="人" />
            <Statistic title="育龄妇女" value={p?.women15to49 ?? '—'} suffix="人" />
            <Statistic title="80 岁以上" value={p?.elderly80plus ?? '—'} suffix="人" />
          </Space>
        </Col>
      </Row>
    </Card>
  );
}

function SpecialGroups(props: { groups?: Groups }) {
  const rows = [...(props.groups?.groups ?? [])].sort((a, b) => a.members - b.members);
  const option: ChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: number) => `${value} 人` },
    grid: { left: 8, right: 40, bottom: 8, top: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((row) => row.label) },
    series: [{ type: 'bar', data: rows.map((row) => row.members), color: '#13c2c2', label: { show: true, position: 'right' } }],
  };
  return (
    <Card title="特殊群体" extra={props.groups && <Tag color="cyan">三留守 {props.groups.leftBehind} 人</Tag>}>
      {rows.length === 0 ? (
        <Empty description="还没有特殊群体成员。在“特殊群体台账”中把人员加入群体后，这里分群体统计。" />
      ) : (
        <Chart testId="groups-chart" option={option} height={Math.max(240, rows.length * 26)} />
      )}
    </Card>
  );
}

function DisabledFigures(props: { disabled?: Disabled }) {
  const d = props.disabled;
  const categories = (d?.categories ?? []).filter((row) => row.total > 0);
  const option: ChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: number) => `${value} 人` },
    legend: { top: 0, data: gradeNames },
    grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
    xAxis: { type: 'category', data: categories.map((row) => row.label) },
    yAxis: { type: 'value', name: '人', minInterval: 1 },
    series: gradeNames.map((grade, index) => ({
      name: grade,
      type: 'bar',
      stack: 'grade',
      color: colors.grades[index],
      data: categories.map((row) => row.byGrade[String(index + 1)] ?? 0),
    })),
  };
  type Row = Disabled['categories'][number];
  return (
    <Card
      title="残疾人（类别 × 等级）"
      extra={
        d && (
          <Typography.Text strong data-testid="disabled-total">
            合计 {d.total} 人
          </Typography.Text>
        )
      }
    >
      {categories.length === 0 ? (
        <Empty description="还没有登记残疾人。把持证残疾人加入“残疾人”群体（填写类别和等级）后，这里交叉统计。" />
      ) : (
        <>
          <Chart testId="disabled-chart" option={option} height={260} />
          <Table<Row>
            data-testid="disabled-table"
            size="small"
            bordered
            rowKey="category"
            pagination={false}
            dataSource={categories}
            columns={[
              { title: '类别', dataIndex: 'label' },
              ...gradeNames.map((grade, index) => ({
                title: grade,
                key: grade,
                align: 'right' as const,
                render: (_: unknown, row: Row) => row.byGrade[String(index + 1)] ?? 0,
              })),
              { title: '合计', dataIndex: 'total', align: 'right' },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
                {gradeNames.map((grade, index) => (
                  <Table.Summary.Cell key={grade} index={index + 1} align="right">
                    {d?.byGrade[String(index + 1)] ?? 0}
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={5} align="right">
                  {d?.total ?? 0}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
        </>
      )}
    </Card>
  );
}

function BenefitsInForce(props: { benefits?: Benefits }) {
  const programmeName = useProgrammeNames();
  const b = props.benefits;
  type Row = Benefits['programmes'][number];
  const rows = b?.programmes ?? [];
  const option: ChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: ['户数', '人数'] },
    grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
    xAxis: { type: 'category', data: rows.map((row) => programmeName(row.programme)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '户数', type: 'bar', data: rows.map((row) => row.households), color: '#722ed1' },
      { name: '人数', type: 'bar', data: rows.map((row) => row.persons), color: '#b37feb' },
    ],
  };
  return (
    <Card
      title="在保救助补助"
      extra={
        b && (
          <Typography.Text strong data-testid="benefits-total">
            合计 {b.households} 户 {b.persons} 人，每月 {yuanText(b.monthlyYuan)} 元
          </Typography.Text>
        )
      }
    >
      {rows.length === 0 ? (
        <Empty description="目前没有在保的救助补助。补助申请经街道审批生效后，这里按项目统计。" />
      ) : (
        <>
          <Chart testId="benefits-chart" option={option} height={240} />
          <Table<Row>
            size="small"
            rowKey="programme"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: '补助项目', dataIndex: 'programme', render: (code: string) => programmeName(code) },
              { title: '户数', dataIndex: 'households', align: 'right' },
              { title: '人数', dataIndex: 'persons', align: 'right' },
              { title: '月保障金额（元）', dataIndex: 'monthlyYuan', align: 'right', render: yuanText },
            ]}
          />
        </>
      )}
    </Card>
  );
}

export default function StatisticsOverviewPage() {
  const user = useUser();
  const [filters, setFilters] = useUrlState(['area'] as const);
  const area = useStatisticsArea(filters.area);
  const figures = useAreaFigures(area ?? '');
  const levels = area ? levelsOf(area, user.areas) : [];
  const names = useLevelNames(levels);
  const nameOfChild = useChildNames(area);
  const open = (code: string) => setFilters({ area: code });
  if (!area) return <Alert type="warning" showIcon message="您的账号没有管辖地区，无法查看统计。" />;
  const level = areaLevel(area);
  const rows = childRows(figures.population.data, figures.groups.data, figures.disabled.data, figures.benefits.data, nameOfChild);
  const failed = Object.values(figures).find((query) => query.error)?.error;
  return (
    <PageContainer
      title="数据总览"
      subTitle="实时数字，随登记、群体和补助的变动更新；逐级下钻到网格"
      breadcrumbRender={false}
      content={
        <Breadcrumb
          data-testid="area-breadcrumb"
          items={levels.map((code, index) => ({
            key: code,
            title:
              index === levels.length - 1 ? (
                <Typography.Text strong>{names[code] ?? '…'}</Typography.Text>
              ) : (
                <Link to={`/stats?area=${code}`}>{names[code] ?? '…'}</Link>
              ),
          }))}
        />
      }
      extra={<Tag color="blue">{levelNames[level]}</Tag>}
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {failed && <Alert type="error" showIcon message={errorText(failed)} />}
        <Headline
          population={figures.population.data}
          disabled={figures.disabled.data}
          benefits={figures.benefits.data}
          groups={figures.groups.data}
        />
        {level !== 'grid' ? (
          <ChildAreas area={area} rows={rows} loading={figures.population.isLoading} onOpen={open} />
        ) : (
          <Alert type="info" showIcon message="网格是最下一级；要看某个人，请到“人员台账”或“特殊群体台账”按网格筛选。" />
        )}
        <PopulationStructure population={figures.population.data} ages={figures.ages.data} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <DisabledFigures disabled={figures.disabled.data} />
          </Col>
          <Col xs={24} xl={12}>
            <SpecialGroups groups={figures.groups.data} />
          </Col>
        </Row>
        <BenefitsInForce benefits={figures.benefits.data} />
      </Space>
    </PageContainer>
  );
}
