import { describe, expect, test } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import { useLoader } from './use-query';
import { ApiError } from './request';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i += 1) await nextTick();
};

describe('useLoader', () => {
  test('drops a stale response that arrives after a newer one', async () => {
    const period = ref('2023-01');
    const pending = new Map<string, ReturnType<typeof deferred<string>>>();
    const scope = effectScope();
    const state = scope.run(() =>
      useLoader(
        () => ({ period: period.value }),
        ({ period: p }) => {
          const d = deferred<string>();
          pending.set(p, d);
          return d.promise;
        },
      ),
    )!;
    await flush();
    period.value = '2023-02';
    await flush();
    expect(state.loading.value).toBe(true);
    pending.get('2023-02')!.resolve('February');
    await flush();
    pending.get('2023-01')!.resolve('January'); // the slow, older answer
    await flush();
    expect(state.data.value).toBe('February');
    expect(state.loading.value).toBe(false);
    scope.stop();
  });

  test('null input clears; errors become ApiError; equal inputs do not reload', async () => {
    const input = ref<{ id: number } | null>({ id: 1 });
    let calls = 0;
    const scope = effectScope();
    const state = scope.run(() =>
      useLoader(
        () => input.value,
        async ({ id }) => {
          calls += 1;
          if (id === 2) throw new ApiError('no', 'FORBIDDEN');
          return id;
        },
      ),
    )!;
    await flush();
    expect(state.data.value).toBe(1);
    input.value = { id: 1 };
    await flush();
    expect(calls).toBe(1);
    input.value = { id: 2 };
    await flush();
    expect(state.error.value?.code).toBe('FORBIDDEN');
    expect(state.data.value).toBeNull();
    input.value = null;
    await flush();
    expect(state.error.value).toBeNull();
    expect(calls).toBe(2);
    scope.stop();
  });
});
