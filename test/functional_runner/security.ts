/**
 * The `security` service: roles and users written to the local host's Elasticsearch security fixture, as Kibana's
 * role and user APIs write them to Elasticsearch.
 */
import type {
  KibanaRoleDescriptor,
  SecurityService,
  UserDescriptor,
} from '@kbn/ftr-common-functional-services';
import { toElasticsearchRole } from './kibana_role';

export function createSecurityService(
  esUrl: string,
  admin: { username: string; password: string }
): SecurityService {
  const authorization = `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`;

  async function es(method: 'PUT' | 'DELETE' | 'POST', path: string, body?: unknown) {
    const response = await fetch(`${esUrl}${path}`, {
      method,
      headers: { authorization, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    }
  }

  const rolePath = (name: string) => `/_security/role/${encodeURIComponent(name)}`;
  const userPath = (name: string) => `/_security/user/${encodeURIComponent(name)}`;

  return {
    role: {
      create: (name: string, role: KibanaRoleDescriptor) =>
        es('PUT', rolePath(name), toElasticsearchRole(name, role)),
      delete: (name: string) => es('DELETE', rolePath(name)),
    },
    user: {
      create: (username: string, user: UserDescriptor) =>
        es('PUT', userPath(username), {
          password: user.password,
          roles: user.roles,
          full_name: user.full_name,
          email: user.email,
        }),
      delete: (username: string) => es('DELETE', userPath(username)),
      disable: (username: string) => es('PUT', `${userPath(username)}/_disable`),
      enable: (username: string) => es('PUT', `${userPath(username)}/_enable`),
    },
  };
}
