/**
 * The details of an evidence record, labelled and translated: the API sends raw column names
 * (`resource_id`, `window_start`) and raw codes (`cycle` = `daily`); the page shows "Resource ID",
 * "Window start", "Daily". An unknown name or code is shown as sent (never hidden).
 */
type Translate = (key: string) => string;
type Exists = (key: string) => boolean;

export interface EvidenceFieldLike {
  name: string;
  value: string | null;
}

export interface LabelledField {
  name: string;
  label: string;
  value: string;
  empty: boolean;
}

/** Columns whose values are codes with a translation (`evidence.values.<column>.<code>`). */
const CODED = new Set(['cycle', 'channel', 'severity']);

export function labelledFields(fields: readonly EvidenceFieldLike[], t: Translate, te: Exists): LabelledField[] {
  return fields.map((field) => {
    const labelKey = `evidence.fieldNames.${field.name}`;
    const valueKey = `evidence.values.${field.name}.${field.value ?? ''}`;
    const value =
      field.value == null || field.value === ''
        ? t('evidence.noValue')
        : CODED.has(field.name) && te(valueKey)
          ? t(valueKey)
          : field.value;
    return {
      name: field.name,
      label: te(labelKey) ? t(labelKey) : field.name,
      value,
      empty: field.value == null || field.value === '',
    };
  });
}
