import { IdempotencyKeySchema } from "@convenantbot/contract";
import type restify from "restify";
import type { Store } from "@convenantbot/store";
import type { Logger } from "../logger.js";
import type { SignalActor, SignalService } from "../signals/signal-service.js";
import { sendError, sendFailure } from "./http-errors.js";
import { parseBatchBody, rowAnswer } from "./signals-batch.js";

/**
 * One batch of signals from `sender`, however it came (the partners' API, the tab's CSV upload):
 * the batch's Idempotency-Key, the rows, SignalService.submitBatch, the audit of the batch and of
 * every refused row, and one answer naming each row. 200: every row stored (or stored before);
 * 207: some refused, the rest stored; 422: none stored.
 */
export async function answerSignalBatch(
  req: restify.Request,
  res: restify.Response,
  deps: { sender: SignalActor; signals: SignalService; store: Store; logger: Logger; correlationId: string },
): Promise<void> {
  const { sender, signals, store, logger, correlationId } = deps;
  const key = IdempotencyKeySchema.safeParse(req.header("idempotency-key"));
  if (!key.success) {
    sendError(
      res,
      400,
      "Header Idempotency-Key ontbreekt of is ongeldig (1-200 tekens): zo maakt een nieuwe poging van de batch nooit een tweede signaal.",
      "Header Idempotency-Key is missing or invalid (1-200 characters): it makes sure a retry of the batch never creates a second signal.",
      { issues: [{ field: "Idempotency-Key" }] },
    );
    return;
  }
  const body = parseBatchBody(req);
  if (!body.ok) {
    sendError(res, body.status, body.message_nl, body.message_en, {
      error: "invalid_input",
      issues: [{ field: body.field, message_nl: body.message_nl, message_en: body.message_en }],
    });
    return;
  }
  try {
    const results = await signals.submitBatch({ rows: body.rows, sender, batchKey: key.data, correlationId });
    const refused = results.filter((r) => !r.ok);
    // Refusals are audited without personal data: who, that a row was refused, its key.
    await store.audit.recordMany([
      { actor: sender.actor, action: "signal.batch", recordType: "signal_batch", recordId: key.data, correlationId },
      ...refused.map((r) => ({
        actor: sender.actor,
        action: "signal.refused",
        recordType: "signal_request",
        recordId: r.idempotencyKey.slice(0, 200),
        correlationId,
      })),
    ]);
    const accepted = results.length - refused.length;
    res.json(refused.length === 0 ? 200 : accepted === 0 ? 422 : 207, {
      idempotencyKey: key.data,
      format: body.format,
      total: results.length,
      accepted,
      created: results.filter((r) => r.ok && r.created).length,
      refused: refused.length,
      rows: results.map((r, i) => rowAnswer(r, i, body)),
    });
  } catch (error) {
    await store.audit
      .record({
        actor: sender.actor,
        action: "signal.refused",
        recordType: "signal_batch",
        recordId: key.data,
        correlationId,
      })
      .catch((auditError: unknown) => logger.error({ err: auditError, correlationId }, "could not audit a refusal"));
    sendFailure(res, error, logger, correlationId, { invalidStatus: 422 });
  }
}
