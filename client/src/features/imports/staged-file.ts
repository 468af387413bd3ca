import type { FilePreview } from './preview';

/** A file chosen for upload: its kind (recognised by the server from name or header, or chosen) and preview. */
export interface StagedFile {
  file: File;
  kind: string | null;
  recognised: boolean;
  preview: FilePreview | null;
}
