/**
 * What a follow-up may carry: PDF, images and office documents. The type is decided by the bytes,
 * not by the name or the browser's claim, and the name's extension must agree with it, so an
 * executable renamed to .pdf is refused.
 */
const zipBased: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};
const oleBased: Record<string, string> = { doc: 'application/msword', xls: 'application/vnd.ms-excel', ppt: 'application/vnd.ms-powerpoint' };

function startsWith(bytes: Buffer, signature: number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

/** The media type of an allowed file, or null when the file is of a forbidden type. */
export function allowedMediaType(fileName: string, bytes: Buffer): string | null {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return extension === 'pdf' ? 'application/pdf' : null;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return extension === 'png' ? 'image/png' : null;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return extension === 'jpg' || extension === 'jpeg' ? 'image/jpeg' : null;
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return extension === 'gif' ? 'image/gif' : null;
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return extension === 'webp' ? 'image/webp' : null;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipBased[extension] ?? null;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return oleBased[extension] ?? null;
  return null;
}

/** A file name safe to store and to send back in Content-Disposition: no paths, no control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  const cleaned = [...base]
    .filter((char) => char.charCodeAt(0) >= 0x20 && char !== '\u007f' && char !== '"')
    .join('')
    .trim();
  return (cleaned || 'file').slice(0, 200);
}
