// Offers text as a file download from the renderer: a Blob URL on an a[download]. This needs no
// network (the CSP's connect-src 'none' does not apply to downloads), and the URL is revoked soon after.
export function downloadText(content: string, mimeType: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Chromium has read the Blob once the download started; a late revoke keeps slow starts working.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
