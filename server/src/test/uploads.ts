/** Multipart uploads and job polling over real HTTP, for the import endpoint's tests and benches. */
export interface UploadFile {
  name: string;
  content: string | Buffer;
}

export interface JobAnswer {
  id: string;
  state: string;
  periods: Array<{ id: string; kind: string; published: boolean }>;
  files: Array<{
    name: string; kind: string | null; status: string; rows: number; added: number; replaced: number; errorCount: number;
    errors: Array<{ line: number; column: string | null; value: string | null; reason: string; code: string }>;
  }>;
}

export async function upload(
  app: { url: string }, files: UploadFile[], options: { token?: string; headers?: Record<string, string>; fields?: Record<string, string> } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(options.fields ?? {})) form.append(k, v);
  for (const f of files) form.append('files', new Blob([typeof f.content === 'string' ? f.content : new Uint8Array(f.content)]), f.name);
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const res = await fetch(`${app.url}/api/imports`, { method: 'POST', body: form, headers });
  const text = await res.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { raw: text };
  }
  return { status: res.status, body };
}

export async function getJson<T>(app: { url: string }, path: string, token?: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: (await res.json()) as T };
}

/** Polls GET /api/imports/:id until the job is no longer queued or running. */
export async function waitForJob(app: { url: string }, id: string, token: string, timeoutMs = 60_000): Promise<JobAnswer> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const { status, body } = await getJson<JobAnswer>(app, `/api/imports/${id}`, token);
    if (status !== 200) throw new Error(`GET /api/imports/${id}: ${status} ${JSON.stringify(body)}`);
    if (body.state !== 'queued' && body.state !== 'running') return body;
    if (Date.now() > end) throw new Error(`job ${id} still ${body.state}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
