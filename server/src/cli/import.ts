// The process around importCommand: configuration, database and cache as
// the server opens them, so the cached ratings it changes are retired.
import { createCache } from '../cache/createCache';
import { loadConfig } from '../config';
import { migrate, openDatabase } from '../db/database';
import { maskSensitive } from '../log/maskSensitive';
import { importCommand } from './importCommand';

async function main(): Promise<number> {
  const loaded = loadConfig();
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(problem);
    return 1;
  }
  const { config } = loaded;
  const db = openDatabase(
    'url' in config.database
      ? { url: config.database.url }
      : { sqlitePath: config.database.sqlitePath },
  );
  const cache = createCache(config);
  try {
    await migrate(db);
    return await importCommand(
      process.argv.slice(2),
      { db, cache, dataKey: config.dataKey },
      { out: (line) => console.log(line), err: (line) => console.error(line) },
    );
  } finally {
    await Promise.all([db.close(), cache.close()]);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(maskSensitive(detail));
    process.exit(1);
  },
);
