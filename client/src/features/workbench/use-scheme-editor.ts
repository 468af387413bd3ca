import { computed, ref, watch, type ComputedRef } from 'vue';
import { hasSchemeErrors, validateScheme, type Scheme } from '@scorecard/shared';
import { UpdateSchemeDraftDocument } from '@/api/generated/graphql';
import { request } from '@/api/request';
import { toApiError } from '@/api/use-query';
import type { ApiError } from '@/api/request';
import { issuesByPath, schemeText } from './scheme-editor';
import { toVersionInfo, type SchemeVersionInfo } from './use-schemes';

/**
 * The editable copy of one scheme version. A new version or revision from the server replaces the
 * copy only when nothing is being edited; saving sends the revision the copy was made from, so a save
 * after someone else's is refused (STALE_VERSION) instead of overwriting it.
 */
export function useSchemeEditor(selected: ComputedRef<SchemeVersionInfo | null>) {
  const draft = ref<Scheme | null>(null);
  /** The version and revision the copy was taken from. */
  const base = ref<{ version: number; revision: number; text: string } | null>(null);
  const saving = ref(false);
  const saveError = ref<ApiError | null>(null);

  function reset(): void {
    const s = selected.value;
    draft.value = s ? (JSON.parse(s.json) as Scheme) : null;
    base.value = s ? { version: s.version, revision: s.revision, text: schemeText(draft.value!) } : null;
    saveError.value = null;
  }

  const text = computed(() => (draft.value ? schemeText(draft.value) : ''));
  const dirty = computed(() => base.value !== null && text.value !== base.value.text);
  /** A plain copy for the engine (no reactive proxies in the hot loop of the what-if). */
  const plain = computed<Scheme | null>(() => (text.value ? (JSON.parse(text.value) as Scheme) : null));
  const issues = computed(() => (plain.value ? issuesByPath(plain.value) : new Map()));
  const invalid = computed(() => (plain.value ? hasSchemeErrors(validateScheme(plain.value)) : false));
  const readonly = computed(() => selected.value?.frozen ?? true);

  watch(
    () => [selected.value?.version, selected.value?.revision] as const,
    ([version]) => {
      if (!dirty.value || base.value?.version !== version) reset();
    },
    { immediate: true },
  );

  async function save(): Promise<SchemeVersionInfo | null> {
    if (!draft.value || !base.value) return null;
    saving.value = true;
    saveError.value = null;
    try {
      const { updateSchemeDraft } = await request(UpdateSchemeDraftDocument, {
        version: base.value.version,
        expectedRevision: base.value.revision,
        json: text.value,
      });
      const saved = toVersionInfo(updateSchemeDraft);
      base.value = { version: saved.version, revision: saved.revision, text: schemeText(saved.scheme) };
      draft.value = saved.scheme;
      return saved;
    } catch (cause) {
      saveError.value = toApiError(cause);
      return null;
    } finally {
      saving.value = false;
    }
  }

  return { draft, plain, dirty, issues, invalid, readonly, saving, saveError, save, reset, base };
}
