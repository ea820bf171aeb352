import { DownloadOutlined, InboxOutlined, PauseCircleOutlined, PlayCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Empty, Progress, Space, Steps, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiProblem, api, call, download } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage, problemText } from '../../api/problem';
import { CursorPager, useCursorPages } from '../../components/cursor-pages';
import { uploadWithProgress } from '../../components/upload';
import { enumLabel } from '../../labels';
import { useGrids } from '../../layout/area-hooks';
import { useWorkArea } from '../../layout/work-area';

type ImportJob = components['schemas']['ImportJob'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const inProgress = (job: ImportJob) => job.status === 'queued' || job.status === 'running';
const statusColor: Record<string, string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
  cancelled: 'warning',
};

function StatusTag({ job }: { job: ImportJob }) {
  return (
    <Tag color={statusColor[job.status]}>
      {job.cancelRequested && inProgress(job) ? '正在停止' : enumLabel('ImportStatus', job.status)}
    </Tag>
  );
}

/** Uploads through the presigned address the API hands out (the same way locally and in AWS), then starts the job. */
function UploadCard(props: { community: string; onStarted: (job: ImportJob) => void }) {
  const { message } = App.useApp();
  const [stage, setStage] = useState<{ percent: number; file: string }>();
  const [error, setError] = useState<string>();
  const start = async (file: File) => {
    setError(undefined);
    setStage({ percent: 0, file: file.name });
    try {
      const contentType = file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : XLSX;
      const upload = await call(
        api.POST('/registry/imports/uploads', {
          body: { community: props.community, fileName: file.name, contentType, size: file.size },
        }),
      );
      await uploadWithProgress(upload.uploadUrl, file, upload.headers, (percent) => setStage({ percent, file: file.name }));
      const job = await call(
        api.POST('/registry/imports', {
          params: { query: { community: props.community, fileName: file.name, objectKey: upload.objectKey } },
        }),
      );
      message.success(job.processedRows > 0 ? '这个文件已导入过，显示原来的导入任务' : '文件已上传，开始导入');
      props.onStarted(job);
    } catch (failure) {
      setError(
        failure instanceof ApiProblem ? problemText(failure.problem) : failure instanceof Error ? failure.message : '上传失败',
      );
    } finally {
      setStage(undefined);
    }
  };
  return (
    <Card
      title="上传台账"
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => download('/registry/imports/template', '人员导入模板.xlsx')}>
          下载导入模板
        </Button>
      }
    >
      <Steps
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          { title: '下载模板', description: '按模板的表头整理台账，每个特殊群体一列“是/否”' },
          { title: '上传文件', description: '.xlsx 或 .csv，最多 10 MB' },
          { title: '查看结果', description: '有错误的行不导入，可下载错误报告修改后重新上传' },
        ]}
      />
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={error} data-testid="upload-error" />}
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        disabled={Boolean(stage)}
        beforeUpload={(file) => {
          void start(file);
          return false;
        }}
      >
        {stage ? (
          <div style={{ padding: '0 48px' }}>
            <Typography.Paragraph>正在上传 {stage.file}…</Typography.Paragraph>
            <Progress percent={stage.percent} />
          </div>
        ) : (
          <>
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或把台账文件拖到这里上传</p>
            <p className="ant-upload-hint">同一个文件再次上传不会重复导入；取消过的任务会从停下的地方继续</p>
          </>
        )}
      </Upload.Dragger>
    </Card>
  );
}

function RowErrors({ job }: { job: ImportJob }) {
  const pages = useCursorPages(job.id);
  const errors = useQuery({
    queryKey: ['import', job.id, 'errors', pages.cursor, job.failedRows],
    enabled: job.failedRows > 0,
    queryFn: () =>
      call(
        api.GET('/registry/imports/{id}/errors', {
          params: { path: { id: job.id }, query: { limit: 50, ...(pages.cursor ? { cursor: pages.cursor } : {}) } },
        }),
      ),
  });
  if (job.failedRows === 0) return null;
  return (
    <Card
      title={`错误明细（${job.failedRows} 行未导入）`}
      style={{ marginTop: 16 }}
      extra={
        <Button
          icon={<DownloadOutlined />}
          onClick={() => download(`/registry/imports/${job.id}/errors.xlsx`, `${job.fileName}-错误报告.xlsx`)}
        >
          下载错误报告
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        message="请在原文件中按行号改正这些行，再上传整个文件：已导入的行不会重复导入。"
      />
      <Table
        rowKey={(entry) => `${entry.row}-${entry.column}`}
        size="small"
        loading={errors.isLoading}
        dataSource={errors.data?.items ?? []}
        pagination={false}
        data-testid="import-errors"
        columns={[
          { title: '行号', dataIndex: 'row', width: 80 },
          { title: '列', dataIndex: 'column', width: 160 },
          {
            title: '单元格内容',
            dataIndex: 'value',
            render: (value: string) => <Typography.Text code>{value || '（空）'}</Typography.Text>,
          },
          { title: '错误说明', dataIndex: 'message' },
        ]}
      />
      <CursorPager
        page={pages.page}
        shown={errors.data?.items.length ?? 0}
        nextCursor={errors.data?.cursor}
        onNext={pages.next}
        onPrevious={pages.previous}
      />
    </Card>
  );
}

/** One job: progress while it runs (polled each second), then its results and its error rows. */
function JobPanel({ jobId }: { jobId: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const job = useQuery({
    queryKey: ['import', jobId],
    queryFn: () => call(api.GET('/registry/imports/{id}', { params: { path: { id: jobId } } })),
    refetchInterval: (query) => (query.state.data && inProgress(query.state.data) ? 1000 : false),
  });
  const [busy, setBusy] = useState(false);
  if (!job.data) return <Card loading style={{ marginTop: 16 }} />;
  const data = job.data;
  const act = async (action: 'cancel' | 'resume') => {
    setBusy(true);
    try {
      const path = action === 'cancel' ? '/registry/imports/{id}/cancel' : '/registry/imports/{id}/resume';
      const updated = await call(api.POST(path, { params: { path: { id: jobId } } }));
      queryClient.setQueryData(['import', jobId], updated);
      void queryClient.invalidateQueries({ queryKey: ['imports'] });
    } catch (error) {
      message.error(errorMessage(error, '操作失败'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Card
        style={{ marginTop: 16 }}
        title={
          <Space>
            {data.fileName}
            <StatusTag job={data} />
          </Space>
        }
        extra={
          inProgress(data) && !data.cancelRequested ? (
            <Button icon={<PauseCircleOutlined />} loading={busy} onClick={() => act('cancel')}>
              取消导入
            </Button>
          ) : data.status === 'cancelled' ? (
            <Button type="primary" icon={<PlayCircleOutlined />} loading={busy} onClick={() => act('resume')}>
              继续导入
            </Button>
          ) : null
        }
        data-testid="import-job"
      >
        <Progress
          percent={data.percent}
          status={
            data.status === 'failed' ? 'exception' : data.status === 'done' ? 'success' : inProgress(data) ? 'active' : 'normal'
          }
          format={(percent) => `${percent}%`}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          已处理 {data.processedRows} / {data.rowsTotal} 行
          {data.status === 'cancelled' && `，在第 ${data.processedRows} 行后停止；已导入的行保留`}
        </Typography.Paragraph>
        {data.failure && <Alert type="error" showIcon message={data.failure} style={{ marginBottom: 16 }} />}
        {data.skippedNote && <Alert type="info" showIcon message={data.skippedNote} style={{ marginBottom: 16 }} />}
        <Descriptions size="small" column={{ xs: 2, sm: 4 }} bordered>
          <Descriptions.Item label="新登记">{data.created}</Descriptions.Item>
          <Descriptions.Item label="更新">{data.updated}</Descriptions.Item>
          <Descriptions.Item label="无变化">{data.unchanged}</Descriptions.Item>
          <Descriptions.Item label="有错误未导入">
            <Typography.Text type={data.failedRows > 0 ? 'danger' : undefined}>{data.failedRows}</Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <RowErrors job={data} />
    </>
  );
}

function JobHistory(props: { community: string; selected?: string; onSelect: (id: string) => void }) {
  const pages = useCursorPages(props.community);
  const jobs = useQuery({
    queryKey: ['imports', props.community, pages.cursor],
    queryFn: () =>
      call(
        api.GET('/registry/imports', {
          params: { query: { area: props.community, limit: 10, ...(pages.cursor ? { cursor: pages.cursor } : {}) } },
        }),
      ),
    refetchInterval: (query) => (query.state.data?.items.some(inProgress) ? 2000 : false),
  });
  return (
    <Card
      title="导入记录"
      style={{ marginTop: 16 }}
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => jobs.refetch()}>
          刷新
        </Button>
      }
    >
      {jobs.data?.items.length === 0 ? (
        <Empty description="还没有导入过台账" />
      ) : (
        <>
          <Table<ImportJob>
            rowKey="id"
            size="small"
            loading={jobs.isLoading}
            dataSource={jobs.data?.items ?? []}
            pagination={false}
            onRow={(job) => ({
              onClick: () => props.onSelect(job.id),
              style: { cursor: 'pointer', background: job.id === props.selected ? '#fff1f0' : undefined },
            })}
            columns={[
              { title: '文件', dataIndex: 'fileName' },
              { title: '状态', key: 'status', render: (_, job) => <StatusTag job={job} /> },
              { title: '进度', dataIndex: 'percent', render: (percent: number) => `${percent}%` },
              { title: '新登记', dataIndex: 'created' },
              { title: '错误行', dataIndex: 'failedRows' },
              { title: '上传时间', dataIndex: 'createdAt', render: (at: string) => new Date(at).toLocaleString('zh-CN') },
            ]}
          />
          <CursorPager
            page={pages.page}
            shown={jobs.data?.items.length ?? 0}
            nextCursor={jobs.data?.cursor}
            onNext={pages.next}
            onPrevious={pages.previous}
          />
        </>
      )}
    </Card>
  );
}

export default function ImportsPage() {
  const { area } = useWorkArea();
  const { community, communityName } = useGrids(area);
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job') ?? undefined;
  const queryClient = useQueryClient();
  const select = (id: string) => setParams({ job: id }, { replace: true });
  if (!community) {
    return (
      <PageContainer title="批量导入">
        <Alert type="info" showIcon message="请先在页面右上角选择要导入的社区。" />
      </PageContainer>
    );
  }
  return (
    <PageContainer title="批量导入" subTitle={communityName ? `导入到 ${communityName}` : undefined}>
      <UploadCard
        community={community}
        onStarted={(job) => {
          queryClient.setQueryData(['import', job.id], job);
          void queryClient.invalidateQueries({ queryKey: ['imports'] });
          select(job.id);
        }}
      />
      {jobId && <JobPanel key={jobId} jobId={jobId} />}
      <JobHistory community={community} selected={jobId} onSelect={select} />
    </PageContainer>
  );
}
