/**
 * Golden files: the exact CSV and the exact report for small directories, reviewed by a person and kept in
 * test/fixtures/golden. Unlike the consistency checks (the route against the engine, the CSV against its own
 * column list), these catch a dropped or swapped column, a changed level or a lost warning, because nothing in the
 * comparison comes from the code under test.
 *
 * After a deliberate change to the model or the output, regenerate them and review the diff before committing:
 *   UPDATE_GOLDEN=1 npx jest common/report/golden
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { createAccessEngine, describeGrant } from '../engine';
import { parseSnapshot, validateSnapshot } from '../snapshot';
import { toCsv } from './csv';
import { reviewCsvHeader, reviewCsvRows } from './review_csv';
import { formatReportTable } from './table';

const REPO_ROOT = path.resolve(__dirname, '../..');
const GOLDEN_DIR = path.join(REPO_ROOT, 'test/fixtures/golden');
const SCENARIOS_DIR = path.join(REPO_ROOT, 'test/fixtures/scenarios');
const DEMO_DIRECTORY = path.join(REPO_ROOT, 'dev/local_host/demo_directory.json');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Compares `actual` with the golden file `name`, or (re)writes the file when UPDATE_GOLDEN=1. */
function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (UPDATE) {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: create it with UPDATE_GOLDEN=1 and review it`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** The columns of the CSV, in order, as a spreadsheet user sees them (written out by hand, not imported). */
const CSV_HEADER =
  'username,full_name,email,enabled,realm,profile,space,solution,level,' +
  'read,create,update,push,delete,settings,createComment,reopenCase,assign,manageTemplates,' +
  'assignable,addAlerts,ruleCaseActions,pushToExternal,manageConnectors,connectors,readAlerts,warnings';

/**
 * The expected values are computed inside each test, never in a `describe` body or `beforeAll`: mutation testing
 * (`npm run test:mutation`) credits code to the test that runs it, and code run while the file loads is credited to
 * none, so a golden test that only compares a value computed earlier would never be run against a mutant.
 */
function demoCsv(): string {
  const engine = createAccessEngine(parseSnapshot(readFileSync(DEMO_DIRECTORY, 'utf8')));
  return toCsv(engine.report().users);
}

describe('the CSV of the demo directory', () => {
  it('starts with the documented header', () => {
    expect(demoCsv().split('\r\n')[0]).toBe(CSV_HEADER);
  });

  it('matches the reviewed golden file, every column and state', () => {
    expectGolden('demo_directory.csv', demoCsv());
  });

  it('matches the reviewed golden reviewer’s CSV and text table', () => {
    const engine = createAccessEngine(parseSnapshot(readFileSync(DEMO_DIRECTORY, 'utf8')));
    const spaces = engine.spaces();
    const names = Object.fromEntries(spaces.map((space) => [space.id, space.name]));
    const report = engine.report();
    const rows = report.users.map((user) =>
      reviewCsvRows(user, { spaceName: (id) => names[id] ?? id })
    );
    expectGolden('demo_directory.review.csv', reviewCsvHeader() + rows.join(''));
    expectGolden('demo_directory.table.txt', formatReportTable(report, names, 100));
  });

  it('shows every level, every connectors state and both answers of each yes/no column', () => {
    const rows = demoCsv()
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((row) => row.split(','));
    const column = (name: string) =>
      new Set(rows.map((cells) => cells[CSV_HEADER.split(',').indexOf(name)]));
    expect(column('level')).toEqual(new Set(['full', 'custom', 'view', 'none']));
    expect(column('connectors')).toEqual(new Set(['all', 'read', 'none']));
    for (const name of ['assignable', 'addAlerts', 'pushToExternal', 'enabled']) {
      expect(column(name)).toEqual(new Set(['true', 'false']));
    }
  });
});

const scenarioFiles = readdirSync(SCENARIOS_DIR).filter((file) => file.endsWith('.json'));

describe.each(scenarioFiles)('the report of scenario %s', (file) => {
  const scenario = JSON.parse(readFileSync(path.join(SCENARIOS_DIR, file), 'utf8')) as {
    snapshot: unknown;
  };
  const engine = () => createAccessEngine(validateSnapshot(scenario.snapshot));

  it('matches the reviewed golden report (readiness and every user in every space)', () => {
    expectGolden(
      file.replace(/\.json$/, '.report.json'),
      `${JSON.stringify(engine().report(), null, 2)}\n`
    );
  });

  it('matches the reviewed golden CSV', () => {
    expectGolden(file.replace(/\.json$/, '.csv'), toCsv(engine().report().users));
  });

  it('matches the reviewed golden reviewer’s CSV (headers, values and space names in words)', () => {
    const access = engine();
    const names = new Map(access.spaces().map((space) => [space.id, space.name]));
    const rows = access
      .report()
      .users.map((user) => reviewCsvRows(user, { spaceName: (id) => names.get(id) ?? id }));
    expectGolden(file.replace(/\.json$/, '.review.csv'), reviewCsvHeader() + rows.join(''));
  });

  it('matches the reviewed golden explanations: what grants each capability and what would grant the rest', () => {
    const access = engine();
    const spaces = access.spaces();
    const spaceName = (id: string) => spaces.find((space) => space.id === id)?.name ?? id;
    const explained = access.report().users.flatMap((user) =>
      spaces.map((space) => {
        const detail = access.explainUser(user.username, space.id, user.realm ?? undefined);
        const cells = detail?.user.spaces[0].solutions;
        return {
          user: user.username,
          space: space.id,
          grantedBy: Object.fromEntries(
            Object.entries(cells ?? {}).map(([solution, cell]) => [
              solution,
              Object.fromEntries(
                Object.entries(cell.grants).map(([key, grants]) => [
                  key,
                  (grants ?? []).map((grant) => describeGrant(access.catalog, grant, spaceName)),
                ])
              ),
            ])
          ),
          missing: detail?.missing,
          readiness: detail?.readiness.map((warning) => warning.id),
        };
      })
    );
    expectGolden(
      file.replace(/\.json$/, '.explain.json'),
      `${JSON.stringify(explained, null, 2)}\n`
    );
  });

  it('matches the reviewed golden table, in a wide and in a narrow terminal', () => {
    const access = engine();
    const names = Object.fromEntries(access.spaces().map((space) => [space.id, space.name]));
    const report = access.report();
    expectGolden(
      file.replace(/\.json$/, '.table.txt'),
      `${formatReportTable(report, names, 120)}\n${formatReportTable(report, names, 60)}`
    );
  });
});
