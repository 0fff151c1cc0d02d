import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { ClearAll, FacetFilter, PeriodFilter, useFilterLabels, type Period } from '../../../src/features/filters'
import { renderFeature } from '../render'

const OPTIONS = [
  { id: 'held', label: 'Held' },
  { id: 'planned', label: 'Planned' },
]

function Harness({ onChange }: { onChange: (selected: string[]) => void }) {
  const [selected, setSelected] = useState<string[]>([])
  return (
    <FacetFilter
      facet="status"
      label="Status"
      options={OPTIONS}
      selected={selected}
      counts={new Map([['held', 3]])}
      onChange={(next) => {
        setSelected(next)
        onChange(next)
      }}
    />
  )
}

describe('<FacetFilter>', () => {
  it('is a named group of checkboxes, each described by its count', () => {
    renderFeature(<Harness onChange={() => {}} />)
    const group = screen.getByRole('group', { name: 'Status' })
    expect(within(group).getByRole('checkbox', { name: 'Held' })).toHaveAccessibleDescription('3 events')
    expect(within(group).getByRole('checkbox', { name: 'Planned' })).toHaveAccessibleDescription('0 events')
  })

  it('ticks values in the options order and clears them', async () => {
    const onChange = vi.fn()
    renderFeature(<Harness onChange={onChange} />)
    expect(screen.queryByRole('button', { name: 'Clear Status' })).toBeNull()
    await userEvent.click(screen.getByRole('checkbox', { name: 'Planned' }))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Held' }))
    expect(onChange).toHaveBeenLastCalledWith(['held', 'planned'])
    await userEvent.click(screen.getByRole('checkbox', { name: 'Planned' }))
    expect(onChange).toHaveBeenLastCalledWith(['held'])
    await userEvent.click(screen.getByRole('button', { name: 'Clear Status' }))
    expect(onChange).toHaveBeenLastCalledWith([])
    expect(screen.getByRole('checkbox', { name: 'Held' })).not.toBeChecked()
  })
})

describe('<PeriodFilter>', () => {
  const bounds = { from: '2016-01-01', to: '2019-12-31' }

  function PeriodHarness({ onChange }: { onChange: (period: Period | null) => void }) {
    const [value, setValue] = useState<Period | null>(null)
    return (
      <PeriodFilter
        value={value}
        bounds={bounds}
        onChange={(next) => {
          setValue(next)
          onChange(next)
        }}
      />
    )
  }

  it('gives a whole period from one end, the other being the bound, and clears it', async () => {
    const onChange = vi.fn()
    renderFeature(<PeriodHarness onChange={onChange} />)
    expect(screen.getByRole('group', { name: 'Period' })).toBeInTheDocument()
    const from = screen.getByLabelText('From')
    await userEvent.type(from, '2018-03-01')
    expect(onChange).toHaveBeenLastCalledWith({ from: '2018-03-01', to: '2019-12-31' })
    const to = screen.getByLabelText('To')
    expect(to).toHaveValue('2019-12-31')
    fireEvent.change(to, { target: { value: '2017-01-31' } }) // as the date picker does: a whole new day at once
    expect(onChange).toHaveBeenLastCalledWith({ from: '2017-01-31', to: '2018-03-01' })
    await userEvent.click(screen.getByRole('button', { name: 'Clear Period' }))
    expect(onChange).toHaveBeenLastCalledWith(null)
    expect(screen.getByLabelText('From')).toHaveValue('')
  })

  it('takes days in the Russian form in the Russian UI and shows them so', async () => {
    const onChange = vi.fn()
    renderFeature(<PeriodHarness onChange={onChange} />, 'ru')
    const from = screen.getByLabelText('С')
    expect(from).toHaveAttribute('placeholder', 'дд.мм.гггг')
    expect(from).toHaveAccessibleDescription('Формат: дд.мм.гггг')
    await userEvent.type(from, '01.03.2018')
    expect(onChange).toHaveBeenLastCalledWith({ from: '2018-03-01', to: '2019-12-31' })
    expect(screen.getByLabelText('По')).toHaveValue('31.12.2019')
  })

  it('explains a day that does not exist and does not apply it', async () => {
    const onChange = vi.fn()
    renderFeature(<PeriodHarness onChange={onChange} />, 'ru')
    const from = screen.getByLabelText('С')
    await userEvent.type(from, '31.02.2018')
    expect(from).toHaveAttribute('aria-invalid', 'true')
    expect(from).toHaveAccessibleDescription('Формат: дд.мм.гггг Такого дня нет')
    expect(onChange).not.toHaveBeenCalled()
    await userEvent.clear(from)
    await userEvent.type(from, '28.02.2018')
    expect(from).not.toHaveAttribute('aria-invalid')
    expect(onChange).toHaveBeenLastCalledWith({ from: '2018-02-28', to: '2019-12-31' })
  })

  it('says which form it wants once the field is left with something else', async () => {
    renderFeature(<PeriodHarness onChange={() => {}} />)
    const from = screen.getByLabelText('From')
    await userEvent.type(from, '05/31/2019')
    expect(from).not.toHaveAttribute('aria-invalid')
    await userEvent.tab()
    expect(from).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('alert')).toHaveTextContent('Type the date as yyyy-mm-dd')
  })
})

describe('<ClearAll>', () => {
  it('clears when something is filtered and is disabled otherwise', async () => {
    const onClear = vi.fn()
    const { rerender } = renderFeature(<ClearAll onClear={onClear} active={false} />)
    expect(screen.getByRole('button', { name: 'Clear all filters' })).toBeDisabled()
    rerender(<ClearAll onClear={onClear} active />)
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }))
    expect(onClear).toHaveBeenCalledOnce()
  })
})

describe('useFilterLabels', () => {
  function Labels() {
    const labels = useFilterLabels()
    return <p>{[labels.filters, ...Object.values(labels.facet), ...Object.values(labels.status)].join(' | ')}</p>
  }

  it('names the facets and statuses in the interface language', () => {
    renderFeature(<Labels />, 'ru')
    expect(
      screen.getByText('Фильтры | Статус | Тип | Люди | Места | Документы | Эпохи | Состоялось | Запланировано'),
    ).toBeVisible()
  })
})
