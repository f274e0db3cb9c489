/** The narrow set of Kibana services the panel uses, handed to components through React context. */
import React, { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type {
  ApplicationStart,
  Capabilities,
  DocLinksStart,
  HttpStart,
  IBasePath,
  NotificationsStart,
  ScopedHistory,
} from '@kbn/core/public';

export interface CaseAccessServices {
  http: Pick<HttpStart, 'get' | 'post'>;
  notifications: NotificationsStart;
  capabilities: Readonly<Capabilities>;
  docLinks: Pick<DocLinksStart, 'ELASTIC_WEBSITE_URL' | 'DOC_LINK_VERSION'>;
  basePath: Pick<IBasePath, 'prepend'>;
  /** Links to other Kibana pages: their URL, and navigation without a page reload. */
  application: Pick<ApplicationStart, 'getUrlForApp' | 'navigateToUrl'>;
  /** `server.publicBaseUrl`, undefined when not configured. */
  publicBaseUrl?: string;
  /** The space the user is in, when the spaces plugin is enabled. */
  getActiveSpaceId?: () => Promise<string>;
  /** The app's history: the panel keeps its space, filters, page and open user in the query string. */
  history?: Pick<ScopedHistory, 'location' | 'replace'>;
}

const ServicesContext = createContext<CaseAccessServices | null>(null);

export function CaseAccessServicesProvider({
  services,
  children,
}: {
  services: CaseAccessServices;
  children: ReactNode;
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): CaseAccessServices {
  const services = useContext(ServicesContext);
  if (!services) {
    throw new Error('Case access components must be rendered inside CaseAccessServicesProvider');
  }
  return services;
}
