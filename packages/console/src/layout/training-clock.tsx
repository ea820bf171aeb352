import { ClockCircleOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Popover, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiProblem, type ProblemBody } from '../api/client';
import { useAuth, useUser } from '../auth/auth-context';
import { readSession } from '../auth/session';

interface ClockStatus {
  training: boolean;
  now: string;
}

interface ClockMove {
  now: string;
  runs: { job: string; ok: boolean }[];
}

/**
 * The local platform's training clock (`/_local/clock`, district admins only): not part of the district's
 * API, so it is called here directly rather than through the generated client.
 */
async function localClock<T>(init?: { advance?: string; to?: string }): Promise<T> {
  const token = readSession()?.token;
  const response = await fetch('/_local/clock', {
    method: init ? 'POST' : 'GET',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(init ? { 'content-type': 'application/json' } : {}),
    },
    ...(init ? { body: JSON.stringify(init) } : {}),
  });
  const body = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok)
    throw new ApiProblem(
      (body as ProblemBody | undefined) ?? { code: 'clock', title: '训练时钟不可用', status: response.status },
    );
  return body as T;
}

const weekdays = ['日', '一', '二', '三', '四', '五', '六'];

/** `2026-12-01T09:00:00+08:00` → `12月1日 周二 09:00`, read as Shanghai time whatever the browser's zone. */
function shanghaiText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day, hour, minute] = match;
  const weekday = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay();
  return `${Number(month)}月${Number(day)}日 周${weekdays[weekday]} ${hour}:${minute}`;
}

/**
 * For a district admin rehearsing on the local platform started with a training clock: the clock's time in
 * the header, and buttons that move it on (the scheduler runs what it skipped, so 公示 rounds close, payment
 * runs and escalations happen). Shows nothing anywhere else.
 */
export function TrainingClockControl() {
  const user = useUser();
  const { config } = useAuth();
  const enabled = config.auth.mode === 'local' && user.role === 'district-admin';
  const status = useQuery({
    queryKey: ['training-clock'],
    queryFn: () => localClock<ClockStatus>(),
    enabled,
    retry: false,
    refetchInterval: 60_000,
  });
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [moving, setMoving] = useState(false);
  const [target, setTarget] = useState<Dayjs | null>(null);
  if (!enabled || !status.data?.training) return null;

  const move = async (body: { advance?: string; to?: string }) => {
    setMoving(true);
    try {
      const moved = await localClock<ClockMove>(body);
      const failed = moved.runs.filter((run) => !run.ok).length;
      message.success(
        `已拨到 ${shanghaiText(moved.now)}，补跑定时任务 ${moved.runs.length} 次${failed ? `，其中 ${failed} 次失败` : ''}`,
      );
      // Every screen's figures may have changed with the days that passed.
      await queryClient.invalidateQueries();
    } catch (error) {
      message.error(error instanceof ApiProblem ? (error.problem.detail ?? error.problem.title) : '拨动训练时钟失败');
    } finally {
      setMoving(false);
    }
  };

  return (
    <Popover
      trigger="click"
      title="训练时钟"
      content={
        <Space direction="vertical" style={{ width: 280 }}>
          <Typography.Text type="secondary">
            本地平台按训练时钟运行：向前拨动后，期间的定时任务（公示到期、发放、逾期督办等）依次补跑。时钟只能向前。
          </Typography.Text>
          <Space wrap>
            {[
              ['PT1H', '拨快 1 小时'],
              ['P1D', '拨快 1 天'],
              ['P7D', '拨快 7 天'],
            ].map(([advance, label]) => (
              <Button key={advance} size="small" loading={moving} onClick={() => move({ advance })}>
                {label}
              </Button>
            ))}
          </Space>
          <Space.Compact style={{ width: '100%' }}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              placeholder="拨到某一时刻"
              value={target}
              onChange={setTarget}
              style={{ flex: 1 }}
            />
            <Button
              type="primary"
              disabled={!target}
              loading={moving}
              onClick={() => target && move({ to: `${target.format('YYYY-MM-DDTHH:mm')}+08:00` })}
            >
              拨到
            </Button>
          </Space.Compact>
        </Space>
      }
    >
      <Tag icon={<ClockCircleOutlined />} color="purple" style={{ cursor: 'pointer' }} data-testid="training-clock">
        训练时钟 {shanghaiText(status.data.now)}
      </Tag>
    </Popover>
  );
}
