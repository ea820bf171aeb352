import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Role, roles } from '@shequ/kit';
import { jwtVerify, SignJWT } from 'jose';

export const DEV_AUDIENCE = 'shequ';

export interface DevClaims {
  sub: string;
  role: Role;
  areas: string[];
  person?: string;
  /** Display name, as Cognito's `name` claim; the console shows it. */
  name?: string;
}

/**
 * The local stand-in for the district's Cognito user pool: signs tokens carrying the same claims
 * (`role`, `areas`, `person`) that handlers read in AWS. The secret lives in the data directory so that
 * `pnpm token` and a running platform agree; an in-memory platform gets a fresh one.
 */
export class DevIssuer {
  readonly issuer: string;
  private readonly secret: Uint8Array;

  constructor(district: string, secret: Uint8Array) {
    this.issuer = `shequ-local-${district}`;
    this.secret = secret;
  }

  static fromFile(district: string, secretFile: string): DevIssuer {
    if (!existsSync(secretFile)) {
      mkdirSync(dirname(secretFile), { recursive: true });
      writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
    }
    return new DevIssuer(district, Buffer.from(readFileSync(secretFile, 'utf8').trim(), 'base64url'));
  }

  static ephemeral(district: string): DevIssuer {
    return new DevIssuer(district, randomBytes(32));
  }

  async sign(claims: DevClaims, expiresIn = '12h'): Promise<string> {
    if (!roles.includes(claims.role)) throw new Error(`unknown role ${claims.role}; one of ${roles.join(', ')}`);
    return new SignJWT({
      role: claims.role,
      areas: claims.areas,
      ...(claims.person ? { person: claims.person } : {}),
      ...(claims.name ? { name: claims.name } : {}),
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuer(this.issuer)
      .setAudience(DEV_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(this.secret);
  }

  /** Verifies as the HTTP API's JWT authorizer would: signature, issuer, audience, expiry. */
  async verify(token: string): Promise<Record<string, unknown>> {
    const { payload } = await jwtVerify(token, this.secret, { issuer: this.issuer, audience: DEV_AUDIENCE });
    return payload as Record<string, unknown>;
  }
}
