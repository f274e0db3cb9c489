/**
 * Kibana's UI capabilities for a user at a space: every feature's capabilities start false, the security
 * plugin's switcher turns on those whose `ui:` actions the user holds at `space:<id>` (one `_has_privileges` call),
 * and the spaces switcher turns off features disabled in the space.
 */
import type { KibanaRequest } from '@kbn/core/server';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import type { Capabilities } from '@kbn/core/public';
import type { CheckPrivilegesWithRequest, Actions } from '@kbn/security-plugin/server';

interface CapabilityRef {
  action: string;
  set(capabilities: Capabilities, value: boolean): void;
  featureIds: string[];
}

function collectRefs(
  features: readonly KibanaFeatureConfig[],
  actions: Actions
): Map<string, CapabilityRef> {
  const refs = new Map<string, CapabilityRef>();
  const add = (action: string, featureId: string, set: CapabilityRef['set']) => {
    const existing = refs.get(action);
    if (existing) existing.featureIds.push(featureId);
    else refs.set(action, { action, set, featureIds: [featureId] });
  };
  for (const feature of features) {
    const privileges = [
      ...(feature.privileges ? [feature.privileges.all, feature.privileges.read] : []),
      ...(feature.subFeatures ?? []).flatMap((s) => s.privilegeGroups.flatMap((g) => g.privileges)),
    ];
    for (const privilege of privileges) {
      for (const ui of privilege.ui) {
        add(actions.ui.get(feature.id, ui), feature.id, (c, v) => {
          (c[feature.id] as Record<string, boolean>)[ui] = v;
        });
      }
      for (const app of privilege.app ?? []) {
        add(actions.ui.get('navLinks', app), feature.id, (c, v) => {
          c.navLinks[app] = v;
        });
      }
      for (const id of privilege.catalogue ?? []) {
        add(actions.ui.get('catalogue', id), feature.id, (c, v) => {
          c.catalogue[id] = v;
        });
      }
      for (const [section, apps] of Object.entries(privilege.management ?? {})) {
        for (const app of apps) {
          add(actions.ui.get('management', section, app), feature.id, (c, v) => {
            c.management[section] = { ...(c.management[section] ?? {}), [app]: v };
          });
        }
      }
    }
  }
  return refs;
}

export interface CapabilitiesOptions {
  features: readonly KibanaFeatureConfig[];
  actions: Actions;
  checkPrivilegesWithRequest: CheckPrivilegesWithRequest;
  request: KibanaRequest;
  spaceId: string;
  disabledFeatures: readonly string[];
}

export async function resolveCapabilities({
  features,
  actions,
  checkPrivilegesWithRequest,
  request,
  spaceId,
  disabledFeatures,
}: CapabilitiesOptions): Promise<Capabilities> {
  const capabilities: Capabilities = { navLinks: {}, management: {}, catalogue: {} };
  for (const feature of features) capabilities[feature.id] = {};
  const refs = collectRefs(features, actions);
  for (const ref of refs.values()) ref.set(capabilities, false);
  const response = await checkPrivilegesWithRequest(request).atSpace(spaceId, {
    kibana: [...refs.keys()],
  });
  const disabled = new Set(disabledFeatures);
  for (const { privilege, authorized } of response.privileges.kibana) {
    const ref = refs.get(privilege);
    if (!ref || !authorized) continue;
    if (ref.featureIds.every((id) => disabled.has(id))) continue;
    ref.set(capabilities, true);
  }
  return capabilities;
}
