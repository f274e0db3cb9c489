import type { ApplicationStart } from '@kbn/core/public';
import type { WarningId } from '../../common/report/types';
import { readinessLinkTexts } from '../warning_texts';

export interface ReadinessLink {
  href: string;
  label: string;
  /** Docs open in a new tab; Kibana pages in the same one. */
  external: boolean;
}

export interface ReadinessLinkContext {
  /** `docLinks.ELASTIC_WEBSITE_URL`, e.g. `https://www.elastic.co/`. */
  elasticWebsiteUrl: string;
  /** `application.getUrlForApp`: Kibana's URL of an app page, base path and space included. */
  getUrlForApp: ApplicationStart['getUrlForApp'];
}

const MANAGEMENT_APP = 'management';
const ROLES_PATH = '/security/roles';
const LICENSE_PATH = '/stack/license_management';

/** Where an administrator fixes a warning: a docs page or a Kibana management page. */
export function readinessLink(id: WarningId, ctx: ReadinessLinkContext): ReadinessLink | undefined {
  const docs = (path: string): ReadinessLink => ({
    href: `${ctx.elasticWebsiteUrl.replace(/\/?$/, '/')}docs/${path}`,
    label: readinessLinkTexts.docs(),
    external: true,
  });
  switch (id) {
    case 'public-base-url-missing':
      return docs('reference/kibana/configuration-reference/general-settings#server-publicBaseUrl');
    case 'email-service-unavailable':
      return docs('reference/kibana/connectors-kibana/pre-configured-connectors');
    case 'license-below-platinum':
    case 'license-below-gold':
    case 'license-expired':
      return {
        href: ctx.getUrlForApp(MANAGEMENT_APP, { path: LICENSE_PATH }),
        label: readinessLinkTexts.license(),
        external: false,
      };
    case 'deprecated-feature-privileges':
    case 'unknown-privileges':
    case 'missing-role':
      return {
        href: ctx.getUrlForApp(MANAGEMENT_APP, { path: ROLES_PATH }),
        label: readinessLinkTexts.roles(),
        external: false,
      };
    default:
      return undefined;
  }
}

/** The role editor page of one role (role names may hold any character, so they are encoded). */
export function editRoleHref(role: string, getUrlForApp: ApplicationStart['getUrlForApp']): string {
  return getUrlForApp(MANAGEMENT_APP, { path: `${ROLES_PATH}/edit/${encodeURIComponent(role)}` });
}

/** Elastic's "Configure access to cases". */
export function setupCasesDocHref(elasticWebsiteUrl: string): string {
  return `${elasticWebsiteUrl.replace(/\/?$/, '/')}docs/explore-analyze/alerts-cases/cases/setup-cases`;
}
