import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Result, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiProblem, api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';

/** A compiled report (monthly, yearly) of one area and period, as the report pages read and compile it. */
type ReportTable = components['schemas']['ReportTable'];
type Kind = ReportTable['kind'];

export const periodText = (period: string) => (period.length === 4 ? `${period}年` : dayjs(`${period}-01`).format('YYYY年M月'));

/** The report as compiled, and whether it has not been compiled yet (a 404, shown as "尚未编制", not as an error). */
export function useReport(kind: Kind, period: string, area: string | undefined) {
  const report = useQuery({
    queryKey: ['statistics', 'report', kind, period, area],
    enabled: Boolean(area),
    retry: (count, error) => !(error instanceof ApiProblem && error.status === 404) && count < 1,
    queryFn: () =>
      call(api.GET('/statistics/reports/{kind}/{period}', { params: { path: { kind, period }, query: { area: area ?? '' } } })),
  });
  const missing = report.error instanceof ApiProblem && report.error.status === 404;
  return { report, table: report.data, missing };
}

/** Compiles the report now (after a correction), saying how long it has been at it, then what it made. */
export function useCompile(kind: Kind, period: string, area: string) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [started, setStarted] = useState<number>();
  const [seconds, setSeconds] = useState(0);
  const [done, setDone] = useState<ReportTable>();
  const [refusal, setRefusal] = useState<string>();
  useEffect(() => {
    if (started === undefined) return;
    const timer = setInterval(() => setSeconds(Math.round((Date.now() - started) / 1000)), 500);
    return () => clearInterval(timer);
  }, [started]);
  const run = async () => {
    setDone(undefined);
    setRefusal(undefined);
    setSeconds(0);
    setStarted(Date.now());
    try {
      const table = await call(
        api.POST('/statistics/reports/{kind}/{period}/compile', { params: { path: { kind, period }, query: { area } } }),
      );
      queryClient.setQueryData(['statistics', 'report', kind, period, area], table);
      void queryClient.invalidateQueries({ queryKey: ['statistics', 'compare'] });
      setDone(table);
    } catch (error) {
      const text = errorMessage(error, '编制失败，请重试');
      setRefusal(text);
      message.error(text);
    } finally {
      setStarted(undefined);
    }
  };
  return {
    run,
    busy: started !== undefined,
    seconds,
    done,
    refusal,
    close: () => {
      setDone(undefined);
      setRefusal(undefined);
    },
  };
}

export function CompileDialog(props: { compile: ReturnType<typeof useCompile>; title: string }) {
  const { compile } = props;
  const open = compile.busy || Boolean(compile.done) || Boolean(compile.refusal);
  return (
    <Modal
      open={open}
      title={`编制${props.title}`}
      closable={!compile.busy}
      maskClosable={false}
      onCancel={compile.close}
      footer={
        compile.busy ? null : (
          <Button type="primary" onClick={compile.close}>
            知道了
          </Button>
        )
      }
    >
      {compile.busy && (
        <Space align="center" size={16} style={{ padding: '16px 0' }}>
          <Spin />
          {/* A sub-district's report takes seconds, the district's longer: say it is still at work. */}
          <Typography.Text data-testid="compile-progress">
            正在按当前计数逐个地区编制，已用 {compile.seconds} 秒……
          </Typography.Text>
        </Space>
      )}
      {compile.done && (
        <Result
          status="success"
          title="编制完成"
          subTitle={`${compile.done.areaName} ${periodText(compile.done.period)}，共 ${compile.done.rows.length} 个下级地区；存量数字截至 ${compile.done.asOf}。`}
          style={{ padding: 16 }}
        />
      )}
      {compile.refusal && <Alert type="error" showIcon message="未能编制" description={compile.refusal} />}
    </Modal>
  );
}
