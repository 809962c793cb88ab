/** A progress bar on stderr, only when stderr is a terminal and the batch is large enough to wait for. */
export function progressBar(total: number, label: string, stream: NodeJS.WriteStream = process.stderr): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY || total <= 20) return undefined;
  let last = -1;
  return (done: number, all: number) => {
    const pct = Math.floor((done / all) * 100);
    if (pct === last && done !== all) return;
    last = pct;
    const width = 30;
    const fill = Math.round((done / all) * width);
    stream.write(`\r${label} [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${done}/${all} ${pct}%`);
    if (done === all) stream.write('\n');
  };
}
