-- CreateTable
CREATE TABLE "CollectionRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "region" TEXT NOT NULL,
    "slot" INTEGER,
    "trigger" TEXT NOT NULL,
    "instance" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ReadinessReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "region" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "firstSeen" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeen" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SnapshotRollup" (
    "id" TEXT NOT NULL PRIMARY KEY,
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

-- CreateTable
CREATE TABLE "AccountEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "region" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "fromValue" TEXT,
    "toValue" TEXT,
    "message" TEXT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AccountSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
INSERT INTO "new_AccountSnapshot" ("enforcementStatus", "error", "id", "max24HourSend", "maxSendRate", "ok", "production", "region", "reviewCaseId", "reviewStatus", "sendingEnabled", "sentLast24Hours", "takenAt") SELECT "enforcementStatus", "error", "id", "max24HourSend", "maxSendRate", "ok", "production", "region", "reviewCaseId", "reviewStatus", "sendingEnabled", "sentLast24Hours", "takenAt" FROM "AccountSnapshot";
DROP TABLE "AccountSnapshot";
ALTER TABLE "new_AccountSnapshot" RENAME TO "AccountSnapshot";
CREATE UNIQUE INDEX "AccountSnapshot_runId_key" ON "AccountSnapshot"("runId");
CREATE INDEX "AccountSnapshot_region_takenAt_idx" ON "AccountSnapshot"("region", "takenAt");
CREATE INDEX "AccountSnapshot_region_ok_takenAt_idx" ON "AccountSnapshot"("region", "ok", "takenAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CollectionRun_startedAt_idx" ON "CollectionRun"("startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CollectionRun_region_slot_key" ON "CollectionRun"("region", "slot");

-- CreateIndex
CREATE UNIQUE INDEX "ReadinessReport_region_hash_key" ON "ReadinessReport"("region", "hash");

-- CreateIndex
CREATE INDEX "SnapshotRollup_region_day_idx" ON "SnapshotRollup"("region", "day");

-- CreateIndex
CREATE UNIQUE INDEX "SnapshotRollup_region_hour_key" ON "SnapshotRollup"("region", "hour");

-- CreateIndex
CREATE INDEX "AccountEvent_region_at_idx" ON "AccountEvent"("region", "at");
