import { getKibanaTranslator } from '../kibana_i18n';
import { toRequestError } from './http_error';
import { editRoleHref, readinessLink } from './readiness_links';
import { getViewMode } from './view_mode';
import { createCapabilities, httpError } from '../test_utils/render';

describe('getViewMode', () => {
  it.each([
    [{ audit: true, readOwn: true }, 'audit'],
    [{ audit: false, readOwn: true }, 'readOwn'],
    [{ audit: false, readOwn: false }, 'forbidden'],
  ])('%j → %s', (caseAccess, mode) => {
    expect(getViewMode(createCapabilities(caseAccess))).toBe(mode);
  });

  it('is forbidden when the feature is not in the capabilities at all', () => {
    expect(getViewMode({ navLinks: {}, management: {}, catalogue: {} })).toBe('forbidden');
  });
});

describe('toRequestError', () => {
  it("reads Kibana's error body and status", () => {
    expect(toRequestError(httpError(403, 'Missing privilege caseAccessAudit'))).toEqual({
      status: 403,
      message: 'Missing privilege caseAccessAudit',
    });
  });

  it('falls back to the error message', () => {
    expect(toRequestError(new TypeError('Failed to fetch'))).toEqual({
      status: undefined,
      message: 'Failed to fetch',
    });
  });
});

describe('readiness links', () => {
  const getUrlForApp = (appId: string, options?: { path?: string }) =>
    `/kbn/s/soc/app/${appId}${options?.path ?? ''}`;
  const ctx = { elasticWebsiteUrl: 'https://www.elastic.co/', getUrlForApp };

  it('sends publicBaseUrl to the settings docs in a new tab', () => {
    expect(readinessLink('public-base-url-missing', ctx)).toMatchObject({
      href: 'https://www.elastic.co/docs/reference/kibana/configuration-reference/general-settings#server-publicBaseUrl',
      external: true,
    });
  });

  it.each([
    ['license-below-platinum', '/kbn/s/soc/app/management/stack/license_management'],
    ['deprecated-feature-privileges', '/kbn/s/soc/app/management/security/roles'],
  ] as const)('sends %s to %s', (id, href) => {
    expect(readinessLink(id, ctx)).toMatchObject({ href, external: false });
  });

  it('has no link for a partial directory', () => {
    expect(readinessLink('partial-directory', ctx)).toBeUndefined();
  });

  it('encodes role names in the role editor link', () => {
    expect(editRoleHref('a/b c', getUrlForApp)).toBe(
      '/kbn/s/soc/app/management/security/roles/edit/a%2Fb%20c'
    );
  });
});

describe('getKibanaTranslator', () => {
  it('is undefined outside Kibana', () => {
    expect(getKibanaTranslator({})).toBeUndefined();
  });

  it("calls Kibana's i18n.translate", () => {
    const translate = jest.fn(() => 'Accès aux dossiers');
    const translator = getKibanaTranslator({
      __kbnSharedDeps__: { KbnI18n: { i18n: { translate } } },
    });
    expect(translator?.('xpack.caseAccess.app.navTitle', { defaultMessage: 'Case access' })).toBe(
      'Accès aux dossiers'
    );
    expect(translate).toHaveBeenCalledWith('xpack.caseAccess.app.navTitle', {
      defaultMessage: 'Case access',
    });
  });
});
