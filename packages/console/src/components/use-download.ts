import { App } from 'antd';
import { useState } from 'react';
import { download } from '../api/client';
import { errorMessage } from '../api/problem';

/** A file answer (an XLSX export) fetched with the session, busy while it comes, its refusal said in Chinese. */
export function useDownload() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (path: string, fallbackName: string) => {
    setBusy(true);
    try {
      await download(path, fallbackName);
    } catch (error) {
      message.error(errorMessage(error, '导出失败'));
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
