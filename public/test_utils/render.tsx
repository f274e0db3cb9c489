/** Renders panel components the way Kibana does: inside EuiProvider, with the services context. */
import React from 'react';
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { EuiProvider } from '@elastic/eui';
import type { Capabilities } from '@kbn/core/public';
import { CaseAccessServicesProvider } from '../services';
import type { CaseAccessServices } from '../services';

export type GetMock = jest.Mock<Promise<unknown>, [string, { query?: Record<string, unknown> }?]>;

/** An http error as Kibana's fetch service throws it. */
export function httpError(status: number, message: string): Error {
  return Object.assign(new Error(message), {
    response: { status },
    body: { statusCode: status, error: 'Error', message },
  });
}

export function createCapabilities(caseAccess: Record<string, boolean>): Capabilities {
  return { navLinks: {}, management: {}, catalogue: {}, caseAccess };
}

export type PostMock = jest.Mock<Promise<unknown>, [string, { body?: unknown }?]>;

export function createServices(
  overrides: Partial<CaseAccessServices> & { get?: GetMock; post?: PostMock } = {}
) {
  const get: GetMock = overrides.get ?? jest.fn();
  const addDanger = jest.fn();
  const services: CaseAccessServices = {
    http: {
      get: get as unknown as CaseAccessServices['http']['get'],
      post: (overrides.post ?? jest.fn()) as unknown as CaseAccessServices['http']['post'],
    },
    notifications: {
      toasts: { addSuccess: jest.fn(), addWarning: jest.fn(), addDanger, addError: jest.fn() },
    },
    capabilities: createCapabilities({ audit: true, readOwn: true }),
    docLinks: { ELASTIC_WEBSITE_URL: 'https://www.elastic.co/', DOC_LINK_VERSION: 'current' },
    basePath: { prepend: (path: string) => `/base${path}` },
    application: {
      getUrlForApp: (appId: string, options?: { path?: string }) =>
        `/base/app/${appId}${options?.path ?? ''}`,
      navigateToUrl: jest.fn(async () => undefined),
    },
    ...overrides,
  };
  return { services, get, addDanger };
}

export function renderWithServices(
  ui: ReactElement,
  services: CaseAccessServices,
  colorMode: 'light' | 'dark' = 'light'
) {
  return render(
    <EuiProvider colorMode={colorMode}>
      <CaseAccessServicesProvider services={services}>{ui}</CaseAccessServicesProvider>
    </EuiProvider>
  );
}
