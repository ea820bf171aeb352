import { Alert, Empty, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { errorMessage } from '../api/problem';
import type { usePagedList } from './paged-list';

/**
 * A list page as every register shows it: the read's failure above, the table, 上一页/下一页 below; an empty
 * table says why it is empty and what to do about it.
 */
export function PagedTable<T extends object>(
  props: Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'locale'> & {
    list: ReturnType<typeof usePagedList<T>>;
    /** What a failed read says when the API gives no reason (a network failure): 读取申请失败. */
    failure: string;
    /** What an empty page says: no match for the filters, or nothing yet and how to start. */
    empty: ReactNode;
  },
) {
  const { list, failure, empty, ...table } = props;
  return (
    <>
      {list.query.error && <Alert type="error" showIcon message={errorMessage(list.query.error, failure)} />}
      <Table<T>
        {...table}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      />
      {list.pager}
    </>
  );
}
