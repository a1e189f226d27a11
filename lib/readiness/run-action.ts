import "server-only";
import { enableAccountSuppression } from "../aws/account-suppression";
import { setUpNotificationsForRegion } from "../aws/setup-notifications-for-region";
import { repairAlarms } from "../reputation/alarm-status";
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
    done: "The four recommended reputation alarms now notify the alarm topic (the one set on the Alerts page, else ses-launchpad-alerts).",
    // The same repair as the Reputation page's button, so both record the topic the alarms must keep notifying.
    run: async (region) => {
      await repairAlarms(region);
    },
  },
  "setup-notifications": {
    label: "Set up bounce and complaint handling",
    done: "Bounces and complaints of the sending domain now reach the dashboard's webhook, which suppresses what must be.",
    run: async (region) => {
      await setUpNotificationsForRegion(region);
    },
  },
};

export const isAvailableAction = (id: string): id is ActionId => id in READINESS_ACTIONS;
