// Child process of the benchmark: the real server (startApp) over the bench database on a free
// loopback port, in its own process so that the load generator does not share its thread.
import 'reflect-metadata';
import { startApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/orm.js';

const [url] = process.argv.slice(2);
const orm = await openDatabase(url);
const app = await startApp(orm, loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'false' }));
process.send?.({ ok: true, port: app.port });
process.on('SIGTERM', () => {
  void app.close().then(() => orm.close(true)).finally(() => process.exit(0));
});
