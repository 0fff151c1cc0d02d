/** An error the studio answers with its HTTP status and a message for the person at the form. */
export class StudioError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409,
    message: string,
  ) {
    super(message)
  }
}

export interface FieldProblem {
  /** The form's field (`id`, `titleEn`...) or the record's field path (`sources.0.quote`) for the page to place. */
  field: string
  message: string
}

/** A form that cannot be saved as it is: every invalid field with its reason. */
export class FormError extends StudioError {
  constructor(readonly problems: FieldProblem[]) {
    super(400, problems.map((p) => `${p.field}: ${p.message}`).join('; '))
  }
}
