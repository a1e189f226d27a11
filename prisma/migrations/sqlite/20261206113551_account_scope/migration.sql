-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AccessRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "account" TEXT NOT NULL DEFAULT 'default',
    "region" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "answers" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "submittedAt" DATETIME,
    "submittedBy" TEXT,
    "caseId" TEXT
);
INSERT INTO "new_AccessRequest" ("answers", "caseId", "createdAt", "id", "region", "status", "submittedAt", "submittedBy", "updatedAt") SELECT "answers", "caseId", "createdAt", "id", "region", "status", "submittedAt", "submittedBy", "updatedAt" FROM "AccessRequest";
DROP TABLE "AccessRequest";
ALTER TABLE "new_AccessRequest" RENAME TO "AccessRequest";
CREATE INDEX "AccessRequest_account_region_createdAt_idx" ON "AccessRequest"("account", "region", "createdAt");
CREATE TABLE "new_AccountEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "account" TEXT NOT NULL DEFAULT 'default',
    "region" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "fromValue" TEXT,
    "toValue" TEXT,
    "message" TEXT NOT NULL
);
INSERT INTO "new_AccountEvent" ("at", "fromValue", "id", "kind", "message", "region", "toValue") SELECT "at", "fromValue", "id", "kind", "message", "region", "toValue" FROM "AccountEvent";
DROP TABLE "AccountEvent";
ALTER TABLE "new_AccountEvent" RENAME TO "AccountEvent";
CREATE INDEX "AccountEvent_account_region_at_idx" ON "AccountEvent"("account", "region", "at");
CREATE TABLE "new_AccountSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "account" TEXT NOT NULL DEFAULT 'default',
    "region" TEXT NOT NULL,
    "takenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ok" BOOLEAN NOT NULL,
    "error" TEXT,
    "production" BOOLEAN,
    "sendingEnabled" BOOLEAN,
    "enforcementStatus" TEXT,
    "max24HourSend" REAL,
    "maxSendRate" REAL,
    "sentLast24Hours" REAL,
    "reviewStatus" TEXT,
    "reviewCaseId" TEXT,
    "suppressedReasons" TEXT,
    "vdmEnabled" BOOLEAN,
    "readinessScore" INTEGER,
    "readinessReportId" TEXT,
    "runId" TEXT,
    CONSTRAINT "AccountSnapshot_readinessReportId_fkey" FOREIGN KEY ("readinessReportId") REFERENCES "ReadinessReport" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AccountSnapshot_runId_fkey" FOREIGN KEY ("runId") REFERENCES "CollectionRun" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AccountSnapshot" ("enforcementStatus", "error", "id", "max24HourSend", "maxSendRate", "ok", "production", "readinessReportId", "readinessScore", "region", "reviewCaseId", "reviewStatus", "runId", "sendingEnabled", "sentLast24Hours", "suppressedReasons", "takenAt", "vdmEnabled") SELECT "enforcementStatus", "error", "id", "max24HourSend", "maxSendRate", "ok", "production", "readinessReportId", "readinessScore", "region", "reviewCaseId", "reviewStatus", "runId", "sendingEnabled", "sentLast24Hours", "suppressedReasons", "takenAt", "vdmEnabled" FROM "AccountSnapshot";
DROP TABLE "AccountSnapshot";
ALTER TABLE "new_AccountSnapshot" RENAME TO "AccountSnapshot";
CREATE UNIQUE INDEX "AccountSnapshot_runId_key" ON "AccountSnapshot"("runId");
CREATE INDEX "AccountSnapshot_account_region_takenAt_idx" ON "AccountSnapshot"("account", "region", "takenAt");
CREATE INDEX "AccountSnapshot_account_region_ok_takenAt_idx" ON "AccountSnapshot"("account", "region", "ok", "takenAt");
CREATE TABLE "new_Alert" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "account" TEXT NOT NULL DEFAULT 'default',
    "key" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "deliveries" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" DATETIME,
    "acknowledgedBy" TEXT
);
INSERT INTO "new_Alert" ("acknowledgedAt", "acknowledgedBy", "createdAt", "deliveries", "id", "key", "kind", "message", "payload", "region", "severity", "title") SELECT "acknowledgedAt", "acknowledgedBy", "createdAt", "deliveries", "id", "key", "kind", "message", "payload", "region", "severity", "title" FROM "Alert";
DROP TABLE "Alert";
ALTER TABLE "new_Alert" RENAME TO "Alert";
CREATE INDEX "Alert_createdAt_idx" ON "Alert"("createdAt");
CREATE INDEX "Alert_account_region_kind_createdAt_idx" ON "Alert"("account", "region", "kind", "createdAt");
CREATE UNIQUE INDEX "Alert_account_key_key" ON "Alert"("account", "key");
CREATE TABLE "new_AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "account" TEXT NOT NULL DEFAULT 'default',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT,
    "details" TEXT,
    "ip" TEXT,
    "accountId" TEXT,
    "region" TEXT,
    CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AuditLog" ("accountId", "action", "actorEmail", "actorId", "createdAt", "details", "id", "ip", "region", "target") SELECT "accountId", "action", "actorEmail", "actorId", "createdAt", "details", "id", "ip", "region", "target" FROM "AuditLog";
DROP TABLE "AuditLog";
ALTER TABLE "new_AuditLog" RENAME TO "AuditLog";
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");
CREATE INDEX "AuditLog_account_createdAt_idx" ON "AuditLog"("account", "createdAt");
CREATE TABLE "new_CollectionRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "account" TEXT NOT NULL DEFAULT 'default',
    "region" TEXT NOT NULL,
    "slot" INTEGER,
    "trigger" TEXT NOT NULL,
    "instance" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);
INSERT INTO "new_CollectionRun" ("finishedAt", "id", "instance", "region", "slot", "startedAt", "trigger") SELECT "finishedAt", "id", "instance", "region", "slot", "startedAt", "trigger" FROM "CollectionRun";
DROP TABLE "CollectionRun";
ALTER TABLE "new_CollectionRun" RENAME TO "CollectionRun";
CREATE INDEX "CollectionRun_startedAt_idx" ON "CollectionRun"("startedAt");
CREATE UNIQUE INDEX "CollectionRun_account_region_slot_key" ON "CollectionRun"("account", "region", "slot");
CREATE TABLE "new_DomainCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "account" TEXT NOT NULL DEFAULT 'default',
    "region" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "checkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verdict" TEXT NOT NULL,
    "spfStatus" TEXT NOT NULL,
    "dkimStatus" TEXT NOT NULL,
    "dmarcStatus" TEXT NOT NULL,
    "mailFromStatus" TEXT NOT NULL,
    "result" TEXT NOT NULL
);
INSERT INTO "new_DomainCheck" ("checkedAt", "dkimStatus", "dmarcStatus", "domain", "id", "mailFromStatus", "region", "result", "spfStatus", "verdict") SELECT "checkedAt", "dkimStatus", "dmarcStatus", "domain", "id", "mailFromStatus", "region", "result", "spfStatus", "verdict" FROM "DomainCheck";
DROP TABLE "DomainCheck";
ALTER TABLE "new_DomainCheck" RENAME TO "DomainCheck";
CREATE INDEX "DomainCheck_account_domain_checkedAt_idx" ON "DomainCheck"("account", "domain", "checkedAt");
CREATE INDEX "DomainCheck_account_region_checkedAt_idx" ON "DomainCheck"("account", "region", "checkedAt");
CREATE TABLE "new_MonitorState" (
    "account" TEXT NOT NULL DEFAULT 'default',
    "region" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("account", "region")
);
INSERT INTO "new_MonitorState" ("region", "state", "updatedAt") SELECT "region", "state", "updatedAt" FROM "MonitorState";
DROP TABLE "MonitorState";
ALTER TABLE "new_MonitorState" RENAME TO "MonitorState";
CREATE TABLE "new_ReadinessReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "account" TEXT NOT NULL DEFAULT 'default',
    "region" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "firstSeen" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeen" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_ReadinessReport" ("firstSeen", "hash", "id", "lastSeen", "region", "result", "score") SELECT "firstSeen", "hash", "id", "lastSeen", "region", "result", "score" FROM "ReadinessReport";
DROP TABLE "ReadinessReport";
ALTER TABLE "new_ReadinessReport" RENAME TO "ReadinessReport";
CREATE UNIQUE INDEX "ReadinessReport_account_region_hash_key" ON "ReadinessReport"("account", "region", "hash");
CREATE TABLE "new_ReputationSample" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "account" TEXT NOT NULL DEFAULT 'default',
    "region" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "period" INTEGER NOT NULL,
    "bounceRate" REAL,
    "complaintRate" REAL,
    "send" REAL,
    "delivery" REAL,
    "bounce" REAL,
    "complaint" REAL,
    "reject" REAL
);
INSERT INTO "new_ReputationSample" ("at", "bounce", "bounceRate", "complaint", "complaintRate", "delivery", "id", "period", "region", "reject", "send") SELECT "at", "bounce", "bounceRate", "complaint", "complaintRate", "delivery", "id", "period", "region", "reject", "send" FROM "ReputationSample";
DROP TABLE "ReputationSample";
ALTER TABLE "new_ReputationSample" RENAME TO "ReputationSample";
CREATE INDEX "ReputationSample_account_region_at_idx" ON "ReputationSample"("account", "region", "at");
CREATE UNIQUE INDEX "ReputationSample_account_region_period_at_key" ON "ReputationSample"("account", "region", "period", "at");
CREATE TABLE "new_SnapshotRollup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "account" TEXT NOT NULL DEFAULT 'default',
    "region" TEXT NOT NULL,
    "hour" DATETIME NOT NULL,
    "day" TEXT NOT NULL,
    "readings" INTEGER NOT NULL,
    "failures" INTEGER NOT NULL,
    "readinessScore" REAL,
    "sentLast24Hours" REAL,
    "max24HourSend" REAL,
    "maxSendRate" REAL,
    "production" BOOLEAN,
    "sendingEnabled" BOOLEAN,
    "enforcementStatus" TEXT
);
INSERT INTO "new_SnapshotRollup" ("day", "enforcementStatus", "failures", "hour", "id", "max24HourSend", "maxSendRate", "production", "readinessScore", "readings", "region", "sendingEnabled", "sentLast24Hours") SELECT "day", "enforcementStatus", "failures", "hour", "id", "max24HourSend", "maxSendRate", "production", "readinessScore", "readings", "region", "sendingEnabled", "sentLast24Hours" FROM "SnapshotRollup";
DROP TABLE "SnapshotRollup";
ALTER TABLE "new_SnapshotRollup" RENAME TO "SnapshotRollup";
CREATE INDEX "SnapshotRollup_account_region_day_idx" ON "SnapshotRollup"("account", "region", "day");
CREATE UNIQUE INDEX "SnapshotRollup_account_region_hour_key" ON "SnapshotRollup"("account", "region", "hour");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
