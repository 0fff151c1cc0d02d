/**
 * The deck on paper (Ctrl+P while presenting, or the browser's Save as PDF): every slide, each whole, on a
 * landscape page of its own, on white. Hidden on screen; print.css prints it instead of the screen.
 */
import type { DatasetDocument, Topic } from '../../model'
import { ClosingSlide, TitleSlide, type CoverProps } from './CoverSlides'
import { citedDocuments, PRINTED_DOCUMENTS_PER_PAGE } from './deck'
import { SlideContent } from './SlideContent'

export interface SlidesForPrintProps extends CoverProps {
  meta: { title: { ru: string; en: string }; description?: { ru: string; en: string } }
  topics: readonly Topic[]
  documents: readonly DatasetDocument[]
}

export function SlidesForPrint({ meta, topics, documents, ...cover }: SlidesForPrintProps) {
  if (cover.slides.length === 0) return null
  const bilingual = cover.langs.length > 1
  const closingPages = Math.max(
    1,
    Math.ceil(citedDocuments(cover.slides, documents).length / PRINTED_DOCUMENTS_PER_PAGE),
  )
  return (
    <div className="print-slides" data-print-root="" lang={cover.langs[0]} hidden>
      <section className="print-slide">
        <TitleSlide {...cover} title={meta.title} description={meta.description} />
      </section>
      {cover.slides.map(({ event }) => (
        <section
          key={event.id}
          className={bilingual ? 'print-slide print-slide--bilingual' : 'print-slide'}
          data-event-id={event.id}
        >
          <SlideContent event={event} langs={cover.langs} tFor={cover.tFor} topics={topics} documents={documents} />
        </section>
      ))}
      {Array.from({ length: closingPages }, (_, part) => (
        <section key={`closing-${part}`} className="print-slide print-slide--closing">
          <ClosingSlide {...cover} documents={documents} part={part} parts={closingPages} />
        </section>
      ))}
    </div>
  )
}
