// `npm start`: serves the built demo and prints where.
import { serve } from './server.js';

const port = Number(process.env.PORT ?? 4173);
serve(port).then(
  ({ url }) => console.log(`\nchuongtrinh demo: ${url}\n(Ctrl+C to stop)`),
  (error) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: run with PORT=<another port> npm start` : error);
    process.exit(1);
  },
);
