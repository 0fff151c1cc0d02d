import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { useKeydown, type KeydownOptions, type KeyLayer } from '../../../src/lib/keys'

interface Listener {
  layer: KeyLayer
  keys: string[]
  options?: KeydownOptions
}

/** Each listener records the keys it saw and uses the ones in its `keys`. */
function Listeners({ listeners, seen }: { listeners: Listener[]; seen: string[] }) {
  return (
    <>
      {listeners.map((listener, i) => (
        <Listen key={i} {...listener} seen={seen} />
      ))}
      <input aria-label="field" />
    </>
  )
}

function Listen({ layer, keys, options, seen }: Listener & { seen: string[] }) {
  useKeydown(
    layer,
    (event) => {
      seen.push(`${layer}:${event.key}`)
      return keys.includes(event.key)
    },
    options,
  )
  return null
}

describe('useKeydown', () => {
  it('offers a key to the presentation, then a menu, then a dialog, then the global keys', async () => {
    const seen: string[] = []
    const layers: KeyLayer[] = ['global', 'dialog', 'menu', 'presentation']
    render(<Listeners listeners={layers.map((layer) => ({ layer, keys: [] }))} seen={seen} />)
    await userEvent.keyboard('x')
    expect(seen).toEqual(['presentation:x', 'menu:x', 'dialog:x', 'global:x'])
  })

  it('stops at the first layer that uses the key', async () => {
    const seen: string[] = []
    render(
      <Listeners
        listeners={[
          { layer: 'global', keys: [] },
          { layer: 'dialog', keys: [] },
          { layer: 'menu', keys: ['Escape'] },
          { layer: 'presentation', keys: ['p'] },
        ]}
        seen={seen}
      />,
    )
    await userEvent.keyboard('{Escape}p')
    expect(seen).toEqual(['presentation:Escape', 'menu:Escape', 'presentation:p'])
  })

  it('ignores typing in a field and modified keys unless asked for them', async () => {
    const seen: string[] = []
    const { getByRole } = render(
      <Listeners
        listeners={[
          { layer: 'global', keys: [] },
          { layer: 'dialog', keys: [], options: { typing: true, modified: true } },
        ]}
        seen={seen}
      />,
    )
    await userEvent.keyboard('{Control>}k{/Control}')
    await userEvent.click(getByRole('textbox', { name: 'field' }))
    await userEvent.keyboard('a')
    expect(seen).toEqual(['dialog:Control', 'dialog:k', 'dialog:a'])
  })

  it('listens only while enabled and stops listening on unmount', async () => {
    const seen: string[] = []
    const { rerender, unmount } = render(
      <Listeners listeners={[{ layer: 'menu', keys: [], options: { enabled: false } }]} seen={seen} />,
    )
    await userEvent.keyboard('a')
    rerender(<Listeners listeners={[{ layer: 'menu', keys: [], options: { enabled: true } }]} seen={seen} />)
    await userEvent.keyboard('b')
    unmount()
    await userEvent.keyboard('c')
    expect(seen).toEqual(['menu:b'])
  })
})
