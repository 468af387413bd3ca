import { openSignedIn, CHROMIUM_MISSING } from './browser.js';

export interface WireBytes {
  /** Script bytes as they came over the network (compressed), for a first visit of the ranking page. */
  scriptBytes: number | null;
  /** The same scripts' decoded size. */
  decodedScriptBytes: number | null;
  scripts: number;
  encodings: string[];
  note?: string;
}

/**
 * The ranking page loaded once in headless Chromium with an empty cache, signed in: the bytes of
 * every script response as received (Playwright's responseBodySize: the encoded body), so a
 * server that sends brotli or gzip is measured as the browser sees it.
 */
export async function rankingScriptBytes(base: string, token: string, period: string): Promise<WireBytes> {
  const browser = await openSignedIn(base, token);
  if (!browser) return { scriptBytes: null, decodedScriptBytes: null, scripts: 0, encodings: [], note: CHROMIUM_MISSING };
  const { page } = browser;
  try {
    const pending: Array<Promise<{ encoded: number; decoded: number; encoding: string }>> = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push((async () => {
        const sizes = await response.request().sizes();
        const body = await response.body().catch(() => Buffer.alloc(0));
        return { encoded: sizes.responseBodySize, decoded: body.length, encoding: (await response.headerValue('content-encoding')) ?? 'identity' };
      })());
    });
    await page.goto(`${base}/ranking?period=${period}&scope=ALL`, { waitUntil: 'networkidle' });
    // The page frame is there once the route's scripts ran (the table needs data the bench may lack).
    await page.locator('.ranking-page').first().waitFor({ timeout: 30_000 });
    const seen = await Promise.all(pending);
    return {
      scriptBytes: seen.reduce((n, s) => n + s.encoded, 0),
      decodedScriptBytes: seen.reduce((n, s) => n + s.decoded, 0),
      scripts: seen.length,
      encodings: [...new Set(seen.map((s) => s.encoding))],
    };
  } finally {
    await browser.close();
  }
}
