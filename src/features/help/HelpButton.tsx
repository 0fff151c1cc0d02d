import { useT } from '../../lib/i18n'

/** Opens the shortcuts overlay for those who do not know about "?". */
export function HelpButton({ onClick }: { onClick: () => void }) {
  const { t } = useT()
  return (
    <button
      type="button"
      className="help-button"
      aria-keyshortcuts="?"
      title={t('features.help.open')}
      onClick={onClick}
    >
      {t('features.help.open')}
    </button>
  )
}
