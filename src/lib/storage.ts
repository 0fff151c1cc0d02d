/**
 * localStorage that never breaks the app: storage may be disabled (privacy mode throws on access),
 * full, or hold anything at all (an older version's format, another app's data, hand-edited junk).
 * Reads return null unless the stored value passes `validate`; writes report success.
 */

/** Returns the value to use, or null to reject it. May throw: a throwing validator counts as a rejection. */
export type Validate<T> = (value: unknown) => T | null

export interface ReadOptions {
  /** Parse the stored string as JSON first (default); false: validate the raw string. */
  json?: boolean
}

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null // SecurityError: storage disabled for this origin
  }
}

export function readStorage<T>(key: string, validate: Validate<T>, { json = true }: ReadOptions = {}): T | null {
  try {
    const raw = storage()?.getItem(key) ?? null
    if (raw === null) return null
    return validate(json ? (JSON.parse(raw) as unknown) : raw) ?? null
  } catch {
    return null
  }
}

export function writeStorage(key: string, value: unknown, { json = true }: ReadOptions = {}): boolean {
  try {
    const store = storage()
    if (!store) return false
    store.setItem(key, json ? JSON.stringify(value) : String(value))
    return true
  } catch {
    return false // QuotaExceededError, disabled storage, or a value JSON cannot encode
  }
}

export function removeStorage(key: string): boolean {
  try {
    const store = storage()
    if (!store) return false
    store.removeItem(key)
    return true
  } catch {
    return false // disabled storage
  }
}
