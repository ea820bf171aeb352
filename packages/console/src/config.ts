/**
 * What the console learns at run time from `/config.json`, next to index.html: the local platform answers
 * it itself (sign-in through the dev issuer), a district's deployment ships it with the console (OIDC code
 * flow with PKCE against Cognito or the district's own issuer).
 */
export type AuthConfig =
  | { mode: 'local' }
  | {
      mode: 'oidc';
      authority: string;
      clientId: string;
      redirectUri: string;
      postLogoutRedirectUri: string;
      scope: string;
      /** Which token the API's authorizer takes; Cognito puts role and areas in the ID token. */
      apiToken?: 'id' | 'access';
    };

export interface ConsoleConfig {
  auth: AuthConfig;
  district: { code: string; name: string };
}

let loaded: Promise<ConsoleConfig> | undefined;

export function loadConfig(): Promise<ConsoleConfig> {
  loaded ??= fetch('/config.json', { headers: { accept: 'application/json' } }).then(async (response) => {
    if (!response.ok) throw new Error(`无法读取控制台配置（/config.json → ${response.status}）`);
    return (await response.json()) as ConsoleConfig;
  });
  return loaded;
}
