/**
 * Save a generated file: a Blob URL and a download link (no network involved), revoked
 * once the browser has taken it.
 */
export function downloadFile(file: {
  readonly name: string;
  readonly mime: string;
  readonly text: string;
}): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
