import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AuthConfig } from '../config';

type OidcConfig = Extract<AuthConfig, { mode: 'oidc' }>;

let manager: UserManager | undefined;

/** Authorization code flow with PKCE (oidc-client-ts does PKCE by default for public clients). */
function userManager(config: OidcConfig): UserManager {
  manager ??= new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    post_logout_redirect_uri: config.postLogoutRedirectUri,
    scope: config.scope,
    response_type: 'code',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
  return manager;
}

/** Sends the browser to the district's sign-in page; `next` is where to come back to afterwards. */
export async function signInRedirect(config: OidcConfig, next: string): Promise<void> {
  await userManager(config).signinRedirect({ state: { next } });
}

/** Finishes the code flow on the callback page: the token the API takes, and where the user was going. */
export async function completeSignIn(config: OidcConfig): Promise<{ token: string; next: string }> {
  const user = await userManager(config).signinRedirectCallback();
  const token = config.apiToken === 'access' ? user.access_token : (user.id_token ?? user.access_token);
  const state = user.state as { next?: string } | undefined;
  return { token, next: state?.next ?? '/' };
}

export async function signOutRedirect(config: OidcConfig): Promise<void> {
  await userManager(config).signoutRedirect();
}
