import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('toCsv', () => {
  it('writes a header row and one line per row, CRLF-terminated', () => {
    const csv = toCsv(
      [
        { header: 'name', value: (r: { name: string; n: number | null }) => r.name },
        { header: 'n', value: (r) => r.n },
      ],
      [
        { name: 'Acme', n: 3 },
        { name: 'Bolt', n: null },
      ],
    );
    expect(csv).toBe('name,n\r\nAcme,3\r\nBolt,\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Dupont, fils')).toBe('"Dupont, fils"');
    expect(csvCell('dit "le grand"')).toBe('"dit ""le grand"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@']) {
      expect(csvCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    }
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
  });

  it('leaves negative numbers as numbers', () => {
    expect(csvCell(-1500)).toBe('-1500');
  });
});
