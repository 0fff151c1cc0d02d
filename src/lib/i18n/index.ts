export { initI18n, resources } from './i18n'
export { LANGUAGE_STORAGE_KEY, browserLanguage, readStoredLanguage, resolveLanguage, storeLanguage } from './language'
export { useT, type T, type Translation, type UiKey } from './t'
export { chooseLanguage, useLanguage, useLanguageSync } from './use-language'
