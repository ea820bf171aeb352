/**
 * PUTs a file to a presigned upload address (object storage in AWS, the local platform's store locally)
 * with progress, which fetch cannot report for a request body.
 */
export function uploadWithProgress(
  url: string,
  file: Blob,
  headers: Record<string, string>,
  onProgress: (percent: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.floor((event.loaded / event.total) * 100));
    };
    request.onload = () =>
      request.status >= 200 && request.status < 300
        ? resolve()
        : reject(new Error(`上传失败（${request.status}），请重新选择文件上传`));
    request.onerror = () => reject(new Error('上传中断：网络连接失败，请重试'));
    request.send(file);
  });
}
