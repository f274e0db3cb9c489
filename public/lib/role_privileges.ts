/**
 * The role form of "Who would this change affect?": Cases (per solution) and Connectors privileges at chosen
 * spaces, turned into the role's new Kibana application privileges. The role's other Kibana privileges (other
 * features, base privileges) are kept, so the simulation changes only what the form shows.
 */
import type { estypes } from '@elastic/elasticsearch';
import { KIBANA_APPLICATION } from '../../common/constants';
import type { Solution } from '../../common/report/types';

export type PrivilegeLevel = 'none' | 'read' | 'all';

/** The Cases V3 feature of each solution (the features Kibana 9.x's role editor shows). */
export const CASES_FEATURE: Record<Solution, string> = {
  management: 'generalCasesV3',
  security: 'securitySolutionCasesV3',
  observability: 'observabilityCasesV3',
};
export const CONNECTORS_FEATURE = 'actions';
/** Sub-feature privileges of the Cases features, as the role editor lists them. */
export const CASES_SUB_PRIVILEGES = [
  'cases_delete',
  'cases_settings',
  'create_comment',
  'case_reopen',
  'cases_assign',
] as const;
export type CasesSubPrivilege = (typeof CASES_SUB_PRIVILEGES)[number];

export interface SolutionPrivilegeForm {
  level: PrivilegeLevel;
  /** With Read or All: sub-feature privileges; all of them with All gives the `all` privilege itself. */
  subPrivileges: CasesSubPrivilege[];
}

export interface RolePrivilegeForm {
  cases: Record<Solution, SolutionPrivilegeForm>;
  connectors: PrivilegeLevel;
  /** Space ids; empty: all spaces (`*`). */
  spaces: string[];
}

const CASES_FEATURE_PATTERN =
  /^feature_(generalCases|securitySolutionCases|observabilityCases)(V\d+)?\./;
const CONNECTORS_PATTERN = /^feature_actions\./;

function casesPrivileges(solution: Solution, form: SolutionPrivilegeForm): string[] {
  if (form.level === 'none') return [];
  const feature = `feature_${CASES_FEATURE[solution]}`;
  const everySub = CASES_SUB_PRIVILEGES.every((sub) => form.subPrivileges.includes(sub));
  if (form.level === 'all' && everySub) return [`${feature}.all`];
  if (form.level === 'read' && form.subPrivileges.length === 0) return [`${feature}.read`];
  return [
    `${feature}.minimal_${form.level}`,
    ...form.subPrivileges.map((sub) => `${feature}.${sub}`),
  ];
}

/** The role's new Kibana applications: its current ones without Cases and Connectors, plus the form's. */
export function roleApplications(
  current: readonly estypes.SecurityApplicationPrivileges[],
  form: RolePrivilegeForm
): estypes.SecurityApplicationPrivileges[] {
  const kept = current
    .filter((entry) => entry.application === KIBANA_APPLICATION)
    .map((entry) => ({
      ...entry,
      privileges: entry.privileges.filter(
        (name) => !CASES_FEATURE_PATTERN.test(name) && !CONNECTORS_PATTERN.test(name)
      ),
    }))
    .filter((entry) => entry.privileges.length > 0);
  const privileges = [
    ...(Object.keys(form.cases) as Solution[]).flatMap((solution) =>
      casesPrivileges(solution, form.cases[solution])
    ),
    ...(form.connectors === 'none' ? [] : [`feature_${CONNECTORS_FEATURE}.${form.connectors}`]),
  ];
  if (privileges.length === 0) return kept;
  const resources = form.spaces.length === 0 ? ['*'] : form.spaces.map((id) => `space:${id}`);
  return [...kept, { application: KIBANA_APPLICATION, privileges, resources }];
}

export const EMPTY_ROLE_FORM: RolePrivilegeForm = {
  cases: {
    management: { level: 'none', subPrivileges: [] },
    security: { level: 'none', subPrivileges: [] },
    observability: { level: 'none', subPrivileges: [] },
  },
  connectors: 'none',
  spaces: [],
};
