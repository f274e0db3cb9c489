import React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { diffDirectories, simulate } from '../../../common/diff';
import { role, snapshot, user } from '../../../common/engine/test_utils/fixtures';
import type { DirectorySnapshot } from '../../../common/snapshot';
import {
  createServices,
  httpError,
  renderWithServices,
  type PostMock,
} from '../../test_utils/render';
import { AccessReviewActions } from './access_review_actions';
import { ChangesTable } from './changes_table';
import { SimulateUserChange } from './simulate_user_change';

const userEvent = userEventLib.setup({ pointerEventsCheck: 0 });
// EuiComboBox measures its input on a canvas, which jsdom does not draw.
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
  value: () => ({ font: '', measureText: () => ({ width: 0 }) }),
});
jest.setTimeout(30000);

const SPACES = [
  { id: 'default', name: 'Default', disabledFeatures: [] },
  { id: 'soc', name: 'SOC', disabledFeatures: [] },
];

function directory(danaRoles: string[]): DirectorySnapshot {
  return snapshot({
    spaces: SPACES,
    users: [user('alice', ['viewer']), user('dana', danaRoles)],
    roles: {
      viewer: role(['feature_securitySolutionCasesV3.read'], ['space:soc']),
      soc_analyst: role(
        [
          'feature_securitySolutionCasesV3.minimal_all',
          'feature_securitySolutionCasesV3.cases_delete',
        ],
        ['space:soc']
      ),
    },
  });
}
const september = { ...directory([]), takenAt: '2026-09-01T10:00:00.000Z' };
const today = { ...directory(['soc_analyst']), takenAt: '2026-12-07T10:00:00.000Z' };

function snapshotFile(value: unknown, name = 'case-access-snapshot-2026-09-01.json') {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const file = new File([text], name, { type: 'application/json' });
  // jsdom's File has no text(); the browser's does.
  Object.defineProperty(file, 'text', { value: async () => text });
  return file;
}

let saved: Array<{ blob: Blob; name: string }>;
jest.mock('../../lib/download', () => ({
  ...jest.requireActual('../../lib/download'),
  downloadBlob: (blob: Blob, name: string) => saved.push({ blob, name }),
}));
beforeEach(() => {
  saved = [];
});

const blobText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string); // readAsText gives a string
    reader.readAsText(blob);
  });

/** Opens the header's "Access review" menu and picks one of its actions. */
async function chooseFromMenu(testSubj: string) {
  await userEvent.click(screen.getByTestId('caseAccessReviewMenu'));
  await userEvent.click(await screen.findByTestId(testSubj));
}

describe('Access review menu', () => {
  it('holds the three actions behind one button, and closes once one is chosen', async () => {
    const { services } = createServices({ get: jest.fn().mockResolvedValue(today) });
    renderWithServices(<AccessReviewActions space="soc" spaces={SPACES} />, services);
    const menu = screen.getByTestId('caseAccessReviewMenu');
    expect(menu).toHaveTextContent('Access review');
    expect(screen.queryByTestId('caseAccessCompareSnapshot')).not.toBeInTheDocument();
    await userEvent.click(menu);
    expect(await screen.findByTestId('caseAccessDownloadSnapshot')).toHaveTextContent(
      'Download snapshot'
    );
    expect(screen.getByTestId('caseAccessCompareSnapshot')).toHaveTextContent(
      'Compare with a snapshot'
    );
    expect(screen.getByTestId('caseAccessRoleImpact')).toHaveTextContent(
      'Who would a role change affect?'
    );
    await userEvent.click(screen.getByTestId('caseAccessCompareSnapshot'));
    expect(await screen.findByTestId('caseAccessCompareFlyout')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByTestId('caseAccessDownloadSnapshot')).not.toBeInTheDocument()
    );
  });
});

describe('Download snapshot', () => {
  it('saves the directory as case-access-snapshot-<date>.json', async () => {
    const get = jest.fn().mockResolvedValue(today);
    const { services } = createServices({ get });
    renderWithServices(<AccessReviewActions space="soc" spaces={SPACES} />, services);
    await chooseFromMenu('caseAccessDownloadSnapshot');
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(get).toHaveBeenCalledWith(
      '/internal/case_access/snapshot',
      expect.objectContaining({ version: '1' })
    );
    expect(saved[0].name).toBe('case-access-snapshot-2026-12-07.json');
    expect(JSON.parse(await blobText(saved[0].blob)).users.dana.roles).toEqual(['soc_analyst']);
  });

  it('says why in a toast when the server refuses', async () => {
    const get = jest.fn().mockRejectedValue(httpError(403, 'you need read_security'));
    const { services, addDanger } = createServices({ get });
    renderWithServices(<AccessReviewActions space="soc" spaces={SPACES} />, services);
    await chooseFromMenu('caseAccessDownloadSnapshot');
    await waitFor(() =>
      expect(addDanger).toHaveBeenCalledWith({
        title: 'Could not download the snapshot',
        text: 'you need read_security',
      })
    );
  });
});

describe('Compare with a snapshot', () => {
  async function pick(file: File) {
    const get = jest.fn().mockResolvedValue(today);
    const { services } = createServices({ get });
    renderWithServices(<AccessReviewActions space="soc" spaces={SPACES} />, services);
    await chooseFromMenu('caseAccessCompareSnapshot');
    fireEvent.change(screen.getByTestId('caseAccessCompareFile'), { target: { files: [file] } });
    return get;
  }

  it('lists the changes since the snapshot, each with its cause', async () => {
    await pick(snapshotFile(september));
    expect(await screen.findByTestId('caseAccessChanges')).toBeInTheDocument();
    expect(screen.getByTestId('caseAccessChangesTitle').textContent).toMatch(/^Changes since /);
    const row = screen.getByTestId('caseAccessChange-dana-soc-security-delete');
    expect(row).toHaveTextContent('No → Yes');
    expect(row).toHaveTextContent('role soc_analyst added to the user');
    expect(screen.queryByTestId(/caseAccessChange-alice/)).toBeNull();
  });

  it('shows only lost access when asked, and exports what is shown as CSV', async () => {
    await pick(snapshotFile(september));
    await screen.findByTestId('caseAccessChanges');
    await userEvent.click(
      within(screen.getByTestId('caseAccessChangesDirection')).getByText('Lost')
    );
    expect(screen.queryByTestId('caseAccessChange-dana-soc-security-delete')).toBeNull();
    await userEvent.click(
      within(screen.getByTestId('caseAccessChangesDirection')).getByText('Gained')
    );
    fireEvent.change(screen.getByTestId('caseAccessChangesSubject'), {
      target: { value: 'delete' },
    });
    expect(screen.getAllByTestId(/^caseAccessChange-/)).toHaveLength(1);
    await userEvent.click(screen.getByTestId('caseAccessChangesExportCsv'));
    const csv = await blobText(saved[0].blob);
    expect(csv.split('\r\n').filter(Boolean)).toEqual([
      'username,space,solution,subject,before,after,direction,causes',
      'dana,soc,security,delete,false,true,gained,role soc_analyst added to the user',
    ]);
    expect(saved[0].name).toBe('case-access-changes-2026-09-01.csv');
  });

  it.each([
    ['{"kibana": ', 'not valid JSON'],
    ['{"kibana": {"version": 1}}', 'is not a valid snapshot: kibana.'],
  ])('explains a bad file (%s) and does not read the directory', async (text, message) => {
    const get = await pick(snapshotFile(text, 'bad.json'));
    expect(await screen.findByTestId('caseAccessCompareError')).toHaveTextContent(message);
    expect(screen.getByTestId('caseAccessCompareError')).toHaveTextContent('bad.json');
    expect(get).not.toHaveBeenCalled();
  });

  it('refuses an oversized file', async () => {
    const file = snapshotFile(september, 'huge.json');
    Object.defineProperty(file, 'size', { value: 200 * 1024 * 1024 });
    await pick(file);
    expect(await screen.findByTestId('caseAccessCompareError')).toHaveTextContent(
      'huge.json is larger than 100 MB'
    );
  });
});

describe('ChangesTable', () => {
  it('says when nothing changed', () => {
    const { services } = createServices();
    renderWithServices(
      <ChangesTable diff={diffDirectories(today, today)} csvFilename="x.csv" />,
      services
    );
    expect(screen.getByTestId('caseAccessChangesSummary')).toHaveTextContent(
      'No change in case access.'
    );
  });
});

describe('Simulate a change', () => {
  it("posts the roles to add and shows the access beside today's, differences highlighted", async () => {
    const get = jest.fn().mockResolvedValue(september);
    const post: PostMock = jest.fn(async (_path, options) =>
      simulate(september, JSON.parse(String(options?.body)))
    );
    const { services } = createServices({ get, post });
    renderWithServices(<SimulateUserChange username="dana" space="soc" roles={[]} />, services);
    await userEvent.click(screen.getByText('Simulate a change'));
    const add = within(screen.getByTestId('caseAccessSimulateAddRoles')).getByRole('combobox');
    await userEvent.type(add, 'soc_analyst{enter}');
    await userEvent.click(screen.getByTestId('caseAccessSimulateRun'));
    await screen.findByTestId('caseAccessSimulateResult');
    expect(JSON.parse(String(post.mock.calls[0][1]?.body))).toEqual({
      space: 'soc',
      username: 'dana',
      addRoles: ['soc_analyst'],
      removeRoles: [],
    });
    const deleteRow = screen.getByTestId('caseAccessSimulateRow-security-delete');
    expect(deleteRow).toHaveAttribute('data-changed', 'true');
    const cells = within(deleteRow).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      expect.stringContaining('Delete cases and comments'),
      expect.stringMatching(/^No\W*$/),
      expect.stringMatching(/^Yes Changed\W*$/),
    ]);
    expect(screen.getByTestId('caseAccessSimulateRow-management-read')).toHaveAttribute(
      'data-changed',
      'false'
    );
  });

  it("shows the server's reason when the simulation is refused", async () => {
    const get = jest.fn().mockResolvedValue(september);
    const post: PostMock = jest
      .fn()
      .mockRejectedValue(httpError(400, '[addRoles]: there is no role "x"'));
    const { services } = createServices({ get, post });
    renderWithServices(
      <SimulateUserChange username="dana" space="soc" roles={['viewer']} />,
      services
    );
    await userEvent.click(screen.getByText('Simulate a change'));
    const remove = within(screen.getByTestId('caseAccessSimulateRemoveRoles')).getByRole(
      'combobox'
    );
    await userEvent.type(remove, 'viewer{enter}');
    await userEvent.click(screen.getByTestId('caseAccessSimulateRun'));
    expect(await screen.findByTestId('caseAccessSimulateError')).toHaveTextContent(
      'there is no role "x"'
    );
  });
});

describe('Who would a role change affect?', () => {
  it("sends the role's new privileges and lists the users it would change", async () => {
    const get = jest.fn().mockResolvedValue(september);
    const post: PostMock = jest.fn(async (_path, options) =>
      simulate(september, JSON.parse(String(options?.body)))
    );
    const { services } = createServices({ get, post });
    renderWithServices(<AccessReviewActions space="soc" spaces={SPACES} />, services);
    await chooseFromMenu('caseAccessRoleImpact');
    const rolePicker = within(await screen.findByTestId('caseAccessRoleImpactRole')).getByRole(
      'combobox'
    );
    await userEvent.type(rolePicker, 'viewer{enter}');
    await userEvent.click(
      within(screen.getByTestId('caseAccessRoleImpactCases-security')).getByText('All')
    );
    await userEvent.click(screen.getByTestId('caseAccessRoleImpactRun'));
    await screen.findByTestId('caseAccessChanges');
    expect(JSON.parse(String(post.mock.calls[0][1]?.body))).toEqual({
      space: 'soc',
      role: 'viewer',
      applications: [
        {
          application: 'kibana-.kibana',
          privileges: ['feature_securitySolutionCasesV3.all'],
          resources: ['*'],
        },
      ],
    });
    expect(screen.getByTestId('caseAccessRoleImpactHolders')).toHaveTextContent(
      '1 user holds this role.'
    );
    expect(screen.getByTestId('caseAccessChange-alice-soc-security-create')).toHaveTextContent(
      'privilege feature_securitySolutionCasesV3.all at * added to role viewer'
    );
  });
});
