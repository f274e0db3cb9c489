/**
 * Management plugin setup contract, as far as this plugin uses it. Mirrors
 * src/platform/plugins/shared/management/public/types.ts. Type-only.
 */
import type {
  ChromeBreadcrumb,
  CoreTheme,
  ScopedHistory,
  ThemeServiceStart,
} from '@kbn/core/public';
import type { Observable } from 'rxjs';

export interface ManagementAppMountParams {
  basePath: string;
  element: HTMLElement;
  setBreadcrumbs: (crumbs: ChromeBreadcrumb[]) => void;
  history: ScopedHistory;
  theme: ThemeServiceStart;
  /** @deprecated in Kibana: use `theme`. */
  theme$: Observable<CoreTheme>;
}

export type Mount = (params: ManagementAppMountParams) => (() => void) | Promise<() => void>;

export interface RegisterManagementAppArgs {
  id: string;
  title: string;
  mount: Mount;
  order?: number;
  tip?: string;
  euiIconType?: string;
  keywords?: string[];
}

export interface ManagementApp {
  readonly id: string;
  enable(): void;
  disable(): void;
}

export interface ManagementSection {
  readonly id: string;
  registerApp(args: RegisterManagementAppArgs): ManagementApp;
}

export interface ManagementSetup {
  sections: {
    section: {
      ingest: ManagementSection;
      data: ManagementSection;
      insightsAndAlerting: ManagementSection;
      security: ManagementSection;
      kibana: ManagementSection;
      stack: ManagementSection;
    };
  };
}

export type ManagementStart = object;
