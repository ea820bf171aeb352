import { useQuery, useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import { api, call } from '../api/client';
import { useUser } from '../auth/auth-context';

/** A GB/T 2260 code's level by its shape: 6 district, 9 sub-district, 12 community, `-NN` grid. */
export function areaLevel(code: string): 'district' | 'subdistrict' | 'community' | 'grid' {
  if (code.includes('-')) return 'grid';
  if (code.length === 12) return 'community';
  if (code.length === 9) return 'subdistrict';
  return 'district';
}

/** The community a code belongs to (a grid's community, or the community itself); undefined above it. */
export function communityOf(code: string): string | undefined {
  const community = code.split('-')[0] ?? '';
  return community.length === 12 ? community : undefined;
}

interface WorkAreaState {
  /** The community or grid the registry screens work on (lists are kept per community). */
  area: string | undefined;
  setArea: (code: string) => void;
}

const WorkAreaContext = createContext<WorkAreaState | undefined>(undefined);
const STORAGE_KEY = 'shequ.work-area';

/** Starts at the user's own community or grid; staff above a community pick one (remembered per user). */
export function WorkAreaProvider({ children }: { children: ReactNode }) {
  const user = useUser();
  const own = user.areas.find((code) => communityOf(code));
  const [chosen, setChosen] = useState<string | undefined>(() => {
    const saved = localStorage.getItem(`${STORAGE_KEY}.${user.sub}`);
    return saved && user.areas.some((scope) => saved.startsWith(scope)) ? saved : undefined;
  });
  const value = useMemo<WorkAreaState>(
    () => ({
      area: chosen ?? own,
      setArea: (code) => {
        localStorage.setItem(`${STORAGE_KEY}.${user.sub}`, code);
        setChosen(code);
      },
    }),
    [chosen, own, user.sub],
  );
  return <WorkAreaContext.Provider value={value}>{children}</WorkAreaContext.Provider>;
}

export function useWorkArea(): WorkAreaState {
  const state = useContext(WorkAreaContext);
  if (!state) throw new Error('useWorkArea outside WorkAreaProvider');
  return state;
}

/** One area and its direct children, read once per session and shared by every screen that names areas. */
export function areaQuery(code: string | undefined) {
  return {
    queryKey: ['area', code],
    enabled: Boolean(code),
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: () => call(api.GET('/registry/areas/{code}', { params: { path: { code: code ?? '' } } })),
  };
}

/** Name of an area, from the registry (cached for the session). */
export function useAreaName(code: string | undefined): string | undefined {
  return useQuery(areaQuery(code)).data?.name;
}

interface AreaNode {
  value: string;
  title: string;
  isLeaf: boolean;
  selectable: boolean;
  children?: AreaNode[];
}

/** The header's picker: the user's own areas, opened level by level down to grids. */
export function WorkAreaPicker() {
  const user = useUser();
  const { area, setArea } = useWorkArea();
  const queryClient = useQueryClient();
  const roots = useQuery({
    queryKey: ['area-roots', user.areas],
    staleTime: Number.POSITIVE_INFINITY,
    // Through the shared per-area cache, so the header and the screens ask for each area once.
    queryFn: () => Promise.all(user.areas.map((code) => queryClient.fetchQuery(areaQuery(code)))),
  });
  const [loaded, setLoaded] = useState<Record<string, AreaNode[]>>({});
  const toNode = (code: string, name: string): AreaNode => {
    const level = areaLevel(code);
    return {
      value: code,
      title: name,
      isLeaf: level === 'grid',
      selectable: level === 'community' || level === 'grid',
      ...(loaded[code] ? { children: loaded[code] } : {}),
    };
  };
  const tree = (roots.data ?? []).map((root) => toNode(root.code, root.name));
  const attach = (nodes: AreaNode[]): AreaNode[] =>
    nodes.map((node) => {
      const children = loaded[node.value];
      return children ? { ...node, children: attach(children) } : node;
    });
  return (
    <TreeSelect
      style={{ width: 'clamp(140px, 30vw, 260px)' }}
      value={area}
      placeholder="选择社区或网格"
      treeData={attach(tree)}
      loadData={async (node) => {
        const code = String(node.value);
        if (loaded[code]) return;
        const found = await queryClient.fetchQuery(areaQuery(code));
        setLoaded((previous) => ({ ...previous, [code]: found.children.map((child) => toNode(child.code, child.name)) }));
      }}
      onChange={(code: string) => setArea(code)}
      treeNodeLabelProp="title"
      aria-label="工作地区"
    />
  );
}
