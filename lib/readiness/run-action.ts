import "server-only";
import { enableAccountSuppression } from "../aws/account-suppression";
import { putRecommendedAlarms } from "../aws/alarms";
import { ensureAlertTopic } from "../aws/alert-topic";
import type { ActionId } from "./types";

type ActionSpec = { label: string; done: string; run: (region: string) => Promise<void> };

/**
 * The checklist's one-click fixes. An action a check names but this table
 * lacks is not offered as a button; the check shows its console steps instead.
 */
export const READINESS_ACTIONS: Partial<Record<ActionId, ActionSpec>> = {
  "enable-account-suppression": {
    label: "Turn on the suppression list",
    done: "The account-level suppression list now covers bounces and complaints.",
    run: enableAccountSuppression,
  },
  "create-alarms": {
    label: "Create the recommended alarms",
    done: "The four recommended reputation alarms now notify the ses-launchpad-alerts topic.",
    run: async (region) => {
      await putRecommendedAlarms(region, await ensureAlertTopic(region));
    },
  },
};

export const isAvailableAction = (id: string): id is ActionId => id in READINESS_ACTIONS;
