/**
 * Licensing plugin contracts, as far as this plugin uses them: x-pack/platform/plugins/shared/licensing/common/types.ts
 * (ILicense, LicenseType) and server/types.ts (LicensingPluginStart). Type-only.
 */
import type { Observable } from 'rxjs';

export type LicenseType = 'basic' | 'standard' | 'gold' | 'platinum' | 'enterprise' | 'trial';
export type LicenseStatus = 'active' | 'invalid' | 'expired';

export interface ILicense {
  readonly uid?: string;
  readonly status?: LicenseStatus;
  readonly isActive: boolean;
  readonly isAvailable: boolean;
  readonly type?: LicenseType;
  readonly mode?: LicenseType;
  readonly expiryDateInMillis?: number;
  readonly signature: string;
  readonly error?: string;
  hasAtLeast(minimumLicenseRequired: LicenseType): boolean;
}

export interface LicensingPluginStart {
  readonly license$: Observable<ILicense>;
  getLicense(): Promise<ILicense>;
}
