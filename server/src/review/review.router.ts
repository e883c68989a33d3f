import { Router } from 'express';
import type { Request } from 'express';
import { z } from 'zod';
import { ReviewKind, ReviewMark, ReviewQuery } from '@relance/shared';
import type { ReviewItem } from '@relance/shared';
import { currentUser, requireRole } from '../auth/authenticate.ts';
import type { AppDeps } from '../deps.ts';
import { listFormat, parseListQuery, sendCsv } from '../http/csv.ts';
import type { CsvColumn } from '../http/csv.ts';
import { invalidField } from '../http/errors.ts';
import { commitWrite } from '../http/idempotency.ts';
import { parseBody } from '../http/validate.ts';
import { markReviewed, reviewQueue } from './review.service.ts';

/** How many rows a CSV export of the queue holds at most. */
export const REVIEW_CSV_MAX_ROWS = 10_000;

// A CSV export walks the pages itself, so its limit may go past the JSON page size.
const ReviewCsvQuery = ReviewQuery.extend({
  limit: z.coerce.number().int().min(1).max(REVIEW_CSV_MAX_ROWS).default(1000),
});

const REVIEW_CSV: CsvColumn<ReviewItem>[] = [
  { header: 'kind', value: (i) => i.kind },
  { header: 'id', value: (i) => i.id },
  { header: 'at', value: (i) => i.at },
  { header: 'customer', value: (i) => i.customer.name },
  { header: 'customer_id', value: (i) => i.customer.id },
  { header: 'collector', value: (i) => i.collector.name },
  { header: 'client', value: (i) => i.client },
  { header: 'direction', value: (i) => i.direction },
  { header: 'summary', value: (i) => i.summary },
  { header: 'amount_minor', value: (i) => i.amount?.amount },
  { header: 'currency', value: (i) => i.amount?.currency },
  { header: 'status', value: (i) => i.status },
  { header: 'reviewed_by', value: (i) => i.review?.reviewer.name },
  { header: 'reviewed_at', value: (i) => i.review?.reviewedAt },
  { header: 'comment', value: (i) => i.review?.comment },
];

function kindParam(req: Request) {
  const parsed = ReviewKind.safeParse(req.params.kind);
  if (!parsed.success) throw invalidField('kind', 'must be email, promise or dispute');
  return parsed.data;
}

/** Routes of /api/v1 for the review queue: GET /review and POST /review/:kind/:id. */
export function reviewRouter(deps: AppDeps): Router {
  const router = Router();
  const db = deps.storage.db;

  router.get('/review', async (req, res) => {
    const user = currentUser(req);
    if (listFormat(req) === 'csv') {
      const query = parseListQuery(ReviewCsvQuery, req);
      const items: ReviewItem[] = [];
      let cursor = query.cursor;
      while (items.length < query.limit) {
        const page = await reviewQueue(db, user, {
          ...query,
          cursor,
          limit: Math.min(200, query.limit - items.length),
        });
        items.push(...page.items);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      sendCsv(res, 'review.csv', REVIEW_CSV, items);
      return;
    }
    res.json(await reviewQueue(db, user, parseListQuery(ReviewQuery, req)));
  });

  router.post('/review/:kind/:id', requireRole('manager'), async (req, res) => {
    const kind = kindParam(req);
    const input = parseBody(ReviewMark, req);
    const user = currentUser(req);
    const requestId = typeof req.id === 'string' ? req.id : undefined;
    await commitWrite(deps, req, res, async (trx) => ({
      status: 200,
      body: await markReviewed(
        trx,
        deps,
        user,
        kind,
        String(req.params.id ?? ''),
        input.comment,
        requestId,
      ),
    }));
  });

  return router;
}
