import { Spin } from 'antd';

/** What a screen shows while its code loads. */
export function PageLoading() {
  return (
    <div style={{ padding: 64, textAlign: 'center' }}>
      <Spin tip="正在加载…">
        <div style={{ minHeight: 40 }} />
      </Spin>
    </div>
  );
}
