/** The build date: from SOURCE_DATE_EPOCH (seconds, reproducible builds) when set, else today in UTC. */
export function buildDate(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, got "${epoch}"`)
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10)
  }
  return now().toISOString().slice(0, 10)
}
