/** Offers `text` as a file download, without touching the page's DOM. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click starts the download asynchronously; revoke once it has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
