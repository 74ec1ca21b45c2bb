/** A progress bar on stderr: redrawn in place on a terminal, one line per tenth otherwise. */
export function progressBar(label: string, total: number) {
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  return {
    update(done: number) {
      const share = total === 0 ? 1 : done / total;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const width = 30;
      const filled = Math.round(share * width);
      const line = `  ${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${Math.round(share * 100)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${seconds} s`;
      if (tty) process.stderr.write(`\r${line}`);
      else if (Math.floor(share * 10) > lastTenth) {
        lastTenth = Math.floor(share * 10);
        process.stderr.write(`${line}\n`);
      }
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}
