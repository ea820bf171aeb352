import { theme } from 'antd';
import { dateText } from '../../components/date-text';
import { enumLabel } from '../../labels';
import { type Application, roundLastDay, roundNames, yuan } from './common';

/** Where an application stands, in the words a resident would use, with what happens next. */
export function residentStage(application: Application): string {
  const round = application.rounds.at(-1);
  switch (application.state) {
    case 'submitted':
      return '已提交，等待社区审核';
    case 'community-review':
      return '社区审核中：工作人员会上门入户核实家庭情况';
    case 'notice-1':
    case 'notice-2':
    case 'notice-3': {
      const lastDay = round ? dateText(roundLastDay(round)) : '';
      return `${roundNames[round?.round ?? 0] ?? ''}公示中${lastDay ? `，公示至 ${lastDay}` : ''}；三榜公示期满后报街道审批`;
    }
    case 'subdistrict-approval':
      return '三榜公示已结束，等待街道审批';
    case 'active':
      return `享受中：${application.amountYuan !== undefined ? `每期 ${yuan(application.amountYuan)}，` : ''}${
        application.account ? `发放到尾号 ${application.account.numberMasked.slice(-4)} 的账户` : '按期发放'
      }`;
    case 'suspended':
      return `已暂停发放${application.history.at(-1)?.reason ? `：${application.history.at(-1)?.reason}` : ''}`;
    case 'ended':
      return `已终止${application.endsOn ? `（${dateText(application.endsOn)}）` : ''}`;
    case 'rejected':
      return `未通过${application.history.at(-1)?.reason ? `：${application.history.at(-1)?.reason}` : ''}`;
    case 'withdrawn':
      return '已撤回';
  }
}

/** The workflow in the five steps a resident follows: 申请 → 社区审核 → 三榜公示 → 街道审批 → 享受. */
const stages: { title: string; states: Application['state'][] }[] = [
  { title: '申请', states: ['submitted'] },
  { title: '审核', states: ['community-review'] },
  { title: '公示', states: ['notice-1', 'notice-2', 'notice-3'] },
  { title: '审批', states: ['subdistrict-approval'] },
  { title: '享受', states: ['active', 'suspended', 'ended'] },
];

export function StageSteps({ application }: { application: Application }) {
  const { token } = theme.useToken();
  const stopped = application.state === 'rejected' || application.state === 'withdrawn';
  const before = application.history.at(-1)?.from ?? 'submitted';
  const current = stages.findIndex((stage) => stage.states.includes(stopped ? before : application.state));
  const finished = application.state === 'active' || application.state === 'ended';
  // A bar of five short steps rather than antd's Steps: their labels do not fit five to a phone's width.
  return (
    <ol style={{ display: 'flex', gap: 4, margin: '8px 0 0', padding: 0, listStyle: 'none' }} aria-label="办理进度">
      {stages.map((stage, index) => {
        const reached = index < current || (index === current && finished);
        const here = index === current && !finished;
        const color = stopped && here ? token.colorError : token.colorPrimary;
        return (
          <li key={stage.title} aria-current={here ? 'step' : undefined} style={{ flex: 1, minWidth: 0 }}>
            <div
              style={{
                height: 4,
                borderRadius: 2,
                background: reached || here ? color : token.colorFillSecondary,
                opacity: here ? 0.55 : 1,
              }}
            />
            <div
              style={{
                marginTop: 4,
                fontSize: 12,
                textAlign: 'center',
                color: here ? color : reached ? token.colorText : token.colorTextTertiary,
                fontWeight: here ? 600 : 400,
              }}
            >
              {stopped && here ? enumLabel('SubsidyApplicationState', application.state) : stage.title}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
