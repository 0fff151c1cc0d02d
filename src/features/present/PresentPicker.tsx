/**
 * The header's Present control: it starts a presentation at its title slide (`present=0`), of the events now
 * shown or, when the dataset has prepared stories, of the one chosen in a small list (title, description,
 * number of slides). Esc or a click outside closes the list (useDisclosure, as the header's other menu).
 */
import type { ReactNode } from 'react'
import { useDataset } from '../../lib/data'
import { useLanguage, useT } from '../../lib/i18n'
import { setUrlState } from '../../lib/url-state'
import { useEventFilters } from '../filters'
import { useDisclosure } from '../../lib/keys'
import './picker.css'

/** `label` and `icon` are the header's, so the control looks like its neighbours. */
export function PresentPicker({ label, icon }: { label: string; icon: ReactNode }) {
  const { dataset, eventById } = useDataset()
  const { events: shown } = useEventFilters()
  const lang = useLanguage()
  const t = useT().tFor(lang)
  const { id, open, setOpen, rootRef, toggleProps } = useDisclosure()
  const stories = (dataset.stories ?? []).map((story) => ({
    story,
    count: story.slides.filter((slide) => eventById.has(slide.event)).length,
  }))

  const start = (story: string | null) => {
    setOpen(false)
    setUrlState({ story, present: 0 })
  }
  if (stories.length === 0)
    return (
      <button type="button" className="present-button" onClick={() => start(null)}>
        {icon}
        <span>{label}</span>
      </button>
    )
  return (
    <div ref={rootRef} className="present-picker">
      <button {...toggleProps} className="present-button present-picker__toggle">
        {icon}
        <span>{label}</span>
      </button>
      <div id={id} className="present-picker__panel" role="group" aria-label={t('present.menu.label')} hidden={!open}>
        <ul className="present-picker__list">
          <li>
            <button type="button" className="present-picker__choice" onClick={() => start(null)}>
              <strong>{t('present.menu.shown')}</strong>
              <span className="present-picker__count">{t('present.menu.slides', { count: shown.length })}</span>
            </button>
          </li>
        </ul>
        <h2 className="present-picker__heading">{t('present.menu.stories')}</h2>
        <ul className="present-picker__list">
          {stories.map(({ story, count }) => (
            <li key={story.id}>
              <button type="button" className="present-picker__choice" onClick={() => start(story.id)}>
                <strong>{story.title[lang]}</strong>
                {story.description && <span className="present-picker__description">{story.description[lang]}</span>}
                <span className="present-picker__count">{t('present.menu.slides', { count })}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
