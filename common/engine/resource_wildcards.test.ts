/**
 * Which spaces a role's application resources reach. Elasticsearch matches application privilege resources as
 * wildcard patterns (`*` any run of characters, `?` one character; Automatons.patterns in
 * x-pack/plugin/core/src/main/java/org/elasticsearch/xpack/core/security/support/Automatons.java), and Kibana names
 * a space's resource `space:<id>` with `*` for every space (`ResourceSerializer.serializeSpaceResource`, in
 * resource_serializer.ts of the security plugin's authorization code).
 */
import { resourceCoversSpace } from './spaces';

describe('resourceCoversSpace', () => {
  it.each([
    ['*', 'default', true],
    ['*', 'team-a', true],
    ['space:*', 'default', true],
    ['space:default', 'default', true],
    ['space:default', 'default2', false],
    ['space:def', 'default', false],
    ['space:default', 'def', false],
    ['space:team-*', 'team-a', true],
    ['space:team-*', 'team-', true],
    ['space:team-*', 'default', false],
    ['space:*-prod', 'eu-prod', true],
    ['space:*-prod', 'eu-prod-2', false],
    ['space:t?am', 'team', true],
    ['space:t?am', 'tam', false],
    ['space:t?am', 'teeam', false],
    ['space:a*b*c', 'axxbyyc', true],
    ['space:a*b*c', 'abcbc', true],
    ['space:a*b*c', 'axxbyy', false],
    ['space:**', 'x', true],
    ['spaces:*', 'default', false],
    ['space*', 'default', true],
    ['', 'default', false],
    ['default', 'default', false],
  ])('resource %p reaches space %p: %p', (resource, space, expected) => {
    expect(resourceCoversSpace(resource, space)).toBe(expected);
  });
});
