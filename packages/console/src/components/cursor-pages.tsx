import { Button, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';

/**
 * The API pages by opaque cursors (`cursor` in, `cursor` out), so there is no "page 7 of 40": this keeps
 * the cursors of the pages already seen, for 上一页 and 下一页. Reset it when a filter changes.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; stack: (string | undefined)[] }>({ key: resetKey, stack: [undefined] });
  const stack = state.key === resetKey ? state.stack : [undefined];
  const cursor = stack[stack.length - 1];
  const next = useCallback((nextCursor: string) => setState({ key: resetKey, stack: [...stack, nextCursor] }), [resetKey, stack]);
  const previous = useCallback(() => setState({ key: resetKey, stack: stack.slice(0, -1) }), [resetKey, stack]);
  return { cursor, page: stack.length, next, previous };
}

export function CursorPager(props: {
  page: number;
  nextCursor: string | undefined;
  onNext: (cursor: string) => void;
  onPrevious: () => void;
  loading?: boolean;
  shown: number;
}) {
  return (
    <Space style={{ marginTop: 16, justifyContent: 'flex-end', width: '100%' }}>
      <Typography.Text type="secondary">
        第 {props.page} 页 · 本页 {props.shown} 条
      </Typography.Text>
      <Button disabled={props.page <= 1 || props.loading} onClick={props.onPrevious}>
        上一页
      </Button>
      <Button disabled={!props.nextCursor || props.loading} onClick={() => props.nextCursor && props.onNext(props.nextCursor)}>
        下一页
      </Button>
    </Space>
  );
}
