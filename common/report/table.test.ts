import { createAccessEngine } from '../engine';
import { role, snapshot, user } from '../engine/test_utils/fixtures';
import { formatReportTable } from './table';

describe('formatReportTable', () => {
  it('shows readiness, then each space with levels in words', () => {
    const input = snapshot({
      license: { type: 'gold', status: 'active' },
      users: [user('ann', ['r']), user('bob', [])],
      roles: { r: role(['feature_generalCasesV3.all', 'feature_actions.read']) },
    });
    const text = formatReportTable(createAccessEngine(input).report(), { default: 'Default' });
    expect(text).toContain('[warning] license-below-platinum:');
    expect(text).toContain('Space Default (default)');
    const ann = text.split('\n').find((line) => line.startsWith('ann'));
    expect(ann?.split(/\s{2,}/)).toEqual([
      'ann',
      'Full',
      'None',
      'None',
      'No',
      'Read',
      'comment-without-alerts',
    ]);
    expect(text.split('\n').find((line) => line.startsWith('bob'))).toMatch(
      /^bob\s+None\s+None\s+None\s+No\s+None$/
    );
  });
});
