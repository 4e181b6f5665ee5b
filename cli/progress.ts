/** A progress reporter on stderr: one rewritten line on a terminal, a line per quarter otherwise. */
export function progress(stream: NodeJS.WriteStream, label: string): (done: number, total: number) => void {
  let lastQuarter = -1;
  let lastDraw = 0;
  return (done, total) => {
    if (stream.isTTY) {
      const now = Date.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      stream.write(`\r${label}: ${done}/${total}${done === total ? '\n' : ''}`);
      return;
    }
    const quarter = Math.floor((4 * done) / Math.max(1, total));
    if (quarter !== lastQuarter) {
      lastQuarter = quarter;
      stream.write(`${label}: ${done}/${total}\n`);
    }
  };
}

/** A running count on stderr when it is a terminal (the load report follows either way). */
export function rowCounter(stream: NodeJS.WriteStream, label: string): (rows: number) => void {
  let lastDraw = 0;
  return (rows) => {
    if (!stream.isTTY) return;
    const now = Date.now();
    if (now - lastDraw < 100) return;
    lastDraw = now;
    stream.write(`\r${label}: ${rows} rows`);
  };
}
