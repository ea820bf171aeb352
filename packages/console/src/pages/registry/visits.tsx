import { CalendarOutlined, EditOutlined, HistoryOutlined, SearchOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Drawer, Empty, List, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { type ReactNode, useState } from 'react';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateText, todayText } from '../../components/date-text';
import { useGrids } from '../../components/grid-names';
import { usePagedList } from '../../components/paged-list';
import { PersonLink, usePerson } from '../../components/person-link';
import { type Person, PersonPicker, PersonSummary } from '../../components/person-picker';
import { PersonVisits } from '../../components/person-visits';
import { useDrawerWidth, useIsPhone } from '../../components/responsive';
import { useUrlFilters } from '../../components/url-filters';
import { VisitDrawer, type VisitKind } from '../../components/visit-form';
import { type Assignee, type VisitPlan, VisitPlanForm } from '../../components/visit-plan-form';
import { enumLabel } from '../../labels';
import { useAreaName, useWorkArea } from '../../layout/work-area';

type DuePlan = components['schemas']['DueVisitPage']['items'][number];
type PersonRef = { id: string; name?: string };

/** How far ahead the list looks; the API lists plans due before a day (tomorrow = due today or earlier). */
const horizons = [
  { value: 'today', label: '今天到期及逾期', short: '已到期', days: 1 },
  { value: 'week', label: '7 天内', short: '7天内', days: 8 },
  { value: 'month', label: '30 天内', short: '30天内', days: 31 },
  { value: 'all', label: '全部计划', short: '全部', days: 3650 },
] as const;
type Horizon = (typeof horizons)[number]['value'];

function daysOverdue(plan: DuePlan): number {
  return dayjs(todayText()).diff(dayjs(plan.nextDue), 'day');
}

/** The due day, red with how long ago when it has passed; "今天" when it is today. */
function DueDay({ plan }: { plan: DuePlan }) {
  const late = daysOverdue(plan);
  if (plan.overdue) {
    return (
      <Space size={4} wrap>
        <Typography.Text type="danger" strong>
          {dateText(plan.nextDue)}
        </Typography.Text>
        <Tag color="red">逾期 {late} 天</Tag>
      </Space>
    );
  }
  return (
    <Space size={4} wrap>
      <span>{dateText(plan.nextDue)}</span>
      {late === 0 && <Tag color="orange">今天</Tag>}
    </Space>
  );
}

function personOf(plan: DuePlan): PersonRef {
  return { id: plan.personId, ...(plan.personName ? { name: plan.personName } : {}) };
}

function cycleText(plan: DuePlan): string {
  return enumLabel('VisitFrequency', plan.every);
}

interface RowActions {
  record: (plan: DuePlan) => void;
  history: (plan: DuePlan) => void;
  adjust: (plan: DuePlan) => void;
}

function actionButtons(plan: DuePlan, actions: RowActions, canPlan: boolean, block = false) {
  return [
    <Button
      key="record"
      type="primary"
      size={block ? 'middle' : 'small'}
      icon={<EditOutlined />}
      onClick={() => actions.record(plan)}
    >
      记录走访
    </Button>,
    <Button key="history" size={block ? 'middle' : 'small'} icon={<HistoryOutlined />} onClick={() => actions.history(plan)}>
      走访记录
    </Button>,
    ...(canPlan
      ? [
          <Button key="adjust" size={block ? 'middle' : 'small'} icon={<CalendarOutlined />} onClick={() => actions.adjust(plan)}>
            调整计划
          </Button>,
        ]
      : []),
  ];
}

/** On a phone each due visit is a card: who, when, and a big 记录走访 button. */
function DueCards(props: {
  plans: DuePlan[];
  loading: boolean;
  gridName: (code: string) => string;
  actions: RowActions;
  canPlan: boolean;
  empty: ReactNode;
}) {
  return (
    <List
      loading={props.loading}
      dataSource={props.plans}
      locale={{ emptyText: props.empty }}
      renderItem={(plan) => (
        <Card
          size="small"
          key={`${plan.personId}-${plan.kind}`}
          style={{ marginBottom: 12, borderColor: plan.overdue ? '#ff4d4f' : undefined }}
          title={<PersonLink id={plan.personId} {...(plan.personName ? { name: plan.personName } : {})} />}
          extra={<Tag color="blue">{enumLabel('VisitKind', plan.kind)}</Tag>}
        >
          <Space direction="vertical" style={{ width: '100%' }}>
            <DueDay plan={plan} />
            <Typography.Text type="secondary">
              {props.gridName(plan.area)} · {cycleText(plan)} · 负责：{plan.assignedToName ?? plan.assignedTo}
            </Typography.Text>
            <Button type="primary" block size="large" icon={<EditOutlined />} onClick={() => props.actions.record(plan)}>
              记录走访
            </Button>
            <Space split="·">
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => props.actions.history(plan)}>
                走访记录
              </Button>
              {props.canPlan && (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => props.actions.adjust(plan)}>
                  调整计划
                </Button>
              )}
            </Space>
          </Space>
        </Card>
      )}
    />
  );
}

export default function VisitsPage() {
  const user = useUser();
  const { area } = useWorkArea();
  const areaName = useAreaName(area);
  const isPhone = useIsPhone();
  const drawerWidth = useDrawerWidth(560);
  const [filters, setFilters] = useUrlFilters(['scope', 'within', 'person'] as const);
  const scope =
    filters.scope === 'mine' || filters.scope === 'area' ? filters.scope : user.role === 'grid-worker' ? 'mine' : 'area';
  const within: Horizon = horizons.some((horizon) => horizon.value === filters.within) ? (filters.within as Horizon) : 'today';
  const before = dayjs(todayText())
    .add(horizons.find((horizon) => horizon.value === within)?.days ?? 1, 'day')
    .format('YYYY-MM-DD');
  const { gridName } = useGrids(area);
  const canPlan = mayCall(user.role, 'setVisitPlan');

  const due = usePagedList<DuePlan>({
    key: ['due-visits', scope, scope === 'mine' ? user.sub : area, before],
    enabled: scope === 'mine' || Boolean(area),
    fetch: (cursor) =>
      scope === 'mine'
        ? call(api.GET('/registry/visits/due/mine', { params: { query: { before, ...(cursor ? { cursor } : {}) } } }))
        : call(
            api.GET('/registry/visits/due', { params: { query: { area: area ?? '', before, ...(cursor ? { cursor } : {}) } } }),
          ),
  });
  const plans = [...due.items].sort((a, b) => a.nextDue.localeCompare(b.nextDue));
  const overdueCount = plans.filter((plan) => plan.overdue).length;

  const [recording, setRecording] = useState<{ person: PersonRef; kind?: VisitKind }>();
  const [planning, setPlanning] = useState<{ person: PersonRef; plan?: VisitPlan }>();
  const [history, setHistory] = useState<PersonRef>();
  const [finding, setFinding] = useState(false);
  const [picked, setPicked] = useState<Person>();
  // A person page links here with ?person=<id> to work on that person.
  const linked = usePerson(filters.person);
  const current = picked ?? linked.data;

  const assignees: Assignee[] = plans.map((plan) => ({
    id: plan.assignedTo,
    ...(plan.assignedToName ? { name: plan.assignedToName } : {}),
  }));
  const actions: RowActions = {
    record: (plan) => setRecording({ person: personOf(plan), kind: plan.kind }),
    history: (plan) => setHistory(personOf(plan)),
    adjust: (plan) => setPlanning({ person: personOf(plan), plan }),
  };

  const horizonLabel = horizons.find((horizon) => horizon.value === within)?.label ?? '';
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        within === 'all'
          ? '还没有走访计划。需要定期走访的人员（如独居老人、长期服药卡持有人），请点右上角“查找人员”为其设置走访计划。'
          : `${horizonLabel}没有需要走访的人员。可切换到“全部计划”查看之后的安排。`
      }
    />
  );

  const columns: ColumnsType<DuePlan> = [
    { title: '应走访日期', dataIndex: 'nextDue', width: 190, render: (_, plan) => <DueDay plan={plan} /> },
    {
      title: '姓名',
      dataIndex: 'personId',
      render: (id: string, plan) => <PersonLink id={id} {...(plan.personName ? { name: plan.personName } : {})} />,
    },
    { title: '网格', dataIndex: 'area', render: (code: string) => gridName(code) },
    { title: '走访类型', dataIndex: 'kind', render: (kind: string) => enumLabel('VisitKind', kind) },
    { title: '周期', dataIndex: 'every', render: (_, plan) => cycleText(plan) },
    { title: '负责人', dataIndex: 'assignedTo', render: (_, plan) => plan.assignedToName ?? plan.assignedTo },
    { title: '操作', key: 'actions', render: (_, plan) => <Space wrap>{actionButtons(plan, actions, canPlan)}</Space> },
  ];

  const error = due.query.error;
  return (
    <PageContainer
      title="走访"
      subTitle={isPhone ? undefined : '民情日记：按计划入户走访，记录所见所需'}
      extra={[
        <Button key="find" icon={<SearchOutlined />} onClick={() => setFinding(true)}>
          查找人员
        </Button>,
      ]}
    >
      <Card styles={{ body: { padding: isPhone ? 12 : 24 } }}>
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Space wrap size={12} direction={isPhone ? 'vertical' : 'horizontal'} style={isPhone ? { width: '100%' } : undefined}>
            <Segmented
              value={scope}
              block={isPhone}
              onChange={(value) => setFilters({ scope: String(value) })}
              options={[
                { value: 'mine', label: '我负责的' },
                { value: 'area', label: `${areaName ?? '本社区'}全部` },
              ]}
            />
            <Segmented
              value={within}
              block={isPhone}
              onChange={(value) => setFilters({ within: String(value) })}
              options={horizons.map((horizon) => ({ value: horizon.value, label: isPhone ? horizon.short : horizon.label }))}
            />
          </Space>
          {plans.length > 0 && (
            <Typography.Text type="secondary">
              本页 {plans.length} 项，按应走访日期排列
              {overdueCount > 0 && (
                <>
                  ，其中 <Typography.Text type="danger">{overdueCount} 项已逾期</Typography.Text>
                </>
              )}
            </Typography.Text>
          )}
          {error && <Alert type="error" showIcon message={errorMessage(error, '读取待走访清单失败')} />}
          {isPhone ? (
            <DueCards plans={plans} loading={due.loading} gridName={gridName} actions={actions} canPlan={canPlan} empty={empty} />
          ) : (
            <Table<DuePlan>
              rowKey={(plan) => `${plan.personId}-${plan.kind}`}
              columns={columns}
              dataSource={plans}
              loading={due.loading}
              pagination={false}
              locale={{ emptyText: empty }}
              onRow={(plan) => (plan.overdue ? { style: { background: '#fff1f0' } } : {})}
            />
          )}
          {due.pager}
        </Space>
      </Card>

      <VisitDrawer
        person={recording?.person}
        {...(recording?.kind ? { defaultKind: recording.kind } : {})}
        onClose={() => setRecording(undefined)}
      />
      <VisitPlanForm
        person={planning?.person}
        {...(planning?.plan ? { plan: planning.plan } : {})}
        assignees={assignees}
        onClose={() => setPlanning(undefined)}
      />
      <Drawer
        open={Boolean(history)}
        onClose={() => setHistory(undefined)}
        width={drawerWidth}
        title={`走访记录${history?.name ? ` · ${history.name}` : ''}`}
        destroyOnHidden
        extra={
          history && (
            <Button type="primary" onClick={() => setRecording({ person: history })}>
              记录走访
            </Button>
          )
        }
      >
        {history && <PersonVisits personId={history.id} onRecord={() => setRecording({ person: history })} />}
      </Drawer>
      <Drawer
        open={finding || Boolean(filters.person)}
        onClose={() => {
          setFinding(false);
          setPicked(undefined);
          setFilters({ person: undefined });
        }}
        width={drawerWidth}
        title="查找人员"
        destroyOnHidden
      >
        {current ? (
          <>
            <PersonSummary
              person={current}
              onChange={() => {
                setPicked(undefined);
                setFilters({ person: undefined });
                setFinding(true);
              }}
            />
            <Space wrap style={{ marginBottom: 16 }}>
              <Button type="primary" icon={<EditOutlined />} onClick={() => setRecording({ person: current })}>
                记录走访
              </Button>
              {canPlan && (
                <Button icon={<CalendarOutlined />} onClick={() => setPlanning({ person: current })}>
                  设置走访计划
                </Button>
              )}
            </Space>
            <Typography.Title level={5}>最近的走访</Typography.Title>
            <PersonVisits personId={current.id} />
          </>
        ) : (
          <PersonPicker label="被走访人的公民身份号码" onPick={setPicked} />
        )}
      </Drawer>
    </PageContainer>
  );
}
