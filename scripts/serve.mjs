// `npm start`: serves the built demo (dist/demo) at http://127.0.0.1:8080 (PORT to change).
import { startStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 8080);
const { origin } = await startStaticServer(new URL('../dist/demo', import.meta.url).pathname, port);
console.log(`Stamp Out demo: ${origin}/  (Ctrl+C to stop)`);
