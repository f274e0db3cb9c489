/** CSV cells a spreadsheet could run as a formula, however the formula is disguised. */
import { csvCell } from './csv';

describe('csvCell neutralises a formula behind its disguise', () => {
  it.each([
    ['full-width equals', '\uFF1DHYPERLINK("x")'],
    ['full-width plus', '\uFF0B1'],
    ['full-width hyphen-minus', '\uFF0D2'],
    ['full-width commercial at', '\uFF20SUM(A1)'],
    ['small equals', '\uFE66cmd'],
    ['minus sign', '\u22122+3'],
    ['zero-width space before =', '\u200B=cmd'],
    ['byte order mark before +', '\uFEFF+1'],
    ['right-to-left override before @', '\u202E@SUM(A1)'],
    ['bidi isolate before -', '\u2066-1'],
    ['no-break space before =', '\u00A0=1'],
    ['escape before =', '\u001B=1'],
    ['bell before =', '\u0007=1'],
    ['ideographic space before full-width =', '\u3000\uFF1D1'],
  ])('%s', (_, input) => {
    const cell = csvCell(input);
    expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it.each([
    ['a letter first', 'a=b'],
    ['a digit first', '1+2'],
    ['a hyphen inside', 'jean-luc'],
  ])('leaves %s alone', (_, input) => {
    expect(csvCell(input)).toBe(input);
  });
});
