import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiError, request, setRequestLocale, setUnauthenticatedHandler, TOKEN_KEY } from './request';
import { MeDocument, UnitsDocument } from './generated/graphql';

function respond(body: unknown, status = 200): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthenticatedHandler(() => undefined);
});

describe('request', () => {
  test('posts JSON with credentials, the CSRF header and the bearer token', async () => {
    vi.stubGlobal('sessionStorage', { getItem: (key: string) => (key === TOKEN_KEY ? 'tok' : null) });
    respond({ data: { units: [] } });
    await expect(request(UnitsDocument, { kind: 'DISTRICT' })).resolves.toEqual({ units: [] });
    const [url, init] = vi.mocked(fetch).mock.calls[0] as [string, RequestInit];
    const headers = init.headers as Record<string, string>;
    expect(url).toBe('/graphql');
    expect(init.credentials).toBe('include');
    expect(headers['content-type']).toBe('application/json');
    expect(headers['apollo-require-preflight']).toBe('true');
    expect(headers.authorization).toBe('Bearer tok');
    expect(headers['x-locale']).toBe('zh-CN');
    const body = JSON.parse(String(init.body)) as { query: string; variables: unknown };
    expect(body.query).toContain('query Units');
    expect(body.variables).toEqual({ kind: 'DISTRICT' });
  });

  test('sends the page language for the sentences the server writes', async () => {
    respond({ data: { units: [] } });
    setRequestLocale('en');
    await request(UnitsDocument, { kind: 'DISTRICT' });
    setRequestLocale('zh-CN');
    const [, init] = vi.mocked(fetch).mock.calls[0] as [string, RequestInit];
    expect((init.headers as Record<string, string>)['x-locale']).toBe('en');
    expect((init.headers as Record<string, string>)['x-scorecard-lang']).toBe('en');
  });

  test("throws the server's message and extensions.code", async () => {
    respond({ data: null, errors: [{ message: '暂无 2021-05 的数据。', extensions: { code: 'PERIOD_NOT_FOUND' } }] });
    const error = await request(MeDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('暂无 2021-05 的数据。');
    expect((error as ApiError).code).toBe('PERIOD_NOT_FOUND');
  });

  test('UNAUTHENTICATED calls the session handler', async () => {
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    respond({ errors: [{ message: '请先登录。', extensions: { code: 'UNAUTHENTICATED' } }] });
    await expect(request(MeDocument)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(handler).toHaveBeenCalledOnce();
  });

  test('a non-JSON answer or network failure is still an ApiError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })),
    );
    await expect(request(MeDocument)).rejects.toMatchObject({ code: 'HTTP_502', status: 502 });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(request(MeDocument)).rejects.toMatchObject({ code: 'NETWORK_ERROR', message: 'Failed to fetch' });
  });
});
