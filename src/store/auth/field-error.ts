/**
 * An error in what an admin asked for on users, tokens or scopes, naming the input field it concerns, so the
 * HTTP API answers 400/404/409 naming the field while the CLI simply prints the message.
 */
export type AuthFieldErrorKind = 'invalid' | 'not_found' | 'conflict';

export class AuthFieldError extends Error {
  readonly field: string;
  readonly kind: AuthFieldErrorKind;

  constructor(field: string, message: string, kind: AuthFieldErrorKind = 'invalid') {
    super(message);
    this.name = 'AuthFieldError';
    this.field = field;
    this.kind = kind;
  }
}

/** Runs `fn`; a plain error (a store check's message) becomes an AuthFieldError on `field`. */
export async function onField<T>(field: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof AuthFieldError || !(error instanceof Error)) throw error;
    throw new AuthFieldError(field, error.message);
  }
}
