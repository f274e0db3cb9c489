/**
 * The host's pages: `/login` (form → session cookie, profile activation as on Kibana's first login), `/logout`,
 * the app pages (`/app/...`, `/s/<space>/app/...`) that boot the browser core with the user's capabilities, and
 * the scripts they load. Pages redirect unauthenticated visitors to `/login`.
 */
import fs from 'fs';
import path from 'path';
import type { Request, ResponseToolkit } from '@hapi/hapi';

import type { KibanaRequest } from '@kbn/core/server';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import type { Space } from '@kbn/spaces-plugin/server';

import type { KibanaServices } from '../core/kibana_services';
import type { AuthenticationState } from '../http/http_server';
import {
  authenticateWithElasticsearch,
  basicAuthorization,
  readCookie,
  SESSION_COOKIE,
} from '../security/authentication';
import type { SessionStore } from '../security/authentication';
import { INJECTED_METADATA_ID } from '../browser/types';
import type { InjectedMetadata } from '../browser/types';
import type { BrowserAssets } from './browser_assets';
import { resolveCapabilities } from './capabilities';
import { disabledFeaturesOfSpace } from '../../../common/engine/spaces';

export const DEFAULT_APP_PATH = '/app/management/security/caseAccess';
const PUBLIC_FILE = /^[A-Za-z0-9_.-]+\.(js|css|txt|map)$/;

export interface PagesOptions {
  services: KibanaServices;
  sessions: SessionStore;
  assets: BrowserAssets;
  plugin: { id: string; publicDir: string };
  buildFlavor: 'traditional' | 'serverless';
  publicBaseUrl?: string;
  spaces: Space[];
  getFeatures(): readonly KibanaFeatureConfig[];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The URL the browser asked for, with the space prefix the server stripped. */
function originalUrl(request: Request, spaceId: string): string {
  const prefix = spaceId === 'default' ? '' : `/s/${spaceId}`;
  return `${prefix}${request.url.pathname}${request.url.search}`;
}

/** Where a login goes: the `next` it was given (a path on this host), else Kibana's root, `/`. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** The Case access app in a space. */
export function appPathIn(spaceId: string): string {
  return spaceId === 'default' ? DEFAULT_APP_PATH : `/s/${spaceId}${DEFAULT_APP_PATH}`;
}

/** As Kibana's spaces plugin answers an app in a space the caller may not see (403), with the spaces they may. */
function spaceForbiddenPage(space: Space, visible: readonly Space[]): string {
  const links = visible
    .map(
      (candidate) =>
        `<li><a href="${escapeHtml(appPathIn(candidate.id))}" data-test-subj="spaceForbiddenLink-${escapeHtml(candidate.id)}">${escapeHtml(candidate.name)}</a></li>`
    )
    .join('');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Elastic</title></head>
<body><main data-test-subj="spaceForbidden">
<h1>You cannot see the space ${escapeHtml(space.name)}</h1>
<p>None of your roles grants anything in this space, so Kibana refuses its pages (403 Forbidden).</p>
${links ? `<p>Spaces you can see:</p><ul>${links}</ul>` : '<p>You cannot see any space.</p>'}
<p><a href="/logout">Log out</a></p>
</main></body></html>`;
}

function loginPage(next: string, error?: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Elastic</title>
<style>
body{font-family:Inter,system-ui,sans-serif;background:#f7f8fc;display:flex;justify-content:center;padding-top:10vh;margin:0}
form{background:#fff;padding:32px;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.1);width:320px}
h1{font-size:20px;margin:0 0 24px}label{display:block;font-size:12px;font-weight:600;margin:12px 0 4px}
input{width:100%;box-sizing:border-box;padding:8px;border:1px solid #ccd;border-radius:4px;font-size:14px}
button{margin-top:24px;width:100%;padding:10px;border:0;border-radius:4px;background:#0b64dd;color:#fff;font-size:14px;cursor:pointer}
.error{background:#fde8e8;color:#a8271e;padding:8px;border-radius:4px;font-size:13px}
</style></head>
<body><form method="post" action="/login" data-test-subj="loginForm">
<h1>Welcome to Elastic</h1>
${error ? `<div class="error" role="alert" data-test-subj="loginErrorMessage">${escapeHtml(error)}</div>` : ''}
<input type="hidden" name="next" value="${escapeHtml(next)}">
<label for="username">Username</label><input id="username" name="username" autocomplete="username" data-test-subj="loginUsername" autofocus>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" data-test-subj="loginPassword">
<button type="submit" data-test-subj="loginSubmit">Log in</button>
</form></body></html>`;
}

export function registerPages(options: PagesOptions): void {
  const { services, sessions, assets, plugin } = options;
  /** The spaces the caller may see (Kibana's login action there); none when they may see no space at all. */
  const visibleSpaces = async (request: KibanaRequest): Promise<Space[]> => {
    try {
      return await services.spaces.spacesService.createSpacesClient(request).getAll();
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 403) return [];
      throw error;
    }
  };
  const hapi = services.http.hapi;
  const scriptFile = (file: string) => (_request: Request, h: ResponseToolkit) =>
    h
      .response(fs.readFileSync(file))
      .type('application/javascript; charset=utf-8')
      .header('cache-control', 'no-cache');

  hapi.route({
    method: 'GET',
    path: '/bundles/kbn-ui-shared-deps-src/kbn-ui-shared-deps-src.js',
    handler: scriptFile(assets.sharedDeps),
  });
  hapi.route({
    method: 'GET',
    path: '/bundles/core/core.entry.js',
    handler: scriptFile(assets.core),
  });
  hapi.route({
    method: 'GET',
    path: `/bundles/plugin/${plugin.id}/{file}`,
    handler(request, h) {
      const file = String(request.params.file);
      const full = path.join(plugin.publicDir, file);
      if (!PUBLIC_FILE.test(file) || !fs.existsSync(full)) {
        return h.response({ statusCode: 404, error: 'Not Found', message: 'Not Found' }).code(404);
      }
      return h.response(fs.readFileSync(full)).type('application/javascript; charset=utf-8');
    },
  });

  hapi.route({
    method: 'GET',
    path: '/login',
    async handler(request, h) {
      const next = safeNext(request.query.next);
      if (await services.authenticate(request)) return h.redirect(next);
      return h.response(loginPage(next)).type('text/html; charset=utf-8');
    },
  });

  hapi.route({
    method: 'POST',
    path: '/login',
    options: { payload: { parse: true, output: 'data' } },
    async handler(request, h) {
      const payload = (request.payload ?? {}) as Record<string, unknown>;
      const next = safeNext(payload.next);
      const username = typeof payload.username === 'string' ? payload.username.trim() : '';
      const password = typeof payload.password === 'string' ? payload.password : '';
      const authorization = basicAuthorization({ username, password });
      const user = username
        ? await authenticateWithElasticsearch(services.elasticsearch.client.base, authorization)
        : null;
      if (!user) {
        return h
          .response(loginPage(next, 'Username or password is incorrect. Please try again.'))
          .type('text/html; charset=utf-8')
          .code(401);
      }
      // Kibana activates the user's profile at every interactive login; the first one creates it.
      const profile =
        await services.elasticsearch.client.asInternalUser.security.activateUserProfile({
          grant_type: 'password',
          username,
          password,
        });
      const sid = sessions.create({ authorization, profileUid: profile.uid });
      return h
        .redirect(next)
        .header('set-cookie', `${SESSION_COOKIE}=${sid}; HttpOnly; Path=/; SameSite=Lax`);
    },
  });

  const logout = (request: Request, h: ResponseToolkit) => {
    sessions.delete(readCookie(request, SESSION_COOKIE));
    return h
      .redirect('/login?msg=LOGGED_OUT')
      .header('set-cookie', `${SESSION_COOKIE}=; HttpOnly; Path=/; SameSite=Lax; Max-Age=0`);
  };
  hapi.route({ method: 'GET', path: '/logout', handler: logout });
  hapi.route({ method: 'GET', path: '/api/security/logout', handler: logout });

  // Kibana's security plugin answers who the caller is here; tests and scripts use it to check a session.
  services.http
    .createRouter()
    .versioned.get({
      path: '/internal/security/me',
      access: 'internal',
      security: { authz: { enabled: false, reason: 'Returns only the caller’s own identity.' } },
    })
    .addVersion({ version: '1', validate: false }, async (_context, request, response) =>
      response.ok({ body: services.security.authc.getCurrentUser(request) ?? undefined })
    );

  hapi.route({
    method: 'GET',
    path: '/favicon.ico',
    handler: (_request, h) => h.response().code(204),
  });
  // Kibana's root, as its spaces plugin answers it (on_post_auth_interceptor): a user who can see one space goes
  // into it; with several Kibana shows its space selector, which this host does not have: it goes to the default
  // space when the user can see it, else to the first they can. A space's root enters that space.
  hapi.route({
    method: 'GET',
    path: '/',
    async handler(request, h) {
      const spaceId = services.http.getSpaceId(request);
      const auth = await services.authenticate(request);
      if (!auth)
        return h.redirect(`/login?next=${encodeURIComponent(originalUrl(request, spaceId))}`);
      if (spaceId !== 'default') return h.redirect(appPathIn(spaceId));
      const visible = await visibleSpaces(services.http.toKibanaRequest(request, auth));
      const target = visible.length === 1 ? visible[0] : visible.find((s) => s.id === 'default');
      return h.redirect(appPathIn((target ?? visible[0])?.id ?? 'default'));
    },
  });

  hapi.route({
    method: 'GET',
    path: '/app/{path*}',
    async handler(request, h) {
      const spaceId = services.http.getSpaceId(request);
      const auth: AuthenticationState | null = await services.authenticate(request);
      if (!auth)
        return h.redirect(`/login?next=${encodeURIComponent(originalUrl(request, spaceId))}`);
      const space = options.spaces.find((candidate) => candidate.id === spaceId);
      if (!space) {
        return h
          .response(
            `<!DOCTYPE html><p data-test-subj="spaceNotFound">Space "${escapeHtml(spaceId)}" does not exist.</p>`
          )
          .type('text/html; charset=utf-8')
          .code(404);
      }
      const kibanaRequest = services.http.toKibanaRequest(request, auth);
      // As Kibana's spaces plugin: a space where none of the user's roles grants anything is refused.
      const visible = await visibleSpaces(kibanaRequest);
      if (!visible.some((candidate) => candidate.id === spaceId)) {
        return h
          .response(spaceForbiddenPage(space, visible))
          .type('text/html; charset=utf-8')
          .code(403);
      }
      const features = options.getFeatures();
      const capabilities = await resolveCapabilities({
        features,
        actions: services.security.authz.actions,
        checkPrivilegesWithRequest: services.security.authz.checkPrivilegesWithRequest,
        request: kibanaRequest,
        spaceId,
        // As Kibana's capabilities switcher: the space's own list, or what its solution view hides.
        disabledFeatures: [
          ...disabledFeaturesOfSpace(features, space, { buildFlavor: options.buildFlavor }),
        ],
      });
      const metadata: InjectedMetadata = {
        kibanaVersion: services.kibanaVersion,
        buildFlavor: options.buildFlavor,
        basePath: spaceId === 'default' ? '' : `/s/${spaceId}`,
        publicBaseUrl: options.publicBaseUrl,
        space: { id: space.id, name: space.name, disabledFeatures: space.disabledFeatures },
        spaces: options.spaces.map(({ id, name }) => ({ id, name })),
        capabilities,
        user: {
          username: auth.user.username,
          full_name: auth.user.full_name,
          email: auth.user.email,
          roles: [...auth.user.roles],
          enabled: auth.user.enabled,
          profile_uid: auth.user.profile_uid,
        },
        plugins: [{ id: plugin.id, publicPath: `/bundles/plugin/${plugin.id}/` }],
        appPath: request.url.pathname,
      };
      const json = JSON.stringify(metadata).replace(/</g, '\\u003c');
      const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Elastic</title></head>
<body><div id="kibana-body"></div>
<script type="application/json" id="${INJECTED_METADATA_ID}">${json}</script>
<script src="/bundles/kbn-ui-shared-deps-src/kbn-ui-shared-deps-src.js"></script>
<script src="/bundles/core/core.entry.js"></script>
</body></html>`;
      return h.response(html).type('text/html; charset=utf-8');
    },
  });
}
