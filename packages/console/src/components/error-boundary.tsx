import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';

/** A page's code that no longer exists on the server: the console was updated while this tab stayed open. */
function isStaleChunk(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(
    error.message,
  );
}

/**
 * Catches what a screen throws while rendering, so one broken screen never blanks the console: a stale
 * build asks for a reload, anything else says so in Chinese and offers the way back.
 */
export class ScreenErrorBoundary extends Component<
  { children: ReactNode; resetKey: string },
  { error?: Error; resetKey: string }
> {
  override state: { error?: Error; resetKey: string } = { resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { error?: Error; resetKey: string }) {
    // Moving to another screen starts it afresh.
    return props.resetKey === state.resetKey ? null : { error: undefined, resetKey: props.resetKey };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (isStaleChunk(error)) {
      return (
        <Result
          status="info"
          title="控制台已更新"
          subTitle="系统刚刚更新了版本，请刷新页面后继续。"
          extra={
            <Button type="primary" onClick={() => window.location.reload()}>
              刷新页面
            </Button>
          }
        />
      );
    }
    return (
      <Result
        status="error"
        title="这个页面出错了"
        subTitle="请刷新页面重试；如果一直出现，请把出错的时间和操作告诉区里的系统管理员。"
        extra={[
          <Button key="reload" type="primary" onClick={() => window.location.reload()}>
            刷新页面
          </Button>,
          <Button key="home" onClick={() => window.location.assign('/')}>
            回到工作台
          </Button>,
        ]}
      />
    );
  }
}
