/** A labelled group of native radio buttons drawn as one segmented control: keyboard and screen readers work as usual. */
import { useT, type UiKey } from '../../lib/i18n'

export interface SwitchOption<T extends string> {
  value: T
  label: string
  lang?: string
}

export interface SegmentedSwitchProps<T extends string> {
  /** The radios' name; it also gives the group's class (`<name>-switch`, for layout). */
  name: 'language' | 'view'
  /** The group's accessible name. */
  label: UiKey
  value: T
  options: readonly SwitchOption<T>[]
  onChange: (value: T) => void
}

export function SegmentedSwitch<T extends string>({ name, label, value, options, onChange }: SegmentedSwitchProps<T>) {
  const { t } = useT()
  return (
    <div role="radiogroup" aria-label={t(label)} className={`segmented ${name}-switch`}>
      {options.map((option) => (
        <label key={option.value} className="segmented__option" lang={option.lang}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  )
}
