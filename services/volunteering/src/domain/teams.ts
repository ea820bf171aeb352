import type { TeamKind } from '@shequ/contracts';

/** Team kinds as a community names them, for lists, pages and messages. */
export const teamKindLabels: Record<TeamKind, string> = {
  'party-patrol': '党员巡逻队',
  youth: '青年志愿服务队',
  elderly: '老年志愿服务队',
  women: '巾帼志愿服务队',
  science: '科普志愿服务队',
  culture: '文化志愿服务队',
  vanguard: '先锋小分队',
};

/** A vanguard squad looks after 6–7 buildings; more than 7 is more than a squad can walk. */
export const MAX_SQUAD_BUILDINGS = 7;

export interface Team {
  teamId: string;
  community: string;
  kind: TeamKind;
  name: string;
  description?: string;
  /** Volunteer ids of the leaders: they approve the hours their members log. */
  leaderIds: string[];
  /** Only vanguard squads cover buildings; each building by one squad only. */
  buildings?: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Building names as written on the door (`12号楼`), trimmed and without repeats, in the order given. */
export function normaliseBuildings(buildings: readonly string[]): string[] {
  return [...new Set(buildings.map((b) => b.trim()).filter(Boolean))];
}

/** Why the buildings do not fit the team's kind, or undefined when they do. */
export function buildingsProblem(kind: TeamKind, buildings: readonly string[]): string | undefined {
  if (kind !== 'vanguard') return buildings.length > 0 ? '只有先锋小分队分片包楼，其他队伍不设负责楼栋' : undefined;
  if (buildings.length === 0) return '先锋小分队须指定负责的楼栋';
  if (buildings.length > MAX_SQUAD_BUILDINGS) return `每支先锋小分队最多负责 ${MAX_SQUAD_BUILDINGS} 栋楼`;
  return undefined;
}

/** A party-member post (设岗定责): what it is, who holds it, what they answer for. */
export interface PartyPost {
  postId: string;
  community: string;
  name: string;
  holderPersonId: string;
  holderName: string;
  duties: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
}
