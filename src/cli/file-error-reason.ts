/** What the file-system error codes a user meets mean, in the words of strerror (as cat and cp say them). */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
  ENXIO: 'no such device or address',
  EFBIG: 'file too large',
  EBUSY: 'device or resource busy',
};

/**
 * The one-line reason for a failed read or write: `no such file`, `is a directory`, or the
 * meaning of the code with the code itself (`permission denied (EACCES)`), never a bare code.
 */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  const words = REASONS[code];
  return words ? `${words} (${code})` : code;
}
