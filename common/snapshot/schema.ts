/**
 * The shape a directory snapshot must have, as zod schemas. Unknown keys are kept (Elasticsearch adds fields over
 * time); fields the engine does not need and Elasticsearch always sends get defaults so hand-written snapshots
 * stay short.
 */
import { z } from 'zod';
import { LICENSE_TYPES } from '../engine/license';

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
  projectType: z.enum(['observability', 'security', 'search']).optional(),
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

export const roleSchema = z.looseObject({
  cluster: strings().default([]),
  indices: z.array(z.looseObject({})).default([]),
  applications: z.array(applicationSchema, {
    error: 'expected an array of application privileges',
  }),
  run_as: strings().optional(),
  metadata: record().default({}),
  transient_metadata: record().optional(),
});

export const userSchema = z.looseObject({
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
  // Entries are checked one by one by the parser (`userSchema`, `roleSchema`) into null-prototype objects: a
  // record schema rebuilds the object with plain assignment, which drops a user or role named `__proto__`.
  users: z.record(z.string(), z.unknown(), { error: 'expected an object keyed by username' }),
  roles: z.record(z.string(), z.unknown(), { error: 'expected an object keyed by role name' }),
  profiles: z.array(profileSchema).default([]),
  partial: z.array(z.looseObject({ part: z.string(), reason: z.string() })).optional(),
  takenAt: z.iso.datetime({ offset: true, error: 'expected an ISO 8601 date and time' }).optional(),
});
