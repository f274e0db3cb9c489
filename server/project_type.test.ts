import { serverlessProjectType } from './project_type';

describe('serverlessProjectType', () => {
  // The cloud plugin's serverless.projectType is a KibanaSolution (@kbn/projects-solutions-groups):
  // x-pack/platform/plugins/shared/cloud/server/plugin.ts.
  it.each([
    ['oblt', 'observability'],
    ['security', 'security'],
    ['es', 'search'],
  ])('reads the cloud plugin project type %s as %s', (solution, projectType) => {
    expect(serverlessProjectType(solution)).toBe(projectType);
  });

  it('leaves an unknown or missing project type undefined, so no solution is hidden on a guess', () => {
    expect(serverlessProjectType('workplaceai')).toBeUndefined();
    expect(serverlessProjectType('__proto__')).toBeUndefined();
    expect(serverlessProjectType(undefined)).toBeUndefined();
  });
});
