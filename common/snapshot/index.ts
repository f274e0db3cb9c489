export type {
  BuildFlavor,
  DirectorySnapshot,
  LicenseStatus,
  LicenseType,
  SnapshotKibana,
  SnapshotLicense,
  SnapshotPartPending,
  SnapshotProfile,
  SnapshotSpace,
} from './types';
export { SnapshotError, formatPath, parseSnapshot, validateSnapshot } from './parse';
