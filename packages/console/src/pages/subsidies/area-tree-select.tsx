import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { type CSSProperties, useState } from 'react';
import { areaLevel, areaQuery } from '../../layout/work-area';

type Level = ReturnType<typeof areaLevel>;

interface AreaNode {
  value: string;
  title: string;
  isLeaf: boolean;
  selectable: boolean;
  children?: AreaNode[];
}

/** Deeper levels first reached by opening a node; grids are never offered (subsidies are kept per community). */
const depth: Record<Level, number> = { district: 0, subdistrict: 1, community: 2, grid: 3 };

/**
 * Picks an area by name, opened level by level from `roots` down to communities: the user's own areas for
 * staff, the district for the public. Roots come opened one level, so a sub-district's staff see their
 * communities at once. The chosen area is named even before its branch is opened (from the registry).
 */
export function AreaTreeSelect(props: {
  roots: readonly string[];
  value: string | undefined;
  onChange: (code: string) => void;
  /** Which levels may be chosen; the others only open. */
  selectable: readonly Level[];
  placeholder: string;
  label: string;
  style?: CSSProperties;
}) {
  const queryClient = useQueryClient();
  const roots = useQueries({ queries: props.roots.map((code) => areaQuery(code)) });
  const chosen = useQuery(areaQuery(props.value));
  const [opened, setOpened] = useState<Record<string, { code: string; name: string }[]>>({});
  const deepest = Math.max(...props.selectable.map((level) => depth[level]));
  const node = (code: string, name: string, children?: { code: string; name: string }[]): AreaNode => {
    const level = areaLevel(code);
    const known = children ?? opened[code];
    return {
      value: code,
      title: name,
      isLeaf: depth[level] >= deepest,
      selectable: props.selectable.includes(level),
      ...(known && depth[level] < deepest ? { children: known.map((child) => node(child.code, child.name)) } : {}),
    };
  };
  const tree = roots.flatMap((root) =>
    root.data
      ? [
          node(
            root.data.code,
            root.data.name,
            root.data.children.filter((child) => child.level !== 'grid'),
          ),
        ]
      : [],
  );
  const rootsOpen = roots.flatMap((root) => (root.data ? [root.data.code] : []));
  const [expanded, setExpanded] = useState<string[]>();
  return (
    <TreeSelect<{ value: string; label: string } | undefined>
      style={props.style ?? { width: 260 }}
      labelInValue
      value={props.value ? { value: props.value, label: chosen.data?.name ?? '…' } : undefined}
      placeholder={props.placeholder}
      treeData={tree}
      treeExpandedKeys={expanded ?? rootsOpen}
      onTreeExpand={(keys) => setExpanded(keys.map(String))}
      loading={roots.some((root) => root.isLoading)}
      loadData={async ({ value }) => {
        const code = String(value);
        if (opened[code] || rootsOpen.includes(code)) return;
        const found = await queryClient.fetchQuery(areaQuery(code));
        setOpened((previous) => ({ ...previous, [code]: found.children.filter((child) => child.level !== 'grid') }));
      }}
      onChange={(picked) => picked && props.onChange(picked.value)}
      treeNodeLabelProp="title"
      aria-label={props.label}
    />
  );
}

/**
 * The user's scope as area codes the subsidy lists are kept by: a grid worker's grid stands for its
 * community (payments and notices are per community).
 */
export function scopeRoots(areas: readonly string[]): string[] {
  return [...new Set(areas.map((code) => code.split('-')[0] ?? code))];
}
