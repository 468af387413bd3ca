// Child process of the benchmark: the real server (startApp) over the bench database on a free
// loopback port, in its own process so that the load generator does not share its thread.
import 'reflect-metadata';
import { startApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/orm.js';

const [url] = process.argv.slice(2);
const orm = await openDatabase(url);
const t0 = performance.now();
const app = await startApp(orm, loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'false', WARM_UP: 'true' }));
// Ready once the background warm-up has computed the latest periods: the load step measures serving
// in steady state, and the warm-up's duration is a figure of its own.
await app.warmer?.idle();
process.send?.({ ok: true, port: app.port, warmSeconds: (performance.now() - t0) / 1000 });
process.on('SIGTERM', () => {
  void app.close().then(() => orm.close(true)).finally(() => process.exit(0));
});
