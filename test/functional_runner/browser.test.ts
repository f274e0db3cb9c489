import { testSubjSelector } from './browser';

describe('testSubjSelector', () => {
  it.each([
    ['caseAccessRow-alice', '[data-test-subj="caseAccessRow-alice"]'],
    [
      'caseAccessFlyout > caseAccessCapability-security-read',
      '[data-test-subj="caseAccessFlyout"] [data-test-subj="caseAccessCapability-security-read"]',
    ],
    ['~caseAccessRow', '[data-test-subj~="caseAccessRow"]'],
    ['a&b', '[data-test-subj="a"][data-test-subj="b"]'],
    ['say"hi"', '[data-test-subj="say\\"hi\\""]'],
  ])('turns %s into %s', (selector, css) => {
    expect(testSubjSelector(selector)).toBe(css);
  });
});
