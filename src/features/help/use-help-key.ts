import { useKeydown } from '../../lib/keys'

/** Calls `onHelp` when "?" is pressed anywhere outside a text field. */
export function useHelpKey(onHelp: () => void): void {
  useKeydown('global', (event) => {
    if (event.key !== '?') return false
    onHelp()
    return true
  })
}
