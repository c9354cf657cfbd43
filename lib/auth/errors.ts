/** A refusal with its status: 401 not signed in, 403 not allowed, 429 too many attempts (lib/api/respond.ts answers it). */
export class AuthError extends Error {
  constructor(
    readonly status: 401 | 403 | 429,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}
