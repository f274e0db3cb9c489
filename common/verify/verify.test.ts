import { createAccessEngine } from '../engine';
import { role, snapshot, user } from '../engine/test_utils/fixtures';
import type { DirectorySnapshot } from '../snapshot/types';
import type { ProfilePrivilegeChecker } from './verify';
import { verifySpace } from './verify';

/** Kibana's action strings (x-pack/platform/packages/shared/security/authorization_core/src/actions). */
const actions = {
  cases: { get: (owner: string, operation: string) => `cases:${owner}/${operation}` },
  savedObject: { get: (type: string, operation: string) => `saved_object:${type}/${operation}` },
};

/** A stand-in for Elasticsearch: the actions each profile holds in the space, and uids it fails to check. */
function authority(
  held: Record<string, string[]>,
  failing: Record<string, string> = {}
): ProfilePrivilegeChecker & { calls: Array<{ uids: string[]; actions: string[] }> } {
  const calls: Array<{ uids: string[]; actions: string[] }> = [];
  const check: ProfilePrivilegeChecker = async (uids, wanted) => {
    calls.push({ uids, actions: wanted });
    return {
      granted: uids.filter(
        (uid) => !failing[uid] && wanted.every((action) => held[uid]?.includes(action))
      ),
      errors: Object.fromEntries(
        uids.filter((uid) => failing[uid]).map((uid) => [uid, failing[uid]])
      ),
    };
  };
  return Object.assign(check, { calls });
}

const READ = 'cases:cases/getCase';
const DELETE = 'cases:cases/deleteCase';
/** What `feature_generalCasesV3.minimal_all` holds, as Elasticsearch would answer for the checked actions. */
const WRITE = ['createCase', 'getCase', 'updateCase', 'pushCase'].map((op) => `cases:cases/${op}`);

function directory(): DirectorySnapshot {
  const base = snapshot({
    users: [
      user('alice', ['reader']),
      user('bob', ['reader']),
      user('carol', ['reader']),
      user('dave', ['reader'], { profile_uid: undefined }),
    ],
    roles: {
      reader: role(['feature_generalCasesV3.read']),
      writer: role(['feature_generalCasesV3.minimal_all']),
    },
  });
  // Bob was a writer when he last logged in: his profile still holds that role.
  const profiles = base.profiles.map((profile) =>
    profile.user.username === 'bob'
      ? { ...profile, user: { ...profile.user, roles: ['writer'] } }
      : profile
  );
  return { ...base, profiles };
}

async function verify(check: ProfilePrivilegeChecker, data = directory(), uidsPerCall?: number) {
  return verifySpace({
    snapshot: data,
    engine: createAccessEngine(data),
    space: 'default',
    actions,
    check,
    uidsPerCall,
  });
}

describe('verifySpace', () => {
  it('confirms users whose every cell Elasticsearch agrees with, and counts users without a profile', async () => {
    const result = await verify(
      authority({ uid_alice: [READ], uid_bob: [READ], uid_carol: [READ] })
    );
    expect(result).toEqual({
      space: 'default',
      checked: 3,
      notVerifiable: 1,
      confirmed: 3,
      differences: [],
      errors: [],
    });
  });

  it('explains a difference by the roles stored in the profile (roles changed since the last login)', async () => {
    const result = await verify(
      authority({ uid_alice: [READ], uid_bob: WRITE, uid_carol: [READ] })
    );
    expect(result.differences).toEqual(
      ['create', 'update', 'push'].map((capability) => ({
        username: 'bob',
        solution: 'management',
        capability,
        model: false,
        elasticsearch: true,
        reason: 'roles-changed-since-login',
        actions: [`cases:cases/${capability}Case`],
      }))
    );
    expect(result.confirmed).toBe(2);
  });

  it('calls a difference the profile roles do not explain a model mismatch', async () => {
    // Carol's roles grant deleting cases in a way the model does not see.
    const result = await verify(
      authority({ uid_alice: [READ], uid_bob: WRITE, uid_carol: [READ, DELETE] })
    );
    expect(result.differences).toContainEqual({
      username: 'carol',
      solution: 'management',
      capability: 'delete',
      model: false,
      elasticsearch: true,
      reason: 'model-mismatch',
      actions: [DELETE],
    });
  });

  it('judges assignability from the profile and the licence, as the assignee picker does', async () => {
    const data = directory();
    data.profiles = data.profiles.map((profile) =>
      profile.user.username === 'alice' ? { ...profile, enabled: false } : profile
    );
    const result = await verify(
      authority({ uid_alice: [READ], uid_bob: WRITE, uid_carol: [] }),
      data
    );
    const assignable = result.differences.filter((d) => d.capability === 'assignable');
    // Alice's disabled profile is not offered, and the model agrees; Carol's profile cannot read cases (planted),
    // so Elasticsearch would not offer her while the model, from the same roles, does.
    expect(assignable).toEqual([
      expect.objectContaining({
        username: 'carol',
        solution: 'management',
        model: true,
        elasticsearch: false,
        reason: 'model-mismatch',
      }),
    ]);
  });

  it('reports profiles Elasticsearch could not check as not verifiable, with the reason', async () => {
    const result = await verify(
      authority({ uid_alice: [READ], uid_bob: WRITE }, { uid_carol: 'profile is broken' })
    );
    expect(result.errors).toEqual([{ username: 'carol', reason: 'profile is broken' }]);
    expect(result).toMatchObject({ checked: 2, notVerifiable: 2 });
  });

  it('puts every uid of the space in each check, in batches', async () => {
    const check = authority({ uid_alice: [READ], uid_bob: WRITE, uid_carol: [READ] });
    await verify(check, directory(), 2);
    const perCheck = new Map<string, string[]>();
    for (const call of check.calls) {
      expect(call.uids.length).toBeLessThanOrEqual(2);
      const key = call.actions.join(',');
      perCheck.set(key, [...(perCheck.get(key) ?? []), ...call.uids]);
    }
    for (const uids of perCheck.values()) {
      expect(uids.sort()).toEqual(['uid_alice', 'uid_bob', 'uid_carol']);
    }
    // One check per case capability of each solution, plus Connectors execute and manage.
    expect(perCheck.has('saved_object:action/get,saved_object:action_task_params/create')).toBe(
      true
    );
    expect(perCheck.has('cases:securitySolution/assignCase')).toBe(true);
  });
});
