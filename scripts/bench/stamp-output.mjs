// Preloaded into the processes of a benchmarked build (NODE_OPTIONS="--import <this file>", set by
// scripts/bench/measure.ts only): every line written to stdout or stderr starts with "@@<epoch ms> ", the moment
// it was written. Output through a pipe arrives in bursts, so the time it is read says little; this lets the
// benchmark time each step of the build from Astro's own log lines. Plain JavaScript, as Node loads it itself.

for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream);
  let atLineStart = true;
  /** @type {(chunk: unknown, encoding?: unknown, callback?: unknown) => boolean} */
  const stamped = (chunk, encoding, callback) => {
    const text =
      typeof chunk === 'string'
        ? chunk
        : Buffer.from(/** @type {Uint8Array} */ (chunk)).toString(
            /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8'),
          );
    const stamp = `@@${String(Date.now())} `;
    let out = '';
    for (const piece of text.split(/(?<=\n)/)) {
      if (atLineStart && piece !== '') out += stamp;
      out += piece;
      atLineStart = piece.endsWith('\n');
    }
    const done = typeof encoding === 'function' ? encoding : callback;
    return write(out, /** @type {(error?: Error | null) => void} */ (done));
  };
  stream.write = /** @type {typeof stream.write} */ (stamped);
}
