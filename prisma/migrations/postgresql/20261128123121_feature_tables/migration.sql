-- CreateTable
CREATE TABLE "SnsMessage" (
    "id" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "topicArn" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'received',
    "error" TEXT,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "SnsMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailEvent" (
    "id" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "sesMessageId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "region" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" TEXT,
    "sourceDomain" TEXT,
    "recipient" TEXT NOT NULL,
    "recipientDomain" TEXT NOT NULL,
    "bounceType" TEXT,
    "bounceSubType" TEXT,
    "diagnostic" TEXT,
    "complaintFeedbackType" TEXT,
    "snsMessageId" TEXT,

    CONSTRAINT "MailEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Suppression" (
    "id" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "detail" TEXT,
    "eventId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "investigateBy" TIMESTAMP(3),
    "investigatedAt" TIMESTAMP(3),
    "pushedToSesAt" TIMESTAMP(3),
    "pushError" TEXT,

    CONSTRAINT "Suppression_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AllowedTopic" (
    "id" TEXT NOT NULL,
    "topicArn" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,

    CONSTRAINT "AllowedTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TestSend" (
    "id" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "fromAddress" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "sesMessageId" TEXT,
    "status" TEXT NOT NULL,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,

    CONSTRAINT "TestSend_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReputationSample" (
    "id" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "period" INTEGER NOT NULL,
    "bounceRate" DOUBLE PRECISION,
    "complaintRate" DOUBLE PRECISION,
    "send" DOUBLE PRECISION,
    "delivery" DOUBLE PRECISION,
    "bounce" DOUBLE PRECISION,
    "complaint" DOUBLE PRECISION,
    "reject" DOUBLE PRECISION,

    CONSTRAINT "ReputationSample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "deliveries" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedBy" TEXT,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitorState" (
    "region" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MonitorState_pkey" PRIMARY KEY ("region")
);

-- CreateTable
CREATE TABLE "DomainCheck" (
    "id" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verdict" TEXT NOT NULL,
    "spfStatus" TEXT NOT NULL,
    "dkimStatus" TEXT NOT NULL,
    "dmarcStatus" TEXT NOT NULL,
    "mailFromStatus" TEXT NOT NULL,
    "result" TEXT NOT NULL,

    CONSTRAINT "DomainCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessRequest" (
    "id" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "answers" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "submittedBy" TEXT,
    "caseId" TEXT,

    CONSTRAINT "AccessRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SnsMessage_messageId_key" ON "SnsMessage"("messageId");

-- CreateIndex
CREATE INDEX "SnsMessage_status_receivedAt_idx" ON "SnsMessage"("status", "receivedAt");

-- CreateIndex
CREATE INDEX "SnsMessage_topicArn_receivedAt_idx" ON "SnsMessage"("topicArn", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "MailEvent_dedupeKey_key" ON "MailEvent"("dedupeKey");

-- CreateIndex
CREATE INDEX "MailEvent_occurredAt_idx" ON "MailEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "MailEvent_kind_occurredAt_idx" ON "MailEvent"("kind", "occurredAt");

-- CreateIndex
CREATE INDEX "MailEvent_recipient_occurredAt_idx" ON "MailEvent"("recipient", "occurredAt");

-- CreateIndex
CREATE INDEX "MailEvent_recipientDomain_occurredAt_idx" ON "MailEvent"("recipientDomain", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Suppression_address_key" ON "Suppression"("address");

-- CreateIndex
CREATE INDEX "Suppression_reason_createdAt_idx" ON "Suppression"("reason", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AllowedTopic_topicArn_key" ON "AllowedTopic"("topicArn");

-- CreateIndex
CREATE INDEX "TestSend_createdAt_idx" ON "TestSend"("createdAt");

-- CreateIndex
CREATE INDEX "ReputationSample_region_at_idx" ON "ReputationSample"("region", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ReputationSample_region_period_at_key" ON "ReputationSample"("region", "period", "at");

-- CreateIndex
CREATE INDEX "Alert_createdAt_idx" ON "Alert"("createdAt");

-- CreateIndex
CREATE INDEX "Alert_region_kind_createdAt_idx" ON "Alert"("region", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "DomainCheck_domain_checkedAt_idx" ON "DomainCheck"("domain", "checkedAt");

-- CreateIndex
CREATE INDEX "DomainCheck_region_checkedAt_idx" ON "DomainCheck"("region", "checkedAt");

-- CreateIndex
CREATE INDEX "AccessRequest_region_createdAt_idx" ON "AccessRequest"("region", "createdAt");
