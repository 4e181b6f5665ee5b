// Preloaded into a benchmarked child process (node --import): reports its peak resident memory on exit.
process.on('exit', () => {
  process.stderr.write(`bench:peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
