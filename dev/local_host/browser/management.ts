/** The management plugin's section registry: apps registered by plugins, shown where capabilities allow. */
import type { Capabilities } from '@kbn/core/public';
import type {
  ManagementApp,
  ManagementSection,
  ManagementSetup,
  RegisterManagementAppArgs,
} from '@kbn/management-plugin/public';

export const SECTION_IDS = [
  'ingest',
  'data',
  'insightsAndAlerting',
  'security',
  'kibana',
  'stack',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];
export const SECTION_TITLES: Record<SectionId, string> = {
  ingest: 'Ingest',
  data: 'Data',
  insightsAndAlerting: 'Alerts and Insights',
  security: 'Security',
  kibana: 'Kibana',
  stack: 'Stack',
};

export interface RegisteredApp extends RegisterManagementAppArgs {
  section: SectionId;
  enabled: boolean;
}

export function createManagement() {
  const apps: RegisteredApp[] = [];
  const section = (id: SectionId): ManagementSection => ({
    id,
    registerApp(args) {
      const app: RegisteredApp = { ...args, section: id, enabled: true };
      apps.push(app);
      const handle: ManagementApp = {
        id: args.id,
        enable: () => {
          app.enabled = true;
        },
        disable: () => {
          app.enabled = false;
        },
      };
      return handle;
    },
  });
  const setup: ManagementSetup = {
    sections: {
      section: Object.fromEntries(
        SECTION_IDS.map((id) => [id, section(id)])
      ) as ManagementSetup['sections']['section'],
    },
  };
  return {
    setup,
    /** Apps the user may open: enabled, and not switched off by `capabilities.management[section][id]`. */
    visibleApps(capabilities: Capabilities): RegisteredApp[] {
      return apps
        .filter((app) => app.enabled && capabilities.management?.[app.section]?.[app.id] !== false)
        .sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
    },
  };
}
