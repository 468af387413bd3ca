import { ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { PASSWORD_MIN_LENGTH } from '@scorecard/shared';
import type { ApiError } from '@/api/request';
import type { Problems } from '@/lib/form-rules';
import { useServerAction } from './use-server-action';

export interface FormDialogState<K extends string> {
  /** Field problems found before sending; shown under their fields. */
  problems: Ref<Problems<K>>;
  /** The server's sentence when sending failed; shown above the buttons. */
  failure: Ref<string>;
  busy: Ref<boolean>;
  /** The translated problem of a field, '' when it has none. */
  error: (field: K) => string;
  /** Clears problems and failure (the dialog opened for another record, or again). */
  reset: () => void;
  /**
   * Checks the form, then sends it: `check()` returns the field problems (nothing is sent while there
   * are any); `send()` talks to the server. An error the caller handles itself (`onError` returns true,
   * e.g. STALE_VERSION) is not shown as the failure.
   */
  submit: (
    check: () => Problems<K>,
    send: () => Promise<void>,
    onError?: (error: ApiError) => boolean,
  ) => Promise<void>;
}

/**
 * For a dialog opened through a model (`v-model` of booleans): each opening calls `onOpen` (empty the
 * form) and clears the problems; a successful send closes it.
 */
export interface FormDialogModel {
  open: Ref<boolean>;
  onOpen?: () => void;
}

/** The state of one dialog form (FormDialog.vue): validate, send, show what went wrong. */
export function useFormDialog<K extends string>(model?: FormDialogModel): FormDialogState<K> {
  const { t } = useI18n();
  const problems = ref({}) as Ref<Problems<K>>;
  const { busy, failure, run } = useServerAction();

  const error = (field: K): string => {
    const problem = problems.value[field];
    return problem ? t(`form.problems.${problem}`, { min: PASSWORD_MIN_LENGTH }) : '';
  };
  function reset(): void {
    problems.value = {};
    failure.value = '';
  }
  async function submit(
    check: () => Problems<K>,
    send: () => Promise<void>,
    onError?: (error: ApiError) => boolean,
  ): Promise<void> {
    problems.value = check();
    if (Object.keys(problems.value).length) return;
    if ((await run(send, onError)) && model) model.open.value = false;
  }
  if (model)
    watch(model.open, (open) => {
      if (!open) return;
      model.onOpen?.();
      reset();
    });
  return { problems, failure, busy, error, reset, submit };
}
