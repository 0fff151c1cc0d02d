/** A TCP port free on `host` right now: the end-to-end servers listen only on the loopback address. */
import net from 'node:net'

export const HOST = '127.0.0.1'

export function freePort(host = HOST): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, host, () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}
