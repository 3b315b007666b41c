import { describe, expect, it } from 'vitest';
import { DOMAIN_NAV } from './navigation';
import { isBuilt, UNBUILT_MODULES } from '@/lib/modules';

describe('unbuilt modules', () => {
  it('are hidden from the main menu, and only they', () => {
    expect(isBuilt('/rapportages')).toBe(true);
    expect(isBuilt('/cohorten')).toBe(true);
    expect(isBuilt('/budgetten')).toBe(true);
    const shown = DOMAIN_NAV.map((item) => item.to);
    expect(shown.filter((to) => UNBUILT_MODULES.includes(to))).toEqual([]);
    expect(shown).toEqual(expect.arrayContaining(['/plan', '/catalogus', '/budgetten', '/programmas', '/belanghebbenden', '/rapportages']));
  });
});
