/**
 * The studio's page in Russian: its English strings (the contract's labels stay the default) with their Russian,
 * applied to the text nodes and a few attributes of the page and of each form as it opens. Values the person
 * typed and the document's own text are never touched: only nodes whose whole text is a known UI string.
 */
export type UiLanguage = 'en' | 'ru'

const RU: Record<string, string> = {
  'Timeline studio': 'Студия хронологии',
  'Add document': 'Добавить документ',
  'New event': 'Новое событие',
  'Add as a source': 'Добавить как источник',
  'Undo last save': 'Отменить последнее сохранение',
  'Read and mark': 'Чтение и разметка',
  'Document to read': 'Документ для чтения',
  'Dates are highlighted with what they resolve to; passages already quoted are shaded and linked; known people and places are underlined. Select a passage with the mouse, or pick a sentence below.':
    'Даты выделены вместе с тем, как они прочитаны; уже процитированные места затенены и связаны с событием; известные люди и места подчёркнуты. Выделите фрагмент мышью или выберите предложение ниже.',
  Sentence: 'Предложение',
  Selection: 'Выделение',
  'Nothing selected yet.': 'Пока ничего не выделено.',
  'Likely the same event (best first)': 'Вероятно, то же событие (лучшее первым)',
  'Not yet cited or ignored': 'Ещё не процитировано и не пропущено',
  'Events quoting this document': 'События, цитирующие этот документ',
  'None yet.': 'Пока нет.',
  'None: every dated expression is quoted or ignored.': 'Нет: каждое выражение даты процитировано или пропущено.',
  'Problems in the data folder': 'Проблемы в папке данных',
  'None: the folder passes the checks.': 'Нет: папка проходит проверки.',
  Text: 'Текст',
  'Paste the text, or drop a text file here: a dropped file is stored byte for byte.':
    'Вставьте текст или перетащите сюда текстовый файл: файл сохраняется байт в байт.',
  Published: 'Опубликован',
  Language: 'Язык',
  'English (en)': 'английский (en)',
  'Russian (ru)': 'русский (ru)',
  'Publisher (English)': 'Издатель (английский)',
  'Publisher (Russian)': 'Издатель (русский)',
  'Document id': 'Идентификатор документа',
  'Suggested as publisher-YYYY-MM-DD-language; edit it freely.':
    'Предложен как издатель-ГГГГ-ММ-ДД-язык; его можно изменить.',
  Kind: 'Вид',
  'Title (English)': 'Заголовок (английский)',
  'Title (Russian)': 'Заголовок (русский)',
  URL: 'Адрес (URL)',
  Licence: 'Лицензия',
  'Save document': 'Сохранить документ',
  Document: 'Документ',
  'Event id': 'Идентификатор события',
  Date: 'Дата',
  Status: 'Статус',
  held: 'состоялось',
  planned: 'запланировано',
  Topics: 'Темы',
  People: 'Люди',
  Places: 'Места',
  'Found in the passage and its paragraph (choose one):': 'Найдено во фрагменте и его абзаце (выберите одно):',
  'Different from': 'Отличается от',
  'What tells them apart': 'Чем они различаются',
  'Listed above as likely the same event: say why this is another one.':
    'Выше указано как вероятно то же событие: объясните, почему это другое.',
  'Names in the other language (click to insert where the cursor was):':
    'Имена на другом языке (нажмите, чтобы вставить на место курсора):',
  'Summary (English)': 'Описание (английский)',
  'Summary (Russian)': 'Описание (русский)',
  Quote: 'Цитата',
  'Quote translation': 'Перевод цитаты',
  'Save event': 'Сохранить событие',
  Event: 'Событие',
  'Save source': 'Сохранить источник',
  "Why the quote's date differs from the event's": 'Почему дата цитаты отличается от даты события',
  'Or choose a text file': 'Или выберите текстовый файл',
  'Selection and coverage': 'Выделение и охват',
  '(choose a document)': '(выберите документ)',
  '(pick a sentence to use as the passage)': '(выберите предложение как фрагмент)',
  '(not recorded)': '(не записывать)',
  Ignore: 'Пропустить',
  'Use its sentence': 'Взять его предложение',
  reason: 'причина',
  'Add a person, place, topic or kind': 'Добавить человека, место, тему или вид',
  'Add to list': 'В список',
  'New entry id': 'Идентификатор новой записи',
  'Name in English': 'Название по-английски',
  'Name in Russian': 'Название по-русски',
  'Add to the list': 'Добавить в список',
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
const originalText = new WeakMap<Node, string>()
const originalAttributes = new WeakMap<Element, Map<string, string>>()
const ATTRIBUTES = ['aria-label', 'placeholder', 'title'] as const

let current: UiLanguage = 'en'

export const uiLanguage = (): UiLanguage => current

/** Sets the page's language and translates what is in the page now; call `translate` on what is added later. */
export function setLanguage(language: UiLanguage): void {
  current = language
  document.documentElement.lang = language
  translate(document.body)
}

/** Puts the known UI strings under `root` in the current language (and back), leaving everything else as it is. */
export function translate(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    // The document's text and what the person wrote are never UI strings.
    const parent = node instanceof Element ? node : node.parentElement
    if (parent?.closest('#reader, textarea, #selection-text, #problems')) continue
    if (node.nodeType === Node.TEXT_NODE) {
      const english = originalText.get(node) ?? node.textContent ?? ''
      const ru = RU[squash(english)]
      if (ru === undefined) continue
      originalText.set(node, english)
      node.textContent = current === 'ru' ? ru : english
    } else if (node instanceof Element) {
      let stored = originalAttributes.get(node)
      for (const name of ATTRIBUTES) {
        const english = stored?.get(name) ?? node.getAttribute(name)
        const ru = english === null ? undefined : RU[squash(english)]
        if (english === null || ru === undefined) continue
        if (!stored) originalAttributes.set(node, (stored = new Map()))
        stored.set(name, english)
        node.setAttribute(name, current === 'ru' ? ru : english)
      }
    }
  }
}
