import { onBeforeUnmount, ref, shallowRef } from 'vue';
import type { ApiError } from '@/api/request';
import { toApiError } from '@/api/use-query';
import { fetchJob, isFinished, type ImportJob } from './imports-api';

const POLL_MS = 400;

/**
 * One import job followed until it ends: polled while queued or running (the job lives in the
 * database, so a reload or a second tab can follow it by id too).
 */
export function useImportJob(onFinished: (job: ImportJob) => void) {
  const job = shallowRef<ImportJob | null>(null);
  const error = shallowRef<ApiError | null>(null);
  const following = ref<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function poll(id: string): Promise<void> {
    if (following.value !== id) return;
    try {
      const next = await fetchJob(id);
      if (following.value !== id) return;
      job.value = next;
      error.value = null;
      if (isFinished(next)) {
        following.value = null;
        onFinished(next);
        return;
      }
    } catch (cause) {
      error.value = toApiError(cause);
      if (error.value.status === 404 || error.value.unauthenticated) {
        following.value = null;
        return;
      }
    }
    timer = setTimeout(() => void poll(id), POLL_MS);
  }

  function follow(id: string): void {
    if (timer) clearTimeout(timer);
    following.value = id;
    void poll(id);
  }

  function clear(): void {
    if (timer) clearTimeout(timer);
    following.value = null;
    job.value = null;
  }

  onBeforeUnmount(() => {
    if (timer) clearTimeout(timer);
    following.value = null;
  });
  return { job, error, following, follow, clear };
}
