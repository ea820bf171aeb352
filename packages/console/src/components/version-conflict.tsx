import { Alert, Button } from 'antd';
import { useCallback, useState } from 'react';
import { ApiProblem } from '../api/client';

/** A lost race explained, with the way out: the form keeps what was typed, 刷新 reads the record again. */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiProblem && error.code === 'concurrent-modification';
}

/**
 * Whether a form that saves a versioned record lost the race on its last save. `caught` takes the save's
 * error and tells whether it was that (the form then shows the alert; other problems are the caller's to
 * show at their fields); `reset` when the form is saved again or its record read again.
 */
export function useVersionConflict() {
  const [shown, setShown] = useState(false);
  const reset = useCallback(() => setShown(false), []);
  const caught = useCallback((error: unknown) => {
    const lost = isVersionConflict(error);
    setShown(lost);
    return lost;
  }, []);
  return { shown, reset, caught };
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
