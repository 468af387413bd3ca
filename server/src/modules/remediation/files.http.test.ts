import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { gql } from '../../test/http.js';
import { ok } from '../schemes/testing.js';
import { remediationFixture, type Fixture } from './testing.js';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 251)), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]);
/** The start of a .docx: a zip whose first entry is [Content_Types].xml, then word/… parts. */
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('[Content_Types].xml<Types/>word/document.xml')]);
const XLSX_AS_DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('[Content_Types].xml<Types/>xl/workbook.xml')]);

describe.each(testDatabases())('evidence files over HTTP on %s', (kind) => {
  let f: Fixture;
  let itemId: string;
  let appealId: string;
  beforeAll(async () => {
    f = await remediationFixture(kind, { UPLOAD_MAX_MB: '0.01' });
    const item = ok(await gql<{ openRemediationItem: { id: string } }>(f.app, 'mutation { openRemediationItem(input: { unitCode: "A01", topic: "台账", description: "补齐台账" }) { id } }', { token: f.tokens.assessor })).openRemediationItem;
    itemId = item.id;
  });
  afterAll(async () => f?.close());

  const upload = (token: string | null, name: string, bytes: Buffer, path = `items/${itemId}`) =>
    fetch(`${f.app.url}/api/files/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: new Uint8Array(bytes),
    });
  const codeOf = async (res: Response) => ((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code;
  const download = (token: string | null, id: string) => fetch(`${f.app.url}/api/files/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  test('an accepted PDF and PNG download byte-identical, as attachments, for those who may see the item', async () => {
    const res = await upload(f.tokens.a01, '整改报告.pdf', PDF);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    for (const token of [f.tokens.a01, f.tokens.assessor, f.tokens.leader]) {
      const got = await download(token, id);
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe('application/pdf');
      expect(got.headers.get('content-disposition')).toContain("filename*=UTF-8''%E6%95%B4%E6%94%B9%E6%8A%A5%E5%91%8A.pdf");
      expect(Buffer.from(await got.arrayBuffer()).equals(PDF)).toBe(true);
    }
    expect((await upload(f.tokens.a01, 'photo.PNG', PNG)).status).toBe(201);
    expect((await upload(f.tokens.assessor, '核查记录.docx', DOCX)).status).toBe(201);
    const detail = ok(await gql<{ remediationItem: { files: Array<{ name: string; size: number; url: string }>; timeline: Array<{ kind: string }> } }>(
      f.app, `{ remediationItem(id: "${itemId}") { files { name size url } timeline { kind } } }`, { token: f.tokens.a01 })).remediationItem;
    expect(detail.files.map((x) => x.name)).toEqual(['整改报告.pdf', 'photo.PNG', '核查记录.docx']);
    expect(detail.timeline.filter((e) => e.kind === 'FILE')).toHaveLength(3);
  });

  test('too large, a renamed .exe, a zip that is not the claimed Office type, path characters: refused, nothing stored', async () => {
    const big = await upload(f.tokens.a01, 'big.pdf', Buffer.concat([PDF, Buffer.alloc(20_000)]));
    expect(big.status).toBe(413);
    expect(await codeOf(big)).toBe('PAYLOAD_TOO_LARGE');
    for (const [name, bytes] of [['setup.pdf', EXE], ['report.docx', XLSX_AS_DOCX], ['image.png', PDF], ['run.exe', EXE]] as const) {
      const res = await upload(f.tokens.a01, name, bytes);
      expect(res.status, name).toBe(400);
      expect(await codeOf(res), name).toBe('FILE_REJECTED');
    }
    for (const name of ['../../etc/passwd.pdf', 'a/b.pdf', 'c:\\x.pdf', '..pdf', 'a\u0000.pdf']) {
      const res = await upload(f.tokens.a01, name, PDF);
      expect(res.status, name).toBe(400);
      expect(await codeOf(res), name).toBe('FILE_REJECTED');
    }
    const files = ok(await gql<{ remediationItem: { files: unknown[] } }>(f.app, `{ remediationItem(id: "${itemId}") { files { id } } }`, { token: f.tokens.a01 })).remediationItem.files;
    expect(files).toHaveLength(3);
  });

  test('another unit, a leader, anonymous callers and unknown ids: refused uploads and downloads', async () => {
    const res = await upload(f.tokens.a01, 'mine.pdf', PDF);
    const { id } = (await res.json()) as { id: string };
    expect((await upload(f.tokens.a02, 'x.pdf', PDF)).status).toBe(403);
    expect((await upload(f.tokens.leader, 'x.pdf', PDF)).status).toBe(403);
    expect((await upload(null, 'x.pdf', PDF)).status).toBe(401);
    expect((await upload(f.tokens.a01, 'x.pdf', PDF, 'items/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    const other = await download(f.tokens.a02, id);
    expect(other.status).toBe(403);
    expect(await codeOf(other)).toBe('FORBIDDEN');
    expect((await download(null, id)).status).toBe(401);
    expect((await download(f.tokens.a01, '00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await download(f.tokens.a01, '..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    // Without the custom header (a plain cross-site form could not set it) nothing is read.
    const bare = await fetch(`${f.app.url}/api/files/items/${itemId}`, { method: 'POST', headers: { authorization: `Bearer ${f.tokens.a01}` }, body: new Uint8Array(PDF) });
    expect(bare.status).toBe(400);
  });

  test('appeal attachments: only the appealing unit uploads, only it and the assessors download', async () => {
    ok(await gql(f.app, 'mutation { publishPeriod(period: "2023-03", schemeVersion: 1) { id } }', { token: f.tokens.assessor }));
    appealId = ok(await gql<{ createAppeal: { id: string } }>(f.app, 'mutation { createAppeal(input: { period: "2023-03", indicatorId: "R1", reason: "记录重复" }) { id } }', { token: f.tokens.a02 })).createAppeal.id;
    const res = await upload(f.tokens.a02, '说明.pdf', PDF, `appeals/${appealId}`);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect((await upload(f.tokens.a01, 'x.pdf', PDF, `appeals/${appealId}`)).status).toBe(403);
    expect((await download(f.tokens.a01, id)).status).toBe(403);
    expect(Buffer.from(await (await download(f.tokens.assessor, id)).arrayBuffer()).equals(PDF)).toBe(true);
  });
});
