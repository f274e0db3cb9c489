import { role, snapshot, user } from '../../common/engine/test_utils/fixtures';
import { MAX_SNAPSHOT_FILE_BYTES } from '../../common/diff';
import { filterChanges, subjectsOf } from './changes_filter';
import { snapshotFilename } from './access_review_api';
import { roleApplications, EMPTY_ROLE_FORM, CASES_SUB_PRIVILEGES } from './role_privileges';
import { readSnapshotFile } from './snapshot_file';
import type { AccessChange } from '../../common/diff';

const fileOf = (name: string, text: string, size = text.length) => ({
  name,
  size,
  text: async () => text,
});

describe('readSnapshotFile', () => {
  it('reads a snapshot with the CLI parser', async () => {
    const text = JSON.stringify({
      ...snapshot({ users: [user('a', [])] }),
      takenAt: '2026-09-01T00:00:00Z',
    });
    const parsed = await readSnapshotFile(fileOf('s.json', text));
    expect(parsed.takenAt).toBe('2026-09-01T00:00:00Z');
    expect(Object.keys(parsed.users)).toEqual(['a']);
  });

  it.each([
    ['{"kibana":', /q\.json is not a valid snapshot: snapshot: not valid JSON/],
    ['{"kibana":{"spaces":3}}', /q\.json is not a valid snapshot: kibana\./],
  ])('names what is wrong with %s', async (text, message) => {
    await expect(readSnapshotFile(fileOf('q.json', text))).rejects.toThrow(message);
  });

  it('refuses a file over the limit without reading it', async () => {
    const text = jest.fn();
    await expect(
      readSnapshotFile({ name: 'big.json', size: MAX_SNAPSHOT_FILE_BYTES + 1, text })
    ).rejects.toThrow('big.json is larger than 100 MB');
    expect(text).not.toHaveBeenCalled();
  });
});

describe('roleApplications', () => {
  const current = role(
    ['feature_discover.all', 'feature_generalCasesV2.all', 'feature_actions.read'],
    ['space:a']
  ).applications;

  it("keeps the role's other privileges and puts the form's at the chosen spaces", () => {
    const form = {
      ...EMPTY_ROLE_FORM,
      cases: {
        ...EMPTY_ROLE_FORM.cases,
        security: { level: 'all' as const, subPrivileges: [...CASES_SUB_PRIVILEGES] },
        management: { level: 'read' as const, subPrivileges: ['create_comment' as const] },
      },
      connectors: 'read' as const,
      spaces: ['soc', 'ops'],
    };
    expect(roleApplications(current, form)).toEqual([
      {
        application: 'kibana-.kibana',
        privileges: ['feature_discover.all'],
        resources: ['space:a'],
      },
      {
        application: 'kibana-.kibana',
        privileges: [
          'feature_generalCasesV3.minimal_read',
          'feature_generalCasesV3.create_comment',
          'feature_securitySolutionCasesV3.all',
          'feature_actions.read',
        ],
        resources: ['space:soc', 'space:ops'],
      },
    ]);
  });

  it('uses minimal_all with the chosen sub-features, and * for all spaces', () => {
    const form = {
      ...EMPTY_ROLE_FORM,
      cases: {
        ...EMPTY_ROLE_FORM.cases,
        observability: { level: 'all' as const, subPrivileges: ['cases_delete' as const] },
      },
    };
    expect(roleApplications([], form)).toEqual([
      {
        application: 'kibana-.kibana',
        privileges: [
          'feature_observabilityCasesV3.minimal_all',
          'feature_observabilityCasesV3.cases_delete',
        ],
        resources: ['*'],
      },
    ]);
  });
});

describe('changes filter and file name', () => {
  const change = (
    subject: AccessChange['subject'],
    direction: AccessChange['direction']
  ): AccessChange => ({
    username: 'u',
    space: 's',
    solution: 'security',
    subject,
    before: direction === 'lost',
    after: direction === 'gained',
    direction,
    causes: [],
  });
  const changes = [change('delete', 'gained'), change('read', 'lost'), change('delete', 'lost')];

  it('filters by direction and capability', () => {
    expect(filterChanges(changes, { direction: 'lost' })).toEqual([changes[1], changes[2]]);
    expect(filterChanges(changes, { direction: 'lost', subject: 'delete' })).toEqual([changes[2]]);
    expect(subjectsOf(changes)).toEqual(['delete', 'read']);
  });

  it('names the snapshot file after the date it was taken', () => {
    expect(snapshotFilename('2026-12-07T17:00:00.000Z')).toBe(
      'case-access-snapshot-2026-12-07.json'
    );
  });
});
