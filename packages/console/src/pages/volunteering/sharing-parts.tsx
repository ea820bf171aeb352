/** Pieces the station's staff and resident screens share: photos, status tags, due days, plot seasons. */
import { PictureOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Descriptions, Image, Skeleton, Space, Tag, Typography, Upload, type UploadFile } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { ApiProblem, api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage, problemText } from '../../api/problem';
import { readSession } from '../../auth/session';
import { dateText, dateTimeText } from '../../components/date-text';
import { PersonLink } from '../../components/person-link';
import { uploadWithProgress } from '../../components/upload';
import { enumLabel } from '../../labels';

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
type PhotoType = (typeof PHOTO_TYPES)[number];
const MAX_BYTES = 10 * 1024 * 1024;

type SharedItem = components['schemas']['SharedItem'];
type Loan = components['schemas']['ItemLoan'];

const statusColors: Record<string, string> = { available: 'green', held: 'gold', 'on-loan': 'blue', withdrawn: 'default' };

const seasonNames: Record<string, string> = { spring: '春季', summer: '夏季', autumn: '秋季', winter: '冬季' };

/** `2026` → 2026 年度, `2026-spring` → 2026 年春季. */
export function seasonText(season: string | undefined): string {
  if (!season) return '—';
  const [year, part] = season.split('-');
  return part ? `${year} 年${seasonNames[part] ?? part}` : `${year} 年度`;
}

/** This year and next, whole or by season: what a claim may be for. */
export function seasonOptions(): { value: string; label: string }[] {
  const year = dayjs().year();
  return [year, year + 1].flatMap((each) => [
    { value: String(each), label: `${each} 年度` },
    ...Object.keys(seasonNames).map((part) => ({ value: `${each}-${part}`, label: seasonText(`${each}-${part}`) })),
  ]);
}

/** A refused claim in words a person can act on: a taken plot says to choose another. */
export function claimRefusal(error: unknown): string {
  if (error instanceof ApiProblem && error.code === 'plot-taken') return `${problemText(error.problem)}，请选择其他空闲地块`;
  return errorMessage(error, '认领失败，请重试');
}

/** A photo the API serves behind the sign-in: read with the token, shown from a local object URL. */
export function useApiImage(path: string | undefined) {
  const blob = useQuery({
    queryKey: ['api-image', path],
    enabled: Boolean(path),
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => {
      const session = readSession();
      const response = await fetch(path ?? '', { headers: session ? { authorization: `Bearer ${session.token}` } : {} });
      if (!response.ok) throw new Error('照片读取失败');
      return response.blob();
    },
  });
  const url = useMemo(() => (blob.data ? URL.createObjectURL(blob.data) : undefined), [blob.data]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return { url, loading: blob.isLoading, failed: blob.isError };
}

/** One photo of the API, sized as a thumbnail or a preview; a grey placeholder while it loads or if it cannot. */
export function ApiImage(props: { path: string; size: number; alt: string; preview?: boolean }) {
  const image = useApiImage(props.path);
  if (image.loading) return <Skeleton.Image active style={{ width: props.size, height: props.size }} />;
  if (!image.url) {
    return (
      <div
        title="照片无法显示"
        style={{
          width: props.size,
          height: props.size,
          display: 'grid',
          placeItems: 'center',
          background: '#f5f5f5',
          color: '#bfbfbf',
          borderRadius: 6,
        }}
      >
        <PictureOutlined />
      </div>
    );
  }
  return (
    <Image
      src={image.url}
      alt={props.alt}
      width={props.size}
      height={props.size}
      style={{ objectFit: 'cover', borderRadius: 6 }}
      preview={props.preview ?? true}
    />
  );
}

export const itemPhotoPath = (itemId: string, index: number) => `/volunteering/sharing/items/${itemId}/photos/${index}`;
export const wishPhotoPath = (wishId: string) => `/volunteering/wishes/${wishId}/photo`;

/** An item's first photo as a list thumbnail, or a placeholder saying there is none. */
export function ItemThumbnail(props: { itemId: string; photos: number; name: string; size?: number }) {
  const size = props.size ?? 56;
  if (props.photos === 0) {
    return (
      <div
        style={{
          width: size,
          height: size,
          display: 'grid',
          placeItems: 'center',
          background: '#fafafa',
          border: '1px dashed #d9d9d9',
          borderRadius: 6,
          fontSize: 12,
          color: '#bfbfbf',
        }}
      >
        无照片
      </div>
    );
  }
  return <ApiImage path={itemPhotoPath(props.itemId, 0)} size={size} alt={props.name} />;
}

/** Where a photo is sent once picked: asks the API for an upload address and returns the key to record. */
export type PhotoTarget = (file: File, contentType: PhotoType) => Promise<{ key: string; uploadUrl: string }>;

export const sharedItemPhotoTarget =
  (community: string): PhotoTarget =>
  (file, contentType) =>
    call(
      api.POST('/volunteering/sharing/photo-uploads', {
        body: { community, contentType, contentLength: file.size },
      }),
    );

export const wishPhotoTarget =
  (wishId: string): PhotoTarget =>
  (file, contentType) =>
    call(
      api.POST('/volunteering/wishes/{wishId}/photo-uploads', {
        params: { path: { wishId } },
        body: { contentType, contentLength: file.size },
      }),
    );

/**
 * Picks photos and uploads each at once through the presigned address, with its progress; `onChange`
 * gets the keys of the photos that have finished uploading, in the order shown.
 */
export function PhotoUploader(props: { target: PhotoTarget; max: number; onChange: (keys: string[]) => void; testId?: string }) {
  const [files, setFiles] = useState<UploadFile[]>([]);
  const update = (next: UploadFile[]) => {
    setFiles(next);
    props.onChange(next.filter((file) => file.status === 'done' && file.response).map((file) => String(file.response)));
  };
  return (
    <div data-testid={props.testId}>
      <Upload
        listType="picture-card"
        accept={PHOTO_TYPES.join(',')}
        fileList={files}
        maxCount={props.max}
        multiple
        beforeUpload={(file) => {
          if (!PHOTO_TYPES.includes(file.type as PhotoType)) {
            setFiles((current) => [
              ...current,
              { uid: file.uid, name: file.name, status: 'error', error: new Error('照片须为 JPEG、PNG 或 WebP 格式') },
            ]);
            return Upload.LIST_IGNORE;
          }
          if (file.size > MAX_BYTES) {
            setFiles((current) => [
              ...current,
              { uid: file.uid, name: file.name, status: 'error', error: new Error('照片不能超过 10 MB') },
            ]);
            return Upload.LIST_IGNORE;
          }
          return true;
        }}
        customRequest={async (request) => {
          const file = request.file as File;
          try {
            const target = await props.target(file, file.type as PhotoType);
            await uploadWithProgress(target.uploadUrl, file, { 'Content-Type': file.type }, (percent) =>
              request.onProgress?.({ percent }),
            );
            request.onSuccess?.(target.key);
          } catch (failure) {
            const text =
              failure instanceof ApiProblem
                ? problemText(failure.problem)
                : failure instanceof Error
                  ? failure.message
                  : '上传失败';
            request.onError?.(new Error(text));
          }
        }}
        onChange={({ fileList }) =>
          update(
            fileList.map((file) => ({
              ...file,
              ...(file.status === 'error' ? { response: file.error?.message ?? '上传失败，请删除后重试' } : {}),
              ...(file.originFileObj && !file.thumbUrl ? { thumbUrl: URL.createObjectURL(file.originFileObj) } : {}),
            })),
          )
        }
      >
        {files.length >= props.max ? null : (
          <div>
            <PlusOutlined />
            <div style={{ marginTop: 8 }}>上传照片</div>
          </div>
        )}
      </Upload>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        JPEG、PNG 或 WebP，每张不超过 10 MB，最多 {props.max} 张
      </Typography.Text>
    </div>
  );
}

export function ItemStatusTag({ item }: { item: SharedItem }) {
  return (
    <Tag color={statusColors[item.status]}>
      {enumLabel('SharedItemStatus', item.status)}
      {item.status === 'held' && item.heldUntil ? ` · 保留至 ${dateTimeText(item.heldUntil)}` : ''}
    </Tag>
  );
}

/** The due day of a loan: red, with 已逾期, once it has passed (the API decides, on the platform's own clock). */
export function DueOn({ loan }: { loan: Loan }) {
  if (loan.status === 'returned') return <span>{dateText(loan.dueOn)}</span>;
  if (!loan.overdue) return <span>{dateText(loan.dueOn)}</span>;
  return (
    <Space size={4} wrap>
      <Typography.Text type="danger" strong>
        {dateText(loan.dueOn)}
      </Typography.Text>
      <Tag color="red">已逾期</Tag>
    </Space>
  );
}

/** An item's whole record: its photos large, what it is, who gave it, and where it is now. */
export function ItemDetails({ item, staff }: { item: SharedItem; staff: boolean }) {
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {item.photos.length > 0 ? (
        <Space wrap>
          {item.photos.map((_, index) => (
            <ApiImage
              key={item.photos[index]}
              path={itemPhotoPath(item.id, index)}
              size={150}
              alt={`${item.name} 照片 ${index + 1}`}
            />
          ))}
        </Space>
      ) : (
        <Typography.Text type="secondary">没有照片</Typography.Text>
      )}
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'status', label: '状态', children: <ItemStatusTag item={item} /> },
          { key: 'category', label: '类别', children: item.category },
          { key: 'condition', label: '成色', children: enumLabel('SharedItemCondition', item.condition) },
          ...(item.description ? [{ key: 'description', label: '说明', children: item.description }] : []),
          {
            key: 'donor',
            label: '捐赠人',
            children: [enumLabel('SharedItemDonorKind', item.donorKind), item.donorName].filter(Boolean).join(' · '),
          },
          { key: 'donated', label: '捐赠日期', children: dateText(item.donatedOn) },
          ...(staff && item.holderPersonId
            ? [{ key: 'holder', label: '预约人', children: <PersonLink id={item.holderPersonId} /> }]
            : []),
          ...(item.withdrawnReason ? [{ key: 'withdrawn', label: '下架原因', children: item.withdrawnReason }] : []),
        ]}
      />
    </Space>
  );
}
