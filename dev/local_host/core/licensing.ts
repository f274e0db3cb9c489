/** Kibana's licensing start contract over a licence read from Elasticsearch (`GET _license`) or given by a flag. */
import { BehaviorSubject } from 'rxjs';

import type {
  ILicense,
  LicenseStatus,
  LicenseType,
  LicensingPluginStart,
} from '@kbn/licensing-plugin/server';

import { licenseAtLeast } from '../../../common/engine/license';

export { isLicenseType, LICENSE_TYPES } from '../../../common/engine/license';

export function createLicense(type: LicenseType, status: LicenseStatus = 'active'): ILicense {
  const isActive = status === 'active';
  return {
    uid: `local-host-${type}`,
    status,
    isActive,
    isAvailable: true,
    type,
    mode: type,
    signature: `${type}-${status}`,
    hasAtLeast: (minimum) => isActive && licenseAtLeast(type, minimum),
  };
}

export interface HostLicensing extends LicensingPluginStart {
  set(license: ILicense): void;
}

export function createLicensing(initial: ILicense): HostLicensing {
  const subject = new BehaviorSubject(initial);
  return {
    license$: subject.asObservable(),
    getLicense: async () => subject.getValue(),
    set: (license) => subject.next(license),
  };
}
