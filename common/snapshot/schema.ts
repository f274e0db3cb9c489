/**
 * The shape a directory snapshot must have, as zod schemas. Unknown keys are kept (Elasticsearch adds fields over
 * time); fields the engine does not need and Elasticsearch always sends get defaults so hand-written snapshots
 * stay short.
 */
import { z } from 'zod';

const LICENSE_TYPES = ['basic', 'standard', 'gold', 'platinum', 'enterprise', 'trial'] as const;
const SOLUTION_VIEWS = ['es', 'oblt', 'security', 'classic'] as const;

const strings = () => z.array(z.string(), { error: 'expected an array of strings' });
const record = () => z.record(z.string(), z.unknown(), { error: 'expected an object' });

const privilegesSchema = z.looseObject({
  savedObject: z.looseObject({ all: strings(), read: strings() }),
  ui: strings(),
});

/** Feature definitions are checked as far as the engine reads them; the rest is kept as given. */
const featureSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  category: z.looseObject({ id: z.string(), label: z.string() }),
  app: strings(),
  privileges: z.union(
    [z.null(), z.looseObject({ all: privilegesSchema, read: privilegesSchema })],
    {
      error: 'expected null or an object with `all` and `read` privileges',
    }
  ),
  subFeatures: z
    .array(
      z.looseObject({
        name: z.string(),
        privilegeGroups: z.array(
          z.looseObject({
            groupType: z.enum(['mutually_exclusive', 'independent']),
            privileges: z.array(
              privilegesSchema.extend({
                id: z.string(),
                name: z.string(),
                includeIn: z.enum(['all', 'read', 'none']),
              })
            ),
          })
        ),
      })
    )
    .optional(),
});

const spaceSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  disabledFeatures: strings().default([]),
  solution: z.enum(SOLUTION_VIEWS).optional(),
});

const kibanaSchema = z.looseObject({
  version: z.string(),
  buildFlavor: z.enum(['traditional', 'serverless']),
  publicBaseUrl: z.string().nullable(),
  emailServiceAvailable: z.boolean(),
  spaces: z.array(spaceSchema).min(1, { error: 'expected at least one space' }),
  features: z.array(featureSchema).optional(),
});

const applicationSchema = z.looseObject({
  application: z.string(),
  privileges: strings(),
  resources: strings(),
});

const roleSchema = z.looseObject({
  cluster: strings().default([]),
  indices: z.array(z.looseObject({})).default([]),
  applications: z.array(applicationSchema, {
    error: 'expected an array of application privileges',
  }),
  run_as: strings().optional(),
  metadata: record().default({}),
  transient_metadata: record().optional(),
});

const userSchema = z.looseObject({
  username: z.string().min(1),
  roles: strings(),
  full_name: z.string().nullish(),
  email: z.string().nullish(),
  metadata: record().default({}),
  enabled: z.boolean().default(true),
  profile_uid: z.string().optional(),
});

const profileSchema = z.looseObject({
  uid: z.string().min(1),
  enabled: z.boolean().optional(),
  last_synchronized: z.number(),
  user: z.looseObject({
    username: z.string().min(1),
    roles: strings().default([]),
    realm_name: z.string(),
    realm_domain: z.string().optional(),
    email: z.string().nullish(),
    full_name: z.string().nullish(),
  }),
  labels: record().default({}),
  data: record().default({}),
});

export const snapshotSchema = z.looseObject({
  kibana: kibanaSchema,
  license: z.looseObject({
    type: z.enum(LICENSE_TYPES),
    status: z.enum(['active', 'expired']),
  }),
  users: z.record(z.string(), userSchema, { error: 'expected an object keyed by username' }),
  roles: z.record(z.string(), roleSchema, { error: 'expected an object keyed by role name' }),
  profiles: z.array(profileSchema).default([]),
  partial: z.array(z.looseObject({ part: z.string(), reason: z.string() })).optional(),
});

/*
 * A lean check of the large parts (users, roles, profiles) for the common case of valid input: the same rules as
 * the schemas above and the same output as zod gives (shape keys in schema order, defaults filled in, other keys
 * kept after them), several times faster. It never reports: on anything unusual or wrong it gives up
 * (`undefined`) and the caller runs the schemas, whose messages name the problem.
 */
type Loose = Record<string, unknown>;

function isPlain(value: unknown): value is Loose {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}

/** Copies the keys the shape does not name, after its own (zod's order); gives up on `__proto__` or undefined. */
function keepOthers(input: Loose, output: Loose, shape: ReadonlySet<string>): boolean {
  for (const key in input) {
    if (shape.has(key)) continue;
    const value = input[key];
    if (key === '__proto__' || value === undefined) return false;
    output[key] = value;
  }
  return true;
}

function leanStrings(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const output: string[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'string') return undefined;
    output[i] = item;
  }
  return output;
}

/** `record()`: a plain object copied key by key. */
function leanRecord(value: unknown): Loose | undefined {
  if (!isPlain(value) || Object.getOwnPropertySymbols(value).length > 0) return undefined;
  const output: Loose = {};
  for (const key in value) {
    if (key === '__proto__' || key === 'constructor') return undefined;
    output[key] = value[key];
  }
  return output;
}

/** `field: x.default(fallback)`: absent gives the fallback; present must pass `check`. */
function withDefault<T>(
  input: Loose,
  key: string,
  check: (value: unknown) => T | undefined,
  fallback: () => T
): T | undefined {
  const value = input[key];
  if (value === undefined) return key in input ? undefined : fallback();
  return check(value);
}

const isString = (value: unknown) => (typeof value === 'string' ? value : undefined);
const isBoolean = (value: unknown) => (typeof value === 'boolean' ? value : undefined);
const isNullishString = (value: unknown) =>
  value === null || typeof value === 'string' ? value : undefined;

/** Optional or nullish fields: copied when present and valid; `false` when present and not valid. */
function copyOptional(
  input: Loose,
  output: Loose,
  key: string,
  check: (value: unknown) => unknown
): boolean {
  if (!(key in input)) return true;
  const value = check(input[key]);
  if (value === undefined) return false;
  output[key] = value;
  return true;
}

const USER_SHAPE = new Set(Object.keys(userSchema.shape));
const ROLE_SHAPE = new Set(Object.keys(roleSchema.shape));
const APPLICATION_SHAPE = new Set(Object.keys(applicationSchema.shape));
const PROFILE_SHAPE = new Set(Object.keys(profileSchema.shape));
const PROFILE_USER_SHAPE = new Set(Object.keys(profileSchema.shape.user.shape));
const NO_SHAPE = new Set<string>();

function leanUser(input: unknown): Loose | undefined {
  if (!isPlain(input)) return undefined;
  const { username } = input;
  const roles = leanStrings(input.roles);
  if (typeof username !== 'string' || username.length === 0 || !roles) return undefined;
  const output: Loose = { username, roles };
  if (!copyOptional(input, output, 'full_name', isNullishString)) return undefined;
  if (!copyOptional(input, output, 'email', isNullishString)) return undefined;
  const metadata = withDefault(input, 'metadata', leanRecord, () => ({}));
  const enabled = withDefault(input, 'enabled', isBoolean, () => true);
  if (!metadata || enabled === undefined) return undefined;
  output.metadata = metadata;
  output.enabled = enabled;
  if (!copyOptional(input, output, 'profile_uid', isString)) return undefined;
  return keepOthers(input, output, USER_SHAPE) ? output : undefined;
}

function leanApplication(input: unknown): Loose | undefined {
  if (!isPlain(input)) return undefined;
  const { application } = input;
  const privileges = leanStrings(input.privileges);
  const resources = leanStrings(input.resources);
  if (typeof application !== 'string' || !privileges || !resources) return undefined;
  const output: Loose = { application, privileges, resources };
  return keepOthers(input, output, APPLICATION_SHAPE) ? output : undefined;
}

function leanArray(value: unknown, item: (input: unknown) => Loose | undefined) {
  if (!Array.isArray(value)) return undefined;
  const output: Loose[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const checked = item(value[i]);
    if (!checked) return undefined;
    output[i] = checked;
  }
  return output;
}

/** `z.looseObject({})`: any plain object, copied. */
function leanAnyObject(input: unknown): Loose | undefined {
  if (!isPlain(input)) return undefined;
  const output: Loose = {};
  return keepOthers(input, output, NO_SHAPE) ? output : undefined;
}

function leanRole(input: unknown): Loose | undefined {
  if (!isPlain(input)) return undefined;
  const cluster = withDefault(input, 'cluster', leanStrings, () => []);
  const indices = withDefault(
    input,
    'indices',
    (v) => leanArray(v, leanAnyObject),
    () => []
  );
  const applications = leanArray(input.applications, leanApplication);
  if (!cluster || !indices || !applications) return undefined;
  const output: Loose = { cluster, indices, applications };
  if (!copyOptional(input, output, 'run_as', leanStrings)) return undefined;
  const metadata = withDefault(input, 'metadata', leanRecord, () => ({}));
  if (!metadata) return undefined;
  output.metadata = metadata;
  if (!copyOptional(input, output, 'transient_metadata', leanRecord)) return undefined;
  return keepOthers(input, output, ROLE_SHAPE) ? output : undefined;
}

function leanProfileUser(input: unknown): Loose | undefined {
  if (!isPlain(input)) return undefined;
  const { username, realm_name: realmName } = input;
  const roles = withDefault(input, 'roles', leanStrings, () => []);
  if (typeof username !== 'string' || username.length === 0 || !roles) return undefined;
  if (typeof realmName !== 'string') return undefined;
  const output: Loose = { username, roles, realm_name: realmName };
  if (!copyOptional(input, output, 'realm_domain', isString)) return undefined;
  if (!copyOptional(input, output, 'email', isNullishString)) return undefined;
  if (!copyOptional(input, output, 'full_name', isNullishString)) return undefined;
  return keepOthers(input, output, PROFILE_USER_SHAPE) ? output : undefined;
}

function leanProfile(input: unknown): Loose | undefined {
  if (!isPlain(input)) return undefined;
  const { uid, last_synchronized: lastSynchronized } = input;
  if (typeof uid !== 'string' || uid.length === 0) return undefined;
  const output: Loose = { uid };
  if (!copyOptional(input, output, 'enabled', isBoolean)) return undefined;
  if (typeof lastSynchronized !== 'number' || !Number.isFinite(lastSynchronized)) return undefined;
  output.last_synchronized = lastSynchronized;
  const user = leanProfileUser(input.user);
  const labels = withDefault(input, 'labels', leanRecord, () => ({}));
  const data = withDefault(input, 'data', leanRecord, () => ({}));
  if (!user || !labels || !data) return undefined;
  output.user = user;
  output.labels = labels;
  output.data = data;
  return keepOthers(input, output, PROFILE_SHAPE) ? output : undefined;
}

function leanRecordOf(value: unknown, item: (input: unknown) => Loose | undefined) {
  const record = leanRecord(value);
  if (!record) return undefined;
  for (const key in record) {
    const checked = item(record[key]);
    if (!checked) return undefined;
    record[key] = checked;
  }
  return record;
}

export interface LeanParts {
  users: Loose;
  roles: Loose;
  profiles: Loose[];
}

/** The users, roles and profiles of a snapshot as the schema would give them, or `undefined` to let it decide. */
export function leanHotParts(snapshot: Loose): LeanParts | undefined {
  const users = leanRecordOf(snapshot.users, leanUser);
  const roles = leanRecordOf(snapshot.roles, leanRole);
  const profiles = withDefault(
    snapshot,
    'profiles',
    (v) => leanArray(v, leanProfile),
    () => []
  );
  return users && roles && profiles ? { users, roles, profiles } : undefined;
}
