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
  /** An extra class for layout (e.g. where the group sits in the phone header). */
  className?: string
}

export function RadioGroup<T extends string>(props: RadioGroupProps<T>) {
  const { name, label, value, options, onChange, className } = props
  return (
    <div role="radiogroup" aria-label={label} className={className ? `segmented ${className}` : 'segmented'}>
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
