export type Role =
  | 'district-admin'
  | 'subdistrict-staff'
  | 'community-worker'
  | 'grid-worker'
  | 'volunteer'
  | 'unit'
  | 'resident';

/** Who is signed in, read from the token's claims (the same claims the handlers read). */
export interface SessionUser {
  sub: string;
  name?: string;
  role: Role;
  areas: string[];
  person?: string;
}

export interface Session {
  token: string;
  user: SessionUser;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

const STORAGE_KEY = 'shequ.session';
/** Treat a token as gone a little early, so a request never leaves with one that expires on the way. */
const EXPIRY_MARGIN_MS = 30_000;

function decodeClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(json, (character) => character.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

function listClaim(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

/** Cognito sends custom attributes as `custom:role`; the dev issuer as `role`. */
export function sessionFromToken(token: string): Session {
  const claims = decodeClaims(token);
  const role = (claims.role ?? claims['custom:role']) as Role;
  const person = claims.person ?? claims['custom:person'];
  const name = claims.name ?? claims['custom:name'];
  return {
    token,
    user: {
      sub: String(claims.sub),
      role,
      areas: listClaim(claims.areas ?? claims['custom:areas']),
      ...(typeof person === 'string' ? { person } : {}),
      ...(typeof name === 'string' ? { name } : {}),
    },
    expiresAt: Number(claims.exp ?? 0) * 1000,
  };
}

export function readSession(): Session | undefined {
  const raw = localStorage.getItem(STORAGE_KEY);
  if (!raw) return undefined;
  try {
    const session = sessionFromToken(raw);
    return session.expiresAt - EXPIRY_MARGIN_MS > Date.now() ? session : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(token: string): Session {
  const session = sessionFromToken(token);
  localStorage.setItem(STORAGE_KEY, token);
  return session;
}

export function clearSession(): void {
  localStorage.removeItem(STORAGE_KEY);
}
