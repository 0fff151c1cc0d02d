/** A labelled group of native radio buttons drawn as one segmented control: keyboard and screen readers work as usual. */
import { useT } from '../../lib/i18n'

export interface SwitchOption<T extends string> {
  value: T
  label: string
  lang?: string
}

export interface SegmentedSwitchProps<T extends string> {
  /** The radios' name; it also gives the group's label (`<name>.label`) and class (`<name>-switch`, for layout). */
  name: 'language' | 'view'
  value: T
  options: readonly SwitchOption<T>[]
  onChange: (value: T) => void
}

export function SegmentedSwitch<T extends string>({ name, value, options, onChange }: SegmentedSwitchProps<T>) {
  const { t } = useT()
  return (
    <div role="radiogroup" aria-label={t(`${name}.label`)} className={`segmented ${name}-switch`}>
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
