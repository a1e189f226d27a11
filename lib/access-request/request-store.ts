import "server-only";
import { db } from "../db/client";
import { accessDraftSchema, type AccessAnswers } from "../validation/access-request";

/**
 * AccessRequest rows: at most one `draft` per region, and every submitted
 * request with its outcome (submitted, granted, denied, failed). The table has
 * no column for the last editor, so the answers column holds an envelope with
 * the answers and who saved them.
 */
type Envelope = { answers: AccessAnswers; editedBy?: string };

export type StoredRequest = {
  id: string;
  region: string;
  status: string;
  answers: AccessAnswers;
  editedBy?: string;
  updatedAt: Date;
  submittedAt: Date | null;
  submittedBy: string | null;
  caseId: string | null;
};

type Row = {
  id: string;
  region: string;
  status: string;
  answers: string;
  updatedAt: Date;
  submittedAt: Date | null;
  submittedBy: string | null;
  caseId: string | null;
};

function fromRow(row: Row): StoredRequest {
  const raw = JSON.parse(row.answers) as Partial<Envelope>;
  // Stored answers are parsed again: a row written by an older schema must not reach the form malformed.
  const parsed = accessDraftSchema.safeParse(raw.answers ?? {});
  return { ...row, answers: parsed.success ? parsed.data : {}, editedBy: raw.editedBy };
}

const envelope = (answers: AccessAnswers, editedBy: string) => JSON.stringify({ answers, editedBy } satisfies Envelope);

export async function getDraft(region: string): Promise<StoredRequest | null> {
  const row = await db().accessRequest.findFirst({ where: { region, status: "draft" }, orderBy: { updatedAt: "desc" } });
  return row ? fromRow(row) : null;
}

/** The newest request that went to AWS in this region, if any. */
export async function lastSubmitted(region: string): Promise<StoredRequest | null> {
  const row = await db().accessRequest.findFirst({ where: { region, status: { not: "draft" } }, orderBy: { submittedAt: "desc" } });
  return row ? fromRow(row) : null;
}

/** Autosave: the region's one draft, created on first save. */
export async function saveDraft(region: string, answers: AccessAnswers, editor: string): Promise<StoredRequest> {
  const existing = await db().accessRequest.findFirst({
    where: { region, status: "draft" },
    select: { id: true },
    orderBy: { updatedAt: "desc" },
  });
  const data = { answers: envelope(answers, editor) };
  const row = existing
    ? await db().accessRequest.update({ where: { id: existing.id }, data })
    : await db().accessRequest.create({ data: { region, status: "draft", ...data } });
  return fromRow(row);
}

/** The draft becomes the submitted request: its text, author, time and region stay on record. */
export async function markSubmitted(id: string, by: string, caseId: string | null): Promise<void> {
  await db().accessRequest.update({ where: { id }, data: { status: "submitted", submittedAt: new Date(), submittedBy: by, caseId } });
}

const ROW_STATUS: Record<string, string> = { PENDING: "submitted", GRANTED: "granted", DENIED: "denied", FAILED: "failed" };

/** Carries the review status the collector read from GetAccount onto the newest submitted request. */
export async function syncReviewStatus(region: string, review: { status?: string; caseId?: string } | undefined): Promise<void> {
  const status = review?.status ? ROW_STATUS[review.status] : undefined;
  if (!status) return;
  const last = await db().accessRequest.findFirst({
    where: { region, status: { not: "draft" } },
    orderBy: { submittedAt: "desc" },
    select: { id: true, status: true, caseId: true },
  });
  if (!last || (last.status === status && (last.caseId ?? undefined) === review?.caseId)) return;
  await db().accessRequest.update({ where: { id: last.id }, data: { status, caseId: review?.caseId ?? last.caseId } });
}

/** A new draft from the last request's answers (after FAILED, or to update the answers for a reply after DENIED). */
export async function draftFromLast(region: string, editor: string): Promise<StoredRequest | null> {
  const existing = await getDraft(region);
  if (existing) return existing;
  const last = await lastSubmitted(region);
  if (!last) return null;
  return saveDraft(region, { ...last.answers, acknowledged: false }, editor);
}

/** The review status of the newest successful reading, straight from the table (not memoized). */
export async function latestReview(region: string): Promise<{ status?: string; caseId?: string }> {
  const snap = await db().accountSnapshot.findFirst({
    where: { region, ok: true },
    orderBy: { takenAt: "desc" },
    select: { reviewStatus: true, reviewCaseId: true },
  });
  return { status: snap?.reviewStatus ?? undefined, caseId: snap?.reviewCaseId ?? undefined };
}
