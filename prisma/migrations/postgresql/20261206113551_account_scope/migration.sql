-- DropIndex
DROP INDEX "AccessRequest_region_createdAt_idx";

-- DropIndex
DROP INDEX "AccountEvent_region_at_idx";

-- DropIndex
DROP INDEX "AccountSnapshot_region_ok_takenAt_idx";

-- DropIndex
DROP INDEX "AccountSnapshot_region_takenAt_idx";

-- DropIndex
DROP INDEX "Alert_key_key";

-- DropIndex
DROP INDEX "Alert_region_kind_createdAt_idx";

-- DropIndex
DROP INDEX "CollectionRun_region_slot_key";

-- DropIndex
DROP INDEX "DomainCheck_domain_checkedAt_idx";

-- DropIndex
DROP INDEX "DomainCheck_region_checkedAt_idx";

-- DropIndex
DROP INDEX "ReadinessReport_region_hash_key";

-- DropIndex
DROP INDEX "ReputationSample_region_at_idx";

-- DropIndex
DROP INDEX "ReputationSample_region_period_at_key";

-- DropIndex
DROP INDEX "SnapshotRollup_region_day_idx";

-- DropIndex
DROP INDEX "SnapshotRollup_region_hour_key";

-- AlterTable
ALTER TABLE "AccessRequest" ADD COLUMN     "account" TEXT NOT NULL DEFAULT 'default';

-- AlterTable
ALTER TABLE "AccountEvent" ADD COLUMN     "account" TEXT NOT NULL DEFAULT 'default';

-- AlterTable
ALTER TABLE "AccountSnapshot" ADD COLUMN     "account" TEXT NOT NULL DEFAULT 'default';

-- AlterTable
ALTER TABLE "Alert" ADD COLUMN     "account" TEXT NOT NULL DEFAULT 'default';

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "account" TEXT NOT NULL DEFAULT 'default';

-- AlterTable
ALTER TABLE "CollectionRun" ADD COLUMN     "account" TEXT NOT NULL DEFAULT 'default';

-- AlterTable
ALTER TABLE "DomainCheck" ADD COLUMN     "account" TEXT NOT NULL DEFAULT 'default';

-- AlterTable
ALTER TABLE "MonitorState" DROP CONSTRAINT "MonitorState_pkey",
ADD COLUMN     "account" TEXT NOT NULL DEFAULT 'default',
ADD CONSTRAINT "MonitorState_pkey" PRIMARY KEY ("account", "region");

-- AlterTable
ALTER TABLE "ReadinessReport" ADD COLUMN     "account" TEXT NOT NULL DEFAULT 'default';

-- AlterTable
ALTER TABLE "ReputationSample" ADD COLUMN     "account" TEXT NOT NULL DEFAULT 'default';

-- AlterTable
ALTER TABLE "SnapshotRollup" ADD COLUMN     "account" TEXT NOT NULL DEFAULT 'default';

-- CreateIndex
CREATE INDEX "AccessRequest_account_region_createdAt_idx" ON "AccessRequest"("account", "region", "createdAt");

-- CreateIndex
CREATE INDEX "AccountEvent_account_region_at_idx" ON "AccountEvent"("account", "region", "at");

-- CreateIndex
CREATE INDEX "AccountSnapshot_account_region_takenAt_idx" ON "AccountSnapshot"("account", "region", "takenAt");

-- CreateIndex
CREATE INDEX "AccountSnapshot_account_region_ok_takenAt_idx" ON "AccountSnapshot"("account", "region", "ok", "takenAt");

-- CreateIndex
CREATE INDEX "Alert_account_region_kind_createdAt_idx" ON "Alert"("account", "region", "kind", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_account_key_key" ON "Alert"("account", "key");

-- CreateIndex
CREATE INDEX "AuditLog_account_createdAt_idx" ON "AuditLog"("account", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CollectionRun_account_region_slot_key" ON "CollectionRun"("account", "region", "slot");

-- CreateIndex
CREATE INDEX "DomainCheck_account_domain_checkedAt_idx" ON "DomainCheck"("account", "domain", "checkedAt");

-- CreateIndex
CREATE INDEX "DomainCheck_account_region_checkedAt_idx" ON "DomainCheck"("account", "region", "checkedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReadinessReport_account_region_hash_key" ON "ReadinessReport"("account", "region", "hash");

-- CreateIndex
CREATE INDEX "ReputationSample_account_region_at_idx" ON "ReputationSample"("account", "region", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ReputationSample_account_region_period_at_key" ON "ReputationSample"("account", "region", "period", "at");

-- CreateIndex
CREATE INDEX "SnapshotRollup_account_region_day_idx" ON "SnapshotRollup"("account", "region", "day");

-- CreateIndex
CREATE UNIQUE INDEX "SnapshotRollup_account_region_hour_key" ON "SnapshotRollup"("account", "region", "hour");
