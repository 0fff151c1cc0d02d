/**
 * Once a dataset is loaded, the URL store checks every link's ids against it (lib/url-state/known-ids.ts).
 * Installed before the provider's children first render, so no view sees an unknown id, not even once. The app
 * has one dataset for its life; the component tests remove the check after each test.
 */
import { checkUrlIds, knownIdsOf, setUrlIdCheck, type CheckedUrlState, type UrlState } from '../url-state'
import type { DatasetIndex } from './dataset-index'

const checks = new WeakMap<DatasetIndex, (state: UrlState) => CheckedUrlState>()

/** One check per loaded dataset: installing it again (StrictMode's second mount) changes nothing. */
export function installUrlIdCheck(index: DatasetIndex): void {
  let check = checks.get(index)
  if (!check) {
    const known = knownIdsOf(index.dataset, index.eventById)
    check = (state) => checkUrlIds(state, known)
    checks.set(index, check)
  }
  setUrlIdCheck(check)
}
