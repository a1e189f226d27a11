-- AlterTable
ALTER TABLE "AccountSnapshot" ADD COLUMN     "readinessReportId" TEXT,
ADD COLUMN     "readinessScore" INTEGER,
ADD COLUMN     "runId" TEXT,
ADD COLUMN     "suppressedReasons" TEXT,
ADD COLUMN     "vdmEnabled" BOOLEAN;

-- CreateTable
CREATE TABLE "CollectionRun" (
    "id" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "slot" INTEGER,
    "trigger" TEXT NOT NULL,
    "instance" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "CollectionRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadinessReport" (
    "id" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "firstSeen" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeen" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadinessReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SnapshotRollup" (
    "id" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "day" TEXT NOT NULL,
    "readings" INTEGER NOT NULL,
    "failures" INTEGER NOT NULL,
    "readinessScore" DOUBLE PRECISION,
    "sentLast24Hours" DOUBLE PRECISION,
    "max24HourSend" DOUBLE PRECISION,
    "maxSendRate" DOUBLE PRECISION,
    "production" BOOLEAN,
    "sendingEnabled" BOOLEAN,
    "enforcementStatus" TEXT,

    CONSTRAINT "SnapshotRollup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountEvent" (
    "id" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "kind" TEXT NOT NULL,
    "fromValue" TEXT,
    "toValue" TEXT,
    "message" TEXT NOT NULL,

    CONSTRAINT "AccountEvent_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE UNIQUE INDEX "AccountSnapshot_runId_key" ON "AccountSnapshot"("runId");

-- CreateIndex
CREATE INDEX "AccountSnapshot_region_ok_takenAt_idx" ON "AccountSnapshot"("region", "ok", "takenAt");

-- AddForeignKey
ALTER TABLE "AccountSnapshot" ADD CONSTRAINT "AccountSnapshot_readinessReportId_fkey" FOREIGN KEY ("readinessReportId") REFERENCES "ReadinessReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountSnapshot" ADD CONSTRAINT "AccountSnapshot_runId_fkey" FOREIGN KEY ("runId") REFERENCES "CollectionRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;
