/** `--port N` (default 5180), or the usage line to print. */
const USAGE = 'usage: npm run studio -- [--port N]   (env TIMELINE_DATA=<dir>, default data/)'

export function parsePort(argv: readonly string[]): number | string {
  if (argv.length === 0) return 5180
  if (argv.length !== 2 || argv[0] !== '--port' || !/^\d{1,5}$/.test(argv[1] ?? '')) return USAGE
  const port = Number(argv[1])
  return port <= 65535 ? port : `--port ${argv[1]}: a port is 0 to 65535\n${USAGE}`
}
