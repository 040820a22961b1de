// Rates subjects and stores their ratings a chunk at a time, so that this
// process and the database work at once: the next chunk's records are
// read while this chunk's statements are built, and this chunk's ratings
// are written while the next chunk is scored. The queries queue on the
// transaction's one connection in the order they are sent, so every chunk
// reads after the caller's locks and writes inside its transaction.
import type { Database } from '../db/database';
import type { Subject } from '../db/models';
import type { ModelsByKind } from './loadScoringModels';
import { rateSubjects } from './rateSubjects';
import { StoreOptions, StoredRating, storeRatings } from './storeRatings';

const CHUNK_SIZE = 250;

export async function rescoreInChunks(
  db: Database,
  subjects: Pick<Subject, 'id' | 'kind'>[],
  models: Partial<ModelsByKind>,
  before: Map<number, StoredRating>,
  options: StoreOptions & { now: Date },
): Promise<void> {
  const chunks = [];
  for (let i = 0; i < subjects.length; i += CHUNK_SIZE) {
    chunks.push(subjects.slice(i, i + CHUNK_SIZE));
  }
  if (chunks.length === 0) return;

  // Every query in flight is watched from the moment it is sent, so a
  // failure waits for the rest to settle before the caller rolls back.
  const inFlight: Promise<void>[] = [];
  let failure: { error: unknown } | undefined;
  const watch = <T>(work: Promise<T>): Promise<T> => {
    inFlight.push(
      work.then(
        () => undefined,
        (error: unknown) => {
          failure ??= { error };
        },
      ),
    );
    return work;
  };

  let rated = watch(rateSubjects(db, chunks[0], models, options));
  for (let i = 0; i < chunks.length && failure === undefined; i += 1) {
    const ratings = await rated.catch(() => null);
    if (ratings === null) break;
    if (i + 1 < chunks.length) {
      rated = watch(rateSubjects(db, chunks[i + 1], models, options));
    }
    watch(storeRatings(db, ratings, before, options));
  }
  await Promise.all(inFlight);
  if (failure !== undefined) throw failure.error;
}
