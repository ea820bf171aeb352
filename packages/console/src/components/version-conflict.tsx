import { Alert, Button } from 'antd';
import { ApiProblem } from '../api/client';

/** A lost race explained, with the way out: the form keeps what was typed, 刷新 reads the record again. */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiProblem && error.code === 'concurrent-modification';
}

export function VersionConflictAlert(props: { onRefresh: () => void }) {
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      message="已被他人修改，请刷新"
      description="在您填写期间，这条记录已被其他工作人员修改。点“刷新”读取最新内容后再提交；您填写的内容仍保留在表单中。"
      action={
        <Button size="small" onClick={props.onRefresh}>
          刷新
        </Button>
      }
      data-testid="version-conflict"
    />
  );
}
