/** A labelled group of native radio buttons: keyboard and screen readers work as usual. */
export interface RadioOption<T extends string> {
  value: T
  label: string
  lang?: string
}

export interface RadioGroupProps<T extends string> {
  name: string
  label: string
  value: T
  options: readonly RadioOption<T>[]
  onChange: (value: T) => void
}

export function RadioGroup<T extends string>({ name, label, value, options, onChange }: RadioGroupProps<T>) {
  return (
    <div role="radiogroup" aria-label={label} className="segmented">
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
