import { computed, onMounted } from 'vue';
import { addDays, type WorkdayCalendar } from '@scorecard/shared';
import { WorkdayExceptionsDocument } from '@/api/generated/graphql';
import { ApiError, TOKEN_KEY } from '@/api/request';
import { useQuery } from '@/api/use-query';
import { useSessionStore } from '@/stores/session';
import { toCalendar } from './remediation-view';

/** The server's today and the working-day calendar around it: what countdowns are computed with. */
export function useDeadlineClock() {
  const session = useSessionStore();
  onMounted(() => void session.loadAppInfo());
  const today = computed(() => session.appInfo?.today ?? null);
  const days = useQuery(WorkdayExceptionsDocument, () =>
    today.value ? { from: addDays(today.value, -400), to: addDays(today.value, 400) } : null,
  );
  const calendar = computed<WorkdayCalendar | null>(() =>
    days.data.value ? toCalendar(days.data.value.workdayExceptions) : null,
  );
  return { today, calendar };
}

export interface UploadedFile {
  id: string;
  name: string;
  size: number;
}

/** Sends one evidence file to /api/files/{items|appeals}/{id}; the server checks its content and size. */
export async function uploadEvidence(kind: 'items' | 'appeals', id: string, file: File): Promise<UploadedFile> {
  const headers: Record<string, string> = {
    'content-type': 'application/octet-stream',
    'x-file-name': encodeURIComponent(file.name),
  };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`/api/files/${kind}/${encodeURIComponent(id)}`, {
    method: 'POST',
    headers,
    body: file,
    credentials: 'same-origin',
  });
  const body = (await res.json().catch(() => null)) as
    | (UploadedFile & { errors?: Array<{ message: string; extensions?: { code?: string } }> })
    | null;
  if (!res.ok || !body || body.errors) {
    const e = body?.errors?.[0];
    throw new ApiError(e?.message ?? `HTTP ${res.status}`, e?.extensions?.code ?? `HTTP_${res.status}`, res.status);
  }
  return body;
}
