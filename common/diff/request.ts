/**
 * The simulation request as `/simulate` accepts it, and the size limits of what the panel and the server accept.
 */
import { z } from 'zod';
import { formatPath } from '../snapshot/parse';
import { DiffError } from './diff';
import type { SimulationRequest } from './simulate';

/** Body of `/simulate`: a few names and privileges, never near this; larger bodies are refused unread. */
export const MAX_SIMULATION_BODY_BYTES = 64 * 1024;
/**
 * Largest snapshot file the panel reads: a 10k-user directory with profiles is about 10 MB, so 100 MB leaves
 * room for large ones while keeping the browser tab from parsing a file that is not a snapshot.
 */
export const MAX_SNAPSHOT_FILE_BYTES = 100 * 1024 * 1024;

/** Role names per list, entries of `applications`, names per entry: bounds well above any real role. */
const MAX_NAMES = 100;
const MAX_PRIVILEGES = 200;
/** Elasticsearch caps role and user names at 507 characters (1024 is far above it). */
const name = z.string().min(1).max(1024);
const SPACE_ID = /^[a-z0-9_-]{1,1024}$/;
const space = z
  .string()
  .regex(SPACE_ID, { error: 'expected a space id (lower-case letters, digits, _ and -)' });

const userRequest = z.strictObject({
  space,
  username: name,
  addRoles: z.array(name).max(MAX_NAMES).optional(),
  removeRoles: z.array(name).max(MAX_NAMES).optional(),
});

const roleRequest = z.strictObject({
  space,
  role: name,
  applications: z
    .array(
      z.strictObject({
        application: name,
        privileges: z.array(name).max(MAX_PRIVILEGES),
        resources: z.array(name).min(1).max(MAX_NAMES),
      })
    )
    .max(MAX_NAMES),
});

export const simulationRequestSchema = z.union([userRequest, roleRequest]);

/**
 * Checks a simulation request; throws `DiffError` naming the first bad field. `{ space, username, addRoles?,
 * removeRoles? }` simulates a change of a user's roles; `{ space, role, applications }` new Kibana privileges of a
 * role.
 */
export function parseSimulationRequest(value: unknown): SimulationRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DiffError(
      'expected a JSON object: { space, username, addRoles?, removeRoles? } or { space, role, applications }'
    );
  }
  const isRole = 'role' in value || 'applications' in value;
  const schema = isRole ? roleRequest : userRequest;
  const result = schema.safeParse(value);
  if (!result.success) {
    const [issue] = result.error.issues;
    throw new DiffError(`[${formatPath(issue.path)}]: ${issue.message}`);
  }
  const request: SimulationRequest = result.data;
  if (!isRole) {
    const user = result.data as z.infer<typeof userRequest>;
    if (!user.addRoles?.length && !user.removeRoles?.length) {
      throw new DiffError('[addRoles]: give addRoles or removeRoles, with at least one role');
    }
  }
  return request;
}
