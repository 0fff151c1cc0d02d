/** An error the studio answers with its HTTP status and a message for the person at the form. */
export class StudioError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409,
    message: string,
  ) {
    super(message)
  }
}
