/** The presentation's tests render with the features' i18next helper (the strings are under `present.*`). */
import type { RenderOptions } from '@testing-library/react'
import type { ReactElement } from 'react'
import { createI18n, renderFeature } from '../render'

export const createPresentI18n = createI18n

export function renderPresent(ui: ReactElement, options?: RenderOptions) {
  return renderFeature(ui, 'en', options)
}
