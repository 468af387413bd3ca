/**
 * Hands a file made or fetched in the page to the browser as a download named `fileName`. The object
 * URL is released a little later: revoking it at once can cancel the download in some browsers.
 */
export function saveFile(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
