// Node driver: checks every WASM kernel (scalar, SIMD and SIMD+threads builds) against float64
// JS references, then prints a matmul timing. Not part of the Maven test run.
//   node wasm/test/run-tests.mjs [--no-bench]
// Exit status 0 when every check passes.
import os from 'node:os';
import { runSuite } from './suite.mjs';

const cores = os.availableParallelism ? os.availableParallelism() : os.cpus().length;
const { failures } = await runSuite({
  bench: !process.argv.includes('--no-bench'),
  platform: `Node ${process.versions.node} on this ${cores}-core CPU (load average ${os.loadavg()[0].toFixed(1)})`,
});
process.exit(failures ? 1 : 0);
