import type { TypedDocumentString } from './generated/graphql';

export const TOKEN_KEY = 'scorecard.token';
const ENDPOINT = '/graphql';

/** A GraphQL or transport failure, carrying the server's message and `extensions.code`. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(message: string, code: string, status = 200) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }

  /** The failure happened before the server could say anything (no message of its own worth showing alone). */
  get clientSide(): boolean {
    return this.code === 'NETWORK_ERROR' || this.code.startsWith('HTTP_') || this.code === 'BAD_RESPONSE';
  }

  get unauthenticated(): boolean {
    return this.code === 'UNAUTHENTICATED' || this.status === 401;
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: unknown };
}
interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** Called when the server says the session is gone; the session store registers it. */
let onUnauthenticated: (() => void) | null = null;
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

/**
 * The page's language, sent as X-Scorecard-Lang (and X-Locale, which older servers read): the server writes
 * generated sentences and error messages in it.
 */
let locale = 'zh-CN';
export function setRequestLocale(value: string): void {
  locale = value;
}
export function requestLocale(): string {
  return locale;
}

function headers(): Record<string, string> {
  const result: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    'apollo-require-preflight': 'true',
    'x-scorecard-lang': locale,
    'x-locale': locale,
  };
  const token = globalThis.sessionStorage?.getItem(TOKEN_KEY);
  if (token) result.authorization = `Bearer ${token}`;
  return result;
}

async function parse<T>(response: Response): Promise<GraphQLResponse<T>> {
  try {
    return (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(
      response.statusText || 'Network error',
      response.ok ? 'BAD_RESPONSE' : `HTTP_${response.status}`,
      response.status,
    );
  }
}

/** Runs one typed operation; throws ApiError on any error (the first one's message and code). */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      credentials: 'include',
      headers: headers(),
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch (cause) {
    throw new ApiError(cause instanceof Error ? cause.message : String(cause), 'NETWORK_ERROR', 0);
  }
  const body = await parse<TResult>(response);
  const first = body.errors?.[0];
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
    const error = new ApiError(first.message, code, response.status);
    if (error.unauthenticated) onUnauthenticated?.();
    throw error;
  }
  if (!response.ok || body.data == null) {
    throw new ApiError(response.statusText || 'Empty response', `HTTP_${response.status}`, response.status);
  }
  return body.data;
}
