import { describe, expect, it } from 'vitest';
import { parseLinksCsv } from './csv';

describe('the mail-merge CSV', () => {
  it('reads its links by the Dutch headers, with quotes, a BOM and formula-safe cells', () => {
    const text = '\uFEFFPersoneelsnummer;Naam;E-mail;Link\r\n1001;"de Vries; Anna";anna@example.org;'
      + 'https://x/antwoorden#abc\r\n1002;\'=Bram;bram@example.org;https://x/antwoorden#def\r\n';
    expect(parseLinksCsv(text)).toEqual([
      { employeeNumber: '1001', name: 'de Vries; Anna', email: 'anna@example.org', link: 'https://x/antwoorden#abc' },
      { employeeNumber: '1002', name: '=Bram', email: 'bram@example.org', link: 'https://x/antwoorden#def' },
    ]);
  });
});
