export { initI18n } from './i18n'
export { LANGUAGE_STORAGE_KEY, resolveLanguage } from './language'
export { useT, type T, type UiKey } from './t'
export { chooseLanguage, useLanguage, useLanguageSync } from './use-language'
