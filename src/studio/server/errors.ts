import type { FieldProblem } from '../shared/answers'

/** An error the studio answers with its HTTP status and a message for the person at the form. */
export class StudioError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409,
    message: string,
  ) {
    super(message)
  }
}

/** A form that cannot be saved as it is: every invalid field with its reason. */
export class FormError extends StudioError {
  constructor(readonly problems: FieldProblem[]) {
    super(400, problems.map((p) => `${p.field}: ${p.message}`).join('; '))
  }
}
