/**
 * Every error the application raises on purpose, declared once with its code,
 * HTTP status and a message that is safe to show to a reader. The web error
 * handler is the only place that turns these into responses.
 */
export const ERRORS = {
  NOT_FOUND: { status: 404, message: 'This page does not exist.' },
  ARTICLE_NOT_FOUND: { status: 404, message: 'This article does not exist.' },
  PARTY_NOT_FOUND: { status: 404, message: 'This party does not exist.' },
  VALIDATION_FAILED: { status: 400, message: 'The request is not valid.' },
  ARTICLE_EMPTY: { status: 400, message: 'The article has no text.' },
  ARTICLE_TOO_LARGE: { status: 413, message: 'The article is larger than the configured limit.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  UNAUTHENTICATED: { status: 401, message: 'Please sign in to continue.' },
  FORBIDDEN: { status: 403, message: 'Your account may not do this.' },
  CSRF_INVALID: { status: 403, message: 'This form has expired or did not come from this site. Reload the page and try again.' },
  LOGIN_FAILED: { status: 401, message: 'The email, username or password is not right.' },
  LOGIN_RATE_LIMITED: { status: 429, message: 'Too many sign-in attempts. Please wait 15 minutes and try again.' },
  CLAIM_NOT_FOUND: { status: 404, message: 'This claim does not exist.' },
  ACTOR_NOT_FOUND: { status: 404, message: 'This actor does not exist.' },
  USER_NOT_FOUND: { status: 404, message: 'This user does not exist.' },
  RELATION_NOT_FOUND: { status: 404, message: 'This link between claims does not exist.' },
  USER_EXISTS: { status: 409, message: 'A user with this email or username already exists.' },
  ARTICLE_DUPLICATE: { status: 409, message: 'This text has already been ingested.' },
  VERSION_CONFLICT: { status: 409, message: 'Someone else changed this while you were editing it.' },
  UPLOAD_INVALID: { status: 400, message: 'The uploaded file cannot be read as text.' },
  UPLOAD_TYPE: { status: 415, message: 'Only .txt, .md and .html files can be uploaded.' },
  DATABASE_UNAVAILABLE: { status: 503, message: 'The database is not available at the moment. Please try again in a minute.' },
  BACKUP_INVALID: { status: 400, message: 'The file is not a usable Claimtrail backup.' },
  DATABASE_NOT_EMPTY: { status: 409, message: 'The database is not empty.' },
  CONFIG_INVALID: { status: 500, message: 'The configuration is not valid.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side.' },
} as const satisfies Record<string, { status: number; message: string }>;

/** One of the codes declared in {@link ERRORS}. */
export type ErrorCode = keyof typeof ERRORS;

/** An error with a declared code; `details` are safe to show (e.g. a list of problems). */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: string[];

  constructor(code: ErrorCode, options: { message?: string; details?: string[]; cause?: unknown } = {}) {
    super(options.message ?? ERRORS[code].message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.details = options.details ?? [];
  }
}

/** Errors from Express' own middleware (body parsers, static files) carry these. */
interface HttpLikeError {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
}

/** Error codes of a database that cannot be reached (Prisma, node-postgres/OS, PostgreSQL SQLSTATE). */
const UNAVAILABLE_CODES = new Set([
  'P1001', 'P1002', 'P1008', 'P1017', 'P2024',
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH',
  '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006',
]);
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const UNAVAILABLE_MESSAGE =
  /PGlite is closed|Connection terminated|connection (?:is )?closed|Can't reach database server|terminating connection|database system is (?:starting up|shutting down|in recovery mode)|ECONNREFUSED|Server has closed the connection/i;

/** Whether an error (or one of its causes) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { name, code, kind, message, cause, originalCode } = error as Record<string, unknown>;
  if (name === 'PrismaClientInitializationError') return true;
  if ((typeof code === 'string' && UNAVAILABLE_CODES.has(code)) || (typeof originalCode === 'string' && UNAVAILABLE_CODES.has(originalCode))) return true;
  if (typeof kind === 'string' && UNAVAILABLE_KINDS.has(kind)) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

/** SQLSTATEs of text the database cannot store (a NUL byte, an unpaired surrogate): the request's fault, not ours. */
const BAD_CHARACTER_STATES = new Set(['22021', '22P05']);

/** Whether an error (Prisma's, its driver adapter's, or a cause) carries one of the SQLSTATEs. */
function hasSqlState(error: unknown, states: Set<string>, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { code, originalCode, cause, meta } = error as Record<string, unknown>;
  if ((typeof code === 'string' && states.has(code)) || (typeof originalCode === 'string' && states.has(originalCode))) return true;
  const adapter = typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>).driverAdapterError : undefined;
  return hasSqlState(cause, states, depth + 1) || hasSqlState(adapter, states, depth + 1);
}

/**
 * SQLSTATEs of a query cancelled by a conflict, and Prisma's code for them (P2034). On a hot standby that only
 * reads, this is "canceling statement due to conflict with recovery": replay needed a row version or lock the
 * query held. Running the query again (on the primary) succeeds.
 */
const CONFLICT_STATES = new Set(['40001', '40P01', 'P2034']);

/** Whether an error (Prisma's, its driver adapter's, or a cause) is a query cancelled by a conflict. */
export function isQueryConflict(error: unknown): boolean {
  return hasSqlState(error, CONFLICT_STATES);
}

/** Turns anything thrown into an AppError; unknown errors become INTERNAL (cause kept for the log). */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) return new AppError('DATABASE_UNAVAILABLE', { cause: error });
  if (hasSqlState(error, BAD_CHARACTER_STATES)) {
    return new AppError('VALIDATION_FAILED', { message: 'The request contains characters that cannot be stored or searched (such as a NUL byte).', cause: error });
  }
  if (typeof error === 'object' && error !== null) {
    const httpError = error as HttpLikeError;
    const status = httpError.status ?? httpError.statusCode;
    if (httpError.type === 'entity.too.large' || status === 413) return new AppError('PAYLOAD_TOO_LARGE', { cause: error });
    if (status === 404) return new AppError('NOT_FOUND', { cause: error });
    if (typeof status === 'number' && status >= 400 && status < 500) return new AppError('VALIDATION_FAILED', { cause: error });
  }
  return new AppError('INTERNAL', { cause: error });
}
