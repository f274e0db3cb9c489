/** Builds the FtrProviderContext the specs receive: services and page objects for one browser and one host. */
import type { Page } from 'playwright-core';
import type {
  CaseAccessPageObjects,
  CaseAccessServices,
  FtrProviderContext,
} from '../functional/ftr_provider_context';
import { createBrowserService, createTestSubjects } from './browser';
import type { StandInConfig } from './config';
import { createPageObjects } from './page_objects';
import { createRetryService } from './retry';
import { createSecurityService } from './security';
import { createSupertest } from './supertest';

export interface HostUrls {
  url: string;
  esUrl: string;
}

export function createProviderContext(
  config: StandInConfig,
  page: Page,
  host: HostUrls,
  loadTestFile: (file: string) => void
): FtrProviderContext {
  const timeouts = config.get('timeouts');
  const admin = {
    username: config.get('servers.kibana.username'),
    password: config.get('servers.kibana.password'),
  };
  const retry = createRetryService(timeouts);
  const testSubjects = createTestSubjects(page, timeouts);
  const services: CaseAccessServices = {
    retry,
    testSubjects,
    browser: createBrowserService(page),
    security: createSecurityService(host.esUrl, admin),
    supertest: createSupertest(host.url, admin),
    supertestWithoutAuth: createSupertest(host.url),
  };
  const pageObjects: CaseAccessPageObjects = createPageObjects({
    page,
    baseUrl: host.url,
    config,
    testSubjects,
    retry,
  });
  const log = {
    info: (...args: unknown[]) => console.log(...args),
    debug: () => undefined,
    warning: (...args: unknown[]) => console.warn(...args),
    error: (err: string | Error) => console.error(err),
  };

  const lookup = (name: string): unknown => {
    if (name === 'config') return config;
    if (name === 'log') return log;
    if (name in services) return services[name as keyof CaseAccessServices];
    throw new Error(`service '${name}' is not provided by the local runner`);
  };

  // The overloads of getService/hasService cannot be expressed by one implementation signature; the casts below
  // only bridge that, the values come from the typed maps above.
  return {
    hasService: ((name: string) =>
      name === 'config' || name === 'log' || name in services) as FtrProviderContext['hasService'],
    getService: lookup as FtrProviderContext['getService'],
    getPageObject: (name) => pageObjects[name],
    getPageObjects: (names) => {
      const picked: Partial<CaseAccessPageObjects> = {};
      for (const name of names) Object.assign(picked, { [name]: pageObjects[name] });
      return picked as Pick<CaseAccessPageObjects, (typeof names)[number]>;
    },
    loadTestFile,
    updateBaselines: false,
  };
}
