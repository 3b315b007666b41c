import { describe, expect, it } from 'vitest';
import { ApiProblem, pointerToField, translatedProblem } from './api-problem';
import { problemResponse } from '@/test/render';
import i18n from '@/i18n';

describe('pointerToField', () => {
  it.each([
    ['/email', 'email'],
    ['/scopes/0', 'scopes'],
    ['#/query/pageSize', 'pageSize'],
    ['#/header/If-Match', 'If-Match'],
    ['/a~1b', 'a/b'],
    ['/t~0x', 't~x'],
    ['', null],
    ['/', null],
    ['#', null],
  ])('maps %j to %j', (pointer, field) => {
    expect(pointerToField(pointer)).toBe(field);
  });
});

describe('ApiProblem.fromResponse', () => {
  it('reads an RFC 9457 problem document', async () => {
    const problem = await ApiProblem.fromResponse(
      problemResponse(400, {
        title: 'Invalid input',
        detail: 'The request has 2 errors.',
        instance: '/api/v1/users',
        errors: [
          { pointer: '/email', detail: 'Not a valid e-mail address.' },
          { pointer: '/email', detail: 'Already in use.' },
          { pointer: '/password', detail: 'Too short.' },
          { pointer: '', detail: 'Something about the whole body.' },
        ],
      }),
    );
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem.status).toBe(400);
    expect(problem.title).toBe('Invalid input');
    expect(problem.detail).toBe('The request has 2 errors.');
    expect(problem.instance).toBe('/api/v1/users');
    expect(problem.fieldErrors()).toEqual({
      email: 'Not a valid e-mail address. Already in use.',
      password: 'Too short.',
    });
    expect(problem.generalErrors()).toEqual(['Something about the whole body.']);
  });

  it('reads Retry-After seconds on 429', async () => {
    const problem = await ApiProblem.fromResponse(
      problemResponse(429, { title: 'Too Many Requests', detail: 'Slow down.' }, { 'Retry-After': '120' }),
    );
    expect(problem.status).toBe(429);
    expect(problem.retryAfter).toBe(120);
  });

  it('makes a problem from the status line when the body is not JSON', async () => {
    const problem = await ApiProblem.fromResponse(
      new Response('<html>Bad gateway</html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'Content-Type': 'text/html' },
      }),
    );
    expect(problem.status).toBe(502);
    expect(problem.title).toBe('Bad Gateway');
    expect(problem.detail).toBe('');
    expect(problem.fieldErrors()).toEqual({});
  });

  it('ignores malformed error entries', async () => {
    const problem = await ApiProblem.fromResponse(
      problemResponse(400, { title: 'x', detail: 'y', errors: [null, { pointer: '/name' }, { pointer: '/name', detail: 'Required.' }] }),
    );
    expect(problem.fieldErrors()).toEqual({ name: 'Required.' });
  });
});

describe('field errors in the user language', () => {
  const problem = new ApiProblem({
    status: 400,
    errors: [
      { pointer: '/password', detail: 'String should have at least 12 characters', code: 'string_too_short', params: { min_length: 12 } },
      { pointer: '/email', detail: 'Already in use.', code: 'taken' },
      { pointer: '/name', detail: 'Something new from the server.', code: 'a_code_we_do_not_know' },
    ],
  });

  it('translates known codes with their limits, and keeps the server text for unknown ones', async () => {
    await i18n.changeLanguage('nl');
    expect(problem.fieldErrors()).toEqual({
      password: 'Vul minstens 12 tekens in.',
      email: 'Dit is al in gebruik.',
      name: 'Something new from the server.',
    });
    await i18n.changeLanguage('en');
    expect(problem.fieldErrors().password).toBe('Enter at least 12 characters.');
    await i18n.changeLanguage('nl');
  });
});

describe('a 409 that names what is in the way', () => {
  it('writes the list, its dates and its amounts as a Dutch reader does', async () => {
    await i18n.changeLanguage('nl');
    const expenditures = translatedProblem({
      code: 'line_has_expenditures',
      params: {
        count: 2, more: 0, names: '2014-02-03 € 1200.50 (PO-17), 2014-06-01 € 0.02',
        items: [{ date: '2014-02-03', amount: '1200.50', reference: 'PO-17' }, { date: '2014-06-01', amount: '0.02', reference: '' }],
      },
    });
    expect(expenditures?.replace(/\u00a0/g, ' ')).toContain('3 februari 2014 € 1.200,50 (PO-17) en 1 juni 2014 € 0,02');
    expect(expenditures).not.toContain('1200.50');
    const many = translatedProblem({
      code: 'intervention_has_sessions',
      params: { count: 12, more: 10, names: 'x and 10 more', items: ['2014-03-03', '2014-05-12'] },
    });
    expect(many).toContain('3 maart 2014, 12 mei 2014 en nog 10 andere');
    expect(many).not.toContain('more');
    await i18n.changeLanguage('en');
    expect(translatedProblem({ code: 'in_use', params: { count: 3, more: 1, items: ['A', 'B'] } }))
      .toContain('A, B and 1 more');
    await i18n.changeLanguage('nl');
  });
});
