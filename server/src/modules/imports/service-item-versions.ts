import { IMPORT_ERROR_CODES as E, type ReportProblem } from './errors.js';
import type { ItemVersion } from './references.js';

interface FileVersion extends ItemVersion {
  line: number;
}

/**
 * SPEC §8: the versions of a service item never overlap and never change unit. A version is active
 * on [from, to) (SPEC §4, D1: effective_from ≤ E and effective_to empty or > E). Checked over the
 * stored versions and the file's together; a file row replaces the stored version with its key.
 */
export class ServiceItemVersions {
  private readonly fromFile = new Map<string, FileVersion[]>();

  constructor(private readonly stored: Map<string, ItemVersion[]>) {}

  add(item: string, version: ItemVersion, line: number): void {
    const list = this.fromFile.get(item);
    if (list) list.push({ ...version, line });
    else this.fromFile.set(item, [{ ...version, line }]);
  }

  check(report: ReportProblem): void {
    for (const [item, fileVersions] of this.fromFile) {
      const replaced = new Set(fileVersions.map((v) => v.from));
      const stored = (this.stored.get(item) ?? []).filter((v) => !replaced.has(v.from));
      const unit = stored[0]?.unit ?? fileVersions[0].unit;
      for (const v of fileVersions) {
        if (v.unit !== unit) {
          report(v.line, 'unit_code', E.itemUnitChanged, `item "${item}" belongs to unit "${unit}"; a version cannot move it to "${v.unit}"`,
            { item, unit, newUnit: v.unit });
        }
      }
      const all: Array<ItemVersion & { line: number | null }> = [
        ...stored.map((v) => ({ ...v, line: null })),
        ...fileVersions,
      ].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
      // Sorted by start, a version overlaps an earlier one iff it starts before the latest end so far.
      let latest = all[0];
      for (let i = 1; i < all.length; i++) {
        const v = all[i];
        if (latest.to === null || v.from < latest.to) {
          const line = v.line ?? latest.line;
          const other = v.line === null ? v : latest;
          if (line !== null && (v.from !== latest.from || v.line !== latest.line)) {
            const from = v.line === null ? latest.from : v.from;
            report(line, 'effective_from', E.overlappingVersion,
              `item "${item}" version from ${from} overlaps the version from ${other.from}${other.line === null ? ' already imported' : ` (line ${other.line})`}`,
              { item, from, otherFrom: other.from, ...(other.line === null ? {} : { otherLine: other.line }) });
          }
        }
        if (latest.to !== null && (v.to === null || v.to > latest.to)) latest = v;
      }
    }
  }
}
