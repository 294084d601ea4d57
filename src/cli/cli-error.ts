/** Errors the CLI turns into exit codes: usage mistakes exit 2, unreadable input exits 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Input the CLI cannot read (missing, binary, undecodable, malformed): exit 1, one line. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The user asked for a command's usage (`--help`, `-h`): printed on stdout, exit 0. */
export class HelpRequest extends Error {
  override name = 'HelpRequest';
}
