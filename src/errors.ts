/**
 * Base class of every error sverka throws on purpose. `code` is stable and can be
 * tested; `message` says what went wrong and what to do.
 */
export class SverkaError extends Error {
  /** Stable machine-readable code (`E_INPUT`, `E_ENCODING`, `E_TOO_LARGE`, `E_NOT_IMPLEMENTED`). */
  readonly code: string;
  /**
   * @param message what went wrong and what to do.
   * @param code stable error code.
   */
  constructor(message: string, code = 'E_SVERKA') {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Bad input or options given by the caller. */
export class InputError extends SverkaError {
  /** @param message what is wrong and how to fix it. */
  constructor(message: string) {
    super(message, 'E_INPUT');
  }
}

/** Input bytes that are not text or in an encoding sverka cannot read. */
export class EncodingError extends SverkaError {
  /** @param message what is wrong and how to fix it. */
  constructor(message: string) {
    super(message, 'E_ENCODING');
  }
}

/** Input larger than the documented maximum. */
export class InputTooLargeError extends SverkaError {
  /** @param message what is wrong and how to fix it. */
  constructor(message: string) {
    super(message, 'E_TOO_LARGE');
  }
}

/** A stage that is not built yet. */
export class NotImplementedError extends SverkaError {
  /** @param stage the stage name. */
  constructor(stage: string) {
    super(`${stage}: not implemented yet`, 'E_NOT_IMPLEMENTED');
  }
}

/** Largest document sverka accepts, in UTF-16 code units (64 Mi). Split larger inputs. */
export const MAX_DOCUMENT_LENGTH = 64 * 1024 * 1024;
