/** A table's head row: one column header per UI key, in the interface language. */
import { useT, type UiKey } from './t'

export function ColumnHeads({ columns }: { columns: readonly UiKey[] }) {
  const { t } = useT()
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {t(column)}
          </th>
        ))}
      </tr>
    </thead>
  )
}
