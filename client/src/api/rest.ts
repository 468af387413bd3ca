import { saveFile } from '@/lib/save-file';
import { ApiError, requestLocale, TOKEN_KEY } from './request';

/**
 * The REST endpoints beside GraphQL (/api/imports, /api/exports, /api/templates): same credentials
 * (the session cookie, and the Bearer token when the page holds one), plus X-Requested-With, which
 * the server requires of cookie-authenticated requests that change something (CSRF), and the page's
 * language (X-Scorecard-Lang: the reasons of an import's bad rows, error messages).
 */
export function restHeaders(extra: Record<string, string> = {}): Record<string, string> {
  const result: Record<string, string> = {
    'x-requested-with': 'XMLHttpRequest', accept: 'application/json', 'x-scorecard-lang': requestLocale(), ...extra,
  };
  const token = globalThis.sessionStorage?.getItem(TOKEN_KEY);
  if (token) result.authorization = `Bearer ${token}`;
  return result;
}

interface ErrorBody {
  errors?: Array<{ message?: string; extensions?: { code?: string } }>;
}

async function failure(response: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // not JSON
  }
  const first = body.errors?.[0];
  return new ApiError(first?.message ?? response.statusText, first?.extensions?.code ?? `HTTP_${response.status}`, response.status);
}

export async function getJson<T>(path: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'include', headers: restHeaders() });
  } catch (cause) {
    throw new ApiError(cause instanceof Error ? cause.message : String(cause), 'NETWORK_ERROR', 0);
  }
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST', credentials: 'include', headers: restHeaders({ 'content-type': 'application/json' }), body: JSON.stringify(body),
  });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

/** The name the server gave a download: its `attachment()` writes `filename*=UTF-8''…` (RFC 6266). */
export function attachmentName(contentDisposition: string | null): string | null {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(contentDisposition ?? '')?.[1];
  return encoded ? decodeURIComponent(encoded) : null;
}

/**
 * Fetches a file (an export, a template, an error report) and hands it to the browser as a download,
 * named `fileName`, else as the server named it, so an export's name is decided in one place.
 */
export async function download(path: string, fileName?: string): Promise<void> {
  const response = await fetch(path, { credentials: 'include', headers: restHeaders({ accept: '*/*' }) });
  if (!response.ok) throw await failure(response);
  const name = fileName ?? attachmentName(response.headers.get('content-disposition'));
  saveFile(await response.blob(), name ?? path.split('?')[0]!.split('/').pop()!);
}

/**
 * A multipart upload with real progress (XMLHttpRequest reports bytes sent; fetch cannot): the
 * browser streams the files from disk, nothing is read into memory here.
 */
export function uploadFiles(
  path: string,
  files: ReadonlyArray<{ file: File; kind: string | null }>,
  onProgress: (sent: number, total: number) => void,
): Promise<{ id: string }> {
  const form = new FormData();
  // Kinds first: the server reads fields before the files that follow them.
  for (const f of files) if (f.kind) form.append(`kind:${f.file.name}`, f.kind);
  for (const f of files) form.append('files', f.file, f.file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    for (const [k, v] of Object.entries(restHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : 0);
    xhr.onerror = () => reject(new ApiError('Network error', 'NETWORK_ERROR', 0));
    xhr.onload = () => {
      let body: ErrorBody & { id?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // not JSON
      }
      if (xhr.status === 202 && body.id) resolve({ id: body.id });
      else {
        const first = body.errors?.[0];
        reject(new ApiError(first?.message ?? xhr.statusText, first?.extensions?.code ?? `HTTP_${xhr.status}`, xhr.status));
      }
    };
    xhr.send(form);
  });
}
