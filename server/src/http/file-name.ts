/**
 * Whether an uploaded file's name is a plain name: no directory part (`/`, `\`), no `..`, not `.`, no
 * control character. Every upload (import files, remediation evidence) checks its names with this; the
 * stored file always gets a random name, the given one is only shown.
 */
export function isPlainFileName(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return name !== '' && name !== '.' && !name.includes('..') && !/[/\\\u0000-\u001f\u007f]/.test(name);
}
